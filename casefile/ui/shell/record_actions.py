"""What the user can do to records from any page: new, edit, move to the trash, undo.

RecordActions is the one entry point pages use (through the main window): it opens record
forms, runs the trash on the task runner, and says afterwards that records changed. Every save
and move to the trash goes onto the window's one undo stack (ui/shell/undo_stack.py), which
pages push their own changes to as well.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from casefile.errors import KnownError
from casefile.services.records.drafts import fields_of
from casefile.services.records.form_drafts import (
    NEW_ARREST_FORM,
    FormDraft,
    discard_form_draft,
    form_drafts,
    new_draft_key,
    now_text,
    save_form_drafts,
)
from casefile.services.records.trash import move_to_trash
from casefile.services.records.trash_contents import TrashContents, trash_contents
from casefile.services.records.undo import Change, ChangeKind, record_change
from casefile.ui.editors.new_arrest import NewArrestDialog
from casefile.ui.editors.pickers import Chooser
from casefile.ui.editors.record_form import RecordForm
from casefile.ui.i18n.labels import QT_TRANSLATE_NOOP, label
from casefile.ui.i18n.language import fill, ui_language
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.shell.trash_question import ASK_BEFORE_TRASH, trash_question
from casefile.ui.shell.undo_stack import UndoStack, subject_text

if TYPE_CHECKING:
    from casefile.vault.vault import Vault

#: The kinds offered by "New" (Ctrl+N), in menu order: (table, menu text).
NEW_KINDS: tuple[tuple[str, str], ...] = (
    ("persons", QT_TRANSLATE_NOOP("RecordActions", "Person")),
    ("cases", QT_TRANSLATE_NOOP("RecordActions", "Case")),
    ("hearings", QT_TRANSLATE_NOOP("RecordActions", "Hearing")),
    ("detention_events", QT_TRANSLATE_NOOP("RecordActions", "Detention event")),
    ("charges", QT_TRANSLATE_NOOP("RecordActions", "Charge")),
    ("case_participants", QT_TRANSLATE_NOOP("RecordActions", "Person in a case")),
    ("ill_treatment_reports", QT_TRANSLATE_NOOP("RecordActions", "Ill-treatment report")),
    ("interventions", QT_TRANSLATE_NOOP("RecordActions", "Intervention")),
    ("consents", QT_TRANSLATE_NOOP("RecordActions", "Consent")),
    ("organisations", QT_TRANSLATE_NOOP("RecordActions", "Organisation")),
    ("person_organisations", QT_TRANSLATE_NOOP("RecordActions", "Person in an organisation")),
    ("sources", QT_TRANSLATE_NOOP("RecordActions", "Source")),
)

NEW_ARREST_SHORTCUT = "Ctrl+Shift+A"

#: The record kind "New" starts on, per page.
DEFAULT_KIND_OF_PAGE = {
    "people": "persons",
    "cases": "cases",
    "hearings": "hearings",
    "agenda": "hearings",
    "ill_treatment": "ill_treatment_reports",
    "interventions": "interventions",
    "dossier": "detention_events",
    "case": "hearings",
}


def preset_for(table: str, context: dict[str, str]) -> dict[str, str]:
    """Links a new record to the record on screen: context maps a table to the id shown (a
    dossier gives {"persons": id}); each field referring to that table gets the id."""
    return {
        info.name: context[info.references]
        for info in fields_of(table)
        if info.references is not None and context.get(info.references)
    }


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordActions", text)


def _trash_all(vault: Vault, records: list[tuple[str, str]]) -> int:
    for table, record_id in records:
        move_to_trash(vault, table, record_id)
    return len(records)


class RecordActions(QObject):
    """Opens forms and runs the trash for the main window and its pages; owns the undo stack.

    Signals:
        records_changed(): records were saved, trashed, restored, undone or redone.
        record_saved(str, str): a form saved a record (table, id).
        status_message(str): a short line for the status bar.
        open_requested(str, str): show this record's page (table, id), e.g. the existing
            dossier a new person's form was abandoned for.
    """

    records_changed = Signal()
    record_saved = Signal(str, str)
    status_message = Signal(str)
    open_requested = Signal(str, str)

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: DialogService,
        parent: QWidget,
        *,
        chooser_factory: Callable[[Vault], Chooser] | None = None,
        settings: UiSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._runner = runner
        self._dialogs = dialogs
        self._window = parent
        self._chooser_factory = chooser_factory
        self._vault: Vault | None = None
        self.forms: list[RecordForm] = []
        self.undo_stack = UndoStack(runner, dialogs, parent)
        self.undo_stack.records_changed.connect(self.records_changed)
        self.undo_stack.status_message.connect(self.status_message)
        #: File › New arrest… (Ctrl+Shift+A): the arrest in one form.
        self.new_arrest_action = QAction(tr("New arrest…"), self)
        self.new_arrest_action.setObjectName("newArrestAction")
        self.new_arrest_action.setShortcut(QKeySequence(NEW_ARREST_SHORTCUT))
        self.new_arrest_action.triggered.connect(self.new_arrest)
        self.arrest_dialog: NewArrestDialog | None = None

    # -- vault --------------------------------------------------------------------------------

    def set_vault(self, vault: Vault | None) -> None:
        """A new vault, or None (locking): open forms close without asking, their unsaved
        typing kept as drafts inside the vault and offered back after unlocking."""
        previous, self._vault = self._vault, vault
        self.undo_stack.set_vault(vault)
        if vault is None:
            if previous is not None:
                arrest = [] if self.arrest_dialog is None else [self.arrest_dialog]
                keep_drafts(previous, [*self.forms, *arrest])
            if self.arrest_dialog is not None:
                self.arrest_dialog.discard_and_close()
            for form in list(self.forms):
                form.discard_and_close()
            self.forms.clear()
        else:
            self._runner.run(lambda: form_drafts(vault), self._on_drafts_found)

    # -- new and edit -------------------------------------------------------------------------

    @Slot(str, str, dict)
    def edit(
        self, table: str, record_id: str | None = None, preset: dict[str, Any] | None = None
    ) -> RecordForm | None:
        """Opens the form of a record (record_id empty or None: a new one with preset values).

        An open form of the same record is raised instead of opening a second one.
        """
        vault = self._vault
        if vault is None:
            return None
        record_id = record_id or None
        for form in self.forms:
            if record_id is not None and (form.table, form.record_id) == (table, record_id):
                form.raise_()
                form.activateWindow()
                return form
        chooser = self._chooser_factory(vault) if self._chooser_factory else None
        form = RecordForm(
            self._runner,
            self._dialogs,
            vault,
            table,
            record_id,
            preset or {},
            chooser=chooser,
            settings=self._settings,
            parent=self._window,
        )
        form.record_saved.connect(
            lambda table, saved_id, form=form, new=record_id is None: self._on_form_record_saved(
                form, table, saved_id, new
            )
        )
        form.trash_requested.connect(lambda table, record_id: self.trash(table, [record_id]))
        form.open_existing_requested.connect(self.open_requested)
        form.finished.connect(lambda _result, form=form: self._on_form_finished(form))
        self.forms.append(form)
        form.show()
        return form

    @Slot()
    def new_arrest(self) -> NewArrestDialog | None:
        """Opens the New arrest form (or raises the one open); saving lands on the dossier."""
        vault = self._vault
        if vault is None:
            return None
        if self.arrest_dialog is not None:
            self.arrest_dialog.raise_()
            self.arrest_dialog.activateWindow()
            return self.arrest_dialog
        chooser = self._chooser_factory(vault) if self._chooser_factory else None
        dialog = NewArrestDialog(
            self._runner, self._dialogs, vault, chooser=chooser, parent=self._window
        )
        dialog.arrest_saved.connect(self._on_arrest_saved)
        dialog.finished.connect(lambda _result, dialog=dialog: self._on_arrest_finished(dialog))
        self.arrest_dialog = dialog
        dialog.show()
        return dialog

    def _on_arrest_saved(self, result: object) -> None:
        assert isinstance(result, tuple)
        saved, change = result
        self.undo_stack.push(change)
        self.status_message.emit(tr("Arrest saved. Ctrl+Z takes it back."))
        self.records_changed.emit()
        self.open_requested.emit("persons", saved.person_id)

    def _on_arrest_finished(self, dialog: NewArrestDialog) -> None:
        if self.arrest_dialog is dialog:
            self.arrest_dialog = None
        vault, key = self._vault, dialog.draft_key
        if vault is not None and key is not None:  # saved or discarded: the draft goes
            self._runner.run(lambda: discard_form_draft(vault, key), lambda _none: None)
        dialog.deleteLater()

    def new_menu(
        self,
        default_table: str | None,
        parent: QWidget | None = None,
        context: dict[str, str] | None = None,
    ) -> QMenu:
        """A menu of the record kinds "New" can make; the default kind is the active entry.

        With a context ({"persons": id} on a dossier) new records are linked to that record.
        """
        menu = QMenu(parent or self._window)
        menu.setObjectName("newRecordMenu")
        menu.addAction(self.new_arrest_action)
        menu.addSeparator()
        for table, text in NEW_KINDS:
            action = QAction(QCoreApplication.translate("RecordActions", text), menu)
            action.setData(table)
            preset = preset_for(table, context or {})
            action.triggered.connect(
                lambda _checked=False, table=table, preset=preset: self.edit(table, None, preset)
            )
            menu.addAction(action)
            if table == default_table:
                menu.setDefaultAction(action)
                menu.setActiveAction(action)
        return menu

    def may_close_window(self) -> bool:
        """Asks about forms with unsaved changes before the window closes; True to go on.

        "Save" saves every changed form and keeps the window open (each form closes itself
        once saved); "Discard" closes them all; "Cancel" keeps everything as it is.
        """
        dirty = [form for form in self.forms if form.is_dirty()]
        if not dirty:
            return True
        answer = self._dialogs.ask_unsaved_changes(
            self._window,
            fill(
                tr("%1 open form(s) have changes that are not saved. Save them?"), str(len(dirty))
            ),
        )
        if answer == "save":
            for form in dirty:
                form.save()
            return False
        if answer == "discard":
            for form in list(self.forms):
                form.discard_and_close()
            return True
        return False

    # -- trash --------------------------------------------------------------------------------

    def trash(self, table: str, record_ids: list[str]) -> None:
        """Moves records to the trash, as one step of the undo stack; a person or a case is
        asked about first, naming it and what goes with it (Cancel is the default)."""
        vault = self._vault
        if vault is None or not record_ids:
            return
        if table not in ASK_BEFORE_TRASH:
            self._trash_now(vault, table, record_ids)
            return
        lang = ui_language()

        def ask(contents: object) -> None:
            assert isinstance(contents, TrashContents)
            if self._vault is not vault or not contents.labels:
                return  # locked meanwhile, or already gone
            if self._dialogs.confirm(
                self._window,
                tr("Move to the trash"),
                trash_question(table, contents),
                danger=True,
                action=tr("Move to the trash"),
            ):
                self._trash_now(vault, table, record_ids)

        self._runner.run(
            lambda: trash_contents(vault, table, record_ids, lang), ask, self._on_failed
        )

    def _trash_now(self, vault: Vault, table: str, record_ids: list[str]) -> None:
        records = [(table, record_id) for record_id in record_ids]
        for form in list(self.forms):
            if (form.table, form.record_id) in records:
                form.discard_and_close()
        lang = ui_language()

        def work() -> tuple[int, Change | None]:
            return record_change(
                vault, ChangeKind.TRASH, lambda: _trash_all(vault, records), lang=lang
            )

        def done(result: object) -> None:
            assert isinstance(result, tuple)
            count, change = result
            self.undo_stack.push(change)
            what = subject_text(change.name) if change is not None and count == 1 else None
            self.status_message.emit(
                fill(
                    tr("Moved to the trash: %1. Ctrl+Z puts it back."),
                    what or self._count_text(table, count),
                )
            )
            self.records_changed.emit()

        self._runner.run(work, done, self._on_failed)

    @staticmethod
    def _count_text(table: str, count: int) -> str:
        return label(table) if count == 1 else f"{count} × {label(table)}"

    # -- slots --------------------------------------------------------------------------------

    def _on_form_record_saved(
        self, form: RecordForm, table: str, record_id: str, new: bool
    ) -> None:
        self.status_message.emit(tr("Saved."))
        self.record_saved.emit(table, record_id)
        self.undo_stack.push(form.change)
        self.records_changed.emit()
        if new and table == "persons":
            self.open_requested.emit(table, record_id)  # the next step is on the dossier

    def _on_form_finished(self, form: RecordForm) -> None:
        if form in self.forms:
            self.forms.remove(form)
        vault, key = self._vault, form.draft_key
        if vault is not None and key is not None:  # saved or discarded: the draft goes
            self._runner.run(lambda: discard_form_draft(vault, key), lambda _none: None)
        form.deleteLater()

    def _on_drafts_found(self, drafts: object) -> None:
        """Opens the forms that were open at the lock, with what had been typed in them."""
        for draft in drafts if isinstance(drafts, list) else []:
            assert isinstance(draft, FormDraft)
            if draft.table == NEW_ARREST_FORM:
                dialog = self.new_arrest()
                if dialog is None:
                    return
                dialog.restore_draft(draft.key, draft.fields)
                continue
            form = self.edit(draft.table, draft.record_id)
            if form is None:
                return
            form.draft_key = draft.key
            form.loaded.connect(
                lambda form=form, draft=draft: form.restore_draft(draft.key, draft.fields)
            )

    def _on_failed(self, error: BaseException) -> None:
        self.records_changed.emit()  # some may have gone through before the failure
        self._runner.report_error(error)


class DraftingForm(Protocol):
    """A form whose typing a lock keeps: a record form, or the New arrest form."""

    table: str
    record_id: str | None
    draft_key: str | None

    def draft_fields(self) -> dict[str, Any]: ...


def keep_drafts(vault: Vault, forms: Sequence[DraftingForm]) -> None:
    """Writes the unsaved typing of open forms into the vault before a lock closes them.

    On the GUI thread and at once: the lock closes the vault right after. A failure (a full
    disk) must not stop the lock: the typing is then lost, as before drafts existed.
    """
    drafts = []
    for form in forms:
        fields = form.draft_fields()
        if fields:
            key = form.draft_key or new_draft_key()
            drafts.append(FormDraft(key, form.table, form.record_id, fields, now_text()))
    with contextlib.suppress(KnownError):
        save_form_drafts(vault, drafts)
