"""Current status and days in custody for many people at once, from one query."""

from __future__ import annotations

import threading
import weakref
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, literal_column, select
from sqlalchemy.orm import Session

from casefile.domain import detention
from casefile.domain.dates import PartialDate
from casefile.domain.enums import CurrentStatus
from casefile.domain.models import DetentionEvent
from casefile.services.exchange.ids import in_ids

if TYPE_CHECKING:
    from casefile.vault.vault import Vault


@dataclass(frozen=True)
class PersonStatus:
    status: CurrentStatus
    days_in_custody: int
    custody_started: date | None
    term_until: date | None
    police_custody_over_48h: bool


NO_RECORD = PersonStatus(CurrentStatus.NO_RECORD, 0, None, None, False)


def _inputs_by_person(
    session: Session, person_ids: Iterable[str] | None
) -> dict[str, list[detention.DetentionSpanInput]]:
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
    # Same-day events in the order they were recorded, as the rules expect. Sorted here, not
    # by ORDER BY: SQLite's sorter makes an allocation per row, each an mlock and an munlock
    # under cipher_memory_security (as services/hearings.agenda_rows).
    found = sorted(session.execute(query), key=itemgetter(3, 7))
    grouped: dict[str, list[detention.DetentionSpanInput]] = defaultdict(list)
    for person_id, event_id, type_, start, end, term_until, place, _rowid in found:
        grouped[person_id].append(
            detention.DetentionSpanInput(
                type=type_,
                start=PartialDate.from_storage(start),
                end=end,
                term_until=term_until,
                facility=place,
                event_id=event_id,
            )
        )
    return grouped


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
    return {
        person_id: status_from_inputs(inputs, today)
        for person_id, inputs in _inputs_by_person(session, person_ids).items()
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
    with vault.read() as session:
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
