"""The court-day list window: a day's or a week's hearings by court, previewed in memory,
saved as a PDF or printed.

The list is built off the GUI thread (services/reporting/court_day.py) and shown from memory,
like a report; only "Save PDF…" writes a file, after warning that it is not encrypted, through
services/open_formats/file_exports.py. It is an internal working list, not a document given
out about a person, so it is not written to the disclosure log. Locking closes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casefile.services.open_formats.file_exports import write_file
from casefile.services.reporting.court_day import court_day_list, court_day_pdf
from casefile.ui.editors.date_entry import DateEntry
from casefile.ui.i18n.language import current_language, fill
from casefile.ui.kit.alive import errors_while_alive, while_alive
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import show_error
from casefile.ui.kit.icons import icon
from casefile.ui.kit.pdf_preview import PdfPreview, print_document
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.reports.dialog import default_folder
from casefile.ui.reports.options import REPORT_LANGUAGES

if TYPE_CHECKING:
    from casefile.ui.kit.settings import UiSettings
    from casefile.vault.vault import Vault

_REBUILD_DELAY_MS = 300
#: The languages a list prints in (casefile/reports/i18n.py), with their own names.
LANGUAGES = REPORT_LANGUAGES


def tr(text: str) -> str:
    """This window's own words; those it shares with the report window are translated in
    that window's context ("ReportDialog"), once for both."""
    return QCoreApplication.translate("CourtDayDialog", text)


def period_of(day: date, mode: str) -> tuple[date, date]:
    """The day itself, or Monday to Sunday of its week."""
    if mode == "day":
        return day, day
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


@dataclass(frozen=True)
class CourtDayChoice:
    start: date
    end: date
    with_names: bool
    lang: str


@dataclass(frozen=True)
class _Built:
    number: int
    choice: CourtDayChoice
    pdf: bytes
    hearings: int


def _build(vault: Vault, number: int, choice: CourtDayChoice, today: date | None) -> _Built:
    data = court_day_list(
        vault,
        choice.start,
        choice.end,
        with_names=choice.with_names,
        lang=choice.lang,
        today=today,
    )
    return _Built(number, choice, court_day_pdf(data, lang=choice.lang), data.hearing_count)


