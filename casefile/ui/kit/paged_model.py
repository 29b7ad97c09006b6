"""A table model over a list too long to load whole: row ids in order, rows read a page at a time.

Why ids and lazily read pages rather than Qt's fetchMore/canFetchMore: fetchMore only grows the
list at its end, so the scroll bar would lie about the length, Ctrl+End or dragging the scroll
bar would read everything before the target, and the Hearings list, which opens at today's
hearings in the middle of 50,000, would have to read all the past ones first. Here the model
knows how many rows there are from the start, so the scroll bar is true and any row can be
shown; a row's id is known before its page is read, so opening, selecting and moving rows to
the trash work on any row.

A load comes in two steps (casefile/services/lists/paged.py):
1. `set_window()`: the count and the rows of the first screens (and, when they were as cheap,
   every id): the view paints at once.
2. `set_ids()`: every id in order, when the window came without them (the list page reads them
   once the first screen is painted). Pages wanted before that wait for it.
Then `data()` on a row not read yet answers an empty cell and asks for its page:
`page_needed(number)` is emitted once per page, after the current paint (requests are gathered
by a zero timer), and the list page reads it off the GUI thread and hands it to `set_page()`.
At most MAX_PAGES pages are kept (the least recently shown are dropped), so memory stays flat
however far the user scrolls. Results of an older load (`epoch`) are dropped.

Sorting and filtering happen in the vault: `sort()` emits `sort_requested`, and the list page
reloads with the new order (casefile/ui/pages/list_page.py).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)

from casefile.ui.kit.table_model import ID_ROLE, ROW_ROLE, SORT_ROLE, Column, ColumnsModel

ModelIndex = QModelIndex | QPersistentModelIndex

#: Pages of rows kept (200 rows each): many screens, a few MiB at most.
MAX_PAGES = 12


class PagedTableModel(ColumnsModel):
    """Rows of one kind shown through Column specs, read a page at a time.

    Signals:
        page_needed(int): a page not read yet is shown (its number; rows number*size on).
        sort_requested(int, Qt.SortOrder): the view asked for another order (column, order).
    """

    page_needed = Signal(int)
    sort_requested = Signal(int, Qt.SortOrder)

    def __init__(
        self, columns: Sequence[Column], page_size: int, parent: QObject | None = None
    ) -> None:
        super().__init__(columns, parent)
        self.page_size = page_size
        self.epoch = 0  # one per load: pages read for an earlier load are dropped
        self.total = 0  # rows in the list with no filter
        self._count = 0
        self._ids: Sequence[str] | None = None
        self._exact = True  # count and positions known for sure (see set_window)
        self._total_exact = True
        self._rows: dict[int, Any] = {}  # position -> row
        self._pages: OrderedDict[int, None] = OrderedDict()  # pages held, least recent first
        self._asked: set[int] = set()  # pages asked for and not come yet
        self._gone: set[int] = set()  # rows deleted since the ids were read: not asked again
        self._last_shown = -1  # the page data() served last (kept from being dropped)
        self._wanted: set[int] = set()  # pages to ask for after this paint
        self._ask_timer = QTimer(self)
        self._ask_timer.setSingleShot(True)
        self._ask_timer.setInterval(0)
        self._ask_timer.timeout.connect(self._on_ask_timer_timeout)

    # -- plain access ---------------------------------------------------------------------------

    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    @property
    def has_ids(self) -> bool:
        return self._ids is not None

    @property
    def exact(self) -> bool:
        """Whether the count and places are known (not yet, while a window's are estimates)."""
        return self._exact

    def rows(self) -> list[Any]:
        """The rows read so far, in list order (not every row of a long list)."""
        return [self._rows[number] for number in sorted(self._rows)]

    def row_at(self, row: int) -> Any | None:
        """The row at this position, or None when it is not read (yet)."""
        return self._rows.get(row)

    def id_at(self, row: int) -> str | None:
        if self._ids is not None:
            return self._ids[row] if 0 <= row < len(self._ids) else None
        item = self._rows.get(row)
        return None if item is None else getattr(item, "id", None)

    def row_of_id(self, record_id: str) -> int:
        if self._ids is not None:
            try:
                return self._ids.index(record_id)  # a C loop: ~1 ms over 50,000 ids
            except ValueError:
                return -1
        for number, item in self._rows.items():
            if getattr(item, "id", None) == record_id:
                return number
        return -1

    def ids_of(self, rows: Sequence[int]) -> list[str]:
        found = (self.id_at(row) for row in rows)
        return [record_id for record_id in found if record_id]

    def page_ids(self, number: int) -> list[str]:
        """The ids of one page (empty until the ids are known)."""
        if self._ids is None:
            return []
        return list(self._ids[number * self.page_size : (number + 1) * self.page_size])

    # -- loading --------------------------------------------------------------------------------

    def set_window(
        self,
        count: int,
        total: int,
        first: int,
        rows: Sequence[Any],
        ids: Sequence[str] | None,
        exact: bool = True,
        total_exact: bool = False,
    ) -> None:
        """A new load: `count` rows, of which rows[i] is at first + i; all ids if known.

        Not `exact`: count and first are estimates (see ListWindow), corrected by set_ids();
        so is `total`, unless `total_exact`.
        """
        self.beginResetModel()
        self.epoch += 1
        self._count, self.total, self._ids, self._exact = count, total, ids, exact
        self._total_exact = exact or total_exact
        self._rows = {first + number: item for number, item in enumerate(rows)}
        self._pages.clear()
        self._asked.clear()
        self._wanted.clear()
        self._gone.clear()
        self._last_shown = -1
        for number in sorted({position // self.page_size for position in self._rows}):
            self._pages[number] = None
        self.endResetModel()

    def set_ids(self, ids: Sequence[str], epoch: int) -> bool:
        """Every id in order, for the load `epoch`; pages wanted meanwhile are asked for now.

        Returns True when the rows moved (the window's positions were estimates that trashed
        or changed rows made wrong): the model was reset, so the view lost its place.
        """
        if epoch != self.epoch:
            return False
        moved = not self._exact and not self._same_places(ids)
        if moved or len(ids) != self._count:
            loaded = {getattr(item, "id", None): item for item in self._rows.values()}
            placed = {n: loaded[rid] for n, rid in enumerate(ids) if rid in loaded}
            self.beginResetModel()
            # An estimated total came with no filter: the ids are then the whole list.
            self.total = len(ids) if not self._total_exact else max(self.total, len(ids))
            self._count, self._ids, self._exact = len(ids), ids, True
            self._rows = placed
            self._pages = OrderedDict.fromkeys(sorted({n // self.page_size for n in placed}))
            self._asked.clear()
            self._gone.clear()
            self.endResetModel()
            moved = True
        self._ids, self._exact = ids, True
        if self._wanted:
            self._ask_timer.start()
        return moved

    def _same_places(self, ids: Sequence[str]) -> bool:
        """Whether every row read so far sits at its place in `ids`."""
        if len(ids) != self._count:
            return False
        return all(
            0 <= n < len(ids) and ids[n] == getattr(item, "id", None)
            for n, item in self._rows.items()
        )

    def set_page(self, number: int, rows: Sequence[Any], epoch: int) -> None:
        """The rows of page `number` of the load `epoch` (older loads' pages are dropped)."""
        self._asked.discard(number)
        if epoch != self.epoch or self._ids is None:
            return
        start = number * self.page_size
        wanted = self._ids[start : start + self.page_size]
        by_id = {getattr(item, "id", None): item for item in rows}
        for offset, record_id in enumerate(wanted):
            item = by_id.get(record_id)
            if item is None:  # gone meanwhile: stays empty until the next load
                self._gone.add(start + offset)
            else:
                self._rows[start + offset] = item
        self._keep(number)
        if wanted:
            last = start + len(wanted) - 1
            self.dataChanged.emit(self.index(start, 0), self.index(last, len(self._columns) - 1))

    def clear(self) -> None:
        self.set_window(0, 0, 0, [], [])

    # -- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._count

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < self._count and 0 <= col < len(self._columns)):
            return None
        try:
            if role == ID_ROLE:
                return self.id_at(row)
            item = self._rows.get(row)
            page = row // self.page_size
            if item is None:
                if role in (Qt.ItemDataRole.DisplayRole, ROW_ROLE) and row not in self._gone:
                    self._want(page)
                return "" if role == Qt.ItemDataRole.DisplayRole else None
            if page != self._last_shown and page in self._pages:
                self._pages.move_to_end(page)  # shown now: the last to be dropped
                self._last_shown = page
            column = self._columns[col]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return column.text(item)
            if role == SORT_ROLE:
                return column.key(item)
            if role == ROW_ROLE:
                return item
            if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        except Exception:  # data() must never raise into Qt's paint code
            return None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Asks the list page for another order: the vault sorts (see the module docstring)."""
        if 0 <= column < len(self._columns):
            self.sort_requested.emit(column, order)

    # -- helpers --------------------------------------------------------------------------------

    def _want(self, number: int) -> None:
        if number in self._asked or number in self._wanted:
            return
        self._wanted.add(number)
        if self._ids is not None:
            self._ask_timer.start()

    @Slot()
    def _on_ask_timer_timeout(self) -> None:
        if self._ids is None:
            return  # asked again once the ids come (set_ids)
        wanted, self._wanted = sorted(self._wanted), set()
        for number in wanted:
            self._asked.add(number)
            self.page_needed.emit(number)

    def _keep(self, number: int) -> None:
        """Marks a page as just shown, and drops the least recent beyond MAX_PAGES."""
        self._pages[number] = None
        self._pages.move_to_end(number)
        while len(self._pages) > MAX_PAGES:
            dropped, _ = self._pages.popitem(last=False)
            start = dropped * self.page_size
            for position in range(start, start + self.page_size):
                self._rows.pop(position, None)


class PagedProxy(QIdentityProxyModel):
    """Stands where a list's filter proxy stands: the vault filters, so it passes rows through.

    ListPage calls set_filter_text on its proxy; for a paged list the page reloads instead.
    """

    def set_filter_text(self, text: str) -> None:
        """Nothing to do here: the list page puts the words in its next query."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
