"""The hearings agenda for lawyers: a day or a week of hearings, with case, defendants, court,
judge and time. Past hearings with no outcome are flagged (and those of the last weeks are
listed on top, so none is forgotten).

One action, "Postponed to…", asks for the new date, time and reason, records it and reloads:
two clicks and a date. "Record outcome…" records what happened. "Export agenda (.ics)…"
writes the shown period, or every future hearing with a reminder (agenda_exports.py), to a
calendar file on explicit request, with a warning that the file is not encrypted, optionally
with case references only (no names). "Court-day list…" asks the Reports machinery for the
printable list of the day or week shown.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casefile.domain.enums import HearingOutcome
from casefile.services.open_formats.file_exports import export_agenda
from casefile.services.records.hearings import agenda_screen
from casefile.ui.i18n.labels import QT_TRANSLATE_NOOP, label
from casefile.ui.i18n.language import fill
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import show_error
from casefile.ui.kit.icons import icon
from casefile.ui.kit.page_header import PageHeader
from casefile.ui.kit.table_model import ROW_ROLE, Column, ModelIndex, RowTableModel
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.pages import agenda_exports, hearing_actions
from casefile.ui.pages.hearing_text import postponed_text

if TYPE_CHECKING:
    from casefile.vault.vault import Vault

#: How far back past hearings without an outcome are listed on top of the agenda.
OVERDUE_DAYS = 60
MAX_DEFENDANT_NAMES = 3


def tr(text: str) -> str:
    return QCoreApplication.translate("AgendaPage", text)


WEEKDAYS = (
    QT_TRANSLATE_NOOP("AgendaPage", "Mon"),
    QT_TRANSLATE_NOOP("AgendaPage", "Tue"),
    QT_TRANSLATE_NOOP("AgendaPage", "Wed"),
    QT_TRANSLATE_NOOP("AgendaPage", "Thu"),
    QT_TRANSLATE_NOOP("AgendaPage", "Fri"),
    QT_TRANSLATE_NOOP("AgendaPage", "Sat"),
    QT_TRANSLATE_NOOP("AgendaPage", "Sun"),
)


def week_of(day: date) -> tuple[date, date]:
    """Monday to Sunday of the week holding ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


@dataclass(frozen=True)
class AgendaData:
    rows: tuple[Any, ...]  # services.records.hearings.AgendaRow: overdue first, then the period
    start: date
    end: date
    today: date
    #: Hearings in the period and overdue ones: len(rows) once the whole period is read.
    total: int = 0
    #: Whether rows hold the whole period, or its first screen (the rest follows).
    complete: bool = True
    #: Overdue hearings before the period (the first screen holds the first of them).
    overdue_total: int = 0


def load_screen(
    vault: Vault, start: date, end: date, today: date, *, whole: bool = False
) -> AgendaData:
    """Runs on a worker thread: the first screen of overdue hearings before the period
    (outcome missing) and of the period, with how many each holds (a week at 1,000,000
    hearings: 6,000); with `whole`, all of them."""
    screen = agenda_screen(
        vault,
        start,
        end,
        today=today,
        overdue_from=today - timedelta(days=OVERDUE_DAYS),
        whole=whole,
    )
    rows = screen.overdue + screen.rows
    total = screen.overdue_total + screen.total
    return AgendaData(rows, start, end, today, total, screen.complete, screen.overdue_total)


def load_agenda(vault: Vault, start: date, end: date, today: date) -> AgendaData:
    """Runs on a worker thread: the period's hearings, after the overdue ones before it."""
    return load_screen(vault, start, end, today, whole=True)


def _when(row: Any) -> str:
    return f"{tr(WEEKDAYS[row.scheduled_date.weekday()])} {row.scheduled_date:%d.%m.%Y}"


def _defendants(row: Any) -> str:
    names = list(row.defendants[:MAX_DEFENDANT_NAMES])
    text = ", ".join(names)
    if len(row.defendants) > MAX_DEFENDANT_NAMES:
        text += " " + fill(tr("+%1 more"), str(len(row.defendants) - MAX_DEFENDANT_NAMES))
    return text


