"""Hearings: the agenda, postponements, outcomes and export to an iCalendar file."""

from __future__ import annotations

import json
import threading
import weakref
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, ClassVar

from sqlalchemy import Date, TextClause, TextualSelect, bindparam, func, select, text
from sqlalchemy.orm import Session

from casefile.domain.enums import HearingOutcome
from casefile.errors import ValidationError
from casefile.services.records.drafts import get_live, vocabulary_in
from casefile.services.records.hearing_chains import Chain, HearingKey, chains_of
from casefile.vault.schema import Case, Hearing, new_id
from casefile.vault.vault import Vault

#: Audit reason of the update a postponement makes to the old hearing.
POSTPONE_REASON = "postponed"


@dataclass(frozen=True)
class AgendaRow:
    """One hearing for the agenda and the dashboard; opens as ("hearings", id)."""

    table: ClassVar[str] = "hearings"

    id: str
    scheduled_date: date
    scheduled_time: time | None
    case_id: str
    case_title: str
    case_numbers: tuple[str, ...]
    defendants: tuple[str, ...]  # names, alphabetical
    defendant_ids: tuple[str, ...]  # same order as defendants
    court: str | None
    judge: str | None
    kind: str
    kind_label: str
    outcome: str | None
    closed_to_public: bool
    postponed_to_id: str | None
    needs_outcome: bool  # in the past and no outcome recorded yet
    #: Its place among postponements (None: never postponed, nor a postponement).
    chain: Chain | None = None

    @property
    def postponed_to_date(self) -> date | None:
        """The date of the live hearing this one was postponed to."""
        return self.chain.next_date if self.chain is not None else None

    @property
    def case_reference(self) -> str:
        """A reference without names: the first case number, else "Case " + 8 id chars."""
        return self.case_numbers[0] if self.case_numbers else f"Case {self.case_id[:8]}"


# The agenda's rows with their case (title and numbers from ix_cases_live_titles alone).
_ROWS_SQL = """
SELECT h.id, h.scheduled_date, h.scheduled_time, h.created_at, h.case_id, h.court, h.judge,
       h.kind, h.outcome, h.closed_to_public, h.postponed_to_id, c.title, c.case_numbers
FROM hearings AS h INDEXED BY {dates} JOIN cases AS c INDEXED BY ix_cases_live_titles
  ON c.id = h.case_id
WHERE h.scheduled_date >= :start AND h.scheduled_date <= :end
  AND h.deleted_at IS NULL AND c.deleted_at IS NULL{where}{order}
"""
# In SQL, before any row is built: of 60 past days (54,000 hearings at 1,000,000), a few
# dozen lack an outcome (ix_hearings_no_outcome).
_NO_OUTCOME = " AND h.outcome IS NULL"
_LIVE = ("ix_hearings_live_order", "")
_FIRST = "\nORDER BY h.scheduled_date, h.scheduled_time, h.created_at LIMIT :limit"


def _typed_rows(clause: TextClause) -> TextualSelect:
    """Typed result columns (dates, times, JSON) and date parameters for _ROWS_SQL."""
    return clause.bindparams(
        bindparam("start", type_=Date()), bindparam("end", type_=Date())
    ).columns(
        Hearing.id,
        Hearing.scheduled_date,
        Hearing.scheduled_time,
        Hearing.created_at,
        Hearing.case_id,
        Hearing.court,
        Hearing.judge,
        Hearing.kind,
        Hearing.outcome,
        Hearing.closed_to_public,
        Hearing.postponed_to_id,
        Case.title,
        Case.case_numbers,
    )


# The cases' live defendants with their names, from two covering indexes: the participants'
# by case and role, the live people's by id. The cases come as one JSON text (exchange/ids.py).
_DEFENDANTS_SQL = """
SELECT cp.case_id, p.id, p.full_name
FROM case_participants AS cp INDEXED BY ix_case_participants_live_roles
JOIN persons AS p INDEXED BY ix_persons_live_ids ON p.id = cp.person_id
WHERE cp.case_id IN (SELECT value FROM json_each(:cases)) AND cp.role = 'defendant'
  AND cp.deleted_at IS NULL AND p.deleted_at IS NULL
"""


