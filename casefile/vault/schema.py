"""The vault's records as SQLAlchemy 2 typed ORM classes.

Every record has a UUID primary key (stable across laptops for later exchange), created/updated
stamps, the local user's display name, a version counter and a soft-delete mark (trash).
Partial dates are stored as text in the sortable form "2024-04", "2023~" (see domain.dates).
"""

from __future__ import annotations

import itertools
import secrets
import uuid
from collections.abc import Iterator
from datetime import date, datetime, time
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    func,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from casefile.domain.dates import PartialDate

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def batch_ids() -> Iterator[str]:
    """Ids for the new records of one bulk write: a random half the batch shares, then a count.

    A batch's rows then sit side by side in every index keyed by record id, so an import
    dirties a few pages per index instead of one page per row. Unlike time-ordered ids they
    carry no clock: they tell only which records one import made, and in which order.
    """
    # UUID version 8 (a layout of our own) and the RFC variant, so they never equal a uuid4.
    high = (secrets.randbits(64) & ~(0xF << 12)) | (0x8 << 12)
    start = secrets.randbits(61)  # counting up from here never reaches the variant bits
    for count in itertools.count():
        yield str(uuid.UUID(int=(high << 64) | (0b10 << 62) | (start + count)))


def utcnow() -> datetime:
    return datetime.now().astimezone().replace(tzinfo=None, microsecond=0)


class PartialDateType(TypeDecorator[PartialDate]):
    """Stores a PartialDate as its sortable text form."""

    impl = String(16)
    cache_ok = True

    def process_bind_param(self, value: PartialDate | None, dialect: Dialect) -> str | None:
        return None if value is None else value.to_text()

    def process_result_value(self, value: str | None, dialect: Dialect) -> PartialDate | None:
        return None if value is None else PartialDate.from_storage(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        PartialDate: PartialDateType(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


class Record(Base):
    """Columns every exchangeable, audited record has."""

    __abstract__ = True
    #: Fields the audit history and exchange ignore (bookkeeping, not content).
    BOOKKEEPING: ClassVar[frozenset[str]] = frozenset(
        {"id", "created_at", "updated_at", "updated_by", "version"}
    )
    #: Fields that hold sensitive content; later layers redact them.
    SENSITIVE: ClassVar[frozenset[str]] = frozenset()

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(120), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class Organisation(Record):
    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40))  # OrganisationKind
    notes: Mapped[str | None] = mapped_column(Text)


