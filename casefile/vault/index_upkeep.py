"""Upkeep of the full-text index: merging its segments a bounded step at a time (FTS5 'merge').

Every write unit that touches searchable records adds a segment (a b-tree) to the FTS5 index,
and FTS5's own merging on write (automerge) leaves a vault built by many small writes in many
of them; each search term is then looked up in each segment. FTS5's 'optimize' merges them all
in one statement, holding the write lock for as long as that takes (a minute at 100,000
people), so the app merges in steps instead, each its own short write transaction:

- 'merge' with a positive page budget continues a merge already started, or merges a level
  holding `usermerge` (4) segments or more; it did no work when total_changes moved by less
  than two (the FTS5 documentation's test).
- When it found nothing to do and the largest segment holds less than MERGED_SHARE of the
  index, a negative budget starts a merge of every segment into one (an 'optimize' in steps);
  later steps continue it with positive budgets, so segments written meanwhile do not restart
  it. Small segments of daily saves beside one large one are left to the positive merges.

A step gives way to every other writer: it waits at most BUSY_MSECS for the write lock, and
the vault stops it (rolled back) as soon as one of its own write units begins (Vault.write).
Figures (step lengths, totals): bench/README.md.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, exc

from casefile.vault.engine import writer
from casefile.vault.search_index import TABLE

#: Pages of merged index (FTS5 pages, pgsz 4050 bytes) written per step (FTS5 finishes the
#: term it is on, so a step may write more). Each step costs a fixed share (seeking into every
#: segment merged, the commit), so small budgets merge slower in all; a save never waits for a
#: step, which stops when a write unit begins (bench/README.md).
STEP_PAGES = 1000
#: While the largest segment holds this share of the index's leaf pages or more, the rest is left
#: to positive merges (and FTS5's automerge); below it, every segment is merged into one, in
#: steps. A term's postings are then read from one b-tree, not from several large ones.
MERGED_SHARE = 0.9
#: How long a step waits for another writer's lock before it gives way.
BUSY_MSECS = 50
#: SQLite virtual machine steps between two calls of should_stop() during a step. Counted per
#: statement, and FTS5 writes each merged page with a statement of a few dozen steps.
CHECK_STEPS = 10
# The connection's usual wait for the lock (engine.CONNECTION_PRAGMAS), put back after a step.
_BUSY_RESTORE = "PRAGMA busy_timeout = 5000"
# FTS5 keeps its structure record (levels and segments) in its data table's row 10.
_STRUCTURE_ROWID = 10
# FTS5's row ids of a segment's pages: the segment id above 37 bits, a leaf's page number in
# the lowest 31.
_SEGMENT_SHIFT = 37
_LEAF_SPAN = (1 << 31) - 1
# A structure record of FTS5's second format starts, after its 4-byte cookie, with this.
_STRUCTURE_V2 = b"\xff\x00\x00\x01"


@dataclass(frozen=True)
class MergeStep:
    """What one step did.

    worked: the step merged something (so another may find more to do);
    gave_way: the step stopped, or never began, for a writer or the caller, and was undone;
    segments: the index's segments after the step (-1 when it gave way).
    """

    worked: bool
    gave_way: bool
    segments: int

    @property
    def more(self) -> bool:
        """Whether another step may do more work (a step that did none says not)."""
        return self.worked or self.gave_way


@dataclass(frozen=True)
class MergeRun:
    """Steps run one after another: how many, whether the index needs no more, the longest
    step (ms: the longest the write lock was held) and the segments left."""

    steps: int
    done: bool
    longest_ms: float
    segments: int


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """SQLite's variable-length integer at `at`: (value, position after it)."""
    value = 0
    for index in range(8):
        byte = data[at + index]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + index + 1
    return (value << 8) | data[at + 8], at + 9


