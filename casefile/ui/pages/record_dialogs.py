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
        name_form_rows(form)

    def answer(self) -> Outcome:
        notes = self.notes.toPlainText().strip()
        return Outcome(self.choice.currentData(), notes or None)
