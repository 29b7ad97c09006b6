"""Choosing whom a report is about when no person or case is open: one search over both.

Searches use the full-text index (services/search/search.py pick_people / pick_cases) on the task
runner; a result that arrives after newer typing is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
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

if TYPE_CHECKING:
    from casefile.vault.vault import Vault

_DELAY_MS = 200
_LIMIT = 30


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportPicker", text)


def find_records(vault: Vault, text: str) -> list[tuple[str, str, str]]:
    """(table, id, shown text) of people, then cases, matching what was typed."""
    from casefile.services.search.search import pick_cases, pick_people

    found = []
    for row in pick_people(vault, text, _LIMIT):
        detail = f"  —  {row.detail}" if row.detail else ""
        found.append(("persons", row.id, tr("Person: {name}").format(name=row.label) + detail))
    for row in pick_cases(vault, text, _LIMIT):
        detail = f"  —  {row.detail}" if row.detail else ""
        found.append(("cases", row.id, tr("Case: {title}").format(title=row.label) + detail))
    return found


class ReportPickerDialog(QDialog):
    """A search box over people and cases; `chosen` is (table, id) once accepted."""

    def __init__(self, runner: TaskRunner, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Report about whom?"))
        self.setMinimumSize(520, 440)
        self._runner = runner
        self._vault = vault
        self._sequence = 0
        self.chosen: tuple[str, str] | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("reportPickerSearch")
        self.search.setPlaceholderText(tr("Type part of a name, a case title or number"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("reportPickerResults")
        self.status = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Make a report"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self._timer.stop()
        self._sequence += 1
        sequence, text, vault = self._sequence, self.search.text(), self._vault
        self.status.setText(tr("Searching…"))
        self._runner.run(
            lambda: find_records(vault, text),
            while_alive(self, lambda rows: self._on_rows(sequence, rows)),
            errors_while_alive(self, self._runner, self._on_failed),
        )

    def _on_rows(self, sequence: int, rows: list[tuple[str, str, str]]) -> None:
        if sequence != self._sequence:
            return
        self.results.clear()
        for table, record_id, text in rows:
            item = QListWidgetItem(text, self.results)
            item.setData(Qt.ItemDataRole.UserRole, (table, record_id))
        if rows:
            self.results.setCurrentRow(0)
        self.status.setText("" if rows else tr("Nothing found."))

    def _on_failed(self, error: BaseException) -> None:
        self.status.setText(tr("The search failed."))
        self._runner.report_error(error)

    @Slot(QListWidgetItem)
    def _on_results_item_activated(self, item: QListWidgetItem) -> None:
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._on_results_item_activated(item)


def pick_record(runner: TaskRunner, vault: Vault, parent: QWidget | None) -> tuple[str, str] | None:
    """Asks for a person or a case (modal); (table, id) or None."""
    dialog = ReportPickerDialog(runner, vault, parent)
    try:
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
