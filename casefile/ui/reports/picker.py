"""Choosing whom a report is about when no person or case is open: one search over both.

Searches use the full-text index (services/search/search.py pick_people / pick_cases) through
the search picker (casefile/ui/kit/search_picker.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from casefile.services.search.search import pick_cases, pick_people
from casefile.ui.kit.search_picker import SearchPicker
from casefile.ui.kit.tasks import TaskRunner

if TYPE_CHECKING:
    from casefile.vault.vault import Vault

_LIMIT = 30


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportPicker", text)


def find_records(vault: Vault, text: str) -> list[tuple[tuple[str, str], str]]:
    """((table, id), shown text) of people, then cases, matching what was typed."""
    found = []
    for row in pick_people(vault, text, _LIMIT):
        detail = f"  —  {row.detail}" if row.detail else ""
        shown = tr("Person: {name}").format(name=row.label) + detail
        found.append((("persons", row.id), shown))
    for row in pick_cases(vault, text, _LIMIT):
        detail = f"  —  {row.detail}" if row.detail else ""
        found.append((("cases", row.id), tr("Case: {title}").format(title=row.label) + detail))
    return found


class ReportPickerDialog(SearchPicker[tuple[str, str]]):
    """The search picker over people and cases; `chosen` is (table, id) once accepted."""

    def __init__(self, runner: TaskRunner, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(
            runner,
            lambda text: find_records(vault, text),
            title=tr("Report about whom?"),
            placeholder=tr("Type part of a name, a case title or number"),
            choose_text=tr("Make a report"),
            name="reportPicker",
            parent=parent,
        )
        self.setMinimumSize(520, 440)


def pick_record(runner: TaskRunner, vault: Vault, parent: QWidget | None) -> tuple[str, str] | None:
    """Asks for a person or a case (modal); (table, id) or None."""
    return ReportPickerDialog(runner, vault, parent).pick()
