"""Tests for status and custody days derived from detention events, on realistic timelines."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from casefile.domain.dates import PartialDate
from casefile.domain.detention import (
    DetentionSpanInput,
    Span,
    SpanCategory,
    current_custody_started,
    current_status,
    current_term_until,
    days_in_custody,
    days_under_house_arrest,
    derive_spans,
    in_police_custody_longer_than_48h,
    status_summary,
)
from casefile.domain.enums import CurrentStatus, DetentionType

S = CurrentStatus


def ev(
    type_: str,
    start: str,
    end: str | None = None,
    *,
    term: str | None = None,
    facility: str | None = None,
) -> DetentionSpanInput:
    return DetentionSpanInput(
        type=type_,
        start=PartialDate.parse(start),
        end=PartialDate.parse(end) if end is not None else None,
        term_until=date.fromisoformat(term) if term is not None else None,
        facility=facility,
    )


def d(text: str) -> date:
    return date.fromisoformat(text)


def inclusive(first: str, last: str) -> int:
    return (d(last) - d(first)).days + 1


# --- no events, unknown and future events -------------------------------------------------


def test_no_events() -> None:
    today = d("2024-06-01")
    assert current_status([], today) is S.NO_RECORD
    assert days_in_custody([], today) == 0
    assert days_under_house_arrest([], today) == 0
    assert derive_spans([], today) == []
    assert current_custody_started([], today) is None
    assert current_term_until([], today) is None
    assert not in_police_custody_longer_than_48h([], today)


def test_unknown_type_codes_are_accepted_and_ignored() -> None:
    only_unknown = [ev("hunger_strike", "2024-01-01"), ev("transfer_abroad", "2024-02-01")]
    assert current_status(only_unknown, d("2024-06-01")) is S.NO_RECORD
    assert derive_spans(only_unknown, d("2024-06-01")) == []

    # An unknown code between arrest and today neither ends nor extends the custody.
    events = [ev("arrest", "2024-05-01"), ev("hunger_strike", "2024-05-03", "2024-05-04")]
    assert current_status(events, d("2024-05-10")) is S.POLICE_CUSTODY
    assert days_in_custody(events, d("2024-05-10")) == 10
    [span] = derive_spans(events, d("2024-05-10"))
    assert span.source_types == ("arrest",)


def test_future_events_do_not_count_yet() -> None:
    events = [ev("arrest", "2025-01-10")]
    assert current_status(events, d("2024-12-31")) is S.NO_RECORD
    assert days_in_custody(events, d("2024-12-31")) == 0
    assert derive_spans(events, d("2024-12-31")) == []
    # ...and count from their day on.
    assert current_status(events, d("2025-01-10")) is S.POLICE_CUSTODY
    assert days_in_custody(events, d("2025-01-10")) == 1


def test_future_release_does_not_end_custody_yet() -> None:
    events = [ev("arrest", "2024-01-01"), ev("release", "2025-01-01")]
    today = d("2024-06-01")
    assert current_status(events, today) is S.POLICE_CUSTODY
    assert days_in_custody(events, today) == inclusive("2024-01-01", "2024-06-01")
    [span] = derive_spans(events, today)
    assert span.end is None


def test_datetime_is_accepted_as_the_reference_day() -> None:
    events = [ev("arrest", "2024-05-01")]
    assert days_in_custody(events, datetime(2024, 5, 3, 23, 59)) == 3
    assert current_status(events, datetime(2024, 5, 3, 1, 0)) is S.POLICE_CUSTODY


# --- single day, open-ended, explicit ends ------------------------------------------------


def test_same_day_arrest_and_release_is_one_day() -> None:
    events = [ev("arrest", "2024-05-01"), ev("release", "2024-05-01")]
    for today in (d("2024-05-01"), d("2024-05-02"), d("2025-01-01")):
        assert days_in_custody(events, today) == 1
        assert current_status(events, today) is S.RELEASED
        assert current_custody_started(events, today) is None
    [span] = derive_spans(events, d("2024-05-01"))
    assert (span.start, span.end) == (d("2024-05-01"), d("2024-05-01"))
    assert span.day_count(d("2024-05-01")) == 1
    assert not span.in_force_on(d("2024-05-01"))


def test_open_ended_custody_counts_through_today() -> None:
    events = [ev("arrest", "2024-05-01")]
    assert days_in_custody(events, d("2024-05-01")) == 1
    assert days_in_custody(events, d("2024-05-31")) == 31
    assert current_custody_started(events, d("2024-05-31")) == d("2024-05-01")
    [span] = derive_spans(events, d("2024-05-31"))
    assert span.end is None
    assert span.in_force_on(d("2024-05-31"))
    assert not span.in_force_on(d("2024-04-30"))


def test_explicit_end_ends_the_measure() -> None:
    events = [ev("pretrial_detention", "2024-01-10", "2024-02-09")]
    today = d("2024-06-01")
    assert days_in_custody(events, today) == 31
    assert current_status(events, today) is S.RELEASED
    # On its end day the measure is over; the day still counts.
    assert current_status(events, d("2024-02-09")) is S.RELEASED
    assert current_status(events, d("2024-02-08")) is S.PRETRIAL_DETENTION
    assert days_in_custody(events, d("2024-02-09")) == 31


def test_explicit_end_in_the_future_counts_only_up_to_today() -> None:
    events = [ev("travel_ban", "2024-01-01", "2024-12-31")]
    today = d("2024-03-01")
    assert current_status(events, today) is S.TRAVEL_BAN
    [span] = derive_spans(events, today)
    assert span.end == d("2024-12-31")
    assert span.day_count(today) == inclusive("2024-01-01", "2024-03-01")


def test_explicit_end_wins_over_a_later_release() -> None:
    events = [ev("pretrial_detention", "2024-01-01", "2024-01-20"), ev("release", "2024-03-01")]
    assert days_in_custody(events, d("2024-06-01")) == 20


def test_end_before_start_is_read_as_the_start_day() -> None:
    # "2024-05" (1 May) may end a measure begun on 20 May: both are valid partial dates.
    events = [ev("arrest", "2024-05-20", "2024-05")]
    assert days_in_custody(events, d("2024-06-01")) == 1
    [span] = derive_spans(events, d("2024-06-01"))
    assert span.end == span.start == d("2024-05-20")
    assert span.approximate


# --- re-arrest, overlaps, stretches -------------------------------------------------------


def test_rearrest_after_release_two_stretches() -> None:
    events = [
        ev("arrest", "2024-01-10"),
        ev("release", "2024-01-20"),
        ev("arrest", "2024-03-01"),
        ev("pretrial_detention", "2024-03-03", term="2024-05-01"),
    ]
    today = d("2024-03-10")
    assert days_in_custody(events, today) == 11 + 10
    assert current_status(events, today) is S.PRETRIAL_DETENTION
    assert current_custody_started(events, today) == d("2024-03-01")
    custody = [s for s in derive_spans(events, today) if s.category == SpanCategory.CUSTODY]
    assert [(s.start, s.end) for s in custody] == [
        (d("2024-01-10"), d("2024-01-20")),
        (d("2024-03-01"), None),
    ]
    # Between the stretches the person was free.
    assert current_status(events, d("2024-02-15")) is S.RELEASED
    assert current_custody_started(events, d("2024-02-15")) is None
    assert days_in_custody(events, d("2024-02-15")) == 11


def test_rearrest_on_the_day_of_release_is_one_stretch() -> None:
    # The "carousel": released and re-arrested at the gate the same day, in that order.
    events = [
        ev("pretrial_detention", "2024-01-01"),
        ev("release", "2024-03-01"),
        ev("arrest", "2024-03-01"),
    ]
    today = d("2024-03-05")
    assert current_status(events, today) is S.POLICE_CUSTODY
    assert days_in_custody(events, today) == inclusive("2024-01-01", "2024-03-05")
    assert current_custody_started(events, today) == d("2024-01-01")
    assert len(derive_spans(events, today)) == 1


def test_same_day_order_decides_release_or_rearrest() -> None:
    # Arrest listed before the release on the same day: detained and released that day.
    events = [ev("arrest", "2024-03-01"), ev("release", "2024-03-01")]
    assert current_status(events, d("2024-03-05")) is S.RELEASED
    # Release listed first: the arrest came after it.
    events = [ev("release", "2024-03-01"), ev("arrest", "2024-03-01")]
    assert current_status(events, d("2024-03-05")) is S.POLICE_CUSTODY


def test_overlapping_custody_events_are_counted_once() -> None:
    events = [
        ev("arrest", "2024-05-01", "2024-05-03"),
        ev("police_custody", "2024-05-02", "2024-05-04", facility="ИВС ГУВД Бишкек"),
        ev("pretrial_detention", "2024-05-04", "2024-05-10", facility="СИЗО-1"),
    ]
    today = d("2024-06-01")
    assert days_in_custody(events, today) == 10
    [span] = derive_spans(events, today)
    assert span.category == SpanCategory.CUSTODY
    assert (span.start, span.end) == (d("2024-05-01"), d("2024-05-10"))
    assert span.source_types == ("arrest", "police_custody", "pretrial_detention")
    assert span.facility == "СИЗО-1"
    assert not span.approximate


def test_custody_chain_without_ends_is_one_stretch() -> None:
    events = [
        ev("arrest", "2024-05-01"),
        ev("police_custody", "2024-05-01", facility="ИВС"),
        ev("pretrial_detention", "2024-05-03", term="2024-07-03"),
    ]
    today = d("2024-05-20")
    assert days_in_custody(events, today) == 20
    assert current_status(events, today) is S.PRETRIAL_DETENTION
    [span] = derive_spans(events, today)
    assert span.end is None
    assert span.facility == "ИВС"  # the latest event that names a facility
    assert span.term_until == d("2024-07-03")


def test_open_arrest_is_taken_over_by_a_later_custody_measure_with_an_end() -> None:
    # Recorded as: arrest (no end), then pre-trial detention that ended on release.
    events = [ev("arrest", "2024-01-01"), ev("pretrial_detention", "2024-01-03", "2024-02-01")]
    today = d("2024-06-01")
    assert current_status(events, today) is S.RELEASED
    assert days_in_custody(events, today) == 32


def test_separate_custody_periods_add_up() -> None:
    events = [
        ev("arrest", "2023-01-01", "2023-01-02"),
        ev("arrest", "2023-06-10", "2023-06-10"),
        ev("pretrial_detention", "2024-01-01", "2024-01-31"),
    ]
    assert days_in_custody(events, d("2024-06-01")) == 2 + 1 + 31


# --- house arrest, travel ban, release on bail --------------------------------------------

HOUSE_ARREST_BETWEEN = [
    ev("arrest", "2024-01-01"),
    ev("pretrial_detention", "2024-01-03", term="2024-03-03", facility="СИЗО-1"),
    ev("house_arrest", "2024-03-01"),
    ev("pretrial_detention", "2024-06-01", term="2024-08-01", facility="СИЗО-21"),
]


def test_house_arrest_between_two_detentions() -> None:
    events = HOUSE_ARREST_BETWEEN
    during = d("2024-04-15")
    assert current_status(events, during) is S.HOUSE_ARREST
    assert days_in_custody(events, during) == inclusive("2024-01-01", "2024-03-01")
    assert days_under_house_arrest(events, during) == inclusive("2024-03-01", "2024-04-15")
    assert current_custody_started(events, during) is None
    assert current_term_until(events, during) is None

    after = d("2024-06-10")
    assert current_status(events, after) is S.PRETRIAL_DETENTION
    # The house arrest is not custody; the transfer days count for both measures.
    assert days_in_custody(events, after) == 61 + 10
    assert days_under_house_arrest(events, after) == inclusive("2024-03-01", "2024-06-01")
    assert current_custody_started(events, after) == d("2024-06-01")
    assert current_term_until(events, after) == d("2024-08-01")

    spans = derive_spans(events, after)
    assert [(s.category, s.start, s.end) for s in spans] == [
        ("custody", d("2024-01-01"), d("2024-03-01")),
        ("house_arrest", d("2024-03-01"), d("2024-06-01")),
        ("custody", d("2024-06-01"), None),
    ]
    assert spans[2].facility == "СИЗО-21"


def test_status_on_the_day_of_transfer_is_the_new_measure() -> None:
    assert current_status(HOUSE_ARREST_BETWEEN, d("2024-03-01")) is S.HOUSE_ARREST
    assert current_status(HOUSE_ARREST_BETWEEN, d("2024-02-29")) is S.PRETRIAL_DETENTION
    assert current_status(HOUSE_ARREST_BETWEEN, d("2024-06-01")) is S.PRETRIAL_DETENTION


def test_house_arrest_then_travel_ban() -> None:
    events = [ev("house_arrest", "2024-01-01"), ev("travel_ban", "2024-04-01")]
    today = d("2024-05-01")
    assert current_status(events, today) is S.TRAVEL_BAN
    assert days_under_house_arrest(events, today) == inclusive("2024-01-01", "2024-04-01")
    assert days_in_custody(events, today) == 0


def test_travel_ban_then_custody_ends_the_ban() -> None:
    events = [
        ev("travel_ban", "2024-01-01"),
        ev("arrest", "2024-02-01"),
        ev("release", "2024-02-05"),
    ]
    assert current_status(events, d("2024-03-01")) is S.RELEASED
    ban = derive_spans(events, d("2024-03-01"))[0]
    assert (ban.category, ban.end) == ("travel_ban", d("2024-02-01"))


def test_release_on_bail_then_travel_ban() -> None:
    events = [
        ev("arrest", "2024-01-01"),
        ev("pretrial_detention", "2024-01-02", term="2024-03-02"),
        ev("release_on_bail", "2024-02-01"),
        ev("travel_ban", "2024-02-01"),
    ]
    for today in (d("2024-02-01"), d("2024-05-01")):
        assert current_status(events, today) is S.TRAVEL_BAN
        assert days_in_custody(events, today) == 32
        assert current_term_until(events, today) is None
    assert current_status(events, d("2024-01-31")) is S.PRETRIAL_DETENTION


def test_travel_ban_listed_before_the_release_on_the_same_day_is_not_closed() -> None:
    events = [
        ev("arrest", "2024-01-01"),
        ev("travel_ban", "2024-02-01"),
        ev("release_on_bail", "2024-02-01"),
    ]
    assert current_status(events, d("2024-05-01")) is S.TRAVEL_BAN
    assert days_in_custody(events, d("2024-05-01")) == 32


def test_full_release_ends_a_travel_ban() -> None:
    events = [ev("travel_ban", "2024-01-01"), ev("release", "2024-06-01")]
    assert current_status(events, d("2024-05-31")) is S.TRAVEL_BAN
    assert current_status(events, d("2024-06-01")) is S.RELEASED


def test_custody_then_house_arrest_on_the_same_day() -> None:
    events = [ev("arrest", "2024-01-01"), ev("house_arrest", "2024-01-01")]
    today = d("2024-01-10")
    assert current_status(events, today) is S.HOUSE_ARREST
    assert days_in_custody(events, today) == 1
    assert days_under_house_arrest(events, today) == 10


def test_house_arrest_with_overlapping_travel_ban_with_end_shows_house_arrest() -> None:
    events = [ev("travel_ban", "2024-01-01", "2024-12-31"), ev("house_arrest", "2024-03-01")]
    assert current_status(events, d("2024-04-01")) is S.HOUSE_ARREST


# --- pre-trial terms ------------------------------------------------------------------------


def test_pretrial_extension_term_until() -> None:
    events = [
        ev("arrest", "2024-01-01"),
        ev("pretrial_detention", "2024-01-03", term="2024-03-03"),
        ev("pretrial_extension", "2024-03-01", term="2024-05-03"),
    ]
    assert current_term_until(events, d("2024-02-01")) == d("2024-03-03")
    assert current_term_until(events, d("2024-03-15")) == d("2024-05-03")
    assert current_status(events, d("2024-03-15")) is S.PRETRIAL_DETENTION
    # An extension not yet decided (dated in the future) does not count.
    assert current_term_until(events, d("2024-02-29")) == d("2024-03-03")
    # An expired term is still reported: it is a finding, not a reason to hide it.
    assert current_term_until(events, d("2024-06-01")) == d("2024-05-03")


def test_extension_without_a_term_supersedes_the_old_term() -> None:
    events = [
        ev("pretrial_detention", "2024-01-03", term="2024-03-03"),
        ev("pretrial_extension", "2024-03-01"),
    ]
    assert current_term_until(events, d("2024-03-15")) is None


def test_term_of_an_earlier_stretch_is_not_reported() -> None:
    events = [
        ev("pretrial_detention", "2023-01-01", term="2023-03-01"),
        ev("release", "2023-02-01"),
        ev("arrest", "2024-01-01"),
    ]
    assert current_term_until(events, d("2024-01-02")) is None
    assert current_term_until(events, d("2023-01-15")) == d("2023-03-01")


def test_no_term_when_only_police_custody() -> None:
    events = [ev("arrest", "2024-01-01"), ev("police_custody", "2024-01-01")]
    assert current_term_until(events, d("2024-01-02")) is None


# --- conviction, imprisonment, probation ----------------------------------------------------


def test_conviction_and_imprisonment_is_imprisoned() -> None:
    events = [
        ev("arrest", "2023-01-01"),
        ev("pretrial_detention", "2023-01-03", term="2023-03-03"),
        ev("conviction", "2023-06-01"),
        ev("imprisonment", "2023-06-01", facility="ИК-47"),
    ]
    today = d("2024-01-01")
    assert current_status(events, today) is S.IMPRISONED
    assert current_term_until(events, today) is None
    assert current_custody_started(events, today) == d("2023-01-01")
    assert days_in_custody(events, today) == inclusive("2023-01-01", "2024-01-01")
    assert current_status(events, d("2023-05-31")) is S.PRETRIAL_DETENTION


def test_imprisonment_event_alone_is_imprisoned() -> None:
    assert current_status([ev("imprisonment", "2022-01-01")], d("2024-01-01")) is S.IMPRISONED


def test_conviction_while_in_pretrial_detention_is_imprisoned() -> None:
    events = [ev("pretrial_detention", "2023-01-01"), ev("conviction", "2023-06-01")]
    assert current_status(events, d("2023-05-31")) is S.PRETRIAL_DETENTION
    assert current_status(events, d("2023-06-01")) is S.IMPRISONED


def test_taken_into_custody_at_the_verdict_is_imprisoned() -> None:
    events = [
        ev("travel_ban", "2023-01-01"),
        ev("conviction", "2023-06-01"),
        ev("arrest", "2023-06-01"),
    ]
    assert current_status(events, d("2023-07-01")) is S.IMPRISONED
    assert not in_police_custody_longer_than_48h(events, d("2023-07-01"))


def test_conviction_before_an_earlier_stretch_does_not_count() -> None:
    events = [
        ev("conviction", "2020-01-01"),
        ev("probation", "2020-01-01", "2021-01-01"),
        ev("arrest", "2024-01-01"),
    ]
    assert current_status(events, d("2024-01-02")) is S.POLICE_CUSTODY


def test_conviction_without_custody_does_not_make_a_status() -> None:
    assert current_status([ev("conviction", "2024-01-01")], d("2024-06-01")) is S.NO_RECORD


def test_release_after_imprisonment() -> None:
    events = [ev("imprisonment", "2020-01-01"), ev("release", "2023-12-31")]
    assert current_status(events, d("2024-01-01")) is S.RELEASED
    assert days_in_custody(events, d("2024-01-01")) == inclusive("2020-01-01", "2023-12-31")


def test_probation_revoked_then_imprisonment() -> None:
    events = [
        ev("conviction", "2023-01-01"),
        ev("probation", "2023-01-01"),
        ev("probation_revoked", "2023-09-01"),
        ev("imprisonment", "2023-09-01"),
    ]
    assert current_status(events, d("2023-08-31")) is S.PROBATION
    assert current_status(events, d("2023-09-01")) is S.IMPRISONED
    probation = [s for s in derive_spans(events, d("2024-01-01")) if s.category == "probation"]
    assert [(s.start, s.end) for s in probation] == [(d("2023-01-01"), d("2023-09-01"))]


def test_probation_revoked_alone_ends_probation() -> None:
    events = [ev("probation", "2023-01-01"), ev("probation_revoked", "2023-09-01")]
    assert current_status(events, d("2023-10-01")) is S.RELEASED


def test_travel_ban_outranks_probation() -> None:
    events = [ev("probation", "2023-01-01"), ev("travel_ban", "2023-02-01")]
    assert current_status(events, d("2023-03-01")) is S.TRAVEL_BAN


def test_release_with_probation_on_the_same_day() -> None:
    # Suspended sentence at the verdict: out of СИЗО, on probation, same day.
    events = [
        ev("pretrial_detention", "2023-01-01"),
        ev("probation", "2023-06-01"),
        ev("release", "2023-06-01"),
    ]
    assert current_status(events, d("2023-07-01")) is S.PROBATION
    assert days_in_custody(events, d("2023-07-01")) == inclusive("2023-01-01", "2023-06-01")


# --- disappearance, expulsion -------------------------------------------------------------


def test_disappearance_outranks_everything() -> None:
    events = [ev("arrest", "2024-01-01"), ev("disappearance", "2024-01-05")]
    today = d("2024-02-01")
    assert current_status(events, today) is S.DISAPPEARED
    assert days_in_custody(events, today) == 32  # held by the state, whereabouts unknown


def test_disappearance_alone_is_open_ended() -> None:
    events = [ev("disappearance", "2022-03-15")]
    assert current_status(events, d("2024-01-01")) is S.DISAPPEARED
    assert days_in_custody(events, d("2024-01-01")) == 0
    [span] = derive_spans(events, d("2024-01-01"))
    assert (span.category, span.end) == ("disappeared", None)


def test_disappearance_ends_when_the_person_surfaces_in_detention() -> None:
    events = [
        ev("arrest", "2024-01-01"),
        ev("disappearance", "2024-01-05"),
        ev("pretrial_detention", "2024-01-20", facility="СИЗО ГКНБ"),
    ]
    assert current_status(events, d("2024-01-19")) is S.DISAPPEARED
    assert current_status(events, d("2024-01-20")) is S.PRETRIAL_DETENTION
    assert days_in_custody(events, d("2024-01-31")) == 31


def test_disappearance_with_explicit_end() -> None:
    events = [ev("disappearance", "2024-01-01", "2024-01-10")]
    assert current_status(events, d("2024-02-01")) is S.RELEASED


def test_expulsion_after_release() -> None:
    events = [
        ev("arrest", "2024-01-01"),
        ev("release", "2024-01-10"),
        ev("expulsion", "2024-01-11"),
    ]
    assert current_status(events, d("2024-02-01")) is S.EXPELLED
    assert current_status(events, d("2024-01-10")) is S.RELEASED


def test_expulsion_straight_from_custody_ends_it() -> None:
    events = [ev("pretrial_detention", "2024-01-01"), ev("expulsion", "2024-03-01")]
    today = d("2024-06-01")
    assert current_status(events, today) is S.EXPELLED
    assert days_in_custody(events, today) == inclusive("2024-01-01", "2024-03-01")


def test_expulsion_then_deprivation_of_citizenship_stays_expelled() -> None:
    events = [ev("expulsion", "2023-01-01"), ev("deprivation_of_citizenship", "2023-05-01")]
    assert current_status(events, d("2024-01-01")) is S.EXPELLED


def test_expulsion_followed_by_a_later_detention_is_not_expelled() -> None:
    events = [
        ev("expulsion", "2020-01-01"),
        ev("arrest", "2023-01-01"),
        ev("release", "2023-01-02"),
    ]
    assert current_status(events, d("2024-01-01")) is S.RELEASED
    assert current_status(events, d("2022-01-01")) is S.EXPELLED


def test_deprivation_of_citizenship_alone_is_no_record() -> None:
    events = [ev("deprivation_of_citizenship", "2023-05-01")]
    assert current_status(events, d("2024-01-01")) is S.NO_RECORD


def test_a_lone_release_means_released() -> None:
    assert current_status([ev("release", "2023-05-01")], d("2024-01-01")) is S.RELEASED


# --- partial and approximate dates ---------------------------------------------------------


def test_partial_start_uses_the_first_day_of_the_period() -> None:
    events = [ev("arrest", "2023-05")]
    today = d("2023-05-31")
    [span] = derive_spans(events, today)
    assert span.start == d("2023-05-01")
    assert span.approximate
    assert days_in_custody(events, today) == 31
    assert current_status(events, d("2023-04-30")) is S.NO_RECORD


def test_approximate_year() -> None:
    events = [ev("imprisonment", "c. 2019"), ev("release", "2020-06-30")]
    [span] = derive_spans(events, d("2021-01-01"))
    assert span.start == d("2019-01-01")
    assert span.approximate
    assert days_in_custody(events, d("2021-01-01")) == inclusive("2019-01-01", "2020-06-30")


def test_partial_release_date_makes_the_span_approximate() -> None:
    events = [ev("arrest", "2023-01-10"), ev("release", "2023-03")]
    [span] = derive_spans(events, d("2024-01-01"))
    assert span.end == d("2023-03-01")
    assert span.approximate


def test_exact_dates_are_not_approximate() -> None:
    events = [ev("arrest", "2023-01-10"), ev("release", "2023-03-02")]
    [span] = derive_spans(events, d("2024-01-01"))
    assert not span.approximate


# --- 48 hours -----------------------------------------------------------------------------


def test_police_custody_longer_than_48h() -> None:
    events = [ev("arrest", "2024-05-01"), ev("police_custody", "2024-05-01", facility="ИВС")]
    assert not in_police_custody_longer_than_48h(events, d("2024-05-01"))
    assert not in_police_custody_longer_than_48h(events, d("2024-05-02"))
    assert in_police_custody_longer_than_48h(events, d("2024-05-03"))
    assert in_police_custody_longer_than_48h(events, d("2024-05-20"))


def test_48h_flag_clears_with_a_court_order_or_release() -> None:
    court = [ev("arrest", "2024-05-01"), ev("pretrial_detention", "2024-05-03")]
    assert not in_police_custody_longer_than_48h(court, d("2024-05-10"))
    released = [ev("arrest", "2024-05-01"), ev("release", "2024-05-02")]
    assert not in_police_custody_longer_than_48h(released, d("2024-05-10"))


def test_48h_flag_looks_only_at_the_current_stretch() -> None:
    events = [
        ev("pretrial_detention", "2023-01-01"),
        ev("release", "2023-02-01"),
        ev("arrest", "2024-05-01"),
    ]
    assert in_police_custody_longer_than_48h(events, d("2024-05-04"))


# --- Span helpers -------------------------------------------------------------------------


def test_span_helpers() -> None:
    span = Span("custody", d("2024-01-01"), d("2024-01-10"), ("arrest",), None, None, False)
    assert span.day_count(d("2024-01-05")) == 5
    assert span.day_count(d("2024-12-31")) == 10
    assert span.day_count(d("2023-12-31")) == 0
    assert span.in_force_on(d("2024-01-09"))
    assert not span.in_force_on(d("2024-01-10"))


def test_spans_are_sorted_by_start() -> None:
    events = [
        ev("travel_ban", "2024-06-01"),
        ev("arrest", "2024-01-01", "2024-01-05"),
        ev("disappearance", "2024-03-01", "2024-03-02"),
        ev("house_arrest", "2024-02-01", "2024-02-10"),
    ]
    spans = derive_spans(events, d("2024-07-01"))
    assert [s.category for s in spans] == ["custody", "house_arrest", "disappeared", "travel_ban"]
    assert [s.start for s in spans] == sorted(s.start for s in spans)


def test_input_order_across_days_does_not_matter() -> None:
    events = list(HOUSE_ARREST_BETWEEN)
    today = d("2024-06-10")
    shuffled = [events[2], events[0], events[3], events[1]]
    assert derive_spans(shuffled, today) == derive_spans(events, today)
    assert days_in_custody(shuffled, today) == days_in_custody(events, today)


def test_inputs_may_be_a_one_shot_iterator() -> None:
    events = iter([ev("arrest", "2024-05-01")])
    assert days_in_custody(events, d("2024-05-02")) == 2


# --- properties ---------------------------------------------------------------------------

_TYPES = [t.value for t in DetentionType] + ["user_added_code"]
_DAY0 = date(2024, 1, 1)


@st.composite
def _timelines(draw: st.DrawFn) -> list[DetentionSpanInput]:
    events = []
    for _ in range(draw(st.integers(0, 8))):
        start = _DAY0 + timedelta(days=draw(st.integers(0, 60)))
        end = None
        if draw(st.booleans()):
            end = PartialDate.from_date(start + timedelta(days=draw(st.integers(0, 20))))
        events.append(
            DetentionSpanInput(draw(st.sampled_from(_TYPES)), PartialDate.from_date(start), end)
        )
    return events


@settings(max_examples=300, deadline=None)
@given(_timelines(), st.integers(0, 90))
def test_custody_days_grow_by_at_most_one_a_day(
    events: list[DetentionSpanInput], offset: int
) -> None:
    today = _DAY0 + timedelta(days=offset)
    before = days_in_custody(events, today)
    after = days_in_custody(events, today + timedelta(days=1))
    assert 0 <= after - before <= 1
    if current_custody_started(events, today) is not None:
        # In custody today: tomorrow is a custody day whatever happens tomorrow.
        assert after == before + 1
    assert before <= (today - _DAY0).days + 1


@settings(max_examples=300, deadline=None)
@given(_timelines(), st.integers(0, 90))
def test_spans_of_one_category_never_share_a_day(
    events: list[DetentionSpanInput], offset: int
) -> None:
    today = _DAY0 + timedelta(days=offset)
    spans = derive_spans(events, today)
    for category in SpanCategory:
        mine = [s for s in spans if s.category == category]
        for first, second in pairwise(mine):
            assert first.end is not None and first.end < second.start
    status = current_status(events, today)
    custody_now = current_custody_started(events, today) is not None
    if status in (S.IMPRISONED, S.PRETRIAL_DETENTION, S.POLICE_CUSTODY):
        assert custody_now
    if status in (S.HOUSE_ARREST, S.TRAVEL_BAN, S.PROBATION, S.RELEASED, S.EXPELLED):
        assert not custody_now
    if status is S.NO_RECORD:
        assert spans == []


@settings(max_examples=60, deadline=None)
@given(_timelines(), st.integers(0, 90))
def test_status_summary_agrees_with_each_rule(
    events: list[DetentionSpanInput], offset: int
) -> None:
    today = _DAY0 + timedelta(days=offset)
    summary = status_summary(events, today)
    assert summary.status is current_status(events, today)
    assert summary.days_in_custody == days_in_custody(events, today)
    assert summary.custody_started == current_custody_started(events, today)
    assert summary.term_until == current_term_until(events, today)
    assert summary.police_custody_over_48h == in_police_custody_longer_than_48h(events, today)
