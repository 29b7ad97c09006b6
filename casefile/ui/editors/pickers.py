"""Choosing a person, case, organisation or source: a field that shows the choice, and the
search picker behind it (typing Cyrillic or Latin finds through the full-text index).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

from casefile.errors import RecordNotFoundError
from casefile.services.records.drafts import load_record
from casefile.services.records.picking import pick_named
from casefile.services.search.search import pick_cases, pick_people
from casefile.ui.editors.field_widgets import FieldEditor
from casefile.ui.kit.search_picker import SearchPicker
from casefile.ui.kit.tasks import TaskRunner

if TYPE_CHECKING:
    from casefile.services.records.drafts import FieldInfo
    from casefile.services.search.search import PickRow
    from casefile.vault.vault import Vault

#: Opens a picker for a table; returns (id, label) or None. Injected so tests need no modal.
Chooser = Callable[[QWidget, str, str], "tuple[str, str] | None"]

_LIMIT = 50
# The field of each referable table that names a record in a picker.
_NAME_FIELD = {"persons": "full_name", "cases": "title", "organisations": "name", "sources": "name"}


def tr(text: str) -> str:
    return QCoreApplication.translate("pickers", text)


# -- loading (worker thread) ------------------------------------------------------------------


def pick_rows(vault: Vault, table: str, text: str) -> list[PickRow]:
    """Records of a table matching the typed text, best first (all, by name, if none typed)."""
    if table == "persons":
        return pick_people(vault, text, _LIMIT)
    if table == "cases":
        return pick_cases(vault, text, _LIMIT)
    return pick_named(vault, table, text, _LIMIT)


def reference_label(vault: Vault, table: str, record_id: str) -> str | None:
    """The name of a referred record; None if it is gone or in the trash."""
    try:
        draft = load_record(vault, table, record_id)
    except RecordNotFoundError:
        return None
    return str(draft.get(_NAME_FIELD.get(table, ""), "") or "")


# -- the dialog -------------------------------------------------------------------------------

_TITLES = {
    "persons": "Choose a person",
    "cases": "Choose a case",
    "organisations": "Choose an organisation",
    "sources": "Choose a source",
}


class PickerDialog(SearchPicker["PickRow"]):
    """The search picker over one table; `chosen` is the picked PickRow (or None)."""

    def __init__(
        self,
        runner: TaskRunner,
        vault: Vault,
        table: str,
        initial_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        def search(text: str) -> list[tuple[PickRow, str]]:
            rows = pick_rows(vault, table, text)
            return [
                (row, f"{row.label}  —  {row.detail}" if row.detail else row.label) for row in rows
            ]

        super().__init__(
            runner,
            search,
            title=tr(_TITLES.get(table, "Choose a record")),
            placeholder=tr("Type part of a name, in Cyrillic or Latin letters"),
            choose_text=tr("Choose"),
            name="picker",
            initial_text=initial_text,
            parent=parent,
        )


def dialog_chooser(runner: TaskRunner, vault: Vault) -> Chooser:
    """The real chooser: a modal PickerDialog."""

    def choose(parent: QWidget, table: str, initial_text: str) -> tuple[str, str] | None:
        picked = PickerDialog(runner, vault, table, initial_text, parent).pick()
        return None if picked is None else (picked.id, picked.label)

    return choose


# -- the field --------------------------------------------------------------------------------


class ReferenceField(FieldEditor):
    """Shows the chosen record's name; "Choose…" (or typing a letter) opens the picker."""

    def __init__(self, info: FieldInfo, chooser: Chooser, parent: QWidget | None = None) -> None:
        super().__init__(info, parent)
        self._chooser = chooser
        self._id: str | None = None
        self.display = QLineEdit(self)
        self.display.setReadOnly(True)
        self.display.setPlaceholderText(
            tr("Not chosen: type a name or press “Choose…”")
            if info.references in ("persons", "cases")
            else tr("Not chosen")
        )
        self.display.installEventFilter(self)
        self.choose_button = QToolButton(self)
        self.choose_button.setText(tr("Choose…"))
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(tr("Clear"))
        self.clear_button.setAccessibleName(tr("Clear"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.clear_button.setVisible(False)
        self._set_inner(self.display)
        self._layout.addWidget(self.choose_button)
        self._layout.addWidget(self.clear_button)

    def value(self) -> str | None:
        return self._id

    def set_value(self, value: Any, label: str | None = None) -> None:
        self._id = None if value is None else str(value)
        if value is None:
            self.display.setText("")
        elif label is None:
            self.display.setText(tr("(in the trash or deleted)"))
        else:
            self.display.setText(label)
        self.display.setCursorPosition(0)  # a long name shows its beginning
        self.clear_button.setVisible(value is not None and not self.info.required)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.display and isinstance(event, QKeyEvent):
            text = event.text()
            if event.type() == event.Type.KeyPress and text.isprintable() and text.strip():
                self.choose(text)
                return True
            if event.type() == event.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
                Qt.Key.Key_Space,
            ):
                self.choose("")
                return True
        return super().eventFilter(watched, event)

    def choose(self, initial_text: str = "") -> None:
        table = self.info.references or ""
        picked = self._chooser(self, table, initial_text)
        if picked is not None:
            self.set_value(picked[0], picked[1])
            self.edited.emit()

    @Slot()
    def _on_choose_button_clicked(self) -> None:
        self.choose("")

    @Slot()
    def _on_clear_button_clicked(self) -> None:
        self.set_value(None)
        self.edited.emit()
