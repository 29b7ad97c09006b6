"""The court-day list: every hearing of a day or a week by day and court, with the case, its
defendants and lawyers, and the judge; rendered by casefile.reports.court_day.

The rows come from the agenda (services/records/hearings.agenda_rows), so a postponed hearing
is marked as every view marks it ("postponed → new date"). Without names the data itself
holds none (redaction on the data, never on the page): the case reference, the court, the
kind of hearing and how many defendants.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from casefile.domain.enums import CaseRole, HearingOutcome
from casefile.reports.court_day import render_court_day
from casefile.reports.data import CourtDay, CourtDayData, CourtDayHearing, CourtGroup
from casefile.services.exchange.ids import in_ids
from casefile.services.records.hearings import AgendaRow, agenda_rows
from casefile.vault.schema import CaseParticipant, Person
from casefile.vault.vault import Vault

#: The longest period one list covers (a week); a longer one is cut to this many days.
MAX_DAYS = 7


def _lawyers(session: Session, case_ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The live lawyers of each case, by name (as the agenda orders defendants)."""
    found: dict[str, set[str]] = defaultdict(set)
    for case_id, name in session.execute(
        select(CaseParticipant.case_id, Person.full_name)
        .join(Person, Person.id == CaseParticipant.person_id)
        .where(
            in_ids(CaseParticipant.case_id, set(case_ids)),
            CaseParticipant.role == CaseRole.LAWYER.value,
            CaseParticipant.deleted_at.is_(None),
            Person.deleted_at.is_(None),
        )
    ):
        found[case_id].add(name)
    return {case_id: tuple(sorted(names)) for case_id, names in found.items()}


def _court_key(court: str | None) -> str:
    """One group per court however its name was spaced or capitalised ("г.Бишкек")."""
    return " ".join((court or "").split()).casefold()


def _hearing(
    row: AgendaRow, lawyers: dict[str, tuple[str, ...]], with_names: bool
) -> CourtDayHearing:
    return CourtDayHearing(
        id=row.id,
        at=row.scheduled_time,
        # A case with no number is named as every report names it: CF- and its id's first block.
        case_reference=(
            row.case_numbers[0] if row.case_numbers else "CF-" + row.case_id.split("-")[0].upper()
        ),
        case_title=row.case_title if with_names else None,
        defendants=row.defendants if with_names else (),
        defendant_count=len(row.defendants),
        lawyers=lawyers.get(row.case_id, ()) if with_names else (),
        judge=row.judge if with_names else None,
        kind=row.kind_label,
        closed_to_public=row.closed_to_public,
        postponed=row.outcome == HearingOutcome.POSTPONED,
        postponed_to=row.postponed_to_date,
    )


def group_by_day_and_court(
    rows: Sequence[AgendaRow], lawyers: dict[str, tuple[str, ...]], *, with_names: bool
) -> tuple[CourtDay, ...]:
    """Agenda rows (by date and time) as days, each with its courts in alphabetical order
    (no court recorded last), each court's hearings in the rows' order."""
    by_day: dict[date, dict[str, list[AgendaRow]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        by_day[row.scheduled_date][_court_key(row.court)].append(row)
    days = []
    for day in sorted(by_day):
        courts = by_day[day]
        # Named courts by name; the hearings with no court recorded ("" key) come last.
        order = sorted(courts, key=lambda key: (key == "", key))
        groups = tuple(
            CourtGroup(
                court=next((r.court for r in courts[key] if r.court), None),
                hearings=tuple(_hearing(r, lawyers, with_names) for r in courts[key]),
            )
            for key in order
        )
        days.append(CourtDay(day, groups))
    return tuple(days)


def court_day_list(
    vault: Vault,
    start: date,
    end: date,
    *,
    with_names: bool = True,
    lang: str = "en",
    today: date | None = None,
) -> CourtDayData:
    """The hearings from start to end inclusive (at most a week), by day and court."""
    today = today or date.today()
    end = min(max(end, start), date.fromordinal(start.toordinal() + MAX_DAYS - 1))
    with vault.read() as session:
        rows = agenda_rows(session, start, end, today, lang)
        lawyers = _lawyers(session, {row.case_id for row in rows}) if with_names else {}
    return CourtDayData(
        start=start,
        end=end,
        days=group_by_day_and_court(rows, lawyers, with_names=with_names),
        with_names=with_names,
        generated_on=today,
    )


def court_day_pdf(data: CourtDayData, *, lang: str = "en") -> bytes:
    """The list as PDF bytes, in memory; saving goes through open_formats/file_exports."""
    return render_court_day(data, lang=lang)
