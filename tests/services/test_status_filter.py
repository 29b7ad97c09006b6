"""A status word in the People filter matches the stored statuses in SQL (status.with_status):
the same people as everyone's statuses derived from the events now, whatever wrote them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from casefile.domain.enums import CurrentStatus
from casefile.services.lists import paged
from casefile.services.lists.paged import PeopleList
from casefile.services.lists.query import FilterWord, ListQuery
from casefile.services.lists.status import NO_RECORD, statuses, with_status
from casefile.services.records.trash import move_to_trash
from casefile.vault.schema import Person, PersonStatusRow
from casefile.vault.statuses import stale_ids
from casefile.vault.vault import Vault
from tests.services.test_stored_statuses import CHECKED, PEOPLE, STEP, _apply, _day

# Each status alone, and the sets a typed word gives (a letter two labels hold; "no record"
# with another, which matches everyone but those with a third status).
CODES = (
    *(frozenset({status.value}) for status in CurrentStatus),
    frozenset({"travel_ban", "probation"}),
    frozenset({"no_record", "released"}),
    frozenset({"no_record", "pretrial_detention", "police_custody"}),
)

# Those also read through the list.
LISTED = (frozenset({"pretrial_detention"}), *CODES[-3:])


def _expected(vault: Vault, day: date, codes: frozenset[str], live: list[str]) -> set[str]:
    with vault.read() as session:
        derived = statuses(session, day)  # from the events, nothing stored
    return {pid for pid in live if derived.get(pid, NO_RECORD).status.value in codes}


def _first_screen(
    vault: Vault, day: date, query: ListQuery, monkeypatch: pytest.MonkeyPatch, few: int
) -> list[str]:
    """The first two rows as typed before the name order is kept: walked in the name key
    index (few 0), else read by id and sorted, whatever share of everyone they are."""
    monkeypatch.setattr(paged, "FEW_MATCHES", few)
    monkeypatch.setattr(paged, "FEW_SHARE", 1)
    monkeypatch.setattr(paged, "FEW_STATUS_SHARE", 1)
    paged.forget_cached_orders()
    return [row.id for row in PeopleList(lambda: day).window(vault, query, 2).rows]


def _listed(vault: Vault, day: date, query: ListQuery) -> list[str]:
    lister = PeopleList(lambda: day)
    window = lister.window(vault, query)
    ids = list(window.ids if window.ids is not None else lister.ids(vault, query).ids)
    assert [row.id for row in window.rows] == ids[: len(window.rows)]
    return ids


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(STEP, min_size=1, max_size=10), trashed=st.booleans())
def test_a_status_word_matches_the_statuses_derived_now(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, steps: list[Any], trashed: bool
) -> None:
    with vault.write() as session:
        # The last one never has an event: no record.
        people = [Person(full_name=f"Person {n}") for n in range(PEOPLE + 1)]
        session.add_all(people)
        session.flush()
        person_ids = [person.id for person in people]
    events: list[str] = []
    for step in steps:
        _apply(vault, person_ids, events, step)
    if trashed:  # a person in the trash keeps a stored status, and is never listed
        move_to_trash(vault, "persons", person_ids[0])
    # Everyone live in the vault: the examples share it.
    with vault.read() as session:
        live = list(session.scalars(select(Person.id).where(Person.deleted_at.is_(None))))
    everyone = _listed(vault, date.today(), ListQuery())
    for offset in CHECKED:
        day = _day(offset)
        for codes in CODES:
            expected = _expected(vault, day, codes, live)
            with vault.read() as session:
                found, inside = with_status(session, day, codes)
            matched = {pid for pid in live if (pid in found) == inside}
            assert matched == expected, (offset, codes)
            # Through the list, in name order and sorted by another column, alone and with
            # a second word (every person's name holds "person").
            if codes not in LISTED:
                continue
            word = FilterWord("qqq", codes)  # no index row holds it: the codes alone
            for words in ((word,), (word, FilterWord("person"))):
                in_order = _listed(vault, day, ListQuery(words=words))
                assert in_order == [pid for pid in everyone if pid in expected], (offset, codes)
                # The first screen before the name order is kept: walked, or read and sorted.
                for few in (0, 2000):
                    first = _first_screen(vault, day, ListQuery(words=words), monkeypatch, few)
                    assert first == in_order[:2], (offset, codes, few)
                by_birth = _listed(vault, day, ListQuery(sort="birth", words=words))
                assert sorted(by_birth) == sorted(expected), (offset, codes)


def test_a_person_marked_stale_is_derived_again_in_every_path(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Events written outside a unit of the vault leave their people marked stale: one whose
    stored status still holds (and says otherwise), one with none stored yet. Every path of
    a status word takes their status derived now, not the stored one."""
    with vault.write() as session:
        people = [Person(full_name=f"Person {n}") for n in range(3)]
        session.add_all(people)
        session.flush()
        person_ids = [person.id for person in people]
    held: dict[str, Any] = {
        "person": 0,
        "type": "pretrial_detention",
        "start": -10,
        "precision": "day",
        "end": None,
        "term": None,
        "time": None,
    }
    events: list[str] = []
    _apply(vault, person_ids, events, ("add", "orm", held))  # stored
    _apply(vault, person_ids, events, ("add", "plain_sql", held | {"type": "release", "start": -2}))
    _apply(vault, person_ids, events, ("add", "plain_sql", held | {"person": 1}))
    with vault.read() as session:
        assert stale_ids(session) == set(person_ids[:2])
        assert session.get(PersonStatusRow, person_ids[0]) is not None
        assert session.get(PersonStatusRow, person_ids[1]) is None
    paged.forget_cached_orders()  # written outside the vault: its caches never heard of it
    today = date.today()
    everyone = _listed(vault, today, ListQuery())
    released, detained = frozenset({"released"}), frozenset({"pretrial_detention"})
    assert _expected(vault, today, released, person_ids) == {person_ids[0]}
    assert _expected(vault, today, detained, person_ids) == {person_ids[1]}
    for codes in (released, detained, frozenset({"no_record", "released"})):
        expected = _expected(vault, today, codes, person_ids)
        with vault.read() as session:
            found, inside = with_status(session, today, codes)
        assert {pid for pid in person_ids if (pid in found) == inside} == expected
        words = (FilterWord("qqq", codes),)
        in_order = _listed(vault, today, ListQuery(words=words))
        assert in_order == [pid for pid in everyone if pid in expected], codes
        for few in (0, 2000):
            assert (
                _first_screen(vault, today, ListQuery(words=words), monkeypatch, few)
                == (in_order[:2])
            ), (codes, few)
