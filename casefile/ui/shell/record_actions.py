"""What the user can do to records from any page: new, edit, move to the trash, undo.

RecordActions is the one entry point pages use (through the main window): it opens record
forms, runs trash and undo on the task runner, and says afterwards that records changed.
Undo (Ctrl+Z) walks back through what was done in this window since the vault was unlocked:
a move to the trash is restored, a new record goes to the trash (where it can be restored), a
save is undone with services.records.history.undo_last_save (the old values written back as a new
audited update). With nothing left in this session it undoes this actor's last save.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from casefile.errors import KnownError
from casefile.services.records.drafts import fields_of
from casefile.services.records.form_drafts import (
    FormDraft,
    discard_form_draft,
    form_drafts,
    new_draft_key,
    now_text,
    save_form_drafts,
)
from casefile.services.records.history import record_name, undo_last_save, undo_target
from casefile.services.records.trash import move_to_trash, restore
from casefile.ui.editors.pickers import Chooser
from casefile.ui.editors.record_form import RecordForm
from casefile.ui.i18n.labels import QT_TRANSLATE_NOOP, label
from casefile.ui.i18n.language import fill, ui_language
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.tasks import TaskRunner

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


def _restore_all(vault: Vault, records: list[tuple[str, str]]) -> int:
    # Children before parents were trashed in list order; restore parents first.
    for table, record_id in reversed(records):
        restore(vault, table, record_id)
    return len(records)


TRASHED, CREATED, SAVED = "trashed", "created", "saved"
#: Steps remembered for Ctrl+Z in one session.
MAX_STEPS = 100


@dataclass(frozen=True)
class UndoStep:
    """Something done in this session that Ctrl+Z can take back."""

    kind: str  # TRASHED, CREATED or SAVED
    records: tuple[tuple[str, str], ...]  # (table, id)


def _undo_step(vault: Vault, step: UndoStep) -> bool:
    """Takes one step back; False if there was nothing left to undo for it."""
    if step.kind == TRASHED:
        _restore_all(vault, list(step.records))
        return True
    (table, record_id) = step.records[0]
    if step.kind == CREATED:
        move_to_trash(vault, table, record_id)
        return True
    return undo_last_save(vault, table, record_id)


def _step_name(vault: Vault, step: UndoStep | None, lang: str) -> Any:
    """The (table, label) an undo would change, for the menu; the history's target when no
    step is left in this session."""
    if step is None:
        target = undo_target(vault, lang)
        return None if target is None else (target.table, target.label)
    table, record_id = step.records[0]
    return table, record_name(vault, table, record_id, lang) or ""


def _undo_last(vault: Vault) -> tuple[str, str] | None:
    """Undoes this actor's last save; (table, label) of what changed, None if nothing."""
    target = undo_target(vault)
    if target is None or not undo_last_save(vault, target.table, target.record_id):
        return None
    return target.table, target.label


