"""A report's data read from the vault: everything it may print, unredacted, in one read.

The reports' items are filled from the rows the dossier shows (services/lists/record_rows.py),
carried field by field by name, so a record's fields are read and named in one place. What a
profile leaves out is removed later (pipeline.prepare_reports), before a template sees it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from casefile.domain import detention
from casefile.errors import RecordNotFoundError, ValidationError
from casefile.reports.data import (
    Affiliation,
    AttachmentItem,
    CaseItem,
    ChargeItem,
    ConsentData,
    DetentionItem,
    DisclosureItem,
    HearingItem,
    IllTreatmentItem,
    InterventionItem,
    PersonData,
    ReportData,
    SourceItem,
    StatusData,
    Submitter,
)
from casefile.reports.names import split_name
from casefile.services.lists import record_rows
from casefile.services.lists.record_rows import carry
from casefile.services.lists.status import status_from_inputs
from casefile.services.records.drafts import vocabulary_in
from casefile.services.reporting.disclosures import disclosure_rows
from casefile.services.reporting.submitter import submitter_in
from casefile.vault.schema import (
    Attachment,
    Case,
    CaseParticipant,
    Charge,
    IllTreatmentReport,
    Intervention,
    Person,
    Source,
    SourceLink,
)
from casefile.vault.vault import Vault

#: Vocabularies whose labels the templates print (user-added terms included).
REPORT_VOCABULARIES = ("detention_type", "hearing_kind", "ill_treatment_method", "recipient")
#: Roles of people in a case whose names the redaction protects in free texts.
PROTECTED_ROLES = ("defendant", "victim", "witness")
#: Records gathered per read transaction (short transactions, few of them, in a batch).
CHUNK = 25


@dataclass(frozen=True)
class Gathered:
    """What one read found: the people to report on, unredacted, and who else is protected."""

    items: tuple[ReportData, ...]
    case_id: str | None
    #: Other people in these cases whose names must become initials in free texts.
    protected_people: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: person id -> consent problem for UN / embassy documents ("none", "withdrawn", "")
    consent_state: Mapping[str, str] = field(default_factory=dict)


def gather_records(
    vault: Vault,
    record_ids: Sequence[str],
    today: date,
    *,
    people_only: bool = False,
    first_read: Callable[[Session], None] | None = None,
) -> Iterator[Gathered]:
    """Everything a report may print about each person, or each defendant of each case, in
    order. Up to CHUNK records share one read transaction with its vocabulary, submitter and
    consents. RecordNotFoundError for an id that is neither (or is in the trash), or that is
    not a person's when ``people_only``."""
    for start in range(0, len(record_ids), CHUNK):
        with vault.read() as session:
            if first_read is not None and start == 0:
                first_read(session)  # the caller's own reading, in the same transaction
            shared = _Shared(_vocab(session), submitter_in(session))
            for record_id in record_ids[start : start + CHUNK]:
                yield _gather(session, record_id, today, shared, people_only)


def _vocab(session: Session) -> dict[str, dict[str, tuple[str | None, ...]]]:
    labels: dict[str, dict[str, tuple[str | None, ...]]] = {}
    for name in REPORT_VOCABULARIES:
        en = dict(vocabulary_in(session, name, "en"))
        ru = dict(vocabulary_in(session, name, "ru"))
        ky = dict(vocabulary_in(session, name, "ky"))  # the Russian label where none is Kyrgyz
        labels[name] = {
            code: (label, ru.get(code, label), ky.get(code)) for code, label in en.items()
        }
    return labels


def _consents(session: Session, person_id: str, today: date) -> tuple[list[ConsentData], str]:
    """All consents, the latest marked current if in force; and the problem if none is."""
    rows = record_rows.consent_rows(session, person_id, today)
    latest = rows[-1] if rows else None
    problem = "none" if latest is None else ("" if latest.in_force else "withdrawn")
    consents = [carry(c, ConsentData, current=c is latest and c.in_force) for c in rows]
    return consents, problem


def _sources(session: Session, record_ids: set[str], direct: set[str]) -> list[SourceItem]:
    linked = set(
        session.scalars(
            select(SourceLink.source_id).where(
                SourceLink.record_id.in_(record_ids), SourceLink.deleted_at.is_(None)
            )
        )
    )
    found = session.scalars(
        select(Source)
        .where(Source.id.in_(linked | direct), Source.deleted_at.is_(None))
        .order_by(Source.name)
    ).all()
    return [
        SourceItem(
            id=s.id,
            name=s.name,
            contact_details=s.contact_details,
            confidential=s.confidential,
            reliability=s.reliability,
            notes=s.notes,
        )
        for s in found
    ]


