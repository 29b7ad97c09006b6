"""Current status and days in custody for many people at once: stored by the vault on write
(casefile/vault/statuses.py), derived here only where the stored one does not hold."""

from __future__ import annotations

import threading
import weakref
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, bindparam, literal_column, select, text
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


# Stored statuses that settle a status filter as they are (those whose status is one of the
# codes, else none of them), and every one that does not hold on :day (derived again, as
# stored() does): holds() in SQL, on the same ISO text. The codes are a few bound values
# rather than one JSON value: the statement ran faster so (bench/README.md).
#: holds() as SQL over person_statuses' columns, for :day (ISO text).
HOLDS_SQL = "as_of <= :day AND (valid_until IS NULL OR :day < valid_until)"
_WITH_STATUS = {
    inside: text(
        f"SELECT person_id, {HOLDS_SQL} FROM person_statuses "
        f"WHERE status {'' if inside else 'NOT '}IN :codes "
        "OR as_of > :day OR valid_until <= :day"
    ).bindparams(bindparam("codes", expanding=True))
    for inside in (True, False)
}


def with_status(session: Session, today: date, codes: Collection[str]) -> tuple[set[str], bool]:
    """Who has one of these statuses (CurrentStatus values) on `today`, as stored() says,
    without reading or holding everyone's status: (ids, True), the people who have one; or,
    when NO_RECORD is among them, (ids, False), the people who have none of them (everyone
    without a stored status has no record: most people, in some vaults).

    One read of the stored statuses, a row per person with detention events; only those
    stored() derives again (marked stale, or not holding on `today`) are derived here.
    """
    inside = NO_RECORD.status.value not in codes
    wanted = sorted(set(codes))
    parameters = {"day": today.isoformat(), "codes": wanted}
    stale = vault_statuses.stale_ids(session)
    again = set(stale)
    found: set[str] = set()
    for pid, holding in session.connection().execute(_WITH_STATUS[inside], parameters):
        if pid in stale or not holding:
            again.add(pid)
        else:
            found.add(pid)
    if again:
        derived = statuses(session, today, sorted(again))
        for pid in again:
            if (derived.get(pid, NO_RECORD).status.value in wanted) == inside:
                found.add(pid)
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
