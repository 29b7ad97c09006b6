"""What Casefile reminds of while it runs: hearings tomorrow, pre-trial detention terms ending
within 3 days (or already ended while the person is still held), police custody past 48 hours.

due_reminders() is the rule, over plain rows; reminders() gathers those rows in one read (the
statuses come from the cache the dashboard and the People list share). The UI decides what a
notification may say: names only when the user turned them on (ui/shell/reminders.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session

from casefile.domain.detention import DetentionSpanInput, in_police_custody_longer_than_48h
from casefile.domain.enums import CurrentStatus, HearingOutcome
from casefile.services.exchange.ids import in_ids
from casefile.services.lists.status import PersonStatus, all_statuses
from casefile.services.records.hearings import AgendaRow, agenda_rows
from casefile.vault.schema import DetentionEvent, Person
from casefile.vault.vault import Vault

#: A detention term ending on or before today + this many days is due.
TERM_DAYS = 3


class ReminderKind(StrEnum):
    HEARING = "hearing"  # a hearing tomorrow
    TERM = "term"  # a pre-trial detention term ending soon, or ended with the person still held
    CUSTODY = "custody"  # police custody for 2 or more calendar days: possibly over 48 hours


@dataclass(frozen=True)
class Reminder:
    """One thing to remind of; ``table`` and ``id`` open its record ("hearings" or "persons").

    ``day``: the hearing's date, the term's last day, or the day custody began. ``name`` names
    people (the case title and defendants, or the person) and may be shown only when names
    are allowed; ``reference`` never names anyone (a case number, or nothing for a person).
    """

    kind: ReminderKind
    table: str
    id: str
    day: date
    at: time | None = None
    name: str = ""
    reference: str = ""
    court: str | None = None
    days: int = 0  # term: days left (negative: ended that long ago); custody: days so far

    @property
    def key(self) -> tuple[str, str, date]:
        """The same reminder on another check has the same key (shown once, not each time)."""
        return (self.kind.value, self.id, self.day)


def _hearing_name(row: AgendaRow) -> str:
    return f"{row.case_title} — {', '.join(row.defendants)}" if row.defendants else row.case_title


def due_reminders(
    hearings: Iterable[AgendaRow],
    statuses: Mapping[str, PersonStatus],
    names: Mapping[str, str],
    today: date,
) -> list[Reminder]:
    """The reminders due today: hearings tomorrow by time, then terms by their end, then
    custody by its start. People without a name in ``names`` (in the trash) are left out; a
    hearing postponed away from tomorrow is not due."""
    tomorrow = today + timedelta(days=1)
    due = sorted(
        (
            Reminder(
                ReminderKind.HEARING,
                "hearings",
                row.id,
                row.scheduled_date,
                row.scheduled_time,
                _hearing_name(row),
                row.case_reference,
                row.court,
            )
            for row in hearings
            if row.scheduled_date == tomorrow and row.outcome != HearingOutcome.POSTPONED
        ),
        # As the agenda orders a day: untimed first, then by time.
        key=lambda reminder: (reminder.at is not None, reminder.at or time.min),
    )
    horizon = today + timedelta(days=TERM_DAYS)
    terms = sorted(
        (
            Reminder(
                ReminderKind.TERM,
                "persons",
                person_id,
                status.term_until,
                name=names[person_id],
                days=(status.term_until - today).days,
            )
            for person_id, status in statuses.items()
            if status.term_until is not None and status.term_until <= horizon and person_id in names
        ),
        key=lambda reminder: (reminder.day, reminder.name, reminder.id),
    )
    custody = sorted(
        (
            Reminder(
                ReminderKind.CUSTODY,
                "persons",
                person_id,
                status.custody_started,
                name=names[person_id],
                days=(today - status.custody_started).days + 1,
            )
            for person_id, status in statuses.items()
            if status.police_custody_over_48h
            and status.custody_started is not None
            and person_id in names
        ),
        key=lambda reminder: (reminder.day, reminder.name, reminder.id),
    )
    return due + terms + custody


def _due_people(statuses: Mapping[str, PersonStatus], today: date) -> list[str]:
    horizon = today + timedelta(days=TERM_DAYS)
    return [
        person_id
        for person_id, status in statuses.items()
        if (status.term_until is not None and status.term_until <= horizon)
        or _may_pass_48_hours(status, today)
    ]


def _may_pass_48_hours(status: PersonStatus, today: date) -> bool:
    """In police custody that began two or more days ago: its 48 hours run out today at the
    latest (the stored statuses read a day as its first moment, so they may not say so yet)."""
    return (
        status.status is CurrentStatus.POLICE_CUSTODY
        and status.custody_started is not None
        and today - status.custody_started >= timedelta(days=2)
    )


def _over_48_hours(session: Session, people: Iterable[str], now: datetime) -> set[str]:
    """Of these people, those whose police custody is over 48 hours at `now`, by the hour
    where the time of arrest is known."""
    grouped: dict[str, list[DetentionSpanInput]] = {}
    rows = session.execute(
        select(
            DetentionEvent.person_id,
            DetentionEvent.type,
            DetentionEvent.start,
            DetentionEvent.start_time,
            DetentionEvent.end,
            DetentionEvent.term_until,
        )
        .where(in_ids(DetentionEvent.person_id, list(people)), DetentionEvent.deleted_at.is_(None))
        .order_by(literal_column("detention_events.rowid"))
    )
    for person_id, type_, start, start_time, end, term_until in rows:
        grouped.setdefault(person_id, []).append(
            DetentionSpanInput(type_, start, end, term_until, start_time=start_time)
        )
    return {
        person_id
        for person_id, events in grouped.items()
        if in_police_custody_longer_than_48h(events, now)
    }


def reminders(
    vault: Vault, today: date | None = None, now: datetime | None = None
) -> list[Reminder]:
    """The reminders due today, read from the vault. Police custody is judged by the hours
    since the arrest at `now` (default: the current time) where its time is known."""
    today = today or date.today()
    now = now or datetime.combine(today, datetime.now().time())
    statuses = all_statuses(vault, today)
    people: Sequence[str] = _due_people(statuses, today)
    tomorrow = today + timedelta(days=1)
    with vault.read() as session:
        held = {pid for pid in people if _may_pass_48_hours(statuses[pid], today)}
        over = _over_48_hours(session, held, now) if held else set()
        if held:
            statuses = {
                pid: replace(status, police_custody_over_48h=pid in over) if pid in held else status
                for pid, status in statuses.items()
            }
        hearings = agenda_rows(session, tomorrow, tomorrow, today)
        names: dict[str, str] = {}
        if people:
            names = {
                str(person_id): str(name)
                for person_id, name in session.execute(
                    select(Person.id, Person.full_name).where(
                        in_ids(Person.id, people), Person.deleted_at.is_(None)
                    )
                )
            }
    return due_reminders(hearings, statuses, names, today)
