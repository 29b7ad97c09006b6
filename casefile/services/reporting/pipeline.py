"""Reports as a use case: gather, check consent, redact, render, and log what was given out.

One read unit of work gathers everything a report may print about a person (or each defendant
of a case) into casefile.reports.data. The redaction profile is applied to that data before a
template sees it, so what a profile leaves out is never in the PDF. A document for a UN body
or an embassy is refused (ConsentRequiredError) when the person's current consent does not
cover that recipient, unless the user types a reason to override, which goes into the person's
history. Printing or saving is recorded as a disclosure in the person's history too.

Both are audit entries on the person (record_table "persons"): action "consent_override" and
action "disclosure", with changes in the audit trail's {field: [old, new]} form, old = None.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from casefile.domain import detention
from casefile.errors import KnownError, Message, RecordNotFoundError, ValidationError
from casefile.reports.checklist import completeness
from casefile.reports.data import (
    Affiliation,
    Audience,
    CaseItem,
    ChargeItem,
    ConsentData,
    DetentionItem,
    DisclosureItem,
    HearingItem,
    IllTreatmentItem,
    InterventionItem,
    PersonData,
    RenderOptions,
    ReportData,
    SourceItem,
    StatusData,
    Submitter,
)
from casefile.reports.i18n import Translator
from casefile.reports.names import split_name
from casefile.reports.redaction import (
    Profile,
    Scrubber,
    apply_redactions,
    make_scrubber,
    resolve_profile,
    scrub_text,
)
from casefile.reports.render import audience_of, default_recipient, render_report, template_spec
from casefile.services.lists.dossiers import (
    _charge_rows,
    _consent_rows,
    _detention_rows,
    _intervention_rows,
    _organisation_rows,
    _person_cases,
    hearing_items,
)
from casefile.services.lists.status import status_from_inputs
from casefile.services.records.drafts import vocabulary_in
from casefile.vault.atomic import write_atomic
from casefile.vault.field_versions import stamp_fields
from casefile.vault.schema import (
    AuditEntry,
    Case,
    CaseParticipant,
    Charge,
    IllTreatmentReport,
    Intervention,
    Person,
    Setting,
    Source,
    SourceLink,
    utcnow,
)
from casefile.vault.vault import Vault

SUBMITTER_SETTING = "submitter"
ACTION_DISCLOSURE = "disclosure"
ACTION_CONSENT_OVERRIDE = "consent_override"
MEDIUMS = ("printed", "saved")
#: Vocabularies whose labels the templates print (user-added terms included).
REPORT_VOCABULARIES = ("detention_type", "hearing_kind", "ill_treatment_method", "recipient")
#: Roles of people in a case whose names the redaction protects in free texts.
PROTECTED_ROLES = ("defendant", "victim", "witness")
_LANGS = ("en", "ru")

_AUDIENCE_WORDS = {Audience.UN: "UN bodies", Audience.EMBASSY: "embassies"}
_PROBLEM_WORDS = {
    "none": "no consent is recorded for them",
    "withdrawn": "their consent has been withdrawn",
    "not_covered": "their consent does not include {audience}",
}


class ConsentRequiredError(KnownError):
    """A document for a UN body or an embassy about someone whose consent does not cover it."""

    exit_code = 7

    def __init__(
        self, template: str | Message, *values: object, problems: Mapping[str, str] = {}
    ) -> None:
        super().__init__(template, *values)
        #: person id -> "none" | "withdrawn" | "not_covered"
        self.problems = dict(problems)


@dataclass(frozen=True)
class Gathered:
    """What one read found: the people to report on, unredacted, and who else is protected."""

    items: tuple[ReportData, ...]
    case_id: str | None
    #: Other people in these cases whose names must become initials in free texts.
    protected_people: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: person id -> consent problem for UN / embassy documents ("none", "withdrawn", "")
    consent_state: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PersonCheck:
    person_id: str
    printed_name: str  # as the document will show it (initials when consent asks)
    consent_problem: str | None  # "none" | "withdrawn" | "not_covered" | None
    missing: tuple[str, ...]


@dataclass(frozen=True)
class ReportCheck:
    """What the UI shows before printing: consent, redactions, and the checklist."""

    template: str
    audience: str
    profile: str
    redactions: tuple[str, ...]
    people: tuple[PersonCheck, ...]

    @property
    def consent_ok(self) -> bool:
        return all(p.consent_problem is None for p in self.people)


@dataclass(frozen=True)
class BuiltReport:
    """A rendered document and what the disclosure log needs to know about it."""

    pdf: bytes = field(repr=False)
    sha256: str
    template: str
    profile: str
    redactions: tuple[str, ...]
    lang: str
    recipient: str
    audience: str
    person_ids: tuple[str, ...]
    case_id: str | None
    consent_overridden: tuple[str, ...]
    missing: tuple[str, ...]


@dataclass(frozen=True)
class DisclosureRow:
    """One document given out about a person."""

    id: int
    at: datetime
    actor: str
    template: str
    profile: str
    recipient: str
    sha256: str
    lang: str
    medium: str
    case_id: str | None
    consent_overridden: bool


# -- gathering ------------------------------------------------------------------------------


def _vocab(session: Session) -> dict[str, dict[str, tuple[str, str]]]:
    labels: dict[str, dict[str, tuple[str, str]]] = {}
    for name in REPORT_VOCABULARIES:
        en = dict(vocabulary_in(session, name, "en"))
        ru = dict(vocabulary_in(session, name, "ru"))
        labels[name] = {code: (label, ru.get(code, label)) for code, label in en.items()}
    return labels


def _submitter(session: Session) -> Submitter | None:
    row = session.get(Setting, SUBMITTER_SETTING)
    value: Any = None if row is None else row.value
    if not isinstance(value, dict):
        return None

    def pick(*keys: str) -> str | None:
        for key in keys:
            text = value.get(key)
            if isinstance(text, str) and text.strip():
                return text.strip()
        return None

    return Submitter(
        name=pick("name"),
        organisation=pick("organisation", "organization"),
        postal_address=pick("postal_address", "postal address", "address"),
        email=pick("email", "e-mail"),
        phone=pick("phone", "telephone"),
    )


SUBMITTER_FIELDS = ("name", "organisation", "postal_address", "email", "phone")


def submitter_details(vault: Vault) -> dict[str, str]:
    """The submitter block (WGAD section VI) as stored in the vault; empty strings if unset."""
    value = vault.setting(SUBMITTER_SETTING)
    stored = value if isinstance(value, dict) else {}
    return {key: str(stored.get(key) or "") for key in SUBMITTER_FIELDS}


def set_submitter_details(vault: Vault, details: Mapping[str, str]) -> None:
    """Stores the submitter block in the vault (it names people: never in plain settings)."""
    value = {key: (details.get(key) or "").strip() for key in SUBMITTER_FIELDS}
    with vault.write(reason="submitter details for reports") as session:
        session.merge(Setting(key=SUBMITTER_SETTING, value=value))
        # Organisation data: it travels in bundles (services/exchange/shared.py) by version.
        stamp_fields(session, Setting.__tablename__, SUBMITTER_SETTING, ["value"])


def _consents(session: Session, person_id: str, today: date) -> tuple[list[ConsentData], str]:
    """All consents, the latest marked current if in force; and the problem if none is."""
    rows = _consent_rows(session, person_id, today)
    latest = rows[-1] if rows else None
    problem = "none" if latest is None else ("" if latest.in_force else "withdrawn")
    consents = [
        ConsentData(
            share_with_un=c.share_with_un,
            share_with_embassies=c.share_with_embassies,
            share_publicly=c.share_publicly,
            name_usage=c.name_usage,
            informed_state_contacted=c.informed_state_contacted,
            given_on=c.given_on,
            how_obtained=c.how_obtained,
            withdrawn_on=c.withdrawn_on,
            current=c is latest and c.in_force,
        )
        for c in rows
    ]
    return consents, problem


def _ill_treatment(session: Session, person_id: str) -> list[IllTreatmentItem]:
    # Every field, medical findings and source included: redaction decides what is printed.
    found = session.scalars(
        select(IllTreatmentReport)
        .where(IllTreatmentReport.victim_id == person_id, IllTreatmentReport.deleted_at.is_(None))
        .order_by(IllTreatmentReport.incident_date, IllTreatmentReport.created_at)
    ).all()
    return [
        IllTreatmentItem(
            id=r.id,
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
        for r in found
    ]


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


def _disclosures(session: Session, person_id: str) -> list[DisclosureItem]:
    return [
        DisclosureItem(
            at=row.at,
            actor=row.actor,
            template=row.template,
            profile=row.profile,
            recipient=row.recipient,
            sha256=row.sha256,
            lang=row.lang,
            medium=row.medium,
        )
        for row in _disclosure_rows(session, person_id)
    ]


def _reference(cases: Sequence[CaseItem], fallback_id: str) -> str:
    for case in cases:
        if case.case_numbers:
            return case.case_numbers[0]
    # A neutral reference that names nobody: the first block of the record's id.
    return "CF-" + fallback_id.split("-")[0].upper()


@dataclass(frozen=True)
class _Shared:
    """What every person's report in one gathering shares."""

    vocab: dict[str, dict[str, tuple[str, str]]]
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
    events, inputs = _detention_rows(session, person.id, "en")
    status = status_from_inputs(inputs, today)
    place = None
    if status.custody_started is not None:
        spans = detention.derive_spans(inputs, today)
        active = [s for s in spans if s.category == "custody" and s.in_force_on(today)]
        place = active[-1].facility if active else None
    case_rows = _person_cases(session, person.id)
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
        CaseItem(
            id=c.case_id,
            title=c.title,
            case_numbers=c.case_numbers,
            summary=summaries.get(c.case_id),
            status=c.status,
            role=c.roles[0] if c.roles else None,
        )
        for c in case_rows
    ]
    charges = [
        ChargeItem(
            article=c.article,
            code=c.code,
            wording=c.wording,
            brought_on=c.brought_on,
            status=c.status,
            sentence=c.sentence,
            case_id=c.case_id,
        )
        for c in _charge_rows(session, *_person_charge_filter(person.id, focus_case))
    ]
    hearings = [
        HearingItem(
            id=h.id,
            case_id=h.case_id,
            scheduled_date=h.scheduled_date,
            scheduled_time=h.scheduled_time,
            court=h.court,
            judge=h.judge,
            kind=h.kind,
            closed_to_public=h.closed_to_public,
            outcome=h.outcome,
            postponement_reason=h.postponement_reason,
            notes=h.notes,
        )
        for h in hearing_items(session, case_ids)
    ]
    upcoming = [h for h in hearings if h.scheduled_date >= today and h.outcome is None]
    ill_treatment = _ill_treatment(session, person.id)
    interventions = [
        InterventionItem(
            recipient=i.recipient,
            sent_on=i.sent_on,
            reference=i.reference,
            summary=i.summary,
            reply=i.reply,
            outcome=i.outcome,
        )
        for i in _intervention_rows(
            session,
            or_(Intervention.person_id == person.id, Intervention.case_id.in_(case_ids)),
        )
    ]
    consents, problem = shared.consents_of(session, person.id, today)
    current = next((c for c in consents if c.current), None)
    family, first = split_name(person.full_name)
    record_ids = {person.id, *case_ids, *(i.id for i in ill_treatment), *(e.id for e in events)}
    sources = _sources(session, record_ids, {i.source_id for i in ill_treatment if i.source_id})
    data = ReportData(
        person=PersonData(
            id=person.id,
            full_name=person.full_name,
            family_name=family,
            first_names=first,
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
            organisations=tuple(
                Affiliation(o.name, o.position) for o in _organisation_rows(session, person.id)
            ),
            usual_address=person.usual_address,
            contact_details=person.contact_details,
            notes=person.notes,
            risk_level=person.risk_level,
            # Without a consent in force, the safe default: initials.
            name_usage=current.name_usage if current is not None else "initials",
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
        detention=tuple(
            DetentionItem(
                type=e.type,
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
            )
            for e in events
        ),
        charges=tuple(charges),
        cases=tuple(cases),
        hearings=tuple(hearings),
        next_hearing=upcoming[0] if upcoming else None,
        ill_treatment=tuple(ill_treatment),
        interventions=tuple(interventions),
        consents=tuple(consents),
        sources=tuple(sources),
        submitter=shared.submitter,
        disclosures=tuple(_disclosures(session, person.id)),
        vocab=shared.vocab,
    )
    return data, problem


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


def _gather_person(session: Session, person: Person, today: date, shared: _Shared) -> Gathered:
    data, problem = _person_data(session, person, today, None, shared)
    case_ids = [c.id for c in data.cases]
    return Gathered(
        items=(data,),
        case_id=None,
        protected_people=tuple(_protected_people(session, case_ids, {person.id}, today, shared)),
        consent_state={person.id: problem},
    )


def gather(vault: Vault, record_id: str, today: date | None = None) -> Gathered:
    """Everything a report may print about a person, or about each defendant of a case,
    unredacted, in one read. RecordNotFoundError if the id is neither (or in the trash)."""
    today = today or date.today()
    with vault.read() as session:
        shared = _Shared(_vocab(session), _submitter(session))
        person = session.get(Person, record_id)
        if person is not None and person.deleted_at is None:
            return _gather_person(session, person, today, shared)
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


# -- consent --------------------------------------------------------------------------------


def consent_problem(data: ReportData, gathered_state: str, audience: Audience) -> str | None:
    """Why this person's consent does not allow a document for ``audience``; None if it does."""
    if audience is Audience.INTERNAL:
        return None
    if gathered_state:
        return gathered_state
    current = data.current_consent
    if current is None:
        return "none"
    allowed = current.share_with_un if audience is Audience.UN else current.share_with_embassies
    return None if allowed else "not_covered"


def _consent_message(
    template: str, audience: Audience, problems: Mapping[str, str], total: int
) -> str:
    words = _AUDIENCE_WORDS[audience]
    name = Translator("en")(f"template.{template}")
    if total == 1:
        (problem,) = problems.values()
        why = _PROBLEM_WORDS[problem].format(audience=words)
        who = f"because {why}"
        subject = "about this person"
    else:
        who = (
            f"because {len(problems)} of the {total} defendants have no consent in force that "
            f"covers {words}"
        )
        subject = "about this case"
    return (
        f"The {name} {subject} was not made {who}. Record their consent first, or give a "
        "reason to override it; the override is kept in the person's history."
    )


# -- building -------------------------------------------------------------------------------


def _effective_profile(template: str, profile: str | Profile | None, audience: Audience) -> Profile:
    if profile is None:
        profile = template_spec(template).default_profile
    chosen = profile if isinstance(profile, Profile) else resolve_profile(profile)
    # Consent binds every document that leaves the organisation, whatever the profile says.
    return chosen if audience is Audience.INTERNAL else chosen.with_initials()


def check_report(
    vault: Vault,
    record_id: str,
    template: str,
    *,
    profile: str | Profile | None = None,
    options: RenderOptions | None = None,
    lang: str = "en",
    today: date | None = None,
) -> ReportCheck:
    """Consent, redactions and the missing-fields checklist, before anything is printed."""
    options = options or RenderOptions()
    audience = audience_of(template, options)
    chosen = _effective_profile(template, profile, audience)
    gathered = gather(vault, record_id, today)
    redacted = apply_redactions(gathered.items, chosen.redactions, gathered.protected_people)
    people = tuple(
        PersonCheck(
            person_id=raw.person.id,
            printed_name=shown.person.full_name,
            consent_problem=consent_problem(raw, gathered.consent_state[raw.person.id], audience),
            missing=tuple(completeness(shown, template, options=options, lang=lang)),
        )
        for raw, shown in zip(gathered.items, redacted, strict=True)
    )
    return ReportCheck(
        template=template,
        audience=audience.value,
        profile=chosen.describe(),
        redactions=tuple(sorted(chosen.redactions)),
        people=people,
    )


@dataclass(frozen=True)
class PreparedReport:
    """A report gathered, consent-checked and redacted, ready to render (in any process)."""

    items: tuple[ReportData, ...]
    template: str
    profile: Profile
    lang: str
    options: RenderOptions  # free texts already scrubbed
    recipient: str
    audience: Audience
    case_id: str | None
    #: person id -> consent problem ("none", "withdrawn", "not_covered") for this recipient
    problems: Mapping[str, str]

    @property
    def consent_message(self) -> str:
        return _consent_message(self.template, self.audience, self.problems, len(self.items))


def prepare_report(
    vault: Vault,
    record_id: str,
    template: str,
    *,
    profile: str | Profile | None = None,
    lang: str = "en",
    options: RenderOptions | None = None,
    today: date | None = None,
) -> PreparedReport:
    """Gathers and redacts a report without rendering it or deciding about consent: the
    consent problems are returned, not raised (build_report raises them)."""
    options = options or RenderOptions()
    template_spec(template)
    chosen = _effective_profile(template, profile, audience_of(template, options))
    return _prepare(gather(vault, record_id, today), template, chosen, lang, options)


#: People gathered per read transaction in prepare_reports (short transactions, few of them).
_CHUNK = 25


def prepare_reports(
    vault: Vault,
    person_ids: Sequence[str],
    template: str,
    *,
    profile: str | Profile | None = None,
    lang: str = "en",
    options: RenderOptions | None = None,
    today: date | None = None,
) -> Iterator[PreparedReport]:
    """prepare_report for many people, one after another, sharing each read transaction and
    the vocabulary and submitter among a chunk of people (for batches)."""
    options = options or RenderOptions()
    template_spec(template)
    chosen = _effective_profile(template, profile, audience_of(template, options))
    today = today or date.today()
    for start in range(0, len(person_ids), _CHUNK):
        with vault.read() as session:
            shared = _Shared(_vocab(session), _submitter(session))
            for person_id in person_ids[start : start + _CHUNK]:
                person = session.get(Person, person_id)
                if person is None or person.deleted_at is not None:
                    raise RecordNotFoundError("No person with this id (or it is in the trash).")
                gathered = _gather_person(session, person, today, shared)
                yield _prepare(gathered, template, chosen, lang, options)


def _prepare(
    gathered: Gathered, template: str, chosen: Profile, lang: str, options: RenderOptions
) -> PreparedReport:
    audience = audience_of(template, options)
    problems = {
        data.person.id: problem
        for data in gathered.items
        if (problem := consent_problem(data, gathered.consent_state[data.person.id], audience))
    }
    scrubber = make_scrubber(gathered.items, chosen.redactions, gathered.protected_people)
    items = apply_redactions(gathered.items, chosen.redactions, scrubber=scrubber)
    # What the user typed at print time is scrubbed like the record's own texts.
    options = _scrubbed_options(options, scrubber)
    t = Translator(lang)
    return PreparedReport(
        items=tuple(items),
        template=template,
        profile=chosen,
        lang=t.lang,
        options=options,
        recipient=options.recipient or default_recipient(template, t, options),
        audience=audience,
        case_id=gathered.case_id,
        problems=problems,
    )


def finish_report(prepared: PreparedReport, pdf: bytes) -> BuiltReport:
    """The BuiltReport for ``pdf``, rendered from ``prepared`` (here or in a worker process)."""
    missing: list[str] = []
    for item in prepared.items:
        for line in completeness(
            item, prepared.template, options=prepared.options, lang=prepared.lang
        ):
            if line not in missing:
                missing.append(line)
    return BuiltReport(
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        template=prepared.template,
        profile=prepared.profile.describe(),
        redactions=tuple(sorted(prepared.profile.redactions)),
        lang=prepared.lang,
        recipient=prepared.recipient,
        audience=prepared.audience.value,
        person_ids=tuple(item.person.id for item in prepared.items),
        case_id=prepared.case_id,
        consent_overridden=tuple(prepared.problems),
        missing=tuple(missing),
    )


def build_report(
    vault: Vault,
    record_id: str,
    template: str,
    *,
    profile: str | Profile | None = None,
    lang: str = "en",
    override_reason: str | None = None,
    options: RenderOptions | None = None,
    today: date | None = None,
    audit_override: bool = True,
) -> BuiltReport:
    """The PDF of ``template`` about a person, or each defendant of a case (one PDF).

    Raises ConsentRequiredError when a UN or embassy document is not covered by consent and
    no ``override_reason`` is given; with one, the override is written to each such person's
    history (``audit_override=False`` only for the app's preview rebuilt with a reason that
    was already written). Nothing is written to disk, and no disclosure is logged: call
    record_disclosure once the document is actually printed or saved.
    """
    prepared = prepare_report(
        vault, record_id, template, profile=profile, lang=lang, options=options, today=today
    )
    reason = (override_reason or "").strip()
    if prepared.problems and not reason:
        raise ConsentRequiredError(prepared.consent_message, problems=prepared.problems)
    pdf = render_report(prepared.items, template, lang=prepared.lang, options=prepared.options)
    if prepared.problems and audit_override:
        _record_override(
            vault,
            prepared.problems,
            template,
            prepared.audience,
            prepared.recipient,
            reason,
            prepared.case_id,
        )
    return finish_report(prepared, pdf)


def _scrubbed_options(options: RenderOptions, scrubber: Scrubber) -> RenderOptions:
    texts = (
        "arbitrariness_reasons",
        "domestic_remedies",
        "hrd_activities",
        "hrd_link",
        "reprisals",
    )
    changes: dict[str, Any] = {
        name: scrub_text(getattr(options, name), scrubber)
        for name in texts
        if getattr(options, name)
    }
    if options.requests:
        changes["requests"] = tuple(scrub_text(r, scrubber) or r for r in options.requests)
    return dataclasses.replace(options, **changes) if changes else options


def _changes(**values: Any) -> dict[str, Any]:
    # The audit trail's {field: [old, new]} form, so the history view shows them as it is.
    return {key: [None, value] for key, value in values.items() if value is not None}


def _record_override(
    vault: Vault,
    problems: Mapping[str, str],
    template: str,
    audience: Audience,
    recipient: str,
    reason: str,
    case_id: str | None,
) -> None:
    with vault.write(reason=reason) as session:
        for person_id, problem in problems.items():
            session.add(
                AuditEntry(
                    at=utcnow(),
                    actor=vault.actor,
                    action=ACTION_CONSENT_OVERRIDE,
                    record_table="persons",
                    record_id=person_id,
                    changes=_changes(
                        template=template,
                        audience=audience.value,
                        recipient=recipient,
                        consent=problem,
                        case_id=case_id,
                    ),
                    reason=reason,
                )
            )


# -- the disclosure log ---------------------------------------------------------------------


def record_disclosure(vault: Vault, report: BuiltReport, *, medium: str = "saved") -> None:
    """Log that ``report`` was printed or saved: who got which document, with which profile,
    when, and the SHA-256 of the exact bytes, in the history of each person it is about."""
    if medium not in MEDIUMS:
        raise ValidationError(f"The medium must be one of {', '.join(MEDIUMS)}.", field="medium")
    with vault.write(reason=f"{report.template} {medium}") as session:
        for person_id in report.person_ids:
            session.add(
                AuditEntry(
                    at=utcnow(),
                    actor=vault.actor,
                    action=ACTION_DISCLOSURE,
                    record_table="persons",
                    record_id=person_id,
                    changes=_changes(
                        template=report.template,
                        profile=report.profile,
                        recipient=report.recipient,
                        sha256=report.sha256,
                        lang=report.lang,
                        medium=medium,
                        case_id=report.case_id,
                        consent_overridden=person_id in report.consent_overridden or None,
                    ),
                    reason=f"{report.template} {medium}",
                )
            )


def save_report(vault: Vault, report: BuiltReport, path: Path) -> None:
    """Writes the PDF atomically, readable by its owner only, and logs it as saved.

    The caller has warned the user that the file is not encrypted and asked before replacing
    an existing file."""
    write_atomic(path, report.pdf)
    record_disclosure(vault, report, medium="saved")


def _new_value(changes: Mapping[str, Any], key: str) -> Any:
    pair = changes.get(key)
    return pair[1] if isinstance(pair, list) and len(pair) == 2 else None


def _disclosure_rows(session: Session, person_id: str) -> list[DisclosureRow]:
    entries = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.record_table == "persons",
            AuditEntry.record_id == person_id,
            AuditEntry.action == ACTION_DISCLOSURE,
        )
        .order_by(AuditEntry.id.desc())
    ).all()
    rows = []
    for entry in entries:
        changes = entry.changes or {}
        rows.append(
            DisclosureRow(
                id=entry.id,
                at=entry.at,
                actor=entry.actor,
                template=str(_new_value(changes, "template") or ""),
                profile=str(_new_value(changes, "profile") or ""),
                recipient=str(_new_value(changes, "recipient") or ""),
                sha256=str(_new_value(changes, "sha256") or ""),
                lang=str(_new_value(changes, "lang") or ""),
                medium=str(_new_value(changes, "medium") or ""),
                case_id=_new_value(changes, "case_id"),
                consent_overridden=bool(_new_value(changes, "consent_overridden")),
            )
        )
    return rows