def _outcome(row: Any) -> str:
    if row.needs_outcome:
        return tr("⚠ outcome missing")
    if row.outcome == HearingOutcome.POSTPONED:
        return postponed_text(row.postponed_to_date)
    return label(row.outcome)


COLUMNS = (
    Column(
        "date",
        QT_TRANSLATE_NOOP("columns", "Date"),
        _when,
        lambda r: (r.scheduled_date, r.scheduled_time or ""),
        width=115,
    ),
    Column("time", QT_TRANSLATE_NOOP("columns", "Time"), lambda r: r.scheduled_time, width=50),
    Column("case", QT_TRANSLATE_NOOP("columns", "Case"), lambda r: r.case_title, width=250),
    Column("defendants", QT_TRANSLATE_NOOP("columns", "Defendants"), _defendants, width=200),
    Column("court", QT_TRANSLATE_NOOP("columns", "Court"), lambda r: r.court, width=170),
    Column("judge", QT_TRANSLATE_NOOP("columns", "Judge"), lambda r: r.judge, width=125),
    Column("kind", QT_TRANSLATE_NOOP("columns", "Kind"), lambda r: r.kind_label, width=120),
    Column("outcome", QT_TRANSLATE_NOOP("columns", "Outcome"), _outcome, width=150),
)


class AgendaModel(RowTableModel):
    """Agenda rows: missing outcomes in red, today's hearings in bold, postponed ones grey."""

    today = date.min

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            row = self.row_at(index.row())
            if row is None:
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                if row.needs_outcome:
                    return QBrush(QColor("#b71c1c"))
                if row.outcome == HearingOutcome.POSTPONED:
                    return QBrush(QColor("#6d6d6d"))
                return None
            if row.scheduled_date == self.today:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            row = self.row_at(index.row())
            if row is not None:
                return "\n".join(
                    part
                    for part in (
                        row.case_title,
                        ", ".join(row.case_numbers),
                        ", ".join(row.defendants),
                        row.court or "",
                        row.judge or "",
                        tr("Closed to the public") if row.closed_to_public else "",
                    )
                    if part
                )
        return super().data(index, role)


