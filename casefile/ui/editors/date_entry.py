"""The one date entry of the interface: a line people type a date into, read back in words.

Text goes through casefile.domain.date_input.read_date, so every date field accepts the same
things (21.12.2026, 21.12.26, 21/12/2026, 2026-12-21, "today", "сегодня", "бүгүн"; partial
fields also 12.2026, 2026, "c. 2023"). A plain QLineEdit on purpose: QDateEdit's sections turned
typed dots into wrong dates (issue 18: 21.12.2026 saved as 21.12.2202, 05.02.2027 as 05.12.2026).

The line under the field says what was read ("Mon 21 December 2026, in 17 days"), a warning, or
why the text is not a date. Its height is reserved and long texts are cut, so the fields below
never move while typing. The text is never rewritten on focus-out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casefile.domain.date_input import (
    Step,
    TypedDate,
    after_step,
    is_far_ahead,
    numeric_text,
    read_date,
)
from casefile.domain.dates import PartialDate, Precision
from casefile.errors import ValidationError
from casefile.ui.i18n.language import days_count, fill, format_partial_date, locale
from casefile.ui.i18n.messages import translate_error

ERROR = "error"
WARNING = "warning"
READING = "reading"
_STYLES = {
    ERROR: "color: #c62828;",
    WARNING: "color: #8a5300;",
    READING: "color: palette(placeholder-text);",
    "": "",
}
#: Relative days ("in 17 days") are said up to this far; beyond, the date alone is clearer.
_RELATIVE_LIMIT_DAYS = 365


def tr(text: str) -> str:
    return QCoreApplication.translate("DateEntry", text)


def step_label(step: Step) -> str:
    labels = {
        Step.HOURS_48: tr("+48 h"),
        Step.MONTH_1: tr("+1 month"),
        Step.MONTH_2: tr("+2 months"),
    }
    return labels[step]


def relative_day(day: date, today: date) -> str:
    """ "today", "tomorrow", "in 17 days", "3 days ago"; '' when over a year away."""
    days = (day - today).days
    if days == 0:
        return tr("today")
    if days == 1:
        return tr("tomorrow")
    if days == -1:
        return tr("yesterday")
    if abs(days) > _RELATIVE_LIMIT_DAYS:
        return ""
    # The plural forms come from the one translated "%n day(s)" (ui/i18n/language.py).
    if days > 0:
        return fill(tr("in %1"), days_count(days))
    return fill(tr("%1 ago"), days_count(-days))


def date_in_words(typed: TypedDate, today: date) -> str:
    """ "Mon 21 December 2026, 14:30, in 17 days"; partial dates as "December 2026", "c. 2023"."""
    value = typed.value
    if value.precision is not Precision.DAY or value.approximate:
        return format_partial_date(value)
    day = value.earliest
    parts = [locale().toString(QDate(day.year, day.month, day.day), "ddd d MMMM yyyy")]
    if typed.at is not None:
        parts.append(f"{typed.at:%H:%M}")
    relative = relative_day(day, today)
    if relative:
        parts.append(relative)
    return ", ".join(parts)


class MessageLine(QLabel):
    """One line of text whose height is reserved and whose width follows the layout.

    A longer text is cut with "…" and shown whole in the tooltip, so nothing around it moves.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._kind = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Ignored: the text's width never widens the form; Fixed: the line is always there.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().lineSpacing() + 2)

    def full_text(self) -> str:
        return self._full

    def kind(self) -> str:
        """ERROR, WARNING, READING or '' (empty)."""
        return self._kind

    def set_message(self, text: str, kind: str) -> None:
        if kind != self._kind:
            self.setStyleSheet(_STYLES[kind])
            self._kind = kind
        self._full = text
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), 0)
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        self.setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class DateEntry(QWidget):
    """A date typed as people write it, with a Today button and the reading in a line below.

    partial: month or year alone and "c." are allowed (an "approximate" box is shown).
    with_time: an optional time may follow the date ("21.12.2026 14:30").

    Signals:
        value_changed(): the text changed (typing, Today, a step, set_value, the box).
    """

    value_changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, partial: bool = False, with_time: bool = False
    ) -> None:
        super().__init__(parent)
        self.partial = partial
        self.with_time = with_time
        #: Where "today" comes from; tests set a fixed day.
        self.today: Callable[[], date] = date.today
        #: Warn for a date more than a year ahead (hearings).
        self.warn_far_ahead = False
        self._reference: Callable[[], date | None] | None = None
        self._typed: TypedDate | None = None
        self._problem: str | None = None
        self._outside_problem: str | None = None
        self._auto_ticked = False  # the box was ticked because the text said "c." or "~"

        self.line = QLineEdit(self)
        self.line.setObjectName("dateEntryText")
        self.line.setClearButtonEnabled(True)
        self.line.setMinimumWidth(150 if not with_time else 170)
        self.line.setMaximumWidth(240)
        self.today_button = QToolButton(self)
        self.today_button.setObjectName("dateEntryToday")
        # Typing "today" does the same: the button needs no Tab stop in long forms.
        self.today_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.today_button.clicked.connect(self._on_today_button_clicked)
        self.steps_button = QToolButton(self)
        self.steps_button.setObjectName("dateEntrySteps")
        self.steps_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.steps_button.setMenu(QMenu(self.steps_button))
        # Fusion draws the menu arrow over the text ("Term…" showed as "Term..,"); "…" says
        # that it opens something.
        self.steps_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.steps_button.setVisible(False)
        self.approximate: QCheckBox | None = None
        if partial:
            self.approximate = QCheckBox(self)
            self.approximate.setObjectName("dateEntryApproximate")
            self.approximate.toggled.connect(self._on_approximate_toggled)
        self.message = MessageLine(self)
        self.message.setObjectName("dateEntryMessage")

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        if self.approximate is not None:
            row.addWidget(self.approximate)
        row.addWidget(self.today_button)
        row.addWidget(self.steps_button)
        row.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.line)
        self.line.textChanged.connect(self._on_line_text_changed)
        self._retranslate()
        self._update_message()

    # -- value ------------------------------------------------------------------------------

    def text(self) -> str:
        return self.line.text()

    def set_text(self, text: str) -> None:
        """Puts text in as if typed (Cyrillic words in tests: qtbot.keyClicks is ASCII only)."""
        self.line.setText(text)

    def is_blank(self) -> bool:
        return not self.line.text().strip()

    def typed(self) -> TypedDate | None:
        """What the text says; None when empty or not a date (see problem())."""
        return self._typed

    def partial_value(self) -> PartialDate | None:
        """The date, approximate if the box is ticked; None when empty or unreadable."""
        if self._typed is None:
            return None
        value = self._typed.value
        if self.approximate is not None and self.approximate.isChecked() and not value.approximate:
            return PartialDate(value.year, value.month, value.day, approximate=True)
        return value

    def date_value(self) -> date | None:
        """The exact day typed; None when empty, unreadable or not known to the day."""
        value = self.partial_value()
        if value is None or value.precision is not Precision.DAY or value.approximate:
            return None
        return value.earliest

    def time_value(self) -> time | None:
        """The time typed after the date (with_time entries), or None."""
        return self._typed.at if self._typed is not None else None

    def set_value(self, value: PartialDate | date | None, at: time | None = None) -> None:
        """Shows a stored date the way people type it (21.12.2026, 12.2026, 2026)."""
        approximate = isinstance(value, PartialDate) and value.approximate
        if approximate and self.approximate is not None:
            # The box says "approximate"; the text stays the plain date.
            assert isinstance(value, PartialDate)
            self._set_ticked(True)
            value = PartialDate(value.year, value.month, value.day)
        elif self.approximate is not None:
            self._set_ticked(False)
        self._auto_ticked = False
        self.line.setText("" if value is None else numeric_text(value, at))

    def problem(self) -> str | None:
        """Why the text is not a date, in the interface language (None if it is, or empty)."""
        return self._problem

    def show_problem(self, text: str | None) -> None:
        """A problem found elsewhere (the end before the start) shown in the reading's line."""
        if text != self._outside_problem:
            self._outside_problem = text
            self._update_message()

    def set_reference(self, reference: Callable[[], date | None], steps: Sequence[Step]) -> None:
        """Offers "+48 h", "+1 month"… counted from reference() (the start of custody)."""
        self._reference = reference
        menu = self.steps_button.menu()
        menu.clear()
        for step in steps:
            action = menu.addAction(step_label(step))
            action.setData(step.value)
            action.triggered.connect(lambda _checked=False, step=step: self.apply_step(step))
        self.steps_button.setVisible(bool(steps))

    def apply_step(self, step: Step) -> bool:
        """Fills in the day `step` after the reference date; False if it has no exact day."""
        start = self._reference() if self._reference is not None else None
        if start is None:
            self.message.set_message(tr("Type the start date first."), WARNING)
            return False
        self._put_day(after_step(start, step))
        return True

    # -- slots ------------------------------------------------------------------------------

    @Slot()
    def _on_today_button_clicked(self) -> None:
        self._put_day(self.today())
        self.line.setFocus()

    @Slot(str)
    def _on_line_text_changed(self, _text: str) -> None:
        self._read()
        self.value_changed.emit()

    @Slot(bool)
    def _on_approximate_toggled(self, _checked: bool) -> None:
        self._auto_ticked = False
        self._update_message()
        self.value_changed.emit()

    # -- inside -----------------------------------------------------------------------------

    def _read(self) -> None:
        self._typed, self._problem = None, None
        try:
            self._typed = read_date(
                self.line.text(), self.today(), partial=self.partial, with_time=self.with_time
            )
        except ValidationError as error:
            self._problem = translate_error(error)
        self._follow_text_approximate()
        self._update_message()

    def _put_day(self, day: date) -> None:
        # A time already typed stays: Today changes the day only.
        at = self.time_value() if self.with_time else None
        self.line.setText(numeric_text(day, at))

    def _set_ticked(self, ticked: bool) -> None:
        if self.approximate is None:
            return
        self.approximate.blockSignals(True)
        self.approximate.setChecked(ticked)
        self.approximate.blockSignals(False)

    def _follow_text_approximate(self) -> None:
        # A typed "c." or "~" already says approximate: the box shows it and cannot contradict.
        if self.approximate is None:
            return
        said = self._typed is not None and self._typed.value.approximate
        self.approximate.setEnabled(not said)
        if said and not self.approximate.isChecked():
            self._set_ticked(True)
            self._auto_ticked = True
        elif not said and self._auto_ticked:
            self._set_ticked(False)
            self._auto_ticked = False

    def _update_message(self) -> None:
        if self._problem is not None:
            self.message.set_message(self._problem, ERROR)
        elif self._outside_problem:
            self.message.set_message(self._outside_problem, ERROR)
        elif self._typed is not None:
            today = self.today()
            value = self.partial_value()
            assert value is not None
            reading = date_in_words(TypedDate(value, self._typed.at), today)
            day = self._typed.day
            if self.warn_far_ahead and day is not None and is_far_ahead(day, today):
                warning = tr("more than a year ahead: is the year right?")
                self.message.set_message(f"{reading} — {warning}", WARNING)
            else:
                self.message.set_message(reading, READING)
        else:
            self.message.set_message("", "")
        self.line.setAccessibleDescription(self.message.full_text())

    def _retranslate(self) -> None:
        if self.partial and self.with_time:
            hint = tr("e.g. 21.12.2026 18:30, 21.12.2026, 12.2026")
        elif self.partial:
            hint = tr("e.g. 21.12.2026, 12.2026, 2026")
        elif self.with_time:
            hint = tr("e.g. 21.12.2026 or 21.12.2026 14:30")
        else:
            hint = tr("e.g. 21.12.2026 or “today”")
        self.line.setPlaceholderText(hint)
        self.line.setToolTip(hint)
        self.today_button.setText(tr("Today"))
        self.today_button.setToolTip(tr("Today's date (or type “today”)"))
        self.steps_button.setText(tr("Term…"))
        self.steps_button.setToolTip(tr("The end of a term counted from the start date"))
        menu = self.steps_button.menu()
        for action in menu.actions():
            action.setText(step_label(Step(action.data())))
        if self.approximate is not None:
            self.approximate.setText(tr("approximate"))
            self.approximate.setToolTip(
                tr('Tick if the date is not certain; it is then shown as "c. 2023".')
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "message"):
            self._retranslate()
            self._read()  # the reading and any problem in the new language
        super().changeEvent(event)
