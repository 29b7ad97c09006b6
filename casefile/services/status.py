"""Current status and days in custody for many people at once, from one query."""

from __future__ import annotations

import threading
import weakref
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session

from casefile.domain import detention
from casefile.domain.enums import CurrentStatus
from casefile.domain.models import DetentionEvent

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
    query = select(
        DetentionEvent.person_id,
        DetentionEvent.id,
        DetentionEvent.type,
        DetentionEvent.start,
        DetentionEvent.end,
        DetentionEvent.term_until,
        DetentionEvent.place,
    ).where(DetentionEvent.deleted_at.is_(None))
    # Same-day events are read in the order they were recorded, as the rules expect.
    query = query.order_by(DetentionEvent.start, literal_column("detention_events.rowid"))
    if person_ids is not None:
        query = query.where(DetentionEvent.person_id.in_(list(person_ids)))
    grouped: dict[str, list[detention.DetentionSpanInput]] = defaultdict(list)
    for person_id, event_id, type_, start, end, term_until, place in session.execute(query):
        grouped[person_id].append(
            detention.DetentionSpanInput(
                type=type_,
                start=start,
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
