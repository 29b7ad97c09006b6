"""The small forms the record pages ask: a new hearing date, an outcome.

Each is a QDialog with answer(); it is asked through the dialog service
(casefile.ui.kit.dialogs.DialogService.ask), where tests answer it without a modal dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from casefile.domain.enums import HearingOutcome
from casefile.ui.i18n.labels import label
from casefile.ui.kit.dialogs import DialogService

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


class PostponeDialog(QDialog):
    """New date (and time) and the reason; the date starts a week after the old hearing."""

    def __init__(
        self, parent: QWidget | None, summary: str, old_date: date, old_time: time | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Postponed to…"))
        self.setMinimumWidth(460)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setMinimumDate(QDate(old_date.year, old_date.month, old_date.day))
        later = QDate(old_date.year, old_date.month, old_date.day).addDays(7)
        self.date_edit.setDate(later)
        self.has_time = QCheckBox(tr("Time"), self)
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm")
        start = old_time or time(10, 0)
        self.time_edit.setTime(QTime(start.hour, start.minute))
        self.has_time.setChecked(old_time is not None)
        self.time_edit.setEnabled(old_time is not None)
        self.has_time.toggled.connect(self.time_edit.setEnabled)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(tr("e.g. the judge is ill; the prosecutor did not appear"))
        heading = QLabel(summary, self)
        heading.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("New date"), self.date_edit)
        form.addRow(self.has_time, self.time_edit)
        form.addRow(tr("Reason"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.date_edit.setFocus()

    def answer(self) -> Postponement:
        chosen = self.date_edit.date()
        new_time = None
        if self.has_time.isChecked():
            value = self.time_edit.time()
            new_time = time(value.hour(), value.minute())
        return Postponement(
            date(chosen.year(), chosen.month(), chosen.day()), new_time, self.reason.text().strip()
        )


class OutcomeDialog(QDialog):
    """What happened at a hearing, and a note."""

    def __init__(self, parent: QWidget | None, summary: str, current: str | None) -> None:
        super().__init__(parent)
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
        form = QFormLayout()
        form.addRow(tr("Outcome"), self.choice)
        form.addRow(tr("Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def answer(self) -> Outcome:
        notes = self.notes.toPlainText().strip()
        return Outcome(self.choice.currentData(), notes or None)


class RecordDialogs:
    """The hearing questions hearing_actions asks, put through the dialog service's ask()."""

    def __init__(self, dialogs: DialogService) -> None:
        self._dialogs = dialogs

    def ask_postponement(
        self, parent: QWidget | None, summary: str, old_date: date, old_time: time | None
    ) -> Postponement | None:
        return self._dialogs.ask(PostponeDialog(parent, summary, old_date, old_time))

    def ask_outcome(
        self, parent: QWidget | None, summary: str, current: str | None
    ) -> Outcome | None:
        return self._dialogs.ask(OutcomeDialog(parent, summary, current))
