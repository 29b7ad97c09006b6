"""The case page: title, numbers, stage and summary; defendants with their current status and
days in custody; other participants; charges; the hearing chain with its postponements;
interventions, ill-treatment reports, attachments and the change history.

In the hearing chain a postponed hearing keeps its own date and shows an arrow to the hearing
it was postponed to ("→ 14.05.2026"); the new hearing shows where it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QWidget,
)

from casefile.domain.enums import HearingOutcome
from casefile.services.lists.dossiers import get_case_page
from casefile.ui.i18n.labels import QT_TRANSLATE_NOOP, label, status_rank
from casefile.ui.i18n.language import current_language, fill
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.page_header import PageHeader
from casefile.ui.kit.table_model import Column, ModelIndex, RowTableModel
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.pages import hearing_actions
from casefile.ui.pages.attachments_panel import AttachmentsSection
from casefile.ui.pages.dossier_page import (
    CHARGE_COLUMNS,
    HISTORY_COLUMNS,
    ILL_TREATMENT_COLUMNS,
    INTERVENTION_COLUMNS,
    day,
)
from casefile.ui.pages.hearing_text import postponed_text
from casefile.ui.pages.record_page import RecordPage, Section, SectionTable

if TYPE_CHECKING:
    from casefile.vault.vault import Vault


def tr(text: str) -> str:
    return QCoreApplication.translate("CasePage", text)


def load_case(vault: Vault, case_id: str, today: date | None = None) -> Any:
    """Runs on a worker thread: the case page from the service."""
    return get_case_page(vault, case_id, today or date.today(), current_language())


@dataclass(frozen=True)
class ChainRow:
    """A hearing in the chain, with the dates it was postponed to / from."""

    id: str
    item: Any  # services.lists.record_rows.HearingRow
    to_date: date | None
    from_date: date | None
    upcoming: bool  # the next hearing still to come


def chain_rows(hearings: Any, today: date) -> list[ChainRow]:
    by_id = {h.id: h for h in hearings}
    next_id = next(
        (h.id for h in hearings if h.scheduled_date >= today and h.outcome is None), None
    )
    rows = []
    for h in hearings:
        to = by_id.get(h.postponed_to_id) if h.postponed_to_id else None
        source = by_id.get(h.postponed_from_id) if h.postponed_from_id else None
        rows.append(
            ChainRow(
                h.id,
                h,
                to.scheduled_date if to else None,
                source.scheduled_date if source else None,
                h.id == next_id,
            )
        )
    return rows


def _postponement(row: ChainRow) -> str:
    h = row.item
    parts = []
    if row.from_date is not None:
        parts.append(fill(tr("← from %1"), day(row.from_date)))
    if row.to_date is not None:
        text = fill(tr("→ to %1"), day(row.to_date))
        if h.postponement_reason:
            text += f" ({h.postponement_reason})"
        parts.append(text)
    return "  ".join(parts)


def _outcome(row: ChainRow) -> str:
    if row.item.outcome == HearingOutcome.POSTPONED:
        return postponed_text(row.to_date)
    return label(row.item.outcome) or (tr("next") if row.upcoming else "")


def _attendance(h: Any) -> str:
    marks = []
    for flag, text in (
        (h.defendant_present, tr("defendant")),
        (h.lawyer_present, tr("lawyer")),
        (h.monitors_present, tr("monitors")),
    ):
        if flag is not None:
            marks.append(("✓ " if flag else "✗ ") + text)
    return ", ".join(marks)


CHAIN_COLUMNS = (
    Column(
        "date",
        QT_TRANSLATE_NOOP("columns", "Date"),
        lambda r: day(r.item.scheduled_date),
        lambda r: (r.item.scheduled_date, r.item.scheduled_time or ""),
        width=85,
    ),
    Column("time", QT_TRANSLATE_NOOP("columns", "Time"), lambda r: r.item.scheduled_time, width=50),
    Column("kind", QT_TRANSLATE_NOOP("columns", "Kind"), lambda r: label(r.item.kind), width=140),
    Column("court", QT_TRANSLATE_NOOP("columns", "Court"), lambda r: r.item.court, width=180),
    Column("judge", QT_TRANSLATE_NOOP("columns", "Judge"), lambda r: r.item.judge, width=135),
    Column("outcome", QT_TRANSLATE_NOOP("columns", "Outcome"), _outcome, width=160),
    Column("chain", QT_TRANSLATE_NOOP("columns", "Postponement"), _postponement, width=300),
    Column("present", QT_TRANSLATE_NOOP("columns", "Present"), lambda r: _attendance(r.item)),
)


class ChainModel(RowTableModel):
    """Hearing rows: postponed ones greyed, the next one in bold."""

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            row = self.row_at(index.row())
            if row is not None and row.item.outcome == HearingOutcome.POSTPONED:
                return QColor("#6d6d6d")
            return None
        if role == Qt.ItemDataRole.FontRole:
            row = self.row_at(index.row())
            if row is not None and row.upcoming:
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)


DEFENDANT_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("columns", "Defendant"), lambda r: r.full_name, width=300),
    Column(
        "status",
        QT_TRANSLATE_NOOP("columns", "Current status"),
        lambda r: label(r.status.status),
        lambda r: status_rank(r.status.status),
        width=180,
    ),
    Column(
        "days",
        QT_TRANSLATE_NOOP("columns", "Days in custody"),
        lambda r: r.status.days_in_custody or "",
        lambda r: r.status.days_in_custody,
        numeric=True,
        width=120,
    ),
    Column(
        "since",
        QT_TRANSLATE_NOOP("columns", "Held since"),
        lambda r: day(r.status.custody_started),
        width=110,
    ),
    Column(
        "term",
        QT_TRANSLATE_NOOP("columns", "Term until"),
        lambda r: day(r.status.term_until),
    ),
)
PARTICIPANT_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.full_name, width=300),
    Column("role", QT_TRANSLATE_NOOP("columns", "Role"), lambda r: label(r.role)),
)
CASE_CHARGE_COLUMNS = (
    Column("person", QT_TRANSLATE_NOOP("columns", "Person"), lambda r: r.person_name, width=240),
    *(c for c in CHARGE_COLUMNS if c.id not in ("case", "code")),
)


class CasePage(RecordPage):
    """One case (signals from RecordPage)."""

    table = "cases"

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: DialogService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("case", load_case, runner, parent)
        self.dialogs = dialogs
        layout = self.body_layout

        self.header = PageHeader("case", self)
        self.title_label = self.header.title
        self.facts_label = self.header.add_line("caseFacts")
        self.summary_label = self.header.add_line("caseSummary", selectable=True)
        self.edit_button = self.header.add_button("edit", tr("Edit…"), self._on_edit_clicked)
        self.report_button = self.header.add_button(
            "report", tr("Report…"), self._on_report_clicked
        )
        layout.addWidget(self.header)

        case_preset = self._case_preset
        self.defendants = self._section(tr("Defendants"), DEFENDANT_COLUMNS)
        self.defendants.table.row_opened.connect(
            lambda row: self.record_activated.emit("persons", row.person_id)
        )
        self.defendants.add_button(
            tr("Add person…"),
            lambda: self.request_edit("case_participants", "", case_preset()),
        )
        self.participants = self._section(tr("Lawyers, judges and others"), PARTICIPANT_COLUMNS)
        self.participants.table.row_opened.connect(
            lambda row: self.record_activated.emit("persons", row.person_id)
        )
        self.charges = self._section(tr("Charges"), CASE_CHARGE_COLUMNS)
        self.charges.table.row_opened.connect(lambda row: self.request_edit("charges", row.id))
        self.charges.add_button(tr("Add…"), lambda: self.request_edit("charges", "", case_preset()))

        self.chain_model = ChainModel(CHAIN_COLUMNS, self)
        self.hearings = Section(
            tr("Hearings"), CHAIN_COLUMNS, self, model=self.chain_model, max_rows=14
        )
        self.hearings.table.row_opened.connect(self._on_chain_row_opened)
        self.hearings.add_button(
            tr("Add hearing…"), lambda: self.request_edit("hearings", "", case_preset())
        )
        self.postpone_button = self.hearings.add_button(
            tr("Postponed to…"),
            self.postpone_selected,
            tr("Record that the selected hearing was postponed, and to when"),
        )
        self.outcome_button = self.hearings.add_button(
            tr("Record outcome…"), self.record_outcome_selected
        )
        self.hearings.add_button(tr("Edit…"), self._edit_selected_hearing)
        layout.addWidget(self.hearings)

        self.interventions = self._section(tr("Interventions"), INTERVENTION_COLUMNS)
        self.interventions.table.row_opened.connect(
            lambda row: self.request_edit("interventions", row.id)
        )
        self.interventions.add_button(
            tr("Add…"), lambda: self.request_edit("interventions", "", case_preset())
        )
        self.ill_treatment = self._section(tr("Ill-treatment reports"), ILL_TREATMENT_COLUMNS)
        self.ill_treatment.table.row_opened.connect(
            lambda row: self.request_edit("ill_treatment_reports", row.id)
        )
        self.attachments = AttachmentsSection(
            runner,
            dialogs,
            lambda: (self.vault, "cases", self.record_id),
            self,
        )
        self.attachments.attachments_changed.connect(self.records_changed)
        layout.addWidget(self.attachments)
        self.history = self._section(tr("Change history"), HISTORY_COLUMNS)
        # The order a lawyer reads a case in: who is held, what comes next, what is charged.
        for section in (
            self.defendants,
            self.hearings,
            self.charges,
            self.interventions,
            self.ill_treatment,
            self.participants,
            self.attachments,
            self.history,
        ):
            layout.removeWidget(section)
            layout.addWidget(section)
        layout.addStretch(1)
        self.clear_data()

    def _case_preset(self) -> dict[str, Any]:
        return {"case_id": self.record_id}

    def _section(self, title: str, columns: tuple[Column, ...]) -> Section:
        section = Section(title, columns, self)
        self.body_layout.addWidget(section)
        return section

    # -- showing ----------------------------------------------------------------------------------

    def show_data(self, data: Any) -> None:
        self.title_label.setText(data.title)
        facts = [label(data.status)]
        if data.case_numbers:
            facts.append(", ".join(data.case_numbers))
        held = sum(
            1 for d in data.defendants if d.status.days_in_custody and d.status.custody_started
        )
        facts.append(fill(tr("defendants: %1"), str(len(data.defendants))))
        if held:
            facts.append(fill(tr("held now: %1"), str(held)))
        if any(h.closed_to_public for h in data.hearings):
            facts.append(tr("closed to the public"))
        self.facts_label.setText(" — ".join(facts))
        self.summary_label.setText(data.summary or "")
        self.summary_label.setVisible(bool(data.summary))
        self.defendants.set_rows(data.defendants)
        self.participants.set_rows(data.participants)
        self.charges.set_rows(data.charges)
        self.hearings.set_rows(chain_rows(data.hearings, date.today()))
        self.interventions.set_rows(data.interventions)
        self.ill_treatment.set_rows(data.ill_treatment)
        self.attachments.set_rows(data.attachments)
        self.history.set_rows(data.history)
        for button in (self.edit_button, self.report_button):
            button.setEnabled(True)
        if self.focus_id and self.hearings.table.select_id(self.focus_id):
            self.ensureWidgetVisible(self.hearings)
            self.hearings.table.setFocus()
        else:
            # Long chains open at the next hearing, with the earlier ones above it.
            upcoming = next((r for r in self.chain_model.rows() if r.upcoming), None)
            if upcoming is not None:
                row = self.chain_model.row_of_id(upcoming.id)
                self.hearings.table.scrollTo(
                    self.chain_model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter
                )

    def clear_data(self) -> None:
        for text_label in (self.title_label, self.facts_label, self.summary_label):
            text_label.clear()
        for section in (
            self.defendants,
            self.participants,
            self.charges,
            self.hearings,
            self.interventions,
            self.ill_treatment,
            self.attachments,
            self.history,
        ):
            section.set_rows([])
        self.attachments.close_viewer()
        for button in (self.edit_button, self.report_button):
            button.setEnabled(False)

    # -- hearing actions --------------------------------------------------------------------------

    def _selected_hearing(self) -> ChainRow | None:
        table: SectionTable = self.hearings.table
        row = table.selected_row()
        if row is None:
            self.dialogs.info(self, tr("Hearings"), tr("Please select a hearing first."))
        return row if isinstance(row, ChainRow) else None

    def _hearing_context(self) -> hearing_actions.HearingContext | None:
        vault = self.vault
        if vault is None or self.data is None:
            return None
        return hearing_actions.HearingContext(
            self, self._runner, self.dialogs, vault, self.change_made.emit
        )

    def _hearing_ref(self, row: ChainRow) -> hearing_actions.HearingRef:
        h = row.item
        return hearing_actions.HearingRef(
            h.id,
            h.scheduled_date,
            h.scheduled_time,
            self.data.title if self.data is not None else "",
            postponed=h.postponed_to_id is not None,
            outcome=h.outcome,
        )

    def postpone_selected(self) -> None:
        row = self._selected_hearing()
        context = self._hearing_context()
        if row is not None and context is not None:
            hearing_actions.postpone(context, self._hearing_ref(row), self._on_hearing_postponed)

    def record_outcome_selected(self) -> None:
        row = self._selected_hearing()
        context = self._hearing_context()
        if row is not None and context is not None:
            hearing_actions.record_outcome(
                context, self._hearing_ref(row), self.records_changed.emit
            )

    def _on_hearing_postponed(self, new_id: str) -> None:
        self.focus_id = new_id
        self.records_changed.emit()

    def _edit_selected_hearing(self) -> None:
        row = self._selected_hearing()
        if row is not None:
            self.request_edit("hearings", row.id)

    def _on_chain_row_opened(self, row: Any) -> None:
        # A postponed hearing leads on to the hearing it was postponed to.
        if isinstance(row, ChainRow) and row.item.postponed_to_id:
            self.hearings.table.select_id(row.item.postponed_to_id)
        elif isinstance(row, ChainRow):
            self.request_edit("hearings", row.id)

    # -- slots ------------------------------------------------------------------------------------

    def _on_edit_clicked(self) -> None:
        if self.record_id:
            self.request_edit("cases", self.record_id)

    def _on_report_clicked(self) -> None:
        if self.record_id:
            self.report_requested.emit("cases", self.record_id)
