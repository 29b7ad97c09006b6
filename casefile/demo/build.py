"""The demo vault: fictional cases for training and trying Casefile without real data.

Everything is dated relative to "today", so the dashboard always has upcoming hearings,
detention terms about to expire, someone held in police custody beyond 48 hours and
ill-treatment complaints without an official response. The same seed gives the same vault.
The content itself lives in demo.data and demo.records.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import astuple, dataclass, fields
from datetime import date, time, timedelta
from pathlib import Path
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casefile.demo.data import (
    AFFILIATIONS,
    ARREST_CONTEXT,
    CASES,
    CHARGES,
    DETENTION,
    ORGANISATIONS,
    PERSON_NOTES,
    PERSONS,
    PersonSpec,
    Step,
)
from casefile.demo.records import (
    CHAINS,
    CONSENTS,
    HELD_NOTES,
    ILL_TREATMENT,
    INTERVENTIONS,
    POSTPONEMENT_REASONS,
    SOURCES,
    TEMPLATES,
    WGEID_TERM,
    ChainSpec,
    IllTreatmentSpec,
)
from casefile.domain.dates import PartialDate
from casefile.domain.enums import DetentionType
from casefile.errors import KnownError
from casefile.vault.keyfile import KdfCost
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
    Record,
    Setting,
    Source,
    SourceLink,
    VocabularyTerm,
    new_id,
)
from casefile.vault.vault import CreatedVault, Vault

#: Stated in the README: keep it exactly so.
DEMO_PASSPHRASE = "demo vault for casefile training only"
#: Setting that marks a vault as the demo (value: seed and the day it was anchored to).
DEMO_SETTING = "demo_vault"
#: The submitter block UN documents need (services/reporting/submitter.py's setting), fictional.
DEMO_SUBMITTER = {
    "name": "Demo Coordinator",
    "organisation": "Demo Human Rights Centre (fictional)",
    "postal_address": "PO Box 0, Bishkek (fictional)",
    "email": "cases@demo.invalid",
    "phone": "",
}

_R = TypeVar("_R", bound=Record)

# Detention measures a court decides: their dates are moved off weekends, with the events
# and hearings that share the same day.
_COURT_DECIDED = frozenset(
    {
        DetentionType.PRETRIAL_DETENTION,
        DetentionType.PRETRIAL_EXTENSION,
        DetentionType.HOUSE_ARREST,
        DetentionType.CONVICTION,
        DetentionType.PROBATION,
    }
)
_TIMES = (time(9, 30), time(10, 0), time(11, 0), time(14, 0), time(14, 30), time(15, 30))


@dataclass(frozen=True)
class DemoSummary:
    """How many records of each kind the demo added (fields are named after the tables)."""

    organisations: int
    persons: int
    person_organisations: int
    consents: int
    cases: int
    case_participants: int
    charges: int
    detention_events: int
    hearings: int
    ill_treatment_reports: int
    interventions: int
    sources: int
    source_links: int

    @property
    def total(self) -> int:
        return sum(astuple(self))


def populate_demo(vault: Vault, today: date | None = None, seed: int = 2024) -> DemoSummary:
    """Fills an empty vault with the fictional demo cases, in one unit of work.

    Raises KnownError if the vault already holds persons, cases or organisations.
    """
    anchor = today or date.today()
    with vault.write(reason="Demo data (fictional)") as session:
        for table in (Person, Case, Organisation):
            if session.scalar(select(func.count()).select_from(table)):
                raise KnownError("Demo cases can only be added to an empty vault.")
        builder = _DemoBuilder(session, anchor, random.Random(seed))
        builder.build()
        session.merge(Setting(key=DEMO_SETTING, value={"seed": seed, "today": anchor.isoformat()}))
        session.merge(Setting(key="submitter", value=DEMO_SUBMITTER))
        return builder.summary()


def build_demo_vault(
    path: Path,
    *,
    kdf_cost: KdfCost | None = None,
    today: date | None = None,
    seed: int = 2024,
) -> CreatedVault:
    """Creates a vault at path, unlocked by DEMO_PASSPHRASE, and fills it; left open.

    The caller closes the returned vault.
    """
    created = Vault.create(path, DEMO_PASSPHRASE, actor="demo", kdf_cost=kdf_cost)
    try:
        populate_demo(created.vault, today=today, seed=seed)
    except BaseException:
        created.vault.close()
        raise
    return created


def _court_day(day: date) -> date:
    """The Friday before a weekend day; courts do not sit on weekends."""
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


class _DemoBuilder:
    """Adds the demo records to one session, keeping the keys of data tables to records."""

    def __init__(self, session: Session, today: date, rng: random.Random) -> None:
        self.session = session
        self.today = today
        self.rng = rng
        self.orgs: dict[str, Organisation] = {}
        self.persons: dict[str, Person] = {}
        self.cases: dict[str, Case] = {}
        self.sources: dict[str, Source] = {}
        self.hearings: list[Hearing] = []
        self.reports: list[IllTreatmentReport] = []
        self.counts: Counter[str] = Counter()

    # -- helpers -----------------------------------------------------------------------

    def add(self, record: _R) -> _R:
        if not record.id:
            record.id = new_id()  # ids are needed before the flush for links
        self.session.add(record)
        self.counts[record.__tablename__] += 1
        return record

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def place(self, key: str | None) -> str | None:
        """An organisation's name for its key; any other text as it is."""
        if key is None:
            return None
        org = self.orgs.get(key)
        return org.name if org is not None else key

    def judge_name(self, key: str) -> str:
        person = self.persons.get(key)
        return person.full_name if person is not None else key

    def phone(self) -> str:
        # Operator code 000 does not exist in Kyrgyzstan: the numbers cannot reach anyone.
        digits = "-".join(f"{self.rng.randint(10, 99)}" for _ in range(3))
        return f"+996 (000) {digits}"

    # -- the build ---------------------------------------------------------------------

    def build(self) -> None:
        self._organisations()
        self._persons()
        self._cases()
        self._sources()
        # Foreign keys are checked row by row: parents go in before anything points at them.
        self.session.flush()
        self._affiliations()
        self._participants()
        self._charges()
        self._consents()
        self._detention()
        self._hearings()
        self._ill_treatment()
        self._interventions()
        self._source_links()

    def summary(self) -> DemoSummary:
        # The summary's fields are named after the tables.
        return DemoSummary(**{f.name: self.counts[f.name] for f in fields(DemoSummary)})

    def _organisations(self) -> None:
        for spec in ORGANISATIONS:
            self.orgs[spec.key] = self.add(
                Organisation(name=spec.name, kind=spec.kind, notes=spec.notes)
            )

    def _persons(self) -> None:
        for spec in PERSONS:
            person = Person(
                full_name=spec.full_name,
                name_variants=list(spec.variants),
                aliases=list(spec.aliases),
                sex=spec.sex,
                birth_date=PartialDate.parse(spec.birth) if spec.birth else None,
                nationalities=list(spec.nationalities),
                profession=spec.profession,
                roles=list(spec.roles),
                risk_level=spec.risk,
                notes=PERSON_NOTES.get(spec.key),
            )
            if spec.city is not None:
                number, flat = self.rng.randint(1, 120), self.rng.randint(1, 90)
                person.usual_address = f"г. {spec.city}, ул. Примерная, д. {number}, кв. {flat}"
                person.contact_details = f"Tel. {self.phone()} (Signal)"
            if spec.key in DETENTION:
                self._identity_document(person, spec)
            self.persons[spec.key] = self.add(person)

    def _identity_document(self, person: Person, spec: PersonSpec) -> None:
        issued = PartialDate(self.rng.randint(2017, 2023), self.rng.randint(1, 12))
        if "KG" in spec.nationalities:
            person.id_document_type = "ID card (паспорт гражданина КР)"
            person.id_document_number = f"ID{self.rng.randint(0, 9_999_999):07d}"
            person.id_document_issued_by = f"МКК {self.rng.choice(('211011', '211021', '213031'))}"
        else:
            person.id_document_type = "Passport (foreign)"
            person.id_document_number = (
                f"{self.rng.randint(10, 99)} {self.rng.randint(0, 9_999_999):07d}"
            )
            person.id_document_issued_by = "Issuing authority of the country of nationality"
        person.id_document_issued_on = issued

    def _cases(self) -> None:
        heard = {chain.case for chain in CHAINS}
        for spec in CASES:
            yy = self.day(spec.start).year % 100
            numbers = [f"№ {self.rng.randint(1000, 9999)}-{yy:02d}-{self.rng.randint(100, 999)}"]
            if spec.key in heard:
                numbers.append(f"УД-{self.rng.randint(100, 999)}/{yy:02d}")
            self.cases[spec.key] = self.add(
                Case(
                    title=spec.title, case_numbers=numbers, summary=spec.summary, status=spec.status
                )
            )

    def _sources(self) -> None:
        for spec in SOURCES:
            self.sources[spec.key] = self.add(
                Source(
                    name=spec.name,
                    contact_details=spec.contact,
                    confidential=spec.confidential,
                    reliability=spec.reliability,
                    notes=spec.notes,
                )
            )

    def _affiliations(self) -> None:
        for person_key, org_key, position in AFFILIATIONS:
            self.add(
                PersonOrganisation(
                    person_id=self.persons[person_key].id,
                    organisation_id=self.orgs[org_key].id,
                    position=position,
                )
            )

    def _participants(self) -> None:
        for spec in CASES:
            for person_key, role in spec.participants:
                self.add(
                    CaseParticipant(
                        case_id=self.cases[spec.key].id,
                        person_id=self.persons[person_key].id,
                        role=role,
                    )
                )

    def _charges(self) -> None:
        case_start = {spec.key: spec.start for spec in CASES}
        for spec in CHARGES:
            offset = case_start[spec.case]
            steps = DETENTION.get(spec.person)
            if steps is not None:
                offset = steps[1][0].start + 1  # formally charged the day after the arrest
            brought = self.day(offset)
            # Older paperwork is often known only to the month.
            brought_on = (
                PartialDate(brought.year, brought.month)
                if offset < -365
                else PartialDate.from_date(brought)
            )
            self.add(
                Charge(
                    person_id=self.persons[spec.person].id,
                    case_id=self.cases[spec.case].id,
                    code=spec.code,
                    article=spec.article,
                    wording=spec.wording,
                    brought_on=brought_on,
                    status=spec.status,
                    sentence=spec.sentence,
                )
            )

    def _consents(self) -> None:
        for spec in CONSENTS:
            given = self.day(spec.given)
            self.add(
                Consent(
                    person_id=self.persons[spec.person].id,
                    share_with_un=spec.un,
                    share_with_embassies=spec.embassies,
                    share_publicly=spec.public,
                    name_usage="initials" if spec.initials else "full_name",
                    informed_state_contacted=spec.informed_state,
                    given_on=(
                        PartialDate(given.year, given.month)
                        if spec.month_only
                        else PartialDate.from_date(given)
                    ),
                    how_obtained=spec.how,
                    withdrawn_on=None if spec.withdrawn is None else self.day(spec.withdrawn),
                )
            )

    # -- detention ---------------------------------------------------------------------

    def _detention(self) -> None:
        for person_key, (case_key, steps) in DETENTION.items():
            court_offsets = {s.start for s in steps if s.type in _COURT_DECIDED}

            def on(offset: int, court_offsets: set[int] = court_offsets) -> PartialDate:
                day = self.day(offset)
                return PartialDate.from_date(_court_day(day) if offset in court_offsets else day)

            for step in steps:
                self.add(self._event(person_key, case_key, step, on))

    def _event(
        self,
        person_key: str,
        case_key: str,
        step: Step,
        on: Callable[[int], PartialDate],
    ) -> DetentionEvent:
        context = ARREST_CONTEXT[case_key]
        event = DetentionEvent(
            person_id=self.persons[person_key].id,
            case_id=self.cases[case_key].id,
            type=step.type,
            start=on(step.start),
            end=None if step.end is None else on(step.end),
            term_until=None if step.term is None else self.day(step.term),
            place=self.place(step.place),
            notes=step.note,
        )
        if step.type in (DetentionType.ARREST, DetentionType.DISAPPEARANCE):
            event.forces = context.forces
            event.warrant_shown = context.warrant_shown
            event.reasons_given = context.reasons
            event.legal_basis = context.legal_basis
        elif step.type in _COURT_DECIDED:
            event.ordering_authority = self.place(context.court)
            event.legal_basis = context.legal_basis
        if step.place is not None and step.type in (
            DetentionType.POLICE_CUSTODY,
            DetentionType.PRETRIAL_DETENTION,
            DetentionType.PRETRIAL_EXTENSION,
            DetentionType.IMPRISONMENT,
        ):
            event.forces = _holder(step.place)
        return event

    # -- hearings ----------------------------------------------------------------------

    def _hearings(self) -> None:
        for chain in CHAINS:
            self._chain(chain)
        self._extension_hearings()
        # A postponed hearing points at a later one: insert the later ones first.
        for hearing in sorted(self.hearings, key=lambda h: h.scheduled_date, reverse=True):
            self.add(hearing)

    def _chain(self, spec: ChainSpec) -> None:
        first, last = _court_day(self.day(spec.first)), _court_day(self.day(spec.last))
        past = [last]
        if spec.sessions > 1:
            inner = [
                first + timedelta(days=n)
                for n in range(1, (last - first).days)
                if (first + timedelta(days=n)).weekday() < 5
            ]
            past = [first, *sorted(self.rng.sample(inner, spec.sessions - 2)), last]
        future: list[date] = []
        for offset in spec.future:
            day = self.day(offset)
            while day.weekday() >= 5 or (future and day <= future[-1]):
                day += timedelta(days=1)
            future.append(day)

        chain: list[Hearing] = []
        for index, day in enumerate(past + future):
            kind = spec.first_kind if index == 0 and spec.first_kind else spec.kind
            hearing = Hearing(
                id=new_id(),
                case_id=self.cases[spec.case].id,
                scheduled_date=day,
                scheduled_time=self.rng.choice(_TIMES),
                court=self.place(spec.court),
                judge=self.judge_name(spec.judge),
                kind=kind,
                closed_to_public=spec.closed,
            )
            if index < len(past):
                self._record_outcome(
                    hearing, spec, is_last=index == len(past) - 1, has_future=bool(future)
                )
            elif spec.closed:
                hearing.notes = "Closed session expected: ask the embassy to request access."
            if chain and chain[-1].outcome == "postponed":
                chain[-1].postponed_to_id = hearing.id
            chain.append(hearing)
        self.hearings.extend(chain)

    def _record_outcome(
        self, hearing: Hearing, spec: ChainSpec, *, is_last: bool, has_future: bool
    ) -> None:
        rng = self.rng
        if is_last and not has_future:
            hearing.outcome = spec.final or "held"
            hearing.notes = spec.final_note
        elif is_last and spec.unrecorded_last:
            return  # the monitor has not reported yet: the dashboard asks for it
        elif rng.random() < spec.p_postpone:
            reason, defendant_absent, lawyer_absent = rng.choice(POSTPONEMENT_REASONS)
            hearing.outcome = "postponed"
            hearing.postponement_reason = reason
            hearing.defendant_present = not defendant_absent
            hearing.lawyer_present = not lawyer_absent and rng.random() > 0.1
        else:
            hearing.outcome = "held"
            hearing.notes = rng.choice(HELD_NOTES)
        if hearing.defendant_present is None:
            hearing.defendant_present = True
        if hearing.lawyer_present is None:
            hearing.lawyer_present = rng.random() > 0.12
        if hearing.outcome == "held" and not hearing.closed_to_public and rng.random() < 0.08:
            hearing.closed_to_public = True  # closed for one witness's testimony
        hearing.monitors_present = not hearing.closed_to_public and rng.random() < 0.7
        if spec.closed and hearing.notes is None:
            hearing.notes = "Closed session: monitors and relatives not admitted."

    def _extension_hearings(self) -> None:
        """One detention-extension hearing per case and day an extension was decided."""
        judges = {
            spec.key: next((p for p, role in spec.participants if role == "judge"), None)
            for spec in CASES
        }
        closed = {chain.case for chain in CHAINS if chain.closed}
        seen: set[tuple[str, date]] = set()
        for case_key, steps in DETENTION.values():
            for step in steps:
                if step.type != DetentionType.PRETRIAL_EXTENSION:
                    continue
                day = _court_day(self.day(step.start))
                if (case_key, day) in seen:
                    continue
                seen.add((case_key, day))
                judge = judges[case_key]
                term = self.day(step.term) if step.term is not None else None
                self.hearings.append(
                    Hearing(
                        id=new_id(),
                        case_id=self.cases[case_key].id,
                        scheduled_date=day,
                        scheduled_time=self.rng.choice(_TIMES),
                        court=self.place(ARREST_CONTEXT[case_key].court),
                        judge=None if judge is None else self.judge_name(judge),
                        kind="detention_extension",
                        closed_to_public=case_key in closed,
                        defendant_present=True,
                        lawyer_present=self.rng.random() > 0.15,
                        monitors_present=case_key not in closed and self.rng.random() < 0.5,
                        outcome="detention_extended",
                        notes=None if term is None else f"Detention extended to {term:%d.%m.%Y}.",
                    )
                )

    # -- ill-treatment, interventions, sources -----------------------------------------

    def _ill_treatment(self) -> None:
        for spec in ILL_TREATMENT:
            self.reports.append(self.add(self._report(spec)))

    def _report(self, spec: IllTreatmentSpec) -> IllTreatmentReport:
        rng = self.rng
        template = TEMPLATES[spec.template]
        incident = self.day(spec.incident)
        if spec.precision == "month":
            incident_date = PartialDate(incident.year, incident.month)
        else:
            incident_date = PartialDate.from_date(incident, approximate=spec.precision == "approx")
        yesterday = self.today - timedelta(days=1)
        reported = min(incident + timedelta(days=rng.randint(1, 6)), yesterday)
        report = IllTreatmentReport(
            id=new_id(),
            victim_id=self.persons[spec.victim].id,
            case_id=None if spec.case is None else self.cases[spec.case].id,
            incident_date=incident_date,
            place=spec.place or template.place,
            circumstances=template.circumstances,
            perpetrators=template.perpetrators,
            perpetrator_unit=template.unit,
            perpetrator_rank=", ".join(
                sorted(rng.sample(template.ranks, min(2, len(template.ranks))))
            ),
            methods=list(template.methods),
            injuries=template.injuries,
            witnesses=template.witnesses,
            reported_to=template.reported_to,
            reported_on=PartialDate.from_date(reported),
            source_id=None if spec.source is None else self.sources[spec.source].id,
        )
        exam = incident + timedelta(days=rng.randint(0, 4))
        if template.examiner is not None and exam <= yesterday and spec.incident <= -7:
            report.medical_exam_date = PartialDate.from_date(exam)
            report.medical_examiner = template.examiner
            report.medical_findings = template.findings
        else:
            report.notes = "Forensic examination requested by the lawyer; not yet carried out."
        if spec.responded:
            answered = reported + timedelta(days=rng.randint(14, 45))
            if answered < self.today:
                report.official_response = rng.choice(template.responses)
                report.response_on = PartialDate.from_date(answered)
        return report

    def _interventions(self) -> None:
        existing = self.session.get(VocabularyTerm, (WGEID_TERM[0], WGEID_TERM[1]))
        if existing is None:
            vocabulary, code, label_en, label_ru, label_ky = WGEID_TERM
            self.session.add(
                VocabularyTerm(
                    vocabulary=vocabulary,
                    code=code,
                    label_en=label_en,
                    label_ru=label_ru,
                    label_ky=label_ky,
                    builtin=False,
                    sort_order=100,
                )
            )
        for spec in INTERVENTIONS:
            sent = self.day(spec.sent)
            reference = None
            if spec.reference is not None:
                reference = spec.reference.format(n=self.rng.randint(1, 60), year=sent.year)
            self.add(
                Intervention(
                    person_id=None if spec.person is None else self.persons[spec.person].id,
                    case_id=self.cases[spec.case].id,
                    recipient=spec.recipient,
                    sent_on=PartialDate.from_date(sent),
                    reference=reference,
                    summary=spec.summary,
                    reply=spec.reply,
                    outcome=spec.outcome,
                )
            )

    def _source_links(self) -> None:
        tables: dict[str, dict[str, Person] | dict[str, Case]] = {
            "person": self.persons,
            "case": self.cases,
        }
        for spec in SOURCES:
            source = self.sources[spec.key]
            for kind, key in spec.links:
                target = tables[kind][key]
                self._link(source, target)
        by_id = {source.id: source for source in self.sources.values()}
        for report in self.reports:
            if report.source_id is not None:
                self._link(by_id[report.source_id], report)
        # The court monitor's notes back the hearings they attended.
        monitor = self.sources["s_monitor"]
        attended = [
            h
            for h in self.hearings
            if h.monitors_present and h.case_id == self.cases["c_unpress"].id
        ]
        for hearing in attended[:3]:
            self._link(monitor, hearing)

    def _link(self, source: Source, record: Record) -> None:
        self.add(
            SourceLink(source_id=source.id, record_table=record.__tablename__, record_id=record.id)
        )


def _holder(place_key: str) -> str:
    """Who holds people in a facility, for the WGAD form's "forces holding the detainee"."""
    if "gknb" in place_key:
        return "ГКНБ"
    if place_key.startswith("ivs"):
        return "Police (МВД)"
    return "Prison service (СИН)"
