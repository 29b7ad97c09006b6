"""The form of one record of any editable table, built from services.records.drafts.fields_of.

Data in, data out: the form loads a draft (off the GUI thread), shows problems next to each
field as the user types (services.records.drafts.check_draft), and saves the changed fields with
save_record on the task runner. Closing a form with unsaved changes asks Save / Discard /
Cancel through the dialog service. At lock its typed fields become a draft inside the vault
(draft_fields, services/records/form_drafts.py), put back after unlocking (restore_draft).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casefile.errors import KnownError, ValidationError
from casefile.services.records.drafts import (
    FIXED_VOCABULARIES,
    FieldKind,
    blank_record,
    check_draft,
    fields_of,
    load_record,
    save_record,
    vocabulary,
)
from casefile.services.records.drafts import vocabulary as choices_of
from casefile.services.records.undo import Change, ChangeKind, record_change
from casefile.services.records.vocabularies import add_term
from casefile.services.search.duplicates import find_possible_duplicates
from casefile.ui.editors.attachments_box import FORM_TABLES, AttachmentsBox
from casefile.ui.editors.field_widgets import (
    DATES_WITH_TIME,
    TIME_CARRIED_BY,
    CarriedTimeField,
    ChoiceField,
    ChoicesField,
    DateField,
    FieldEditor,
    FlagField,
    ListField,
    LongTextField,
    PartialDateField,
    TextField,
    TimeField,
    _DateEntryField,
    date_entry_of,
    link_date_fields,
)
from casefile.ui.editors.new_term import TermAsker, ask_term_labels
from casefile.ui.editors.pickers import Chooser, ReferenceField, dialog_chooser, reference_label
from casefile.ui.editors.sections import sections_for
from casefile.ui.i18n.labels import label
from casefile.ui.i18n.language import fill, ui_language
from casefile.ui.i18n.messages import translate, translate_error
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import describe_known
from casefile.ui.kit.icons import icon
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.tasks import TaskRunner

if TYPE_CHECKING:
    from casefile.errors import Message
    from casefile.services.records.drafts import FieldInfo
    from casefile.vault.vault import Vault

_ERROR_STYLE = "color: #c62828;"
_CHECK_DELAY_MS = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordForm", text)


@dataclass
class FormData:
    """What a form shows: field values, the record's version, picker choices and labels."""

    values: dict[str, Any]
    version: int | None
    choices: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    reference_labels: dict[str, str | None] = field(default_factory=dict)


def load_form_data(
    vault: Vault, table: str, record_id: str | None, preset: dict[str, Any], lang: str
) -> FormData:
    """Runs on a worker: the stored record (or a blank one with the preset), vocabularies and
    the names of referred records."""
    infos = fields_of(table)
    if record_id is None:
        values = blank_record(table)
        values.update({name: value for name, value in preset.items() if name in values})
        version = None
    else:
        stored = load_record(vault, table, record_id)
        values = {info.name: stored[info.name] for info in infos}
        version = int(stored["version"])
    data = FormData(values, version)
    for info in infos:
        if info.vocabulary is not None:
            data.choices[info.name] = vocabulary(vault, info.vocabulary, lang)
        if info.references is not None and values.get(info.name):
            data.reference_labels[info.name] = reference_label(
                vault, info.references, str(values[info.name])
            )
    return data


def make_editor(info: FieldInfo, chooser: Chooser, parent: QWidget | None = None) -> FieldEditor:
    """The editing widget for one field kind."""
    kind = info.kind
    if kind is FieldKind.REFERENCE:
        return ReferenceField(info, chooser, parent)
    classes: dict[FieldKind, Callable[[FieldInfo, QWidget | None], FieldEditor]] = {
        FieldKind.TEXT: TextField,
        FieldKind.LONG_TEXT: LongTextField,
        FieldKind.LIST: ListField,
        FieldKind.PARTIAL_DATE: PartialDateField,
        FieldKind.DATE: DateField,
        FieldKind.TIME: TimeField,
        FieldKind.FLAG: FlagField,
        FieldKind.CHOICE: ChoiceField,
        FieldKind.CHOICES: ChoicesField,
    }
    return classes[kind](info, parent)


