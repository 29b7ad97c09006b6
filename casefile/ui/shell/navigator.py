"""Opening records on their pages, and Back (Alt+Left) to where the user was.

`open_record(table, id)` shows a person on the dossier page and a case on the case page; a
hearing opens its case page with the hearing selected, and other records (ill-treatment
reports, interventions, charges, detention events) open the page they belong to, looked up
off the GUI thread. Every change of page or record is remembered, so Back walks the way back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QListWidget, QStackedWidget, QWidget

from casefile.errors import RecordNotFoundError
from casefile.services.records.navigation import record_target
from casefile.ui.kit.icons import icon
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.pages.record_page import RecordPage

if TYPE_CHECKING:
    from casefile.vault.vault import Vault

#: How many steps Back remembers.
HISTORY_LIMIT = 50


@dataclass(frozen=True)
class Location:
    page_id: str
    record_id: str = ""
    focus_id: str = ""


class NavigationList(QListWidget):
    """The list of pages. Tabbing into it while a page outside it shows (a dossier, search
    results) leaves that page shown: Qt's item views make their first row current when they
    take the focus without one, which here would switch to the dashboard."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.currentRow() >= 0:
            super().focusInEvent(event)
            return
        QAbstractScrollArea.focusInEvent(self, event)  # the item view's step skipped
        self.viewport().update()


class Navigator(QObject):
    """Keeps the way back through pages and records.

    Signals:
        record_missing(): a record to open was gone (deleted or in the trash).
    """

    record_missing = Signal()

    def __init__(
        self,
        stack: QStackedWidget,
        pages: dict[str, Any],
        show_page: Callable[[str], None],
        runner: TaskRunner,
        vault: Callable[[], Vault | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._stack = stack
        self._pages = pages
        self._show_page = show_page
        self._runner = runner
        self._vault = vault
        self._history: list[Location] = []
        self._current = self.location()
        self._going_back = False
        self._serial = 0
        self.back_action = QAction(icon("back"), self.tr("Back"), parent)
        self.back_action.setObjectName("backAction")
        # Alt+Left everywhere (QKeySequence.Back is Alt+Left on Windows and Linux too).
        self.back_action.setShortcut(QKeySequence("Alt+Left"))
        self.back_action.setToolTip(self.tr("Back to where you were (Alt+Left)"))
        self.back_action.triggered.connect(self.go_back)
        self.back_action.setEnabled(False)
        stack.currentChanged.connect(self._on_stack_current_changed)

    # -- where we are -----------------------------------------------------------------------------

    def location(self) -> Location:
        widget = self._stack.currentWidget()
        page_id = str(getattr(widget, "page_id", ""))
        if isinstance(widget, RecordPage):
            return Location(page_id, widget.record_id, widget.focus_id)
        return Location(page_id)

    def history(self) -> list[Location]:
        return list(self._history)

    def clear(self) -> None:
        """Forgets the way back (the vault locked or changed)."""
        self._serial += 1
        self._history.clear()
        self._current = self.location()
        self.back_action.setEnabled(False)

    def _note(self) -> None:
        """Remembers where the user was when the page or record changes."""
        now = self.location()
        if now == self._current or (now.page_id == self._current.page_id and not now.record_id):
            self._current = now
            return
        if not self._going_back and self._current.page_id:
            self._history.append(self._current)
            del self._history[:-HISTORY_LIMIT]
        self._current = now
        self.back_action.setEnabled(bool(self._history))

    # -- opening ----------------------------------------------------------------------------------

    @Slot(str, str)
    def open_record(self, table: str, record_id: str) -> None:
        if table == "persons":
            self._open("dossier", record_id)
        elif table == "cases":
            self._open("case", record_id)
        else:
            self._resolve(table, record_id)

    def _open(self, page_id: str, record_id: str, focus_id: str = "") -> None:
        page = self._pages.get(page_id)
        if not isinstance(page, RecordPage):
            return
        page.show_record(record_id, focus_id)
        self._show_page(page_id)
        self._note()

    def _resolve(self, table: str, record_id: str) -> None:
        vault = self._vault()
        if vault is None:
            return
        self._serial += 1
        serial = self._serial

        def work() -> Any:
            return record_target(vault, table, record_id)

        def done(target: Any) -> None:
            if serial != self._serial:
                return
            page_id = "dossier" if target.table == "persons" else "case"
            self._open(page_id, target.record_id, target.focus_id)

        def failed(error: BaseException) -> None:
            if isinstance(error, RecordNotFoundError):
                self.record_missing.emit()
            else:
                self._runner.report_error(error)

        self._runner.run(work, done, failed)

    # -- back -------------------------------------------------------------------------------------

    @Slot()
    def go_back(self) -> None:
        while self._history:
            target = self._history.pop()
            page = self._pages.get(target.page_id)
            if page is None:
                continue
            self._going_back = True
            try:
                if (
                    isinstance(page, RecordPage)
                    and target.record_id
                    and page.record_id != target.record_id
                ):
                    page.show_record(target.record_id, target.focus_id)
                self._show_page(target.page_id)
            finally:
                self._going_back = False
            self._current = self.location()
            break
        self.back_action.setEnabled(bool(self._history))

    @Slot(int)
    def _on_stack_current_changed(self, _index: int) -> None:
        self._note()
