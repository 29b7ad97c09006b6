"""One editing widget per field kind, all with the same small interface (FieldEditor).

Values go in and out in the types services.records.drafts.save_record accepts: text -> str | None,
partial date -> PartialDate | None, date -> date | None, time -> time | None,
flag -> bool | None, list/choices -> list[str], choice/reference -> str | None.
"""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTime, Signal, Slot
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from casefile.domain.date_input import Step
from casefile.domain.dates import PartialDate
from casefile.ui.editors.date_entry import DateEntry
from casefile.ui.kit.accessible import name_for

if TYPE_CHECKING:
    from casefile.services.records.drafts import FieldInfo

#: The time shown as "not set": midnight, which a hearing time never is in practice.
_NO_TIME = QTime(0, 0)
_TEXT_KEYS_START_EDITING = frozenset("0123456789")


class FieldEditor(QWidget):
    """The editor of one field. Subclasses implement value() and set_value().

    Signals:
        edited(): the user changed the value.
    """

    edited = Signal()

    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def _set_inner(self, widget: QWidget, stretch: int = 1) -> None:
        self._layout.addWidget(widget, stretch)
        self.setFocusProxy(widget)

    def set_accessible_name(self, text: str) -> None:
        """Names the field for screen readers (its label's text, already translated)."""
        name_for(self, text)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def problem(self) -> str | None:
        """Why the input cannot be read (an unreadable date), or None."""
        return None

    def show_problem(self, text: str | None) -> bool:
        """Shows the form's problem with this field inside the editor; False if it cannot.

        Date fields show it in their reserved message line: one message, and no layout jump.
        """
        return False

    def is_blank(self) -> bool:
        return self.value() in (None, "", []) and self.problem() is None

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        """(code, label) pairs for vocabulary fields; others ignore them."""


class TextField(FieldEditor):
    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(info, parent)
        self.edit = QLineEdit(self)
        if info.max_length:
            self.edit.setMaxLength(info.max_length)
        self.edit.textEdited.connect(self.edited)
        self._set_inner(self.edit)

    def value(self) -> str | None:
        return self.edit.text() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class _MultiLineField(FieldEditor):
    """A few lines of plain text; Tab moves on (a tab character is never wanted here)."""

    def __init__(self, info: FieldInfo, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(info, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        line = QFontMetrics(self.edit.font()).lineSpacing()
        self.edit.setFixedHeight(line * lines + 14)
        self.edit.textChanged.connect(self.edited)
        self._set_inner(self.edit)


class LongTextField(_MultiLineField):
    """Free text over several lines (notes, circumstances)."""

    def value(self) -> str | None:
        return self.edit.toPlainText() or None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))


class ListField(_MultiLineField):
    """Free-text items, one per line (other spellings of a name, case numbers)."""

    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(info, parent, lines=2)
        self.edit.setPlaceholderText(self.tr("One per line"))

    def value(self) -> list[str]:
        return [line.strip() for line in self.edit.toPlainText().splitlines() if line.strip()]

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("\n".join(value or []))


class _DateEntryField(FieldEditor):
    """A date field: the one DateEntry of the interface (ui/editors/date_entry.py)."""

    def __init__(
        self, info: FieldInfo, parent: QWidget | None, *, partial: bool, with_time: bool = False
    ) -> None:
        super().__init__(info, parent)
        self.edit = DateEntry(self, partial=partial, with_time=with_time)
        self.edit.value_changed.connect(self.edited)
        self._set_inner(self.edit)

    def problem(self) -> str | None:
        return self.edit.problem()

    def show_problem(self, text: str | None) -> bool:
        self.edit.show_problem(text)
        return True

    def is_blank(self) -> bool:
        return self.edit.is_blank()


def date_entry_of(editor: FieldEditor) -> DateEntry | None:
    """The typed line of a date field (what a draft keeps of it); None for other fields."""
    return editor.edit if isinstance(editor, _DateEntryField) else None