def agenda_rows(
    session: Session,
    start: date,
    end: date,
    today: date,
    lang: str = "en",
    limit: int | None = None,
    *,
    outcome_missing: bool = False,
) -> list[AgendaRow]:
    """Hearings with start <= date <= end, by date and time, inside an open session; the
    first `limit` of them if given; only those with no outcome if `outcome_missing`."""
    found = _hearing_rows(session, start, end, limit, outcome_missing=outcome_missing)
    return _agenda_rows_of(session, [found], today, lang)[0]


def _hearing_rows(
    session: Session, start: date, end: date, limit: int | None, *, outcome_missing: bool
) -> list[Sequence[Any]]:
    """The hearings' own columns with their case's title and numbers, by date and time."""
    # Columns, not ORM objects: building an object per hearing was most of a warm agenda.
    # After a pause each page read is decrypted again, so each hearing's case and defendants
    # come from covering indexes (one page a lookup, not an id index and then the table);
    # SQLite would take the primary keys' indexes, hence INDEXED BY.
    dates, where = ("ix_hearings_no_outcome", _NO_OUTCOME) if outcome_missing else _LIVE
    params: dict[str, Any] = {"start": start, "end": end}
    if limit is None:
        sql = _ROWS_SQL.format(dates=dates, where=where, order="")
    else:
        # The first ones in the date index's order, with their columns in the same read
        # (untimed first, as SQLite orders NULL first); only ties go to the sorter.
        sql = _ROWS_SQL.format(dates=dates, where=where, order=_FIRST)
        params["limit"] = limit
    rows = session.execute(_typed_rows(text(sql)), params).all()
    # A whole period is sorted here, not by ORDER BY: SQLite's sorter costs an mlock and an
    # munlock per row under memory security (bench/README.md). A screen keeps its order.
    return sorted(rows, key=lambda row: (row[1], row[2] is not None, row[2] or time.min, row[3]))


def _agenda_rows_of(
    session: Session, groups: Sequence[Sequence[Sequence[Any]]], today: date, lang: str
) -> list[list[AgendaRow]]:
    """Agenda rows for each group of _hearing_rows(); their defendants, kinds and chains in
    one read each for all groups together."""
    found = [row for group in groups for row in group]
    case_ids = json.dumps(sorted({row[4] for row in found}))
    named: dict[str, dict[str, str]] = defaultdict(dict)  # case -> {person id: name}
    for case_id, person_id, name in session.execute(text(_DEFENDANTS_SQL), {"cases": case_ids}):
        named[case_id].setdefault(person_id, name)
    defendants: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for case_id, people in named.items():
        # By name as SQLite's BINARY collation would (UTF-8 bytes sort as code points).
        pairs = sorted(people.items(), key=lambda pair: (pair[1], pair[0]))
        defendants[case_id] = (
            tuple(name for _pid, name in pairs),
            tuple(pid for pid, _name in pairs),
        )
    kinds = dict(vocabulary_in(session, "hearing_kind", lang))
    chains = chains_of(session, (HearingKey(row[0], row[4], row[10]) for row in found))
    nobody: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    return [
        [
            AgendaRow(
                id=hearing_id,
                scheduled_date=day,
                scheduled_time=at,
                case_id=case_id,
                case_title=title,
                case_numbers=tuple(numbers or ()),
                defendants=defendants.get(case_id, nobody)[0],
                defendant_ids=defendants.get(case_id, nobody)[1],
                court=court,
                judge=judge,
                kind=kind,
                kind_label=kinds.get(kind, kind),
                outcome=outcome,
                closed_to_public=bool(closed),
                postponed_to_id=postponed_to,
                needs_outcome=outcome is None and day < today,
                chain=chains.get(hearing_id),
            )
            for (
                hearing_id,
                day,
                at,
                _created,
                case_id,
                court,
                judge,
                kind,
                outcome,
                closed,
                postponed_to,
                title,
                numbers,
            ) in group
        ]
        for group in groups
    ]


_agenda_lock = threading.Lock()
_agendas: weakref.WeakKeyDictionary[Vault, tuple[tuple[Any, ...], list[AgendaRow]]] = (
    weakref.WeakKeyDictionary()
)


