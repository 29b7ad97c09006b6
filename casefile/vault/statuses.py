"""Each person's derived status, stored and kept up to date on write (table person_statuses).

Deriving a status reads a person's detention events and runs casefile/domain/detention.py:
everyone's took most of a second at 10,000 people, before the dashboard could paint, and
again after every write. So it is stored:

- triggers (migration 0006) mark a person in person_status_stale whenever one of their
  detention events is inserted, changed or deleted, whatever wrote it (the ORM, the bulk
  writers, a merge, a purge);
- before a write unit of the vault commits, the stale people's statuses are derived again and
  stored, with the day they were derived for (as_of) and the first day they must be derived
  again (valid_until): the next day one of their events starts or ends, or two days after an
  event's start (police custody over 48 hours, when its time is unknown), or the moment the
  48 hours of the police custody in force run out (valid_until is then an ISO date and time,
  "2026-12-06T18:30:00": as text it sorts after its day, so it holds all day for readers
  asking for a day, which the rules read as its first moment, and until 18:30 for readers
  asking for a moment, such as the dashboard; no write is needed for it to turn). Until then
  nothing but the days in custody changes, and those grow by one a day while custody goes
  on (days_growing);
- readers (services/lists/status.py) take the stored statuses, and derive only those marked
  stale (written outside a vault unit, or before the first open after the upgrade), past
  their valid_until, or asked for a day before their as_of.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from operator import itemgetter
from typing import Any

from sqlalchemy import Select, event, func, literal_column, select, text
from sqlalchemy.orm import Session, sessionmaker

from casefile.domain import detention
from casefile.domain.dates import PartialDate, Precision
from casefile.vault.schema import DetentionEvent, PersonStatusRow, PersonStatusStale

# People derived and stored per statement batch.
_BATCH = 500


@dataclass(frozen=True, slots=True)
class Derived:
    """A person's status as of a day, and how long it holds (see the module docstring)."""

    summary: detention.StatusSummary
    as_of: date
    valid_until: date | datetime | None  # a datetime: the moment the 48 hours run out
    days_growing: bool


def events_query(person_ids: Iterable[str] | None = None) -> Select[*tuple[Any, ...]]:
    """Live detention events as the rules' inputs need them (person first, rowid last)."""
    query: Select[*tuple[Any, ...]] = select(
        DetentionEvent.person_id,
        DetentionEvent.id,
        DetentionEvent.type,
        literal_column("detention_events.start"),  # the stored text: sorts by date
        DetentionEvent.end,
        DetentionEvent.term_until,
        DetentionEvent.place,
        literal_column("detention_events.rowid"),
        DetentionEvent.start_time,
    ).where(DetentionEvent.deleted_at.is_(None))
    if person_ids is not None:
        # One JSON value, not a bound value per id (services/exchange/ids.py says why).
        ids = json.dumps(sorted(set(person_ids)))
        query = query.where(
            DetentionEvent.person_id.in_(
                select(literal_column("value")).select_from(func.json_each(ids))
            )
        )
    return query


def inputs(rows: Iterable[Any]) -> list[detention.DetentionSpanInput]:
    """One person's event rows as the rules' inputs, in the order the rules expect."""
    # Same-day events in the order they were recorded. Sorted here, not by ORDER BY: SQLite's
    # sorter makes an allocation per row, each an mlock and an munlock under
    # cipher_memory_security (as services/records/hearings.agenda_rows).
    return [
        detention.DetentionSpanInput(
            type=type_,
            start=PartialDate.from_storage(start),
            end=end,
            term_until=term_until,
            facility=place,
            event_id=event_id,
            start_time=start_time,
        )
        for _person, event_id, type_, start, end, term_until, place, _rowid, start_time in sorted(
            rows, key=itemgetter(3, 7)
        )
    ]


