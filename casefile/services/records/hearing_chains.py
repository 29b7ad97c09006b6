"""Where a hearing sits among postponements: the first hearing of its chain, how many
postponements came before it, and the date it moved to.

A postponement keeps the old hearing and links it to a new one of the same case
(services/records/hearings.postpone_hearing), so a chain never leaves its case: one read of
the cases' postponed hearings (ix_hearings_postponements) finds every link.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time
from typing import Protocol

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from casefile.services.exchange.ids import in_ids
from casefile.vault.schema import Hearing


@dataclass(frozen=True)
class Chain:
    """A hearing's place in its chain of postponements.

    ``next_*``: the live hearing it was postponed to; ``last_*``: the live hearing at the end
    of the chain (the same for one postponement), ``last_depth`` its place.
    """

    root_id: str
    depth: int  # postponements before this hearing
    next_date: date | None = None
    next_time: time | None = None
    last_date: date | None = None
    last_time: time | None = None
    last_depth: int = 0


@dataclass(frozen=True)
class _Link:
    to: str | None
    when: date
    at: time | None
    live: bool


class HearingLinks(Protocol):
    """What a chain needs of a hearing: an ORM Hearing, or a row read as columns."""

    @property
    def id(self) -> str: ...
    @property
    def case_id(self) -> str: ...
    @property
    def postponed_to_id(self) -> str | None: ...


@dataclass(frozen=True)
class HearingKey:
    """A hearing's links read as plain columns (the agenda reads no ORM objects)."""

    id: str
    case_id: str
    postponed_to_id: str | None


_LINKS_SQL = """
SELECT id, postponed_to_id FROM hearings INDEXED BY ix_hearings_postponements
WHERE case_id IN (SELECT value FROM json_each(:cases)) AND postponed_to_id IS NOT NULL
"""


def chains_of(session: Session, hearings: Iterable[HearingLinks]) -> dict[str, Chain]:
    """The chains of those hearings that were postponed or are a postponement, by id."""
    hearings = list(hearings)
    case_ids = {h.case_id for h in hearings}
    if not case_ids:
        return {}
    # The cases' links from ix_hearings_postponements alone (a case with none costs one
    # probe), then the hearings they lead to by id: not every hearing of every case. Named,
    # as an index on postponed_to_id alone would also serve "IS NOT NULL", over every case.
    moved = session.execute(text(_LINKS_SQL), {"cases": json.dumps(sorted(case_ids))}).all()
    if not moved:  # a hearing postponed is among them (same case)
        return {}
    targets = {str(to) for _id, to in moved}
    links = {
        str(hearing_id): _Link(to, when, at, deleted is None)
        for hearing_id, case_id, to, when, at, deleted in session.execute(
            select(
                Hearing.id,
                Hearing.case_id,
                Hearing.postponed_to_id,
                Hearing.scheduled_date,
                Hearing.scheduled_time,
                Hearing.deleted_at,
            ).where(in_ids(Hearing.id, targets))
        )
        if case_id in case_ids  # a chain never leaves its case; a forged link ends it
    }
    before = {str(to): str(hearing_id) for hearing_id, to in moved}
    chains: dict[str, Chain] = {}
    for hearing in hearings:
        if hearing.postponed_to_id is None and hearing.id not in before:
            continue
        root, depth, seen = hearing.id, 0, {hearing.id}
        while root in before and before[root] not in seen:  # seen: a forged loop ends
            root = before[root]
            seen.add(root)
            depth += 1
        chains[hearing.id] = _forward(links, hearing.postponed_to_id, root, depth)
    return chains


def _forward(links: dict[str, _Link], to: str | None, root: str, depth: int) -> Chain:
    """The chain seen from one hearing: where it moved to, and where the chain ends."""
    after = links.get(to) if to else None
    if after is None or not after.live:
        return Chain(root, depth)
    last, last_depth, seen = after, depth + 1, {to}
    while last.to and last.to not in seen:
        following = links.get(last.to)
        if following is None or not following.live:
            break
        seen.add(last.to)
        last, last_depth = following, last_depth + 1
    return Chain(root, depth, after.when, after.at, last.when, last.at, last_depth)
