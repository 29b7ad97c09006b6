"""Read-side pages: a person's dossier and a case page.

Each page is read in one session and returned as frozen dataclasses, its rows read by
record_rows as the reports read them. Records in the trash are left out everywhere, and so are
rows that hang off a person or case in the trash.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from casefile.domain import detention
from casefile.services.lists.record_rows import (
    ChargeRow,
    ConsentRow,
    DetentionEventRow,
    HearingRow,
    IllTreatmentRow,
    InterventionRow,
    OrganisationLinkRow,
    PersonCaseRow,
    PersonRecord,
    carry,
    charge_rows,
    consent_rows,
    detention_rows,
    hearing_rows,
    ill_treatment_rows,
    intervention_rows,
    organisation_rows,
    person_cases,
    person_record,
)
from casefile.services.lists.status import NO_RECORD, PersonStatus, status_from_inputs, statuses
from casefile.services.records.attachments import AttachmentInfo, attachments_of
from casefile.services.records.drafts import get_live
from casefile.services.records.history import HistoryRow, history_rows
from casefile.vault.schema import (
    Case,
    CaseParticipant,
    Charge,
    IllTreatmentReport,
    Intervention,
    Person,
)
from casefile.vault.vault import Vault


@dataclass(frozen=True)
class PersonDossier(PersonRecord):
    """A person's page: their own record, then everything that hangs off it."""

    version: int
    updated_at: datetime
    updated_by: str
    status: PersonStatus
    days_in_custody: int
    detention_events: tuple[DetentionEventRow, ...]  # by start, then as recorded
    spans: tuple[detention.Span, ...]
    charges: tuple[ChargeRow, ...]
    cases: tuple[PersonCaseRow, ...]
    hearings: tuple[HearingRow, ...]  # of those cases, by date and time
    ill_treatment: tuple[IllTreatmentRow, ...]
    interventions: tuple[InterventionRow, ...]
    consents: tuple[ConsentRow, ...]
    organisations: tuple[OrganisationLinkRow, ...]
    attachments: tuple[AttachmentInfo, ...]
    history: tuple[HistoryRow, ...]  # newest first
    # Each measure event's derived extent (for the timeline), in the order of the rules.
    event_extents: tuple[detention.EventExtent, ...] = ()


@dataclass(frozen=True)
class DefendantRow:
    participant_id: str
    person_id: str
    full_name: str
    status: PersonStatus


@dataclass(frozen=True)
class ParticipantRow:
    participant_id: str
    person_id: str
    full_name: str
    role: str


@dataclass(frozen=True)
class CasePage:
    id: str
    title: str
    case_numbers: tuple[str, ...]
    summary: str | None
    status: str
    version: int
    updated_at: datetime
    updated_by: str
    defendants: tuple[DefendantRow, ...]
    participants: tuple[ParticipantRow, ...]  # everyone but the defendants
    charges: tuple[ChargeRow, ...]
    hearings: tuple[HearingRow, ...]  # the chain by date and time
    interventions: tuple[InterventionRow, ...]
    ill_treatment: tuple[IllTreatmentRow, ...]
    attachments: tuple[AttachmentInfo, ...]
    history: tuple[HistoryRow, ...]  # newest first


# -- pages ----------------------------------------------------------------------------------


def get_person_dossier(
    vault: Vault, person_id: str, today: date, lang: str = "en", now: datetime | None = None
) -> PersonDossier:
    """Everything about one person as of ``today``; RecordNotFoundError if gone or in trash.

    With ``now``, the 48 hours of police custody are counted in hours where the time of arrest
    is known (domain/detention.py)."""
    with vault.read() as session:
        person = get_live(session, "persons", person_id)
        assert isinstance(person, Person)
        events, inputs = detention_rows(session, person_id, lang)
        status = status_from_inputs(inputs, now or today)
        cases = person_cases(session, person_id)
        return carry(
            person_record(person),
            PersonDossier,
            version=person.version,
            updated_at=person.updated_at,
            updated_by=person.updated_by,
            status=status,
            days_in_custody=status.days_in_custody,
            detention_events=tuple(events),
            spans=tuple(detention.derive_spans(inputs, today)),
            charges=tuple(charge_rows(session, Charge.person_id == person_id)),
            cases=tuple(cases),
            hearings=tuple(hearing_rows(session, [c.case_id for c in cases])),
            ill_treatment=tuple(
                ill_treatment_rows(session, IllTreatmentReport.victim_id == person_id)
            ),
            interventions=tuple(intervention_rows(session, Intervention.person_id == person_id)),
            consents=tuple(consent_rows(session, person_id, today)),
            organisations=tuple(organisation_rows(session, person_id)),
            attachments=tuple(attachments_of(session, "persons", person_id)),
            history=tuple(history_rows(session, "persons", person_id, lang)),
            event_extents=tuple(detention.event_extents(inputs, today)),
        )


def get_case_page(vault: Vault, case_id: str, today: date, lang: str = "en") -> CasePage:
    """A case with its people, charges, hearing chain and interventions as of ``today``."""
    with vault.read() as session:
        case = get_live(session, "cases", case_id)
        assert isinstance(case, Case)
        people = session.execute(
            select(
                CaseParticipant.id,
                CaseParticipant.person_id,
                Person.full_name,
                CaseParticipant.role,
            )
            .join(Person, Person.id == CaseParticipant.person_id)
            .where(
                CaseParticipant.case_id == case_id,
                CaseParticipant.deleted_at.is_(None),
                Person.deleted_at.is_(None),
            )
            .order_by(Person.full_name, CaseParticipant.created_at)
        ).all()
        defendant_ids = [pid for _i, pid, _n, role in people if role == "defendant"]
        by_person = statuses(session, today, defendant_ids)
        return CasePage(
            id=case.id,
            title=case.title,
            case_numbers=tuple(case.case_numbers or ()),
            summary=case.summary,
            status=case.status,
            version=case.version,
            updated_at=case.updated_at,
            updated_by=case.updated_by,
            defendants=tuple(
                DefendantRow(
                    participant_id=i,
                    person_id=pid,
                    full_name=n,
                    status=by_person.get(pid, NO_RECORD),
                )
                for i, pid, n, role in people
                if role == "defendant"
            ),
            participants=tuple(
                ParticipantRow(participant_id=i, person_id=pid, full_name=n, role=role)
                for i, pid, n, role in people
                if role != "defendant"
            ),
            charges=tuple(charge_rows(session, Charge.case_id == case_id)),
            hearings=tuple(hearing_rows(session, [case_id])),
            interventions=tuple(intervention_rows(session, Intervention.case_id == case_id)),
            ill_treatment=tuple(ill_treatment_rows(session, IllTreatmentReport.case_id == case_id)),
            attachments=tuple(attachments_of(session, "cases", case_id)),
            history=tuple(history_rows(session, "cases", case_id, lang)),
        )