def segment_count(connection: Connection) -> int:
    """The index's segments now, from the header of FTS5's structure record (one row)."""
    record = connection.exec_driver_sql(
        f"SELECT block FROM {TABLE}_data WHERE id = ?", (_STRUCTURE_ROWID,)
    ).scalar()
    if not record:
        return 0
    data = bytes(record)
    at = 8 if data[4:8] == _STRUCTURE_V2 else 4
    _levels, at = _varint(data, at)
    segments, _at = _varint(data, at)
    return segments


def segment_pages(connection: Connection) -> dict[int, int]:
    """Each segment's leaf pages, by segment id (a few index lookups per segment)."""
    segments = connection.exec_driver_sql(f"SELECT DISTINCT segid FROM {TABLE}_idx").scalars()
    pages: dict[int, int] = {}
    for segid in segments:
        # A leaf page's row id is segid << 37 | pgno (FTS5's layout: height and doclist-index
        # rows set higher bits), so the last leaf is the highest id below segid << 37 | 2**31.
        first = int(segid) << _SEGMENT_SHIFT
        last = connection.exec_driver_sql(
            f"SELECT max(id) FROM {TABLE}_data WHERE id BETWEEN ? AND ?",
            (first, first + _LEAF_SPAN),
        ).scalar()
        pages[int(segid)] = 0 if last is None else int(last) - first
    return pages


def wants_full_merge(connection: Connection, share: float = MERGED_SHARE) -> bool:
    """Whether segments other than the largest hold more than (1 - share) of the leaf pages."""
    pages = segment_pages(connection)
    total = sum(pages.values())
    return len(pages) > 1 and max(pages.values()) < share * total


def _merge(connection: Connection, driver: Any, pages: int) -> bool:
    before = int(driver.total_changes)
    connection.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES('merge', ?)", (pages,))
    return int(driver.total_changes) - before >= 2


def merge_step(
    engine: Engine,
    pages: int = STEP_PAGES,
    merged_share: float = MERGED_SHARE,
    should_stop: Callable[[], bool] = lambda: False,
) -> MergeStep:
    """Merges about `pages` pages of the index in one short write transaction; with nothing
    else to merge and the largest segment under `merged_share` of it, starts merging them all.

    should_stop() is asked every few thousand SQLite steps (and before the step): once it
    says True the step is rolled back, so a save waiting for the lock waits milliseconds.
    """
    if should_stop():
        return MergeStep(worked=False, gave_way=True, segments=-1)
    with writer(engine).connect() as connection:
        # On the driver's connection: through SQLAlchemy the pragma would begin the write.
        driver = connection.connection.driver_connection
        assert driver is not None
        driver.execute(f"PRAGMA busy_timeout = {BUSY_MSECS}")
        driver.set_progress_handler(lambda: 1 if should_stop() else 0, CHECK_STEPS)
        try:
            with connection.begin():
                worked = _merge(connection, driver, pages)
                if not worked and wants_full_merge(connection, merged_share):
                    worked = _merge(connection, driver, -pages)
                segments = segment_count(connection)
        except exc.OperationalError as error:
            message = str(error)
            if not any(word in message for word in ("locked", "busy", "interrupted")):
                raise
            return MergeStep(worked=False, gave_way=True, segments=-1)
        finally:
            driver.set_progress_handler(None, 0)
            driver.execute(_BUSY_RESTORE)
    return MergeStep(worked=worked, gave_way=False, segments=segments)


def merge_until(
    engine: Engine,
    should_stop: Callable[[], bool],
    *,
    pages: int = STEP_PAGES,
    merged_share: float = MERGED_SHARE,
) -> MergeRun:
    """Runs steps until the index needs no more, a step gives way, or should_stop()."""
    steps, longest, step = 0, 0.0, MergeStep(worked=True, gave_way=False, segments=-1)
    while step.worked and not should_stop():
        started = time.perf_counter()
        step = merge_step(engine, pages, merged_share, should_stop)
        longest = max(longest, (time.perf_counter() - started) * 1000)
        steps += 1
    return MergeRun(steps, not step.more, longest, step.segments)
