"""The trash: records moved there, with Restore and Delete forever (after a confirmation).

Records a partner purged wait here too, with the partner's name, until someone accepts the
deletion (it is then carried out and passed on) or restores them (which refuses it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QPushButton, QWidget

from casefile.services.exchange.pending import accept_purges
from casefile.services.records.trash import list_trash, purge, restore
from casefile.services.records.undo import Change, ChangeKind, record_change
from casefile.ui.i18n.labels import QT_TRANSLATE_NOOP, label
from casefile.ui.i18n.language import fill, ui_language
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import show_error
from casefile.ui.kit.icons import icon
from casefile.ui.kit.locking import ClipboardGuard
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.table_model import Column, text_key
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.pages.list_page import ListPage

if TYPE_CHECKING:
    from casefile.vault.vault import Vault


def _load_trash(vault: Vault) -> Sequence[Any]:
    return list_trash(vault)


TRASH_COLUMNS = (
    Column(
        "record",
        QT_TRANSLATE_NOOP("columns", "Record"),
        lambda r: r.label,
        lambda r: text_key(r.label),
    ),
    Column("kind", QT_TRANSLATE_NOOP("columns", "Kind"), lambda r: label(r.table)),
    Column("deleted", QT_TRANSLATE_NOOP("columns", "Moved to trash"), lambda r: r.deleted_at),
    Column("by", QT_TRANSLATE_NOOP("columns", "By"), lambda r: r.deleted_by),
    Column(
        "purge_request",
        QT_TRANSLATE_NOOP("columns", "Deletion for good asked by"),
        lambda r: r.purge_requested_by or "",
    ),
)


class TrashPage(ListPage):
    """The trash list with its two actions.

    Signals:
        records_changed(): something was restored or deleted for good (pages should reload).
        change_made(object): what a restore wrote (a services.records.undo.Change), for Undo.
    """

    records_changed = Signal()
    change_made = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        settings: UiSettings,
        clipboard: ClipboardGuard,
        dialogs: DialogService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "trash", "trash", TRASH_COLUMNS, _load_trash, runner, settings, clipboard, parent
        )
        self._dialogs = dialogs
        self.restore_button = QPushButton(icon("restore"), self.tr("Restore"), self)
        self.purge_button = QPushButton(icon("delete"), self.tr("Delete forever…"), self)
        self.accept_button = QPushButton(self.tr("Accept partner's deletion…"), self)
        self.accept_button.setObjectName("acceptPurgeButton")
        self.accept_button.setToolTip(
            self.tr("Delete for good the selected records a partner deleted for good")
        )
        self.top_bar.addWidget(self.restore_button)
        self.top_bar.addWidget(self.purge_button)
        self.top_bar.addWidget(self.accept_button)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.purge_button.clicked.connect(self._on_purge_button_clicked)
        self.accept_button.clicked.connect(self._on_accept_button_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        chosen = bool(self.view.selectionModel().selectedRows())
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)
        self.accept_button.setEnabled(any(r.purge_requested_by for r in self.selected_rows()))

    @Slot()
    def _on_restore_button_clicked(self) -> None:
        targets = [(row.table, row.id) for row in self.selected_rows()]
        vault = self.vault
        if not targets or vault is None:
            return

        def restore_all() -> None:
            for table, record_id in targets:
                restore(vault, table, record_id)

        lang = ui_language()

        def work() -> Change | None:
            return record_change(vault, ChangeKind.RESTORE, restore_all, lang=lang)[1]

        def restored(change: object) -> None:
            self.change_made.emit(change)
            self._on_changed(None)

        self._runner.run(work, restored, self._on_failed)

    @Slot()
    def _on_purge_button_clicked(self) -> None:
        rows = self.selected_rows()
        vault = self.vault
        if not rows or vault is None:
            return
        question = fill(
            self.tr(
                "Delete the selected records forever (%1)? This cannot be undone: the records and "
                "their attached files are erased from the vault, and their history keeps only "
                "that they were deleted."
            ),
            str(len(rows)),
        )
        if not self._dialogs.confirm(self, self.tr("Delete forever"), question, danger=True):
            return
        targets = [(row.table, row.id) for row in rows]

        def purge_all() -> None:
            for table, record_id in targets:
                purge(vault, table, record_id)

        self._runner.run(purge_all, self._on_changed, self._on_failed)

    @Slot()
    def _on_accept_button_clicked(self) -> None:
        rows = [row for row in self.selected_rows() if row.purge_requested_by]
        vault = self.vault
        if not rows or vault is None:
            return
        partners = ", ".join(sorted({row.purge_requested_by for row in rows}))
        question = fill(
            self.tr(
                "Delete for good the %1 selected records that %2 deleted for good? They are "
                "erased from this vault too, and the deletion is passed on to your other "
                "partners. This cannot be undone; only the backups made before recent imports "
                "still hold them."
            ),
            str(len(rows)),
            partners,
        )
        if not self._dialogs.confirm(self, self.tr("Accept deletion"), question, danger=True):
            return
        targets = [(row.table, row.id) for row in rows]

        def accept_all() -> int:
            return accept_purges(vault, targets)

        self._runner.run(accept_all, self._on_changed, self._on_failed)

    def _on_changed(self, _result: object) -> None:
        self.records_changed.emit()

    def _on_failed(self, error: BaseException) -> None:
        show_error(self._dialogs, self, error)
        self.records_changed.emit()  # some may have gone through before the refusal
