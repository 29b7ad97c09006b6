"""The dashboard: who is held how, what is coming up, and what needs checking, as of a day.

Every item names the record to open through ``table`` and ``id``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, ClassVar

from sqlalchemy import and_, func, select, text
from sqlalchemy.orm import Session

from casefile.domain.dates import PartialDate
from casefile.domain.enums import CurrentStatus
from casefile.services.lists.status import all_statuses
from casefile.services.records.hearings import AgendaRow, agenda_rows, count_hearings
from casefile.vault.schema import UNANSWERED_REPORT, IllTreatmentReport, Person
from casefile.vault.vault import Vault

#: Hearings from today through today + this many days are "upcoming".
HEARING_WINDOW_DAYS = 7
#: Pre-trial terms ending on or before today + this many days are listed (expired ones too).
TERM_WARNING_DAYS = 14

#: Reports with no response listed at most (the oldest); the dashboard gives their number.
UNANSWERED_SHOWN = 100
#: The week's hearings listed at most (the first); the dashboard gives their number.
UPCOMING_SHOWN = 100
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
    """How many people have a status today, and who (to open the list filtered)."""

    table: ClassVar[str] = "persons"

    status: str  # CurrentStatus value
    count: int
    person_ids: tuple[str, ...]


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
    expiring_terms: tuple[ExpiringTerm, ...]  # soonest first
    police_custody_over_48h: tuple[CustodyAlert, ...]  # longest first
    unanswered_ill_treatment: tuple[UnansweredReport, ...]  # oldest first, UNANSWERED_SHOWN
    unanswered_ill_treatment_count: int = 0  # all of them
    upcoming_hearings_count: int = 0  # all of them (upcoming_hearings: UPCOMING_SHOWN)

    def count(self, status: str) -> int:
        """The number of people with this status today (0 if not counted)."""
        return next((c.count for c in self.status_counts if c.status == status), 0)


def dashboard(vault: Vault, today: date, lang: str = "en") -> Dashboard:
    """The dashboard as of ``today`` (people in the trash are left out)."""
    # Its own read, before the dashboard's: read inside it, it took a second pooled connection,
    # and with it a second page cache.
    statuses = all_statuses(vault, today)
    # Its pages are not kept: it runs on a worker once per write, and what it reads is not what
    # the screens the user goes to next read.
    with vault.read(keep_pages=False) as session:
        names = dict(
            session.execute(
                select(Person.id, Person.full_name).where(Person.deleted_at.is_(None))
            ).all()
        )
        by_person = {pid: s for pid, s in statuses.items() if pid in names}
        # The week's first hearings and their number: at 1,000,000 hearings a week holds
        # thousands, and the dashboard shows the first ones.
        week = today + timedelta(days=HEARING_WINDOW_DAYS)
        hearings = agenda_rows(session, today, week, today, lang, limit=UPCOMING_SHOWN)
        hearings_count = count_hearings(session, today, week)
        unanswered_count, reports = _unanswered_reports(session)

    def by_name(pid: str) -> str:
        return names[pid]

    counts = []
    for status in DASHBOARD_STATUSES:
        ids = sorted((pid for pid, s in by_person.items() if s.status is status), key=by_name)
        counts.append(StatusCount(status=status.value, count=len(ids), person_ids=tuple(ids)))
    horizon = today + timedelta(days=TERM_WARNING_DAYS)
    terms = sorted(
        (
            ExpiringTerm(
                id=pid,
                full_name=names[pid],
                term_until=s.term_until,
                days_left=(s.term_until - today).days,
            )
            for pid, s in by_person.items()
            if s.term_until is not None and s.term_until <= horizon
        ),
        key=lambda t: (t.term_until, t.full_name),
    )
    custody = sorted(
        (
            CustodyAlert(
                id=pid,
                full_name=names[pid],
                custody_started=s.custody_started,
                days=(today - s.custody_started).days + 1,
            )
            for pid, s in by_person.items()
            if s.police_custody_over_48h and s.custody_started is not None
        ),
        key=lambda a: (a.custody_started, a.full_name),
    )
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
        expiring_terms=tuple(terms),
        police_custody_over_48h=tuple(custody),
        unanswered_ill_treatment=unanswered,
        unanswered_ill_treatment_count=unanswered_count,
    )


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
