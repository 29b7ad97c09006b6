"""The plain, frozen data a report is drawn from; the templates see nothing else.

The reporting service fills these from the vault in one read and applies the redaction
profile (casefile.reports.redaction) before a template sees them, so whatever a profile omits
is simply absent here and can never reach a PDF's text, bytes or metadata.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from types import MappingProxyType

from casefile.domain.dates import PartialDate


class Redaction(StrEnum):
    """One kind of content a redaction profile leaves out."""

    SOURCES = "sources"  # sources: names, contacts, links to what they reported
    CONTACTS = "contacts"  # addresses, phone numbers, e-mail, messengers of people and sources
    INITIALS = "initials"  # initials for people whose consent asks for it
    NOTES = "notes"  # internal notes (a consent's "how obtained" stays: who authorised)
    MEDICAL = "medical"  # medical findings


class Audience(StrEnum):
    """Who a document goes to; decides which consent it needs."""

    EMBASSY = "embassy"
    UN = "un"
    INTERNAL = "internal"


@dataclass(frozen=True)
class Affiliation:
    organisation: str
    position: str | None = None


@dataclass(frozen=True)
class PersonData:
    """The person a report is about. Empty strings never stand for "unknown": None does."""

    id: str
    full_name: str
    family_name: str | None = None
    first_names: str | None = None
    name_variants: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    sex: str = "unknown"
    birth_date: PartialDate | None = None
    nationalities: tuple[str, ...] = ()
    id_document_type: str | None = None
    id_document_number: str | None = None
    id_document_issued_by: str | None = None
    id_document_issued_on: PartialDate | None = None
    profession: str | None = None
    roles: tuple[str, ...] = ()
    organisations: tuple[Affiliation, ...] = ()
    usual_address: str | None = None
    contact_details: str | None = None
    notes: str | None = None
    risk_level: str | None = None
    #: "full_name" or "initials", from the current consent ("initials" when there is none).
    name_usage: str = "initials"
    #: Set by redaction when only initials are printed.
    initials_only: bool = False


@dataclass(frozen=True)
class StatusData:
    status: str = "no_record"  # CurrentStatus value
    days_in_custody: int = 0
    custody_started: date | None = None
    term_until: date | None = None
    place: str | None = None
    police_custody_over_48h: bool = False


@dataclass(frozen=True)
class DetentionItem:
    type: str
    start: PartialDate
    end: PartialDate | None = None
    term_until: date | None = None
    place: str | None = None
    forces: str | None = None
    ordering_authority: str | None = None
    warrant_shown: bool | None = None
    reasons_given: str | None = None
    legal_basis: str | None = None
    notes: str | None = None
    case_id: str | None = None


@dataclass(frozen=True)
class ChargeItem:
    article: str
    code: str | None = None
    wording: str | None = None
    brought_on: PartialDate | None = None
    status: str = "pending"
    sentence: str | None = None
    case_id: str | None = None


@dataclass(frozen=True)
class CaseItem:
    id: str
    title: str
    case_numbers: tuple[str, ...] = ()
    summary: str | None = None
    status: str = "investigation"
    role: str | None = None  # the person's role in the case (CaseRole value)


@dataclass(frozen=True)
class HearingItem:
    id: str
    case_id: str
    scheduled_date: date
    scheduled_time: time | None = None
    court: str | None = None
    judge: str | None = None
    kind: str = "trial_session"
    closed_to_public: bool = False
    outcome: str | None = None
    postponement_reason: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class SourceItem:
    id: str
    name: str
    contact_details: str | None = None
    confidential: bool = True
    reliability: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class IllTreatmentItem:
    id: str
    incident_date: PartialDate | None = None
    place: str | None = None
    circumstances: str | None = None
    perpetrators: str | None = None
    perpetrator_unit: str | None = None
    perpetrator_rank: str | None = None
    methods: tuple[str, ...] = ()
    injuries: str | None = None
    medical_exam_date: PartialDate | None = None
    medical_examiner: str | None = None
    medical_findings: str | None = None
    witnesses: str | None = None
    reported_to: str | None = None
    reported_on: PartialDate | None = None
    official_response: str | None = None
    response_on: PartialDate | None = None
    source_id: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class InterventionItem:
    recipient: str
    sent_on: PartialDate | None = None
    reference: str | None = None
    summary: str | None = None
    reply: str | None = None
    outcome: str | None = None


@dataclass(frozen=True)
class AttachmentItem:
    """A file kept with the person or one of their records (listed, never embedded)."""

    title: str
    media_type: str
    record: str  # the record kind it belongs to: "persons", "ill_treatment_reports", …


@dataclass(frozen=True)
class ConsentData:
    share_with_un: bool = False
    share_with_embassies: bool = False
    share_publicly: bool = False
    name_usage: str = "full_name"
    informed_state_contacted: bool = False
    given_on: PartialDate | None = None
    how_obtained: str | None = None
    withdrawn_on: date | None = None
    #: The one consent in force (the latest, not withdrawn); others are history.
    current: bool = False


@dataclass(frozen=True)
class Submitter:
    """The organisation sending the document (vault setting "submitter")."""

    name: str | None = None
    organisation: str | None = None
    postal_address: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class DisclosureItem:
    at: datetime
    actor: str
    template: str
    profile: str
    recipient: str
    sha256: str
    lang: str
    medium: str
    consent_overridden: bool = False
    override_reason: str | None = None


#: vocabulary -> code -> (English label, Russian label)
#: vocabulary -> code -> labels in (en, ru, ky) order (the Kyrgyz one may be missing).
VocabLabels = Mapping[str, Mapping[str, tuple[str | None, ...]]]
_NO_VOCAB: VocabLabels = MappingProxyType({})


@dataclass(frozen=True)
class ReportData:
    """Everything one report about one person may print."""

    person: PersonData
    today: date
    reference: str
    status: StatusData = StatusData()
    detention: tuple[DetentionItem, ...] = ()
    charges: tuple[ChargeItem, ...] = ()
    cases: tuple[CaseItem, ...] = ()
    hearings: tuple[HearingItem, ...] = ()
    next_hearing: HearingItem | None = None
    ill_treatment: tuple[IllTreatmentItem, ...] = ()
    interventions: tuple[InterventionItem, ...] = ()
    consents: tuple[ConsentData, ...] = ()
    sources: tuple[SourceItem, ...] = ()
    submitter: Submitter | None = None
    disclosures: tuple[DisclosureItem, ...] = ()
    #: Lawyers of the person's cases (case participants with the role lawyer).
    lawyers: tuple[str, ...] = ()
    attachments: tuple[AttachmentItem, ...] = ()
    vocab: VocabLabels = field(default=_NO_VOCAB, compare=False)
    #: What the profile left out; templates say "withheld" rather than "not known" for these.
    redactions: frozenset[Redaction] = frozenset()

    @property
    def current_consent(self) -> ConsentData | None:
        return next((c for c in self.consents if c.current), None)

    def case_by_id(self, case_id: str | None) -> CaseItem | None:
        return next((c for c in self.cases if c.id == case_id), None)

    def source_by_id(self, source_id: str | None) -> SourceItem | None:
        return next((s for s in self.sources if s.id == source_id), None)


@dataclass(frozen=True)
class RenderOptions:
    """What the user chooses when printing; free texts are typed at print time."""

    #: Shown in every page header, e.g. "Embassy of Germany in Bishkek". Default per template.
    recipient: str | None = None
    #: Only for the ill-treatment summary: whom it is addressed to (decides the consent needed).
    audience: Audience | None = None
    #: WGAD section IV: the categories of arbitrary detention ticked, "I" to "V".
    arbitrary_categories: tuple[str, ...] = ()
    arbitrariness_reasons: str | None = None
    domestic_remedies: str | None = None
    #: Special procedures: "urgent_appeal" (ongoing or imminent harm) or "allegation_letter".
    communication: str = "allegation_letter"
    hrd_activities: str | None = None
    hrd_link: str | None = None
    reprisals: str | None = None
    #: Special procedures, urgent appeal: why it is urgent (risk, health, deadlines).
    urgency: str | None = None
    #: Embassy brief: what is asked of the embassy; the standard requests when empty.
    requests: tuple[str, ...] = ()
    generated_on: date | None = None


# -- the court-day list ---------------------------------------------------------------------


@dataclass(frozen=True)
class CourtDayHearing:
    """One hearing on a court-day list. Without names, the title, defendants, lawyers and
    judge are absent (None or empty) and only the case reference and counts remain."""

    id: str
    at: time | None
    case_reference: str  # the first case number, else "CF-" and the first block of its id
    case_title: str | None
    defendants: tuple[str, ...]
    defendant_count: int
    lawyers: tuple[str, ...]
    judge: str | None
    kind: str  # the hearing kind's label in the list's language
    closed_to_public: bool = False
    postponed: bool = False  # outcome "postponed": it does not take place on this day
    postponed_to: date | None = None  # the live hearing it moved to


@dataclass(frozen=True)
class CourtGroup:
    """The hearings of one court on one day, by time (untimed first)."""

    court: str | None  # None: no court recorded
    hearings: tuple[CourtDayHearing, ...]


@dataclass(frozen=True)
class CourtDay:
    day: date
    courts: tuple[CourtGroup, ...]


@dataclass(frozen=True)
class CourtDayData:
    """Every hearing from start to end inclusive, by day and court (days without one left out)."""

    start: date
    end: date
    days: tuple[CourtDay, ...]
    with_names: bool
    generated_on: date

    @property
    def hearing_count(self) -> int:
        return sum(len(group.hearings) for day in self.days for group in day.courts)
