"""Tools › Exchange…: the sync folder, Sync now, the exchange log per partner, the scope this
vault holds, and the bundles received, each of which can be taken back (Undo import…).
Loaded when first opened, with the exchange services."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefile.services.exchange import import_undo, scopes, sync
from casefile.ui.exchange.conflicts import RowsModel, table_view
from casefile.ui.exchange.folder_sync import FolderSync
from casefile.ui.i18n.labels import QT_TRANSLATE_NOOP
from casefile.ui.i18n.language import fill
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import show_error
from casefile.ui.kit.tasks import TaskRunner

if TYPE_CHECKING:
    from casefile.vault.vault import Vault


def tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeSync", text)


class _SyncRowsModel(RowsModel):
    """Rows whose headers are translated in this window's context."""

    def headerData(self, section: int, orientation: Any, role: int = 0) -> Any:
        value = super().headerData(section, orientation, role)
        if isinstance(value, str) and section < len(self.HEADERS):
            return tr(self.HEADERS[section])
        return value


class PartnersModel(_SyncRowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ExchangeSync", "Partner"),
        QT_TRANSLATE_NOOP("ExchangeSync", "Last sent"),
        QT_TRANSLATE_NOOP("ExchangeSync", "Last received"),
        QT_TRANSLATE_NOOP("ExchangeSync", "Acknowledged"),
        QT_TRANSLATE_NOOP("ExchangeSync", "Pending"),
    )


class SkippedModel(_SyncRowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ExchangeSync", "File"),
        QT_TRANSLATE_NOOP("ExchangeSync", "When"),
        QT_TRANSLATE_NOOP("ExchangeSync", "Why skipped"),
    )


class ReceivedModel(_SyncRowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ExchangeSync", "Received"),
        QT_TRANSLATE_NOOP("ExchangeSync", "From"),
        QT_TRANSLATE_NOOP("ExchangeSync", "What it brought"),
        QT_TRANSLATE_NOOP("ExchangeSync", "Undo"),
    )


def _brought(counts: dict[str, int]) -> str:
    shown = (
        ("new", tr("new: %1")),
        ("updated", tr("changed: %1")),
        ("deleted", tr("to the trash: %1")),
        ("conflicts", tr("conflicts: %1")),
        ("files", tr("files: %1")),
    )
    parts = [fill(text, counts[key]) for key, text in shown if counts.get(key)]
    return ", ".join(parts) or tr("nothing new")


def _undo_state(received: import_undo.ReceivedBundle) -> str:
    if received.undone_at is not None:
        return fill(tr("undone %1"), _when(received.undone_at))
    return tr("possible") if received.undoable else tr("not possible")


#: The reasons services/exchange/sync.py writes into the log (in English, in the vault).
SKIP_REASONS = (
    QT_TRANSLATE_NOOP("ExchangeSync", "not for this device"),
    QT_TRANSLATE_NOOP("ExchangeSync", "from a device this vault does not trust"),
    QT_TRANSLATE_NOOP("ExchangeSync", "made by a newer Casefile"),
    QT_TRANSLATE_NOOP("ExchangeSync", "needs a person's confirmation (import it by hand)"),
    QT_TRANSLATE_NOOP("ExchangeSync", "torn or damaged (may still be arriving)"),
    QT_TRANSLATE_NOOP("ExchangeSync", "made by this vault"),
    QT_TRANSLATE_NOOP("ExchangeSync", "replayed"),
    QT_TRANSLATE_NOOP("ExchangeSync", "could not be read"),
)


def _reason(text: str) -> str:
    return tr(text) if text in SKIP_REASONS else text


def _when(value: Any) -> str:
    return tr("never") if value is None else f"{value:%Y-%m-%d %H:%M}"