class Person(Record):
    __tablename__ = "persons"
    # Covers the People list's name order: every live name without reading the table. And
    # who is in the trash (usually few), without reading every person.
    __table_args__ = (
        Index(
            "ix_persons_live_names",
            "full_name",
            "id",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
        Index(
            "ix_persons_trashed", "id", "deleted_at", sqlite_where=text("deleted_at IS NOT NULL")
        ),
        # The People filter's risk levels (a word matching a level's label), few rows each.
        Index(
            "ix_persons_live_risk",
            "risk_level",
            "id",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL AND risk_level IS NOT NULL"),
        ),
        # The People list's name order: live people by case-folded name, then row id, so its
        # first screen is the index's first rows (vault/name_key.py; migration 0009).
        Index(
            "ix_persons_name_key",
            func.casefile_name_key(text("full_name")),
            sqlite_where=text("deleted_at IS NULL"),
        ),
        # A live person's name by id without the table: the agenda's defendants (0011).
        Index(
            "ix_persons_live_ids",
            "id",
            "full_name",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )
    SENSITIVE: ClassVar[frozenset[str]] = frozenset({"usual_address", "contact_details", "notes"})

    full_name: Mapped[str] = mapped_column(String(300))
    name_variants: Mapped[list[str]] = mapped_column(default=list)
    aliases: Mapped[list[str]] = mapped_column(default=list)
    sex: Mapped[str] = mapped_column(String(20), default="unknown")  # Sex
    birth_date: Mapped[PartialDate | None]
    nationalities: Mapped[list[str]] = mapped_column(default=list)
    id_document_type: Mapped[str | None] = mapped_column(String(100))
    id_document_number: Mapped[str | None] = mapped_column(String(100))
    id_document_issued_by: Mapped[str | None] = mapped_column(String(300))
    id_document_issued_on: Mapped[PartialDate | None]
    profession: Mapped[str | None] = mapped_column(String(300))
    roles: Mapped[list[str]] = mapped_column(default=list)  # PersonRole values
    usual_address: Mapped[str | None] = mapped_column(Text)
    contact_details: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    risk_level: Mapped[str | None] = mapped_column(String(20))  # RiskLevel

    consents: Mapped[list[Consent]] = relationship(back_populates="person")
    detention_events: Mapped[list[DetentionEvent]] = relationship(back_populates="person")


class PersonOrganisation(Record):
    __tablename__ = "person_organisations"

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    position: Mapped[str | None] = mapped_column(String(200))


class Consent(Record):
    __tablename__ = "consents"

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    share_with_un: Mapped[bool] = mapped_column(Boolean, default=False)
    share_with_embassies: Mapped[bool] = mapped_column(Boolean, default=False)
    share_publicly: Mapped[bool] = mapped_column(Boolean, default=False)
    name_usage: Mapped[str] = mapped_column(String(20), default="full_name")  # NameUsage
    informed_state_contacted: Mapped[bool] = mapped_column(Boolean, default=False)
    given_on: Mapped[PartialDate | None]
    how_obtained: Mapped[str | None] = mapped_column(Text)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship(back_populates="consents")


class Case(Record):
    __tablename__ = "cases"
    # Which cases are in the trash (usually none), without reading every case.
    __table_args__ = (
        Index("ix_cases_trashed", "id", "deleted_at", sqlite_where=text("deleted_at IS NOT NULL")),
        # A live case's title and numbers by id without the table: the agenda's rows (0011).
        Index(
            "ix_cases_live_titles",
            "id",
            "title",
            "case_numbers",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    title: Mapped[str] = mapped_column(String(300))
    case_numbers: Mapped[list[str]] = mapped_column(default=list)
    summary: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(30), default="investigation")  # CaseStatus


class CaseParticipant(Record):
    __tablename__ = "case_participants"
    # A case's live participants by role, with the person, without the table: the agenda's
    # defendants (0011).
    __table_args__ = (
        Index(
            "ix_case_participants_live_roles",
            "case_id",
            "role",
            "person_id",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    role: Mapped[str] = mapped_column(String(30))  # CaseRole


class Charge(Record):
    __tablename__ = "charges"

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), index=True)
    code: Mapped[str] = mapped_column(String(200), default="Criminal Code of the Kyrgyz Republic")
    article: Mapped[str] = mapped_column(String(50))
    wording: Mapped[str | None] = mapped_column(Text)
    brought_on: Mapped[PartialDate | None]
    status: Mapped[str] = mapped_column(String(20), default="pending")  # ChargeStatus
    sentence: Mapped[str | None] = mapped_column(Text)


class DetentionEvent(Record):
    __tablename__ = "detention_events"

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), index=True)
    type: Mapped[str] = mapped_column(String(40))  # DetentionType or a user-added term
    start: Mapped[PartialDate]
    # The hour of an arrest or police custody, when known: the 48-hour rule counts hours.
    start_time: Mapped[time | None] = mapped_column(Time)
    end: Mapped[PartialDate | None]
    term_until: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(300))  # facility or place
    forces: Mapped[str | None] = mapped_column(String(300))  # who arrested or holds
    ordering_authority: Mapped[str | None] = mapped_column(String(300))
    warrant_shown: Mapped[bool | None] = mapped_column(Boolean)
    reasons_given: Mapped[str | None] = mapped_column(Text)
    legal_basis: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person] = relationship(back_populates="detention_events")