def _reference(cases: Sequence[CaseItem], fallback_id: str) -> str:
    for case in cases:
        if case.case_numbers:
            return case.case_numbers[0]
    # A neutral reference that names nobody: the first block of the record's id.
    return "CF-" + fallback_id.split("-")[0].upper()


@dataclass(frozen=True)
class _Shared:
    """What every person's report in one read transaction shares."""

    vocab: dict[str, dict[str, tuple[str | None, ...]]]
    submitter: Submitter | None
    #: Consents read in this transaction, by person: co-defendants recur across a batch.
    consents: dict[str, tuple[list[ConsentData], str]] = field(default_factory=dict)

    def consents_of(
        self, session: Session, person_id: str, today: date
    ) -> tuple[list[ConsentData], str]:
        if person_id not in self.consents:
            self.consents[person_id] = _consents(session, person_id, today)
        return self.consents[person_id]


def _person_data(
    session: Session, person: Person, today: date, focus_case: str | None, shared: _Shared
) -> tuple[ReportData, str]:
    events, inputs = record_rows.detention_rows(session, person.id, "en")
    status = status_from_inputs(inputs, today)
    place = None
    if status.custody_started is not None:
        spans = detention.derive_spans(inputs, today)
        active = [s for s in spans if s.category == "custody" and s.in_force_on(today)]
        place = active[-1].facility if active else None
    case_rows = record_rows.person_cases(session, person.id)
    if focus_case is not None:
        case_rows = [c for c in case_rows if c.case_id == focus_case]
    case_ids = [c.case_id for c in case_rows]
    summaries: dict[str, str | None] = {
        case_id: summary
        for case_id, summary in session.execute(
            select(Case.id, Case.summary).where(Case.id.in_(case_ids))
        )
    }
    cases = [
        carry(
            c,
            CaseItem,
            id=c.case_id,
            summary=summaries.get(c.case_id),
            role=c.roles[0] if c.roles else None,
        )
        for c in case_rows
    ]
    charges = [
        carry(c, ChargeItem)
        for c in record_rows.charge_rows(session, *_person_charge_filter(person.id, focus_case))
    ]
    hearings = [carry(h, HearingItem) for h in record_rows.hearing_rows(session, case_ids)]
    upcoming = [h for h in hearings if h.scheduled_date >= today and h.outcome is None]
    # Every field, medical findings and source included: redaction decides what is printed.
    ill_treatment = [
        carry(r, IllTreatmentItem)
        for r in record_rows.ill_treatment_rows(session, IllTreatmentReport.victim_id == person.id)
    ]
    interventions = [
        carry(i, InterventionItem)
        for i in record_rows.intervention_rows(
            session,
            or_(Intervention.person_id == person.id, Intervention.case_id.in_(case_ids)),
        )
    ]
    consents, problem = shared.consents_of(session, person.id, today)
    current = next((c for c in consents if c.current), None)
    lawyers = _lawyers(session, case_ids)
    family, first = split_name(person.full_name)
    record_ids = {person.id, *case_ids, *(i.id for i in ill_treatment), *(e.id for e in events)}
    sources = _sources(session, record_ids, {i.source_id for i in ill_treatment if i.source_id})
    data = ReportData(
        person=carry(
            record_rows.person_record(person),
            PersonData,
            family_name=family,
            first_names=first,
            organisations=tuple(
                Affiliation(o.name, o.position)
                for o in record_rows.organisation_rows(session, person.id)
            ),
            # Without a consent in force, the safe default: initials.
            name_usage=current.name_usage if current is not None else "initials",
            initials_only=False,  # the redaction's to set
        ),
        today=today,
        reference=_reference(cases, focus_case or person.id),
        status=StatusData(
            status=status.status.value,
            days_in_custody=status.days_in_custody,
            custody_started=status.custody_started,
            term_until=status.term_until,
            place=place,
            police_custody_over_48h=status.police_custody_over_48h,
        ),
        detention=tuple(carry(e, DetentionItem) for e in events),
        charges=tuple(charges),
        cases=tuple(cases),
        hearings=tuple(hearings),
        next_hearing=upcoming[0] if upcoming else None,
        ill_treatment=tuple(ill_treatment),
        interventions=tuple(interventions),
        consents=tuple(consents),
        sources=tuple(sources),
        submitter=shared.submitter,
        disclosures=tuple(carry(d, DisclosureItem) for d in disclosure_rows(session, person.id)),
        lawyers=tuple(lawyers),
        attachments=tuple(_attachments(session, record_ids)),
        vocab=shared.vocab,
    )
    return data, problem


