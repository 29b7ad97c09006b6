"""A person's records as plain rows, read the same way for the dossier and for the reports.

Each reader takes the session of its caller's unit of work. Records in the trash are left out,
and so are rows that hang off a person or case in the trash.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields
from datetime import date, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, literal_column, select
from sqlalchemy.orm import Session

from casefile.domain import detention
from casefile.domain.dates import PartialDate
from casefile.services.records.drafts import vocabulary_in
from casefile.vault.schema import (
    Case,
    CaseParticipant,
    Charge,
    Consent,
    DetentionEvent,
    Hearing,
    IllTreatmentReport,
    Intervention,
    Organisation,
    Person,
    PersonOrganisation,
)

if TYPE_CHECKING:
    from _typeshed import DataclassInstance


def carry[T: DataclassInstance](row: object, kind: type[T], **given: Any) -> T:
    """A ``kind`` holding the fields it shares with ``row`` by name, and ``given`` for the rest.

    The dossier and the reports show the same fields of a record: carried by name, each is
    written down once. A field of ``kind`` that ``row`` lacks and ``given`` does not name is
    an AttributeError, never a silent default.
    """
    values = {f.name: getattr(row, f.name) for f in fields(kind) if f.name not in given}
    return kind(**values, **given)


@dataclass(frozen=True)
class PersonRecord:
    """What a person's own record says about them, as the dossier and the reports show it."""

    id: str
    full_name: str
    name_variants: tuple[str, ...]
    aliases: tuple[str, ...]
    sex: str
    birth_date: PartialDate | None
    nationalities: tuple[str, ...]
    id_document_type: str | None
    id_document_number: str | None
    id_document_issued_by: str | None
    id_document_issued_on: PartialDate | None
    profession: str | None
    roles: tuple[str, ...]
    usual_address: str | None
    contact_details: str | None
    notes: str | None
    risk_level: str | None


def person_record(person: Person) -> PersonRecord:
    """The person's own fields, lists as tuples."""
    return PersonRecord(
        id=person.id,
        full_name=person.full_name,
        name_variants=tuple(person.name_variants or ()),
        aliases=tuple(person.aliases or ()),
        sex=person.sex,
        birth_date=person.birth_date,
        nationalities=tuple(person.nationalities or ()),
        id_document_type=person.id_document_type,
        id_document_number=person.id_document_number,
        id_document_issued_by=person.id_document_issued_by,
        id_document_issued_on=person.id_document_issued_on,
        profession=person.profession,
        roles=tuple(person.roles or ()),
        usual_address=person.usual_address,
        contact_details=person.contact_details,
        notes=person.notes,
        risk_level=person.risk_level,
    )


@dataclass(frozen=True)
class DetentionEventRow:
    id: str
    type: str
    type_label: str
    start: PartialDate
    end: PartialDate | None
    term_until: date | None
    place: str | None
    forces: str | None
    ordering_authority: str | None
    warrant_shown: bool | None
    reasons_given: str | None
    legal_basis: str | None
    notes: str | None
    case_id: str | None
    start_time: time | None = None  # of an arrest or police custody, when known


@dataclass(frozen=True)
class ChargeRow:
    id: str
    person_id: str
    person_name: str
    case_id: str | None
    case_title: str | None
    code: str
    article: str
    wording: str | None
    brought_on: PartialDate | None
    status: str
    sentence: str | None


@dataclass(frozen=True)
class PersonCaseRow:
    """A case a person is in; roles is empty when they are only charged in it."""

    case_id: str
    title: str
    case_numbers: tuple[str, ...]
    status: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class HearingRow:
    """A hearing with its postponement links both ways (to the new date, from the old)."""

    id: str
    case_id: str
    case_title: str
    scheduled_date: date
    scheduled_time: time | None
    court: str | None
    judge: str | None
    kind: str
    closed_to_public: bool
    defendant_present: bool | None
    lawyer_present: bool | None
    monitors_present: bool | None
    outcome: str | None
    notes: str | None
    postponement_reason: str | None
    postponed_to_id: str | None
    postponed_from_id: str | None


@dataclass(frozen=True)
class IllTreatmentRow:
    """Every field of a report, medical findings and source included: what a page or a
    document shows of it is decided there (a report's redaction profile)."""

    id: str
    victim_id: str
    victim_name: str
    case_id: str | None
    incident_date: PartialDate | None
    place: str | None
    circumstances: str | None
    perpetrators: str | None
    perpetrator_unit: str | None
    perpetrator_rank: str | None
    methods: tuple[str, ...]
    injuries: str | None
    medical_exam_date: PartialDate | None
    medical_examiner: str | None
    medical_findings: str | None
    witnesses: str | None
    reported_to: str | None
    reported_on: PartialDate | None
    official_response: str | None
    response_on: PartialDate | None
    source_id: str | None
    notes: str | None