class Hearing(Record):
    __tablename__ = "hearings"
    # Covers the Hearings list's date order and the agenda's date range, live rows only.
    __table_args__ = (
        Index(
            "ix_hearings_live_order",
            "scheduled_date",
            "scheduled_time",
            "id",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
        # The agenda's overdue hearings (past, no outcome), without reading every past one.
        Index(
            "ix_hearings_no_outcome",
            "scheduled_date",
            "scheduled_time",
            "id",
            "deleted_at",  # NULL in every entry, as outcome: the count reads no row (0011)
            "outcome",
            sqlite_where=text("deleted_at IS NULL AND outcome IS NULL"),
        ),
        # Postponed hearings by case with their link: a case's postponement chains (few
        # hearings are postponed) without reading each of its hearings (0011).
        Index(
            "ix_hearings_postponements",
            "case_id",
            "id",
            "postponed_to_id",
            sqlite_where=text("postponed_to_id IS NOT NULL"),
        ),
        # A foreign key's child column: without it SQLite scans every hearing to check the
        # key whenever a hearing is purged or added while a deferred key is pending.
        Index(
            "ix_hearings_postponed_to",
            "postponed_to_id",
            sqlite_where=text("postponed_to_id IS NOT NULL"),
        ),
    )

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    scheduled_date: Mapped[date] = mapped_column(Date)
    scheduled_time: Mapped[time | None] = mapped_column(Time)
    court: Mapped[str | None] = mapped_column(String(300))
    judge: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40), default="trial_session")  # HearingKind
    closed_to_public: Mapped[bool] = mapped_column(Boolean, default=False)
    defendant_present: Mapped[bool | None] = mapped_column(Boolean)
    lawyer_present: Mapped[bool | None] = mapped_column(Boolean)
    monitors_present: Mapped[bool | None] = mapped_column(Boolean)
    outcome: Mapped[str | None] = mapped_column(String(40))  # HearingOutcome
    notes: Mapped[str | None] = mapped_column(Text)
    postponement_reason: Mapped[str | None] = mapped_column(Text)
    postponed_to_id: Mapped[str | None] = mapped_column(ForeignKey("hearings.id"))


#: A live ill-treatment report with no official response: the condition of the dashboard's
#: query and of the index that serves it, the same text in both (SQLite uses a partial index
#: only for a query whose WHERE has its condition's terms).
UNANSWERED_REPORT = (
    "deleted_at IS NULL AND (official_response IS NULL OR trim(official_response) = '')"
)


class IllTreatmentReport(Record):
    __tablename__ = "ill_treatment_reports"
    # The dashboard's reports with no response, oldest first, without reading the narratives.
    __table_args__ = (
        Index(
            "ix_ill_treatment_unanswered",
            "created_at",
            "id",
            "victim_id",
            "deleted_at",
            "official_response",
            sqlite_where=text(UNANSWERED_REPORT),
        ),
        # The foreign key's child column (see ix_hearings_postponed_to): the rows hold narratives.
        Index(
            "ix_ill_treatment_reports_source",
            "source_id",
            sqlite_where=text("source_id IS NOT NULL"),
        ),
    )
    SENSITIVE: ClassVar[frozenset[str]] = frozenset({"medical_findings", "notes"})

    victim_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), index=True)
    incident_date: Mapped[PartialDate | None]
    place: Mapped[str | None] = mapped_column(String(300))
    circumstances: Mapped[str | None] = mapped_column(Text)
    perpetrators: Mapped[str | None] = mapped_column(Text)
    perpetrator_unit: Mapped[str | None] = mapped_column(String(300))
    perpetrator_rank: Mapped[str | None] = mapped_column(String(200))
    methods: Mapped[list[str]] = mapped_column(default=list)  # ill_treatment_method terms
    injuries: Mapped[str | None] = mapped_column(Text)
    medical_exam_date: Mapped[PartialDate | None]
    medical_examiner: Mapped[str | None] = mapped_column(String(300))
    medical_findings: Mapped[str | None] = mapped_column(Text)
    witnesses: Mapped[str | None] = mapped_column(Text)
    reported_to: Mapped[str | None] = mapped_column(String(300))
    reported_on: Mapped[PartialDate | None]
    official_response: Mapped[str | None] = mapped_column(Text)
    response_on: Mapped[PartialDate | None]
    source_id: Mapped[str | None] = mapped_column(ForeignKey("sources.id"))
    notes: Mapped[str | None] = mapped_column(Text)


