"""A People filter typed before the list's name order is kept (within a second of opening
the list, or after a write): its first screen comes from the name key index walked in order,
or from a word's few matches sorted, never from every name read and folded. It must equal the
first rows of the ids that follow, and those a straightforward sort of the matches."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import literal_column, select

from casefile.services.lists import paged
from casefile.services.lists.paged import PeopleList
from casefile.services.lists.query import FIRST_SCREEN, PAGE_SIZE, FilterWord, ListQuery
from casefile.services.records.trash import move_to_trash, purge
from casefile.vault.schema import Person
from casefile.vault.vault import Vault
from tests.services.test_query_plans import plans

TODAY = date(2026, 11, 23)
# Name parts: Latin and Cyrillic, equal once case-folded, a word inside another; no name.
PARTS = ("Alma", "ALMA", "alma", "Almaz", "Bob", "bobur", "Жан", "жанна", "Éloi", "Zed")
NAMES = st.one_of(  # full_name is NOT NULL: no name is ""
    st.lists(st.sampled_from(PARTS), min_size=1, max_size=3).map(" ".join),
    st.just(""),
)
RISKS = st.sampled_from([None, "low", "high"])
# A word: a prefix of a part, with the risk and status codes a typed word may carry.
WORDS = st.builds(
    lambda part, cut, codes: FilterWord(part[:cut].casefold(), codes),
    st.sampled_from(PARTS),
    st.integers(1, 5),
    st.sampled_from(
        [
            frozenset(),
            frozenset({"high"}),
            frozenset({"low", "high"}),
            frozenset({"no_record"}),  # no one here has detention events: everyone
            frozenset({"travel_ban", "high"}),  # no one has that status
        ]
    ),
)


def _first_screen(vault: Vault, query: ListQuery, size: int) -> Any:
    paged.forget_cached_orders()  # no name order kept: as right after opening the list
    return PeopleList(lambda: TODAY).window(vault, query, size)


def _expected(vault: Vault, query: ListQuery) -> list[str]:
    """The ids that follow (matched over the whole name order), checked against a plain
    sort of them: case-folded name, then the order recorded; no name last."""
    ids = list(PeopleList(lambda: TODAY).ids(vault, query).ids)
    with vault.read() as session:
        rows = session.execute(
            select(Person.id, Person.full_name)
            .where(Person.id.in_(ids))
            .order_by(literal_column("persons.rowid"))
        ).all()
    named = sorted((r for r in rows if r[1]), key=lambda r: r[1].casefold())
    assert ids == [r[0] for r in named] + [r[0] for r in rows if not r[1]]
    return ids


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    people=st.lists(st.tuples(NAMES, RISKS, st.booleans()), min_size=1, max_size=25),
    words=st.lists(WORDS, min_size=1, max_size=2),
    few=st.sampled_from([0, 3, 2000]),
    size=st.integers(1, 6),
)
def test_the_first_screen_before_the_name_order_is_the_first_of_the_ids(
    vault: Vault,
    monkeypatch: pytest.MonkeyPatch,
    people: list[tuple[str, str | None, bool]],
    words: list[FilterWord],
    few: int,
    size: int,
) -> None:
    monkeypatch.setattr(paged, "FEW_MATCHES", few)  # walked (0), either (3), sorted (2000)
    monkeypatch.setattr(paged, "FEW_SHARE", 1)
    with vault.write() as session:
        added = [Person(full_name=name, risk_level=risk) for name, risk, _trash in people]
        session.add_all(added)
        session.flush()
        trashed = [p.id for p, (_n, _r, trash) in zip(added, people, strict=True) if trash]
    for person_id in trashed:
        move_to_trash(vault, "persons", person_id)
    query = ListQuery(words=tuple(words))
    window = _first_screen(vault, query, size)
    expected = _expected(vault, query)
    assert [row.id for row in window.rows] == expected[:size]
    assert window.ids is None and window.total_exact
    if window.exact:
        assert window.count == len(expected)
    else:  # a full screen walked: the count is what it found until the ids come
        assert window.count == size <= len(expected)


@pytest.fixture
def named(vault: Vault) -> Vault:
    with vault.write() as session:
        session.add_all(
            Person(full_name=f"{part} {n}", risk_level="high" if n % 3 else None)
            for n in range(12)
            for part in ("Alma", "Bob", "Жан")
        )
    return vault


def test_a_word_matching_an_eighth_of_everyone_walks_the_name_key_index(
    named: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Twelve of 36 match "bob": a third, walked (the first screen lies early in the name
    order); twelve under FEW_MATCHES, but a read by id costs more than that walk."""
    monkeypatch.setattr(paged, "FEW_MATCHES", 50)
    window = _first_screen(named, ListQuery(words=(FilterWord("bob"),)), 5)
    assert not window.exact and window.count == 5
    monkeypatch.setattr(paged, "FEW_SHARE", 2)  # under half of everyone: few
    window = _first_screen(named, ListQuery(words=(FilterWord("bob"),)), 5)
    assert window.exact and window.count == 12


