"""The small forms the record pages ask: a new hearing date, an outcome.

Each is a QDialog with answer(); it is asked through the dialog service
(casefile.ui.kit.dialogs.DialogService.ask), where tests answer it without a modal dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casefile.domain.date_input import Step
from casefile.domain.enums import HearingOutcome
from casefile.errors import BugError
from casefile.ui.editors.date_entry import DateEntry
from casefile.ui.i18n.labels import label
from casefile.ui.kit.accessible import name_form_rows

#: Outcomes offered by "Record outcome…", in the enum's order.
OUTCOMES: tuple[str, ...] = tuple(outcome.value for outcome in HearingOutcome)


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordDialogs", text)


@dataclass(frozen=True)
class Postponement:
    new_date: date
    new_time: time | None
    reason: str


@dataclass(frozen=True)
class Outcome:
    outcome: str | None  # None clears it
    notes: str | None
    new_date: date | None = None  # postponed: the new hearing's day (and time)
    new_time: time | None = None
    term_until: date | None = None  # detention extended: the new term


class PostponeDialog(QDialog):
    """New date (and time) and the reason; the date starts a week after the old hearing.

    The date is one DateEntry with an optional time after it ("21.12.2026 14:30"); OK waits
    until it reads as a day on or after the old hearing.
    """

    def __init__(
        self, parent: QWidget | None, summary: str, old_date: date, old_time: time | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Postponed to…"))
        self.setMinimumWidth(460)
        self.old_date = old_date
        self.date_entry = DateEntry(self, with_time=True)
        self.date_entry.setObjectName("postponeDate")
        self.date_entry.warn_far_ahead = True
        self.date_entry.set_value(old_date + timedelta(days=7), old_time)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(tr("e.g. the judge is ill; the prosecutor did not appear"))
        heading = QLabel(summary, self)
        heading.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("New date"), self.date_entry)
        form.addRow(tr("Reason"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        name_form_rows(form)
        self.date_entry.value_changed.connect(self._on_date_entry_value_changed)
        self._on_date_entry_value_changed()
        self.date_entry.line.selectAll()  # typing replaces the suggested date
        self.date_entry.setFocus()

    def _on_date_entry_value_changed(self) -> None:
        chosen = self.date_entry.date_value()
        too_early = chosen is not None and chosen < self.old_date
        self.date_entry.show_problem(
            tr("The new date cannot be before the date of the postponed hearing.")
            if too_early
            else None
        )
        self.ok_button.setEnabled(chosen is not None and not too_early)

    def accept(self) -> None:
        if self.ok_button.isEnabled():  # Enter in the date line must not pass a wrong date
            super().accept()

    def answer(self) -> Postponement:
        chosen = self.date_entry.date_value()
        if chosen is None:
            raise BugError("PostponeDialog.answer() without a date (OK is disabled then)")
        return Postponement(chosen, self.date_entry.time_value(), self.reason.text().strip())


class OutcomeDialog(QDialog):
    """What happened at a hearing, and a note; when postponed, the new date; when detention is
    extended, the new term (each row shown only with its outcome; the layout keeps its place
    for both, so nothing moves)."""

    def __init__(
        self,
        parent: QWidget | None,
        summary: str,
        current: str | None,
        hearing_date: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.hearing_date = hearing_date
        self.setWindowTitle(tr("Record outcome"))
        self.setMinimumWidth(460)
        self.choice = QComboBox(self)
        self.choice.addItem(tr("Not known yet"), None)
        for code in OUTCOMES:
            self.choice.addItem(label(code), code)
        index = self.choice.findData(current)
        self.choice.setCurrentIndex(max(0, index))
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(tr("What happened (optional)"))
        self.notes.setFixedHeight(90)
        heading = QLabel(summary, self)
        heading.setWordWrap(True)
        self.new_date = DateEntry(self, with_time=True)
        self.new_date.setObjectName("outcomeNewDate")
        self.new_date.warn_far_ahead = True
        self.term_until = DateEntry(self)
        self.term_until.setObjectName("outcomeTermUntil")
        self.term_until.set_reference(lambda: self.hearing_date, (Step.MONTH_1, Step.MONTH_2))
        form = QFormLayout()
        form.addRow(tr("Outcome"), self.choice)
        form.addRow(tr("New date"), self.new_date)
        form.addRow(tr("Detention extended until"), self.term_until)
        form.addRow(tr("Notes"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        name_form_rows(form)
        self._form = form
        self.choice.currentIndexChanged.connect(self._on_choice_changed)
        self.new_date.value_changed.connect(self._on_choice_changed)
        self.term_until.value_changed.connect(self._on_choice_changed)
        self._on_choice_changed()

    def _on_choice_changed(self, _index: int = 0) -> None:
        code = self.choice.currentData()
        postponed = code == HearingOutcome.POSTPONED
        extended = code == HearingOutcome.DETENTION_EXTENDED
        self.new_date.setEnabled(postponed)
        self.term_until.setEnabled(extended)
        early = self.hearing_date is not None and (
            (postponed and (self.new_date.date_value() or date.max) < self.hearing_date)
            or (extended and (self.term_until.date_value() or date.max) < self.hearing_date)
        )
        problem = tr("The date cannot be before the hearing.") if early else None
        self.new_date.show_problem(problem if postponed else None)
        self.term_until.show_problem(problem if extended else None)
        unreadable = (postponed and bool(self.new_date.problem())) or (
            extended and bool(self.term_until.problem())
        )
        self.ok_button.setEnabled(not early and not unreadable)

    def accept(self) -> None:
        if self.ok_button.isEnabled():  # Enter in a date line must not pass a wrong date
            super().accept()

    def answer(self) -> Outcome:
        notes = self.notes.toPlainText().strip()
        code = self.choice.currentData()
        postponed = code == HearingOutcome.POSTPONED
        extended = code == HearingOutcome.DETENTION_EXTENDED
        return Outcome(
            code,
            notes or None,
            self.new_date.date_value() if postponed else None,
            self.new_date.time_value() if postponed else None,
            self.term_until.date_value() if extended else None,
        )