class PartialDateField(_DateEntryField):
    """A date known to the day, the month or the year: 21.12.2026, 12.2026, 2026, c. 2023.

    with_time: an optional time may follow (the start of an arrest: "01.12.2026 18:30"); a
    CarriedTimeField hands it to the record's time column.
    """

    def __init__(
        self, info: FieldInfo, parent: QWidget | None = None, *, with_time: bool = False
    ) -> None:
        super().__init__(info, parent, partial=True, with_time=with_time)

    def value(self) -> PartialDate | None:
        return self.edit.partial_value()

    def set_value(self, value: Any) -> None:
        self.edit.set_value(value)


class DateField(_DateEntryField):
    """A date known to the day (a hearing, the end of a detention term)."""

    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(info, parent, partial=False)

    def value(self) -> date | None:
        return self.edit.date_value()

    def set_value(self, value: Any) -> None:
        self.edit.set_value(value)


#: Time columns typed after a date in that date's field: (table, time field) -> date field.
#: One entry, one line: "01.12.2026 18:30" (issue 18: the 48 hours are counted in hours).
TIME_CARRIED_BY = {("detention_events", "start_time"): "start"}
DATES_WITH_TIME = frozenset((table, date_name) for (table, _), date_name in TIME_CARRIED_BY.items())


