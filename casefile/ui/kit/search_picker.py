"""One search picker: a search box over a list of results, for choosing one record.

The record fields' picker (editors/pickers.py) and the report's "about whom?" picker
(reports/picker.py) are this dialog with their own search and texts. Each search runs on the
task runner a moment after the last keystroke; a result that arrives after newer typing, or
after the dialog is gone, is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casefile.ui.kit.alive import errors_while_alive, while_alive
from casefile.ui.kit.tasks import TaskRunner

_SEARCH_DELAY_MS = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("SearchPicker", text)


class SearchPicker[T](QDialog):
    """A search box over a list; `chosen` is the picked value once accepted (else None).

    ``search(text)`` runs on a worker thread and returns (value, shown text) pairs, best first;
    it is called with "" at once, so the list is full before anything is typed.
    """

    def __init__(
        self,
        runner: TaskRunner,
        search: Callable[[str], Sequence[tuple[T, str]]],
        *,
        title: str,
        placeholder: str,
        choose_text: str,
        name: str,
        initial_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(480, 420)
        self._runner = runner
        self._search = search
        self._sequence = 0
        self.chosen: T | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName(f"{name}Search")
        self.search.setPlaceholderText(placeholder)
        self.search.setAccessibleName(placeholder)
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName(f"{name}Results")
        self.results.setAccessibleName(title)
        self.status = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(choose_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.search.setText(initial_text)
        self.refresh()  # the first list at once

    def pick(self) -> T | None:
        """Runs the picker modally: the chosen value, or None. The dialog is deleted after."""
        try:
            return self.chosen if self.exec() == QDialog.DialogCode.Accepted else None
        finally:
            self.deleteLater()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        # Up/Down in the search box move through the results, so the mouse is never needed.
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
            self.results.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def refresh(self) -> None:
        """Searches for what is typed now."""
        self._timer.stop()
        self._sequence += 1
        sequence, text, search = self._sequence, self.search.text(), self._search
        self.status.setText(tr("Searching…"))
        self._runner.run(
            lambda: search(text),
            while_alive(self, lambda rows: self._on_rows(sequence, rows)),
            errors_while_alive(self, self._runner, self._on_search_failed),
        )

    def _on_rows(self, sequence: int, rows: Sequence[tuple[T, str]]) -> None:
        if sequence != self._sequence:
            return  # the user typed on since this search started
        self.results.clear()
        for value, text in rows:
            item = QListWidgetItem(text, self.results)
            item.setData(Qt.ItemDataRole.UserRole, value)
        if rows:
            self.results.setCurrentRow(0)
        self.status.setText("" if rows else tr("Nothing found."))

    def _on_search_failed(self, error: BaseException) -> None:
        self.status.setText(tr("The search failed."))
        self._runner.report_error(error)

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self._timer.start()

    @Slot(QListWidgetItem)
    def _on_results_item_activated(self, item: QListWidgetItem) -> None:
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._on_results_item_activated(item)
