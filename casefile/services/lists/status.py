"""Current status and days in custody for many people at once: stored by the vault on write
(casefile/vault/statuses.py), derived here only where the stored one does not hold."""

from __future__ import annotations

import threading
import weakref
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, literal_column, select
from sqlalchemy.orm import Session

from casefile.domain import detention
from casefile.domain.enums import CurrentStatus
from casefile.services.exchange.ids import in_ids
from casefile.vault import statuses as vault_statuses
from casefile.vault.schema import DetentionEvent, PersonStatusRow

if TYPE_CHECKING:
    from casefile.vault.vault import Vault


@dataclass(frozen=True, slots=True)
class PersonStatus:
    status: CurrentStatus
    days_in_custody: int
    custody_started: date | None
    term_until: date | None
    police_custody_over_48h: bool


NO_RECORD = PersonStatus(CurrentStatus.NO_RECORD, 0, None, None, False)

# People per read when some are asked for by id; event rows per batch when everyone's are.
_BATCH = 500
_EVERYONE_BATCH = 2048


def status_from_inputs(inputs: list[detention.DetentionSpanInput], today: date) -> PersonStatus:
    if not inputs:
        return NO_RECORD
    return _from_summary(detention.status_summary(inputs, today))


def _from_summary(summary: detention.StatusSummary, days: int | None = None) -> PersonStatus:
    return PersonStatus(
        status=summary.status,
        days_in_custody=summary.days_in_custody if days is None else days,
        custody_started=summary.custody_started,
        term_until=summary.term_until,
        police_custody_over_48h=summary.police_custody_over_48h,
    )


def statuses(
    session: Session, today: date, person_ids: Iterable[str] | None = None
) -> dict[str, PersonStatus]:
    """Status of each person who has detention events (others: NO_RECORD), derived from the
    events now: what the stored statuses (stored()) must always equal."""
    if person_ids is not None:
        grouped: dict[str, list[Any]] = defaultdict(list)
        wanted = list(person_ids)
        for start in range(0, len(wanted), _BATCH):
            for row in session.execute(vault_statuses.events_query(wanted[start : start + _BATCH])):
                grouped[row[0]].append(row)
        return {
            pid: status_from_inputs(vault_statuses.inputs(rows), today)
            for pid, rows in grouped.items()
        }
    # Everyone: in person order, which the person index gives without a sort, a batch of rows
    # at a time, so that only one person's inputs live at once.
    everyone = session.connection().execution_options(yield_per=_EVERYONE_BATCH)
    found = everyone.execute(vault_statuses.events_query().order_by(DetentionEvent.person_id))
    return {
        person_id: status_from_inputs(vault_statuses.inputs(rows), today)
        for person_id, rows in groupby(found, key=itemgetter(0))
    }


def stored(
    session: Session, today: date, person_ids: Iterable[str] | None = None
) -> dict[str, PersonStatus]:
    """statuses(), from the statuses the vault stores on write (vault/statuses.py): only the
    people marked stale, past their stored status's validity, or asked for a day before it
    was stored, are derived here."""
    # The stored text, not SQLAlchemy's dates: ISO days compare as text, and most rows need
    # no date at all (everyone's at 100,000 people).
    query: Select[*tuple[Any, ...]] = select(
        *(literal_column(f"person_statuses.{name}") for name in _STORED)
    ).select_from(PersonStatusRow.__table__)
    wanted: list[str] | None = None
    if person_ids is not None:
        wanted = list(person_ids)
        if not wanted:
            return {}
    stale = vault_statuses.stale_ids(session, wanted)
    again = set(stale)
    found: dict[str, PersonStatus] = {}
    chunks: list[list[str] | None] = [None]
    if wanted is not None:
        chunks = [wanted[start : start + _BATCH] for start in range(0, len(wanted), _BATCH)]
    day = today.isoformat()
    codes = {status.value: status for status in CurrentStatus}
    connection = session.connection()
    key: Any = literal_column("person_statuses.person_id")
    for chunk in chunks:
        part = query if chunk is None else query.where(in_ids(key, chunk))
        for row in connection.execute(part).all():
            pid, code, days, started, term, over, as_of, until, growing = row
            if pid in stale:
                continue
            if holds(as_of, until, day):
                if growing:
                    days += (today - date.fromisoformat(as_of)).days
                found[pid] = PersonStatus(
                    codes[code],
                    days,
                    None if started is None else date.fromisoformat(started),
                    None if term is None else date.fromisoformat(term),
                    bool(over),
                )
            else:
                again.add(pid)
    if again:
        found.update(statuses(session, today, sorted(again)))
    return found


