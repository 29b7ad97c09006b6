"""The dashboard: who is held how, what is coming up, and what needs checking, as of a day.

Every item names the record to open through ``table`` and ``id``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, ClassVar

from sqlalchemy import Connection, and_, select, text
from sqlalchemy.orm import Session

from casefile.domain.dates import PartialDate
from casefile.domain.enums import CurrentStatus
from casefile.services.exchange.ids import in_ids
from casefile.services.lists.status import HOLDS_SQL, NOT_HOLDING_SQL, statuses
from casefile.services.records.hearings import AgendaRow, agenda_rows, count_hearings
from casefile.vault.schema import (
    UNANSWERED_REPORT,
    IllTreatmentReport,
    Person,
    PersonStatusCount,
    UnansweredReportCount,
)
from casefile.vault.statuses import stale_ids
from casefile.vault.vault import Vault

#: Hearings from today through today + this many days are "upcoming".
HEARING_WINDOW_DAYS = 7
#: Pre-trial terms ending on or before today + this many days are listed (expired ones too).
TERM_WARNING_DAYS = 14

#: Reports with no response listed at most (the oldest); the dashboard gives their number.
UNANSWERED_SHOWN = 100
#: The week's hearings listed at most (the first); the dashboard gives their number.
UPCOMING_SHOWN = 100
#: Terms ending and people in police custody listed at most (the earliest first), likewise.
LISTED = 100
#: The statuses counted, in the order the dashboard shows them.
DASHBOARD_STATUSES: tuple[CurrentStatus, ...] = (
    CurrentStatus.PRETRIAL_DETENTION,
    CurrentStatus.HOUSE_ARREST,
    CurrentStatus.IMPRISONED,
    CurrentStatus.TRAVEL_BAN,
    CurrentStatus.RELEASED,
    CurrentStatus.POLICE_CUSTODY,
    CurrentStatus.DISAPPEARED,
    CurrentStatus.PROBATION,
    CurrentStatus.EXPELLED,
)


@dataclass(frozen=True)
class StatusCount:
    """How many people have a status today (the People list, filtered by it, says who)."""

    table: ClassVar[str] = "persons"

    status: str  # CurrentStatus value
    count: int


@dataclass(frozen=True)
class ExpiringTerm:
    """A pre-trial detention term ending soon (days_left < 0: already expired, still held)."""

    table: ClassVar[str] = "persons"

    id: str  # the person
    full_name: str
    term_until: date
    days_left: int


@dataclass(frozen=True)
class CustodyAlert:
    """Someone held in police custody (ИВС) for 2 or more calendar days: possibly over 48 h."""

    table: ClassVar[str] = "persons"

    id: str  # the person
    full_name: str
    custody_started: date
    days: int  # calendar days so far, both ends counted


@dataclass(frozen=True)
class UnansweredReport:
    """An ill-treatment report with no official response recorded."""

    table: ClassVar[str] = "ill_treatment_reports"

    id: str  # the report
    victim_id: str
    victim_name: str
    incident_date: PartialDate | None
    reported_to: str | None
    reported_on: PartialDate | None


@dataclass(frozen=True)
class Dashboard:
    today: date
    status_counts: tuple[StatusCount, ...]  # in DASHBOARD_STATUSES order, zeros included
    upcoming_hearings: tuple[AgendaRow, ...]  # the first UPCOMING_SHOWN, by date and time
    expiring_terms: tuple[ExpiringTerm, ...]  # soonest first, the first LISTED
    police_custody_over_48h: tuple[CustodyAlert, ...]  # longest first, the first LISTED
    unanswered_ill_treatment: tuple[UnansweredReport, ...]  # oldest first, UNANSWERED_SHOWN
    unanswered_ill_treatment_count: int = 0  # all of them
    upcoming_hearings_count: int = 0  # all of them (upcoming_hearings: UPCOMING_SHOWN)
    expiring_terms_count: int = 0  # all of them
    police_custody_over_48h_count: int = 0  # all of them

    def count(self, status: str) -> int:
        """The number of people with this status today (0 if not counted)."""
        return next((c.count for c in self.status_counts if c.status == status), 0)


def dashboard(
    vault: Vault, today: date, lang: str = "en", now: datetime | None = None
) -> Dashboard:
    """The dashboard as of ``today`` (people in the trash are left out); police custody over
    48 hours as of ``now`` (default: this moment if today is today, else today's 00:00)."""
    if now is None and today == date.today():
        now = datetime.now()
    # Its pages are not kept: it runs on a worker once per write, and the week's hearings alone
    # filled 8 MiB of cache that the screens the user goes to next do not read.
    horizon = (today + timedelta(days=TERM_WARNING_DAYS)).isoformat()
    with vault.read(keep_pages=False) as session:
        tally = live_tally(session, now or today, horizon)
        # Names only for those listed: the first ones by date, and any tied with the last.
        names = _names(session, [row[0] for row in (*tally.ending, *tally.held)])
        # The week's first hearings and their number: at 1,000,000 hearings a week holds
        # thousands, and the dashboard shows the first ones.
        week = today + timedelta(days=HEARING_WINDOW_DAYS)
        hearings = agenda_rows(session, today, week, today, lang, limit=UPCOMING_SHOWN)
        hearings_count = count_hearings(session, today, week)
        unanswered_count, reports = _unanswered_reports(session)

    counts = [
        StatusCount(status.value, tally.counts[status.value]) for status in DASHBOARD_STATUSES
    ]
    terms: list[ExpiringTerm] = []
    for pid, _code, term, _over, _started in tally.ending:
        until = date.fromisoformat(str(term))
        terms.append(ExpiringTerm(pid, names[pid], until, (until - today).days))
    custody: list[CustodyAlert] = []
    for pid, _code, _term, _over, started in tally.held:
        began = date.fromisoformat(str(started))
        custody.append(CustodyAlert(pid, names[pid], began, (today - began).days + 1))
    terms.sort(key=lambda t: (t.term_until, t.full_name))
    custody.sort(key=lambda a: (a.custody_started, a.full_name))
    unanswered = tuple(
        UnansweredReport(
            id=r.id,
            victim_id=r.victim_id,
            victim_name=r.full_name,
            incident_date=r.incident_date,
            reported_to=r.reported_to,
            reported_on=r.reported_on,
        )
        for r in reports
    )
    return Dashboard(
        today=today,
        status_counts=tuple(counts),
        upcoming_hearings=tuple(hearings),
        upcoming_hearings_count=hearings_count,
        expiring_terms=tuple(terms[:LISTED]),
        expiring_terms_count=tally.ending_count,
        police_custody_over_48h=tuple(custody[:LISTED]),
        police_custody_over_48h_count=tally.held_count,
        unanswered_ill_treatment=unanswered,
        unanswered_ill_treatment_count=unanswered_count,
    )


type _Live = tuple[str, str, str | None, bool, str | None]


@dataclass(frozen=True)
class LiveTally:
    """Everyone's status at a moment, as the dashboard needs it: the number of people per
    status, and the earliest of those whose term ends by the horizon or who have been in police
    custody over 48 hours (each row: id, status, term until, over 48 h, custody started)."""

    counts: dict[str, int]  # of the DASHBOARD_STATUSES
    ending: list[_Live]  # by term, the first LISTED days' (ties with the last included)
    ending_count: int
    held: list[_Live]  # by custody start, likewise
    held_count: int


# The stored statuses that hold at :day, of people neither in the trash nor marked stale.
_HOLDING = (
    f"FROM person_statuses AS s WHERE {HOLDS_SQL} "
    "AND s.person_id NOT IN (SELECT person_id FROM person_status_stale) "
    "AND s.person_id NOT IN (SELECT id FROM persons WHERE deleted_at IS NOT NULL)"
)
# A _Live row's columns, in its order (field 2: term until, 4: custody started).
_COLUMNS = (
    "s.person_id",
    "s.status",
    "s.term_until",
    "s.police_custody_over_48h",
    "s.custody_started",
)
_ROW = ", ".join(_COLUMNS)
# Each read from its own partial index (ix_person_statuses_term, _custody_over_48h).
_ENDS = "s.term_until IS NOT NULL AND s.term_until <= :horizon"
_OVER = "s.police_custody_over_48h AND s.custody_started IS NOT NULL"
# The statuses are counted from the counts the triggers keep (migration 0021), less the rows
# that do not count today: one pass over every stored status took 15 MiB of reads before a
# first unlock's first paint at 100,000 people.
_COUNTS = select(PersonStatusCount.status, PersonStatusCount.people)
_UNCOUNTED = text(
    "SELECT status, count(*) FROM person_statuses "
    "WHERE person_id IN (SELECT value FROM json_each(:ids)) GROUP BY status"
)
# Stored statuses that no longer hold at :day: derived again, as the stale ones are (through
# the indexes on their days: usually a few entries, not a pass over every status).
_EXPIRED = text(f"SELECT person_id FROM ({NOT_HOLDING_SQL})")


def live_tally(session: Session, today: date | datetime, horizon: str) -> LiveTally:
    """The tally at `today` (a moment when the 48 hours count) of everyone not in the trash
    with a status: stored ones as they are, the rest derived (people marked stale, or whose
    stored status does not hold at that moment). Terms ending on or before `horizon` (ISO)."""
    day = today.isoformat()
    connection = session.connection()
    trashed = set(
        session.execute(select(Person.id).where(Person.deleted_at.is_not(None))).scalars()
    )
    again = stale_ids(session) | set(connection.execute(_EXPIRED, {"day": day}).scalars())
    counts = dict.fromkeys((status.value for status in DASHBOARD_STATUSES), 0)
    for code, number in connection.execute(_COUNTS):
        if code in counts:
            counts[code] += int(number)
    uncounted = json.dumps(sorted(again | trashed))
    for code, number in connection.execute(_UNCOUNTED, {"ids": uncounted}):
        if code in counts:
            counts[code] -= int(number)
    params = {"day": day, "horizon": horizon}
    ending_count = _count(connection, _ENDS, params)
    held_count = _count(connection, _OVER, params)
    ending = _earliest(connection, _ENDS, 2, params)
    held = _earliest(connection, _OVER, 4, {"day": day})
    for pid, status in statuses(session, today, sorted(again - trashed)).items():
        term_until, started_on = status.term_until, status.custody_started
        row: _Live = (
            pid,
            status.status.value,
            None if term_until is None else term_until.isoformat(),
            status.police_custody_over_48h,
            None if started_on is None else started_on.isoformat(),
        )
        if row[1] in counts:
            counts[row[1]] += 1
        if row[2] is not None and row[2] <= horizon:
            ending.append(row)
            ending_count += 1
        if row[3] and row[4] is not None:
            held.append(row)
            held_count += 1
    return LiveTally(counts, _first(ending, 2), ending_count, _first(held, 4), held_count)


def _count(connection: Connection, condition: str, params: dict[str, str]) -> int:
    """How many holding rows meet `condition` (read from its partial index)."""
    found = connection.execute(text(f"SELECT count(*) {_HOLDING} AND {condition}"), params)
    return int(found.scalar_one())


def _earliest(
    connection: Connection, condition: str, field: int, params: dict[str, str]
) -> list[_Live]:
    """The holding rows meeting `condition` on the LISTED earliest days of the row's `field`,
    and any more on the last of those days."""
    column = _COLUMNS[field]
    rows = [
        _live_row(row)
        for row in connection.execute(
            text(f"SELECT {_ROW} {_HOLDING} AND {condition} ORDER BY {column} LIMIT {LISTED}"),
            params,
        )
    ]
    if len(rows) == LISTED:
        seen = {row[0] for row in rows}
        tied = connection.execute(
            text(f"SELECT {_ROW} {_HOLDING} AND {condition} AND {column} = :last"),
            {**params, "last": rows[-1][field]},
        )
        rows.extend(_live_row(row) for row in tied if row[0] not in seen)
    return rows


def _live_row(row: Sequence[Any]) -> _Live:
    pid, code, term, over, started = row
    return (str(pid), str(code), term, bool(over), started)


def _first(rows: list[_Live], day: int) -> list[_Live]:
    """The rows of the LISTED earliest days (field `day`), and any on the last of them."""
    rows.sort(key=lambda row: str(row[day]))
    if len(rows) <= LISTED:
        return rows
    last = rows[LISTED - 1][day]
    return [row for row in rows if str(row[day]) <= str(last)]


def _names(session: Session, person_ids: list[str]) -> dict[str, str]:
    """The names of these people, those in the trash left out."""
    names: dict[str, str] = {}
    for start in range(0, len(person_ids), 500):
        query = select(Person.id, Person.full_name).where(
            Person.deleted_at.is_(None), in_ids(Person.id, person_ids[start : start + 500])
        )
        names.update((pid, name) for pid, name in session.execute(query))
    return names


def _unanswered_reports(session: Session) -> tuple[int, Sequence[Any]]:
    """How many live reports of people not in the trash have no response, and the oldest
    UNANSWERED_SHOWN of them (with the victim's name).

    The number is the one the triggers keep (migration 0017), and the oldest are read from
    the index ix_ill_treatment_unanswered, never the reports themselves but the ones listed:
    reading every report's narrative made the dashboard slow and large.
    """
    trashed_people = select(Person.id).where(Person.deleted_at.is_not(None))
    unanswered = and_(text(UNANSWERED_REPORT), IllTreatmentReport.victim_id.not_in(trashed_people))
    count = session.execute(select(UnansweredReportCount.live)).scalar_one_or_none() or 0
    oldest = (
        select(IllTreatmentReport.id)
        .where(unanswered)
        .order_by(IllTreatmentReport.created_at, IllTreatmentReport.id)
        .limit(UNANSWERED_SHOWN)
        .subquery("oldest")
    )
    rows = session.execute(
        select(
            IllTreatmentReport.id,
            IllTreatmentReport.victim_id,
            Person.full_name,
            IllTreatmentReport.incident_date,
            IllTreatmentReport.reported_to,
            IllTreatmentReport.reported_on,
            IllTreatmentReport.created_at,
        )
        .join(oldest, oldest.c.id == IllTreatmentReport.id)
        .join(Person, Person.id == IllTreatmentReport.victim_id)
    ).all()
    return int(count), sorted(rows, key=lambda r: (r.created_at, r.id))
