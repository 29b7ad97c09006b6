"""What a paged list asks for (order, filter words) and what it gets back (a window of rows).

Plain dataclasses with no SQLAlchemy import, so the UI can build queries at import time without
loading the vault stack (see casefile/services/paged_lists.py for the queries themselves).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Rows read per page: a few screens, so scrolling a little never waits on the vault.
PAGE_SIZE = 200


@dataclass(frozen=True)
class FilterWord:
    """One word typed in a list's filter box.

    `codes` are the stored codes (statuses, risk levels, hearing kinds and outcomes) whose
    label, as shown in the interface language, contains the word: only the UI knows labels.
    """

    text: str
    codes: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ListQuery:
    """A list's order and filter. Every word must match some column of a row."""

    sort: str = ""  # a column id; "" for the list's own order
    descending: bool = False
    words: tuple[FilterWord, ...] = ()
    #: For a coded sort column: the codes in the order to show them (urgency, or by label).
    code_order: tuple[str, ...] = ()


@dataclass(frozen=True)
class ListWindow:
    """The first rows to show, and how many rows match.

    `rows` are the rows at positions first, first + 1, … of the matching rows. `ids` holds the
    id of every matching row in order when reading them cost no more than the window (else
    None: ask `ids()` next). `start` is the row to show at the top (hearings: the first one
    today or later; `count` when there is none, meaning the end); None to stay at the top.
    When `exact` is false, count, first and start are estimates that rows in the trash may
    have pushed up (they were counted on an index without reading the rows); the ids correct
    them.
    """

    count: int
    total: int  # rows in the list with no filter
    first: int
    rows: list[Any]
    ids: list[str] | None
    start: int | None = None
    exact: bool = True


@dataclass(frozen=True)
class ListIds:
    """Every matching row's id, in order, with the row to show first (see ListWindow.start)."""

    ids: list[str]
    start: int | None = None