#: holds() as SQL over person_statuses' columns, for :day (ISO text). The unary + keeps
#: SQLite off the indexes on as_of and valid_until (usually every row holds: a read of them
#: all through an index reads each row twice); a status's entries are read from its own.
HOLDS_SQL = "+as_of <= :day AND (valid_until IS NULL OR :day < +valid_until)"
# Every stored status that does not hold on :day (derived again, as stored() does), with its
# row: through the indexes on as_of and valid_until, usually a few entries. UNION ALL: a
# UNION merged the two in person order, read through the primary key's index, every row.
#: NOT holds(), as SQL selecting person_id and rowid, for :day (a day or a moment, ISO text).
NOT_HOLDING_SQL = (
    "SELECT person_id, rowid FROM person_statuses WHERE as_of > :day "
    "UNION ALL SELECT person_id, rowid FROM person_statuses WHERE valid_until <= :day"
)
_STALE_ROWS = (
    "SELECT s.person_id, p.rowid FROM person_status_stale AS s "
    "LEFT JOIN person_statuses AS p ON p.person_id = s.person_id"
)


def _holding_sql(what: str, inside: bool, count: int) -> str:
    """The stored statuses that hold on :day whose status is one of the codes :c0… (else none
    of them): ix_person_statuses_status reads those codes' entries alone (migration 0018), no
    table row. The codes are a few bound values rather than one JSON value: the statement
    ran faster so (bench/README.md)."""
    codes = ", ".join(f":c{number}" for number in range(count))
    return (
        f"SELECT {what} FROM person_statuses "
        f"WHERE status {'' if inside else 'NOT '}IN ({codes}) AND {HOLDS_SQL}"
    )


def _driver_rows(session: Session, statement: str, parameters: dict[str, Any]) -> Sequence[Any]:
    """The driver's tuples: SQLAlchemy's row objects cost more than the read ("released" is
    48,752 rows at 100,000 people)."""
    result = session.connection().exec_driver_sql(statement, parameters)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


def _holding(session: Session, what: str, today: date, codes: Collection[str]) -> list[Any]:
    wanted = sorted(set(codes))
    inside = NO_RECORD.status.value not in wanted
    parameters: dict[str, Any] = {f"c{n}": code for n, code in enumerate(wanted)}
    parameters["day"] = today.isoformat()
    statement = _holding_sql(what, inside, len(wanted))
    return [row[0] for row in _driver_rows(session, statement, parameters)]


#: The people stored() derives again on a day (marked stale, or their stored status not
#: holding), each with their row in person_statuses (None: none); and their statuses derived.
AgainStatuses = tuple[dict[str, int | None], dict[str, PersonStatus]]


def again_statuses(session: Session, today: date) -> AgainStatuses:
    """AgainStatuses on `today`: read through the stale marks and the indexes on the stored
    statuses' days, and derived from those people's events."""
    rows: dict[str, int | None] = dict(_driver_rows(session, _STALE_ROWS, {}))
    rows.update(_driver_rows(session, NOT_HOLDING_SQL, {"day": today.isoformat()}))
    if not rows:
        return {}, {}
    return rows, statuses(session, today, sorted(rows))


