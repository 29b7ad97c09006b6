"""The dashboard: who is held how, what is coming up, and what needs checking, as of a day.

Every item names the record to open through ``table`` and ``id``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, ClassVar

from sqlalchemy import and_, func, select, text
from sqlalchemy.orm import Session

from casefile.domain.dates import PartialDate
from casefile.domain.enums import CurrentStatus
from casefile.services.exchange.ids import in_ids
from casefile.services.lists.status import holds, statuses
from casefile.services.records.hearings import AgendaRow, agenda_rows, count_hearings
from casefile.vault.schema import UNANSWERED_REPORT, IllTreatmentReport, Person
from casefile.vault.statuses import stale_ids
from casefile.vault.vault import Vault

#: Hearings from today through today + this many days are "upcoming".
HEARING_WINDOW_DAYS = 7
#: Pre-trial terms ending on or before today + this many days are listed (expired ones too).
TERM_WARNING_DAYS = 14

#: Reports with no response listed at most (the oldest); the dashboard gives their number.
UNANSWERED_SHOWN = 100
#: The week's hearings listed at most (the first); the dashboard gives their number.
UPCOMING_SHOWN = 100
#: Terms ending and people in police custody listed at most (the earliest first), likewise.
LISTED = 100
#: The statuses counted, in the order the dashboard shows them.
DASHBOARD_STATUSES: tuple[CurrentStatus, ...] = (
    CurrentStatus.PRETRIAL_DETENTION,
    CurrentStatus.HOUSE_ARREST,
    CurrentStatus.IMPRISONED,
    CurrentStatus.TRAVEL_BAN,
    CurrentStatus.RELEASED,
    CurrentStatus.POLICE_CUSTODY,
    CurrentStatus.DISAPPEARED,
    CurrentStatus.PROBATION,
    CurrentStatus.EXPELLED,
)


@dataclass(frozen=True)
class StatusCount:
    """How many people have a status today (the People list, filtered by it, says who)."""

    table: ClassVar[str] = "persons"

    status: str  # CurrentStatus value
    count: int


@dataclass(frozen=True)
class ExpiringTerm:
    """A pre-trial detention term ending soon (days_left < 0: already expired, still held)."""

    table: ClassVar[str] = "persons"

    id: str  # the person
    full_name: str
    term_until: date
    days_left: int


@dataclass(frozen=True)
class CustodyAlert:
    """Someone held in police custody (ИВС) for 2 or more calendar days: possibly over 48 h."""

    table: ClassVar[str] = "persons"

    id: str  # the person
    full_name: str
    custody_started: date
    days: int  # calendar days so far, both ends counted


@dataclass(frozen=True)
class UnansweredReport:
    """An ill-treatment report with no official response recorded."""

    table: ClassVar[str] = "ill_treatment_reports"

    id: str  # the report
    victim_id: str
    victim_name: str
    incident_date: PartialDate | None
    reported_to: str | None
    reported_on: PartialDate | None


@dataclass(frozen=True)
class Dashboard:
    today: date
    status_counts: tuple[StatusCount, ...]  # in DASHBOARD_STATUSES order, zeros included
    upcoming_hearings: tuple[AgendaRow, ...]  # the first UPCOMING_SHOWN, by date and time
    expiring_terms: tuple[ExpiringTerm, ...]  # soonest first, the first LISTED
    police_custody_over_48h: tuple[CustodyAlert, ...]  # longest first, the first LISTED
    unanswered_ill_treatment: tuple[UnansweredReport, ...]  # oldest first, UNANSWERED_SHOWN
    unanswered_ill_treatment_count: int = 0  # all of them
    upcoming_hearings_count: int = 0  # all of them (upcoming_hearings: UPCOMING_SHOWN)
    expiring_terms_count: int = 0  # all of them
    police_custody_over_48h_count: int = 0  # all of them

    def count(self, status: str) -> int:
        """The number of people with this status today (0 if not counted)."""
        return next((c.count for c in self.status_counts if c.status == status), 0)


def dashboard(
    vault: Vault, today: date, lang: str = "en", now: datetime | None = None
) -> Dashboard:
    """The dashboard as of ``today`` (people in the trash are left out); police custody over
    48 hours as of ``now`` (default: this moment if today is today, else today's 00:00)."""
    if now is None and today == date.today():
        now = datetime.now()
    # Its pages are not kept: it runs on a worker once per write, and the week's hearings alone
    # filled 8 MiB of cache that the screens the user goes to next do not read.
    with vault.read(keep_pages=False) as session:
        people = _live_statuses(session, now or today)
        horizon = (today + timedelta(days=TERM_WARNING_DAYS)).isoformat()
        ending = [row for row in people if row[2] is not None and row[2] <= horizon]
        held = [row for row in people if row[3] and row[4] is not None]
        # Names only for those listed: the first ones by date, and any tied with the last.
        tally_terms, tally_held = len(ending), len(held)
        ending, held = _first(ending, 2), _first(held, 4)
        names = _names(session, [row[0] for row in (*ending, *held)])
        # The week's first hearings and their number: at 1,000,000 hearings a week holds
        # thousands, and the dashboard shows the first ones.
        week = today + timedelta(days=HEARING_WINDOW_DAYS)
        hearings = agenda_rows(session, today, week, today, lang, limit=UPCOMING_SHOWN)
        hearings_count = count_hearings(session, today, week)
        unanswered_count, reports = _unanswered_reports(session)

    tally = Counter(row[1] for row in people)
    counts = [StatusCount(status.value, tally[status.value]) for status in DASHBOARD_STATUSES]
    terms: list[ExpiringTerm] = []
    for pid, _code, term, _over, _started in ending:
        until = date.fromisoformat(str(term))
        terms.append(ExpiringTerm(pid, names[pid], until, (until - today).days))
    custody: list[CustodyAlert] = []
    for pid, _code, _term, _over, started in held:
        began = date.fromisoformat(str(started))
        custody.append(CustodyAlert(pid, names[pid], began, (today - began).days + 1))
    terms.sort(key=lambda t: (t.term_until, t.full_name))
    custody.sort(key=lambda a: (a.custody_started, a.full_name))
    unanswered = tuple(
        UnansweredReport(
            id=r.id,
            victim_id=r.victim_id,
            victim_name=r.full_name,
            incident_date=r.incident_date,
            reported_to=r.reported_to,
            reported_on=r.reported_on,
        )
        for r in reports
    )
    return Dashboard(
        today=today,
        status_counts=tuple(counts),
        upcoming_hearings=tuple(hearings),
        upcoming_hearings_count=hearings_count,
        expiring_terms=tuple(terms[:LISTED]),
        expiring_terms_count=tally_terms,
        police_custody_over_48h=tuple(custody[:LISTED]),
        police_custody_over_48h_count=tally_held,
        unanswered_ill_treatment=unanswered,
        unanswered_ill_treatment_count=unanswered_count,
    )


# Every stored status, in the table's order (one read of a small table): no status object
# per person, dates as ISO text.
_STORED = text(
    "SELECT person_id, status, term_until, police_custody_over_48h, custody_started, as_of, "
    "valid_until FROM person_statuses"
)

type _Live = tuple[str, str, str | None, bool, str | None]


def _live_statuses(session: Session, today: date | datetime) -> list[_Live]:
    """(id, status, term until, over 48 h, custody started) of every person not in the trash
    with a status on `today`: stored ones as they are, the rest derived (people marked stale,
    or whose stored status does not hold on `today`, a moment when the 48 hours count)."""
    day = today.isoformat()
    stale = stale_ids(session)
    trashed = set(
        session.execute(select(Person.id).where(Person.deleted_at.is_not(None))).scalars()
    )
    found: list[_Live] = []
    again = set(stale)
    for pid, code, term, over, started, as_of, until in session.connection().execute(_STORED):
        if pid in trashed:
            continue
        if pid in stale or not holds(as_of, until, day):
            again.add(pid)
        else:
            found.append((pid, code, term, bool(over), started))
    again -= trashed
    for pid, status in statuses(session, today, sorted(again)).items():
        if pid in trashed:
            continue
        term_until, started_on = status.term_until, status.custody_started
        found.append(
            (
                pid,
                status.status.value,
                None if term_until is None else term_until.isoformat(),
                status.police_custody_over_48h,
                None if started_on is None else started_on.isoformat(),
            )
        )
    return found


def _first(rows: list[_Live], day: int) -> list[_Live]:
    """The rows of the LISTED earliest days (field `day`), and any on the last of them."""
    rows.sort(key=lambda row: str(row[day]))
    if len(rows) <= LISTED:
        return rows
    last = rows[LISTED - 1][day]
    return [row for row in rows if str(row[day]) <= str(last)]


def _names(session: Session, person_ids: list[str]) -> dict[str, str]:
    """The names of these people, those in the trash left out."""
    names: dict[str, str] = {}
    for start in range(0, len(person_ids), 500):
        query = select(Person.id, Person.full_name).where(
            Person.deleted_at.is_(None), in_ids(Person.id, person_ids[start : start + 500])
        )
        names.update((pid, name) for pid, name in session.execute(query))
    return names


def _unanswered_reports(session: Session) -> tuple[int, Sequence[Any]]:
    """How many live reports of people not in the trash have no response, and the oldest
    UNANSWERED_SHOWN of them (with the victim's name).

    Both read the index ix_ill_treatment_unanswered, never the reports themselves but the
    ones listed: reading every report's narrative made the dashboard slow and large.
    """
    trashed_people = select(Person.id).where(Person.deleted_at.is_not(None))
    unanswered = and_(text(UNANSWERED_REPORT), IllTreatmentReport.victim_id.not_in(trashed_people))
    count = session.execute(
        select(func.count()).select_from(IllTreatmentReport).where(unanswered)
    ).scalar_one()
    oldest = (
        select(IllTreatmentReport.id)
        .where(unanswered)
        .order_by(IllTreatmentReport.created_at, IllTreatmentReport.id)
        .limit(UNANSWERED_SHOWN)
        .subquery("oldest")
    )
    rows = session.execute(
        select(
            IllTreatmentReport.id,
            IllTreatmentReport.victim_id,
            Person.full_name,
            IllTreatmentReport.incident_date,
            IllTreatmentReport.reported_to,
            IllTreatmentReport.reported_on,
            IllTreatmentReport.created_at,
        )
        .join(oldest, oldest.c.id == IllTreatmentReport.id)
        .join(Person, Person.id == IllTreatmentReport.victim_id)
    ).all()
    return int(count), sorted(rows, key=lambda r: (r.created_at, r.id))