class Intervention(Record):
    __tablename__ = "interventions"

    person_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), index=True)
    recipient: Mapped[str] = mapped_column(String(60))  # recipient term
    sent_on: Mapped[PartialDate | None]
    reference: Mapped[str | None] = mapped_column(String(200))
    summary: Mapped[str | None] = mapped_column(Text)
    reply: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)


class Source(Record):
    __tablename__ = "sources"
    SENSITIVE: ClassVar[frozenset[str]] = frozenset({"name", "contact_details", "notes"})

    name: Mapped[str] = mapped_column(String(300))
    contact_details: Mapped[str | None] = mapped_column(Text)
    confidential: Mapped[bool] = mapped_column(Boolean, default=True)
    reliability: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)


class SourceLink(Record):
    __tablename__ = "source_links"

    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id"), index=True)
    record_table: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36), index=True)


class Attachment(Record):
    """Metadata of a file kept inside the vault; content is in attachment_chunks."""

    __tablename__ = "attachments"

    record_table: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    title: Mapped[str] = mapped_column(String(300))
    file_name: Mapped[str | None] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64))


class AttachmentChunk(Base):
    """A slice of an attachment's bytes, so multi-megabyte files stream in and out."""

    __tablename__ = "attachment_chunks"

    attachment_id: Mapped[str] = mapped_column(ForeignKey("attachments.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class VocabularyTerm(Base):
    """A term of a controlled vocabulary, seeded and user-extensible."""

    __tablename__ = "vocabulary_terms"

    vocabulary: Mapped[str] = mapped_column(String(60), primary_key=True)
    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    label_en: Mapped[str] = mapped_column(String(200))
    label_ru: Mapped[str] = mapped_column(String(200))
    label_ky: Mapped[str | None] = mapped_column(String(200))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class AuditEntry(Base):
    """One create, update, delete, restore or purge of one record, with field changes."""

    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entries_record", "record_table", "record_id"),
        # The Undo label's "this actor's last save", newest first (the id follows in the index).
        Index("ix_audit_entries_actor", "actor"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(20))  # AuditAction
    record_table: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36))
    # {field: [old, new]} in JSON-ready form.
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reason: Mapped[str | None] = mapped_column(Text)


