"""Per-day counts of the hearings the list shows (hearing_day_counts, kept by triggers since
migration 0010) always equal the hearings counted now, and the Hearings list's first screen
counts on them rather than on the date index."""

from __future__ import annotations

import contextlib
import uuid
from collections import Counter
from datetime import date, time, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text

from casefile.errors import ValidationError
from casefile.services.lists.paged import HearingsList, forget_cached_orders
from casefile.services.lists.query import FilterWord, ListQuery
from casefile.services.open_formats import bulk_records
from casefile.services.open_formats.bulk_records import RecordWrite, content_fields, write_all
from casefile.services.records.drafts import save_record
from casefile.services.records.trash import move_to_trash, purge, restore
from casefile.vault.engine import writer
from casefile.vault.schema import Case, Hearing, Person
from casefile.vault.vault import Vault
from tests.services.test_query_plans import plans, whole_table_reads

TODAY = date(2026, 11, 23)
CASES = 3
STAMP = "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 'plain', 1"
# The rule of the list (services/lists/paged.py): live, and no case row in the trash.
RECOUNT = (
    "SELECT scheduled_date, count(*) FROM hearings AS h WHERE h.deleted_at IS NULL AND NOT "
    "EXISTS (SELECT 1 FROM cases AS c WHERE c.id = h.case_id AND c.deleted_at IS NOT NULL) "
    "GROUP BY scheduled_date"
)

DAYS = st.integers(-3, 3)
HOW = st.sampled_from(("orm", "bulk", "plain_sql"))
PICK = st.integers(0, 40)
STEP = st.one_of(
    st.tuples(st.just("add"), HOW, st.integers(0, CASES - 1), DAYS),
    st.tuples(st.just("move"), HOW, PICK, DAYS),
    st.tuples(st.just("recase"), PICK, st.integers(0, CASES - 1)),
    st.tuples(st.just("trash"), PICK, st.booleans()),
    st.tuples(st.just("purge"), PICK),
    st.tuples(st.just("trash_case"), st.integers(0, CASES - 1), st.booleans()),
    st.tuples(st.just("trash_case_sql"), st.integers(0, CASES - 1), st.booleans()),
    st.tuples(st.just("purge_case"), st.integers(0, CASES - 1)),
)


def _day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def stored_counts(vault: Vault) -> dict[str, int]:
    with vault.read() as session:
        rows = session.execute(text("SELECT day, live FROM hearing_day_counts")).all()
    return {str(day): int(live) for day, live in rows}


def recounted(vault: Vault) -> dict[str, int]:
    with vault.read() as session:
        return {str(day): int(n) for day, n in session.execute(text(RECOUNT)).all()}


def _insert_hearing_sql(record_id: str, case_id: str, day: date) -> str:
    return (
        "INSERT INTO hearings (id, case_id, scheduled_date, kind, closed_to_public, created_at, "
        f"updated_at, updated_by, version) VALUES ('{record_id}', '{case_id}', '{day}', "
        f"'trial_session', 0, {STAMP})"
    )


