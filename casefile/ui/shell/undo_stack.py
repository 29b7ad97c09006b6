"""One undo stack for every change the user makes in the window, with Redo.

Whatever writes on the user's behalf (a form's save, a move to the trash or back, a
postponement, an outcome, a CSV import) runs inside services.records.undo.record_change and
hands the Change it gets to push(). Undo takes the newest step back and offers it for Redo; a
new change empties Redo. A step whose records were changed since by anything outside this
stack (another window's import, a partner's bundle) is refused by the service and dropped
here with a message: it is never applied to something else. The stack lives as long as the
vault stays unlocked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from casefile.services.records.undo import (
    Change,
    ChangeKind,
    ChangeName,
    StaleChangeError,
    redo_change,
    undo_change,
)
from casefile.ui.i18n.labels import label
from casefile.ui.i18n.language import fill, format_date
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.icons import icon
from casefile.ui.kit.tasks import TaskRunner

if TYPE_CHECKING:
    from casefile.vault.vault import Vault

#: Steps kept for Undo; the oldest fall off.
MAX_STEPS = 100


def tr(text: str) -> str:
    return QCoreApplication.translate("UndoStack", text)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def subject_text(name: ChangeName) -> str:
    """The record a step is about ("person “Талант Мамасалиев”", "the 24.11.2026 hearing, …")."""
    if name.table == "hearings" and name.hearing_date is not None:
        return fill(
            tr("the %1 hearing, case %2"), format_date(name.hearing_date), _short(name.case_title)
        )
    kind = label(name.table).lower()
    return fill(tr("%1 “%2”"), kind, _short(name.label)) if name.label else kind


def change_text(name: ChangeName) -> str:
    """What a step did, to follow "Undo: " ("postponement of the 24.11.2026 hearing, …")."""
    several = str(name.count)
    match name.kind:
        case ChangeKind.CREATE:
            return fill(tr("adding %1"), subject_text(name))
        case ChangeKind.TRASH if name.count > 1:
            return fill(tr("moving %1 records to the trash"), several)
        case ChangeKind.TRASH:
            return fill(tr("moving %1 to the trash"), subject_text(name))
        case ChangeKind.RESTORE if name.count > 1:
            return fill(tr("restoring %1 records from the trash"), several)
        case ChangeKind.RESTORE:
            return fill(tr("restoring %1 from the trash"), subject_text(name))
        case ChangeKind.POSTPONE:
            return fill(tr("postponement of %1"), subject_text(name))
        case ChangeKind.OUTCOME:
            return fill(tr("outcome of %1"), subject_text(name))
        case ChangeKind.IMPORT:
            return fill(tr("import of %1 records"), several)
    return fill(tr("changes to %1"), subject_text(name))


class UndoStack(QObject):
    """This session's steps for Edit › Undo and Redo (see the module docstring).

    Signals:
        changed(): the texts or the availability of Undo and Redo changed.
        records_changed(): an undo or redo wrote to the vault.
        status_message(str): a short line for the status bar.
    """

    changed = Signal()
    records_changed = Signal()
    status_message = Signal(str)

    def __init__(self, runner: TaskRunner, dialogs: DialogService, parent: QWidget) -> None:
        super().__init__(parent)
        self._runner = runner
        self._dialogs = dialogs
        self._window = parent
        self._vault: Vault | None = None
        self.undo_steps: list[Change] = []
        self.redo_steps: list[Change] = []
        # Audit entries this stack wrote or took back: its own later steps never make an
        # earlier one stale (services/records/undo.py).
        self._known: set[int] = set()
        self._busy = False
        # Edit › Undo and Redo. Text fields keep Ctrl+Z (and Ctrl+Shift+Z, Ctrl+Y) for their
        # own typing: they take the key before the window.
        self.undo_action = QAction(icon("undo"), "", parent)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(icon("redo"), "", parent)
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.redo)
        self.changed.connect(self._update_actions)
        self._update_actions()
        parent.installEventFilter(self)  # to follow a change of the interface language

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self._update_actions()
        return False

    @Slot()
    def _update_actions(self) -> None:
        self.undo_action.setText(self.undo_text())
        self.undo_action.setEnabled(self.can_undo())
        self.redo_action.setText(self.redo_text())
        self.redo_action.setEnabled(self.can_redo())

    def set_vault(self, vault: Vault | None) -> None:
        """A new vault, or None (locking): the steps of the previous one are forgotten."""
        self._vault = vault
        self._busy = False
        self.undo_steps.clear()
        self.redo_steps.clear()
        self._known.clear()
        self.changed.emit()

    @Slot(object)
    def push(self, change: Change | None) -> None:
        """A change the user just made (None: it wrote nothing)."""
        if change is None or self._vault is None:
            return
        self._known.update(change.entry_ids)
        self.undo_steps.append(change)
        del self.undo_steps[:-MAX_STEPS]
        self.redo_steps.clear()
        self.changed.emit()

    # -- texts ----------------------------------------------------------------------------------

    def can_undo(self) -> bool:
        return bool(self.undo_steps) and not self._busy

    def can_redo(self) -> bool:
        return bool(self.redo_steps) and not self._busy

    def undo_text(self) -> str:
        if not self.undo_steps:
            return tr("Undo")
        return fill(tr("Undo: %1"), change_text(self.undo_steps[-1].name))

    def redo_text(self) -> str:
        if not self.redo_steps:
            return tr("Redo")
        return fill(tr("Redo: %1"), change_text(self.redo_steps[-1].name))

    # -- undo and redo --------------------------------------------------------------------------

    @Slot()
    def undo(self) -> None:
        """Takes the newest step back; it can then be redone."""
        self._take(self.undo_steps, self.redo_steps, redo=False)

    @Slot()
    def redo(self) -> None:
        """Applies the newest undone step again."""
        self._take(self.redo_steps, self.undo_steps, redo=True)

    def _take(self, source: list[Change], target: list[Change], *, redo: bool) -> None:
        """Reverts source's newest step on the task runner; the result goes onto target."""
        vault = self._vault
        if vault is None or self._busy:
            return
        if not source:
            self.status_message.emit(
                tr("There is nothing to redo.") if redo else tr("There is nothing to undo.")
            )
            return
        step = source.pop()
        known = frozenset(self._known)
        revert = redo_change if redo else undo_change

        def done(result: object) -> None:
            if self._vault is not vault:
                return  # locked meanwhile: the steps went with the vault
            assert isinstance(result, Change)
            target.append(result)
            self._busy = False
            self._known.update(result.entry_ids)
            self.status_message.emit(_done_text(step.name, redo))
            self.records_changed.emit()
            self.changed.emit()

        def failed(error: BaseException) -> None:
            if self._vault is not vault:
                return
            self._busy = False
            if isinstance(error, StaleChangeError):  # dropped: it must not apply elsewhere
                self._dialogs.info(self._window, tr("Undo"), _stale_text(step.name, redo))
            else:  # kept: the disk may have been full, say
                source.append(step)
                self._runner.report_error(error)
            self.changed.emit()

        self._busy = True
        self.changed.emit()
        self._runner.run(lambda: revert(vault, step, known=known), done, failed)


def _done_text(name: ChangeName, redo: bool) -> str:
    text = change_text(name)
    if redo:
        return fill(tr("Redone: %1."), text)
    if name.kind == ChangeKind.CREATE:
        return fill(tr("Undone: %1. The record is in the trash, and can be restored."), text)
    return fill(tr("Undone: %1."), text)


def _stale_text(name: ChangeName, redo: bool) -> str:
    if redo:
        template = tr(
            "“%1” can no longer be redone: a record it changed was changed again since "
            "(perhaps through an import or a bundle), or deleted for good. It was taken off "
            "the Redo list, and nothing was changed."
        )
    else:
        template = tr(
            "“%1” can no longer be undone: a record it changed was changed again since "
            "(perhaps through an import or a bundle), or deleted for good. It was taken off "
            "the Undo list, and nothing was changed."
        )
    return fill(template, change_text(name))
