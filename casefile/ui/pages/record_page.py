"""What the person dossier and the case page share: loading one record, sections of small tables.

A RecordPage shows one record at a time. `show_record(id)` loads it off the GUI thread through
a loader (a service call, imported on the worker), `reload()` loads it again after a change,
and `clear()` empties every widget when the vault locks (the record id is kept so that the
page comes back to the same record after unlocking).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile.errors import RecordNotFoundError
from casefile.ui.i18n.labels import label
from casefile.ui.kit.table_model import ROW_ROLE, Column, RowTableModel
from casefile.ui.kit.tasks import TaskRunner

if TYPE_CHECKING:
    from casefile.vault.vault import Vault

ROW_HEIGHT = 24
MAX_VISIBLE_ROWS = 10


class SectionTable(QTableView):
    """A small read-only table sized to its rows (up to MAX_VISIBLE_ROWS, then it scrolls).

    Signals:
        row_opened(object): a row was activated (Enter or double-click); the row object.
    """

    row_opened = Signal(object)

    def __init__(
        self,
        columns: Sequence[Column],
        parent: QWidget | None = None,
        model: RowTableModel | None = None,
        max_rows: int = MAX_VISIBLE_ROWS,
    ) -> None:
        super().__init__(parent)
        self.max_rows = max_rows
        self.row_model = model or RowTableModel(columns, self)
        self.setModel(self.row_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for number, column in enumerate(columns):
            self.setColumnWidth(number, column.width)
        self.activated.connect(self._on_self_activated)
        self._fit()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.row_model.set_rows(rows)
        self._fit()

    def select_id(self, record_id: str) -> bool:
        """Selects the row of a record; False if it is not shown."""
        row = self.row_model.row_of_id(record_id)
        if row < 0:
            return False
        self.selectRow(row)
        self.scrollTo(self.row_model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def selected_row(self) -> Any | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _fit(self) -> None:
        shown = min(max(self.row_model.rowCount(), 1), self.max_rows)
        height = shown * ROW_HEIGHT + self.horizontalHeader().sizeHint().height() + 4
        self.setFixedHeight(height)

    @Slot(QModelIndex)
    def _on_self_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.row_opened.emit(row)


class Section(QWidget):
    """A titled part of a page: a bold title with buttons on its right, then a table (or
    "none recorded"). No group-box frame: it would cost a row of height per section."""

    def __init__(
        self,
        title: str,
        columns: Sequence[Column],
        parent: QWidget | None = None,
        *,
        empty_text: str = "",
        model: RowTableModel | None = None,
        max_rows: int = MAX_VISIBLE_ROWS,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("sectionTitle")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title_label.setFont(font)
        self.table = SectionTable(columns, self, model, max_rows)
        self.title_label.setBuddy(self.table)  # screen readers name the table by its title
        self.empty = QLabel(empty_text or self.tr("None recorded."), self)
        self.empty.setObjectName("sectionEmpty")
        self.empty.setEnabled(False)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.title_label)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        self.set_rows([])

    def title(self) -> str:
        return self.title_label.text()

    def add_button(self, text: str, handler: Callable[[], None], tooltip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        if tooltip:
            button.setToolTip(tooltip)
        button.clicked.connect(lambda _checked=False: handler())
        self.buttons.addWidget(button)
        return button

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.table.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.title_label.setText(f"{self._title} ({len(rows)})" if rows else self._title)


def field_row(parent: QWidget) -> QLabel:
    """A label for a value in an identity grid: selectable, wrapping, plain text."""
    value = QLabel(parent)
    value.setTextFormat(Qt.TextFormat.PlainText)
    value.setWordWrap(True)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return value


class RecordPage(QScrollArea):
    """Shows one record loaded by ``load(vault, record_id)`` on a worker thread.

    Subclasses build their widgets into ``self.body_layout`` and implement ``show_data`` and
    ``clear_data``.

    Signals:
        record_activated(str, str): open another record (table, id).
        edit_requested(str, str, dict): edit a record (table, id or "" for new, preset fields).
        report_requested(str, str): make a report of a record (table, id).
        record_loaded(str): the record with this id is shown.
        record_missing(): the record is gone (deleted or in the trash).
        records_changed(): the page changed records itself (an attachment, a postponement).
        change_made(object): what a postponement or an outcome wrote (a
            services.records.undo.Change), for Undo.
    """

    record_activated = Signal(str, str)
    edit_requested = Signal(str, str, dict)
    report_requested = Signal(str, str)
    record_loaded = Signal(str)
    record_missing = Signal()
    records_changed = Signal()
    change_made = Signal(object)

    table = ""

    def __init__(
        self,
        page_id: str,
        load: Callable[[Vault, str], Any],
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.page_id = page_id
        self._load = load
        self._runner = runner
        self._vault: Vault | None = None
        self.record_id = ""
        self.focus_id = ""
        self.data: Any = None
        self._serial = 0
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(label(self.table))  # "Person", "Case": the page takes the focus
        body = QWidget(self)
        body.setObjectName(f"{page_id}Body")
        self.body = body
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(10, 8, 10, 10)
        self.body_layout.setSpacing(10)
        self.setWidget(body)

    # -- page interface ---------------------------------------------------------------------------

    @property
    def vault(self) -> Vault | None:
        return self._vault

    def set_vault(self, vault: Vault | None) -> None:
        self._vault = vault
        if vault is None:
            self.clear()

    def clear(self) -> None:
        self._serial += 1  # results still on their way are dropped
        self.data = None
        self.clear_data()
        # Until a record is shown again, nothing on the page acts on the one that was.
        self.body.setEnabled(False)

    def forget(self) -> None:
        """Clears the page and its record id: another vault is opening."""
        self.record_id = ""
        self.focus_id = ""
        self.clear()

    def show_record(self, record_id: str, focus_id: str = "") -> None:
        """Loads and shows a record (focus_id: a row to select, such as a hearing)."""
        if record_id != self.record_id:
            self.clear()
            self.verticalScrollBar().setValue(0)
        self.record_id = record_id
        self.focus_id = focus_id
        self.reload()

    def reload(self) -> None:
        vault, record_id = self._vault, self.record_id
        if vault is None or not record_id:
            return
        self._serial += 1
        serial = self._serial
        load = self._load
        self._runner.run(
            lambda: load(vault, record_id),
            lambda data: self._on_loaded(serial, data),
            lambda error: self._on_failed(serial, error),
        )

    # -- for subclasses ---------------------------------------------------------------------------

    def show_data(self, data: Any) -> None:
        raise NotImplementedError

    def clear_data(self) -> None:
        raise NotImplementedError

    def request_edit(
        self, table: str, record_id: str = "", preset: dict[str, Any] | None = None
    ) -> None:
        self.edit_requested.emit(table, record_id, dict(preset or {}))

    # -- results ----------------------------------------------------------------------------------

    def _on_loaded(self, serial: int, data: Any) -> None:
        if serial != self._serial or self._vault is None:
            return
        self.data = data
        self.show_data(data)
        self.body.setEnabled(True)
        self.record_loaded.emit(self.record_id)

    def _on_failed(self, serial: int, error: BaseException) -> None:
        if serial != self._serial:
            return
        if isinstance(error, RecordNotFoundError):
            self.clear()
            self.record_missing.emit()
            return
        self._runner.report_error(error)
