"""The main window shell: navigation, pages, menus, toolbar (Lock, New, Find, Help), status bar.

The window title is always just "Casefile": a vault's folder name may be a person's name, and
window titles show up in task bars, screen sharing and window-manager logs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from casefile.ui.exchange.actions import ExchangeActions
from casefile.ui.i18n.labels import label
from casefile.ui.i18n.language import LanguageMenu
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.icons import icon
from casefile.ui.kit.locking import ClipboardGuard
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.open_formats.actions import OpenFormatActions
from casefile.ui.pages.agenda_page import AgendaPage
from casefile.ui.pages.case_page import CasePage
from casefile.ui.pages.changes_view import ChangesDialog
from casefile.ui.pages.dashboard import DashboardPage
from casefile.ui.pages.dossier_page import DossierPage
from casefile.ui.pages.list_page import ListPage
from casefile.ui.pages.record_lists import (
    CASES,
    HEARINGS,
    ILL_TREATMENT,
    INTERVENTIONS,
    PEOPLE,
    ListSpec,
)
from casefile.ui.pages.trash_page import TrashPage
from casefile.ui.reports.actions import ReportActions
from casefile.ui.shell.about import about_text, about_title
from casefile.ui.shell.maintenance import Maintenance
from casefile.ui.shell.navigator import NavigationList, Navigator
from casefile.ui.shell.record_actions import DEFAULT_KIND_OF_PAGE, RecordActions
from casefile.ui.shell.reminders import ReminderNotifier
from casefile.ui.shell.search_panel import SearchPanel

if TYPE_CHECKING:
    from casefile.vault.vault import Vault


class Page(Protocol):
    page_id: str

    def set_vault(self, vault: Any) -> None: ...
    def reload(self) -> None: ...
    def clear(self) -> None: ...


class MainWindow(QMainWindow):
    """The working window. It never holds a session; pages load through the task runner.

    Signals:
        lock_requested(): the user asked to lock (Ctrl+L or the toolbar).
        other_vault_requested(): the user asked to open another vault (File › Open).
        window_closed(): the window was closed (the application should end).
        report_requested(str, str): a page asked for a report of a record (table, id).
    """

    lock_requested = Signal()
    other_vault_requested = Signal()
    window_closed = Signal()
    report_requested = Signal(str, str)

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: DialogService,
        settings: UiSettings,
        clipboard: ClipboardGuard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Casefile"))
        self.setObjectName("mainWindow")
        self._runner = runner
        self._dialogs = dialogs
        self._settings = settings
        self._clipboard = clipboard
        self._vault: Vault | None = None
        self._stale: set[str] = set()
        self.record_actions = RecordActions(runner, dialogs, self, settings=settings)
        self.record_actions.records_changed.connect(self.refresh)
        self.record_actions.status_message.connect(self.show_status_message)
        self.record_actions.open_requested.connect(self.open_record)

        self.nav = NavigationList(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMaximumWidth(220)
        self.nav.setMinimumWidth(170)
        self.nav.setAccessibleName(self.tr("Pages"))
        self.stack = QStackedWidget(self)
        self.pages: dict[str, Page] = {}

        self.dashboard = DashboardPage(runner, self)
        self.dashboard.record_activated.connect(self.open_record)
        self.dashboard.status_requested.connect(self._on_dashboard_status_requested)
        self.dashboard.page_requested.connect(self.show_page)
        self.people = self._list_page(PEOPLE)
        self.cases = self._list_page(CASES)
        self.hearings = self._list_page(HEARINGS)
        self.trash = TrashPage(runner, settings, clipboard, dialogs, self)
        self.trash.records_changed.connect(self.refresh)
        self.search_panel = SearchPanel(runner, self)
        self.search_panel.record_activated.connect(self.open_record)
        # Record pages (outside the navigation list): dossier, case page; and the agenda.
        self.dossier = DossierPage(runner, dialogs, self)
        self.case_page = CasePage(runner, dialogs, self)
        self.agenda = AgendaPage(runner, dialogs, self)
        for record_page in (self.dossier, self.case_page, self.agenda):
            record_page.record_activated.connect(self.open_record)
            record_page.records_changed.connect(self.refresh)
        for record_page in (self.dossier, self.case_page):
            record_page.report_requested.connect(self.report_requested)
            record_page.record_missing.connect(self._on_record_missing)

        self._add_page(self.tr("Dashboard"), "dashboard", self.dashboard)
        self._add_page(self.tr("People"), "people", self.people)
        self._add_page(self.tr("Cases"), "cases", self.cases)
        self._add_page(self.tr("Hearings"), "hearings", self.hearings)
        self._add_page(self.tr("Agenda"), "agenda", self.agenda)
        self._add_page(self.tr("Ill-treatment"), "ill_treatment", self._list_page(ILL_TREATMENT))
        self._add_page(self.tr("Interventions"), "interventions", self._list_page(INTERVENTIONS))
        self._add_page(self.tr("Trash"), "trash", self.trash)
        self.stack.addWidget(self.search_panel)
        self.pages["search"] = self.search_panel
        for record_page in (self.dossier, self.case_page):
            self.stack.addWidget(record_page)
            self.connect_record_signals(record_page)
            self.pages[record_page.page_id] = record_page

        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([190, 1100])
        self.setCentralWidget(splitter)

        self._build_toolbar()
        self._build_menus()
        self.navigator = Navigator(
            self.stack, self.pages, self.show_page, runner, lambda: self._vault, self
        )
        self.back_action = self.navigator.back_action
        toolbar = self.findChild(QToolBar, "mainToolbar")
        if toolbar is not None:
            toolbar.insertAction(toolbar.actions()[0], self.back_action)
        self.view_menu.addAction(self.back_action)
        self.changes_action = QAction(icon("log"), self.tr("Changes since…"), self)
        self.changes_action.setObjectName("changesAction")
        self.changes_action.triggered.connect(self.show_changes)
        self.view_menu.addAction(self.changes_action)
        self.maintenance = Maintenance(runner, dialogs, settings, self, lambda: self._vault)
        self.maintenance.install(self.tools_menu)
        self.reminders = ReminderNotifier(runner, settings, self)
        self.reminders.opened.connect(self._on_reminders_opened)
        self.maintenance.reminders_changed.connect(self.reminders.settings_changed)
        self.open_formats = OpenFormatActions(runner, dialogs, self, lambda: self._vault, settings)
        self.open_formats.install(self)
        self.open_formats.records_changed.connect(self.refresh)
        self.open_formats.change_made.connect(self.record_actions.undo_stack.push)
        self.reports = ReportActions(
            self, self.reports_menu, runner, dialogs, lambda: self._vault, settings
        )
        self.reports.record_requested.connect(self.open_record)
        self.agenda.court_day_requested.connect(self.reports.open_court_day)
        self.report_requested.connect(self.reports.open_report)
        self.exchange = ExchangeActions(runner, dialogs, self, lambda: self._vault)
        self.exchange.install(self)
        self.exchange.install_tools(self.tools_menu)
        self.exchange.records_changed.connect(self.refresh)
        self.status = QLabel(self)
        self.statusBar().addWidget(self.status, 1)
        # Tab from the search box goes to its results (the toolbar comes last in the chain, and
        # the navigation list would open the dashboard when it takes the focus with no page).
        QWidget.setTabOrder(self.search_box, self.search_panel.results)
        runner.busy_changed.connect(self._on_runner_busy_changed)
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.nav.setCurrentRow(0)

    # -- building -------------------------------------------------------------------------------

    def _list_page(self, spec: ListSpec) -> ListPage:
        page = ListPage(
            spec.page_id,
            spec.table,
            spec.columns,
            spec.loader,
            self._runner,
            self._settings,
            self._clipboard,
            self,
            start_at=spec.start_at,
            paged=spec.paged,
        )
        page.record_activated.connect(self.open_record)
        page.delete_requested.connect(self.record_actions.trash)
        return page

    def _add_page(self, title: str, icon_name: str, page: Any) -> None:
        item = QListWidgetItem(icon(icon_name), title)
        item.setData(Qt.ItemDataRole.UserRole, page.page_id)
        item.setSizeHint(QSize(160, 34))
        self.nav.addItem(item)
        # Screen readers say the page's name on the page and on its list (a language switch
        # relabels both through ui/i18n/relabel.py).
        page.setAccessibleName(title)
        view = getattr(page, "view", None)
        if isinstance(view, QAbstractItemView):
            view.setAccessibleName(title)
        self.stack.addWidget(page)
        self.connect_record_signals(page)
        self.pages[page.page_id] = page

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(bar)
        self.lock_action = QAction(icon("lock"), self.tr("Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(self.tr("Lock Casefile now (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.new_action = QAction(icon("new"), self.tr("New"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setToolTip(self.tr("New record (Ctrl+N)"))
        self.new_action.triggered.connect(self._on_new_action_triggered)
        self.find_action = QAction(icon("search"), self.tr("Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.help_action = QAction(icon("help"), self.tr("Help"), self)
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.help_action.triggered.connect(self.show_help)
        for action in (self.lock_action, self.new_action):
            bar.addAction(action)
        bar.addSeparator()
        self.search_box = QLineEdit(bar)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Find people, cases, places… (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Find"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(320)
        self.search_box.setMaximumWidth(480)
        self.search_box.textChanged.connect(self._on_search_box_text_changed)
        self.search_box.returnPressed.connect(self.search_panel.open_top)  # the top result
        bar.addAction(self.find_action)
        bar.addWidget(self.search_box)
        spacer = QWidget(bar)
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Fixed)
        bar.addWidget(spacer)
        bar.addAction(self.help_action)

    def _build_menus(self) -> None:
        """The menu bar. Features add their actions to these menus from their own modules."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.setObjectName("fileMenu")
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.setObjectName("editMenu")
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.setObjectName("viewMenu")
        self.reports_menu = bar.addMenu(self.tr("&Reports"))
        self.reports_menu.setObjectName("reportsMenu")
        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        self.tools_menu.setObjectName("toolsMenu")
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.setObjectName("helpMenu")

        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.record_actions.new_arrest_action)
        self.open_vault_action = QAction(icon("folder_open"), self.tr("Open another vault…"), self)
        self.open_vault_action.setObjectName("openVaultAction")
        self.open_vault_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_vault_action.triggered.connect(self.other_vault_requested)
        self.file_menu.addAction(self.open_vault_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.quit_action = QAction(icon("quit"), self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        stack = self.record_actions.undo_stack
        self.undo_action, self.redo_action = stack.undo_action, stack.redo_action
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.help_menu.addAction(self.help_action)
        self.about_action = QAction(icon("help"), about_title(), self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)
        self.language_menu = LanguageMenu(self._settings, self)
        self.language_menu.setIcon(icon("language"))
        self.tools_menu.addMenu(self.language_menu)

    def retranslate(self) -> None:
        """Relabels the window in the interface language just installed (ui/i18n/language.py)."""
        self.setWindowTitle(self.tr("Casefile"))
        titles = {
            "dashboard": self.tr("Dashboard"),
            "people": self.tr("People"),
            "cases": self.tr("Cases"),
            "hearings": self.tr("Hearings"),
            "ill_treatment": self.tr("Ill-treatment"),
            "interventions": self.tr("Interventions"),
            "trash": self.tr("Trash"),
            "agenda": self.tr("Agenda"),
        }
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            title = titles.get(str(item.data(Qt.ItemDataRole.UserRole)))
            if title is not None:
                item.setText(title)
        menus = (
            (self.file_menu, self.tr("&File")),
            (self.edit_menu, self.tr("&Edit")),
            (self.view_menu, self.tr("&View")),
            (self.reports_menu, self.tr("&Reports")),
            (self.tools_menu, self.tr("&Tools")),
            (self.help_menu, self.tr("&Help")),
        )
        for menu, title in menus:
            menu.setTitle(title)
        self.lock_action.setText(self.tr("Lock"))
        self.lock_action.setToolTip(self.tr("Lock Casefile now (Ctrl+L)"))
        self.new_action.setText(self.tr("New"))
        self.new_action.setToolTip(self.tr("New record (Ctrl+N)"))
        self.open_vault_action.setText(self.tr("Open another vault…"))
        self.changes_action.setText(self.tr("Changes since…"))
        self.find_action.setText(self.tr("Find"))
        self.help_action.setText(self.tr("Help"))
        self.about_action.setText(about_title())
        self.quit_action.setText(self.tr("&Quit"))
        self.search_box.setPlaceholderText(self.tr("Find people, cases, places… (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Find"))
        self.nav.setAccessibleName(self.tr("Pages"))
        toolbar = self.findChild(QToolBar, "mainToolbar")
        if toolbar is not None:
            toolbar.setWindowTitle(self.tr("Main"))
        # Pages built from vault data (labels, dates) load again in the new language.
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_menu_action(self, menu: QMenu, action: QAction, *, before_quit: bool = False) -> None:
        """Adds a feature's action to a menu (in the File menu, optionally above Lock/Quit)."""
        if before_quit and menu is self.file_menu:
            menu.insertAction(self.lock_action, action)
        else:
            menu.addAction(action)

    # -- vault ----------------------------------------------------------------------------------

    def set_vault(self, vault: Vault | None) -> None:
        """Gives every page the open vault, or (None) clears every page and model."""
        self._vault = vault
        self.record_actions.set_vault(vault)
        self.reminders.set_vault(vault)
        self.exchange.set_vault(vault)
        if vault is None:
            self.reports.close_all()  # no report may stay on screen
            self.open_formats.close_all()
            self.exchange.close_all()
        for page in self.pages.values():
            page.set_vault(vault)
        self.navigator.clear()
        if vault is None:
            self.search_box.blockSignals(True)
            self.search_box.clear()
            self.search_box.blockSignals(False)
            self._stale.clear()
            self.status.clear()
            return
        self._stale = set(self.pages)
        self._reload_if_stale(self.current_page_id())

    def start_clean(self) -> None:
        """Forgets every record, filter and way back of the previous vault (call while no
        vault is set): another one is opening, and it starts on the dashboard."""
        for page in self.pages.values():
            forget = getattr(page, "forget", None)
            if forget is not None:
                forget()
            box = getattr(page, "filter_box", None)
            if isinstance(box, QLineEdit):
                box.blockSignals(True)
                box.clear()
                box.blockSignals(False)
        self.show_page("dashboard")
        self.navigator.clear()

    def refresh(self) -> None:
        """Marks every page out of date after a change; the visible one reloads now."""
        if self._vault is None:
            return
        self._stale = set(self.pages)
        self._reload_if_stale(self.current_page_id())

    # -- pages ----------------------------------------------------------------------------------

    def current_page_id(self) -> str:
        widget = self.stack.currentWidget()
        return str(getattr(widget, "page_id", ""))

    @Slot(str)
    def show_page(self, page_id: str) -> None:
        page = self.pages.get(page_id)
        if page is None:
            return
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == page_id:
                self.nav.setCurrentRow(row)  # switches the stack through the slot below
                return
        self.nav.setCurrentRow(-1)  # a page outside the navigation (search results)
        self.stack.setCurrentWidget(page)  # type: ignore[arg-type]
        if page_id != "search":  # the search box keeps the focus while the user types
            # An item view focused with no current row takes its first (Qt's focusInEvent):
            # the navigation would switch to the dashboard when the window shows again.
            page.setFocus()  # type: ignore[attr-defined]
        self._reload_if_stale(page_id)

    @Slot(str, str)
    def open_record(self, table: str, record_id: str) -> None:
        """Shows a record on its page: a person's dossier, a case page (a hearing: its case
        page with the hearing selected; other records: the page they belong to)."""
        self.navigator.open_record(table, record_id)

    @Slot()
    def _on_record_missing(self) -> None:
        self.show_status_message(self.tr("This record no longer exists or is in the trash."))

    @Slot()
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    @Slot()
    def show_help(self) -> None:
        self._dialogs.info(
            self,
            self.tr("Casefile help"),
            self.tr(
                "Casefile keeps case files in an encrypted vault on this computer.\n\n"
                "Ctrl+F  find people, cases, places and more\n"
                "Ctrl+L  lock now (Casefile also locks itself after a few idle minutes)\n"
                "Ctrl+N  new record\n"
                "F1      this help\n\n"
                "In a list: type in the filter box to narrow it, click a column header to sort, "
                "right-click a header to choose columns, Enter opens the selected record.\n\n"
                "Nothing leaves this computer unless you export or print it."
            ),
        )

    @Slot()
    def show_changes(self) -> ChangesDialog | None:
        """View › Changes since…: what was added or changed lately, by device (non-modal; a
        lock closes it with every other window)."""
        if self._vault is None:
            return None
        dialog = ChangesDialog(self._vault, self._runner, self._dialogs, self)
        dialog.record_requested.connect(self.open_record)
        dialog.show()
        return dialog

    def show_about(self) -> None:
        self._dialogs.info(self, about_title(), about_text())

    # -- slots ------------------------------------------------------------------------------------

    @Slot(int)
    def _on_nav_current_row_changed(self, row: int) -> None:
        item = self.nav.item(row)
        if item is None:
            return
        page_id = str(item.data(Qt.ItemDataRole.UserRole))
        page = self.pages.get(page_id)
        if page is not None:
            self.stack.setCurrentWidget(page)  # type: ignore[arg-type]
            self._reload_if_stale(page_id)

    @Slot(str)
    def _on_search_box_text_changed(self, text: str) -> None:
        if text.strip():
            if self.current_page_id() != "search":
                self._previous_page = self.current_page_id()
                self.show_page("search")
            self.search_panel.set_query(text)
        else:
            self.search_panel.clear()
            if self.current_page_id() == "search":
                self.show_page(getattr(self, "_previous_page", "dashboard"))

    @Slot(str)
    def _on_dashboard_status_requested(self, status: str) -> None:
        self.show_page("people")
        self.people.set_filter(label(status))

    def connect_record_signals(self, page: object) -> None:
        """Connects a page's edit_requested(table, id or "", preset), delete_requested(table,
        ids) and change_made(change) signals, where it has them, to the record actions."""
        edit = getattr(page, "edit_requested", None)
        if edit is not None:
            edit.connect(self.edit_record)
        delete = getattr(page, "delete_requested", None)
        if delete is not None and not isinstance(page, ListPage):  # lists: _list_page
            delete.connect(self.record_actions.trash)
        made = getattr(page, "change_made", None)
        if made is not None:
            made.connect(self.record_actions.undo_stack.push)

    @Slot(str, str, dict)
    def edit_record(self, table: str, record_id: str, preset: dict[str, Any]) -> None:
        """Opens the form of a record, or of a new one (empty id) with preset values."""
        self.record_actions.edit(table, record_id or None, preset)

    def show_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def new_record_menu(self) -> QMenu:
        """The record kinds Ctrl+N offers; the current page's kind is the default, and on a
        record's page (a dossier, a case) new records are linked to that record."""
        page = self.stack.currentWidget()
        table, record_id = getattr(page, "table", ""), getattr(page, "record_id", "")
        context = {str(table): str(record_id)} if table and record_id else {}
        default = DEFAULT_KIND_OF_PAGE.get(self.current_page_id())
        return self.record_actions.new_menu(default, self, context)

    @Slot()
    def _on_new_action_triggered(self) -> None:
        menu = self.new_record_menu()
        menu.aboutToHide.connect(menu.deleteLater)
        widget = self.findChild(QToolBar, "mainToolbar")
        button = widget.widgetForAction(self.new_action) if widget is not None else None
        if button is not None and button.isVisible():
            menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
        else:
            menu.popup(self.mapToGlobal(self.rect().center()))

    @Slot()
    def _on_reminders_opened(self) -> None:
        """A reminder was clicked: the dashboard lists what it was about."""
        if self._vault is None:
            return
        self.show_page("dashboard")
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    @Slot(bool)
    def _on_runner_busy_changed(self, busy: bool) -> None:
        self.status.setText(self.tr("Working…") if busy else "")

    def _reload_if_stale(self, page_id: str) -> None:
        if self._vault is not None and page_id in self._stale:
            self._stale.discard(page_id)
            self.pages[page_id].reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.record_actions.may_close_window():
            event.ignore()
            return
        self._settings.set_geometry("main", self.saveGeometry())
        super().closeEvent(event)
        self.window_closed.emit()
