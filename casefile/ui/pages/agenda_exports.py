"""Every future hearing to a calendar file, with or without names, with an optional reminder.

The agenda's "Export agenda (.ics)…" menu writes the period shown; "All future hearings…" asks
here whether names go in and when the calendar should ring (VALARM), warns that the file is
not encrypted, and writes it through services/open_formats/file_exports.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casefile.services.open_formats.file_exports import export_future_hearings
from casefile.ui.i18n.labels import QT_TRANSLATE_NOOP
from casefile.ui.i18n.language import fill
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import show_error
from casefile.ui.kit.tasks import TaskRunner

if TYPE_CHECKING:
    from casefile.vault.vault import Vault


def tr(text: str) -> str:
    return QCoreApplication.translate("AgendaExports", text)


#: The reminders offered, the default (a day before) first after "none".
REMINDERS: tuple[tuple[str, timedelta | None], ...] = (
    (QT_TRANSLATE_NOOP("AgendaExports", "No reminder"), None),
    (QT_TRANSLATE_NOOP("AgendaExports", "1 hour before"), timedelta(hours=1)),
    (QT_TRANSLATE_NOOP("AgendaExports", "1 day before"), timedelta(days=1)),
    (QT_TRANSLATE_NOOP("AgendaExports", "2 days before"), timedelta(days=2)),
)
DEFAULT_REMINDER = 2


@dataclass(frozen=True)
class CalendarChoice:
    with_names: bool
    reminder: timedelta | None


class CalendarExportDialog(QDialog):
    """Names or case references only, and the reminder; answer() gives the choice."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("All future hearings"))
        self.setMinimumWidth(440)
        intro = QLabel(
            tr("Every hearing from today on goes into one calendar file, whatever week is shown."),
            self,
        )
        intro.setWordWrap(True)
        # Without names first and by default: the file usually ends up on a phone.
        self.plain = QRadioButton(tr("Without names (case references only)"), self)
        self.plain.setObjectName("calendarWithoutNames")
        self.named = QRadioButton(tr("With case titles and names"), self)
        self.named.setObjectName("calendarWithNames")
        group = QButtonGroup(self)
        group.addButton(self.plain)
        group.addButton(self.named)
        self.plain.setChecked(True)
        self.reminder = QComboBox(self)
        self.reminder.setObjectName("calendarReminder")
        for text, before in REMINDERS:
            self.reminder.addItem(tr(text), before)
        self.reminder.setCurrentIndex(DEFAULT_REMINDER)
        note = QLabel(tr("A hearing with no time set reminds at 9:00."), self)
        note.setWordWrap(True)
        note.setEnabled(False)
        reminder_label = QLabel(tr("&Reminder:"), self)
        reminder_label.setBuddy(self.reminder)
        form = QFormLayout()
        form.addRow(reminder_label, self.reminder)
        form.addRow("", note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.plain)
        layout.addWidget(self.named)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def answer(self) -> CalendarChoice:
        before = self.reminder.currentData()
        return CalendarChoice(
            self.named.isChecked(), before if isinstance(before, timedelta) else None
        )


def export_future(
    parent: QWidget, runner: TaskRunner, dialogs: DialogService, vault: Vault
) -> None:
    """Asks, warns, asks where, then writes every future hearing to an .ics file."""
    choice = dialogs.ask(CalendarExportDialog(parent))
    if choice is None:
        return
    # The agenda page's own sentences, in its context: translated once for both exports.
    warning = QCoreApplication.translate(
        "AgendaPage",
        "The calendar file is NOT encrypted: anyone who gets it (or the phone or computer "
        "it is synced to) can read it.",
    )
    if choice.with_names:
        warning += "\n\n" + QCoreApplication.translate(
            "AgendaPage",
            "It will contain case titles, defendants' and judges' names. Choose the variant "
            "without names if the file may leave this computer.",
        )
    else:
        warning += "\n\n" + QCoreApplication.translate(
            "AgendaPage", "It will contain case references, courts and dates only."
        )
    warning += "\n\n" + tr("Export every hearing from today on?")
    if not dialogs.confirm(parent, tr("Export all future hearings"), warning, danger=True):
        return
    path = dialogs.save_file(
        parent,
        tr("Save the hearings as"),
        f"hearings-from-{date.today():%Y%m%d}.ics",
        QCoreApplication.translate("AgendaPage", "iCalendar files (*.ics)"),
        suffix=".ics",
    )
    if path is None:
        return
    word = QCoreApplication.translate("AgendaPage", "Hearing")

    def work() -> int:
        return export_future_hearings(
            vault, path, with_names=choice.with_names, label=word, reminder=choice.reminder
        )

    def done(count: object) -> None:
        dialogs.info(
            parent,
            tr("Export all future hearings"),
            fill(
                QCoreApplication.translate(
                    "AgendaPage", "Hearings exported: %1. Saved (not encrypted): %2"
                ),
                str(count),
                str(path),
            ),
        )

    runner.run(work, done, lambda error: show_error(dialogs, parent, error))