def agenda(
    vault: Vault, start: date, end: date, *, today: date | None = None, lang: str = "en"
) -> list[AgendaRow]:
    """Hearings from start to end inclusive, by date and time (untimed first on a day).

    The last one asked for is kept until the vault's next write: after a pause in use the
    vault has dropped its page caches (vault/memory.py), and reading it again cost twice as
    much as warm.
    """
    day = today or date.today()
    key = (vault.generation, start, end, day, lang)  # the generation before the snapshot
    with _agenda_lock:
        hit = _agendas.get(vault)
    if hit is not None and hit[0] == key:
        return list(hit[1])
    with vault.read() as session:
        rows = agenda_rows(session, start, end, day, lang)
    with _agenda_lock:
        _agendas[vault] = (key, rows)
    return list(rows)


#: Hearings read for the agenda's first screen; the rest of a period follows (agenda()).
AGENDA_SCREEN = 60


@dataclass(frozen=True)
class AgendaScreen:
    """What the agenda paints first: a screen of the period, its count, the overdue ones."""

    rows: tuple[AgendaRow, ...]  # the period's first hearings, by date and time
    total: int  # hearings in the period (rows holds them all when equal to len(rows))
    overdue: tuple[AgendaRow, ...]  # before the period and today, with no outcome recorded
    overdue_total: int = 0  # how many those are (overdue holds the first of them)

    @property
    def complete(self) -> bool:
        return len(self.rows) >= self.total and len(self.overdue) >= self.overdue_total


_screens: weakref.WeakKeyDictionary[Vault, tuple[tuple[Any, ...], AgendaScreen]] = (
    weakref.WeakKeyDictionary()
)


def agenda_screen(
    vault: Vault,
    start: date,
    end: date,
    *,
    today: date | None = None,
    overdue_from: date | None = None,
    lang: str = "en",
    limit: int | None = None,
    whole: bool = False,
) -> AgendaScreen:
    """The first `limit` (AGENDA_SCREEN) hearings from start to end and how many there are;
    the same for the hearings from overdue_from to the day before min(start, today) with no
    outcome. With `whole`, all of both.

    A week at 1,000,000 hearings holds 6,000 of them; reading them all, with each one's case
    and defendants, took 1.5 s after a write (bench/README.md); the first screen is a LIMIT
    read on the date index and the count is read on the index alone. Kept until the vault's
    next write, as agenda().
    """
    day = today or date.today()
    size = None if whole else AGENDA_SCREEN if limit is None else limit
    key = (vault.generation, start, end, day, overdue_from, lang, size)
    with _agenda_lock:
        hit = _screens.get(vault)
    if hit is not None and hit[0] == key:
        return hit[1]
    with vault.read() as session:
        shown = _hearing_rows(session, start, end, size, outcome_missing=False)
        total = len(shown)
        if size is not None and total >= size:
            total = count_hearings(session, start, end)
        past: list[Sequence[Any]] = []
        overdue_total = 0
        if overdue_from is not None:
            last = min(start, day) - timedelta(days=1)
            past = _hearing_rows(session, overdue_from, last, size, outcome_missing=True)
            overdue_total = len(past)
            if size is not None and overdue_total >= size:
                overdue_total = count_hearings(session, overdue_from, last, outcome_missing=True)
        # One read of defendants, kinds and chains for both screens (cold pages cost most).
        rows, overdue = _agenda_rows_of(session, [shown, past], day, lang)
    screen = AgendaScreen(tuple(rows), total, tuple(overdue), overdue_total)
    with _agenda_lock:
        _screens[vault] = (key, screen)
    return screen


def count_hearings(
    session: Session, start: date, end: date, *, outcome_missing: bool = False
) -> int:
    """How many hearings agenda_rows() would give, counted on the date index (or on that of
    hearings with no outcome)."""
    trashed = select(Case.id).where(Case.deleted_at.is_not(None))
    hidden = select(Hearing.id).where(Hearing.case_id.in_(trashed))
    stmt = (
        select(func.count())
        .select_from(Hearing)
        .where(
            Hearing.scheduled_date >= start,
            Hearing.scheduled_date <= end,
            Hearing.deleted_at.is_(None),
            Hearing.id.not_in(hidden),
        )
    )
    if outcome_missing:
        stmt = stmt.where(Hearing.outcome.is_(None))
    return int(session.execute(stmt).scalar_one())


def forget_agendas() -> None:
    """Drops the kept agendas (for benchmarks that time reading them)."""
    with _agenda_lock:
        _agendas.clear()
        _screens.clear()


def future_hearings(
    vault: Vault, *, today: date | None = None, lang: str = "en"
) -> list[AgendaRow]:
    """Every hearing from today on, by date and time; a chain postponed from the past to a
    future date is among them through its future hearing (same UID in the .ics)."""
    today = today or date.today()
    return agenda(vault, today, date.max, today=today, lang=lang)


