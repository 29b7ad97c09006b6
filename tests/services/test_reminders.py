"""Reminders while the app runs: hearings tomorrow, terms ending within 3 days, custody > 48 h."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from casefile.domain.enums import CurrentStatus
from casefile.services.lists.status import PersonStatus
from casefile.services.records.drafts import save_record
from casefile.services.records.hearings import AgendaRow, postpone_hearing
from casefile.services.records.reminders import ReminderKind, due_reminders, reminders
from casefile.services.records.trash import move_to_trash
from casefile.vault.vault import Vault

TODAY = date(2024, 6, 10)
TOMORROW = date(2024, 6, 11)


def _row(hearing_id: str, day: date, at: time | None = None, **more: object) -> AgendaRow:
    values: dict[str, object] = {
        "id": hearing_id,
        "scheduled_date": day,
        "scheduled_time": at,
        "case_id": "case-" + hearing_id,
        "case_title": "Дело " + hearing_id,
        "case_numbers": ("УД-" + hearing_id,),
        "defendants": ("Асанов Бакыт",),
        "defendant_ids": ("p1",),
        "court": "Октябрьский районный суд",
        "judge": None,
        "kind": "trial_session",
        "kind_label": "Trial session",
        "outcome": None,
        "closed_to_public": False,
        "postponed_to_id": None,
        "needs_outcome": False,
    }
    values.update(more)
    return AgendaRow(**values)  # type: ignore[arg-type]


def _status(
    term_until: date | None = None, custody_started: date | None = None, over_48h: bool = False
) -> PersonStatus:
    status = CurrentStatus.POLICE_CUSTODY if over_48h else CurrentStatus.PRETRIAL_DETENTION
    return PersonStatus(status, 5, custody_started, term_until, over_48h)


def test_the_rule_over_plain_rows() -> None:
    hearings = [
        _row("late", TOMORROW, time(15, 0)),
        _row("today", TODAY),
        _row("moved", TOMORROW, time(9, 0), outcome="postponed", postponed_to_id="x"),
        _row("early", TOMORROW, time(9, 30)),
    ]
    statuses = {
        "ends": _status(term_until=date(2024, 6, 13)),  # in 3 days: due
        "later": _status(term_until=date(2024, 6, 14)),  # in 4 days: not yet
        "ended": _status(term_until=date(2024, 6, 8)),  # ended, still held: due
        "held": _status(custody_started=date(2024, 6, 8), over_48h=True),
        "fresh": _status(custody_started=date(2024, 6, 9)),  # the rules say not over 48 h
        "trashed": _status(term_until=TOMORROW),  # no name: in the trash
    }
    names = {"ends": "Жаңыл Төлөгөнова", "later": "L", "ended": "E", "held": "H", "fresh": "F"}
    due = due_reminders(hearings, statuses, names, TODAY)
    assert [(r.kind, r.id) for r in due] == [
        (ReminderKind.HEARING, "early"),  # postponed and today's are not due
        (ReminderKind.HEARING, "late"),
        (ReminderKind.TERM, "ended"),
        (ReminderKind.TERM, "ends"),
        (ReminderKind.CUSTODY, "held"),
    ]
    early, _late, ended, ends, held = due
    assert (early.table, early.at, early.reference, early.court) == (
        "hearings",
        time(9, 30),
        "УД-early",
        "Октябрьский районный суд",
    )
    assert early.name == "Дело early — Асанов Бакыт"
    assert (ends.table, ends.day, ends.days, ends.name) == (
        "persons",
        date(2024, 6, 13),
        3,
        "Жаңыл Төлөгөнова",
    )
    assert ended.days == -2 and ends.reference == ""
    assert (held.day, held.days) == (date(2024, 6, 8), 3)
    assert early.key == ("hearing", "early", TOMORROW)
    assert due_reminders([], {}, {}, TODAY) == []


def _person(vault: Vault, name: str, *events: tuple[str, str, str | None]) -> str:
    person = save_record(vault, "persons", None, {"full_name": name})
    for type_, start, term_until in events:
        save_record(
            vault,
            "detention_events",
            None,
            {"person_id": person, "type": type_, "start": start, "term_until": term_until},
        )
    return person


def test_reminders_from_the_vault(vault: Vault) -> None:
    term = _person(vault, "Айгүл Өмүрбекова", ("pretrial_detention", "03.05.2024", "12.06.2024"))
    custody = _person(vault, "Police Held", ("police_custody", "07.06.2024", None))
    _person(vault, "Long Term", ("pretrial_detention", "01.04.2024", "30.07.2024"))
    trashed = _person(vault, "Trashed", ("pretrial_detention", "01.03.2024", "12.06.2024"))
    move_to_trash(vault, "persons", trashed)
    case = save_record(vault, "cases", None, {"title": "Дело", "case_numbers": ["1-24"]})
    tomorrow = save_record(
        vault,
        "hearings",
        None,
        {"case_id": case, "scheduled_date": "11.06.2024", "scheduled_time": time(10, 0)},
    )
    moved = save_record(vault, "hearings", None, {"case_id": case, "scheduled_date": "11.06.2024"})
    postpone_hearing(vault, moved, date(2024, 7, 1), None, "")
    save_record(vault, "hearings", None, {"case_id": case, "scheduled_date": "12.06.2024"})

    due = reminders(vault, TODAY)
    assert [(r.kind, r.id) for r in due] == [
        (ReminderKind.HEARING, tomorrow),
        (ReminderKind.TERM, term),
        (ReminderKind.CUSTODY, custody),
    ]
    assert due[1].name == "Айгүл Өмүрбекова" and due[1].days == 2
    assert due[2].days == 4


def test_custody_with_a_known_hour_is_due_once_48_hours_passed(vault: Vault) -> None:
    arrested = save_record(vault, "persons", None, {"full_name": "Arrested Evening"})
    start = TODAY - timedelta(days=2)
    save_record(
        vault,
        "detention_events",
        None,
        {"person_id": arrested, "type": "arrest", "start": start, "start_time": time(20, 0)},
    )
    morning = datetime.combine(TODAY, time(10, 0))
    assert [r.id for r in reminders(vault, TODAY, now=morning)] == []
    evening = datetime.combine(TODAY, time(20, 0))
    assert [(r.kind, r.id) for r in reminders(vault, TODAY, now=evening)] == [
        (ReminderKind.CUSTODY, arrested)
    ]
