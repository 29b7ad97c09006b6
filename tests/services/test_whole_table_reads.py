"""Reads through a whole table or index keep no pages; the lists' own reads and windows do.

Vault.read(keep_pages=False) empties the connection's page cache afterwards (tested in
tests/vault/test_vault_memory.py); this checks which service reads ask for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from datetime import date
from typing import Any

import pytest
from sqlalchemy.orm import Session

from casefile.services.lists.dashboard import dashboard
from casefile.services.lists.paged import HearingsList, PeopleList
from casefile.services.lists.query import FilterWord, ListQuery
from casefile.services.lists.status import all_statuses, forget_statuses
from casefile.vault.schema import Person
from casefile.vault.vault import Vault

TODAY = date(2026, 11, 23)


@pytest.fixture
def kept(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """The keep_pages of every read the vault is asked for, in order."""
    asked: list[bool] = []
    read = vault.read

    def recording_read(*, keep_pages: bool = True) -> AbstractContextManager[Session]:
        asked.append(keep_pages)
        return read(keep_pages=keep_pages)

    monkeypatch.setattr(vault, "read", recording_read)
    forget_statuses()
    yield asked
    forget_statuses()


def _reads(kept: list[bool], call: Any) -> list[bool]:
    kept.clear()
    call()
    return list(kept)


def test_everyones_statuses_and_the_dashboard_keep_no_pages(vault: Vault, kept: list[bool]) -> None:
    assert _reads(kept, lambda: all_statuses(vault, TODAY)) == [False]
    forget_statuses()
    assert set(_reads(kept, lambda: dashboard(vault, TODAY))) == {False}


def test_sorting_by_a_column_outside_the_lists_index_keeps_no_pages(
    vault: Vault, kept: list[bool]
) -> None:
    people, hearings = PeopleList(lambda: TODAY), HearingsList(lambda: TODAY)
    assert _reads(kept, lambda: people.window(vault, ListQuery(sort="birth"))) == [False]
    assert _reads(kept, lambda: people.ids(vault, ListQuery(sort="risk"))) == [False]
    # The name order, read after each write (every live person's name), then kept.
    with vault.write("a write") as session:
        session.add(Person(full_name="Нурлан"))
    assert _reads(kept, lambda: people.ids(vault, ListQuery())) == [False]
    assert _reads(kept, lambda: people.ids(vault, ListQuery())) == [True]
    assert False in _reads(kept, lambda: hearings.window(vault, ListQuery(sort="court")))
    # Every hearing id in date order: read once after each reload, from the date index.
    assert _reads(kept, lambda: hearings.ids(vault, ListQuery())) == [False]


def test_the_lists_own_order_and_filters_keep_their_pages(vault: Vault, kept: list[bool]) -> None:
    people, hearings = PeopleList(lambda: TODAY), HearingsList(lambda: TODAY)
    word = (FilterWord("бишкек"),)
    assert set(_reads(kept, lambda: people.window(vault, ListQuery()))) == {True}
    people.ids(vault, ListQuery())  # the name order, read once per write (above)
    assert set(_reads(kept, lambda: people.window(vault, ListQuery(words=word)))) == {True}
    assert set(_reads(kept, lambda: hearings.window(vault, ListQuery()))) == {True}
    # A typed filter's window reads a few days again at each keystroke: its pages are kept.
    assert set(_reads(kept, lambda: hearings.window(vault, ListQuery(words=word)))) == {True}
    # Its ids, read once typing stops, read every match over the whole index: not kept (the
    # next keystroke's window does not read them, and they held 32 MiB of cache).
    assert set(_reads(kept, lambda: hearings.ids(vault, ListQuery(words=word)))) == {False}