class SearchRecord(Base):
    """The record behind each row of the search index (casefile/vault/search_index.py)."""

    __tablename__ = "search_records"
    __table_args__ = (Index("ix_search_records_record", "record_id", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(String(36))


class PersonStatusRow(Base):
    """A person's derived status as of a day, kept on write (casefile/vault/statuses.py)."""

    __tablename__ = "person_statuses"
    # A status's entries alone, with their days and person (the People filter's status words),
    # and the statuses that do not hold on a day (derived again): migration 0018.
    __table_args__ = (
        Index("ix_person_statuses_status", "status", "as_of", "valid_until", "person_id"),
        Index("ix_person_statuses_as_of", "as_of"),
        Index(
            "ix_person_statuses_valid_until",
            "valid_until",
            sqlite_where=text("valid_until IS NOT NULL"),
        ),
        # The dashboard's terms ending and custodies over 48 hours, counted and listed from
        # these alone (migration 0021).
        Index(
            "ix_person_statuses_term",
            "term_until",
            "as_of",
            "valid_until",
            "person_id",
            sqlite_where=text("term_until IS NOT NULL"),
        ),
        Index(
            "ix_person_statuses_custody_over_48h",
            "custody_started",
            "as_of",
            "valid_until",
            "person_id",
            "police_custody_over_48h",  # the partial index's own term, read from it
            sqlite_where=text("police_custody_over_48h AND custody_started IS NOT NULL"),
        ),
    )

    person_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    status: Mapped[str] = mapped_column(String(30))  # CurrentStatus
    days_in_custody: Mapped[int] = mapped_column(Integer)
    custody_started: Mapped[date | None] = mapped_column(Date)
    term_until: Mapped[date | None] = mapped_column(Date)
    police_custody_over_48h: Mapped[bool] = mapped_column(Boolean)
    as_of: Mapped[date] = mapped_column(Date)
    # The first day it must be derived again (None: never, unless the events change).
    valid_until: Mapped[date | None] = mapped_column(Date)
    # Until then the days in custody grow by one a day.
    days_growing: Mapped[bool] = mapped_column(Boolean)


class PersonStatusStale(Base):
    """People whose detention events changed since their status was stored (set by triggers)."""

    __tablename__ = "person_status_stale"

    person_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class HearingDayCount(Base):
    """How many hearings the Hearings list shows on a day (live, their case not in the trash),
    kept by triggers on hearings and cases whatever writes (migration 0010); days with none
    have no row. The list counts on it rather than on the date index."""

    __tablename__ = "hearing_day_counts"
    __table_args__ = ({"sqlite_with_rowid": False},)

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    live: Mapped[int] = mapped_column(Integer)


class UnansweredReportCount(Base):
    """How many ill-treatment reports the dashboard counts as unanswered (UNANSWERED_REPORT,
    their victim not in the trash), kept by triggers on reports and persons whatever writes
    (migration 0017). One row."""

    __tablename__ = "unanswered_report_count"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    live: Mapped[int] = mapped_column(Integer)


class PersonStatusCount(Base):
    """How many stored statuses there are of each status, whatever day they hold on, kept by
    triggers on person_statuses (migration 0021): the dashboard's tallies start from these."""

    __tablename__ = "person_status_counts"

    status: Mapped[str] = mapped_column(String(30), primary_key=True)  # CurrentStatus
    people: Mapped[int] = mapped_column(Integer)


class Setting(Base):
    """Vault-scoped settings, kept inside the encrypted vault rather than on disk."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


RECORD_CLASSES: tuple[type[Record], ...] = (
    Organisation,
    Person,
    PersonOrganisation,
    Consent,
    Case,
    CaseParticipant,
    Charge,
    DetentionEvent,
    Hearing,
    IllTreatmentReport,
    Intervention,
    Source,
    SourceLink,
    Attachment,
)
RECORD_BY_TABLE: dict[str, type[Record]] = {cls.__tablename__: cls for cls in RECORD_CLASSES}


# -- exchange between laptops (issue 5) ---------------------------------------------------


class DeviceIdentity(Base):
    """This vault's own exchange identity: one row, created with the vault.

    The private keys never leave the encrypted vault. `clock` is the Lamport clock that
    stamps every change, and also the local sequence that partners' high-water marks count.
    """

    __tablename__ = "exchange_identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    device_id: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(120), default="")
    signing_key: Mapped[bytes] = mapped_column(LargeBinary)  # Ed25519 private, raw
    signing_public: Mapped[bytes] = mapped_column(LargeBinary)
    agreement_key: Mapped[bytes] = mapped_column(LargeBinary)  # X25519 private, raw
    agreement_public: Mapped[bytes] = mapped_column(LargeBinary)
    clock: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Partner(Base):
    """Another laptop's vault: its public keys, whether it is trusted, what it was sent."""

    __tablename__ = "exchange_partners"

    device_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    signing_public: Mapped[bytes] = mapped_column(LargeBinary)
    agreement_public: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(80))
    trusted: Mapped[bool] = mapped_column(Boolean, default=False)
    #: "partner" (its changes apply like ours) or "contributor" (it may add records and change
    #: the ones it created or was sent; its other changes arrive as conflicts).
    role: Mapped[str] = mapped_column(String(20), default="partner", server_default="partner")
    #: The local clock up to which every change went into a bundle for this partner.
    last_sent_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_received_at: Mapped[datetime | None] = mapped_column(DateTime)
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    #: The local clock up to which the partner acknowledged holding what it was sent.
    acked_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: The largest clock of a bundle applied from the partner (what this vault acknowledges),
    #: and the value last told to it.
    received_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    told_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: Need to know: {"people": [ids], "cases": [ids]} this partner is sent (with what
    #: belongs to them); None: everything.
    scope: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class OutboxBundle(Base):
    """A bundle written into the sync folder, kept until every recipient acknowledged it."""

    __tablename__ = "exchange_outbox"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    file_name: Mapped[str] = mapped_column(String(64))
    recipients: Mapped[list[str]] = mapped_column(JSON)
    clock: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(Integer)
    records: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SyncLogEntry(Base):
    """What a folder sync did with one file: sent, received, pruned, skipped (with why)."""

    __tablename__ = "exchange_sync_log"
    __table_args__ = (Index("ix_exchange_sync_log_file", "file_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    device_id: Mapped[str | None] = mapped_column(String(32))
    event: Mapped[str] = mapped_column(String(20))
    bundle_id: Mapped[str | None] = mapped_column(String(36))
    file_name: Mapped[str] = mapped_column(String(64))
    file_size: Mapped[int] = mapped_column(Integer)
    file_mtime: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(200))


class FieldVersion(Base):
    """The version of one field of one record, for merging with other laptops.

    (clock, device_id) orders concurrent values deterministically; `seen` is the field's
    version vector {device_id: clock} telling a newer value from a concurrent one; `seq` is
    the local clock when this row was last written (what "since the last bundle" means).
    """

    __tablename__ = "field_versions"

    record_table: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    clock: Mapped[int] = mapped_column(Integer)
    device_id: Mapped[str] = mapped_column(String(32))
    seen: Mapped[dict[str, Any]] = mapped_column(default=dict)
    seq: Mapped[int] = mapped_column(Integer, index=True)


class Tombstone(Base):
    """A record purged for good, so that exchange purges it elsewhere and never revives it."""

    __tablename__ = "exchange_tombstones"

    record_table: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    clock: Mapped[int] = mapped_column(Integer)
    device_id: Mapped[str] = mapped_column(String(32))
    seq: Mapped[int] = mapped_column(Integer, index=True)
    purged_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PendingPurge(Base):
    """A purge a partner sent for a record this vault holds: the record waits in the trash
    until a person here accepts the purge (then it is carried out and passed on) or restores
    the record. Until then nothing is lost and the purge goes no further."""

    __tablename__ = "exchange_pending_purges"

    record_table: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    clock: Mapped[int] = mapped_column(Integer)
    device_id: Mapped[str] = mapped_column(String(32))
    #: The partner whose bundle brought it.
    from_device: Mapped[str] = mapped_column(String(32))
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PartnerRecord(Base):
    """A record a partner is known to hold: it created it, or this vault sent it to it. A
    contributor may change only these."""

    __tablename__ = "exchange_partner_records"

    device_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_table: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class AppliedBundle(Base):
    """A bundle already imported: importing it again changes nothing."""

    __tablename__ = "exchange_applied_bundles"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sender_device_id: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    applied_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Conflict(Base):
    """A field both sides changed since their last common version, until someone resolves it.

    The vault shows the deterministic winner meanwhile; both values are kept here and in
    the audit history.
    """

    __tablename__ = "exchange_conflicts"
    __table_args__ = (Index("ix_exchange_conflicts_record", "record_table", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_table: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    mine: Mapped[Any] = mapped_column(JSON)
    theirs: Mapped[Any] = mapped_column(JSON)
    mine_device: Mapped[str] = mapped_column(String(32))
    theirs_device: Mapped[str] = mapped_column(String(32))
    bundle_id: Mapped[str] = mapped_column(String(36))
    detected_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(String(20))