@dataclass(frozen=True, slots=True)
class Again:
    """The people whose stored status stored() does not take on a day (marked stale, or not
    holding), each with whether their status derived now is one of some codes; and each one's
    row in person_statuses (None: they have none)."""

    has: dict[str, bool]
    rows: dict[str, int | None]


def derived_again(
    session: Session, today: date, codes: Collection[str], found: AgainStatuses | None = None
) -> Again:
    """Again, for these codes (CurrentStatus values) on `today`, from again_statuses() (read
    here if not given)."""
    rows, derived = again_statuses(session, today) if found is None else found
    wanted = set(codes)
    has = {pid: derived.get(pid, NO_RECORD).status.value in wanted for pid in rows}
    return Again(has, rows)


def holding_rows(session: Session, today: date, codes: Collection[str]) -> tuple[set[int], bool]:
    """The rows of person_statuses (rowids) that hold on `today` and whose status is one of
    these codes: (rows, True); or, when NO_RECORD is among them, (rows, False), those whose
    status is none of them. Marked stale or not, as stored: Again settles those."""
    inside = NO_RECORD.status.value not in codes
    return set(_holding(session, "rowid", today, codes)), inside


def with_status(
    session: Session, today: date, codes: Collection[str], again: Again | None = None
) -> tuple[set[str], bool]:
    """Who has one of these statuses (CurrentStatus values) on `today`, as stored() says,
    without reading or holding everyone's status: (ids, True), the people who have one; or,
    when NO_RECORD is among them, (ids, False), the people who have none of them (everyone
    without a stored status has no record: most people, in some vaults).

    The stored statuses of these codes alone (else of the others) that hold; only those
    stored() derives again (`again`, derived_again() of these codes if not given) are
    derived here.
    """
    inside = NO_RECORD.status.value not in codes
    if again is None:
        again = derived_again(session, today, codes)
    held = _holding(session, "person_id", today, codes)
    found = {pid for pid in held if pid not in again.has}
    found.update(pid for pid, has in again.has.items() if has == inside)
    return found, inside


def holds(as_of: str, valid_until: str | None, day: str) -> bool:
    """Whether a status stored as of `as_of` (ISO text) still holds on `day` (ISO text)."""
    return as_of <= day and (valid_until is None or day < valid_until)


_STORED = (
    "person_id",
    "status",
    "days_in_custody",
    "custody_started",
    "term_until",
    "police_custody_over_48h",
    "as_of",
    "valid_until",
    "days_growing",
)


_cache_lock = threading.Lock()
_cache: weakref.WeakKeyDictionary[Vault, tuple[int, date, dict[str, PersonStatus]]] = (
    weakref.WeakKeyDictionary()
)


def all_statuses(vault: Vault, today: date) -> dict[str, PersonStatus]:
    """statuses() of everyone, reused until the vault's next write or another day.

    The reminders and the People list sorted by status or days need every status; they are
    read from what the vault stores (stored()), and kept here for the next of them. A status
    word in the People filter needs no one's (with_status).
    """
    generation = vault.generation  # read before the snapshot: a later write only invalidates
    with _cache_lock:
        hit = _cache.get(vault)
    if hit is not None and hit[0] == generation and hit[1] == today:
        return hit[2]
    with vault.read(keep_pages=False) as session:  # every person's; cached above instead
        result = stored(session, today)
    with _cache_lock:
        _cache[vault] = (generation, today, result)
    return result


def cached_statuses(vault: Vault, today: date) -> dict[str, PersonStatus] | None:
    """all_statuses() if it is cached and still current, else None (nothing is derived)."""
    generation = vault.generation
    with _cache_lock:
        hit = _cache.get(vault)
    if hit is not None and hit[0] == generation and hit[1] == today:
        return hit[2]
    return None


def forget_statuses() -> None:
    """Drops every cached status (for benchmarks that time reading them)."""
    with _cache_lock:
        _cache.clear()
