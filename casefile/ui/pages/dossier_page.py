"""The person dossier: identity, current status and days in custody, the detention timeline,
and everything recorded about the person (charges, cases, hearings, ill-treatment,
interventions, consent, attachments, change history).

The page only shows: editing goes out through `edit_requested` (table, id or "" for a new
record, preset fields such as {"person_id": …}) and reports through `report_requested`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefile.domain.enums import AuditAction, CurrentStatus, Sex
from casefile.services.lists.dossiers import get_person_dossier
from casefile.services.records.undo import Change, ChangeKind, record_change
from casefile.services.search.name_variants import add_name_variant, suggestions_for
from casefile.ui.i18n.labels import QT_TRANSLATE_NOOP, label
from casefile.ui.i18n.language import (
    current_language,
    days_in_custody,
    fill,
    format_date,
    format_partial_date,
)
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.page_header import PageHeader
from casefile.ui.kit.table_model import Column
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.pages.attachments_panel import AttachmentsSection
from casefile.ui.pages.detention_timeline import DetentionTimeline, TimelineModel, build_timeline
from casefile.ui.pages.record_page import RecordPage, Section, field_row

if TYPE_CHECKING:
    from casefile.vault.vault import Vault

#: Statuses in which a person is held (days in custody are shown prominently).
HELD: frozenset[str] = frozenset(
    {CurrentStatus.POLICE_CUSTODY, CurrentStatus.PRETRIAL_DETENTION, CurrentStatus.IMPRISONED}
)


def tr(text: str) -> str:
    return QCoreApplication.translate("DossierPage", text)


def day(value: date | None) -> str:
    return format_date(value)


def partial(value: Any) -> str:
    """A PartialDate as people read it ("c. March 2024"); "" for None."""
    return format_partial_date(value)


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return tr("yes") if value else tr("no")


@dataclass(frozen=True)
class DossierData:
    dossier: Any  # services.lists.dossiers.PersonDossier
    timeline: TimelineModel
    suggested_spellings: tuple[str, ...] = ()  # Latin and Cyrillic, not yet recorded


def load_dossier(vault: Vault, person_id: str, today: date | None = None) -> DossierData:
    """Runs on a worker thread: the dossier and its timeline model."""
    now = datetime.now() if today is None else None  # the 48 hours, counted in hours
    today = today or date.today()
    dossier = get_person_dossier(vault, person_id, today, current_language(), now)
    timeline = build_timeline(dossier.detention_events, dossier.event_extents, today)
    suggested = suggestions_for(vault, person_id)
    return DossierData(dossier, timeline, (*suggested.latin, *suggested.cyrillic))


def status_text(status: Any) -> str:
    """One line: the status, days in custody, since when, and the term ordered."""
    parts = [label(status.status)]
    if status.days_in_custody:
        parts.append(days_in_custody(status.days_in_custody))
    if status.custody_started is not None:
        parts.append(fill(tr("held since %1"), day(status.custody_started)))
    if status.term_until is not None:
        parts.append(fill(tr("term until %1"), day(status.term_until)))
    return " — ".join(parts)


def _changes(row: Any) -> str:
    return "; ".join(
        f"{c.label}: {c.old or '∅'} → {c.new or '∅'}"
        if row.action == AuditAction.UPDATE
        else c.label
        for c in row.changes
    )


def _hearing_outcome(row: Any) -> str:
    return label(row.outcome)


DETENTION_COLUMNS = (
    Column("type", QT_TRANSLATE_NOOP("columns", "Event"), lambda r: r.type_label, width=190),
    Column(
        "from",
        QT_TRANSLATE_NOOP("columns", "From"),
        lambda r: partial(r.start) + (f" {r.start_time:%H:%M}" if r.start_time else ""),
        lambda r: r.start.sort_key(),
        width=130,
    ),
    Column("to", QT_TRANSLATE_NOOP("columns", "To"), lambda r: partial(r.end), width=130),
    Column(
        "term", QT_TRANSLATE_NOOP("columns", "Term until"), lambda r: day(r.term_until), width=100
    ),
    Column("place", QT_TRANSLATE_NOOP("columns", "Place"), lambda r: r.place or "", width=240),
    Column("notes", QT_TRANSLATE_NOOP("columns", "Notes"), lambda r: r.notes or ""),
)
CHARGE_COLUMNS = (
    Column("article", QT_TRANSLATE_NOOP("columns", "Article"), lambda r: r.article, width=90),
    Column("code", QT_TRANSLATE_NOOP("columns", "Code"), lambda r: label(r.code), width=130),
    Column("wording", QT_TRANSLATE_NOOP("columns", "Wording"), lambda r: r.wording, width=300),
    Column("case", QT_TRANSLATE_NOOP("columns", "Case"), lambda r: r.case_title, width=260),
    Column("brought", QT_TRANSLATE_NOOP("columns", "Brought on"), lambda r: partial(r.brought_on)),
    Column("status", QT_TRANSLATE_NOOP("columns", "Status"), lambda r: label(r.status)),
    Column("sentence", QT_TRANSLATE_NOOP("columns", "Sentence"), lambda r: r.sentence),
)
CASE_COLUMNS = (
    Column("title", QT_TRANSLATE_NOOP("columns", "Case"), lambda r: r.title, width=420),
    Column(
        "numbers", QT_TRANSLATE_NOOP("columns", "Case numbers"), lambda r: r.case_numbers, width=180
    ),
    Column("stage", QT_TRANSLATE_NOOP("columns", "Stage"), lambda r: label(r.status), width=110),
    Column(
        "roles",
        QT_TRANSLATE_NOOP("columns", "Role"),
        lambda r: ", ".join(label(role) for role in r.roles),
    ),
)
HEARING_COLUMNS = (
    Column(
        "date",
        QT_TRANSLATE_NOOP("columns", "Date"),
        lambda r: day(r.scheduled_date),
        lambda r: (r.scheduled_date, r.scheduled_time or ""),
        width=90,
    ),
    Column("time", QT_TRANSLATE_NOOP("columns", "Time"), lambda r: r.scheduled_time, width=55),
    Column("case", QT_TRANSLATE_NOOP("columns", "Case"), lambda r: r.case_title, width=300),
    Column("court", QT_TRANSLATE_NOOP("columns", "Court"), lambda r: r.court, width=240),
    Column("kind", QT_TRANSLATE_NOOP("columns", "Kind"), lambda r: label(r.kind), width=150),
    Column("outcome", QT_TRANSLATE_NOOP("columns", "Outcome"), _hearing_outcome),
)
ILL_TREATMENT_COLUMNS = (
    Column(
        "date",
        QT_TRANSLATE_NOOP("columns", "Incident"),
        lambda r: partial(r.incident_date),
        width=130,
    ),
    Column("place", QT_TRANSLATE_NOOP("columns", "Place"), lambda r: r.place, width=200),
    Column(
        "methods",
        QT_TRANSLATE_NOOP("columns", "Methods"),
        lambda r: ", ".join(label(m) for m in r.methods),
        width=220,
    ),
    Column(
        "reported", QT_TRANSLATE_NOOP("columns", "Reported to"), lambda r: r.reported_to, width=200
    ),
    Column(
        "response",
        QT_TRANSLATE_NOOP("columns", "Official response"),
        lambda r: r.official_response or tr("none recorded"),
    ),
)
INTERVENTION_COLUMNS = (
    Column("sent", QT_TRANSLATE_NOOP("columns", "Sent"), lambda r: partial(r.sent_on), width=120),
    Column(
        "recipient",
        QT_TRANSLATE_NOOP("columns", "Recipient"),
        lambda r: label(r.recipient),
        width=200,
    ),
    Column(
        "reference", QT_TRANSLATE_NOOP("columns", "Reference"), lambda r: r.reference, width=140
    ),
    Column("summary", QT_TRANSLATE_NOOP("columns", "Summary"), lambda r: r.summary, width=320),
    Column("reply", QT_TRANSLATE_NOOP("columns", "Reply"), lambda r: r.reply or tr("no reply")),
)


def _sharing(row: Any) -> str:
    shared = [
        text
        for flag, text in (
            (row.share_with_un, tr("UN")),
            (row.share_with_embassies, tr("embassies")),
            (row.share_publicly, tr("public")),
        )
        if flag
    ]
    return ", ".join(shared) if shared else tr("nobody")


CONSENT_COLUMNS = (
    Column(
        "given", QT_TRANSLATE_NOOP("columns", "Given"), lambda r: partial(r.given_on), width=120
    ),
    Column("share", QT_TRANSLATE_NOOP("columns", "May be shared with"), _sharing, width=220),
    Column(
        "names", QT_TRANSLATE_NOOP("columns", "Name use"), lambda r: label(r.name_usage), width=140
    ),
    Column(
        "force",
        QT_TRANSLATE_NOOP("columns", "In force"),
        lambda r: (
            yes_no(r.in_force)
            + (" (" + fill(tr("withdrawn %1"), day(r.withdrawn_on)) + ")" if r.withdrawn_on else "")
        ),
        width=180,
    ),
    Column("how", QT_TRANSLATE_NOOP("columns", "How obtained"), lambda r: r.how_obtained),
)
HISTORY_COLUMNS = (
    Column(
        "at",
        QT_TRANSLATE_NOOP("columns", "When"),
        lambda r: r.at.strftime("%d.%m.%Y %H:%M"),
        lambda r: r.at,
        width=130,
    ),
    Column("actor", QT_TRANSLATE_NOOP("columns", "Who"), lambda r: r.actor, width=120),
    Column("action", QT_TRANSLATE_NOOP("columns", "What"), lambda r: label(r.action), width=90),
    Column("reason", QT_TRANSLATE_NOOP("columns", "Reason"), lambda r: r.reason, width=110),
    Column("changes", QT_TRANSLATE_NOOP("columns", "Changes"), _changes),
)


class DossierPage(RecordPage):
    """One person's dossier (see the module docstring for its signals, from RecordPage)."""

    table = "persons"

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: DialogService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("dossier", load_dossier, runner, parent)
        self.dialogs = dialogs
        layout = self.body_layout

        # Heading: name, status, actions.
        self.header = PageHeader("dossier", self, title_name="dossierName")
        self.name_label = self.header.title
        self.status_label = self.header.add_line("dossierStatus", scale=1.15)
        self.alert_label = self.header.add_line("dossierAlert", alert=True)
        self.edit_button = self.header.add_button("edit", tr("Edit…"), self._on_edit_clicked)
        self.report_button = self.header.add_button(
            "report", tr("Report…"), self._on_report_clicked
        )
        layout.addWidget(self.header)

        # The timeline, full width.
        timeline_box = QGroupBox(tr("Detention timeline"), self)
        timeline_layout = QVBoxLayout(timeline_box)
        self.timeline = DetentionTimeline(timeline_box)
        self.timeline.setAccessibleName(tr("Detention timeline"))
        self.timeline.event_activated.connect(
            lambda event_id: self.request_edit("detention_events", event_id)
        )
        timeline_layout.addWidget(self.timeline)
        layout.addWidget(timeline_box)

        # Identity, in two columns so that a wide window is not mostly empty.
        identity_box = QGroupBox(tr("Identity"), self)
        identity_layout = QVBoxLayout(identity_box)
        columns = QHBoxLayout()
        identity_layout.addLayout(columns)
        self.identity: dict[str, QLabel] = {}
        self._identity_forms: dict[str, QFormLayout] = {}
        fields = (
            ("variants", tr("Also written")),
            ("sex", tr("Sex")),
            ("birth", tr("Born")),
            ("nationalities", tr("Nationality")),
            ("document", tr("Identity document")),
            ("profession", tr("Profession")),
            ("roles", tr("Roles")),
            ("organisations", tr("Organisations")),
            ("address", tr("Usual address")),
            ("contact", tr("Contact")),
            ("risk", tr("Risk")),
            ("notes", tr("Notes")),
            ("updated", tr("Last changed")),
        )
        for half in (fields[:6], fields[6:]):
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key, text in half:
                value = field_row(identity_box)
                value.setObjectName(f"identity_{key}")
                form.addRow(text, value)
                self.identity[key] = value
                self._identity_forms[key] = form
            columns.addLayout(form, 1)
        # Other spellings of the name, so a search in either script finds the person.
        self.spellings_row = QWidget(identity_box)
        self.spellings_row.setObjectName("suggestedSpellings")
        self._spellings_layout = QHBoxLayout(self.spellings_row)
        self._spellings_layout.setContentsMargins(0, 4, 0, 0)
        self._spellings_layout.addWidget(QLabel(tr("Suggested spellings:"), self.spellings_row))
        self._spellings_layout.addStretch(1)
        self.spelling_buttons: list[QPushButton] = []
        identity_layout.addWidget(self.spellings_row)
        layout.addWidget(identity_box)

        pid = self._person_preset
        self.detention = self._section(
            tr("Detention events"), DETENTION_COLUMNS, "detention_events", pid
        )
        self.charges = self._section(tr("Charges"), CHARGE_COLUMNS, "charges", pid)
        self.cases = self._section(tr("Cases"), CASE_COLUMNS, "", None)
        self.add_to_case_button = self.cases.add_button(
            tr("Add to a case…"),
            lambda: self.request_edit("case_participants", "", pid()),
            tr("Link this person to a case, with their role in it"),
        )
        self.cases.table.row_opened.connect(
            lambda row: self.record_activated.emit("cases", row.case_id)
        )
        self.hearings = self._section(tr("Hearings in these cases"), HEARING_COLUMNS, "", None)
        self.hearings.table.row_opened.connect(
            lambda row: self.record_activated.emit("hearings", row.id)
        )
        self.ill_treatment = self._section(
            tr("Ill-treatment reports"),
            ILL_TREATMENT_COLUMNS,
            "ill_treatment_reports",
            lambda: {"victim_id": self.record_id},
        )
        self.interventions = self._section(
            tr("Interventions"), INTERVENTION_COLUMNS, "interventions", pid
        )
        self.consents = self._section(tr("Consent"), CONSENT_COLUMNS, "consents", pid)
        self.attachments = AttachmentsSection(
            runner,
            dialogs,
            lambda: (self.vault, "persons", self.record_id),
            self,
        )
        self.attachments.attachments_changed.connect(self.records_changed)
        layout.addWidget(self.attachments)
        self.history = Section(tr("Change history"), HISTORY_COLUMNS, self)
        layout.addWidget(self.history)
        layout.addStretch(1)
        self.clear_data()

    # -- building helpers -------------------------------------------------------------------------

    def _person_preset(self) -> dict[str, Any]:
        return {"person_id": self.record_id}

    def _section(self, title: str, columns: tuple[Column, ...], table: str, preset: Any) -> Section:
        section = Section(title, columns, self)
        if table:
            section.add_button(
                tr("Add…"), lambda: self.request_edit(table, "", preset() if preset else {})
            )
            section.table.row_opened.connect(lambda row: self.request_edit(table, row.id))
        self.body_layout.addWidget(section)
        return section

    # -- showing ----------------------------------------------------------------------------------

    def show_data(self, data: Any) -> None:
        assert isinstance(data, DossierData)
        d = data.dossier
        self.name_label.setText(d.full_name)
        self.status_label.setText(status_text(d.status))
        alerts = []
        if d.status.police_custody_over_48h:
            alerts.append(tr("Held in police custody for more than 48 hours."))
        if d.status.term_until is not None and d.status.term_until < date.today():
            alerts.append(tr("The detention term has expired."))
        if d.consents and not any(c.in_force for c in d.consents):
            alerts.append(tr("Consent was withdrawn: do not share."))
        self.alert_label.setText(" ".join(alerts))
        self.alert_label.setVisible(bool(alerts))
        self.timeline.set_model(data.timeline)
        document = " ".join(
            part
            for part in (
                label(d.id_document_type),
                d.id_document_number or "",
                d.id_document_issued_by or "",
                partial(d.id_document_issued_on),
            )
            if part
        )
        values = {
            "variants": ", ".join((*d.name_variants, *d.aliases)),
            "sex": label(d.sex) if d.sex != Sex.UNKNOWN else "",
            "birth": partial(d.birth_date),
            "nationalities": ", ".join(d.nationalities),
            "document": document,
            "profession": d.profession or "",
            "roles": ", ".join(label(role) for role in d.roles),
            "organisations": ", ".join(
                f"{o.name} ({o.position})" if o.position else o.name for o in d.organisations
            ),
            "address": d.usual_address or "",
            "contact": d.contact_details or "",
            "risk": label(d.risk_level),
            "notes": d.notes or "",
            "updated": f"{d.updated_at:%d.%m.%Y %H:%M}, {d.updated_by}",
        }
        for key, value in values.items():
            self.identity[key].setText(value)
            self._identity_forms[key].setRowVisible(self.identity[key], bool(value))
        self._show_spellings(data.suggested_spellings)
        self.detention.set_rows(d.detention_events)
        self.charges.set_rows(d.charges)
        self.cases.set_rows(d.cases)
        self.hearings.set_rows(d.hearings)
        self.ill_treatment.set_rows(d.ill_treatment)
        self.interventions.set_rows(d.interventions)
        self.consents.set_rows(d.consents)
        self.attachments.set_rows(d.attachments)
        self.history.set_rows(d.history)
        self.edit_button.setEnabled(True)
        self.report_button.setEnabled(True)
        if self.focus_id:  # opened from a report or intervention: show its row
            for section in (self.ill_treatment, self.interventions, self.detention, self.charges):
                if section.table.select_id(self.focus_id):
                    self.ensureWidgetVisible(section)
                    break

    def clear_data(self) -> None:
        self.name_label.clear()
        self.status_label.clear()
        self.alert_label.clear()
        self.alert_label.hide()
        self.timeline.clear()
        for value in self.identity.values():
            value.clear()
        self._show_spellings(())
        for section in (
            self.detention,
            self.charges,
            self.cases,
            self.hearings,
            self.ill_treatment,
            self.interventions,
            self.consents,
            self.attachments,
            self.history,
        ):
            section.set_rows([])
        self.attachments.close_viewer()
        self.edit_button.setEnabled(False)
        self.report_button.setEnabled(False)

    def _show_spellings(self, spellings: tuple[str, ...]) -> None:
        for button in self.spelling_buttons:
            self._spellings_layout.removeWidget(button)
            button.deleteLater()
        self.spelling_buttons = []
        for spelling in spellings:
            button = QPushButton(f"+ {spelling}", self.spellings_row)
            button.setToolTip(tr("Add this spelling to the person's other spellings"))
            button.clicked.connect(lambda _checked=False, s=spelling: self._add_spelling(s))
            self._spellings_layout.insertWidget(self._spellings_layout.count() - 1, button)
            self.spelling_buttons.append(button)
        self.spellings_row.setVisible(bool(spellings))

    def _add_spelling(self, spelling: str) -> None:
        vault, person_id = self.vault, self.record_id
        if vault is None or not person_id:
            return
        for button in self.spelling_buttons:
            button.setEnabled(False)
        lang = current_language()

        def added(result: tuple[object, Change | None]) -> None:
            self.change_made.emit(result[1])
            self.records_changed.emit()

        self._runner.run(
            lambda: record_change(
                vault,
                ChangeKind.SAVE,
                lambda: add_name_variant(vault, person_id, spelling),
                subject=("persons", person_id),
                lang=lang,
            ),
            added,
            self._runner.report_error,
        )

    # -- slots ------------------------------------------------------------------------------------

    def _on_edit_clicked(self) -> None:
        if self.record_id:
            self.request_edit("persons", self.record_id)

    def _on_report_clicked(self) -> None:
        if self.record_id:
            self.report_requested.emit("persons", self.record_id)
