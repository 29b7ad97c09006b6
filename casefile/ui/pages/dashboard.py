"""The dashboard: who is held, what is coming, what needs action, each item one click away.

Data comes from casefile.services.lists.dashboard on a worker thread and is turned there into the
plain DashboardData below (texts and the record each item opens), so the widgets only show it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casefile.domain.enums import CurrentStatus, HearingOutcome
from casefile.services.lists.dashboard import dashboard
from casefile.ui.i18n.labels import label
from casefile.ui.i18n.language import (
    days_in_custody,
    fill,
    format_date,
    format_number,
    format_partial_date,
)
from casefile.ui.kit.page_header import PageHeader
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.pages.hearing_text import postponed_text

if TYPE_CHECKING:
    from casefile.vault.vault import Vault

SECTIONS = ("hearings", "terms", "police", "ill_treatment")
#: Items a section lists at most; a last line gives the number of the others and opens them.
SECTION_SHOWN = 100
#: Where a section's other items are: a page, or the People list filtered by a status.
SECTION_MORE: dict[str, tuple[str, str]] = {
    "hearings": ("page", "agenda"),
    "terms": ("status", CurrentStatus.PRETRIAL_DETENTION.value),
    "police": ("status", CurrentStatus.POLICE_CUSTODY.value),
    "ill_treatment": ("page", "ill_treatment"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("DashboardPage", text)


def day(value: date | None) -> str:
    return format_date(value)


@dataclass(frozen=True)
class DashboardItem:
    text: str
    table: str
    id: str


@dataclass(frozen=True)
class DashboardData:
    today: date
    status_counts: tuple[tuple[str, int], ...] = ()
    sections: dict[str, tuple[DashboardItem, ...]] = field(default_factory=dict)
    #: For a section that lists only some of its items: how many there are in all.
    totals: dict[str, int] = field(default_factory=dict)


def load_dashboard(vault: Vault, today: date | None = None) -> DashboardData:
    """Runs on a worker thread: the service's dashboard as texts and record links."""
    raw = dashboard(vault, today or date.today())
    # Each list shows its first items only: ten thousand word-wrapped rows in a list widget
    # took a second to lay out, and nobody reads them on a dashboard.
    first = slice(SECTION_SHOWN)
    return DashboardData(
        today=raw.today,
        status_counts=tuple((c.status, c.count) for c in raw.status_counts if c.count),
        sections={
            "hearings": tuple(_hearing(row) for row in raw.upcoming_hearings[first]),
            "terms": tuple(_term(term) for term in raw.expiring_terms[first]),
            "police": tuple(_custody(alert) for alert in raw.police_custody_over_48h[first]),
            "ill_treatment": tuple(_report(r) for r in raw.unanswered_ill_treatment[first]),
        },
        totals={
            "hearings": raw.upcoming_hearings_count,
            "terms": raw.expiring_terms_count,
            "police": raw.police_custody_over_48h_count,
            "ill_treatment": raw.unanswered_ill_treatment_count,
        },
    )


def _hearing(row: Any) -> DashboardItem:
    when = day(row.scheduled_date)
    if row.scheduled_time is not None:
        when += " " + row.scheduled_time.strftime("%H:%M")
    # A group trial can have a dozen defendants: three names and a count keep it readable.
    who = ", ".join(row.defendants[:3])
    if len(row.defendants) > 3:
        who += f" +{len(row.defendants) - 3}"
    postponed = ""
    if row.outcome == HearingOutcome.POSTPONED:
        postponed = postponed_text(row.postponed_to_date)
    parts = [when, postponed, row.case_title, who, row.court or ""]
    return DashboardItem(" — ".join(p for p in parts if p), "hearings", row.id)


def _term(term: Any) -> DashboardItem:
    if term.days_left < 0:
        due = QCoreApplication.translate(
            "DashboardPage", "expired %n day(s) ago", "", -term.days_left
        )
    elif term.days_left == 0:
        due = tr("ends today")
    else:
        due = QCoreApplication.translate("DashboardPage", "%n day(s) left", "", term.days_left)
    # Whole sentences with placeholders: word order differs between languages.
    text = fill(tr("%1 — term until %2 (%3)"), term.full_name, day(term.term_until), due)
    return DashboardItem(text, "persons", term.id)


def _custody(alert: Any) -> DashboardItem:
    text = fill(
        tr("%1 — since %2 (%3)"),
        alert.full_name,
        day(alert.custody_started),
        days_in_custody(alert.days),
    )
    return DashboardItem(text, "persons", alert.id)


def _report(report: Any) -> DashboardItem:
    parts = [report.victim_name]
    if report.incident_date is not None:
        parts.append(format_partial_date(report.incident_date))
    if report.reported_to:
        parts.append(fill(tr("reported to %1"), report.reported_to))
    # Opens the victim's dossier with this report selected.
    return DashboardItem(" — ".join(parts), "ill_treatment_reports", report.id)