class AgendaPage(QWidget):
    """Upcoming hearings by day or week.

    Signals:
        record_activated(str, str): open a hearing ("hearings", id) or a case.
        records_changed(): a hearing was postponed or its outcome recorded.
        change_made(object): what that wrote (a services.records.undo.Change), for Undo.
        agenda_loaded(int): rows shown after a load.
        court_day_requested(object, str): the court-day list of this date, "day" or "week".
    """

    record_activated = Signal(str, str)
    records_changed = Signal()
    change_made = Signal(object)
    agenda_loaded = Signal(int)
    court_day_requested = Signal(object, str)

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: DialogService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.page_id = "agenda"
        self._runner = runner
        self.dialogs = dialogs
        self._vault: Vault | None = None
        self._serial = 0
        self._rest_of = 0  # the load whose first screen is shown while the rest is read
        self._select_after_load = ""
        self.today = date.today()
        self.anchor = self.today
        self.mode = "week"

        self.previous_button = QToolButton(self)
        self.previous_button.setIcon(icon("back"))
        self.previous_button.setToolTip(tr("Earlier"))
        self.previous_button.setAccessibleName(tr("Earlier"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton(self)
        self.next_button.setIcon(icon("forward"))
        self.next_button.setToolTip(tr("Later"))
        self.next_button.setAccessibleName(tr("Later"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button = QPushButton(icon("today"), tr("Today"), self)
        self.today_button.clicked.connect(self.go_today)
        self.day_button = QPushButton(tr("Day"), self)
        self.week_button = QPushButton(tr("Week"), self)
        modes = QButtonGroup(self)
        for button, mode in ((self.day_button, "day"), (self.week_button, "week")):
            button.setCheckable(True)
            modes.addButton(button)
            button.clicked.connect(lambda _checked=False, mode=mode: self.set_mode(mode))
        self.week_button.setChecked(True)
        self.header = PageHeader(
            "agenda", self, title_name="agendaRange", title_scale=1.15, wrap_title=False
        )
        self.range_label = self.header.title
        self.count_label = QLabel(self)
        self.count_label.setObjectName("agendaCount")

        self.postpone_button = QPushButton(icon("postpone"), tr("Postponed to…"), self)
        self.postpone_button.setToolTip(
            tr("The selected hearing was postponed: give the new date and the reason")
        )
        self.postpone_button.clicked.connect(self.postpone_selected)
        self.outcome_button = QPushButton(icon("outcome"), tr("Record outcome…"), self)
        self.outcome_button.clicked.connect(self.record_outcome_selected)
        self.open_button = QPushButton(icon("cases"), tr("Open case"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.export_button = QPushButton(icon("export"), tr("Export agenda (.ics)…"), self)
        export_menu = QMenu(self.export_button)
        self.export_named_action = export_menu.addAction(tr("With case titles and names…"))
        self.export_named_action.triggered.connect(lambda: self.export_ics(with_names=True))
        self.export_plain_action = export_menu.addAction(
            tr("Without names (case references only)…")
        )
        self.export_plain_action.triggered.connect(lambda: self.export_ics(with_names=False))
        export_menu.addSeparator()
        self.export_future_action = export_menu.addAction(tr("All future hearings…"))
        self.export_future_action.triggered.connect(self.export_future)
        self.export_button.setMenu(export_menu)
        self.court_day_button = QPushButton(icon("print"), tr("Court-day list…"), self)
        self.court_day_button.setObjectName("courtDayButton")
        self.court_day_button.setToolTip(
            tr("Print or save the hearings of the day or week shown, by court")
        )
        self.court_day_button.clicked.connect(self._on_court_day_button_clicked)

        self.model = AgendaModel(COLUMNS, self)
        self.view = QTableView(self)
        self.view.setObjectName("agendaView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for number, column in enumerate(COLUMNS):
            self.view.setColumnWidth(number, column.width)
            # Case and defendants share what is left, so the row never scrolls sideways.
            if column.id in ("case", "defendants"):
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._on_view_activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_view_context_menu_requested)
        postpone_key = QAction(self.view)
        postpone_key.setShortcut(QKeySequence("Ctrl+P"))
        postpone_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        postpone_key.triggered.connect(self.postpone_selected)
        self.view.addAction(postpone_key)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.details = QLabel(self)
        self.details.setObjectName("agendaDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setMargin(8)
        self.details.setMinimumHeight(120)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("agendaEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)

        for step in (self.previous_button, self.today_button, self.next_button):
            self.header.add_leading(step)
        self.header.add_action_widget(self.count_label)
        self.header.add_action_widget(self.day_button, space_before=12)
        self.header.add_action_widget(self.week_button)
        actions = QHBoxLayout()
        for button in (self.postpone_button, self.outcome_button, self.open_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.court_day_button)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addLayout(actions)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.details, 1)
        self.empty_label.hide()
        self._update_range_label()

    # -- page interface ---------------------------------------------------------------------------

    @property
    def vault(self) -> Vault | None:
        return self._vault

    def set_vault(self, vault: Vault | None) -> None:
        self._vault = vault
        if vault is None:
            self.clear()

    def clear(self) -> None:
        self._serial += 1
        self.model.clear()
        self.count_label.clear()
        self.details.clear()

    def period(self) -> tuple[date, date]:
        if self.mode == "day":
            return self.anchor, self.anchor
        return week_of(self.anchor)

    def reload(self) -> None:
        vault = self._vault
        if vault is None:
            return
        self.today = date.today()
        start, end = self.period()
        today = self.today
        self._serial += 1
        serial = self._serial
        # The first screen paints at once; a longer period's rest follows in a second read.
        self._runner.run(
            lambda: load_screen(vault, start, end, today),
            lambda data: self._on_loaded(serial, data),
        )

    # -- navigation -------------------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.day_button.setChecked(mode == "day")
        self.week_button.setChecked(mode == "week")
        self._update_range_label()
        self.reload()

    def step(self, direction: int) -> None:
        self.anchor += timedelta(days=direction * (1 if self.mode == "day" else 7))
        self._update_range_label()
        self.reload()

    def go_today(self) -> None:
        self.anchor = date.today()
        self._update_range_label()
        self.reload()

    def show_date(self, day: date) -> None:
        self.anchor = day
        self._update_range_label()
        self.reload()

    def _update_range_label(self) -> None:
        start, end = self.period()
        if start == end:
            text = f"{tr(WEEKDAYS[start.weekday()])} {start:%d.%m.%Y}"
        else:
            text = f"{start:%d.%m.%Y} – {end:%d.%m.%Y}"
        self.range_label.setText(text)

    # -- rows -------------------------------------------------------------------------------------

    def _on_loaded(self, serial: int, data: object) -> None:
        if serial != self._serial or self._vault is None:
            return
        assert isinstance(data, AgendaData)
        vault = self._vault
        # The row chosen while the first screen was shown stays chosen when the rest comes.
        kept = self.selected_row() if self._rest_of == serial else None
        self._rest_of = 0
        if not data.complete:
            self._rest_of = serial
            self._runner.run(
                lambda: load_agenda(vault, data.start, data.end, data.today),
                lambda rest: self._on_loaded(serial, rest),
            )
        self.model.today = data.today
        self.model.set_rows(data.rows)
        overdue = sum(1 for row in data.rows if row.needs_outcome)
        if not data.complete:  # the first screen: the overdue ones past it are counted
            overdue += data.overdue_total - sum(
                1 for row in data.rows if row.scheduled_date < data.start
            )
        shown = len(data.rows)
        text = fill(tr("Hearings: %1"), str(max(shown, data.total)))
        if overdue:
            text += "  " + fill(tr("(outcome missing: %1)"), str(overdue))
        self.count_label.setText(text)
        self.empty_label.setText(tr("No hearings in this period."))
        self.empty_label.setVisible(shown == 0)
        if self._select_after_load and data.complete:
            self.select_hearing(self._select_after_load)
            self._select_after_load = ""
        elif kept is not None and self.select_hearing(kept.id):
            pass
        elif shown:
            # The first hearing still to come (or the last one) is selected and described.
            upcoming = next(
                (n for n, r in enumerate(data.rows) if r.scheduled_date >= data.today), shown - 1
            )
            self.view.selectRow(upcoming)
        self._show_details(self.selected_row())
        if data.complete:
            self.agenda_loaded.emit(shown)

    def rows(self) -> list[Any]:
        return self.model.rows()

    def select_hearing(self, hearing_id: str) -> bool:
        row = self.model.row_of_id(hearing_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def selected_row(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _selected_or_tell(self) -> Any | None:
        row = self.selected_row()
        if row is None:
            self.dialogs.info(self, tr("Hearings agenda"), tr("Please select a hearing first."))
        return row

    # -- actions ----------------------------------------------------------------------------------

    def _hearing_context(self) -> hearing_actions.HearingContext | None:
        vault = self._vault
        if vault is None:
            return None
        return hearing_actions.HearingContext(
            self, self._runner, self.dialogs, vault, self.change_made.emit
        )

    @staticmethod
    def _hearing_ref(row: Any) -> hearing_actions.HearingRef:
        return hearing_actions.HearingRef(
            row.id,
            row.scheduled_date,
            row.scheduled_time,
            row.case_title,
            postponed=row.postponed_to_id is not None,
            outcome=row.outcome,
        )

    @Slot()
    def postpone_selected(self) -> None:
        row = self._selected_or_tell()
        context = self._hearing_context()
        if row is not None and context is not None:
            hearing_actions.postpone(context, self._hearing_ref(row), self._on_postponed)

    def _on_postponed(self, new_id: str) -> None:
        self._select_after_load = new_id
        self.records_changed.emit()
        self.reload()

    @Slot()
    def record_outcome_selected(self) -> None:
        row = self._selected_or_tell()
        context = self._hearing_context()
        if row is None or context is None:
            return

        def done() -> None:
            self._select_after_load = row.id
            self.records_changed.emit()
            self.reload()

        hearing_actions.record_outcome(context, self._hearing_ref(row), done)

    @Slot()
    def open_selected(self) -> None:
        row = self._selected_or_tell()
        if row is not None:
            self.record_activated.emit("hearings", row.id)

    def export_ics(self, *, with_names: bool) -> None:
        """Writes the shown period to an .ics file, after a warning (and only on request)."""
        vault = self._vault
        if vault is None:
            return
        start, end = self.period()
        warning = tr(
            "The calendar file is NOT encrypted: anyone who gets it (or the phone or computer "
            "it is synced to) can read it."
        )
        if with_names:
            warning += "\n\n" + tr(
                "It will contain case titles, defendants' and judges' names. Choose the variant "
                "without names if the file may leave this computer."
            )
        else:
            warning += "\n\n" + tr("It will contain case references, courts and dates only.")
        warning += "\n\n" + fill(
            tr("Export the hearings from %1 to %2?"), f"{start:%d.%m.%Y}", f"{end:%d.%m.%Y}"
        )
        if not self.dialogs.confirm(self, tr("Export agenda"), warning, danger=True):
            return
        path = self.dialogs.save_file(
            self,
            tr("Save the agenda as"),
            f"hearings-{start:%Y%m%d}.ics",
            tr("iCalendar files (*.ics)"),
            suffix=".ics",
        )
        if path is None:
            return
        word = tr("Hearing")

        def work() -> int:
            return export_agenda(vault, path, start, end, with_names=with_names, label=word)

        def done(count: object) -> None:
            self.dialogs.info(
                self,
                tr("Export agenda"),
                fill(tr("Hearings exported: %1. Saved (not encrypted): %2"), str(count), str(path)),
            )

        self._runner.run(work, done, lambda error: show_error(self.dialogs, self, error))

    def export_future(self) -> None:
        """Every hearing from today on to an .ics file, with an optional reminder."""
        if self._vault is not None:
            agenda_exports.export_future(self, self._runner, self.dialogs, self._vault)

    # -- slots ------------------------------------------------------------------------------------

    @Slot()
    def _on_court_day_button_clicked(self) -> None:
        if self._vault is not None:
            self.court_day_requested.emit(self.anchor, self.mode)

    @Slot(QModelIndex)
    def _on_view_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.record_activated.emit("hearings", row.id)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_details(current.data(ROW_ROLE) if current.isValid() else None)

    def _show_details(self, row: Any | None) -> None:
        """Everything about the selected hearing, untruncated."""
        if row is None:
            self.details.setText(
                "<i>" + html.escape(tr("Select a hearing to see its details.")) + "</i>"
            )
            return
        when = _when(row)
        if row.scheduled_time is not None:
            when += " " + row.scheduled_time.strftime("%H:%M")
        lines = [f"<b>{html.escape(when)} — {html.escape(row.case_title)}</b>"]
        facts = [
            (tr("Case numbers"), ", ".join(row.case_numbers)),
            (tr("Defendants"), ", ".join(row.defendants)),
            (tr("Court"), row.court or ""),
            (tr("Judge"), row.judge or ""),
            (tr("Kind"), row.kind_label),
            (tr("Outcome"), _outcome(row)),
        ]
        if row.closed_to_public:
            facts.append((tr("Public"), tr("closed to the public")))
        lines.extend(f"{html.escape(name)}: {html.escape(value)}" for name, value in facts if value)
        self.details.setText("<br>".join(lines))

    @Slot(QPoint)
    def _on_view_context_menu_requested(self, pos: QPoint) -> None:
        if self.selected_row() is None:
            return
        menu = QMenu(self)
        menu.addAction(tr("Postponed to…"), self.postpone_selected)
        menu.addAction(tr("Record outcome…"), self.record_outcome_selected)
        menu.addAction(tr("Open case"), self.open_selected)
        menu.exec(self.view.viewport().mapToGlobal(pos))
