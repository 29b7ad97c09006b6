"""Stored statuses (vault/statuses.py) always equal statuses derived from the events now."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from types import SimpleNamespace
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from casefile.domain.dates import PartialDate
from casefile.services.lists.dashboard import DASHBOARD_STATUSES, dashboard, live_tally
from casefile.services.lists.status import all_statuses, forget_statuses, statuses, stored
from casefile.services.open_formats.bulk_records import RecordWrite, write_all
from casefile.services.records.reminders import ReminderKind, reminders
from casefile.services.records.trash import move_to_trash, purge, restore
from casefile.vault.engine import writer
from casefile.vault.schema import DetentionEvent, Person
from casefile.vault.vault import Vault

TYPES = (
    "arrest",
    "police_custody",
    "pretrial_detention",
    "pretrial_extension",
    "imprisonment",
    "house_arrest",
    "travel_ban",
    "probation",
    "disappearance",
    "release",
    "release_on_bail",
    "probation_revoked",
    "conviction",
    "expulsion",
    "a_term_someone_added",
)
PEOPLE = 3
# Days around today that the statuses are compared on, and that events start and end on.
CHECKED = (-3, 0, 1, 2, 3, 7, 40, 400)
# Times of arrest, and the moments of each checked day the dashboard is compared at.
TIMES = (time(0, 0), time(0, 1), time(9, 15), time(18, 30), time(23, 59))


def _day(offset: int) -> date:
    return date.today() + timedelta(days=offset)


def _start(offset: int, precision: str) -> PartialDate:
    day = _day(offset)
    if precision == "month":
        return PartialDate.parse(f"{day.year}-{day.month:02d}")
    if precision == "year":
        return PartialDate.parse(str(day.year))
    return PartialDate.from_date(day)


EVENT = st.fixed_dictionaries(
    {
        "person": st.integers(0, PEOPLE - 1),
        "type": st.sampled_from(TYPES),
        "start": st.integers(-60, 30),
        "precision": st.sampled_from(("day", "day", "day", "month", "year")),
        "end": st.one_of(st.none(), st.integers(-30, 60)),
        "term": st.one_of(st.none(), st.integers(-10, 30)),
        "time": st.one_of(st.none(), st.sampled_from(TIMES)),
    }
)
STEP = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(("orm", "bulk", "plain_sql")), EVENT),
    st.tuples(st.just("change"), st.integers(0, 20), EVENT),
    st.tuples(st.just("trash"), st.integers(0, 20), st.booleans()),
    st.tuples(st.just("purge"), st.integers(0, 20), st.just(None)),
)
# And a person to the trash, or back (True): the dashboard leaves them out meanwhile.
STEP_OR_PERSON_TRASHED = st.one_of(
    STEP, st.tuples(st.just("trash_person"), st.integers(0, PEOPLE - 1), st.booleans())
)


def _values(person_ids: list[str], event: dict[str, Any]) -> dict[str, Any]:
    start = _start(event["start"], event["precision"])
    end = None if event["end"] is None else PartialDate.from_date(_day(event["end"]))
    return {
        "person_id": person_ids[event["person"]],
        "type": event["type"],
        "start": start,
        "end": end,
        "term_until": None if event["term"] is None else _day(event["term"]),
        "start_time": event["time"],
    }


def _apply(vault: Vault, person_ids: list[str], events: list[str], step: tuple[Any, ...]) -> None:
    kind, what, event = step
    if kind == "trash_person":
        with vault.read() as session:
            person = session.get(Person, person_ids[what])
        assert person is not None
        if person.deleted_at is None:
            move_to_trash(vault, "persons", person.id)
        elif event:
            restore(vault, "persons", person.id)
        return
    if kind == "add":
        values = _values(person_ids, event)
        if what == "orm":
            with vault.write() as session:
                record = DetentionEvent(**values)
                session.add(record)
                session.flush()
                events.append(record.id)
        elif what == "bulk":  # as a CSV import or a partner's bundle writes them
            record_id = str(uuid.uuid4())
            with vault.write() as session:
                write_all(session, DetentionEvent, [RecordWrite(record_id, values)], [])
            events.append(record_id)
        else:  # outside any unit of the vault: only the triggers see it
            record_id = str(uuid.uuid4())
            with writer(vault.engine).begin() as conn:
                conn.execute(
                    text(
                        'INSERT INTO detention_events (id, person_id, type, start, "end", '
                        "term_until, start_time, created_at, updated_at, updated_by, version) "
                        "VALUES (:id, :person, :type, :start, :end, :term, :at, "
                        "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 'plain', 1)"
                    ),
                    {
                        "id": record_id,
                        "person": values["person_id"],
                        "type": values["type"],
                        "start": values["start"].to_text(),
                        "end": None if values["end"] is None else values["end"].to_text(),
                        "term": None if values["term_until"] is None else str(values["term_until"]),
                        "at": None if values["start_time"] is None else str(values["start_time"]),
                    },
                )
            events.append(record_id)
        return
    if not events:
        return
    record_id = events[what % len(events)]
    with vault.read() as session:
        found = session.get(DetentionEvent, record_id)
    if found is None:
        return
    if kind == "change":  # another person, type and days
        with vault.write() as session:
            record = session.get(DetentionEvent, record_id)
            assert record is not None
            for name, value in _values(person_ids, event).items():
                setattr(record, name, value)
    elif kind == "trash":
        if found.deleted_at is None:
            move_to_trash(vault, "detention_events", record_id)
        elif event:
            restore(vault, "detention_events", record_id)
    else:
        if found.deleted_at is None:
            move_to_trash(vault, "detention_events", record_id)
        purge(vault, "detention_events", record_id)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(STEP_OR_PERSON_TRASHED, min_size=1, max_size=12))
def test_stored_statuses_equal_a_full_derivation(vault: Vault, steps: list[Any]) -> None:
    with vault.write() as session:
        people = [Person(full_name=f"Person {n}") for n in range(PEOPLE)]
        session.add_all(people)
        session.flush()
        person_ids = [person.id for person in people]
    events: list[str] = []
    for step in steps:
        _apply(vault, person_ids, events, step)
    forget_statuses()
    with vault.read() as session:
        # The counts the triggers keep (migration 0021) are those of the rows.
        counted = {str(code): int(n) for code, n in session.execute(text(COUNTED))}
        assert counted == {str(code): int(n) for code, n in session.execute(text(RECOUNTED))}
        live = set(session.scalars(select(Person.id).where(Person.deleted_at.is_(None))))
        for offset in CHECKED:
            day = _day(offset)
            derived = statuses(session, day)
            assert stored(session, day) == derived, offset
            assert stored(session, day, person_ids) == {
                pid: found for pid, found in derived.items() if pid in person_ids
            }
            # The dashboard reads them at a moment: the 48 hours turn at their hour.
            for at in TIMES:
                moment = datetime.combine(day, at)
                derived_now = statuses(session, moment)
                assert _tallied(live_tally(session, moment, HORIZON.isoformat())) == _tallied(
                    _derived_tally({p: f for p, f in derived_now.items() if p in live})
                ), (offset, at)
    assert all_statuses(vault, date.today()) == statuses_now(vault)


COUNTED = "SELECT status, people FROM person_status_counts WHERE people != 0"
RECOUNTED = "SELECT status, count(*) FROM person_statuses GROUP BY status"
# Terms ending by then are listed: some checked days' terms end before it, some after.
HORIZON = _day(10)


def _tallied(tally: Any) -> tuple[Any, ...]:
    return (
        dict(tally.counts),
        sorted(tally.ending),
        tally.ending_count,
        sorted(tally.held),
        tally.held_count,
    )


def _derived_tally(derived: dict[str, Any]) -> Any:
    """What live_tally must say, from everyone's full derivation (few people: all listed)."""
    rows = [
        (
            pid,
            found.status.value,
            None if found.term_until is None else found.term_until.isoformat(),
            found.police_custody_over_48h,
            None if found.custody_started is None else found.custody_started.isoformat(),
        )
        for pid, found in derived.items()
    ]
    ending = [row for row in rows if row[2] is not None and row[2] <= HORIZON.isoformat()]
    held = [row for row in rows if row[3] and row[4] is not None]
    return SimpleNamespace(
        counts={
            status.value: sum(row[1] == status.value for row in rows)
            for status in DASHBOARD_STATUSES
        },
        ending=ending,
        ending_count=len(ending),
        held=held,
        held_count=len(held),
    )