def test_a_walked_first_screen_reads_the_name_key_index_in_order(
    named: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paged, "FEW_MATCHES", 0)
    orders: list[int] = []
    real = paged._NameOrder.of
    monkeypatch.setattr(paged._NameOrder, "of", lambda found: orders.append(1) or real(found))
    word = FilterWord("bob", frozenset({"high"}))
    found = plans(named, lambda: _first_screen(named, ListQuery(words=(word,)), 5))
    walked = [steps for statement, steps in found if "ORDER BY casefile_name_key" in statement]
    # The index in its order, each row checked against the word's matches (read once, a
    # list subquery), no other index of persons chosen, nothing sorted.
    assert walked and walked[0][0] == "SEARCH persons USING INDEX ix_persons_name_key (<expr>>?)"
    assert any(step.startswith("LIST SUBQUERY") for step in walked[0])
    assert any(step.startswith("SCAN search_index VIRTUAL TABLE") for step in walked[0])
    assert not any("TEMP B-TREE" in step for steps in walked for step in steps)
    assert not any("ix_persons_live_risk" in step for steps in walked for step in steps)
    # Each row's index row through the record map's index, matched against a list of them.
    assert "SEARCH r USING COVERING INDEX ix_search_records_record (record_id=?)" in walked[0]
    assert orders == []  # no name order made: no name read and folded but the screen's


def test_a_word_with_few_matches_reads_them_by_id(
    named: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paged, "FEW_MATCHES", 50)
    monkeypatch.setattr(paged, "FEW_SHARE", 1)
    found = plans(named, lambda: _first_screen(named, ListQuery(words=(FilterWord("bob"),)), 5))
    read = [steps for statement, steps in found if "persons.rowid" in statement]
    assert read and any("sqlite_autoindex_persons_1 (id=?)" in step for step in read[0])
    assert not any(step.startswith("SCAN persons") for steps in read for step in steps)
    window = _first_screen(named, ListQuery(words=(FilterWord("bob"),)), 5)
    assert window.exact and window.count == 12
    assert [row.full_name for row in window.rows] == [f"Bob {n}" for n in (0, 1, 10, 11, 2)]


def test_the_first_screen_counts_everyone_not_in_the_trash(named: Vault) -> None:
    """Counted as everyone less the trashed (paged.PeopleList._total): a person in the trash
    is left out of both, one purged from it out of both."""
    with named.read() as session:
        ids = list(session.scalars(select(Person.id).order_by(Person.full_name)))
    for person_id in ids[:4]:
        move_to_trash(named, "persons", person_id)
    purge(named, "persons", ids[0])
    window = _first_screen(named, ListQuery(), 5)
    assert window.exact and window.count == window.total == 32
    filtered = _first_screen(named, ListQuery(words=(FilterWord("alma"),)), 5)
    assert filtered.total == 32


def test_the_first_screen_in_name_order_reads_a_screen_of_rows(vault: Vault) -> None:
    """Before the name order is kept, the unfiltered list reads a screen's rows, as a
    filter's first screen does: the rest of their page is read when shown."""
    with vault.write() as session:
        session.add_all(Person(full_name=f"Person {n:03}") for n in range(FIRST_SCREEN + 20))
    window = _first_screen(vault, ListQuery(), PAGE_SIZE)
    assert window.ids is None and window.exact and window.count == FIRST_SCREEN + 20
    assert [row.full_name for row in window.rows] == [f"Person {n:03}" for n in range(FIRST_SCREEN)]
