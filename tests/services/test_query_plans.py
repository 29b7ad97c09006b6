"""The reads users wait on use the indexes meant for them: their query plans, not their times.

Each test runs a service, notes every SELECT it sends, and reads SQLite's plan for it:
a whole-table scan, or a sort of a whole table, fails the test.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event, select

from casefile.domain.dates import PartialDate
from casefile.services.lists.dashboard import dashboard
from casefile.services.lists.paged import HearingsList, PeopleList, forget_cached_orders
from casefile.services.lists.query import FilterWord, ListQuery
from casefile.services.lists.status import forget_statuses
from casefile.services.records.drafts import save_record
from casefile.services.records.hearings import (
    agenda,
    agenda_screen,
    forget_agendas,
    postpone_hearing,
)
from casefile.services.records.history import last_saved_record
from casefile.services.search import search as search_module
from casefile.services.search.search import search
from casefile.vault import search_index
from casefile.vault.schema import DetentionEvent, Hearing
from casefile.vault.vault import Vault

TODAY = date.today()
# Tables whose every row a user-facing read must never go through.
LARGE = ("persons", "hearings", "cases", "audit_entries", "search_records", "person_statuses")


@pytest.fixture
def filled(vault: Vault) -> Vault:
    case = save_record(vault, "cases", None, {"title": "Дело журналистов Бишкека"})
    for offset in range(-3, 4):
        save_record(
            vault,
            "hearings",
            None,
            {
                "case_id": case,
                "scheduled_date": TODAY + timedelta(days=offset),
                "court": "Первомайский районный суд",
            },
        )
    for number in range(4):
        person = save_record(vault, "persons", None, {"full_name": f"Асанова Гульнара {number}"})
        participant = {"case_id": case, "person_id": person, "role": "defendant"}
        save_record(vault, "case_participants", None, participant)
        with vault.write() as session:
            session.add(
                DetentionEvent(
                    person_id=person,
                    type="pretrial_detention",
                    start=PartialDate.from_date(TODAY - timedelta(days=10)),
                )
            )
    forget_cached_orders()
    forget_statuses()
    forget_agendas()
    return vault


def plans(vault: Vault, run: Callable[[], object]) -> list[tuple[str, list[str]]]:
    """Every SELECT run() sends, with the steps of its query plan."""
    statements: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append((statement, parameters))

    event.listen(vault.engine, "before_cursor_execute", note)
    try:
        run()
    finally:
        event.remove(vault.engine, "before_cursor_execute", note)
    assert statements
    found = []
    with vault.engine.connect() as conn:
        for statement, parameters in statements:
            if "temp.search_vocabulary" in statement:  # made by the read that used it
                conn.exec_driver_sql(search_index._VOCAB_SQL)
            if "temp.search_instances" in statement:
                conn.exec_driver_sql(search_index._INSTANCES_SQL)
            steps = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
            found.append((statement, [step[3] for step in steps]))
    return found


def whole_table_reads(found: list[tuple[str, list[str]]]) -> list[str]:
    return [
        step
        for _statement, steps in found
        for step in steps
        if step.startswith(tuple(f"SCAN {table}" for table in LARGE))
        and "COVERING INDEX" not in step
    ]


def steps_of(found: list[tuple[str, list[str]]], table: str) -> list[str]:
    return [step for statement, steps in found if table in statement for step in steps]


def test_the_undo_label_reads_the_actors_entries_newest_first(filled: Vault) -> None:
    found = plans(filled, lambda: last_saved_record(filled))
    audit = steps_of(found, "audit_entries")
    assert audit == ["SEARCH audit_entries USING INDEX ix_audit_entries_actor (actor=?)"]
    assert whole_table_reads(found) == []


def test_the_agenda_reads_the_live_date_index(filled: Vault) -> None:
    found = plans(filled, lambda: agenda(filled, TODAY, TODAY + timedelta(days=30)))
    steps = [step for _statement, steps in found for step in steps]
    assert (
        "SEARCH h USING INDEX ix_hearings_live_order (scheduled_date>? AND scheduled_date<?)"
        in (steps)
    )
    # The postponement chains of the cases shown (services/records/hearing_chains.py).
    assert "SEARCH hearings USING COVERING INDEX ix_hearings_postponements (case_id=?)" in steps
    assert not any("ix_hearings_case_id" in step for step in steps)
    assert whole_table_reads(found) == []
    assert not any("TEMP B-TREE" in step for _s, steps in found[:1] for step in steps)


def test_a_filtered_hearings_list_reads_the_index_rows_of_its_days(filled: Vault) -> None:
    lister = HearingsList(lambda: TODAY)
    query = ListQuery(words=(FilterWord("первомай"),))
    found = plans(filled, lambda: lister.window(filled, query))
    searched = [step for _s, steps in found for step in steps if "VIRTUAL TABLE INDEX 0:" in step]
    # MATCH with a rowid range (">" and "<"): the hearings of a few days, not every match.
    assert searched and all(step.endswith("><") for step in searched)
    # The long prefix is spelt out from the index's words: a seek per word, by term range
    # (fts5vocab's idxNum bits 0x200 ">=" and 0x400 "<"; tests/services/test_prefix_spelling.py).
    words = [step for step in steps_of(found, "search_instances") if "VIRTUAL TABLE" in step]
    assert words and all(int(step.split()[-1][:-1]) & 0x600 == 0x600 for step in words)
    assert "SEARCH r USING INTEGER PRIMARY KEY (rowid=?)" in steps_of(found, "search_records")
    # The screen's case titles from the live cases' covering index alone, no table row.
    cases = steps_of(found, "FROM cases")
    assert "SEARCH cases USING COVERING INDEX ix_cases_live_titles (id=?)" in cases
    assert not any("sqlite_autoindex_cases_1" in step for step in steps_of(found, "cases"))
    assert whole_table_reads(found) == []
    window = lister.window(filled, query)
    assert len(window.rows) == 7 and not window.exact and window.start == 3
    assert {row.case_title for row in window.rows} == {"Дело журналистов Бишкека"}


def test_a_filtered_people_list_reads_the_people_rows_of_the_index(filled: Vault) -> None:
    lister = PeopleList(lambda: TODAY)
    found = plans(filled, lambda: lister.window(filled, ListQuery(words=(FilterWord("асан"),))))
    searched = [step for _s, steps in found for step in steps if "VIRTUAL TABLE INDEX 0:" in step]
    assert searched and all(step.endswith("><") for step in searched)
    assert whole_table_reads(found) == []
    statuses = steps_of(found, "FROM person_statuses")
    assert any("USING INDEX sqlite_autoindex_person_statuses_1" in step for step in statuses)


def test_a_people_screen_reads_its_rows_by_rowid(filled: Vault) -> None:
    """A filter's first screen, before the name order is kept and in it, reads each shown
    person's row by its rowid (one seek), not through the primary key's index first."""
    lister = PeopleList(lambda: TODAY)
    query = ListQuery(words=(FilterWord("асан"),))
    before = plans(filled, lambda: lister.window(filled, query))
    lister.ids(filled, ListQuery())  # the name order kept, as once the ids came
    kept = plans(filled, lambda: lister.window(filled, query))
    for found in (before, kept):
        rows = [steps for statement, steps in found if "persons.birth_date" in statement]
        assert rows and all(
            steps[0] == "SEARCH persons USING INTEGER PRIMARY KEY (rowid=?)" for steps in rows
        )
        assert not any("sqlite_autoindex_persons_1" in step for steps in rows for step in steps)
        assert whole_table_reads(found) == []


def test_search_reads_the_index_and_its_record_map(filled: Vault) -> None:
    found = plans(filled, lambda: search(filled, "асанова"))
    assert "SEARCH r USING INTEGER PRIMARY KEY (rowid=?)" in steps_of(found, "search_records")
    assert whole_table_reads(found) == []


def test_a_whole_word_filling_the_ranking_reads_no_prefix(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whole words first: when they fill RANK_CAP, no prefix query (which merges the postings
    of every word the prefix begins) is sent; otherwise the prefixes follow."""
    monkeypatch.setattr(search_module, "RANK_CAP", 3)
    matches: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        if " MATCH " in statement:
            matches.append(str(parameters))

    for number in range(3):
        save_record(vault, "persons", None, {"full_name": f"Бишкеков Нурлан {number}"})
    save_record(vault, "persons", None, {"full_name": "Бишкекова Айгуль"})
    event.listen(vault.engine, "before_cursor_execute", note)
    try:
        broad = search(vault, "бишкеков")
        matches_broad, matches[:] = list(matches), []
        narrow = search(vault, "бишкекова")
    finally:
        event.remove(vault.engine, "before_cursor_execute", note)
    assert len(broad[0].hits) == 3 and not any('"*' in m for m in matches_broad)
    assert narrow[0].hits[0].label == "Бишкекова Айгуль"
    # Not in the prefix indexes: spelt out as the words it begins.
    assert any('"бишкекова"' in m for m in matches) and not any('"*' in m for m in matches[:1])