def derive(events: Sequence[detention.DetentionSpanInput], as_of: date) -> Derived:
    """The status on `as_of`, the first later day it may differ on, and whether the days in
    custody grow meanwhile.

    Between two days on which no event starts or ends, the rules see the same events and the
    same ends, so only what counts days moves: the days in custody (by one a day while a
    custody stretch is in force) and the 48 hours of police custody: two days after a start
    whose time is unknown, else the moment they run out (the rules read as_of as 00:00).
    """
    summary = detention.status_summary(events, as_of)
    changes: set[date] = set()
    for item in events:
        start = item.start.earliest
        changes.add(start)
        if (
            item.start_time is None
            or item.start.approximate
            or item.start.precision is not Precision.DAY
        ):
            changes.add(start + timedelta(days=2))
        if item.end is not None:
            changes.add(max(item.end.earliest, start))
    later = [day for day in changes if day > as_of]
    until: date | datetime | None = min(later) if later else None
    deadline = detention.police_custody_deadline(events, as_of)
    if (
        deadline is not None
        and deadline > datetime.combine(as_of, time.min)
        and (until is None or deadline < datetime.combine(until, time.min))
    ):
        # A deadline at midnight is that day's start: a reader asking for the day must see it
        # turned, and the day's ISO text sorts before its own midnight's.
        until = deadline.date() if deadline.time() == time.min else deadline
    return Derived(
        summary=summary,
        as_of=as_of,
        valid_until=until,
        # In force on as_of means in force until its end, which is one of the changes.
        days_growing=summary.custody_started is not None,
    )


def derive_for(session: Session, as_of: date, person_ids: Iterable[str]) -> dict[str, Derived]:
    """Derived statuses of these people (those with no live event are left out)."""
    wanted = sorted(set(person_ids))
    grouped: dict[str, list[Any]] = defaultdict(list)
    for start in range(0, len(wanted), _BATCH):
        for row in session.execute(events_query(wanted[start : start + _BATCH])):
            grouped[row[0]].append(row)
    return {pid: derive(inputs(rows), as_of) for pid, rows in grouped.items()}


def days_on(stored_days: int, growing: bool, as_of: date, day: date) -> int:
    """The days in custody on `day` of a status stored as of `as_of` (still valid on `day`)."""
    return stored_days + (day - as_of).days if growing else stored_days


def stale_ids(session: Session, person_ids: Iterable[str] | None = None) -> set[str]:
    query = select(PersonStatusStale.person_id)
    if person_ids is not None:
        ids = json.dumps(sorted(set(person_ids)))
        query = query.where(
            PersonStatusStale.person_id.in_(
                select(literal_column("value")).select_from(func.json_each(ids))
            )
        )
    return set(session.execute(query).scalars())


def refresh(session: Session, today: date, progress: Callable[[float], None] | None = None) -> int:
    """Derives and stores the statuses of the people marked stale, in the caller's unit of
    work; returns how many. progress(fraction) hears after each batch."""
    stale = sorted(stale_ids(session))
    for start in range(0, len(stale), _BATCH):
        chunk = stale[start : start + _BATCH]
        derived = derive_for(session, today, chunk)
        ids = json.dumps(chunk)
        connection = session.connection()
        for table in (PersonStatusRow.__tablename__, PersonStatusStale.__tablename__):
            connection.exec_driver_sql(
                f"DELETE FROM {table} WHERE person_id IN (SELECT value FROM json_each(?))",
                (ids,),
            )
        rows = [
            (
                pid,
                found.summary.status.value,
                found.summary.days_in_custody,
                _day(found.summary.custody_started),
                _day(found.summary.term_until),
                found.summary.police_custody_over_48h,
                found.as_of.isoformat(),
                _day(found.valid_until),
                found.days_growing,
            )
            for pid, found in derived.items()
        ]
        if rows:
            connection.exec_driver_sql(
                f"INSERT INTO {PersonStatusRow.__tablename__} (person_id, status, "
                "days_in_custody, custody_started, term_until, police_custody_over_48h, as_of, "
                "valid_until, days_growing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        if progress is not None:
            progress(min(1.0, (start + len(chunk)) / len(stale)))
    return len(stale)


def _day(value: date | None) -> str | None:
    if isinstance(value, datetime):  # to the second: compared as text with now.isoformat()
        return value.isoformat(timespec="seconds")
    return None if value is None else value.isoformat()


def has_stale(session: Session) -> bool:
    found = session.execute(text(f"SELECT 1 FROM {PersonStatusStale.__tablename__} LIMIT 1"))
    return found.first() is not None


def _before_commit(session: Session) -> None:
    # The unit's last changes reach SQLite (and its triggers) first.
    session.flush()
    if has_stale(session):
        refresh(session, date.today())


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_commit", _before_commit)