class CourtDayDialog(QDialog):
    """The court-day list for a day or a week.

    Signals:
        preview_updated(): a build finished (preview or message changed).
        saved(str): the PDF was written to this path.
    """

    preview_updated = Signal()
    saved = Signal(str)

    def __init__(
        self,
        vault: Vault,
        runner: TaskRunner,
        dialogs: DialogService,
        *,
        day: date | None = None,
        mode: str = "day",
        settings: UiSettings | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Court-day list"))
        self.setObjectName("courtDayDialog")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._vault = vault
        self._runner = runner
        self._dialogs = dialogs
        self._settings = settings
        self._today = today
        self._number = 0
        self.pdf: bytes | None = None
        self.choice: CourtDayChoice | None = None

        self.day_button = QRadioButton(tr("One day"), self)
        self.day_button.setObjectName("courtDayDay")
        self.week_button = QRadioButton(tr("The week (Monday to Sunday)"), self)
        self.week_button.setObjectName("courtDayWeek")
        modes = QButtonGroup(self)
        modes.addButton(self.day_button)
        modes.addButton(self.week_button)
        (self.day_button if mode == "day" else self.week_button).setChecked(True)
        self.date_entry = DateEntry(self)
        self.date_entry.setObjectName("courtDayDate")
        self.date_entry.set_value(day or today or date.today())
        self.names = QCheckBox(tr("Names of defendants, lawyers and judges"), self)
        self.names.setObjectName("courtDayNames")
        self.names.setToolTip(tr("Without names the list shows case numbers, courts and times."))
        self.names.setChecked(True)
        self.language = QComboBox(self)
        self.language.setObjectName("courtDayLanguage")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        # Lists exist in every interface language: they start in the interface's.
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.setAccessibleName(tr("Language of the list"))

        form = QFormLayout()
        day_label = QLabel(tr("&Day:"), self)
        day_label.setBuddy(self.date_entry.line)
        form.addRow(day_label, self.date_entry)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.day_button)
        mode_row.addWidget(self.week_button)
        mode_row.addStretch(1)
        form.addRow(tr("Period:"), mode_row)
        form.addRow("", self.names)
        language_label = QLabel(tr("&Language:"), self)
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)

        self.preview = PdfPreview(self)
        self.status = QLabel(self)
        self.status.setObjectName("courtDayStatus")
        self.save_button = QPushButton(
            icon("save"), QCoreApplication.translate("ReportDialog", "Save PDF…"), self
        )
        self.save_button.setObjectName("courtDaySave")
        self.print_button = QPushButton(
            icon("print"), QCoreApplication.translate("ReportDialog", "Print…"), self
        )
        self.print_button.setObjectName("courtDayPrint")
        self.close_button = QPushButton(QCoreApplication.translate("ReportDialog", "Close"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.resize(900, 780)
        if settings is not None and (geometry := settings.geometry("court_day")) is not None:
            self.restoreGeometry(geometry)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_REBUILD_DELAY_MS)
        self._timer.timeout.connect(self.rebuild)
        for button in (self.day_button, self.week_button, self.names):
            button.toggled.connect(self._on_choice_changed)
        self.language.currentIndexChanged.connect(self._on_choice_changed)
        self.date_entry.value_changed.connect(self._on_choice_changed)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_pdf)
        self.close_button.clicked.connect(self.reject)
        self._set_ready(False)
        self.preview.show_message(
            QCoreApplication.translate("ReportDialog", "Building the preview…")
        )
        self.rebuild()

    # -- choosing and building ------------------------------------------------------------

    def current_choice(self) -> CourtDayChoice | None:
        """What the form says; None while the date does not read as a day."""
        day = self.date_entry.date_value()
        if day is None:
            return None
        start, end = period_of(day, "day" if self.day_button.isChecked() else "week")
        return CourtDayChoice(start, end, self.names.isChecked(), str(self.language.currentData()))

    def _set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    @Slot()
    def _on_choice_changed(self) -> None:
        # What is shown no longer matches the form: nothing may leave until it is rebuilt.
        self._set_ready(False)
        self._number += 1
        self.status.setText(QCoreApplication.translate("ReportDialog", "Updating the preview…"))
        self._timer.start()

    @Slot()
    def rebuild(self) -> None:
        """Builds the list for the form's choices off the GUI thread (the newest build wins)."""
        self._timer.stop()
        choice = self.current_choice()
        self._number += 1
        if choice is None:
            self.pdf = None
            self.status.setText("")
            self.preview.show_message(tr("Type the day, for example 21.12.2026."))
            self.preview_updated.emit()
            return
        vault, number, today = self._vault, self._number, self._today
        self._runner.run(
            lambda: _build(vault, number, choice, today),
            while_alive(self, self._on_built),
            errors_while_alive(self, self._runner, self._on_build_failed),
        )

    def _on_built(self, built: object) -> None:
        assert isinstance(built, _Built)
        if built.number != self._number:
            return  # the form changed meanwhile; a newer build follows
        self.pdf, self.choice = built.pdf, built.choice
        self.preview.show_pdf(built.pdf)
        self.status.setText(
            QCoreApplication.translate(
                "CourtDayDialog", "%n hearing(s), in memory only", "", built.hearings
            )
        )
        self._set_ready(True)
        self.preview_updated.emit()

    def _on_build_failed(self, error: BaseException) -> None:
        self.pdf = None
        self._set_ready(False)
        self.status.setText("")
        self.preview.show_message(
            QCoreApplication.translate("ReportDialog", "No preview could be made.")
        )
        self.preview_updated.emit()
        show_error(self._dialogs, self, error)

    # -- leaving the app ------------------------------------------------------------------

    def _suggested_name(self) -> Path:
        choice = self.choice
        start = choice.start if choice is not None else date.today()
        kind = "day" if choice is None or choice.start == choice.end else "week"
        # No names in a file name: only the kind of list and its first day.
        return default_folder() / f"court-{kind}-{start.isoformat()}.pdf"

    @Slot()
    def save_pdf(self) -> None:
        """Warns that the file is not encrypted, asks where, and writes it atomically."""
        pdf = self.pdf
        if pdf is None or not self.save_button.isEnabled():
            return
        warning = tr(
            "The saved PDF is NOT encrypted: anyone who can open the file can read it. Keep "
            "it only as long as it is needed."
        )
        if self.choice is not None and self.choice.with_names:
            warning += "\n\n" + tr("It names defendants, lawyers and judges.")
        if not self._dialogs.confirm(
            self,
            QCoreApplication.translate("ReportDialog", "Save an unencrypted copy"),
            warning + "\n\n" + tr("Continue?"),
        ):
            return
        path = self._dialogs.save_pdf_path(self, self._suggested_name())
        if path is None:
            return

        def save() -> Path:
            write_file(path, pdf)
            return path

        self.status.setText(QCoreApplication.translate("ReportDialog", "Saving…"))
        self._runner.run(
            save,
            while_alive(self, self._on_saved),
            errors_while_alive(self, self._runner, self._on_save_failed),
        )

    def _on_saved(self, path: object) -> None:
        self.status.setText(tr("Saved."))
        self.saved.emit(str(path))
        self._dialogs.info(
            self,
            QCoreApplication.translate("ReportDialog", "Saved"),
            fill(tr("The list was saved to %1. It is not encrypted: delete it when done."), path),
        )

    def _on_save_failed(self, error: BaseException) -> None:
        self.status.setText("")
        show_error(self._dialogs, self, error)

    @Slot()
    def print_pdf(self) -> None:
        """The print dialog, then each page painted on the printer."""
        if self.pdf is None or not self.print_button.isEnabled():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(tr("Hearings"))  # print queues show this name: no case, no person
        if not self._dialogs.choose_printer(self, printer):
            return
        if not print_document(self.preview.document, printer):
            self._dialogs.error(
                self,
                QCoreApplication.translate("ReportDialog", "Not printed"),
                QCoreApplication.translate("ReportDialog", "The printer could not be started."),
            )
            return
        self.status.setText(tr("Sent to the printer."))

    def done(self, result: int) -> None:
        if self._settings is not None:
            self._settings.set_geometry("court_day", self.saveGeometry())
        self.preview.show_message("")  # drop the PDF from memory now
        self.pdf = None
        super().done(result)