def _live_hearing(session: Session, hearing_id: str) -> Hearing:
    hearing = get_live(session, "hearings", hearing_id)
    assert isinstance(hearing, Hearing)
    return hearing


def postpone_hearing(
    vault: Vault, hearing_id: str, new_date: date, new_time: time | None, reason: str
) -> str:
    """Record that a hearing was postponed and create the new one; return the new id.

    The old hearing keeps its date and gets outcome "postponed", the reason and a link to the
    new one, which copies its case, court, judge, kind and closed_to_public. Refused for a
    new date before the old one and for a hearing already postponed.
    """
    with vault.write(reason=POSTPONE_REASON) as session:
        old = _live_hearing(session, hearing_id)
        if old.outcome == HearingOutcome.POSTPONED or old.postponed_to_id is not None:
            raise ValidationError("This hearing has already been postponed.", field="outcome")
        if new_date < old.scheduled_date:
            raise ValidationError(
                "The new date cannot be before the date of the postponed hearing.",
                field="new_date",
            )
        new = Hearing(
            id=new_id(),
            case_id=old.case_id,
            scheduled_date=new_date,
            scheduled_time=new_time,
            court=old.court,
            judge=old.judge,
            kind=old.kind,
            closed_to_public=old.closed_to_public,
        )
        session.add(new)
        # Inserted before the old row points at it: the foreign key is checked immediately.
        session.flush()
        old.outcome = HearingOutcome.POSTPONED.value
        old.postponement_reason = reason.strip() or None
        old.postponed_to_id = new.id
        return new.id


def record_outcome(
    vault: Vault,
    hearing_id: str,
    outcome: str | None,
    *,
    defendant_present: bool | None = None,
    lawyer_present: bool | None = None,
    monitors_present: bool | None = None,
    notes: str | None = None,
) -> None:
    """Set what happened at a hearing (outcome None clears it) and who was there.

    The three attendance flags are always set (None = not known); notes only when given.
    "postponed" without a new date is accepted (postponed indefinitely); with a new date use
    postpone_hearing. A hearing linked to its new date keeps the outcome "postponed".
    """
    if outcome is not None and outcome not in set(HearingOutcome):
        raise ValidationError("Please choose an outcome from the list.", field="outcome")
    with vault.write() as session:
        hearing = _live_hearing(session, hearing_id)
        if hearing.postponed_to_id is not None and outcome != HearingOutcome.POSTPONED:
            raise ValidationError(
                "This hearing was postponed to a new date. Undo the postponement to change "
                "its outcome.",
                field="outcome",
            )
        hearing.outcome = outcome
        hearing.defendant_present = defendant_present
        hearing.lawyer_present = lawyer_present
        hearing.monitors_present = monitors_present
        if notes is not None:
            hearing.notes = notes.strip() or None


# -- iCalendar (RFC 5545) -------------------------------------------------------------------