def statuses_now(vault: Vault) -> dict[str, Any]:
    with vault.read() as session:
        return statuses(session, date.today())


def test_every_write_path_leaves_nothing_stale(vault: Vault) -> None:
    with vault.write() as session:
        person = Person(full_name="Асан Усенов")
        session.add(person)
        session.flush()
        session.add(
            DetentionEvent(person_id=person.id, type="arrest", start=PartialDate.from_date(_day(0)))
        )
    with vault.read() as session:
        assert session.execute(text("SELECT count(*) FROM person_status_stale")).scalar() == 0
        row = session.execute(
            text("SELECT status, as_of, valid_until, days_growing FROM person_statuses")
        ).one()
    # Police custody turns 48 hours two days later: derived again then.
    assert tuple(row) == ("police_custody", str(_day(0)), str(_day(2)), 1)
    board = dashboard(vault, _day(2))
    assert [alert.id for alert in board.police_custody_over_48h] == [person.id]


def test_the_dashboard_reads_stored_statuses(vault: Vault) -> None:
    with vault.write() as session:
        person = Person(full_name="Асан Усенов")
        session.add(person)
        session.flush()
        session.add(
            DetentionEvent(
                person_id=person.id, type="pretrial_detention", start=PartialDate.parse("2020-01")
            )
        )
    # The stored status is read as it is, with the days grown since: nothing is derived.
    with vault.read() as session:
        events = session.scalars(select(DetentionEvent.id)).all()
        assert len(events) == 1
        session.execute(text("UPDATE person_statuses SET status = 'disappeared'"))
        found = stored(session, _day(10))
        session.rollback()
    assert found[person.id].status.value == "disappeared"
    assert found[person.id].days_in_custody == (_day(10) - date(2020, 1, 1)).days + 1


