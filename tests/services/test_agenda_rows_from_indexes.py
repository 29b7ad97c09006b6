"""The agenda's rows read from covering indexes are the rows the tables hold.

The agenda reads each hearing's case, defendants and postponements from indexes
(migration 0011). Here a vault with postponement chains, several defendants, trashed cases,
hearings, people and participants is read both ways: by the agenda, and by a reference
that loads every record through the ORM and works each row out from the tables.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from casefile.services.records.drafts import save_record
from casefile.services.records.hearings import (
    AgendaRow,
    agenda,
    agenda_screen,
    forget_agendas,
    postpone_hearing,
    record_outcome,
)
from casefile.services.records.trash import move_to_trash
from casefile.vault.schema import Case, CaseParticipant, Hearing, Person
from casefile.vault.vault import Vault

TODAY = date(2024, 6, 10)
START, END, OVERDUE_FROM = TODAY, TODAY + timedelta(days=20), TODAY - timedelta(days=60)


def _hearing(vault: Vault, case_id: str, day: date, at: time | None = None) -> str:
    values: dict[str, Any] = {"case_id": case_id, "scheduled_date": day, "scheduled_time": at}
    return save_record(vault, "hearings", None, values)


def _person(vault: Vault, name: str) -> str:
    return save_record(vault, "persons", None, {"full_name": name})


def _join(vault: Vault, case_id: str, person_id: str, role: str = "defendant") -> str:
    values = {"case_id": case_id, "person_id": person_id, "role": role}
    return save_record(vault, "case_participants", None, values)


@pytest.fixture
def office(vault: Vault) -> Vault:
    """Three cases (one trashed), defendants in and out of the trash, postponement chains."""
    day = TODAY
    kept = save_record(
        vault, "cases", None, {"title": "Дело «Кемпир-Абад»", "case_numbers": ["УД-1", "УД-2"]}
    )
    other = save_record(vault, "cases", None, {"title": "Дело Темирова"})
    gone = save_record(vault, "cases", None, {"title": "Дело в корзине"})
    names = ("Өмүрбекова Гүлнара", "Асанов Бакыт", "Тажибек кызы Айпери", "Zhaparov Emil")
    people = [_person(vault, name) for name in names]
    for person in people:
        _join(vault, kept, person)
    _join(vault, other, people[1])  # one defendant in two cases
    _join(vault, other, _person(vault, "Адвокат Исаев"), "lawyer")
    move_to_trash(vault, "persons", people[3])  # a defendant gone to the trash
    move_to_trash(vault, "case_participants", _join(vault, other, people[2]))
    _join(vault, gone, people[0])
    # A chain of two postponements, the first one overdue; another whose new hearing is
    # trashed (cancelled); hearings of every kind around them.
    first = _hearing(vault, kept, day - timedelta(days=5), time(10, 0))
    second = postpone_hearing(vault, first, day + timedelta(days=2), time(9, 0), "")
    postpone_hearing(vault, second, day + timedelta(days=9), None, "")
    cancelled = _hearing(vault, other, day + timedelta(days=3), time(11, 0))
    move_to_trash(
        vault, "hearings", postpone_hearing(vault, cancelled, day + timedelta(days=4), None, "")
    )
    for offset, at in ((0, None), (0, time(9, 30)), (1, time(15, 0)), (6, None), (12, time(8, 0))):
        _hearing(vault, kept if offset % 2 else other, day + timedelta(days=offset), at)
    for offset in (-1, -20, -40):
        _hearing(vault, other, day + timedelta(days=offset), time(12, 0))
    record_outcome(vault, _hearing(vault, kept, day - timedelta(days=3), time(14, 0)), "held")
    move_to_trash(vault, "hearings", _hearing(vault, kept, day + timedelta(days=5), time(10, 0)))
    _hearing(vault, gone, day + timedelta(days=1), time(10, 0))
    _hearing(vault, gone, day - timedelta(days=2), time(10, 0))
    move_to_trash(vault, "cases", gone)
    forget_agendas()
    return vault


def _reference(
    vault: Vault, start: date, end: date, *, outcome_missing: bool = False
) -> list[tuple[Any, ...]]:
    """Every row worked out from whole tables read through the ORM."""
    with vault.read() as session:
        hearings = list(session.scalars(select(Hearing)))
        cases = {case.id: case for case in session.scalars(select(Case))}
        people = {person.id: person for person in session.scalars(select(Person))}
        participants = list(session.scalars(select(CaseParticipant)))
    by_id = {hearing.id: hearing for hearing in hearings}
    came_from = {h.postponed_to_id: h.id for h in hearings if h.postponed_to_id}
    rows = []
    for h in hearings:
        case = cases[h.case_id]
        if h.deleted_at or case.deleted_at or not start <= h.scheduled_date <= end:
            continue
        if outcome_missing and h.outcome is not None:
            continue
        accused = sorted(
            (people[p.person_id].full_name, p.person_id)
            for p in participants
            if p.case_id == h.case_id
            and p.role == "defendant"
            and p.deleted_at is None
            and people[p.person_id].deleted_at is None
        )
        root, depth = h.id, 0
        while root in came_from:
            root, depth = came_from[root], depth + 1
        moved_to = by_id.get(h.postponed_to_id) if h.postponed_to_id else None
        live_to = moved_to if moved_to is not None and moved_to.deleted_at is None else None
        last, last_depth = live_to, depth + 1
        while last is not None and last.postponed_to_id:
            following = by_id[last.postponed_to_id]
            if following.deleted_at is not None:
                break
            last, last_depth = following, last_depth + 1
        chained = h.postponed_to_id is not None or h.id in came_from
        chain = (
            None
            if not chained
            else (root, depth, None, None, None, None, 0)
            if live_to is None or last is None
            else (
                root,
                depth,
                live_to.scheduled_date,
                live_to.scheduled_time,
                last.scheduled_date,
                last.scheduled_time,
                last_depth,
            )
        )
        rows.append(
            (
                (h.scheduled_date, h.scheduled_time is not None, h.scheduled_time or time.min),
                h.id,
                h.case_id,
                case.title,
                tuple(case.case_numbers),
                tuple(name for name, _id in accused),
                tuple(person_id for _name, person_id in accused),
                h.postponed_to_id,
                h.outcome is None and h.scheduled_date < TODAY,
                chain,
            )
        )
    return sorted(rows, key=lambda row: row[0])


def _seen(rows: tuple[AgendaRow, ...] | list[AgendaRow]) -> list[tuple[Any, ...]]:
    return [
        (
            (row.scheduled_date, row.scheduled_time is not None, row.scheduled_time or time.min),
            row.id,
            row.case_id,
            row.case_title,
            row.case_numbers,
            row.defendants,
            row.defendant_ids,
            row.postponed_to_id,
            row.needs_outcome,
            None
            if row.chain is None
            else (
                row.chain.root_id,
                row.chain.depth,
                row.chain.next_date,
                row.chain.next_time,
                row.chain.last_date,
                row.chain.last_time,
                row.chain.last_depth,
            ),
        )
        for row in rows
    ]


def test_the_reference_sees_what_the_fixture_made(office: Vault) -> None:
    week = _reference(office, START, END)
    assert len(week) == 8  # the trashed case's, the trashed hearing and the cancelled: out
    chained = [row[9] for row in week if row[9] is not None]
    assert sorted((chain[1], chain[6]) for chain in chained) == [(0, 0), (1, 2), (2, 0)]
    assert {len(row[5]) for row in week} == {1, 3}  # the trashed person and participant: out


@pytest.mark.parametrize("limit", [1, 2, 3, 5, 8, 60])
def test_a_screen_of_the_agenda_holds_the_first_rows_of_the_tables(
    office: Vault, limit: int
) -> None:
    screen = agenda_screen(office, START, END, today=TODAY, overdue_from=OVERDUE_FROM, limit=limit)
    week = _reference(office, START, END)
    overdue = _reference(office, OVERDUE_FROM, TODAY - timedelta(days=1), outcome_missing=True)
    assert _seen(screen.rows) == week[:limit]
    assert _seen(screen.overdue) == overdue[:limit]
    assert (screen.total, screen.overdue_total) == (len(week), len(overdue))


def test_the_whole_agenda_holds_every_row_of_the_tables(office: Vault) -> None:
    whole = agenda_screen(office, START, END, today=TODAY, overdue_from=OVERDUE_FROM, whole=True)
    assert _seen(whole.rows) == _reference(office, START, END)
    wide = (OVERDUE_FROM, END + timedelta(days=30))
    assert _seen(agenda(office, *wide, today=TODAY)) == _reference(office, *wide)