def _escape(value: str) -> str:
    """TEXT value escaping (RFC 5545 section 3.3.11)."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _fold(line: str) -> bytes:
    """A content line folded at 75 octets, never inside a UTF-8 sequence (section 3.1)."""
    out = bytearray()
    width = 0
    limit = 75
    for char in line:
        encoded = char.encode("utf-8")
        if width + len(encoded) > limit:
            out += b"\r\n "
            width = 1  # the leading space counts towards the next line's 75
        out += encoded
        width += len(encoded)
    return bytes(out) + b"\r\n"


@dataclass(frozen=True)
class CalendarEvent:
    """One calendar event: a hearing, or a chain of postponements under its first UID."""

    row: AgendaRow  # the hearing whose details the event shows
    uid: str
    sequence: int
    start: date
    at: time | None
    cancelled: bool


def calendar_events(rows: Sequence[AgendaRow]) -> list[CalendarEvent]:
    """The events for some agenda rows, in their order.

    A chain of postponements is one event under its first hearing's UID, at the chain's last
    date, with SEQUENCE counting the postponements: a calendar that holds the old date moves
    it (RFC 5545 section 3.8.7.4) instead of keeping both. A hearing postponed with no new
    date is cancelled, one SEQUENCE higher.
    """
    events: dict[str, CalendarEvent] = {}
    for row in rows:
        chain = row.chain
        uid = chain.root_id if chain is not None else row.id
        depth = chain.depth if chain is not None else 0
        if chain is not None and chain.last_date is not None:
            event = CalendarEvent(
                row, uid, chain.last_depth, chain.last_date, chain.last_time, False
            )
        elif row.outcome == HearingOutcome.POSTPONED:
            event = CalendarEvent(row, uid, depth + 1, row.scheduled_date, row.scheduled_time, True)
        else:
            event = CalendarEvent(row, uid, depth, row.scheduled_date, row.scheduled_time, False)
        known = events.get(uid)
        # The chain's last hearing speaks for it when it is among the rows (its own details).
        if known is None or (event.sequence, row.postponed_to_id is None) > (
            known.sequence,
            known.row.postponed_to_id is None,
        ):
            events[uid] = event
    return list(events.values())


#: The hour an all-day hearing's reminder rings on its day (or the days before): a reminder
#: "1 day before" an event with no time would otherwise ring at midnight.
ALL_DAY_REMINDER_HOUR = 9


def _duration(value: timedelta) -> str:
    """A DURATION value (RFC 5545 section 3.3.6): "-P1D", "-PT1H", "PT9H", "-P1DT15H"."""
    seconds = int(value.total_seconds())
    sign = "-" if seconds < 0 else ""
    days, rest = divmod(abs(seconds), 86_400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    clock = (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    if days:
        return f"{sign}P{days}D" + (f"T{clock}" if clock else "")
    return f"{sign}PT{clock or '0S'}"


def _trigger(event: CalendarEvent, before: timedelta) -> str:
    """When the alarm rings, relative to the event's start.

    An all-day event starts at midnight: "1 day before" becomes 09:00 on the day before, and
    anything under a day 09:00 on the day itself.
    """
    if event.at is not None:
        return _duration(-before)
    days = before.days
    return _duration(timedelta(hours=ALL_DAY_REMINDER_HOUR) - timedelta(days=days))


def _event_lines(
    event: CalendarEvent,
    with_names: bool,
    stamp: str,
    label: str,
    reminder: timedelta | None,
) -> list[str]:
    row = event.row
    if event.at is None:
        start = f"DTSTART;VALUE=DATE:{event.start:%Y%m%d}"
    else:
        # Floating local time: the hearing is at this hour wherever the calendar is opened.
        start = f"DTSTART:{event.start:%Y%m%d}T{event.at:%H%M%S}"
    if with_names:
        summary = f"{label}: {row.case_title}"
        if row.defendants:
            summary += " — " + ", ".join(row.defendants)
        details = [row.kind_label]
        if row.judge:
            details.append(f"Judge: {row.judge}")
    else:
        summary = f"{label}: {row.case_reference}"
        details = [row.kind_label]
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.uid}@casefile",
        f"SEQUENCE:{event.sequence}",
        f"DTSTAMP:{stamp}",
        start,
        f"SUMMARY:{_escape(summary)}",
    ]
    if row.court:
        lines.append(f"LOCATION:{_escape(row.court)}")
    lines.append(f"DESCRIPTION:{_escape(chr(10).join(details))}")
    if event.cancelled:
        lines.append("STATUS:CANCELLED")
    elif reminder is not None:
        # DISPLAY needs a DESCRIPTION (section 3.6.6): the summary, names only if the event has.
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"TRIGGER:{_trigger(event, reminder)}",
            f"DESCRIPTION:{_escape(summary)}",
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    return lines


def export_ics(
    rows: Sequence[AgendaRow],
    *,
    with_names: bool,
    label: str = "Hearing",
    now: datetime | None = None,
    reminder: timedelta | None = None,
) -> bytes:
    """The hearings as an iCalendar file (UTF-8, CRLF, folded at 75 octets).

    Without names, events carry only the case reference, court and kind: no case title,
    defendant or judge, so the file can sit in a phone's calendar. ``label`` is the word in
    front of each summary (pass a translation). A postponed hearing's event moves to its new
    date (calendar_events); one postponed with no new date is cancelled. With ``reminder``
    every event that still takes place carries an alarm that long before it (VALARM).
    """
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Casefile//Hearings//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for event in calendar_events(rows):
        lines.extend(_event_lines(event, with_names, stamp, label, reminder))
    lines.append("END:VCALENDAR")
    return b"".join(_fold(line) for line in lines)
