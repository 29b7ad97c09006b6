"""The Reports menu: a report for the current person or case, embassy briefs for everyone
detained, the court-day list, the disclosure log, and the submitter details printed on UN
submissions.

The main window creates one ReportActions; pages that want a report emit
report_requested(table, id), which the window connects to open_report.

The report, batch and court-day windows are imported when first opened: with ReportLab, pypdf
and QtPdf they are 27 MiB that a session printing nothing never needs (bench/README.md).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from casefile.services.records.drafts import load_record
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import show_error
from casefile.ui.kit.icons import icon
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.reports.picker import pick_record
from casefile.ui.reports.submitter_dialog import SubmitterDialog

if TYPE_CHECKING:
    from casefile.ui.kit.settings import UiSettings
    from casefile.vault.vault import Vault

#: Which template a report starts with, by the kind of record it is about.
_FIRST_TEMPLATE = {"persons": "embassy", "cases": "embassy"}


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportActions", text)


def current_record(window: QMainWindow) -> tuple[str, str] | None:
    """(table, id) of the person or case the window shows or has selected, if any."""
    page: Any = getattr(window, "stack", None)
    page = page.currentWidget() if page is not None else None
    table = getattr(page, "table", "")
    record_id = getattr(page, "record_id", "")
    if table in _FIRST_TEMPLATE and isinstance(record_id, str) and record_id:
        return table, record_id
    selected = getattr(page, "selected_rows", None)
    if table in _FIRST_TEMPLATE and callable(selected):
        rows = selected()
        if rows:
            return table, str(rows[0].id)
    return None


class ReportActions(QObject):
    """Owns the Reports menu's actions and the windows they open.

    Signals:
        record_requested(str, str): open this record (from the disclosure log).
    """

    record_requested = Signal(str, str)

    def __init__(
        self,
        window: QMainWindow,
        menu: QMenu,
        runner: TaskRunner,
        dialogs: DialogService,
        vault: Callable[[], Vault | None],
        settings: UiSettings | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._dialogs = dialogs
        self._vault = vault
        self._settings = settings
        self.windows: list[QDialog] = []  # open report windows (closed when the vault locks)

        self.report_action = QAction(icon("report"), tr("Report for this person or case…"), self)
        self.report_action.setObjectName("reportAction")
        self.report_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.report_action.triggered.connect(self._on_report_action_triggered)
        self.batch_action = QAction(
            icon("reports"), tr("Embassy briefs for everyone detained…"), self
        )
        self.batch_action.setObjectName("batchAction")
        self.batch_action.triggered.connect(self.open_batch)
        self.court_day_action = QAction(icon("agenda"), tr("Court-day list…"), self)
        self.court_day_action.setObjectName("courtDayAction")
        self.court_day_action.triggered.connect(self._on_court_day_action_triggered)
        self.log_action = QAction(icon("log"), tr("Disclosure log"), self)
        self.log_action.setObjectName("disclosureLogAction")
        self.log_action.triggered.connect(self.open_log)
        self.submitter_action = QAction(icon("id_card"), tr("Submitter details…"), self)
        self.submitter_action.setObjectName("submitterAction")
        self.submitter_action.triggered.connect(self.open_submitter)
        menu.addAction(self.report_action)
        menu.addAction(self.batch_action)
        menu.addAction(self.court_day_action)
        menu.addSeparator()
        menu.addAction(self.log_action)
        menu.addAction(self.submitter_action)

    def _open_vault(self) -> Vault | None:
        vault = self._vault()
        if vault is None:
            self._dialogs.info(self._window, tr("Reports"), tr("Unlock a vault first."))
        return vault

    def _show(self, window: QDialog) -> None:
        self.windows.append(window)
        window.finished.connect(lambda _result, shown=window: self._on_window_finished(shown))
        window.show()
        window.raise_()

    def _on_window_finished(self, window: QDialog) -> None:
        # Forgotten first, so no closed (and soon deleted) window is ever touched again.
        if window in self.windows:
            self.windows.remove(window)
        window.deleteLater()

    def close_all(self) -> None:
        """Closes every report window (the vault is locking: no record may stay on screen)."""
        for window in list(self.windows):
            window.close()
        self.windows = []

    # -- actions ------------------------------------------------------------------------------

    @Slot()
    def _on_report_action_triggered(self) -> None:
        found = current_record(self._window)
        if found is not None:
            self.open_report(*found)
            return
        self.pick_and_report()

    def pick_and_report(self) -> None:
        """Asks for a person or a case, then opens the report window for it."""
        vault = self._open_vault()
        if vault is None:
            return
        chosen = pick_record(self._runner, vault, self._window)
        if chosen is not None:
            self.open_report(*chosen)

    @Slot(str, str)
    def open_report(self, table: str, record_id: str) -> None:
        """The report window for a person ("persons") or a case ("cases")."""
        vault = self._open_vault()
        if vault is None or table not in _FIRST_TEMPLATE:
            return
        self._runner.run(
            lambda: _subject(vault, table, record_id),
            lambda subject: self._open_report_window(vault, table, record_id, str(subject)),
            lambda error: show_error(self._dialogs, self._window, error),
        )

    def _open_report_window(self, vault: Vault, table: str, record_id: str, subject: str) -> None:
        from casefile.ui.reports.dialog import ReportDialog

        if self._vault() is not vault:  # locked meanwhile
            return
        dialog = ReportDialog(
            vault,
            self._runner,
            self._dialogs,
            record_id,
            subject,
            template=_FIRST_TEMPLATE[table],
            settings=self._settings,
            parent=self._window,
        )
        self._show(dialog)

    @Slot()
    def open_batch(self) -> None:
        vault = self._open_vault()
        if vault is None:
            return
        from casefile.ui.reports.batch import BatchReportsDialog

        self._show(BatchReportsDialog(vault, self._runner, self._dialogs, parent=self._window))

    @Slot()
    def _on_court_day_action_triggered(self) -> None:
        self.open_court_day(date.today(), "day")

    def open_court_day(self, day: date, mode: str) -> QDialog | None:
        """The court-day list of ``day`` ("day") or of its week ("week")."""
        vault = self._open_vault()
        if vault is None:
            return None
        from casefile.ui.reports.court_day import CourtDayDialog

        dialog = CourtDayDialog(
            vault,
            self._runner,
            self._dialogs,
            day=day,
            mode=mode,
            settings=self._settings,
            parent=self._window,
        )
        self._show(dialog)
        return dialog

    @Slot()
    def open_log(self) -> None:
        vault = self._open_vault()
        if vault is None:
            return
        from casefile.ui.pages.disclosure_log_view import DisclosureLogDialog

        dialog = DisclosureLogDialog(vault, self._runner, self._dialogs, self._window)
        dialog.person_activated.connect(self.record_requested)
        self._show(dialog)

    @Slot()
    def open_submitter(self) -> None:
        vault = self._open_vault()
        if vault is None:
            return
        self._show(SubmitterDialog(vault, self._runner, self._dialogs, self._window))


def _subject(vault: Vault, table: str, record_id: str) -> str:
    """What the report window says it is about: the person's name or the case's title.
    RecordNotFoundError if it is gone or in the trash."""
    draft = load_record(vault, table, record_id)
    if table == "persons":
        return str(draft.get("full_name") or "")
    numbers = ", ".join(draft.get("case_numbers") or ())
    title = str(draft.get("title") or "")
    return f"{title} ({numbers})" if numbers else title