@dataclass(frozen=True)
class InterventionRow:
    id: str
    person_id: str | None
    case_id: str | None
    recipient: str
    sent_on: PartialDate | None
    reference: str | None
    summary: str | None
    reply: str | None
    outcome: str | None


@dataclass(frozen=True)
class ConsentRow:
    id: str
    share_with_un: bool
    share_with_embassies: bool
    share_publicly: bool
    name_usage: str
    informed_state_contacted: bool
    given_on: PartialDate | None
    how_obtained: str | None
    withdrawn_on: date | None
    in_force: bool  # not withdrawn on or before today


@dataclass(frozen=True)
class OrganisationLinkRow:
    id: str
    organisation_id: str
    name: str
    kind: str
    position: str | None


def detention_rows(
    session: Session, person_id: str, lang: str
) -> tuple[list[DetentionEventRow], list[detention.DetentionSpanInput]]:
    """Events in the order they were recorded (what the detention rules need), as rows sorted
    by start and as rule inputs."""
    events = session.scalars(
        select(DetentionEvent)
        .where(DetentionEvent.person_id == person_id, DetentionEvent.deleted_at.is_(None))
        .order_by(literal_column("detention_events.rowid"))
    ).all()
    labels = dict(vocabulary_in(session, "detention_type", lang))
    inputs = [
        detention.DetentionSpanInput(
            type=e.type,
            start=e.start,
            end=e.end,
            term_until=e.term_until,
            facility=e.place,
            event_id=e.id,
            start_time=e.start_time,
        )
        for e in events
    ]
    rows = [
        DetentionEventRow(
            id=e.id,
            type=e.type,
            type_label=labels.get(e.type, e.type),
            start=e.start,
            end=e.end,
            term_until=e.term_until,
            place=e.place,
            forces=e.forces,
            ordering_authority=e.ordering_authority,
            warrant_shown=e.warrant_shown,
            reasons_given=e.reasons_given,
            legal_basis=e.legal_basis,
            notes=e.notes,
            case_id=e.case_id,
            start_time=e.start_time,
        )
        for e in events
    ]
    # sorted() is stable: events on the same start keep the recorded order.
    rows = sorted(rows, key=lambda r: r.start.sort_key())
    return rows, inputs


def charge_rows(session: Session, *conditions: ColumnElement[bool]) -> list[ChargeRow]:
    """Live charges of live people matching ``conditions``, by date brought and article."""
    found = session.execute(
        select(Charge, Person.full_name, Case.title)
        .join(Person, Person.id == Charge.person_id)
        .outerjoin(Case, Case.id == Charge.case_id)
        .where(Charge.deleted_at.is_(None), Person.deleted_at.is_(None), *conditions)
        .order_by(Charge.brought_on, Charge.article)
    ).all()
    return [
        ChargeRow(
            id=c.id,
            person_id=c.person_id,
            person_name=name,
            case_id=c.case_id,
            case_title=title,
            code=c.code,
            article=c.article,
            wording=c.wording,
            brought_on=c.brought_on,
            status=c.status,
            sentence=c.sentence,
        )
        for c, name, title in found
    ]


def hearing_rows(session: Session, case_ids: list[str]) -> list[HearingRow]:
    """Live hearings of live cases, by date then time, with postponement links."""
    found = session.execute(
        select(Hearing, Case.title)
        .join(Case, Case.id == Hearing.case_id)
        .where(Hearing.case_id.in_(case_ids), Hearing.deleted_at.is_(None))
        .where(Case.deleted_at.is_(None))
        .order_by(Hearing.scheduled_date, Hearing.scheduled_time, Hearing.created_at)
    ).all()
    postponed_from = {h.postponed_to_id: h.id for h, _t in found if h.postponed_to_id}
    return [
        HearingRow(
            id=h.id,
            case_id=h.case_id,
            case_title=title,
            scheduled_date=h.scheduled_date,
            scheduled_time=h.scheduled_time,
            court=h.court,
            judge=h.judge,
            kind=h.kind,
            closed_to_public=h.closed_to_public,
            defendant_present=h.defendant_present,
            lawyer_present=h.lawyer_present,
            monitors_present=h.monitors_present,
            outcome=h.outcome,
            notes=h.notes,
            postponement_reason=h.postponement_reason,
            postponed_to_id=h.postponed_to_id,
            postponed_from_id=postponed_from.get(h.id),
        )
        for h, title in found
    ]


