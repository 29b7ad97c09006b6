"""Current status and days in custody for many people at once, from one query."""

from __future__ import annotations

import threading
import weakref
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, literal_column, select
from sqlalchemy.orm import Session

from casefile.domain import detention
from casefile.domain.dates import PartialDate
from casefile.domain.enums import CurrentStatus
from casefile.services.exchange.ids import in_ids
from casefile.vault.schema import DetentionEvent

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

# Event rows per batch when everyone's statuses are derived.
_BATCH = 2048


def _events(person_ids: Iterable[str] | None) -> Select[*tuple[Any, ...]]:
    query: Select[*tuple[Any, ...]] = select(
        DetentionEvent.person_id,
        DetentionEvent.id,
        DetentionEvent.type,
        literal_column("detention_events.start"),  # the stored text: sorts by date
        DetentionEvent.end,
        DetentionEvent.term_until,
        DetentionEvent.place,
        literal_column("detention_events.rowid"),
    ).where(DetentionEvent.deleted_at.is_(None))
    if person_ids is not None:
        # One JSON value, not a bound value per id (see services/exchange/ids.py).
        query = query.where(in_ids(DetentionEvent.person_id, person_ids))
    return query


def _inputs(rows: Iterable[Any]) -> list[detention.DetentionSpanInput]:
    """One person's event rows as the rules' inputs, in the order the rules expect."""
    # Same-day events in the order they were recorded. Sorted here, not by ORDER BY: SQLite's
    # sorter makes an allocation per row, each an mlock and an munlock under
    # cipher_memory_security (as services/hearings.agenda_rows).
    return [
        detention.DetentionSpanInput(
            type=type_,
            start=PartialDate.from_storage(start),
            end=end,
            term_until=term_until,
            facility=place,
            event_id=event_id,
        )
        for _person, event_id, type_, start, end, term_until, place, _rowid in sorted(
            rows, key=itemgetter(3, 7)
        )
    ]


def status_from_inputs(inputs: list[detention.DetentionSpanInput], today: date) -> PersonStatus:
    if not inputs:
        return NO_RECORD
    summary = detention.status_summary(inputs, today)
    return PersonStatus(
        status=summary.status,
        days_in_custody=summary.days_in_custody,
        custody_started=summary.custody_started,
        term_until=summary.term_until,
        police_custody_over_48h=summary.police_custody_over_48h,
    )


def statuses(
    session: Session, today: date, person_ids: Iterable[str] | None = None
) -> dict[str, PersonStatus]:
    """Status of each person who has detention events (others: NO_RECORD)."""
    if person_ids is not None:
        grouped: dict[str, list[Any]] = defaultdict(list)
        for row in session.execute(_events(person_ids)):
            grouped[row[0]].append(row)
        return {pid: status_from_inputs(_inputs(rows), today) for pid, rows in grouped.items()}
    # Everyone: in person order, which the person index gives without a sort, a batch of rows
    # at a time, so that only one person's inputs live at once.
    everyone = session.connection().execution_options(yield_per=_BATCH)
    found = everyone.execute(_events(None).order_by(DetentionEvent.person_id))
    return {
        person_id: status_from_inputs(_inputs(rows), today)
        for person_id, rows in groupby(found, key=itemgetter(0))
    }


_cache_lock = threading.Lock()
_cache: weakref.WeakKeyDictionary[Vault, tuple[int, date, dict[str, PersonStatus]]] = (
    weakref.WeakKeyDictionary()
)


def all_statuses(vault: Vault, today: date) -> dict[str, PersonStatus]:
    """statuses() of everyone, reused until the vault's next write or another day.

    The dashboard and the People list both need every status; deriving 10,000 timelines takes
    about a second, so the second of them, and reloads after nothing changed, reuse it.
    """
    generation = vault.generation  # read before the snapshot: a later write only invalidates
    with _cache_lock:
        hit = _cache.get(vault)
    if hit is not None and hit[0] == generation and hit[1] == today:
        return hit[2]
    with vault.read(keep_pages=False) as session:  # every event; cached above instead
        result = statuses(session, today)
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
    """Drops every cached status (for benchmarks that time the derivation itself)."""
    with _cache_lock:
        _cache.clear()