class World:
    """The records the steps made, by position."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.cases = [save_record(vault, "cases", None, {"title": f"Case {n}"}) for n in range(3)]
        self.hearings: list[str] = []

    def hearing(self, number: int) -> Hearing | None:
        if not self.hearings:
            return None
        with self.vault.read() as session:
            return session.get(Hearing, self.hearings[number % len(self.hearings)])

    def case(self, case_id: str) -> Case | None:
        with self.vault.read() as session:
            return session.get(Case, case_id)

    def apply(self, step: tuple[Any, ...]) -> None:
        kind = step[0]
        vault = self.vault
        if kind == "add":
            _kind, how, case_number, offset = step
            case_id, day = self.cases[case_number], _day(offset)
            if self.case(case_id) is None:
                return  # purged
            record_id = str(uuid.uuid4())
            if how == "orm":
                with vault.write() as session:
                    session.add(Hearing(id=record_id, case_id=case_id, scheduled_date=day))
            elif how == "bulk":  # as a CSV import or a partner's bundle writes them
                values = {
                    "case_id": case_id,
                    "scheduled_date": day,
                    "kind": "trial_session",
                    "closed_to_public": False,
                }
                with vault.write() as session:
                    write_all(session, Hearing, [RecordWrite(record_id, values)], [])
            else:  # outside any unit of the vault: only the triggers see it
                with writer(vault.engine).begin() as conn:
                    conn.execute(text(_insert_hearing_sql(record_id, case_id, day)))
            self.hearings.append(record_id)
        elif kind == "move":
            _kind, how, number, offset = step
            found = self.hearing(number)
            if found is None:
                return
            day = _day(offset)
            if how == "orm":
                with vault.write() as session:
                    record = session.get(Hearing, found.id)
                    assert record is not None
                    record.scheduled_date = day
            elif how == "bulk":
                update = RecordWrite(
                    found.id, {"scheduled_date": day}, {"scheduled_date": found.scheduled_date}
                )
                with vault.write() as session:
                    write_all(session, Hearing, [], [update])
            else:
                with writer(vault.engine).begin() as conn:
                    conn.execute(
                        text("UPDATE hearings SET scheduled_date = :day WHERE id = :id"),
                        {"day": str(day), "id": found.id},
                    )
        elif kind == "recase":
            found = self.hearing(step[1])
            case_id = self.cases[step[2]]
            if found is None or self.case(case_id) is None:
                return
            with vault.write() as session:
                record = session.get(Hearing, found.id)
                assert record is not None
                record.case_id = case_id
        elif kind == "trash":
            found = self.hearing(step[1])
            if found is None:
                return
            if found.deleted_at is None:
                move_to_trash(vault, "hearings", found.id)
            elif step[2]:
                with contextlib.suppress(ValidationError):  # its case is in the trash too
                    restore(vault, "hearings", found.id)
        elif kind == "purge":
            found = self.hearing(step[1])
            if found is None:
                return
            if found.deleted_at is None:
                move_to_trash(vault, "hearings", found.id)
            purge(vault, "hearings", found.id)
            self.hearings.remove(found.id)
        elif kind in ("trash_case", "trash_case_sql"):
            case_id = self.cases[step[1]]
            case = self.case(case_id)
            if case is None:
                return
            trash = case.deleted_at is None
            if kind == "trash_case_sql":
                with writer(vault.engine).begin() as conn:
                    conn.execute(
                        text(
                            "UPDATE cases SET deleted_at = "
                            + ("'2026-01-02 00:00:00'" if trash else "NULL")
                            + " WHERE id = :id"
                        ),
                        {"id": case_id},
                    )
            elif trash:
                move_to_trash(vault, "cases", case_id)
            elif step[2]:
                restore(vault, "cases", case_id)
        elif kind == "purge_case":
            case_id = self.cases[step[1]]
            case = self.case(case_id)
            if case is None:
                return
            if case.deleted_at is None:
                move_to_trash(vault, "cases", case_id)
            with contextlib.suppress(ValidationError):  # its hearings still refer to it
                purge(vault, "cases", case_id)
        else:
            raise AssertionError(kind)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(STEP, min_size=1, max_size=16))
def test_day_counts_equal_the_hearings_counted_again(vault: Vault, steps: list[Any]) -> None:
    world = World(vault)
    for step in steps:
        world.apply(step)
    expected = recounted(vault)
    assert stored_counts(vault) == expected
    assert 0 not in expected.values()
    # The list counts on them: its count and place of today equal those of every id.
    forget_cached_orders()
    lister = HearingsList(lambda: TODAY)
    window = lister.window(vault, ListQuery())
    found = lister.ids(vault, ListQuery())
    assert window.count == len(found.ids) == sum(expected.values())
    assert window.start == found.start
    assert window.start == sum(n for day, n in expected.items() if day < str(TODAY))
    assert window.first + len(window.rows) <= window.count
    # The rows shown are those of the ids at their places.
    shown = [row.id for row in window.rows]
    assert list(found.ids[window.first : window.first + len(shown)]) == shown


@pytest.fixture
def listed(vault: Vault) -> Vault:
    """Two cases, one later trashed, with hearings on either side of TODAY; one in the trash."""
    kept = save_record(vault, "cases", None, {"title": "Дело журналистов"})
    gone = save_record(vault, "cases", None, {"title": "Trashed case"})
    for offset in (-5, -2, -2, 0, 1, 4):
        save_record(vault, "hearings", None, {"case_id": kept, "scheduled_date": _day(offset)})
    for offset in (-1, 2):
        save_record(vault, "hearings", None, {"case_id": gone, "scheduled_date": _day(offset)})
    trashed = save_record(vault, "hearings", None, {"case_id": kept, "scheduled_date": _day(3)})
    move_to_trash(vault, "hearings", trashed)
    move_to_trash(vault, "cases", gone)
    forget_cached_orders()
    return vault


def test_the_first_screen_is_counted_on_the_day_counts(listed: Vault) -> None:
    lister = HearingsList(lambda: TODAY)
    found = plans(listed, lambda: lister.window(listed, ListQuery()))
    counted = [steps for statement, steps in found if "hearing_day_counts" in statement]
    # One read of the small table: no count on the hearings' date index.
    assert counted == [["SCAN hearing_day_counts"]]
    hearings = [step for _s, steps in found for step in steps if step.startswith("SEARCH hearings")]
    # The rows on either side of today, from the live date index in its order.
    assert hearings == [
        "SEARCH hearings USING INDEX ix_hearings_live_order (scheduled_date>?)",
        "SEARCH hearings USING INDEX ix_hearings_live_order (scheduled_date<?)",
    ]
    assert not any("COVERING INDEX ix_hearings_live_order" in s for _t, ss in found for s in ss)
    assert not any("TEMP B-TREE" in step for _s, steps in found for step in steps)
    assert whole_table_reads(found) == []


def test_the_filtered_lists_total_is_counted_on_the_day_counts(listed: Vault) -> None:
    lister = HearingsList(lambda: TODAY)
    query = ListQuery(words=(FilterWord("журналист"),))
    found = plans(listed, lambda: lister.window(listed, query))
    assert [steps for statement, steps in found if "hearing_day_counts" in statement] == [
        ["SCAN hearing_day_counts"]
    ]
    assert not any(
        "count(*)" in statement and "FROM hearings" in statement for statement, _ in found
    )
    window = lister.window(listed, query)
    assert window.total == 6 and window.total_exact


def test_the_first_screen_and_count_leave_out_trashed_hearings_and_cases(listed: Vault) -> None:
    lister = HearingsList(lambda: TODAY)
    window = lister.window(listed, ListQuery())
    every = lister.ids(listed, ListQuery())
    assert window.count == window.total == len(every.ids) == 6
    # Three before today: the place of today is the first one from today.
    assert window.start == every.start == 3
    assert window.first == 0
    assert [row.id for row in window.rows] == list(every.ids)
    assert [row.scheduled_date for row in window.rows] == [
        _day(offset) for offset in (-5, -2, -2, 0, 1, 4)
    ]
    latest_first = lister.window(listed, ListQuery(descending=True))
    assert latest_first.count == 6 and latest_first.start == 0
    assert latest_first.rows[0].scheduled_date == _day(4)
    # The trashed case comes back with its hearings, and the count with them.
    gone = next(c for c, n in _case_titles(listed).items() if n == "Trashed case")
    restore(listed, "cases", gone)
    again = lister.window(listed, ListQuery())
    assert again.count == 8 and again.start == 4
    assert stored_counts(listed) == recounted(listed)


def test_a_screen_larger_than_the_hearings_before_today(listed: Vault) -> None:
    lister = HearingsList(lambda: TODAY)
    window = lister.window(listed, ListQuery(), size=2)
    # Two from today, and the two before it that fill the screen.
    assert window.first == 1 and window.start == 3 and window.count == 6
    assert [row.scheduled_date for row in window.rows] == [_day(-2), _day(-2), _day(0), _day(1)]


def _case_titles(vault: Vault) -> dict[str, str]:
    with vault.read() as session:
        return {case.id: case.title for case in session.query(Case)}


def test_an_empty_vault_counts_none(vault: Vault) -> None:
    window = HearingsList(lambda: TODAY).window(vault, ListQuery())
    assert (window.count, window.start, window.first, window.rows) == (0, 0, 0, [])
    assert stored_counts(vault) == {}


def test_counts_follow_a_date_moved_by_the_form(vault: Vault) -> None:
    case = save_record(vault, "cases", None, {"title": "Case"})
    hearing = save_record(vault, "hearings", None, {"case_id": case, "scheduled_date": _day(0)})
    assert stored_counts(vault) == {str(_day(0)): 1}
    save_record(vault, "hearings", hearing, {"scheduled_date": _day(7)}, expected_version=1)
    assert stored_counts(vault) == {str(_day(7)): 1}
    with vault.read() as session:
        count = Counter(str(h.scheduled_date) for h in session.query(Hearing))
    assert stored_counts(vault) == dict(count)


def test_bulk_people_and_cases_go_a_row_at_a_time_their_triggers_fire_on_update_alone(
    vault: Vault,
) -> None:
    """People's and cases' triggers (their trash marks) do not fire on INSERT, so an INSERT
    of theirs opens no statement journal: the single-row statement, executed per row, is
    sent, not one JSON text parsed again for every value. Hearings' trigger fires on INSERT."""
    sent: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement.startswith("INSERT INTO"):
            sent.append(statement.split()[2] + (" json" if "json_each" in statement else " row"))

    # Values as the app stores them, copied from records it saved.
    made = {
        Case: save_record(vault, "cases", None, {"title": "Case"}),
        Person: save_record(vault, "persons", None, {"full_name": "Айгүл Токтосунова"}),
    }
    values: dict[type[Any], dict[str, Any]] = {}
    with vault.read() as session:
        for model, record_id in made.items():
            record = session.get(model, record_id)
            values[model] = {name: getattr(record, name) for name in content_fields(model)}
    case = str(uuid.uuid4())
    event.listen(vault.engine, "before_cursor_execute", note)
    try:
        with vault.write() as session:
            write_all(session, Case, [RecordWrite(case, values[Case])], [])
            hearing = {"case_id": case, "scheduled_date": _day(1), "kind": "trial_session"}
            hearing |= {"closed_to_public": False}
            write_all(session, Hearing, [RecordWrite(str(uuid.uuid4()), hearing)], [])
            person = RecordWrite(str(uuid.uuid4()), values[Person])
            write_all(session, Person, [person], [])
    finally:
        event.remove(vault.engine, "before_cursor_execute", note)
    records = [s for s in sent if s.split()[0] in ("cases", "hearings", "persons")]
    assert records == ["cases row", "hearings json", "persons row"]
    assert stored_counts(vault) == recounted(vault) == {str(_day(1)): 1}


