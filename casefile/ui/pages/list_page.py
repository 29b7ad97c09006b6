"""A page that lists one kind of record: a filter box over a sortable table.

Rows are loaded off the GUI thread. Short lists use a loader (a service call taking the vault
and returning every row), shown through the generic RowTableModel, which sorts and filters in
memory. Long lists (People, Hearings) use a PagedSource: the vault sorts and filters, and the
PagedTableModel reads the rows a page at a time as they are shown (casefile/ui/kit/paged_model.py).
Column visibility is chosen from the header's context menu and remembered as column ids only.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile.services.lists.query import PAGE_SIZE, FilterWord, ListIds, ListQuery, ListWindow
from casefile.ui.i18n.labels import label
from casefile.ui.i18n.language import fill, format_number
from casefile.ui.kit.locking import ClipboardGuard
from casefile.ui.kit.paged_model import PagedProxy, PagedTableModel
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.table_model import ID_ROLE, Column, RowFilterProxy, RowTableModel
from casefile.ui.kit.tasks import TaskRunner
from casefile.vault.interrupt import ReadCancel, ReadCancelled, cancellable

if TYPE_CHECKING:
    from casefile.vault.vault import Vault

Loader = Callable[["Vault"], Sequence[Any]]

FILTER_DEBOUNCE_MS = 150
#: When no paint comes after a window (a hidden page), its ids are read after this long.
IDS_FALLBACK_MS = 200
#: Sorts a list by the current cell's column, from the keyboard (a shortcut of the view).
SORT_SHORTCUT = "Ctrl+Shift+S"
#: Letters a filter word needs before it matches a coded column's label: one or two letters
#: are the start of a name far more often than of a status, and a status matches thousands.
LABEL_WORD_MIN = 3
_LABEL_WORDS = re.compile(r"[^\W_]+")


def label_matches(word: str, shown: str) -> bool:
    """Whether a filter word (case-folded) matches a code's shown label: as names match
    through the search index, it begins a word of the label ("ban", "trav", "pre-trial"),
    and it has LABEL_WORD_MIN letters or more."""
    if len(word) < LABEL_WORD_MIN:
        return False
    folded = shown.casefold()
    words = {*folded.split(), *_LABEL_WORDS.findall(folded)}
    return any(part.startswith(word) for part in words)


@dataclass(frozen=True)
class PagedSource:
    """How a long list reads its rows in the vault, a window at a time.

    `make` builds the service's list object (PeopleList, HearingsList: window, ids, rows); it
    is called on a worker, so the service is imported there. `codes` are the stored codes the
    filter box matches by their shown labels; `code_orders` give, per sortable coded column id,
    its codes in the order to show them.
    """

    make: Callable[[], Any]
    codes: tuple[str, ...] = ()
    code_orders: Mapping[str, Callable[[], tuple[str, ...]]] = field(default_factory=dict)


class ListPage(QWidget):
    """A filterable, sortable list of records of one table.

    Signals:
        record_activated(str, str): a row was opened (table name, record id).
        rows_loaded(int): a load finished with this many rows.
        edit_requested(str, str, dict): the user asked to edit a row (table, id, preset {}).
        delete_requested(str, list): the user asked to move rows to the trash (table, ids).
    """

    record_activated = Signal(str, str)
    rows_loaded = Signal(int)
    edit_requested = Signal(str, str, dict)
    delete_requested = Signal(str, list)

    def __init__(
        self,
        page_id: str,
        table: str,
        columns: Sequence[Column],
        loader: Loader,
        runner: TaskRunner,
        settings: UiSettings,
        clipboard: ClipboardGuard,
        parent: QWidget | None = None,
        *,
        start_at: Callable[[Any], bool] | None = None,
        paged: PagedSource | None = None,
    ) -> None:
        super().__init__(parent)
        self.page_id = page_id
        self._start_at = start_at
        self._paged = paged
        self._paged_list: Any = None  # built by paged.make() on the first load
        self._query = ListQuery()
        self._start_row: int | None = None  # where a paged list goes once laid out
        self._start_id: str | None = None  # the record at the start of the last window
        self._reads: deque[tuple[Callable[[], Any], Any, Any]] = deque()  # see _read()
        self._reading = False
        self._cancel = ReadCancel()  # the current load's: a new load stops the older reads
        self.table = table
        self._loader = loader
        self._runner = runner
        self._settings = settings
        self._clipboard = clipboard
        self._vault: Vault | None = None
        self._pending_select: str | None = None
        self._loading = False
        self._load_number = 0  # the newest reload; older results are dropped
        # The window whose ids are read once its first screen is painted: (load, epoch).
        self._ids_wanted: tuple[int, int] | None = None
        self._ids_painted = False  # whether that window's first screen was painted
        self._ids_timer = QTimer(self)
        self._ids_timer.setSingleShot(True)
        self._ids_timer.timeout.connect(self._on_ids_timer_timeout)

        self.model: Any
        self.proxy: Any
        if paged is None:
            self.model = RowTableModel(columns, self)
            self.proxy = RowFilterProxy(self)
        else:
            self.model = PagedTableModel(columns, PAGE_SIZE, self)
            self.model.page_needed.connect(self._on_model_page_needed)
            self.model.sort_requested.connect(self._on_model_sort_requested)
            self.proxy = PagedProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(self.tr("Filter this list…"))
        self.filter_box.setAccessibleName(self.filter_box.placeholderText())
        self.filter_box.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DEBOUNCE_MS)
        self._filter_timer.timeout.connect(self._on_filter_timer_timeout)
        self.filter_box.textChanged.connect(self._filter_timer.start)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the service's order
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)
        self.view.activated.connect(self._on_view_activated)
        self.view.viewport().installEventFilter(self)

        copy = QAction(self.tr("Copy"), self.view)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_selection)
        self.view.addAction(copy)
        self.delete_action = QAction(self.tr("Move to the trash"), self.view)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selection)
        self.view.addAction(self.delete_action)
        self.edit_action = QAction(self.tr("Edit…"), self.view)
        self.edit_action.setShortcut(QKeySequence("F2"))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_action.triggered.connect(self.edit_current)
        self.view.addAction(self.edit_action)
        # Sorting without a mouse: by the current cell's column, again for the other way.
        self.sort_action = QAction(self.tr("Sort by this column"), self.view)
        self.sort_action.setShortcut(QKeySequence(SORT_SHORTCUT))
        self.sort_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.sort_action.triggered.connect(self.sort_by_current_column)
        self.view.addAction(self.sort_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.top_bar = QHBoxLayout()
        self.top_bar.addWidget(self.filter_box, 1)
        self.top_bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.top_bar)
        layout.addWidget(self.view, 1)

        self._apply_hidden_columns()
        self._set_widths()
        self._update_count()

    # -- public -----------------------------------------------------------------------------------

    def sort_by_current_column(self) -> None:
        """Sorts by the column of the current cell (Left and Right move it): ascending first,
        descending when it is already sorted ascending by that column."""
        column = max(0, self.view.currentIndex().column())
        header = self.view.horizontalHeader()
        ascending = Qt.SortOrder.AscendingOrder
        same = header.sortIndicatorSection() == column and header.sortIndicatorOrder() == ascending
        self.view.sortByColumn(column, Qt.SortOrder.DescendingOrder if same else ascending)

    def set_vault(self, vault: Vault | None) -> None:
        self._vault = vault
        if vault is None:
            self.clear()

    def clear(self) -> None:
        # Locking drops the results of running tasks (TaskRunner.discard_pending): start over.
        self._cancel.cancel()
        self._reads.clear()
        self._reading = False
        self._ids_wanted = None
        self._ids_timer.stop()
        self.model.clear()
        self.filter_box.clear()
        self._loading = False
        self._update_count()

    def reload(self) -> None:
        """Loads rows off the GUI thread; the table keeps its old rows until then."""
        vault = self._vault
        if vault is None:
            return
        self._loading = True
        self._update_count()
        self._load_number += 1
        number = self._load_number
        if self._paged is not None:
            query = self._query = self._paged_query()
            # Pages and ids of the earlier load are not wanted any more: the one being read
            # stops too (casefile/vault/interrupt.py), so this load need not wait for it.
            self._reads.clear()
            self._ids_wanted = None
            self._cancel.cancel()
            self._cancel = ReadCancel()
            self._read(
                lambda: self._source().window(vault, query),
                lambda window: self._on_window_loaded(window, number),
                lambda error: self._on_load_failed(error, number),
            )
            return
        self._runner.run(
            lambda: list(self._loader(vault)),
            lambda rows: self._on_loaded(rows, number),
            lambda error: self._on_load_failed(error, number),
        )

    def select_record(self, record_id: str) -> None:
        """Selects and shows a record's row (after the next load if it is not there yet)."""
        source_row = self.model.row_of_id(record_id)
        if source_row < 0:
            self._pending_select = record_id
            if self._paged is not None and self._query.words and self.model.has_ids:
                self.set_filter("")  # filtered out, perhaps: show every row, then select it
            return
        self._pending_select = None
        if self._paged is None:
            self.filter_box.clear()
            self.proxy.set_filter_text("")
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.view.selectRow(index.row())
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            self.view.setFocus()

    def set_filter(self, text: str) -> None:
        """Shows only rows matching text (at once, without the typing delay)."""
        self.filter_box.setText(text)
        self._filter_timer.stop()
        self._on_filter_timer_timeout()

    def selected_rows(self) -> list[Any]:
        """The row objects selected in the view, in view order."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        found = (
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row()) for r in rows
        )
        return [row for row in found if row is not None]

    def selected_ids(self) -> list[str]:
        """The ids of the selected rows, in view order (rows of a long list not read yet too)."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        sources = [self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in rows]
        if isinstance(self.model, PagedTableModel):
            return self.model.ids_of(sources)
        found = (getattr(self.model.row_at(row), "id", None) for row in sources)
        return [str(record_id) for record_id in found if record_id]

    @property
    def vault(self) -> Vault | None:
        return self._vault

    def focus_filter(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    @Slot()
    def delete_selection(self) -> None:
        """Asks for the selected rows to go to the trash (the main window does it)."""
        ids = self.selected_ids()
        if ids:
            self.delete_requested.emit(self.table, ids)

    @Slot()
    def edit_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.edit_requested.emit(self.table, ids[0], {})

    @Slot()
    def copy_selection(self) -> None:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedIndexes()})
        if not rows:
            return
        visible = [
            col for col in range(self.proxy.columnCount()) if not self.view.isColumnHidden(col)
        ]
        if isinstance(self.model, PagedTableModel):
            sources = [self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in rows]
            items = [self.model.row_at(row) for row in sources]
            if any(item is None for item in items):
                self._copy_after_reading(self.model.ids_of(sources), visible)
                return
            self._copy_items(items, visible)
            return
        lines = [
            "\t".join(str(self.proxy.index(row, col).data() or "") for col in visible)
            for row in rows
        ]
        self._clipboard.copy("\n".join(lines))

    def _copy_items(self, items: Sequence[Any], visible: Sequence[int]) -> None:
        columns = self.model.columns
        lines = ["\t".join(columns[col].text(item) for col in visible) for item in items]
        self._clipboard.copy("\n".join(lines))

    def _copy_after_reading(self, ids: list[str], visible: list[int]) -> None:
        """Copies rows of a long list not read yet: they are read off the GUI thread first."""
        vault = self._vault
        if vault is None or not ids:
            return
        self._read(
            lambda: self._source().rows(vault, ids),
            lambda items: self._copy_items(items, visible) if self._vault is vault else None,
        )

    # -- slots ------------------------------------------------------------------------------------

    def _on_loaded(self, rows: object, number: int | None = None) -> None:
        if number is not None and number != self._load_number:
            return  # an older load finishing after a newer one started: its rows are stale
        self._loading = False
        if self._vault is None:
            return  # locked meanwhile
        assert isinstance(rows, list)
        header = self.view.horizontalHeader()
        self.model.set_rows(rows)
        if header.sortIndicatorSection() >= 0 and header.sortIndicatorSection() < len(
            self.model.columns
        ):
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._update_count()
        if self._pending_select:
            self.select_record(self._pending_select)
        elif self._start_at is not None:
            # After the view has laid out the new rows; before that scrollTo has no effect.
            QTimer.singleShot(0, self._scroll_to_start)
        self.rows_loaded.emit(len(rows))

    def _on_window_loaded(self, window: ListWindow, number: int) -> None:
        if number != self._load_number:
            return  # a newer load started meanwhile
        self._loading = False
        if self._vault is None or not isinstance(self.model, PagedTableModel):
            return  # locked meanwhile
        model = self.model
        model.set_window(
            window.count,
            window.total,
            window.first,
            window.rows,
            window.ids,
            window.exact,
            window.total_exact,
        )
        self._update_count()
        if window.ids is None:
            # Read once the first screen is painted: read at once, their Python work held the
            # interpreter against the repaint's data() calls (bench/README.md).
            self._ids_wanted, self._ids_painted = (number, model.epoch), False
            self._ids_timer.start(IDS_FALLBACK_MS)
        self._start_row = None
        self._start_id = None if window.start is None else model.id_at(window.start)
        if self._pending_select and model.row_of_id(self._pending_select) >= 0:
            self.select_record(self._pending_select)
        elif window.start is not None:
            # After the view has laid out the new rows; before that scrollTo has no effect.
            self._start_row = window.start
            QTimer.singleShot(0, self._scroll_to_start_row)
        self.rows_loaded.emit(window.count)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._ids_wanted is not None
            and not self._ids_painted
            and event.type() == QEvent.Type.Paint
            and watched is self.view.viewport()
        ):
            self._ids_painted = True
            # After this paint; while the user may still be typing, after a debounce more: a
            # keystroke meanwhile replaces this load, and its ids would be read for nothing.
            self._ids_timer.start(FILTER_DEBOUNCE_MS if self._query.words else 0)
        return False

    @Slot()
    def _on_ids_timer_timeout(self) -> None:
        wanted, self._ids_wanted = self._ids_wanted, None
        vault, model = self._vault, self.model
        if wanted is None or vault is None or not isinstance(model, PagedTableModel):
            return
        number, epoch = wanted
        if number != self._load_number or epoch != model.epoch:
            return  # a newer load started meanwhile
        query = self._query
        self._read(
            lambda: self._source().ids(vault, query),
            lambda found: self._on_ids_loaded(found, number, epoch),
            lambda error: self._on_load_failed(error, number),
        )

    def _on_ids_loaded(self, found: ListIds, number: int, epoch: int) -> None:
        if number != self._load_number or not isinstance(self.model, PagedTableModel):
            return
        model = self.model
        top = model.id_at(self.proxy.mapToSource(self.proxy.index(self.view.rowAt(0), 0)).row())
        chosen = self.selected_ids()
        current = model.id_at(self.proxy.mapToSource(self.view.currentIndex()).row())
        moved = model.set_ids(found.ids, epoch)
        if moved or (top is None and found.start is not None):
            # The estimated places were off (hearings of trashed cases), or the view had not
            # been laid out when it was sent to the start. Keep the same row at the top, or
            # go to the start if the view was there or has not gone there yet; after the
            # reset's layout, as scrollTo has no effect before it.
            at_start = self._start_row is not None or top is None or top == self._start_id
            target = found.start if at_start or top is None else model.row_of_id(top)
            if target is not None and target >= 0:
                self._start_row = target
                QTimer.singleShot(0, self._scroll_to_start_row)
            selection = self.view.selectionModel()
            for record_id in chosen:
                if (row := model.row_of_id(record_id)) >= 0:
                    selection.select(
                        self.proxy.mapFromSource(model.index(row, 0)),
                        QItemSelectionModel.SelectionFlag.Select
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
            if current is not None and (row := model.row_of_id(current)) >= 0:
                selection.setCurrentIndex(
                    self.proxy.mapFromSource(model.index(row, 0)),
                    QItemSelectionModel.SelectionFlag.NoUpdate,
                )
        self._update_count()
        if self._pending_select:
            self.select_record(self._pending_select)

    def _scroll_to_start_row(self) -> None:
        row, self._start_row = self._start_row, None
        if row is not None:
            self._scroll_to_row(row)

    def _scroll_to_row(self, row: int) -> None:
        """Shows a row at the top (the end when it is past the last row)."""
        if row >= self.model.rowCount():
            self.view.scrollToBottom()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    @Slot(int)
    def _on_model_page_needed(self, page: int) -> None:
        vault = self._vault
        model = self.model
        if vault is None or not isinstance(model, PagedTableModel):
            return
        ids, epoch = model.page_ids(page), model.epoch
        self._read(
            lambda: self._source().rows(vault, ids),
            lambda rows: model.set_page(page, rows, epoch),
            lambda error: model.set_page(page, [], -1),  # asked again when shown again
        )

    @Slot(int, Qt.SortOrder)
    def _on_model_sort_requested(self, _column: int, _order: Qt.SortOrder) -> None:
        self.reload()  # the query reads the order from the header

    def _read(self, fn: Callable[[], Any], done: Any, failed: Any = None) -> None:
        """Runs a paged list's reads one after another, never two at once.

        Two reads at once would take two pooled connections, each filling its own page cache
        (vault/engine.py) with the same pages: more memory, colder caches (bench/README.md).
        """
        token = self._cancel

        def read() -> Any:
            with cancellable(token):
                return fn()

        self._reads.append((read, done, failed))
        if not self._reading:
            self._next_read()

    def _next_read(self) -> None:
        if not self._reads:
            self._reading = False
            return
        self._reading = True
        fn, done, failed = self._reads.popleft()

        def finished(result: object) -> None:
            self._next_read()
            done(result)

        def went_wrong(error: BaseException) -> None:
            self._next_read()
            if isinstance(error, ReadCancelled):
                return  # a newer load stopped it: nothing to show
            if failed is not None:
                failed(error)
            else:
                self._runner.report_error(error)

        self._runner.run(fn, finished, went_wrong)

    def _source(self) -> Any:
        """The service's list object (built on first use, on a worker)."""
        if self._paged_list is None:
            assert self._paged is not None
            self._paged_list = self._paged.make()
        return self._paged_list

    def _paged_query(self) -> ListQuery:
        """The order from the header and the words in the filter box, as a query."""
        assert self._paged is not None
        header = self.view.horizontalHeader()
        section = header.sortIndicatorSection()
        columns = self.model.columns
        sort = columns[section].id if 0 <= section < len(columns) else ""
        descending = bool(sort) and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        order = self._paged.code_orders.get(sort)
        words = tuple(
            FilterWord(
                word,
                frozenset(c for c in self._paged.codes if label_matches(word, label(c))),
            )
            for word in self.filter_box.text().casefold().split()
        )
        return ListQuery(sort, descending, words, order() if order is not None else ())

    def _scroll_to_start(self) -> None:
        """Shows the first row the page starts at (today's hearings) at the top."""
        if self._start_at is None or self.model.rowCount() == 0:
            return
        # The proxy keeps the model's order (it only filters), so the rows are scanned in plain
        # Python; asking the proxy row by row took a second at 50,000 hearings.
        for number, item in enumerate(self.model.rows()):
            try:
                hit = self._start_at(item)
            except Exception:
                hit = False
            if not hit:
                continue
            index = self.proxy.mapFromSource(self.model.index(number, 0))
            if index.isValid():  # not filtered out
                self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
                return
        self.view.scrollToBottom()

    def _on_load_failed(self, error: BaseException, number: int | None = None) -> None:
        if number is not None and number != self._load_number:
            return
        self._loading = False
        self._update_count()
        self._runner.report_error(error)

    @Slot()
    def _on_filter_timer_timeout(self) -> None:
        if self._paged is not None:
            words = tuple(self.filter_box.text().casefold().split())
            if words != tuple(word.text for word in self._query.words):
                self.reload()  # the vault filters
            return
        self.proxy.set_filter_text(self.filter_box.text())
        self._update_count()

    @Slot(QModelIndex)
    def _on_view_activated(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id:
            self.record_activated.emit(self.table, str(record_id))

    @Slot(QPoint)
    def _on_header_context_menu_requested(self, pos: QPoint) -> None:
        self.column_menu().exec(self.view.horizontalHeader().mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        """The header's menu: one checkable entry per column."""
        menu = QMenu(self)
        menu.setTitle(self.tr("Columns"))
        for number, column in enumerate(self.model.columns):
            action = menu.addAction(column.title())
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(number))
            action.toggled.connect(
                lambda shown, number=number: self.set_column_shown(number, shown)
            )
        return menu

    def set_column_shown(self, number: int, shown: bool) -> None:
        visible = [
            col for col in range(len(self.model.columns)) if not self.view.isColumnHidden(col)
        ]
        if not shown and visible == [number]:
            return  # the last visible column stays
        self.view.setColumnHidden(number, not shown)
        hidden = {
            column.id
            for col, column in enumerate(self.model.columns)
            if self.view.isColumnHidden(col)
        }
        self._settings.set_hidden_columns(self.page_id, hidden)

    # -- helpers ----------------------------------------------------------------------------------

    def _apply_hidden_columns(self) -> None:
        stored = self._settings.hidden_columns(self.page_id)
        columns = self.model.columns
        for number, column in enumerate(columns):
            hide = column.id in stored if stored else column.hidden_by_default
            self.view.setColumnHidden(number, hide)
        if all(self.view.isColumnHidden(n) for n in range(len(columns))) and columns:
            self.view.setColumnHidden(0, False)

    def _set_widths(self) -> None:
        # Fixed starting widths: resizeColumnsToContents would read every row (slow at 10k).
        for number, column in enumerate(self.model.columns):
            self.view.setColumnWidth(number, column.width)

    def changeEvent(self, event: QEvent) -> None:
        # A new interface language: relabel (the main window reloads the data in it).
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "count_label"):
            self.filter_box.setPlaceholderText(self.tr("Filter this list…"))
            self.filter_box.setAccessibleName(self.filter_box.placeholderText())
            self.delete_action.setText(self.tr("Move to the trash"))
            self.edit_action.setText(self.tr("Edit…"))
            self.model.headerDataChanged.emit(
                Qt.Orientation.Horizontal, 0, max(0, len(self.model.columns) - 1)
            )
            self._update_count()
        super().changeEvent(event)

    def _update_count(self) -> None:
        streaming = isinstance(self.model, PagedTableModel) and not self.model.exact
        if (self._loading and self.model.rowCount() == 0) or (streaming and self._query.words):
            # A filtered window's count is an estimate until every id is read.
            self.count_label.setText(self.tr("Loading…"))
            return
        if isinstance(self.model, PagedTableModel):
            shown, total = self.model.rowCount(), self.model.total
        else:
            shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(fill(self.tr("Records: %1"), format_number(total)))
        else:
            self.count_label.setText(
                fill(self.tr("%1 of %2 shown"), format_number(shown), format_number(total))
            )