def _lawyers(session: Session, case_ids: list[str]) -> list[str]:
    """The lawyers of these cases (participants with the role lawyer), as named."""
    if not case_ids:
        return []
    names = session.scalars(
        select(Person.full_name)
        .join(CaseParticipant, CaseParticipant.person_id == Person.id)
        .where(
            CaseParticipant.case_id.in_(case_ids),
            CaseParticipant.role == "lawyer",
            CaseParticipant.deleted_at.is_(None),
            Person.deleted_at.is_(None),
        )
        .order_by(CaseParticipant.created_at)
    )
    return list(dict.fromkeys(names))


def _attachments(session: Session, record_ids: set[str]) -> list[AttachmentItem]:
    """Files kept with the person, their cases, events and ill-treatment reports (titles only:
    the files themselves never go into a report)."""
    rows = session.execute(
        select(Attachment.title, Attachment.media_type, Attachment.record_table)
        .where(Attachment.record_id.in_(record_ids), Attachment.deleted_at.is_(None))
        .order_by(Attachment.created_at)
    )
    return [AttachmentItem(title, media, table) for title, media, table in rows]


def _person_charge_filter(person_id: str, case_id: str | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Charge.person_id == person_id]
    if case_id is not None:
        conditions.append(Charge.case_id == case_id)
    return conditions


def _protected_people(
    session: Session, case_ids: list[str], subjects: set[str], today: date, shared: _Shared
) -> list[tuple[str, tuple[str, ...]]]:
    """Defendants, victims and witnesses of these cases, other than the subjects, whose
    consent asks for initials or who have no consent in force."""
    if not case_ids:
        return []
    people = session.scalars(
        select(Person)
        .join(CaseParticipant, CaseParticipant.person_id == Person.id)
        .where(
            CaseParticipant.case_id.in_(case_ids),
            CaseParticipant.role.in_(PROTECTED_ROLES),
            CaseParticipant.deleted_at.is_(None),
            Person.deleted_at.is_(None),
            Person.id.not_in(subjects),
        )
        .distinct()
    ).all()
    protected = []
    for person in people:
        consents, _problem = shared.consents_of(session, person.id, today)
        current = next((c for c in consents if c.current), None)
        if current is None or current.name_usage == "initials":
            others = tuple((*(person.name_variants or ()), *(person.aliases or ())))
            protected.append((person.full_name, others))
    return protected


def _gather(
    session: Session, record_id: str, today: date, shared: _Shared, people_only: bool
) -> Gathered:
    """One person, or each defendant of one case."""
    person = session.get(Person, record_id)
    if person is not None and person.deleted_at is None:
        data, problem = _person_data(session, person, today, None, shared)
        case_ids = [c.id for c in data.cases]
        protected = _protected_people(session, case_ids, {person.id}, today, shared)
        return Gathered((data,), None, tuple(protected), {person.id: problem})
    if people_only:
        raise RecordNotFoundError("No person with this id (or it is in the trash).")
    case = session.get(Case, record_id)
    if case is None or case.deleted_at is not None:
        raise RecordNotFoundError("No person or case with this id (or it is in the trash).")
    defendants = session.scalars(
        select(Person)
        .join(CaseParticipant, CaseParticipant.person_id == Person.id)
        .where(
            CaseParticipant.case_id == case.id,
            CaseParticipant.role == "defendant",
            CaseParticipant.deleted_at.is_(None),
            Person.deleted_at.is_(None),
        )
        .order_by(CaseParticipant.created_at)
    ).all()
    unique = list(dict.fromkeys(defendants))
    if not unique:
        raise ValidationError("This case has no defendants to report on.")
    items, state = [], {}
    for defendant in unique:
        data, problem = _person_data(session, defendant, today, case.id, shared)
        items.append(data)
        state[defendant.id] = problem
    protected = _protected_people(session, [case.id], {p.id for p in unique}, today, shared)
    return Gathered(tuple(items), case.id, tuple(protected), state)
