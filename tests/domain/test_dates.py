"""Tests for partial and approximate dates: parsing, checking, formatting and ordering."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casefile.domain.dates import PartialDate, Precision, check_not_before
from casefile.errors import ValidationError

# --- construction and validation -------------------------------------------------------


def test_fields_and_precision() -> None:
    assert PartialDate(2024).precision is Precision.YEAR
    assert PartialDate(2024, 4).precision is Precision.MONTH
    assert PartialDate(2024, 4, 12).precision is Precision.DAY
    assert PartialDate(2024).approximate is False


@pytest.mark.parametrize(
    ("year", "month", "day", "expected"),
    [
        (2024, 2, 30, "30.02.2024 is not a real date: February 2024 has no day 30."),
        (2024, 4, 31, "31.04.2024 is not a real date: April 2024 has no day 31."),
        (2023, 2, 29, "29.02.2023 is not a real date: February 2023 has no day 29."),
        (2024, 1, 0, "00.01.2024 is not a real date: January 2024 has no day 0."),
        (2024, 13, None, "13.2024 is not a real date: there is no month 13."),
        (2024, 0, None, "00.2024 is not a real date: there is no month 0."),
    ],
)
def test_impossible_dates_are_refused_with_a_clear_message(
    year: int, month: int, day: int | None, expected: str
) -> None:
    with pytest.raises(ValidationError) as info:
        PartialDate(year, month, day)
    assert str(info.value) == expected


def test_leap_day_exists_in_leap_years() -> None:
    assert PartialDate(2024, 2, 29).latest == date(2024, 2, 29)
    assert PartialDate(2000, 2, 29).day == 29  # divisible by 400: leap
    with pytest.raises(ValidationError, match="February 1900 has no day 29"):
        PartialDate(1900, 2, 29)  # divisible by 100 only: not leap


@pytest.mark.parametrize("year", [1799, 2201, 0, -5])
def test_year_out_of_range(year: int) -> None:
    with pytest.raises(ValidationError, match="outside the range"):
        PartialDate(year)


@pytest.mark.parametrize("year", [1800, 2200])
def test_year_range_is_inclusive(year: int) -> None:
    assert PartialDate(year).year == year


def test_day_needs_a_month() -> None:
    with pytest.raises(ValidationError, match="without a month"):
        PartialDate(2024, None, 12)


def test_frozen_hashable_and_equal_by_value() -> None:
    a = PartialDate(2024, 4)
    assert a == PartialDate(2024, 4)
    assert a != PartialDate(2024, 4, approximate=True)
    assert len({a, PartialDate(2024, 4), PartialDate(2024)}) == 2
    with pytest.raises(AttributeError):
        a.year = 2025  # type: ignore[misc]


def test_not_ordered_with_comparison_operators() -> None:
    with pytest.raises(TypeError):
        _ = PartialDate(2024) < PartialDate(2024, 4)  # type: ignore[operator]


# --- earliest / latest --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "earliest", "latest"),
    [
        (PartialDate(2024), date(2024, 1, 1), date(2024, 12, 31)),
        (PartialDate(2024, 2), date(2024, 2, 1), date(2024, 2, 29)),
        (PartialDate(2023, 2), date(2023, 2, 1), date(2023, 2, 28)),
        (PartialDate(2024, 4), date(2024, 4, 1), date(2024, 4, 30)),
        (PartialDate(2024, 12), date(2024, 12, 1), date(2024, 12, 31)),
        (PartialDate(2024, 4, 12), date(2024, 4, 12), date(2024, 4, 12)),
        (PartialDate(2023, approximate=True), date(2023, 1, 1), date(2023, 12, 31)),
    ],
)
def test_earliest_and_latest(value: PartialDate, earliest: date, latest: date) -> None:
    assert value.earliest == earliest
    assert value.latest == latest


# --- storage form -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (PartialDate(2024), "2024"),
        (PartialDate(2024, 4), "2024-04"),
        (PartialDate(2024, 4, 2), "2024-04-02"),
        (PartialDate(2023, approximate=True), "2023~"),
        (PartialDate(2024, 4, approximate=True), "2024-04~"),
        (PartialDate(2024, 4, 12, approximate=True), "2024-04-12~"),
        (PartialDate(1800, 1, 1), "1800-01-01"),
    ],
)
def test_to_text_and_back(value: PartialDate, text: str) -> None:
    assert value.to_text() == text
    assert PartialDate.parse(text) == value


@given(
    st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)),
    st.sampled_from(list(Precision)),
    st.booleans(),
)
def test_storage_form_round_trips(d: date, precision: Precision, approximate: bool) -> None:
    value = PartialDate(
        d.year,
        None if precision is Precision.YEAR else d.month,
        d.day if precision is Precision.DAY else None,
        approximate,
    )
    assert PartialDate.parse(value.to_text()) == value
    assert value.earliest <= value.latest


def test_from_date() -> None:
    assert PartialDate.from_date(date(2024, 4, 12)) == PartialDate(2024, 4, 12)
    assert PartialDate.from_date(date(2024, 4, 12), approximate=True).to_text() == "2024-04-12~"
    assert PartialDate.from_date(datetime(2024, 4, 12, 15, 30)) == PartialDate(2024, 4, 12)


# --- parsing what people type -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.04.2024", PartialDate(2024, 4, 12)),
        ("12/04/2024", PartialDate(2024, 4, 12)),  # day first, as written in Kyrgyzstan
        ("12-04-2024", PartialDate(2024, 4, 12)),
        ("1.4.2024", PartialDate(2024, 4, 1)),
        ("04.2024", PartialDate(2024, 4)),
        ("4/2024", PartialDate(2024, 4)),
        ("2024-4", PartialDate(2024, 4)),
        ("2024-04-12", PartialDate(2024, 4, 12)),
        ("2024", PartialDate(2024)),
        ("  2024  ", PartialDate(2024)),
        ("April 2024", PartialDate(2024, 4)),
        ("april 2024", PartialDate(2024, 4)),
        ("Apr 2024", PartialDate(2024, 4)),
        ("Apr. 2024", PartialDate(2024, 4)),
        ("Sept 2024", PartialDate(2024, 9)),
        ("May 2024", PartialDate(2024, 5)),
        ("12 April 2024", PartialDate(2024, 4, 12)),
        ("12 Apr 2024", PartialDate(2024, 4, 12)),
        ("April 12, 2024", PartialDate(2024, 4, 12)),
        ("апрель 2024", PartialDate(2024, 4)),
        ("апреля 2024", PartialDate(2024, 4)),
        ("Апрель 2024", PartialDate(2024, 4)),
        ("май 2024", PartialDate(2024, 5)),
        ("мая 2024", PartialDate(2024, 5)),
        ("январь 2024", PartialDate(2024, 1)),
        ("декабря 2024", PartialDate(2024, 12)),
        ("12 апреля 2024", PartialDate(2024, 4, 12)),
        ("12 апреля 2024 г.", PartialDate(2024, 4, 12)),
        ("12 апреля 2024 года", PartialDate(2024, 4, 12)),
        ("2024 г.", PartialDate(2024)),
        ("3 сентября 2023", PartialDate(2023, 9, 3)),
        ("1 февраля 2024", PartialDate(2024, 2, 1)),
    ],
)
def test_parse_exact_forms(text: str, expected: PartialDate) -> None:
    assert PartialDate.parse(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("c. 2023", PartialDate(2023, approximate=True)),
        ("C. 2023", PartialDate(2023, approximate=True)),
        ("c.2023", PartialDate(2023, approximate=True)),
        ("ca. 2023", PartialDate(2023, approximate=True)),
        ("circa 2023", PartialDate(2023, approximate=True)),
        ("~2023", PartialDate(2023, approximate=True)),
        ("~ 2023", PartialDate(2023, approximate=True)),
        ("2023~", PartialDate(2023, approximate=True)),
        ("about 2023", PartialDate(2023, approximate=True)),
        ("около 2023", PartialDate(2023, approximate=True)),
        ("ок. 2023", PartialDate(2023, approximate=True)),
        ("примерно 2023", PartialDate(2023, approximate=True)),
        ("c. April 2024", PartialDate(2024, 4, approximate=True)),
        ("около апреля 2024", PartialDate(2024, 4, approximate=True)),
        ("примерно 12.04.2024", PartialDate(2024, 4, 12, approximate=True)),
        ("about 04.2024", PartialDate(2024, 4, approximate=True)),
    ],
)
def test_parse_approximate_forms(text: str, expected: PartialDate) -> None:
    assert PartialDate.parse(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31.02.2024", 'Cannot read "31.02.2024" as a date: February 2024 has no day 31.'),
        ("29.02.2023", 'Cannot read "29.02.2023" as a date: February 2023 has no day 29.'),
        ("31.04.2024", 'Cannot read "31.04.2024" as a date: April 2024 has no day 31.'),
        ("13.2024", 'Cannot read "13.2024" as a date: there is no month 13.'),
        ("01.13.2024", 'Cannot read "01.13.2024" as a date: there is no month 13.'),
        ("2024-13", 'Cannot read "2024-13" as a date: there is no month 13.'),
        (
            "30 февраля 2024",
            'Cannot read "30 февраля 2024" as a date: February 2024 has no day 30.',
        ),
        (
            "1700",
            'Cannot read "1700" as a date: the year must be between 1800 and 2200.',
        ),
    ],
)
def test_parse_impossible_dates(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        PartialDate.parse(text)
    assert str(info.value) == message


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_parse_empty(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        PartialDate.parse(text)
    assert str(info.value) == "A date is required."


@pytest.mark.parametrize(
    "text",
    ["yesterday", "12.04", "2024/", "12..04.2024", "20245", "April", "c.", "~", "2024-04-12-01"],
)
def test_parse_unreadable_explains_the_expected_form(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        PartialDate.parse(text)
    message = str(info.value)
    assert message.startswith("Cannot read")
    assert "12.04.2024" in message  # shows an example the user can copy


def test_parse_unknown_month_name() -> None:
    with pytest.raises(ValidationError, match='"foo" is not a month name'):
        PartialDate.parse("12 foo 2024")


def test_parse_two_digit_year_asks_for_the_full_year() -> None:
    with pytest.raises(ValidationError, match="year in full"):
        PartialDate.parse("12.04.24")


def test_cyrillic_s_is_not_read_as_circa() -> None:
    # "с 2023" is Russian for "since 2023", not "c. 2023".
    with pytest.raises(ValidationError):
        PartialDate.parse("с 2023")


def test_parse_error_quotes_long_input_shortened() -> None:
    with pytest.raises(ValidationError) as info:
        PartialDate.parse("x" * 500)
    assert len(str(info.value)) < 200


# --- formatting ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "en", "ru"),
    [
        (PartialDate(2024, 4, 12), "12 April 2024", "12 апреля 2024"),
        (PartialDate(2024, 4, 2), "2 April 2024", "2 апреля 2024"),
        (PartialDate(2024, 4), "April 2024", "апрель 2024"),
        (PartialDate(2024, 5), "May 2024", "май 2024"),
        (PartialDate(2024), "2024", "2024"),
        (PartialDate(2023, approximate=True), "c. 2023", "ок. 2023"),
        (PartialDate(2024, 4, approximate=True), "c. April 2024", "ок. апреля 2024"),
        (PartialDate(2024, 5, approximate=True), "c. May 2024", "ок. мая 2024"),
        (PartialDate(2024, 4, 12, approximate=True), "c. 12 April 2024", "ок. 12 апреля 2024"),
    ],
)
def test_format(value: PartialDate, en: str, ru: str) -> None:
    assert value.format() == en
    assert value.format("en") == en
    assert value.format("ru") == ru
    assert value.format("ru_RU") == ru
    assert value.format("ru-KG") == ru


def test_format_unknown_language_falls_back_to_english() -> None:
    assert PartialDate(2024, 4, 12).format("xx") == "12 April 2024"
    assert PartialDate(2024, 4, 12).format("") == "12 April 2024"


@pytest.mark.parametrize(
    "value", [PartialDate(2024, 4, 12), PartialDate(2024, 4), PartialDate(2024, approximate=True)]
)
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_formatted_text_parses_back(value: PartialDate, lang: str) -> None:
    assert PartialDate.parse(value.format(lang)) == value


# --- ordering -----------------------------------------------------------------------------


def test_sort_key_orders_by_earliest_then_finer_precision_first() -> None:
    dates = [
        PartialDate(2024),
        PartialDate(2023, 12, 31),
        PartialDate(2024, 1),
        PartialDate(2024, 1, 1),
        PartialDate(2024, 3),
        PartialDate(2024, 2, 15),
        PartialDate(2023, approximate=True),
    ]
    ordered = sorted(dates, key=PartialDate.sort_key)
    assert [d.to_text() for d in ordered] == [
        "2023~",
        "2023-12-31",
        "2024-01-01",
        "2024-01",
        "2024",
        "2024-02-15",
        "2024-03",
    ]


def test_sort_key_distinguishes_every_distinct_date() -> None:
    a = PartialDate(2024, 1, 1)
    b = PartialDate(2024, 1, 1, approximate=True)
    assert a.sort_key() != b.sort_key()
    assert a.sort_key() < b.sort_key()


# --- check_not_before ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (PartialDate(2024, 4, 12), PartialDate(2024, 4, 12)),  # same day is fine
        (PartialDate(2024, 4, 12), PartialDate(2024, 4, 13)),
        (PartialDate(2024, 4, 12), PartialDate(2024, 4)),  # may overlap
        (PartialDate(2024, 4), PartialDate(2024, 4, 1)),
        (PartialDate(2024, 4, 30), PartialDate(2024)),
        (PartialDate(2024), PartialDate(2024, 1, 1)),
        (date(2024, 4, 12), date(2024, 4, 12)),
        (date(2024, 4, 12), PartialDate(2024, 4)),
        (PartialDate(2024, 5), date(2024, 5, 31)),
        (None, PartialDate(2000)),
        (PartialDate(2024), None),
        (None, None),
    ],
)
def test_check_not_before_accepts(
    start: PartialDate | date | None, end: PartialDate | date | None
) -> None:
    check_not_before(start, end)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (PartialDate(2024, 4, 12), PartialDate(2024, 4, 11)),
        (PartialDate(2024, 4), PartialDate(2024, 3, 31)),
        (PartialDate(2024, 4, 1), PartialDate(2024, 3)),
        (PartialDate(2024), PartialDate(2023, approximate=True)),
        (date(2024, 4, 12), date(2024, 4, 11)),
        (datetime(2024, 4, 12, 9, 0), datetime(2024, 4, 11, 23, 0)),
        (PartialDate(2024, 5), date(2024, 4, 30)),
    ],
)
def test_check_not_before_refuses(
    start: PartialDate | date | None, end: PartialDate | date | None
) -> None:
    with pytest.raises(ValidationError) as info:
        check_not_before(start, end)
    assert info.value.field == "end"


def test_check_not_before_uses_the_labels() -> None:
    with pytest.raises(ValidationError) as info:
        check_not_before(
            PartialDate(2024, 4, 12),
            PartialDate(2024, 1, 1),
            start_label="arrest date",
            end_label="release date",
        )
    assert info.value.field == "release date"
    assert str(info.value) == "The release date cannot be before the arrest date."
