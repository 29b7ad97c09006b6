"""Merging the search index in steps (vault/index_upkeep.py): fewer segments, the same results,
and every step gives way to a write."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from casefile.services.records.drafts import save_record
from casefile.services.search.search import search
from casefile.vault import index_upkeep
from casefile.vault.vault import Vault

NAMES = [
    "Асанов Бакыт",
    "Бакытбек Жумабаев",
    "Гульнара Асанова",
    "Tajibaev Nurlan",
    "Нурлан Тажибаев",
    "Айгуль Осмонова",
]
QUERIES = ["асан", "бакыт", "Bakyt", "тажибаев", "Гульнара Асанова", "нурл", "Ош"]


def _fragmented(vault: Vault, writes: int = 40) -> list[str]:
    """A vault written by many small units with FTS5's own merging off: one segment each."""
    with vault.write() as session:
        session.execute(text("INSERT INTO search_index(search_index, rank) VALUES('automerge', 0)"))
    ids = []
    for number in range(writes):
        name = f"{NAMES[number % len(NAMES)]} {number}"
        ids.append(
            save_record(vault, "persons", None, {"full_name": name, "profession": "юрист Ош"})
        )
    with vault.write() as session:
        session.execute(text("INSERT INTO search_index(search_index, rank) VALUES('automerge', 4)"))
    return ids


def _segments(vault: Vault) -> tuple[int, int]:
    """The segments by the structure record's header, and by the segment ids in use."""
    with vault.read() as session:
        connection = session.connection()
        distinct = connection.exec_driver_sql(
            "SELECT count(DISTINCT segid) FROM search_index_idx"
        ).scalar_one()
        return index_upkeep.segment_count(connection), int(distinct)


def _results(vault: Vault) -> dict[str, object]:
    found: dict[str, object] = {}
    with vault.read() as session:
        for query in QUERIES[:3]:
            rows = session.execute(
                text(
                    "SELECT r.record_id FROM search_index AS s JOIN search_records AS r "
                    "ON r.id = s.rowid WHERE search_index MATCH :q ORDER BY s.rowid"
                ),
                {"q": f'"{query}"*'},
            )
            found["match " + query] = [record_id for (record_id,) in rows]
    for query in QUERIES:
        found["search " + query] = [
            (
                group.kind,
                [
                    (h.id, h.snippet, round(h.score, 9), h.transliterated, h.fuzzy)
                    for h in group.hits
                ],
            )
            for group in search(vault, query)
        ]
    return found


def _integrity_ok(vault: Vault) -> None:
    with vault.write() as session:  # raises when the index is not what its rows say
        session.execute(
            text("INSERT INTO search_index(search_index, rank) VALUES('integrity-check', 1)")
        )


def test_merging_in_steps_takes_the_segments_down_and_keeps_every_result(vault: Vault) -> None:
    ids = _fragmented(vault)
    segments, distinct = _segments(vault)
    assert segments == distinct > 5
    with vault.read() as session:
        pages = index_upkeep.segment_pages(session.connection())
        assert len(pages) == segments and min(pages.values()) > 0
        assert index_upkeep.wants_full_merge(session.connection())
    before = _results(vault)
    assert len(before["match асан"]) > 0 and len(before["search Bakyt"]) > 0  # type: ignore[arg-type]

    run = vault.merge_index(pages=8)

    assert run.done and run.steps >= 2  # the last step found nothing more to do
    after, after_distinct = _segments(vault)
    assert after == after_distinct == run.segments == 1
    assert _results(vault) == before
    _integrity_ok(vault)
    with vault.read() as session:
        pages = index_upkeep.segment_pages(session.connection())
        assert len(pages) == 1 and min(pages.values()) > 0
        assert not index_upkeep.wants_full_merge(session.connection())
    # Nothing more to do: one step, which finds nothing.
    again = vault.merge_index()
    assert again.done and again.steps == 1 and again.segments == 1
    # A record saved afterwards is found, and a later merge keeps it.
    save_record(vault, "persons", ids[0], {"full_name": "Асанов Бакыт Токтогулович"})
    assert any(hit.id == ids[0] for group in search(vault, "Токтогул") for hit in group.hits)
    assert vault.merge_index().done
    assert any(hit.id == ids[0] for group in search(vault, "Токтогул") for hit in group.hits)


def test_a_step_gives_way_to_a_write_unit_and_to_the_caller(vault: Vault) -> None:
    _fragmented(vault, writes=12)
    segments = _segments(vault)
    with vault.write():  # a save has begun: merging does not even take the lock
        run = vault.merge_index()
    assert not run.done and run.segments == -1
    assert _segments(vault) == segments

    run = vault.merge_index(lambda: True)
    assert not run.done and _segments(vault) == segments


def test_a_step_stopped_halfway_is_rolled_back(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_upkeep, "CHECK_STEPS", 1)  # a tiny index merges in a few steps
    _fragmented(vault, writes=12)
    segments = _segments(vault)
    before = _results(vault)
    asked: list[int] = []

    def stop_once_started() -> bool:
        asked.append(1)
        return len(asked) > 1  # False before the step, True at its first check inside

    step = index_upkeep.merge_step(vault.engine, pages=1000, should_stop=stop_once_started)

    assert step.gave_way and not step.worked and len(asked) > 1
    assert _segments(vault) == segments
    assert _results(vault) == before
    _integrity_ok(vault)