def test_the_48_hours_turn_at_their_hour_without_a_write(vault: Vault) -> None:
    with vault.write() as session:
        person = Person(full_name="Асан Усенов")
        session.add(person)
        session.flush()
        session.add(
            DetentionEvent(
                person_id=person.id,
                type="arrest",
                start=PartialDate.from_date(_day(0)),
                start_time=time(18, 30),
            )
        )
    with vault.read() as session:
        row = session.execute(text("SELECT as_of, valid_until FROM person_statuses")).one()
    # Held until the moment the 48 hours run out, not a day.
    assert tuple(row) == (str(_day(0)), f"{_day(2)}T18:30:00")
    with vault.read() as session:
        assert not stored(session, _day(2))[person.id].police_custody_over_48h
        assert stored(session, _day(3))[person.id].police_custody_over_48h

    def listed(at: time) -> list[str]:
        board = dashboard(vault, _day(2), now=datetime.combine(_day(2), at))
        return [alert.id for alert in board.police_custody_over_48h]

    def reminded(at: time) -> list[str]:
        due = reminders(vault, _day(2), datetime.combine(_day(2), at))
        return [r.id for r in due if r.kind is ReminderKind.CUSTODY]

    assert listed(time(18, 29)) == [] and reminded(time(18, 29)) == []
    assert listed(time(18, 30)) == [person.id] and reminded(time(18, 30)) == [person.id]
    # Without a time of arrest, two calendar days (test above) as before.


def test_48_hours_that_run_out_at_midnight_have_turned_for_that_day(vault: Vault) -> None:
    # Arrested at 00:00: the hours run out at the start of the day after tomorrow, so a reader
    # asking for that day sees them run out, as a full derivation at 00:00 does.
    with vault.write() as session:
        person = Person(full_name="Бакыт Осмонов")
        session.add(person)
        session.flush()
        session.add(
            DetentionEvent(
                person_id=person.id,
                type="arrest",
                start=PartialDate.from_date(_day(0)),
                start_time=time(0, 0),
            )
        )
    with vault.read() as session:
        row = session.execute(text("SELECT valid_until FROM person_statuses")).one()
        assert row[0] == str(_day(2))
        assert not stored(session, _day(1))[person.id].police_custody_over_48h
        assert stored(session, _day(2))[person.id].police_custody_over_48h
        assert stored(session, _day(2)) == statuses(session, _day(2))