def test_fuzzy_search_reads_the_key_terms_and_then_the_index(filled: Vault) -> None:
    search_index.forget_names()
    found = plans(filled, lambda: search(filled, "Asanof"))
    vocabulary = steps_of(found, "temp.search_vocabulary")
    # fts5vocab is asked for the keys' range of terms only (term >= ? AND term < ?).
    assert vocabulary and all("VIRTUAL TABLE INDEX" in step for step in vocabulary)
    assert "SEARCH r USING INTEGER PRIMARY KEY (rowid=?)" in steps_of(found, "search_records")
    assert whole_table_reads(found) == []


def test_the_dashboard_reads_stored_statuses_and_indexes(filled: Vault) -> None:
    found = plans(filled, lambda: dashboard(filled, TODAY))
    # Everyone's stored status is read as it is (the sums and first rows, its alias "s"),
    # those not holding through their days' indexes, not by another pass over every status
    # (an index of them all included); no detention event is read.
    steps = [step for _statement, steps in found for step in steps]
    assert not any(step.startswith(("SCAN person_statuses", "SCAN s")) for step in steps)
    assert "SEARCH person_statuses USING INDEX ix_person_statuses_as_of (as_of>?)" in steps
    assert whole_table_reads(found) == []
    assert steps_of(found, "FROM detention_events") == []
    # The statuses counted from the counts the triggers keep; the terms ending and the
    # custodies over 48 hours counted from their partial indexes alone (migration 0021).
    assert steps_of(found, "FROM person_status_counts") == ["SCAN person_status_counts"]
    counts = steps_of(found, "SELECT count(*) FROM person_statuses")
    for index, used in (
        ("term", "term_until>? AND term_until<?"),
        ("custody_over_48h", "custody_started>?"),
    ):
        assert f"SEARCH s USING COVERING INDEX ix_person_statuses_{index} ({used})" in counts
    # The week's hearings are counted on the date index alone, and the first ones read.
    counted = [step for step in steps_of(found, "count(*)") if "hearings" in step]
    assert counted[0] == (
        "SEARCH hearings USING COVERING INDEX ix_hearings_live_order "
        "(scheduled_date>? AND scheduled_date<?)"
    )
    board = dashboard(filled, TODAY)
    assert board.upcoming_hearings_count == len(board.upcoming_hearings) == 4