def ill_treatment_rows(session: Session, *conditions: ColumnElement[bool]) -> list[IllTreatmentRow]:
    """Live reports about live victims matching ``conditions``, by incident date."""
    found = session.execute(
        select(IllTreatmentReport, Person.full_name)
        .join(Person, Person.id == IllTreatmentReport.victim_id)
        .where(IllTreatmentReport.deleted_at.is_(None), Person.deleted_at.is_(None), *conditions)
        .order_by(IllTreatmentReport.incident_date, IllTreatmentReport.created_at)
    ).all()
    return [
        IllTreatmentRow(
            id=r.id,
            victim_id=r.victim_id,
            victim_name=name,
            case_id=r.case_id,
            incident_date=r.incident_date,
            place=r.place,
            circumstances=r.circumstances,
            perpetrators=r.perpetrators,
            perpetrator_unit=r.perpetrator_unit,
            perpetrator_rank=r.perpetrator_rank,
            methods=tuple(r.methods or ()),
            injuries=r.injuries,
            medical_exam_date=r.medical_exam_date,
            medical_examiner=r.medical_examiner,
            medical_findings=r.medical_findings,
            witnesses=r.witnesses,
            reported_to=r.reported_to,
            reported_on=r.reported_on,
            official_response=r.official_response,
            response_on=r.response_on,
            source_id=r.source_id,
            notes=r.notes,
        )
        for r, name in found
    ]


def intervention_rows(session: Session, *conditions: ColumnElement[bool]) -> list[InterventionRow]:
    """Live interventions matching ``conditions``, by date sent."""
    found = session.scalars(
        select(Intervention)
        .where(Intervention.deleted_at.is_(None), *conditions)
        .order_by(Intervention.sent_on, Intervention.created_at)
    ).all()
    return [
        InterventionRow(
            id=i.id,
            person_id=i.person_id,
            case_id=i.case_id,
            recipient=i.recipient,
            sent_on=i.sent_on,
            reference=i.reference,
            summary=i.summary,
            reply=i.reply,
            outcome=i.outcome,
        )
        for i in found
    ]


def consent_rows(session: Session, person_id: str, today: date) -> list[ConsentRow]:
    """The person's consents as given, oldest first; ``in_force`` as of ``today``."""
    found = session.scalars(
        select(Consent)
        .where(Consent.person_id == person_id, Consent.deleted_at.is_(None))
        .order_by(Consent.given_on, Consent.created_at)
    ).all()
    return [
        ConsentRow(
            id=c.id,
            share_with_un=c.share_with_un,
            share_with_embassies=c.share_with_embassies,
            share_publicly=c.share_publicly,
            name_usage=c.name_usage,
            informed_state_contacted=c.informed_state_contacted,
            given_on=c.given_on,
            how_obtained=c.how_obtained,
            withdrawn_on=c.withdrawn_on,
            in_force=c.withdrawn_on is None or c.withdrawn_on > today,
        )
        for c in found
    ]


def person_cases(session: Session, person_id: str) -> list[PersonCaseRow]:
    """The live cases a person takes part in or is charged in, as they were opened."""
    roles: dict[str, list[str]] = defaultdict(list)
    for case_id, role in session.execute(
        select(CaseParticipant.case_id, CaseParticipant.role)
        .where(CaseParticipant.person_id == person_id, CaseParticipant.deleted_at.is_(None))
        .order_by(CaseParticipant.created_at)
    ):
        if role not in roles[case_id]:
            roles[case_id].append(role)
    charged = session.scalars(
        select(Charge.case_id).where(
            Charge.person_id == person_id, Charge.deleted_at.is_(None), Charge.case_id.is_not(None)
        )
    )
    case_ids = set(roles) | {case_id for case_id in charged if case_id}
    cases = session.scalars(
        select(Case)
        .where(Case.id.in_(case_ids), Case.deleted_at.is_(None))
        .order_by(Case.created_at)
    ).all()
    return [
        PersonCaseRow(
            case_id=c.id,
            title=c.title,
            case_numbers=tuple(c.case_numbers or ()),
            status=c.status,
            roles=tuple(roles.get(c.id, ())),
        )
        for c in cases
    ]


def organisation_rows(session: Session, person_id: str) -> list[OrganisationLinkRow]:
    """The live organisations a person belongs to, by name."""
    found = session.execute(
        select(PersonOrganisation, Organisation)
        .join(Organisation, Organisation.id == PersonOrganisation.organisation_id)
        .where(
            PersonOrganisation.person_id == person_id,
            PersonOrganisation.deleted_at.is_(None),
            Organisation.deleted_at.is_(None),
        )
        .order_by(Organisation.name)
    ).all()
    return [
        OrganisationLinkRow(
            id=link.id, organisation_id=org.id, name=org.name, kind=org.kind, position=link.position
        )
        for link, org in found
    ]
