"""One generic, thin table model over a list of frozen row dataclasses, and its filter proxy.

A `Column` says how to show one field: a header (translated when shown), a value getter for the
cell text and a typed sort key (dates sort as dates, numbers as numbers, names case-folded). The
model never holds a session or ORM object, and `data()` never raises: a getter that fails shows
an empty cell.

Sorting happens in the source model, by the typed keys, in one Python `sorted()`: measured at
10,000 rows it takes 40-100 ms, against 2-3 s for QSortFilterProxyModel sorting by SORT_ROLE
(it calls the Python data() twice per comparison). The proxy therefore forwards sort() to the
model and only filters. The keys are also served under SORT_ROLE for any other consumer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)

from casefile.ui.i18n.language import format_date

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
#: "1" for a row the filter words match (every row when there are none), else "0".
FILTER_ROLE = Qt.ItemDataRole.UserRole + 4
_MATCH = "1"

ModelIndex = QModelIndex | QPersistentModelIndex


def text_key(value: str | None) -> str:
    """Case-insensitive key for names in any script (casefold handles Cyrillic)."""
    return (value or "").casefold()


def display(value: object) -> str:
    """Cell text for plain values: dates as the interface writes them, None empty, lists joined."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{format_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, list | tuple):
        return ", ".join(display(item) for item in value)
    return str(value)


@dataclass(frozen=True)
class Column:
    """One column: `header` is source text, translated in the "columns" context when shown."""

    id: str
    header: str
    value: Callable[[Any], object]
    sort_key: Callable[[Any], Any] | None = None
    numeric: bool = False
    hidden_by_default: bool = False
    width: int = 160  # starting width in pixels (the user can resize)

    def text(self, row: Any) -> str:
        return display(self.value(row))

    def key(self, row: Any) -> Any:
        return self.sort_key(row) if self.sort_key is not None else self.value(row)

    def title(self) -> str:
        return QCoreApplication.translate("columns", self.header)


def _safe_sort_key(key: Any) -> tuple[int, Any]:
    # Empty values sort after everything else in ascending order.
    return (1, 0) if key is None or key == "" else (0, key)


class ColumnsModel(QAbstractTableModel):
    """What every list model shares: its columns, their headers, selectable read-only cells."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title()
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RowTableModel(ColumnsModel):
    """Rows of one kind (PersonRow, CaseRow, …) shown through Column specs.

    Each row should have an `id` attribute: it is served under ID_ROLE to open the record.
    """

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self._rows: list[Any] = []
        self._haystacks: list[str] | None = None
        self._filter_hits: set[int] | None = None  # row numbers the filter keeps; None: all

    # -- plain access ---------------------------------------------------------------------------

    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, record_id: str) -> int:
        for number, item in enumerate(self._rows):
            if getattr(item, "id", None) == record_id:
                return number
        return -1

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._haystacks = None
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def haystack(self, row: int) -> str:
        """All of a row's cell texts, case-folded, for the filter box (built once, lazily)."""
        haystacks = self._all_haystacks()
        return haystacks[row] if 0 <= row < len(haystacks) else ""

    def set_filter_hits(self, hits: set[int] | None) -> None:
        """The rows a filter keeps (served under FILTER_ROLE); None keeps every row."""
        self._filter_hits = hits

    def rows_matching(self, words: Sequence[str]) -> set[int]:
        """Numbers of the rows whose text holds every word (case-folded already)."""
        return {
            number
            for number, haystack in enumerate(self._all_haystacks())
            if all(word in haystack for word in words)
        }

    def _all_haystacks(self) -> list[str]:
        if self._haystacks is None:
            self._haystacks = [
                "\t".join(self._cell_text(item, column) for column in self._columns).casefold()
                for item in self._rows
            ]
        return self._haystacks

    # -- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= col < len(self._columns)):
            return None
        item, column = self._rows[row], self._columns[col]
        try:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._cell_text(item, column)
            if role == SORT_ROLE:
                return column.key(item)
            if role == ID_ROLE:
                return getattr(item, "id", None)
            if role == ROW_ROLE:
                return item
            if role == FILTER_ROLE:
                hits = self._filter_hits
                return _MATCH if hits is None or row in hits else "0"
            if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        except Exception:  # data() must never raise into Qt's paint code
            return None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Stable sort by the column's typed key; empty values last when ascending."""
        if not 0 <= column < len(self._columns) or not self._rows:
            return
        spec = self._columns[column]
        self.layoutAboutToBeChanged.emit()
        keyed = [(self._safe_key(spec, item), number) for number, item in enumerate(self._rows)]
        try:
            keyed.sort(key=lambda pair: pair[0], reverse=order == Qt.SortOrder.DescendingOrder)
        except TypeError:  # keys of mixed types: fall back to their text
            keyed.sort(
                key=lambda pair: (pair[0][0], str(pair[0][1])),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        new_of_old = {old: new for new, (_key, old) in enumerate(keyed)}
        self._rows = [self._rows[old] for _key, old in keyed]
        if self._haystacks is not None:
            self._haystacks = [self._haystacks[old] for _key, old in keyed]
        old_indexes = self.persistentIndexList()
        new_indexes = [
            self.index(new_of_old.get(index.row(), index.row()), index.column())
            for index in old_indexes
        ]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

    # -- helpers --------------------------------------------------------------------------------

    @staticmethod
    def _cell_text(item: Any, column: Column) -> str:
        try:
            return column.text(item)
        except Exception:
            return ""

    @staticmethod
    def _safe_key(column: Column, item: Any) -> tuple[int, Any]:
        try:
            return _safe_sort_key(column.key(item))
        except Exception:
            return (1, 0)


class RowFilterProxy(QSortFilterProxyModel):
    """Filters rows on the words typed in a box (all must appear, in any column).

    The matching rows are found in one Python pass over the model's case-folded row texts
    and handed to the model, which answers FILTER_ROLE with "1" or "0"; Qt's own filter then
    keeps the "1" rows: several times faster than Qt's regular-expression filter over the cells.
    There is deliberately no Python filterAcceptsRow, which would be called for every row on
    every reload (figures in bench/README.md). One proxy per model (the hits live in the
    model). Sorting is forwarded to the source model (see the module docstring), so the proxy
    keeps the source's order and only hides rows.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(0)
        self.setDynamicSortFilter(False)
        self._words: list[str] = []

    def setSourceModel(self, source: QAbstractItemModel) -> None:
        super().setSourceModel(source)
        # New rows, new row numbers: recompute the matches after every reset or sort.
        source.modelReset.connect(self._on_source_changed)
        source.layoutChanged.connect(self._on_source_changed)

    def set_filter_text(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        self._words = words
        self._refilter()

    def _refilter(self) -> None:
        source = self.sourceModel()
        hits = None
        if self._words and isinstance(source, RowTableModel):
            hits = source.rows_matching(self._words)
        if isinstance(source, RowTableModel):
            source.set_filter_hits(hits)
        self.beginFilterChange()
        self.setFilterFixedString("" if hits is None else _MATCH)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @Slot()
    def _on_source_changed(self) -> None:
        if self._words:
            self._refilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