@dataclass(frozen=True)
class DisclosureOverviewRow:
    """One document given out, with the person it was about (for the app's disclosure log)."""

    id: int
    person_id: str
    person_name: str
    at: datetime
    actor: str
    template: str
    profile: str
    recipient: str
    medium: str
    lang: str
    sha256: str
    consent_overridden: bool


def disclosure_overview(vault: Vault, limit: int = 2000) -> list[DisclosureOverviewRow]:
    """Every document given out about anyone, newest first (people in the trash included:
    what left the organisation stays on record)."""
    with vault.read() as session:
        found = session.execute(
            select(AuditEntry, Person.full_name)
            .join(Person, Person.id == AuditEntry.record_id)
            .where(AuditEntry.record_table == "persons", AuditEntry.action == ACTION_DISCLOSURE)
            .order_by(AuditEntry.id.desc())
            .limit(limit)
        ).all()
        rows = []
        for entry, name in found:
            changes = entry.changes or {}
            rows.append(
                DisclosureOverviewRow(
                    id=entry.id,
                    person_id=entry.record_id,
                    person_name=name,
                    at=entry.at,
                    actor=entry.actor,
                    template=str(_new_value(changes, "template") or ""),
                    profile=str(_new_value(changes, "profile") or ""),
                    recipient=str(_new_value(changes, "recipient") or ""),
                    medium=str(_new_value(changes, "medium") or ""),
                    lang=str(_new_value(changes, "lang") or ""),
                    sha256=str(_new_value(changes, "sha256") or ""),
                    consent_overridden=bool(_new_value(changes, "consent_overridden")),
                )
            )
    return rows


def disclosure_log(vault: Vault, person_id: str) -> list[DisclosureRow]:
    """Every document given out about this person, newest first."""
    with vault.read() as session:
        return _disclosure_rows(session, person_id)