class CarriedTimeField(FieldEditor):
    """A time column with no widget of its own: its value is the time typed in a date field.

    It stays hidden; the form keeps it among its editors so values, drafts and changes treat
    the time as a field like any other.
    """

    def __init__(self, info: FieldInfo, carrier: _DateEntryField, parent: QWidget | None) -> None:
        super().__init__(info, parent)
        self.carrier = carrier
        carrier.edit.value_changed.connect(self.edited)
        self.setVisible(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def value(self) -> time | None:
        return self.carrier.edit.time_value()

    def set_value(self, value: Any) -> None:
        at = time.fromisoformat(value) if isinstance(value, str) else value
        entry = self.carrier.edit
        day = entry.partial_value()
        if at == entry.time_value() or day is None:
            return
        entry.set_value(day, at if isinstance(at, time) else None)

    def is_blank(self) -> bool:
        return self.value() is None


#: Dates checked against today: a hearing over a year ahead is most likely a mistyped year.
_FAR_AHEAD_WARNED = frozenset({("hearings", "scheduled_date")})
#: Dates offered as a term from another field of the same record: (table, field) -> start field.
_TERM_FROM = {("detention_events", "term_until"): "start"}


def link_date_fields(table: str, editors: dict[str, FieldEditor]) -> None:
    """Sets the warnings and term steps of one record's date fields (after they are made)."""
    for name, editor in editors.items():
        if not isinstance(editor, _DateEntryField):
            continue
        editor.edit.warn_far_ahead = (table, name) in _FAR_AHEAD_WARNED
        start_name = _TERM_FROM.get((table, name))
        start = editors.get(start_name) if start_name else None
        if isinstance(start, _DateEntryField):
            typed = start.edit

            def reference(typed: DateEntry = typed) -> date | None:
                value = typed.partial_value()
                return value.earliest if value is not None and value.is_exact else None

            editor.edit.set_reference(reference, (Step.HOURS_48, Step.MONTH_1, Step.MONTH_2))


class _BlankableTimeEdit(QTimeEdit):
    """A QTimeEdit whose midnight stands for "not set"; typing starts at 10:00."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.setSpecialValueText(self.tr("not set"))
        self.setTime(_NO_TIME)

    def is_blank(self) -> bool:
        return self.time() == _NO_TIME

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.is_blank() and event.text() in _TEXT_KEYS_START_EDITING and event.text():
            self.setTime(QTime(10, 0))
            self.setSelectedSection(QDateTimeEdit.Section.HourSection)
        super().keyPressEvent(event)


class _ClearableField(FieldEditor):
    """A time edit with a button that empties it."""

    def __init__(self, info: FieldInfo, edit: QDateTimeEdit, parent: QWidget | None) -> None:
        super().__init__(info, parent)
        self.edit = edit
        self.edit.setMaximumWidth(160)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.clear_button.toolTip())
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.edit.dateTimeChanged.connect(self._on_edit_changed)
        self._set_inner(self.edit, 0)
        self._layout.addWidget(self.clear_button)
        self._layout.addStretch(1)
        self.clear_button.setVisible(False)

    @Slot()
    def _on_clear_button_clicked(self) -> None:
        self.set_value(None)
        self.edited.emit()

    @Slot()
    def _on_edit_changed(self) -> None:
        self.clear_button.setVisible(self.value() is not None)
        self.edited.emit()


class TimeField(_ClearableField):
    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        self._time_edit = _BlankableTimeEdit()
        super().__init__(info, self._time_edit, parent)

    def value(self) -> time | None:
        if self._time_edit.is_blank():
            return None
        picked = self._time_edit.time()
        return time(picked.hour(), picked.minute())

    def set_value(self, value: Any) -> None:
        self._time_edit.blockSignals(True)
        self._time_edit.setTime(_NO_TIME if value is None else QTime(value.hour, value.minute))
        self._time_edit.blockSignals(False)
        self.clear_button.setVisible(value is not None)


class FlagField(FieldEditor):
    """A check box; when the field may be unknown it has a third state, and says which."""

    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(info, parent)
        self.box = QCheckBox(self)
        self.box.setTristate(info.nullable)
        self.box.checkStateChanged.connect(self._on_box_check_state_changed)
        self._set_inner(self.box)
        self.set_value(None if info.nullable else False)

    def value(self) -> bool | None:
        state = self.box.checkState()
        if state == Qt.CheckState.PartiallyChecked:
            return None
        return state == Qt.CheckState.Checked

    def set_value(self, value: Any) -> None:
        if value is None and self.info.nullable:
            wanted = Qt.CheckState.PartiallyChecked
        else:
            wanted = Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        self.box.blockSignals(True)
        self.box.setCheckState(wanted)
        self.box.blockSignals(False)
        self._update_text()

    def is_blank(self) -> bool:
        return self.value() is None

    @Slot()
    def _on_box_check_state_changed(self) -> None:
        self._update_text()
        self.edited.emit()

    def _update_text(self) -> None:
        value = self.value()
        if value is None:
            self.box.setText(self.tr("Unknown"))
        else:
            self.box.setText(self.tr("Yes") if value else self.tr("No"))


class ChoiceField(FieldEditor):
    """One code from a vocabulary; the labels are in the UI language, the codes are stored."""

    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(info, parent)
        self.combo = QComboBox(self)
        self.combo.setMinimumContentsLength(16)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.activated.connect(self._on_combo_activated)
        self._set_inner(self.combo, 0)
        self._layout.addStretch(1)
        # Optional choices can be emptied; required ones without a default (a detention
        # event's type) start unchosen, so the form never guesses for the user.
        self._blank_allowed = info.nullable or info.required

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        current = self.value()
        self.combo.clear()
        if self._blank_allowed:
            self.combo.addItem(self.tr("— choose —") if self.info.required else "—", None)
        for code, label in choices:
            self.combo.addItem(label, code)
        self.set_value(current)

    def value(self) -> str | None:
        data = self.combo.currentData()
        return None if data is None else str(data)

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else self.combo.findData(None)
        if index < 0 and value is not None:
            # A code no longer in the vocabulary: keep it, shown as it is stored.
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))

    @Slot(int)
    def _on_combo_activated(self, _index: int) -> None:
        self.edited.emit()


class ChoicesField(FieldEditor):
    """Several codes from a vocabulary, as check boxes in two columns."""

    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(info, parent)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        self._set_inner(self.grid_host)

    def set_accessible_name(self, text: str) -> None:
        # Each box says its own choice; the first one only takes the focus for the field.
        self.grid_host.setAccessibleName(text)

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        current = self.value()
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes = {}
        for code, label in choices:
            self._add_box(code, label)
        self.set_value(current)

    def _add_box(self, code: str, label: str) -> QCheckBox:
        box = QCheckBox(label, self.grid_host)
        box.toggled.connect(self._on_box_toggled)
        index = len(self.boxes)
        self.grid.addWidget(box, index // 2, index % 2)
        self.boxes[code] = box
        if index == 0:
            self.setFocusProxy(box)
        return box

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        codes = list(value or [])
        for code in codes:
            if code not in self.boxes:
                self._add_box(code, code)  # no longer in the vocabulary: kept, as stored
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in codes)
            box.blockSignals(False)

    @Slot(bool)
    def _on_box_toggled(self, _checked: bool) -> None:
        self.edited.emit()