def plain_value(editor: FieldEditor) -> Any:
    """A field as a draft keeps it, in plain JSON: dates as typed, a reference with its name."""
    entry = date_entry_of(editor)
    if entry is not None:
        return {"typed": entry.text()}
    value = editor.value()
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(editor, ReferenceField):
        return {"id": value, "label": editor.display.text()} if value else None
    return value


def put_back(editor: FieldEditor, value: Any) -> None:
    """The reverse of plain_value."""
    entry = date_entry_of(editor)
    if entry is not None:
        entry.set_text(str(value.get("typed", "")) if isinstance(value, dict) else "")
    elif isinstance(editor, TimeField):
        editor.set_value(time.fromisoformat(value) if isinstance(value, str) else None)
    elif isinstance(editor, ReferenceField):
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            editor.set_value(value["id"], str(value.get("label") or ""))
        else:
            editor.set_value(None)
    else:
        editor.set_value(value)


def _same(a: Any, b: Any) -> bool:
    """Equal for the purpose of "changed": no value, "" and [] are all nothing."""
    if a in (None, "", []) and b in (None, "", []):
        return True
    return bool(a == b)


class RecordForm(QDialog):
    """Creates (record_id None) or edits one record.

    Signals:
        loaded(): the record and its choices are shown; the form can be edited.
        record_saved(str, str): the record was saved (table, id).
        trash_requested(str, str): the user asked to move this record to the trash (table, id);
            the form has closed, discarding any unsaved change.
        open_existing_requested(str, str): a new person looked like one already stored and the
            user chose to open that one instead (table, id); the form has closed unsaved.
    """

    loaded = Signal()
    record_saved = Signal(str, str)
    trash_requested = Signal(str, str)
    open_existing_requested = Signal(str, str)

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: DialogService,
        vault: Vault,
        table: str,
        record_id: str | None = None,
        preset: dict[str, Any] | None = None,
        *,
        chooser: Chooser | None = None,
        term_asker: TermAsker | None = None,
        settings: UiSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordForm")
        self.table = table
        self.record_id = record_id
        self._runner = runner
        self._dialogs = dialogs
        self._settings = settings
        self._vault = vault
        self._preset = dict(preset or {})
        self._term_asker = term_asker or ask_term_labels
        self.new_term_buttons: dict[str, QToolButton] = {}
        self._version: int | None = None
        self._initial: dict[str, Any] = {}
        self._touched: set[str] = set()
        self._save_attempted = False
        self._saving = False
        self._close_after_save = False
        self._closing = False
        self.is_loaded = False
        self.saved_id: str | None = None
        self.wrote = False  # the last save changed the vault (not a save without changes)
        self.change: Change | None = None  # what the last save wrote, for the undo stack
        self._duplicates_checked = False  # a new person: asked once about possible duplicates
        #: The vault draft this form was restored from (or is kept as at lock), if any.
        self.draft_key: str | None = None
        self.problems: dict[str, Message | str] = {}
        kind = label(table)
        self.setWindowTitle(
            fill(tr("New record: %1"), kind)
            if record_id is None
            else fill(tr("Edit record: %1"), kind)
        )
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.infos = {info.name: info for info in fields_of(table)}
        pick = chooser or dialog_chooser(runner, vault)
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, QLabel] = {}
        self._field_labels: dict[str, QLabel] = {}
        body = self._build_body(pick)
        link_date_fields(table, self.editors)
        #: The record's photos and scans (tables that hold evidence); drops on the form land here.
        self.attachments: AttachmentsBox | None = None
        if table in FORM_TABLES:
            self.attachments = AttachmentsBox(runner, dialogs, vault, table, record_id)
            wrapper = QWidget(self)
            stacked = QVBoxLayout(wrapper)
            stacked.setContentsMargins(0, 0, 0, 0)
            stacked.addWidget(body)
            stacked.addWidget(self.attachments)
            body = wrapper
            self.setAcceptDrops(record_id is not None)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        # Not a Tab stop of its own: tabbing through the fields scrolls them into view.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.footer = QLabel(self)
        self.footer.setObjectName("formFooter")
        self.footer.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("Save"))
        self.save_button.setIcon(icon("save"))
        self.save_button.setToolTip(tr("Save (Ctrl+S)"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.trash_button = QPushButton(icon("trash"), tr("Move to the trash"), self)
        self.trash_button.setAutoDefault(False)
        self.trash_button.setToolTip(tr("The trash keeps it: it can be restored from there."))
        self.trash_button.clicked.connect(self._on_trash_button_clicked)
        self.trash_button.setVisible(record_id is not None)
        bottom = QHBoxLayout()
        bottom.addWidget(self.trash_button)
        bottom.addWidget(self.footer, 1)
        bottom.addWidget(self.buttons)
        #: Made when a draft is restored: what it says and its Discard button.
        self.draft_bar: QFrame | None = None
        self.discard_draft_button: QPushButton | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bottom)
        self._fit_width()

        self._shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self._shortcut.activated.connect(self.save)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(_CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check)

        self.scroll_area.setEnabled(False)
        self.save_button.setEnabled(False)
        self.footer.setText(tr("Loading…"))
        stored = settings.geometry(self._geometry_key) if settings is not None else None
        if stored is None or not self.restoreGeometry(stored):
            self._size_to_screen()
        vault_, preset_, lang = vault, self._preset, ui_language()
        runner.run(
            lambda: load_form_data(vault_, table, record_id, preset_, lang),
            self._on_data_loaded,
            self._on_load_failed,
        )

    # -- building ---------------------------------------------------------------------------

    def _build_body(self, chooser: Chooser) -> QWidget:
        body = QWidget(self)
        columns = [QVBoxLayout(), QVBoxLayout()]
        carried = {time_name for table, time_name in TIME_CARRIED_BY if table == self.table}
        sections = sections_for(self.table, [name for name in self.infos if name not in carried])
        two = any(section.column == 1 for section in sections)
        for section in sections:
            box = QGroupBox(QCoreApplication.translate("sections", section.title), body)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            # Narrow windows put labels above their fields instead of cutting them off.
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            for name in section.fields:
                form.addRow(self._field_label(name, box), self._field_cell(name, chooser, box))
            columns[section.column if two else 0].addWidget(box)
        row = QHBoxLayout(body)
        for column in columns[: 2 if two else 1]:
            column.addStretch(1)
            row.addLayout(column, 1)
        for time_name in carried:
            carrier = self.editors[TIME_CARRIED_BY[(self.table, time_name)]]
            assert isinstance(carrier, _DateEntryField)
            editor = CarriedTimeField(self.infos[time_name], carrier, body)
            editor.edited.connect(lambda name=time_name: self._on_editor_edited(name))
            self.editors[time_name] = editor
        return body

    def _field_label(self, name: str, parent: QWidget) -> QLabel:
        widget = QLabel(parent)
        self._field_labels[name] = widget
        self._label_field(name)
        return widget

    def _label_field(self, name: str) -> None:
        info = self.infos[name]
        text = QCoreApplication.translate("fields", info.label)
        widget = self._field_labels[name]
        widget.setText(f"{text} *" if info.required else text)
        widget.setToolTip(tr("Required") if info.required else "")
        editor = self.editors.get(name)
        if editor is not None:  # named without the "*" (a screen reader says "star")
            widget.setBuddy(editor)
            editor.set_accessible_name(text)

    def changeEvent(self, event: QEvent) -> None:
        # A new interface language: the texts made of parts (a label and its "*", the messages
        # naming fields) are made again; whole strings relabel on their own (ui/i18n/relabel.py).
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_field_labels"):
            for name in self._field_labels:
                self._label_field(name)
            if self.is_loaded:
                self.check()
        super().changeEvent(event)

    def _field_cell(self, name: str, chooser: Chooser, parent: QWidget) -> QWidget:
        cell = QWidget(parent)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        if (self.table, name) in DATES_WITH_TIME:
            editor: FieldEditor = PartialDateField(self.infos[name], cell, with_time=True)
        else:
            editor = make_editor(self.infos[name], chooser, cell)
        editor.setObjectName(f"field_{name}")
        editor.edited.connect(lambda name=name: self._on_editor_edited(name))
        error = QLabel(cell)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(_ERROR_STYLE)
        error.setWordWrap(True)
        error.setVisible(False)
        vocabulary = self.infos[name].vocabulary
        if vocabulary is not None and vocabulary not in FIXED_VOCABULARIES:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(editor, 1)
            button = QToolButton(cell)
            button.setText(tr("New term…"))
            button.setToolTip(tr("Add a choice missing from this list"))
            button.clicked.connect(lambda _checked=False, name=name: self.add_term(name))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            box.addLayout(row)
            self.new_term_buttons[name] = button
        else:
            box.addWidget(editor)
        box.addWidget(error)
        self.editors[name] = editor
        self.errors[name] = error
        self._label_field(name)
        return cell

    def _fit_width(self) -> None:
        """At least as wide as the fields need (no sideways scrolling), up to the screen's
        width; on a smaller screen the form scrolls sideways rather than cutting fields off."""
        body = self.scroll_area.widget()
        scrollbar = self.scroll_area.verticalScrollBar().sizeHint().width()
        needed = (body.minimumSizeHint().width() if body else 0) + scrollbar + 30
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            needed = min(needed, screen.width() - 40)
        self.setMinimumWidth(needed)
        if self.width() < needed:
            self.resize(needed, self.height())

    def _size_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        two = any(section.column == 1 for section in sections_for(self.table, list(self.infos)))
        width = max(1040 if two else 620, self.minimumWidth())
        height = 680
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    # -- values -----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Every field's current value, in the types save_record accepts."""
        return {name: editor.value() for name, editor in self.editors.items()}

    def changed_fields(self) -> dict[str, Any]:
        """The fields that differ from the record as loaded (all set ones for a new record)."""
        current = self.values()
        if self.record_id is None:
            return current
        return {
            name: value
            for name, value in current.items()
            if not _same(value, self._initial.get(name))
        }

    def is_dirty(self) -> bool:
        if not self.is_loaded:
            return False
        unreadable = any(editor.problem() for editor in self.editors.values())
        current = self.values()
        return unreadable or any(
            not _same(current[name], self._initial.get(name)) for name in current
        )

    def draft_fields(self) -> dict[str, Any]:
        """The fields the user changed (or typed unreadably), as a draft keeps them; {} when
        there is nothing unsaved."""
        if not self.is_loaded or not self.is_dirty():
            return {}
        changed = set(self.changed_fields())
        changed |= {name for name, editor in self.editors.items() if editor.problem()}
        return {
            name: plain_value(editor)
            for name, editor in self.editors.items()
            if name in changed and not (self.record_id is None and editor.is_blank())
        }

    def restore_draft(self, key: str, fields: dict[str, Any]) -> None:
        """Puts a draft's typed fields back (after loading) and says so above the fields."""
        self.draft_key = key
        for name, value in fields.items():
            editor = self.editors.get(name)
            if editor is None:
                continue
            try:
                put_back(editor, value)
            except (TypeError, ValueError, AttributeError):
                continue  # a draft written by another version: that field is left as loaded
            self._on_editor_edited(name)
        self._show_draft_bar()
        self.check()

    def _show_draft_bar(self) -> None:
        if self.draft_bar is not None:
            return
        bar = QFrame(self)
        bar.setObjectName("draftBar")
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(
            tr(
                "This form holds text typed before the vault was locked, not yet saved. "
                "Save it, or discard it."
            ),
            bar,
        )
        text.setWordWrap(True)
        button = QPushButton(tr("Discard"), bar)
        button.setAutoDefault(False)
        button.clicked.connect(self.discard_and_close)
        row = QHBoxLayout(bar)
        row.addWidget(text, 1)
        row.addWidget(button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, bar)
        self.draft_bar, self.discard_draft_button = bar, button

    def set_value(self, name: str, value: Any) -> None:
        """Sets a field as if the user had (used by callers that prefill, and by tests)."""
        self.editors[name].set_value(value)
        self._on_editor_edited(name)

    def add_term(self, name: str) -> None:
        """Asks for a new term of the field's vocabulary, adds it and chooses it."""
        info = self.infos[name]
        if info.vocabulary is None or not self.is_loaded:
            return
        labels = self._term_asker(self, QCoreApplication.translate("fields", info.label))
        if labels is None:
            return
        vault, vocabulary, lang = self._vault, info.vocabulary, ui_language()

        def work() -> tuple[str, list[tuple[str, str]]]:
            term = add_term(vault, vocabulary, labels.english, labels.russian, labels.kyrgyz)
            return term.code, choices_of(vault, vocabulary, lang)

        self._runner.run(
            work,
            lambda result: self._on_term_added(name, result),
            lambda error: self._on_term_failed(name, error),
        )

    def _on_term_added(self, name: str, result: Any) -> None:
        code, choices = result
        editor = self.editors[name]
        current = editor.value()
        editor.set_choices(choices)
        editor.set_value([*current, code] if isinstance(current, list) else code)
        self._on_editor_edited(name)

    def _on_term_failed(self, name: str, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            self._runner.report_error(error)
            return
        self._show_field_error(name, translate_error(error))

    def _show_field_error(self, name: str, text: str | None) -> None:
        """A problem next to its field: inside the editor when it has a line for it (dates),
        so the message is said once and the fields below do not move."""
        error = self.errors[name]
        error.setText(text or "")
        shown_inside = self.editors[name].show_problem(text)
        error.setVisible(bool(text) and not shown_inside)

    # -- checking ---------------------------------------------------------------------------

    @Slot()
    def check(self) -> bool:
        """Shows each problem next to its field; True if the record can be saved."""
        self._check_timer.stop()
        problems: dict[str, Message | str] = {**check_draft(self.table, self.values())}
        for name, editor in self.editors.items():
            reason = editor.problem()
            if reason:
                problems[name] = reason
        self.problems = problems
        shown = 0
        for name in self.errors:
            message = problems.get(name)
            visible = message is not None and (
                self._save_attempted or name in self._touched or not self._is_required(name)
            )
            shown_text = translate(message) if visible and message else None
            self._show_field_error(name, shown_text)
            shown += visible
        if self.is_loaded and not self._saving:
            self.save_button.setEnabled(not problems)
            self._update_footer(problems, shown)
        return not problems

    def _is_required(self, name: str) -> bool:
        """A required field still empty: said only once touched or after trying to save."""
        editor = self.editors[name]
        return self.infos[name].required and editor.is_blank()

    def _update_footer(self, problems: dict[str, Message | str], shown: int) -> None:
        self.footer.setStyleSheet(_ERROR_STYLE if shown else "")
        if shown:
            self.footer.setText(tr("Please correct the fields marked in red."))
        elif problems:
            missing = ", ".join(
                QCoreApplication.translate("fields", self.infos[name].label)
                for name in self.editors
                if name in problems
            )
            self.footer.setText(fill(tr("Still needed: %1"), missing))
        else:
            self.footer.setText(tr("Fields marked * are required."))

    # -- saving -----------------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        """Saves the changed fields (on the task runner); closes the form when saved."""
        if not self.is_loaded or self._saving:
            return
        self._save_attempted = True
        if not self.check():
            self._close_after_save = False
            self._focus_first_problem()
            return
        changes = self.changed_fields()
        if self.record_id is not None and not changes:
            self._finish(self.record_id, wrote=False)
            return
        if self.table == "persons" and self.record_id is None and not self._duplicates_checked:
            self._check_duplicates()
            return
        vault, table, record_id, version = self._vault, self.table, self.record_id, self._version
        kind = ChangeKind.SAVE if record_id is not None else ChangeKind.CREATE
        lang = ui_language()
        self._saving = True
        self.save_button.setEnabled(False)
        self.footer.setStyleSheet("")
        self.footer.setText(tr("Saving…"))
        self._runner.run(
            lambda: record_change(
                vault,
                kind,
                lambda: save_record(vault, table, record_id, changes, expected_version=version),
                lang=lang,
            ),
            self._on_saved,
            self._on_save_failed,
        )

    def _check_duplicates(self) -> None:
        """Looks for the same person across scripts before a new one is saved."""
        vault, values = self._vault, self.values()
        name, born = str(values.get("full_name") or ""), values.get("birth_date")
        self._saving = True
        self.save_button.setEnabled(False)
        self._runner.run(
            lambda: find_possible_duplicates(vault, name, born),
            self._on_duplicates_found,
            self._on_save_failed,
        )

    def _on_duplicates_found(self, found: object) -> None:
        self._saving = False
        self._duplicates_checked = True
        candidates = list(found) if isinstance(found, list) else []
        if candidates:
            lines = "\n".join(
                f"• {c.full_name}" + (f" ({c.birth_date})" if c.birth_date else "")
                for c in candidates[:5]
            )
            text = (
                tr("This person may already be in the vault:")
                + f"\n{lines}\n\n"
                + tr("Open the existing dossier instead? Choose No to save a new person.")
            )
            if self._dialogs.confirm(self, tr("Possible duplicate"), text):
                self.open_existing_requested.emit("persons", candidates[0].id)
                self.discard_and_close()
                return
        self.save()

    def _on_saved(self, result: object) -> None:
        assert isinstance(result, tuple)
        record_id, self.change = result
        self._saving = False
        self._finish(str(record_id), wrote=True)

    def _finish(self, record_id: str, *, wrote: bool) -> None:
        self.wrote = wrote
        if not wrote:
            self.change = None
        self.record_id = record_id
        self.saved_id = record_id
        self._initial = self.values()
        self.record_saved.emit(self.table, record_id)
        self._closing = True
        self._check_timer.stop()
        super().accept()

    def _on_save_failed(self, error: BaseException) -> None:
        self._saving = False
        self._close_after_save = False
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError) and error.field in self.errors:
            self.problems[error.field] = str(error)
            self._show_field_error(error.field, translate_error(error))
            self.footer.setStyleSheet(_ERROR_STYLE)
            self.footer.setText(tr("Please correct the fields marked in red."))
            self.editors[error.field].setFocus()
        elif isinstance(error, KnownError):
            self.footer.setStyleSheet(_ERROR_STYLE)
            self.footer.setText(describe_known(error))
        else:
            self.footer.setText("")
            self._runner.report_error(error)

    def _focus_first_problem(self) -> None:
        for name, editor in self.editors.items():
            if name in self.problems:
                self.scroll_area.ensureWidgetVisible(editor)
                editor.setFocus()
                return

    # -- closing ----------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: asks first if there are changes."""
        if self._closing or not self.is_dirty():
            self._close_now()
            return
        answer = self._dialogs.ask_unsaved_changes(
            self, tr("This record has changes that are not saved. Save them?")
        )
        if answer == "save":
            self._close_after_save = True
            self.save()
        elif answer == "discard":
            self._close_now()

    @Slot()
    def _on_trash_button_clicked(self) -> None:
        if self.record_id is None or self._saving:
            return
        # The form stays until the move is done: a person or a case is asked about first,
        # and Cancel leaves the form as it was (RecordActions.trash closes it).
        self.trash_requested.emit(self.table, self.record_id)

    def discard_and_close(self) -> None:
        """Closes without asking (the vault is locking)."""
        self._close_now()

    @property
    def _geometry_key(self) -> str:
        return f"form_{self.table}"

    def done(self, result: int) -> None:
        # Every way out (save, cancel, discard) passes here: remember the size and place.
        if self._settings is not None:
            self._settings.set_geometry(self._geometry_key, self.saveGeometry())
        super().done(result)

    def _close_now(self) -> None:
        self._closing = True
        self._check_timer.stop()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()

    # -- slots ------------------------------------------------------------------------------

    def _on_editor_edited(self, name: str) -> None:
        self._touched.add(name)
        self._check_timer.start()

    def _on_data_loaded(self, data: object) -> None:
        assert isinstance(data, FormData)
        self._version = data.version
        for name, choices in data.choices.items():
            self.editors[name].set_choices(choices)
        for name, editor in self.editors.items():
            value = data.values.get(name)
            if isinstance(editor, ReferenceField):
                editor.set_value(value, data.reference_labels.get(name))
            else:
                editor.set_value(value)
        # Values as the widgets hold them, so an untouched form is never "changed".
        self._initial = self.values()
        self.is_loaded = True
        self.scroll_area.setEnabled(True)
        self._fit_width()  # the choices just added may need more room
        self.check()
        self._focus_first_field()
        self.loaded.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.attachments is not None:
            self.attachments.dragEnterEvent(event)
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self.attachments is not None:
            self.attachments.dropEvent(event)
        else:
            super().dropEvent(event)

    def _focus_first_field(self) -> None:
        for name, editor in self.editors.items():
            if name not in self._preset:
                editor.setFocus()
                return

    def _on_load_failed(self, error: BaseException) -> None:
        self._closing = True
        self._runner.report_error(error)
        self._close_now()