def test_a_risk_level_in_the_people_filter_reads_its_index(filled: Vault) -> None:
    lister = PeopleList(lambda: TODAY)
    lister.ids(filled, ListQuery())  # the name order kept, as once the list's ids came
    word = FilterWord("high", codes=frozenset({"high"}))
    found = plans(filled, lambda: lister.window(filled, ListQuery(words=(word,))))
    risk = [step for _s, steps in found for step in steps if "ix_persons_live_risk" in step]
    assert risk and whole_table_reads(found) == []


def test_the_dashboard_lists_the_first_and_counts_all(
    filled: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casefile.services.lists import dashboard as module

    monkeypatch.setattr(module, "UPCOMING_SHOWN", 2)
    board = dashboard(filled, TODAY)
    assert [h.scheduled_date for h in board.upcoming_hearings] == [TODAY, TODAY + timedelta(1)]
    assert board.upcoming_hearings_count == 4


def test_the_people_lists_first_screen_reads_the_name_key_index(filled: Vault) -> None:
    lister = PeopleList(lambda: TODAY)
    found = plans(filled, lambda: lister.window(filled, ListQuery()))
    persons = [step for step in steps_of(found, "FROM persons") if "persons" in step]
    # Counted as everyone on the primary key's index less the trashed on theirs (an index of
    # live names holds a name an entry too: twice the pages); the first screen read from the
    # name key index in order.
    counts = [steps for statement, steps in found if "count(" in statement]
    assert counts == [
        [
            "SCAN CONSTANT ROW",
            "SCALAR SUBQUERY 1",
            "SCAN persons USING COVERING INDEX sqlite_autoindex_persons_1",
            "SCALAR SUBQUERY 2",
            "SCAN persons USING COVERING INDEX ix_persons_trashed",
        ]
    ]
    assert "SEARCH persons USING INDEX ix_persons_name_key (<expr>>?)" in persons
    assert not any("TEMP B-TREE" in step for _s, steps in found for step in steps)
    assert whole_table_reads(found) == []
    window = lister.window(filled, ListQuery())
    assert window.ids is None and window.count == 4
    assert [row.full_name for row in window.rows] == [f"Асанова Гульнара {n}" for n in range(4)]


def agenda_screen_plans(vault: Vault) -> list[tuple[str, list[str]]]:
    """The plans of an agenda screen of two rows (so that both counts run), a postponement
    among them (so that the chain's hearings are read)."""
    with vault.read() as session:
        tomorrow = session.scalars(
            select(Hearing.id).where(Hearing.scheduled_date == TODAY + timedelta(days=1))
        ).one()
    postpone_hearing(vault, tomorrow, TODAY + timedelta(days=10), None, "")
    forget_agendas()
    return plans(
        vault,
        lambda: agenda_screen(
            vault,
            TODAY,
            TODAY + timedelta(days=30),
            overdue_from=TODAY - timedelta(days=60),
            limit=2,
        ),
    )


def test_the_agenda_screen_reads_a_screen_and_counts_on_the_index(filled: Vault) -> None:
    found = agenda_screen_plans(filled)
    steps = [step for _statement, steps in found for step in steps]
    assert (
        "SEARCH h USING INDEX ix_hearings_live_order (scheduled_date>? AND scheduled_date<?)"
        in (steps)
    )
    # The overdue ones through the index of hearings with no outcome.
    assert (
        "SEARCH h USING INDEX ix_hearings_no_outcome (scheduled_date>? AND scheduled_date<?)"
        in (steps)
    )
    counts = [steps[0] for statement, steps in found if "count(" in statement]
    # Both counted on an index alone (the overdue one holds deleted_at and outcome, 0011).
    assert counts == [
        f"SEARCH hearings USING COVERING INDEX {index} (scheduled_date>? AND scheduled_date<?)"
        for index in ("ix_hearings_live_order", "ix_hearings_no_outcome")
    ]
    assert whole_table_reads(found) == []


def test_the_agenda_screen_reads_cases_defendants_and_chains_from_covering_indexes(
    filled: Vault,
) -> None:
    found = agenda_screen_plans(filled)
    rows = [steps for statement, steps in found if "FROM hearings AS h" in statement]
    # A screen of the week, a screen of the overdue: each hearing's case from an index alone.
    assert rows == [
        [
            f"SEARCH h USING INDEX {index} (scheduled_date>? AND scheduled_date<?)",
            "SEARCH c USING COVERING INDEX ix_cases_live_titles (id=?)",
            "USE TEMP B-TREE FOR LAST TERM OF ORDER BY",
        ]
        for index in ("ix_hearings_live_order", "ix_hearings_no_outcome")
    ]
    # One read of defendants and one of chains for both screens, over all their cases.
    defendants = [steps for statement, steps in found if "FROM case_participants" in statement]
    assert len(defendants) == 1
    for steps in defendants:
        assert [step for step in steps if step.startswith("SEARCH")] == [
            "SEARCH cp USING COVERING INDEX ix_case_participants_live_roles (case_id=? AND role=?)",
            "SEARCH p USING COVERING INDEX ix_persons_live_ids (id=?)",
        ]
    chains = [
        [step for step in steps if step.startswith(("SEARCH", "SCAN hearings"))]
        for statement, steps in found
        if "postponed_to_id" in statement
        and "FROM hearings" in statement
        and "AS h" not in statement
    ]
    # The cases' links from the postponements' index, then the hearings they lead to by id.
    assert chains == [
        ["SEARCH hearings USING COVERING INDEX ix_hearings_postponements (case_id=?)"],
        ["SEARCH hearings USING INDEX sqlite_autoindex_hearings_1 (id=?)"],
    ]
    # Nothing else touches a table but the hearings shown, the chains' and the trashed
    # cases' (usually none): every other read is of an index alone.
    for statement, steps in found:
        for step in steps:
            if step.startswith(("SEARCH", "SCAN")) and "COVERING INDEX" not in step:
                assert step.startswith(
                    (
                        "SEARCH h USING INDEX",
                        "SEARCH hearings USING INDEX sqlite_autoindex",
                        "SEARCH hearings USING INDEX ix_hearings_case_id",
                        "SCAN json_each",
                        "SCAN anon_1",
                        "SEARCH vocabulary_terms",
                    )
                ), (statement, step)


def test_a_status_word_in_the_people_filter_reads_its_statuses_entries(
    filled: Vault,
) -> None:
    lister = PeopleList(lambda: TODAY)
    word = FilterWord("pre", codes=frozenset({"pretrial_detention", "probation"}))
    lister.ids(filled, ListQuery())  # the name order kept, as once the list's ids came
    first = plans(filled, lambda: lister.window(filled, ListQuery(words=(word,))))
    # The first status word reads the name order's map to the stored rows, and the statuses
    # not holding today through the indexes on their days, once per write (and day).
    first_steps = [step for _statement, steps in first for step in steps]
    assert "SEARCH person_statuses USING INDEX ix_person_statuses_as_of (as_of>?)" in first_steps
    assert (
        "SEARCH person_statuses USING INDEX ix_person_statuses_valid_until (valid_until<?)"
        in first_steps
    )
    scans = [step for step in first_steps if "SCAN person_statuses" in step]
    assert scans == ["SCAN person_statuses USING COVERING INDEX sqlite_autoindex_person_statuses_1"]
    found = plans(filled, lambda: lister.window(filled, ListQuery(words=(word,))))
    # Then the word's statuses' entries of the status index alone (their rows, placed through
    # the map): no pass over the stored statuses, not even over an index of them all; no
    # event read, no one's status derived.
    steps = [step for _statement, steps in found for step in steps]
    assert (
        "SEARCH person_statuses USING COVERING INDEX ix_person_statuses_status (status=?)" in steps
    )
    assert not any(step.startswith("SCAN person_statuses") for step in steps)
    assert whole_table_reads(found) == []
    assert steps_of(found, "FROM detention_events") == []
    assert len(lister.window(filled, ListQuery(words=(word,))).rows) == 4


def test_a_status_word_before_the_name_order_checks_each_persons_status_by_key(
    filled: Vault,
) -> None:
    lister = PeopleList(lambda: TODAY)
    word = FilterWord("pre", codes=frozenset({"pretrial_detention", "probation"}))
    forget_cached_orders()  # within a second of opening People: no name order kept
    found = plans(filled, lambda: lister.window(filled, ListQuery(words=(word,))))
    walked = [steps for statement, steps in found if "ix_persons_name_key" in str(steps)]
    # The name key index walked in order, each person's stored status found by its key (no
    # list of "released"'s 50,000 ids bound), as the index rows of the word are.
    assert walked and all(
        "SEARCH person_statuses USING INDEX sqlite_autoindex_person_statuses_1 (person_id=?)"
        in steps
        and not any("TEMP B-TREE" in step for step in steps)
        for steps in walked
    )
    steps = [step for _statement, steps in found for step in steps]
    assert not any(step.startswith("SCAN person_statuses") for step in steps)
    assert whole_table_reads(found) == []
    assert steps_of(found, "FROM detention_events") == []
    window = lister.window(filled, ListQuery(words=(word,)))
    assert len(window.rows) == 4
