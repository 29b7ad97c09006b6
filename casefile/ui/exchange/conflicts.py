"""Exchange conflicts side by side: keep this vault's value, the other device's, or an edit.

Signals:
    ConflictsDialog.conflicts_resolved(): a conflict was settled.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile.services.exchange import service
from casefile.services.exchange.service import ConflictInfo
from casefile.ui.i18n.labels import QT_TRANSLATE_NOOP
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import show_error
from casefile.ui.kit.tasks import TaskRunner

if TYPE_CHECKING:
    from casefile.vault.vault import Vault

_DISPLAY = Qt.ItemDataRole.DisplayRole


def tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeDialogs", text)


def show_value(value: Any) -> str:
    """A stored field value as people read it."""
    if value is None or value == "" or value == []:
        return tr("(empty)")
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, list):
        return "\n".join(str(item) for item in value)
    return str(value)


class RowsModel(QAbstractTableModel):
    """Plain tuples of text, one per row; the header comes from the subclass."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY or not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        return row[index.column()] if index.column() < len(row) else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == _DISPLAY and horizontal and 0 <= section < len(self.HEADERS):
            return tr(self.HEADERS[section])
        return None


class ConflictsModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ExchangeDialogs", "Record"),
        QT_TRANSLATE_NOOP("ExchangeDialogs", "Field"),
        QT_TRANSLATE_NOOP("ExchangeDialogs", "This vault"),
        QT_TRANSLATE_NOOP("ExchangeDialogs", "Other device"),
    )


def table_view(model: QAbstractTableModel, parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().hide()
    return view


class ConflictsDialog(QDialog):
    """Open conflicts side by side: keep this vault's value, the other's, or an edited one."""

    conflicts_resolved = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: DialogService,
        vault: Vault,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Exchange conflicts"))
        self.resize(820, 520)
        self._runner = runner
        self._dialogs = dialogs
        self._vault = vault
        self.conflicts: list[ConflictInfo] = []
        self.model = ConflictsModel(self)
        self.table = table_view(self.model, self, "conflictsTable")
        self.table.setAccessibleName(self.windowTitle())
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.mine = QPlainTextEdit(self)
        self.mine.setObjectName("mineValue")
        self.mine.setReadOnly(True)
        self.theirs = QPlainTextEdit(self)
        self.theirs.setObjectName("theirsValue")
        self.theirs.setReadOnly(True)
        self.edited = QPlainTextEdit(self)
        self.edited.setObjectName("editedValue")
        self.keep_mine = QPushButton(self.tr("Keep this vault's"), self)
        self.keep_mine.setObjectName("keepMine")
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs = QPushButton(self.tr("Keep the other's"), self)
        self.keep_theirs.setObjectName("keepTheirs")
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.use_edited = QPushButton(self.tr("Use the edited value"), self)
        self.use_edited.setObjectName("useEdited")
        self.use_edited.clicked.connect(lambda: self.resolve("edit"))
        self.empty = QLabel(self.tr("No open conflicts."), self)

        sides = QHBoxLayout()
        for title, edit, button in (
            (self.tr("This vault"), self.mine, self.keep_mine),
            (self.tr("Other device"), self.theirs, self.keep_theirs),
            (self.tr("Edited"), self.edited, self.use_edited),
        ):
            box = QGroupBox(title, self)
            edit.setAccessibleName(title)
            inner = QVBoxLayout(box)
            inner.addWidget(edit)
            inner.addWidget(button)
            sides.addWidget(box)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(sides, 1)
        layout.addWidget(close)
        self._set_buttons(False)
        self.reload()

    def _set_buttons(self, enabled: bool) -> None:
        for button in (self.keep_mine, self.keep_theirs, self.use_edited):
            button.setEnabled(enabled)

    def reload(self) -> None:
        vault = self._vault
        self._runner.run(lambda: service.open_conflicts(vault), self._on_loaded, self._on_failed)

    def _on_loaded(self, conflicts: list[ConflictInfo]) -> None:
        self.conflicts = conflicts
        self.model.set_rows(
            [
                (
                    c.label,
                    c.field.replace("_", " "),
                    " ".join(show_value(c.mine).split()),
                    " ".join(show_value(c.theirs).split()),
                )
                for c in conflicts
            ]
        )
        self.empty.setVisible(not conflicts)
        if conflicts:
            self.table.selectRow(0)
            self._show(0)
        else:
            for edit in (self.mine, self.theirs, self.edited):
                edit.clear()
            self._set_buttons(False)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(current.row())

    def current(self) -> ConflictInfo | None:
        row = self.table.currentIndex().row()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, row: int) -> None:
        conflict = self.conflicts[row]
        self.mine.setPlainText(show_value(conflict.mine))
        self.theirs.setPlainText(show_value(conflict.theirs))
        self.edited.setPlainText(_editable(conflict.mine))
        self._set_buttons(True)

    def resolve(self, choice: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        value: Any = None
        if choice == "edit":
            value = _parse_edited(self.edited.toPlainText(), conflict)
        vault = self._vault
        self._set_buttons(False)
        self._runner.run(
            lambda: service.resolve_conflict(
                vault,
                conflict.id,
                "mine" if choice == "mine" else "theirs" if choice == "theirs" else "edit",
                value,
            ),
            self._on_resolved,
            self._on_failed,
        )

    def _on_resolved(self, _result: object) -> None:
        self.conflicts_resolved.emit()
        self.reload()

    def _on_failed(self, error: BaseException) -> None:
        self._set_buttons(bool(self.conflicts))
        show_error(self._dialogs, self, error)


def _editable(value: Any) -> str:
    """Text to edit: text as it is, lists one item a line, anything else as JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "\n".join(str(item) for item in value)
    return json.dumps(value, ensure_ascii=False)


def _parse_edited(text: str, conflict: ConflictInfo) -> Any:
    """The edited text back into the field's stored form, guided by the two values."""
    sample = conflict.mine if conflict.mine is not None else conflict.theirs
    if isinstance(sample, list):
        return [line.strip() for line in text.splitlines() if line.strip()]
    if isinstance(sample, bool | int | float):
        try:
            return json.loads(text)
        except ValueError:
            return text
    return text.strip() or None
