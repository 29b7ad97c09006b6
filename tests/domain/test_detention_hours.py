"""The 48 hours of police custody counted in hours when the time of arrest is known."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from casefile.domain.dates import PartialDate
from casefile.domain.detention import (
    DetentionSpanInput,
    in_police_custody_longer_than_48h,
    police_custody_deadline,
    status_summary,
)


def arrest(start: str, at: time | None, type_: str = "arrest") -> DetentionSpanInput:
    return DetentionSpanInput(type=type_, start=PartialDate.parse(start), start_time=at)


def test_hours_decide_when_the_time_of_arrest_is_known() -> None:
    events = [arrest("2026-12-01", time(18, 30))]
    assert not in_police_custody_longer_than_48h(events, datetime(2026, 12, 3, 18, 29))
    assert in_police_custody_longer_than_48h(events, datetime(2026, 12, 3, 18, 30))
    assert police_custody_deadline(events, datetime(2026, 12, 2)) == datetime(2026, 12, 3, 18, 30)
    # Asked with a day (the stored statuses), the day is read as its first moment.
    assert not in_police_custody_longer_than_48h(events, date(2026, 12, 3))
    assert in_police_custody_longer_than_48h(events, date(2026, 12, 4))
    summary = status_summary(events, datetime(2026, 12, 3, 9, 0))
    assert not summary.police_custody_over_48h


def test_without_a_time_the_days_decide_even_when_asked_with_an_hour() -> None:
    events = [arrest("2026-12-01", None)]
    assert in_police_custody_longer_than_48h(events, datetime(2026, 12, 3, 0, 1))
    assert not in_police_custody_longer_than_48h(events, datetime(2026, 12, 2, 23, 59))
    assert police_custody_deadline(events, date(2026, 12, 2)) is None


def test_the_stretch_counts_from_its_first_event() -> None:
    # Police custody taking over from the arrest does not restart the 48 hours.
    events = [arrest("2026-12-01", time(23, 0)), arrest("2026-12-02", time(8, 0), "police_custody")]
    assert police_custody_deadline(events, date(2026, 12, 2)) == datetime(2026, 12, 3, 23, 0)
    assert not in_police_custody_longer_than_48h(events, datetime(2026, 12, 3, 22, 0))


def test_a_court_decision_or_an_approximate_day_ends_the_hour_count() -> None:
    court = [
        arrest("2026-12-01", time(10, 0)),
        DetentionSpanInput(type="pretrial_detention", start=PartialDate.parse("2026-12-02")),
    ]
    assert police_custody_deadline(court, date(2026, 12, 4)) is None
    assert not in_police_custody_longer_than_48h(court, datetime(2026, 12, 9, 12, 0))
    rough = [
        DetentionSpanInput(
            type="arrest", start=PartialDate(2026, 12, 1, approximate=True), start_time=time(10)
        )
    ]
    assert police_custody_deadline(rough, date(2026, 12, 2)) is None


@given(
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    later=st.integers(0, 5 * 24 * 60),
)
def test_a_day_reads_as_its_first_moment(hour: int, minute: int, later: int) -> None:
    """Asked with a day, the hours are counted at its 00:00: the day reading turns on the day
    after the 48 hours ran out, or on their day when they ran out at midnight exactly."""
    start = datetime(2026, 12, 1, hour, minute)
    events = [arrest("2026-12-01", start.time())]
    now = start + timedelta(minutes=later)
    by_hours = in_police_custody_longer_than_48h(events, now)
    by_days = in_police_custody_longer_than_48h(events, now.date())
    assert by_hours == ((now - start).total_seconds() >= 48 * 3600)
    midnight = datetime.combine(now.date(), time.min)
    assert by_days == ((midnight - start).total_seconds() >= 48 * 3600)
    assert by_days <= by_hours  # never "over" by the day before it is by the hour
    # Without a time, the day of arrest is read from its 00:00: two calendar days.
    untimed = [arrest("2026-12-01", None)]
    assert in_police_custody_longer_than_48h(untimed, now.date()) == (
        now.date() >= date(2026, 12, 3)
    )