class RecordActions(QObject):
    """Opens forms and runs trash and undo for the main window and its pages.

    Signals:
        records_changed(): records were saved, trashed, restored or undone.
        record_saved(str, str): a form saved a record (table, id).
        status_message(str): a short line for the status bar (no record contents).
        undo_text_changed(str): the text for the Undo menu entry now.
        open_requested(str, str): show this record's page (table, id), e.g. the existing
            dossier a new person's form was abandoned for.
    """

    records_changed = Signal()
    record_saved = Signal(str, str)
    status_message = Signal(str)
    undo_text_changed = Signal(str)
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
        self.steps: list[UndoStep] = []
        self.forms: list[RecordForm] = []
        self.undo_text = tr("Undo")
        parent.installEventFilter(self)  # to follow a change of the interface language

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.refresh_undo_text()
        return False

    # -- vault --------------------------------------------------------------------------------

    def set_vault(self, vault: Vault | None) -> None:
        """A new vault, or None (locking): open forms close without asking, their unsaved
        typing kept as drafts inside the vault and offered back after unlocking."""
        previous, self._vault = self._vault, vault
        self.steps = []
        if vault is None:
            if previous is not None:
                keep_drafts(previous, self.forms)
            for form in list(self.forms):
                form.discard_and_close()
            self.forms.clear()
            self._set_undo_text(tr("Undo"))
        else:
            self.refresh_undo_text()
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
        """Moves records to the trash (undo puts them back)."""
        vault = self._vault
        if vault is None or not record_ids:
            return
        records = [(table, record_id) for record_id in record_ids]
        for form in list(self.forms):
            if (form.table, form.record_id) in records:
                form.discard_and_close()

        def done(count: object) -> None:
            self._push(UndoStep(TRASHED, tuple(records)))
            self.status_message.emit(
                fill(
                    tr("Moved to the trash: %1. Ctrl+Z puts it back."),
                    self._count_text(table, int(str(count))),
                )
            )
            self.records_changed.emit()

        self._runner.run(lambda: _trash_all(vault, records), done, self._on_failed)

    @staticmethod
    def _count_text(table: str, count: int) -> str:
        return label(table) if count == 1 else f"{count} × {label(table)}"

    # -- undo ---------------------------------------------------------------------------------

    @Slot()
    def undo(self) -> None:
        """Takes back the last step of this session (see the module docstring)."""
        vault = self._vault
        if vault is None:
            return
        if not self.steps:
            self._undo_from_history(vault)
            return
        step = self.steps.pop()

        def undone(changed: object) -> None:
            kind = label(step.records[0][0]).lower()
            if not changed:
                self.status_message.emit(tr("There is nothing to undo."))
            elif step.kind == TRASHED:
                self.status_message.emit(tr("Undone: the record is back from the trash."))
            elif step.kind == CREATED:
                self.status_message.emit(
                    fill(
                        tr("Undone: the new %1 is in the trash; it can be restored from there."),
                        kind,
                    )
                )
            else:
                self.status_message.emit(fill(tr("Undone: the last change to %1."), kind))
            if changed:
                self.records_changed.emit()
            self.refresh_undo_text()

        def failed(error: BaseException) -> None:
            self.refresh_undo_text()
            self._on_failed(error)

        self._runner.run(lambda: _undo_step(vault, step), undone, failed)

    def _undo_from_history(self, vault: Vault) -> None:
        def undone(result: object) -> None:
            if result is None:
                self.status_message.emit(tr("There is nothing to undo."))
            else:
                assert isinstance(result, tuple)
                self.status_message.emit(
                    fill(tr("Undone: the last change to %1."), label(result[0]).lower())
                )
                self.records_changed.emit()
            self.refresh_undo_text()

        self._runner.run(lambda: _undo_last(vault), undone, self._on_failed)

    def _push(self, step: UndoStep) -> None:
        self.steps.append(step)
        del self.steps[:-MAX_STEPS]
        self.refresh_undo_text()

    def refresh_undo_text(self) -> None:
        """Works out (off the GUI thread) what Undo would do, for the menu entry's text."""
        vault = self._vault
        if vault is None:
            self._set_undo_text(tr("Undo"))
            return
        step = self.steps[-1] if self.steps else None
        if step is not None and step.kind == TRASHED:
            self._set_undo_text(tr("Undo move to the trash"))
            return
        lang = ui_language()

        def loaded(found: Any) -> None:
            current = self.steps[-1] if self.steps else None
            if self._vault is not vault or current is not step:
                return  # something else happened meanwhile; its own refresh follows
            if found is None:
                self._set_undo_text(tr("Undo"))
                return
            table, name = found
            text = tr("Undo new %1 “%2”") if step is not None and step.kind == CREATED else None
            text = text or tr("Undo changes to %1 “%2”")
            self._set_undo_text(fill(text, label(table).lower(), _short(name)))

        self._runner.run(lambda: _step_name(vault, step, lang), loaded, lambda _error: None)

    def _set_undo_text(self, text: str) -> None:
        self.undo_text = text
        self.undo_text_changed.emit(text)

    # -- slots --------------------------------------------------------------------------------

    def _on_form_record_saved(
        self, form: RecordForm, table: str, record_id: str, new: bool
    ) -> None:
        self.status_message.emit(tr("Saved."))
        self.record_saved.emit(table, record_id)
        if form.wrote:
            self._push(UndoStep(CREATED if new else SAVED, ((table, record_id),)))
        self.records_changed.emit()

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


def keep_drafts(vault: Vault, forms: list[RecordForm]) -> None:
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


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
