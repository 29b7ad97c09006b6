"""Hearings: agenda, postponement in one unit of work, outcomes, iCalendar export."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from casefile.errors import ValidationError
from casefile.services.open_formats.file_exports import export_agenda, export_future_hearings
from casefile.services.records.drafts import save_record
from casefile.services.records.hearings import (
    agenda,
    agenda_screen,
    export_ics,
    future_hearings,
    postpone_hearing,
    record_outcome,
)
from casefile.services.records.trash import move_to_trash
from casefile.vault.schema import AuditEntry, Hearing
from casefile.vault.vault import Vault

TODAY = date(2024, 6, 10)
LONG_TITLE = (
    "Дело о призывах к массовым беспорядкам в связи с передачей Кемпир-Абадского водохранилища"
)


def _setup(vault: Vault) -> tuple[str, str, str]:
    """A case with two defendants and a witness; returns (case id, hearing id, other id)."""
    case_id = save_record(
        vault, "cases", None, {"title": LONG_TITLE, "case_numbers": ["УД-0451/24"]}
    )
    for name, role in (
        ("Тажибек кызы Айпери", "defendant"),
        ("Асанов Бакыт", "defendant"),
        ("Сидоров Пётр", "witness"),
    ):
        person_id = save_record(vault, "persons", None, {"full_name": name})
        save_record(
            vault,
            "case_participants",
            None,
            {"case_id": case_id, "person_id": person_id, "role": role},
        )
    hearing_id = save_record(
        vault,
        "hearings",
        None,
        {
            "case_id": case_id,
            "scheduled_date": date(2024, 6, 12),
            "scheduled_time": time(10, 0),
            "court": "Первомайский районный суд г. Бишкек",
            "judge": "Judge Иманалиева",
            "kind": "trial_session",
            "closed_to_public": True,
        },
    )
    past_id = save_record(
        vault, "hearings", None, {"case_id": case_id, "scheduled_date": date(2024, 6, 3)}
    )
    return case_id, hearing_id, past_id


def test_agenda_rows(vault: Vault) -> None:
    case_id, hearing_id, past_id = _setup(vault)
    save_record(vault, "hearings", None, {"case_id": case_id, "scheduled_date": "01.09.2024"})
    rows = agenda(vault, date(2024, 6, 1), date(2024, 6, 30), today=TODAY)
    assert [r.id for r in rows] == [past_id, hearing_id]
    past, upcoming = rows
    assert past.needs_outcome and not upcoming.needs_outcome
    assert upcoming.defendants == ("Асанов Бакыт", "Тажибек кызы Айпери")
    assert len(upcoming.defendant_ids) == 2
    assert upcoming.case_title == LONG_TITLE
    assert upcoming.court == "Первомайский районный суд г. Бишкек"
    assert upcoming.kind_label == "Trial session"
    assert upcoming.case_reference == "УД-0451/24"
    assert upcoming.table == "hearings"
    record_outcome(vault, past_id, "held")
    assert not agenda(vault, date(2024, 6, 3), date(2024, 6, 3), today=TODAY)[0].needs_outcome


def test_postpone_creates_a_linked_hearing(vault: Vault) -> None:
    case_id, hearing_id, _ = _setup(vault)
    new_id = postpone_hearing(vault, hearing_id, date(2024, 7, 1), time(14, 30), " Судья болен ")
    with vault.read() as session:
        hearings = session.scalars(
            select(Hearing).where(Hearing.id.in_([hearing_id, new_id]))
        ).all()
        old = next(h for h in hearings if h.id == hearing_id)
        new = next(h for h in hearings if h.id == new_id)
        assert old.scheduled_date == date(2024, 6, 12)
        assert old.scheduled_time == time(10, 0)
        assert old.outcome == "postponed"
        assert old.postponement_reason == "Судья болен"
        assert old.postponed_to_id == new_id
        assert (new.scheduled_date, new.scheduled_time) == (date(2024, 7, 1), time(14, 30))
        assert (new.case_id, new.court, new.judge, new.kind, new.closed_to_public) == (
            case_id,
            old.court,
            old.judge,
            "trial_session",
            True,
        )
        assert new.outcome is None and new.postponed_to_id is None
        actions = session.execute(
            select(AuditEntry.record_id, AuditEntry.action, AuditEntry.reason).where(
                AuditEntry.record_id.in_([hearing_id, new_id])
            )
        ).all()
    assert (new_id, "create", "postponed") in actions
    assert (hearing_id, "update", "postponed") in actions


def test_postpone_refusals(vault: Vault) -> None:
    _, hearing_id, _ = _setup(vault)
    with pytest.raises(ValidationError) as error:
        postpone_hearing(vault, hearing_id, date(2024, 6, 11), None, "")
    assert error.value.field == "new_date"
    new_id = postpone_hearing(vault, hearing_id, date(2024, 6, 12), time(16, 0), "")
    with pytest.raises(ValidationError):
        postpone_hearing(vault, hearing_id, date(2024, 8, 1), None, "again")
    with vault.read() as session:
        assert len(session.scalars(select(Hearing)).all()) == 3
        old = session.get(Hearing, hearing_id)
        assert old is not None and old.postponed_to_id == new_id
        assert old.postponement_reason is None


def test_record_outcome(vault: Vault) -> None:
    _, hearing_id, past_id = _setup(vault)
    record_outcome(
        vault, past_id, "held", defendant_present=True, monitors_present=False, notes=" ok "
    )
    with vault.read() as session:
        hearing = session.get(Hearing, past_id)
        assert hearing is not None
        assert (hearing.outcome, hearing.defendant_present, hearing.lawyer_present) == (
            "held",
            True,
            None,
        )
        assert hearing.monitors_present is False and hearing.notes == "ok"
    with pytest.raises(ValidationError) as error:
        record_outcome(vault, past_id, "cancelled")
    assert error.value.field == "outcome"
    postpone_hearing(vault, hearing_id, date(2024, 7, 1), None, "")
    with pytest.raises(ValidationError):
        record_outcome(vault, hearing_id, "held")


def _unfold(data: bytes) -> list[str]:
    return data.decode("utf-8").replace("\r\n ", "").split("\r\n")


def test_ics_export_with_names(vault: Vault) -> None:
    _, hearing_id, _ = _setup(vault)
    rows = agenda(vault, date(2024, 6, 1), date(2024, 6, 30), today=TODAY)
    data = export_ics(rows, with_names=True, now=datetime(2024, 6, 1, 8, 0, tzinfo=UTC))
    assert data.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")  # CRLF only
    physical = data.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in physical)
    assert any(line.startswith(b" ") for line in physical)  # the long summary was folded
    for line in physical:
        line.decode("utf-8")  # folding never cuts a Cyrillic letter in two
    lines = _unfold(data)
    assert f"UID:{hearing_id}@casefile" in lines
    assert "DTSTART:20240612T100000" in lines
    assert "DTSTART;VALUE=DATE:20240603" in lines
    assert "DTSTAMP:20240601T080000Z" in lines
    assert lines.count("BEGIN:VEVENT") == 2
    assert f"SUMMARY:Hearing: {LONG_TITLE} — Асанов Бакыт\\, Тажибек кызы Айпери" in lines
    assert "LOCATION:Первомайский районный суд г. Бишкек" in lines
    assert "DESCRIPTION:Trial session\\nJudge: Judge Иманалиева" in lines


def test_ics_export_without_names_has_no_personal_data(vault: Vault) -> None:
    case_id, hearing_id, _ = _setup(vault)
    other_case = save_record(vault, "cases", None, {"title": "Дело Асанова"})
    save_record(vault, "hearings", None, {"case_id": other_case, "scheduled_date": "20.06.2024"})
    postpone_hearing(vault, hearing_id, date(2024, 6, 25), None, "")
    rows = agenda(vault, date(2024, 6, 1), date(2024, 6, 30), today=TODAY)
    data = export_ics(rows, with_names=False)
    text = data.decode("utf-8").replace("\r\n ", "")
    for personal in ("Тажибек", "Асанов", "Сидоров", "Иманалиева", "Кемпир", LONG_TITLE[:10]):
        assert personal not in text
    lines = text.split("\r\n")
    # The postponed hearing and its new date are one event (test_ics_postponement_...).
    assert lines.count("SUMMARY:Hearing: УД-0451/24") == 2
    assert f"SUMMARY:Hearing: Case {other_case[:8]}" in lines
    assert "LOCATION:Первомайский районный суд г. Бишкек" in lines
    assert case_id not in text.replace(f"Case {case_id[:8]}", "")


def test_ics_folding_of_long_lines() -> None:
    from casefile.services.records.hearings import _fold

    folded = _fold("SUMMARY:" + "Ж" * 100)
    parts = folded.split(b"\r\n")[:-1]
    assert [len(p) for p in parts] == [74, 75, 61]  # a 2-octet letter is never split
    assert b"".join(p.removeprefix(b" ") for p in parts).decode() == "SUMMARY:" + "Ж" * 100


def _events(data: bytes) -> list[dict[str, str]]:
    """The VEVENTs of a calendar file, each as {property: value}."""
    events: list[dict[str, str]] = []
    for line in _unfold(data):
        if line == "BEGIN:VEVENT":
            events.append({})
        elif events and ":" in line and line != "END:VEVENT":
            name, value = line.split(":", 1)
            events[-1][name] = value
    return events


def test_agenda_rows_know_their_chain_of_postponements(vault: Vault) -> None:
    _case, first, _past = _setup(vault)
    second = postpone_hearing(vault, first, date(2024, 6, 19), time(9, 0), "")
    third = postpone_hearing(vault, second, date(2024, 7, 3), None, "")
    rows = {row.id: row for row in agenda(vault, date(2024, 6, 1), date(2024, 7, 31), today=TODAY)}
    one, two, three = rows[first].chain, rows[second].chain, rows[third].chain
    assert one is not None and two is not None and three is not None
    assert (one.root_id, one.depth, one.next_date, one.next_time) == (
        first,
        0,
        date(2024, 6, 19),
        time(9, 0),
    )
    assert (one.last_date, one.last_depth) == (date(2024, 7, 3), 2)
    assert (two.root_id, two.depth, two.last_depth) == (first, 1, 2)
    assert (three.root_id, three.depth, three.next_date) == (first, 2, None)
    assert rows[first].postponed_to_date == date(2024, 6, 19)
    assert rows[_past].chain is None


def test_ics_postponement_keeps_the_uid_with_a_higher_sequence(vault: Vault) -> None:
    _case, hearing_id, _past = _setup(vault)
    june = (date(2024, 6, 1), date(2024, 6, 30))
    before = _events(export_ics(agenda(vault, *june, today=TODAY), with_names=False))
    (event,) = [e for e in before if e["UID"] == f"{hearing_id}@casefile"]
    assert event["SEQUENCE"] == "0" and event["DTSTART"] == "20240612T100000"

    # Postponed to a date outside the exported week: the same event moves there.
    new_id = postpone_hearing(vault, hearing_id, date(2024, 7, 9), time(15, 0), "Judge ill")
    week = agenda(vault, date(2024, 6, 10), date(2024, 6, 16), today=TODAY)
    (moved,) = _events(export_ics(week, with_names=False))
    assert moved["UID"] == f"{hearing_id}@casefile"
    assert moved["SEQUENCE"] == "1" and moved["DTSTART"] == "20240709T150000"
    assert "STATUS" not in moved

    # With both hearings in the period: still one event, not a second under a new UID.
    after = _events(export_ics(agenda(vault, *june, today=TODAY), with_names=False))
    after += _events(
        export_ics(agenda(vault, date(2024, 7, 1), date(2024, 7, 31)), with_names=False)
    )
    chain = [e for e in after if e["UID"] == f"{hearing_id}@casefile"]
    assert [(e["SEQUENCE"], e["DTSTART"]) for e in chain] == [("1", "20240709T150000")] * 2
    assert not any(e["UID"] == f"{new_id}@casefile" for e in after)

    # Postponed again: SEQUENCE 2. The new hearing gone to the trash: the old one is cancelled.
    postpone_hearing(vault, new_id, date(2024, 7, 16), None, "")
    events = _events(export_ics(agenda(vault, *june, today=TODAY), with_names=False))
    again = next(e for e in events if e["UID"] == f"{hearing_id}@casefile")
    assert (again["SEQUENCE"], again["DTSTART;VALUE=DATE"]) == ("2", "20240716")
    move_to_trash(vault, "hearings", new_id)
    events = _events(export_ics(agenda(vault, *june, today=TODAY), with_names=False))
    cancelled = next(e for e in events if e["UID"] == f"{hearing_id}@casefile")
    assert cancelled["STATUS"] == "CANCELLED" and cancelled["SEQUENCE"] == "1"


def test_export_agenda_counts_events(vault: Vault, tmp_path: Path) -> None:
    _case, hearing_id, _past = _setup(vault)
    postpone_hearing(vault, hearing_id, date(2024, 6, 20), None, "")
    count = export_agenda(
        vault, tmp_path / "a.ics", date(2024, 6, 1), date(2024, 6, 30), with_names=False
    )
    assert count == 2  # the past hearing, and the postponed one with its new date


def test_every_future_hearing_goes_to_the_calendar_with_a_reminder(
    vault: Vault, tmp_path: Path
) -> None:
    """All hearings from today on, whatever week is shown, each with a VALARM."""
    case_id, hearing_id, past_id = _setup(vault)  # 12.06 at 10:00 and 03.06 (past)
    later = save_record(
        vault, "hearings", None, {"case_id": case_id, "scheduled_date": "15.03.2027"}
    )
    today_id = save_record(
        vault,
        "hearings",
        None,
        {"case_id": case_id, "scheduled_date": TODAY, "scheduled_time": time(16, 0)},
    )
    # Postponed before today to a date after it: one event, its first hearing's UID.
    early = save_record(
        vault, "hearings", None, {"case_id": case_id, "scheduled_date": "05.06.2024"}
    )
    moved = postpone_hearing(vault, early, date(2024, 9, 2), time(11, 0), "")
    path = tmp_path / "future.ics"
    count = export_future_hearings(
        vault, path, with_names=False, reminder=timedelta(days=1), today=TODAY
    )
    events = {e["UID"].removesuffix("@casefile"): e for e in _events(path.read_bytes())}
    assert set(events) == {hearing_id, later, today_id, early} and count == 4
    assert past_id not in events and moved not in events
    assert events[early]["DTSTART"] == "20240902T110000" and events[early]["SEQUENCE"] == "1"
    lines = _unfold(path.read_bytes())
    assert lines.count("BEGIN:VALARM") == 4 == lines.count("END:VALARM")
    assert lines.count("ACTION:DISPLAY") == 4
    # A timed hearing: a day before its hour; an all-day one: 09:00 on the day before.
    assert lines.count("TRIGGER:-P1D") == 3
    assert lines.count("TRIGGER:-PT15H") == 1
    assert "DESCRIPTION:Hearing: УД-0451/24" in lines  # the alarm's text has no names either
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    text = path.read_text("utf-8")
    assert "Тажибек" not in text and "Иманалиева" not in text
    # Nested as RFC 5545 wants: each alarm inside its event.
    assert text.index("BEGIN:VALARM") > text.index("BEGIN:VEVENT")
    for event in text.split("BEGIN:VEVENT")[1:]:
        assert event.index("END:VALARM") < event.index("END:VEVENT")


def test_without_a_reminder_there_is_no_alarm_and_a_cancelled_event_never_has_one(
    vault: Vault,
) -> None:
    _case, hearing_id, _past = _setup(vault)
    plain = export_ics(future_hearings(vault, today=TODAY), with_names=True)
    assert b"VALARM" not in plain
    # Postponed, and the new hearing gone to the trash: the event is cancelled.
    new_id = postpone_hearing(vault, hearing_id, date(2024, 6, 20), None, "")
    move_to_trash(vault, "hearings", new_id)
    events = _events(
        export_ics(
            future_hearings(vault, today=TODAY), with_names=True, reminder=timedelta(hours=2)
        )
    )
    (cancelled,) = events
    assert cancelled["STATUS"] == "CANCELLED" and "TRIGGER" not in cancelled


@pytest.mark.parametrize(
    ("before", "timed", "untimed"),
    [
        (timedelta(hours=1), "-PT1H", "PT9H"),
        (timedelta(days=1), "-P1D", "-PT15H"),
        (timedelta(days=2), "-P2D", "-P1DT15H"),
        (timedelta(minutes=30), "-PT30M", "PT9H"),
    ],
)
def test_reminder_triggers(before: timedelta, timed: str, untimed: str) -> None:
    from casefile.services.records.hearings import CalendarEvent, _trigger

    row: Any = None
    assert _trigger(CalendarEvent(row, "u", 0, TODAY, time(10, 0), False), before) == timed
    assert _trigger(CalendarEvent(row, "u", 0, TODAY, None, False), before) == untimed


def test_the_agenda_screen_reads_the_first_rows_and_counts_the_rest(vault: Vault) -> None:
    case_id, hearing_id, past_id = _setup(vault)
    for day in (4, 5, 6):  # two more overdue, one with its outcome
        extra = save_record(
            vault, "hearings", None, {"case_id": case_id, "scheduled_date": date(2024, 6, day)}
        )
        if day == 6:
            record_outcome(vault, extra, "held")
    for day in (11, 13, 14):
        save_record(
            vault, "hearings", None, {"case_id": case_id, "scheduled_date": date(2024, 6, day)}
        )
    week_end, overdue_from = TODAY + timedelta(days=6), TODAY - timedelta(days=60)
    first = agenda_screen(vault, TODAY, week_end, today=TODAY, overdue_from=overdue_from, limit=2)
    assert [row.scheduled_date.day for row in first.rows] == [11, 12]
    assert first.total == 4 and not first.complete
    assert [row.id for row in first.overdue][:1] == [past_id]
    assert len(first.overdue) == 2 and first.overdue_total == 3
    assert all(row.needs_outcome for row in first.overdue)
    whole = agenda_screen(
        vault, TODAY, week_end, today=TODAY, overdue_from=overdue_from, whole=True
    )
    assert whole.complete and len(whole.rows) == 4 and len(whole.overdue) == 3
    assert [row.id for row in whole.rows] == [
        row.id for row in agenda(vault, TODAY, week_end, today=TODAY)
    ]
    assert hearing_id in {row.id for row in whole.rows}