class ExchangeDialog(QDialog):
    """The sync folder, Sync now, the exchange log, and the bundles received.

    Signals:
        records_changed(): an import was taken back.
    """

    records_changed = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: DialogService,
        vault: Vault,
        folder_sync: FolderSync,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeDialog")
        self.setWindowTitle(tr("Exchange"))
        self._runner = runner
        self._dialogs = dialogs
        self._vault = vault
        self._sync = folder_sync
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Sync folder:"), self))
        self.folder = QLineEdit(self)
        self.folder.setObjectName("syncFolderEdit")
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(tr("None: bundles are sent and received by hand"))
        row.addWidget(self.folder, 1)
        self.choose = QPushButton(tr("Choose…"), self)
        self.choose.setObjectName("syncFolderChoose")
        self.choose.clicked.connect(self._on_choose_clicked)
        row.addWidget(self.choose)
        self.sync_now = QPushButton(tr("Sync now"), self)
        self.sync_now.setObjectName("syncNowButton")
        self.sync_now.clicked.connect(self._on_sync_now_clicked)
        row.addWidget(self.sync_now)
        layout.addLayout(row)
        self.state = QLabel(self)
        self.state.setObjectName("syncState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.scope = QLabel(self)
        self.scope.setObjectName("heldScope")
        self.scope.setWordWrap(True)
        layout.addWidget(self.scope)
        self.partners = PartnersModel(self)
        layout.addWidget(table_view(self.partners, self, "syncPartnersTable"))
        self.skipped = SkippedModel(self)
        layout.addWidget(table_view(self.skipped, self, "syncSkippedTable"))
        received_label = QLabel(tr("&Bundles received:"), self)
        layout.addWidget(received_label)
        self.received = ReceivedModel(self)
        self.received_view = table_view(self.received, self, "receivedBundlesTable")
        self.received_view.setAccessibleName(tr("Bundles received"))
        received_label.setBuddy(self.received_view)
        layout.addWidget(self.received_view)
        self._received: list[import_undo.ReceivedBundle] = []
        self.undo_import = QPushButton(tr("&Undo import…"), self)
        self.undo_import.setObjectName("undoImportButton")
        self.undo_import.setEnabled(False)
        self.undo_import.clicked.connect(self._on_undo_import_clicked)
        self.received_view.selectionModel().selectionChanged.connect(self._update_undo)
        undo_row = QHBoxLayout()
        undo_row.addStretch(1)
        undo_row.addWidget(self.undo_import)
        layout.addLayout(undo_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 600)
        folder_sync.synced.connect(self.reload)
        self.reload()

    @Slot()
    def reload(self) -> None:
        vault = self._vault

        def read() -> tuple[
            sync.SyncStatus, scopes.HeldScope | None, list[import_undo.ReceivedBundle]
        ]:
            return sync.status(vault), scopes.held_scope(vault), import_undo.received_bundles(vault)

        self._runner.run(read, self._show, self._failed)

    def _show(
        self,
        result: tuple[sync.SyncStatus, scopes.HeldScope | None, list[import_undo.ReceivedBundle]],
    ) -> None:
        state, held, received = result
        self._received = received
        self.received.set_rows(
            [(_when(r.applied_at), r.sender, _brought(r.counts), _undo_state(r)) for r in received]
        )
        self._update_undo()
        self.folder.setText("" if state.folder is None else str(state.folder))
        self.sync_now.setEnabled(state.folder is not None)
        self.state.setText(self._sync.last_error)
        if held is None:
            self.scope.setText(tr("This vault receives everything its partners send it."))
        else:
            self.scope.setText(
                fill(
                    tr("%1 sends this vault only what it needs to know: %2 people, %3 cases (%4)."),
                    held.partner,
                    len(held.people),
                    len(held.cases),
                    ", ".join([*held.people, *held.cases][:20]),
                )
            )
        self.partners.set_rows(
            [
                (
                    p.name,
                    _when(p.last_sent_at),
                    _when(p.last_received_at),
                    tr("everything") if p.acknowledged_up_to >= p.sent_up_to else tr("not yet"),
                    str(p.pending),
                )
                for p in state.partners
            ]
        )
        self.skipped.set_rows(
            [(name, _when(at), _reason(reason)) for name, reason, at in state.skipped]
        )

    @Slot()
    def _on_choose_clicked(self) -> None:
        start = Path(self.folder.text()) if self.folder.text() else Path.home()
        chosen = self._dialogs.choose_folder(self, tr("Choose the sync folder"), start)
        if chosen is None:
            return
        vault = self._vault
        self._runner.run(lambda: sync.set_folder(vault, chosen), lambda _r: self._after_set())

    def _after_set(self) -> None:
        self.reload()
        self._sync.run(quiet=False, failed=self._failed)

    @Slot()
    def _on_sync_now_clicked(self) -> None:
        self._sync.run(quiet=False, failed=self._failed)

    def _selected_received(self) -> import_undo.ReceivedBundle | None:
        rows = self.received_view.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._received):
            return None
        return self._received[rows[0].row()]

    @Slot()
    def _update_undo(self) -> None:
        chosen = self._selected_received()
        self.undo_import.setEnabled(chosen is not None and chosen.undoable)

    @Slot()
    def _on_undo_import_clicked(self) -> None:
        chosen = self._selected_received()
        if chosen is None or not chosen.undoable:
            return
        question = fill(
            tr(
                "Take back the bundle from %1 received %2? Every field it changed gets its "
                "earlier value back and every record it added goes to the trash. Your next "
                "bundles pass this on to your partners."
            ),
            chosen.sender,
            _when(chosen.applied_at),
        )
        if not self._dialogs.confirm(
            self, tr("Undo import"), question, danger=True, action=tr("Undo import")
        ):
            return
        vault, bundle_id = self._vault, chosen.bundle_id
        self.undo_import.setEnabled(False)
        self._runner.run(
            lambda: import_undo.undo_import(vault, bundle_id), self._after_undo, self._failed
        )

    def _after_undo(self, _count: int) -> None:
        self.records_changed.emit()
        self.reload()

    def _failed(self, error: BaseException) -> None:
        show_error(self._dialogs, self, error)
