"""Plain rows for lists (CLI, tables): people, cases, hearings. Keys are the model's field names."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, time
from typing import Any, TypeVar

from sqlalchemy import Select, func, null, select
from sqlalchemy.orm import aliased

from casefile.services.lists.status import NO_RECORD, all_statuses
from casefile.vault.schema import (
    Case,
    CaseParticipant,
    Hearing,
    IllTreatmentReport,
    Intervention,
    Person,
)
from casefile.vault.vault import Vault

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: str
    full_name: str
    current_status: str
    days_in_custody: int
    birth_date: str | None
    risk_level: str | None


@dataclass(frozen=True, slots=True)
class CaseRow:
    id: str
    title: str
    status: str
    case_numbers: list[str]
    defendants: int


@dataclass(frozen=True, slots=True)
class HearingRow:
    id: str
    case_id: str
    case_title: str
    scheduled_date: date
    scheduled_time: time | None
    court: str | None
    judge: str | None
    kind: str
    outcome: str | None
    postponed_to_id: str | None
    postponed_to_date: date | None = None  # the new hearing's day ("postponed → 21.12.2026")


def row_as_json(row: Any) -> dict[str, Any]:
    """A row as JSON-ready data (dates in ISO form)."""
    data = asdict(row)
    for key, value in data.items():
        if isinstance(value, date | time):
            data[key] = value.isoformat()
    return data


def list_people(vault: Vault, today: date | None = None) -> list[PersonRow]:
    today = today or date.today()
    with vault.read() as session:
        found = session.execute(
            select(Person.id, Person.full_name, Person.birth_date, Person.risk_level).where(
                Person.deleted_at.is_(None)
            )
        ).all()
    # Sorted here, case-folded: SQLite's sorter under memory security locks memory per row,
    # and its ORDER BY would not fold Cyrillic case anyway.
    found = sorted(found, key=lambda row: (row.full_name.casefold(), row.full_name))
    by_person = all_statuses(vault, today)
    rows = []
    for person_id, full_name, birth_date, risk in found:
        status = by_person.get(person_id, NO_RECORD)
        rows.append(
            PersonRow(
                id=person_id,
                full_name=full_name,
                current_status=status.status.value,
                days_in_custody=status.days_in_custody,
                birth_date=None if birth_date is None else birth_date.to_text(),
                risk_level=risk,
            )
        )
    return rows


def list_cases(vault: Vault) -> list[CaseRow]:
    defendants = (
        select(CaseParticipant.case_id, func.count().label("n"))
        .where(CaseParticipant.role == "defendant", CaseParticipant.deleted_at.is_(None))
        .group_by(CaseParticipant.case_id)
        .subquery()
    )
    with vault.read() as session:
        found = session.execute(
            select(Case.id, Case.title, Case.status, Case.case_numbers, defendants.c.n)
            .outerjoin(defendants, defendants.c.case_id == Case.id)
            .where(Case.deleted_at.is_(None))
            .order_by(Case.title)
        ).all()
    return [
        CaseRow(id=i, title=t, status=s, case_numbers=list(n or []), defendants=d or 0)
        for i, t, s, n, d in found
    ]


#: The hearing a postponed one moved to.
_LATER = aliased(Hearing, name="later_hearing")


def hearing_columns(case_title: bool = True) -> Select[*tuple[Any, ...]]:
    """A hearing row's columns (HearingRow's, in order), its case joined, and the new date of
    a postponed one (one primary-key lookup per postponed row). Without `case_title`, no case
    is joined and the title is NULL, for the caller to read."""
    title: Any = Case.title if case_title else null().label("title")
    columns = select(
        Hearing.id,
        Hearing.case_id,
        title,
        Hearing.scheduled_date,
        Hearing.scheduled_time,
        Hearing.court,
        Hearing.judge,
        Hearing.kind,
        Hearing.outcome,
        Hearing.postponed_to_id,
        _LATER.scheduled_date,
    )
    if case_title:
        columns = columns.join(Case, Case.id == Hearing.case_id)
    return columns.outerjoin(_LATER, _LATER.id == Hearing.postponed_to_id)


def hearing_rows(found: Iterable[Sequence[Any]]) -> list[HearingRow]:
    """Rows of hearing_columns() as HearingRows. Each fetched row brings its own copy of a
    case's title, court and judge; 50,000 hearings share a few thousand of each, so one shared
    copy per value saves tens of MiB."""
    shared: dict[object, object] = {}

    def one(value: _T) -> _T:
        return value if value is None else shared.setdefault(value, value)  # type: ignore[return-value]

    return [
        HearingRow(
            id=r[0],
            case_id=one(r[1]),
            case_title=one(r[2]),
            scheduled_date=r[3],
            scheduled_time=r[4],
            court=one(r[5]),
            judge=one(r[6]),
            kind=r[7],
            outcome=r[8],
            postponed_to_id=r[9],
            postponed_to_date=r[10],
        )
        for r in found
    ]


def list_hearings(
    vault: Vault, start: date | None = None, end: date | None = None
) -> list[HearingRow]:
    """Hearings in date order, optionally within [start, end]; none of a trashed case."""
    query = (
        hearing_columns()
        # A hearing whose case is in the trash is hidden with it (and back when it is restored).
        .where(Hearing.deleted_at.is_(None), Case.deleted_at.is_(None))
        .order_by(Hearing.scheduled_date, Hearing.scheduled_time)
    )
    if start is not None:
        query = query.where(Hearing.scheduled_date >= start)
    if end is not None:
        query = query.where(Hearing.scheduled_date <= end)
    with vault.read() as session:
        rows = session.connection().execute(query).all()  # Core: no ORM row loading
    return hearing_rows(rows)


@dataclass(frozen=True, slots=True)
class IllTreatmentListRow:
    id: str
    victim_id: str
    victim_name: str
    incident_date: str | None  # storage form of the partial date, sortable
    place: str | None
    reported_to: str | None
    official_response: str | None


@dataclass(frozen=True, slots=True)
class InterventionListRow:
    id: str
    recipient: str
    sent_on: str | None
    reference: str | None
    person_id: str | None
    person_name: str | None
    case_id: str | None
    case_title: str | None
    reply: str | None


def list_ill_treatment(vault: Vault) -> list[IllTreatmentListRow]:
    query = (
        select(
            IllTreatmentReport.id,
            IllTreatmentReport.victim_id,
            Person.full_name,
            IllTreatmentReport.incident_date,
            IllTreatmentReport.place,
            IllTreatmentReport.reported_to,
            IllTreatmentReport.official_response,
        )
        .join(Person, Person.id == IllTreatmentReport.victim_id)
        .where(IllTreatmentReport.deleted_at.is_(None))
        .order_by(IllTreatmentReport.incident_date.desc())
    )
    with vault.read() as session:
        rows = session.connection().execute(query).all()  # Core: no ORM row loading
    return [
        IllTreatmentListRow(
            id=r[0],
            victim_id=r[1],
            victim_name=r[2],
            incident_date=None if r[3] is None else r[3].to_text(),
            place=r[4],
            reported_to=r[5],
            official_response=r[6],
        )
        for r in rows
    ]


def list_interventions(vault: Vault) -> list[InterventionListRow]:
    query = (
        select(
            Intervention.id,
            Intervention.recipient,
            Intervention.sent_on,
            Intervention.reference,
            Intervention.person_id,
            Person.full_name,
            Intervention.case_id,
            Case.title,
            Intervention.reply,
        )
        .outerjoin(Person, Person.id == Intervention.person_id)
        .outerjoin(Case, Case.id == Intervention.case_id)
        .where(Intervention.deleted_at.is_(None))
        .order_by(Intervention.sent_on.desc())
    )
    with vault.read() as session:
        rows = session.connection().execute(query).all()  # Core: no ORM row loading
    return [
        InterventionListRow(
            id=r[0],
            recipient=r[1],
            sent_on=None if r[2] is None else r[2].to_text(),
            reference=r[3],
            person_id=r[4],
            person_name=r[5],
            case_id=r[6],
            case_title=r[7],
            reply=r[8],
        )
        for r in rows
    ]