class DashboardPage(QScrollArea):
    """Counts by status and four action lists.

    Signals:
        record_activated(str, str): an item was opened (table, record id).
        status_requested(str): a count tile was clicked (the status code).
        page_requested(str): a section's "more" line was opened (the page id to show); a
            line whose items are people asks for status_requested instead.
        data_loaded(): the dashboard finished loading.
    """

    record_activated = Signal(str, str)
    status_requested = Signal(str)
    page_requested = Signal(str)
    data_loaded = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_id = "dashboard"
        self._runner = runner
        self._vault: Vault | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

        body = QWidget(self)
        self.tiles = QGridLayout()
        self.tiles.setHorizontalSpacing(8)
        titles = {
            "hearings": self.tr("Hearings in the next 7 days"),
            "terms": self.tr("Detention terms ending within 14 days"),
            "police": self.tr("In police custody for more than 48 hours"),
            "ill_treatment": self.tr("Ill-treatment reports without an official response"),
        }
        self._titles = titles
        self.lists: dict[str, QListWidget] = {}
        self.boxes: dict[str, QGroupBox] = {}
        grid = QGridLayout()
        for number, key in enumerate(SECTIONS):
            box = QGroupBox(titles[key], body)
            inner = QVBoxLayout(box)
            widget = QListWidget(box)
            widget.setObjectName(f"dashboard_{key}")
            widget.setMinimumHeight(160)
            widget.setWordWrap(True)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            widget.setAlternatingRowColors(True)
            widget.itemActivated.connect(self._on_list_item_activated)
            widget.itemClicked.connect(self._on_list_item_activated)
            inner.addWidget(widget)
            grid.addWidget(box, number // 2, number % 2)
            self.lists[key] = widget
            self.boxes[key] = box
        self.heading = PageHeader("dashboard", body, wrap_title=False)
        self.heading.title.setText(self.tr("Today"))
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addLayout(self.tiles)
        layout.addSpacing(8)
        layout.addLayout(grid, 1)
        self.setWidget(body)
        self._tile_buttons: list[QPushButton] = []

    def retranslate(self) -> None:
        """Relabels the page in a newly installed language (the main window reloads the items)."""
        self._titles = {
            "hearings": self.tr("Hearings in the next 7 days"),
            "terms": self.tr("Detention terms ending within 14 days"),
            "police": self.tr("In police custody for more than 48 hours"),
            "ill_treatment": self.tr("Ill-treatment reports without an official response"),
        }
        for key, box in self.boxes.items():
            box.setTitle(self._titles[key])
        self.heading.title.setText(self.tr("Today"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "boxes"):
            self.retranslate()
        super().changeEvent(event)

    # -- page interface ---------------------------------------------------------------------------

    def set_vault(self, vault: Vault | None) -> None:
        self._vault = vault
        if vault is None:
            self.clear()

    def clear(self) -> None:
        for widget in self.lists.values():
            widget.clear()
        self._set_tiles(())

    def reload(self) -> None:
        vault = self._vault
        if vault is not None:
            self._runner.run(lambda: load_dashboard(vault), self._on_loaded)

    # -- showing ----------------------------------------------------------------------------------

    def _on_loaded(self, data: object) -> None:
        if self._vault is None:
            return
        assert isinstance(data, DashboardData)
        self.heading.title.setText(fill(self.tr("Today, %1"), day(data.today)))
        self._set_tiles(data.status_counts)
        for key, widget in self.lists.items():
            widget.clear()
            items = data.sections.get(key, ())
            if not items:
                empty = QListWidgetItem(self.tr("Nothing here."))
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                widget.addItem(empty)
            for entry in items:
                item = QListWidgetItem(entry.text)
                item.setData(Qt.ItemDataRole.UserRole, (entry.table, entry.id))
                item.setToolTip(entry.text)
                widget.addItem(item)
            total = max(data.totals.get(key, len(items)), len(items))
            if total > len(items):
                more = QListWidgetItem(
                    QCoreApplication.translate(
                        "DashboardPage", "%Ln more: open the full list", "", total - len(items)
                    )
                )
                more.setData(Qt.ItemDataRole.UserRole, SECTION_MORE[key])
                font = more.font()
                font.setItalic(True)
                more.setFont(font)
                widget.addItem(more)
            self.boxes[key].setTitle(f"{self._titles[key]} ({format_number(total)})")
        self.data_loaded.emit()

    def _set_tiles(self, counts: tuple[tuple[str, int], ...]) -> None:
        for button in self._tile_buttons:
            self.tiles.removeWidget(button)
            button.deleteLater()
        self._tile_buttons = []
        for number, (code, count) in enumerate(counts):
            button = QPushButton(f"{format_number(count)}\n{label(code)}", self)
            button.setObjectName(f"tile_{code}")
            button.setMinimumHeight(56)
            button.setToolTip(self.tr("Show these people in the list"))
            button.clicked.connect(
                lambda _checked=False, code=code: self.status_requested.emit(code)
            )
            self.tiles.addWidget(button, number // 5, number % 5)
            self._tile_buttons.append(button)

    @Slot(QListWidgetItem)
    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(target, tuple) and len(target) == 2:
            if target[0] == "page":
                self.page_requested.emit(str(target[1]))
            elif target[0] == "status":
                self.status_requested.emit(str(target[1]))
            else:
                self.record_activated.emit(str(target[0]), str(target[1]))