def test_bulk_hearings_go_in_one_statement_with_their_values_as_bound(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Into a table with triggers the bulk writer sends all rows in one statement (a row
    trigger gives each statement a journal); the rows stored are those the per-row statement
    stores, value for value and type for type."""
    case = save_record(vault, "cases", None, {"title": "Case"})
    rows = [
        {
            "case_id": case,
            "scheduled_date": _day(1),
            "scheduled_time": time(9, 30),
            "court": "Суд «Первомайский» 'quoted' 😀",
            "kind": "trial_session",
            "closed_to_public": True,
            "defendant_present": None,
            "notes": "line\nnext \\u0000 not a NUL",
            "outcome": None,
        },
        {
            "case_id": case,
            "scheduled_date": _day(-1),
            "scheduled_time": None,
            "court": "",
            "kind": "appeal",
            "closed_to_public": False,
            "defendant_present": False,
            "notes": None,
            "outcome": "postponed",
        },
    ]
    sent: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement.startswith("INSERT INTO hearings"):
            sent.append(statement)

    def write(ids: list[str]) -> None:
        with vault.write() as session:
            writes = [RecordWrite(i, values) for i, values in zip(ids, rows, strict=True)]
            write_all(session, Hearing, writes, [])

    one_statement = [str(uuid.uuid4()) for _ in rows]
    event.listen(vault.engine, "before_cursor_execute", note)
    try:
        write(one_statement)
    finally:
        event.remove(vault.engine, "before_cursor_execute", note)
    assert len(sent) == 1 and "json_each" in sent[0]
    monkeypatch.setattr(bulk_records, "_insert_fires_triggers", lambda _session, _table: False)
    per_row = [str(uuid.uuid4()) for _ in rows]
    write(per_row)
    # The stamps are the writes' own times, a second apart at times.
    stamps = ("id", "created_at", "updated_at")
    columns = [c.name for c in Hearing.__table__.columns if c.name not in stamps]
    read = ", ".join(f"typeof({c}), quote({c})" for c in columns)
    with vault.read() as session:
        stored = {
            row[0]: tuple(row[1:])
            for row in session.execute(text(f"SELECT id, {read} FROM hearings")).all()
        }
    for first, second in zip(one_statement, per_row, strict=True):
        assert stored[first] == stored[second]
    assert stored_counts(vault) == recounted(vault) == {str(_day(1)): 2, str(_day(-1)): 2}


# What a bulk write gives a new hearing besides these (the CSV import's defaults).
BULK = {"kind": "trial_session", "closed_to_public": False}


def test_a_nul_in_text_is_bound_not_sent_through_json(vault: Vault) -> None:
    case = save_record(vault, "cases", None, {"title": "Case"})
    ids = [str(uuid.uuid4()), str(uuid.uuid4())]
    with vault.write() as session:
        writes = [
            RecordWrite(
                i, {**BULK, "case_id": case, "scheduled_date": _day(n), "notes": f"a\x00b{n}"}
            )
            for n, i in enumerate(ids)
        ]
        write_all(session, Hearing, writes, [])
    with vault.read() as session:
        notes = session.execute(text("SELECT notes FROM hearings ORDER BY scheduled_date")).all()
    assert [row[0] for row in notes] == ["a\x00b0", "a\x00b1"]
    assert stored_counts(vault) == {str(_day(0)): 1, str(_day(1)): 1}


def test_bulk_moves_of_hearings_go_in_one_statement_found_by_id(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bulk change of hearings' dates and cases (a partner's bundle) is one UPDATE … FROM
    json_each per batch, each hearing found by its id; what it stores is what the per-row
    statement stores, and the day counts follow."""
    cases = [save_record(vault, "cases", None, {"title": f"Case {n}"}) for n in range(2)]
    ids = [str(uuid.uuid4()) for _ in range(6)]
    with vault.write() as session:
        writes = [
            RecordWrite(i, {**BULK, "case_id": cases[0], "scheduled_date": _day(0)}) for i in ids
        ]
        write_all(session, Hearing, writes, [])
    sent: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement.startswith("UPDATE hearings"):
            sent.append(statement)

    def move(moved: list[str], day: date, case: str) -> None:
        with vault.write() as session:
            changes = [
                RecordWrite(
                    i,
                    {"scheduled_date": day, "case_id": case, "court": "Суд 'quoted'"},
                    {"scheduled_date": _day(0), "case_id": cases[0], "court": None},
                )
                for i in moved
            ]
            write_all(session, Hearing, [], changes)

    event.listen(vault.engine, "before_cursor_execute", note)
    try:
        move(ids[:3], _day(2), cases[1])
    finally:
        event.remove(vault.engine, "before_cursor_execute", note)
    assert len(sent) == 1 and "json_each" in sent[0]
    with vault.read() as session:
        plan = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sent[0]}", ("[]",))
        steps = [str(row[3]) for row in plan]
    assert any(
        step.startswith("SEARCH hearings USING INDEX") and "(id=?)" in step for step in steps
    )
    assert not any(step.startswith("SCAN hearings") for step in steps)
    monkeypatch.setattr(bulk_records, "_update_triggered", lambda *_args: False)
    move(ids[3:], _day(2), cases[1])
    columns = [c.name for c in Hearing.__table__.columns if c.name not in ("id", "updated_at")]
    read = ", ".join(f"typeof({c}), quote({c})" for c in columns)
    with vault.read() as session:
        stored = [
            tuple(row)
            for row in session.execute(text(f"SELECT {read} FROM hearings ORDER BY id")).all()
        ]
    assert len(set(stored)) == 1  # the six alike, moved either way
    with vault.read() as session:
        versions = session.execute(text("SELECT DISTINCT version FROM hearings")).scalars().all()
    assert versions == [2]
    assert stored_counts(vault) == recounted(vault) == {str(_day(2)): 6}
