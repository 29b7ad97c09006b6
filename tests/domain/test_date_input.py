"""Reading what people type into a date field (casefile/domain/date_input.py)."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casefile.domain.date_input import (
    DAY_NEEDED_MESSAGE,
    EXACT_NEEDED_MESSAGE,
    NO_DAY_MESSAGE,
    NO_MONTH_MESSAGE,
    NOT_A_DATE_MESSAGE,
    NOT_A_PARTIAL_DATE_MESSAGE,
    NOT_A_TIME_MESSAGE,
    YEAR_MISSING_MESSAGE,
    YEAR_RANGE_MESSAGE,
    Step,
    TypedDate,
    add_months,
    after_step,
    full_year,
    is_far_ahead,
    numeric_text,
    read_date,
    read_time,
)
from casefile.domain.dates import PartialDate
from casefile.errors import ValidationError

TODAY = date(2026, 12, 4)
DEC_21 = PartialDate(2026, 12, 21)


@pytest.mark.parametrize(
    "text",
    [
        "21.12.2026",
        "21.12.26",
        "21/12/2026",
        "21-12-2026",
        "21 12 2026",
        "2026-12-21",
        "2026.12.21",
        "21122026",
        "211226",
        " 21.12.2026 ",
        "21.12.2026.",
        "21.12.2026 г.",
        "21 December 2026",
        "21 декабря 2026",
        "December 21, 2026",
    ],
)
def test_a_full_date_is_read_in_every_usual_spelling(text: str) -> None:
    assert read_date(text, TODAY) == TypedDate(DEC_21)


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("today", 0),
        ("Today", 0),
        ("сегодня", 0),
        ("Сегодня", 0),
        ("бүгүн", 0),
        ("БҮГҮН", 0),
        ("tomorrow", 1),
        ("завтра", 1),
        ("эртең", 1),
        ("yesterday", -1),
        ("вчера", -1),
        ("кечээ", -1),
    ],
)
def test_words_for_today(text: str, offset: int) -> None:
    typed = read_date(text, TODAY)
    assert typed is not None
    assert typed.day == date(2026, 12, 4 + offset)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.2026", PartialDate(2026, 12)),
        ("2026-12", PartialDate(2026, 12)),
        ("2026", PartialDate(2026)),
        ("c. 2023", PartialDate(2023, approximate=True)),
        ("c.2023", PartialDate(2023, approximate=True)),
        ("~2023", PartialDate(2023, approximate=True)),
        ("2023~", PartialDate(2023, approximate=True)),
        ("около 2023", PartialDate(2023, approximate=True)),
        ("ок. 12.2023", PartialDate(2023, 12, approximate=True)),
        ("c. 21.12.26", PartialDate(2026, 12, 21, approximate=True)),
        ("April 2024", PartialDate(2024, 4)),
        ("апрель 2024", PartialDate(2024, 4)),
        ("21.12.2026", DEC_21),
    ],
)
def test_partial_dates_where_allowed(text: str, expected: PartialDate) -> None:
    assert read_date(text, TODAY, partial=True) == TypedDate(expected)


@pytest.mark.parametrize(
    ("text", "template"),
    [
        ("12.2026", DAY_NEEDED_MESSAGE),
        ("2026", DAY_NEEDED_MESSAGE),
        ("c. 21.12.2026", EXACT_NEEDED_MESSAGE),
        ("31.02.2026", NO_DAY_MESSAGE),
        ("29.02.2027", NO_DAY_MESSAGE),
        ("00.01.2026", NO_DAY_MESSAGE),
        ("12.31.2026", NO_MONTH_MESSAGE),
        ("21.12.2202", YEAR_RANGE_MESSAGE),
        ("21.12.1700", YEAR_RANGE_MESSAGE),
        ("21.12", YEAR_MISSING_MESSAGE),
        ("21.12.202", NOT_A_DATE_MESSAGE),
        ("2112202", NOT_A_DATE_MESSAGE),
        ("21..12..2026..1", NOT_A_DATE_MESSAGE),
        ("5", NOT_A_DATE_MESSAGE),
    ],
)
def test_impossible_dates_say_why(text: str, template: str) -> None:
    with pytest.raises(ValidationError) as caught:
        read_date(text, TODAY)
    assert caught.value.message.template == template


def test_the_message_names_the_missing_day() -> None:
    with pytest.raises(ValidationError, match=r"^February 2026 has no day 31\.$"):
        read_date("31.02.2026", TODAY)
    with pytest.raises(ValidationError) as caught:
        read_date("12.2026.5.5", TODAY, partial=True)
    assert caught.value.message.template == NOT_A_PARTIAL_DATE_MESSAGE


def test_blank_is_no_date() -> None:
    assert read_date("", TODAY) is None
    assert read_date("   ", TODAY, partial=True) is None


def test_a_time_after_the_date_where_allowed() -> None:
    for text in ("21.12.2026 14:30", "21.12.2026 14.30", "2026-12-21T14:30", "21.12.26, 14:30"):
        assert read_date(text, TODAY, with_time=True) == TypedDate(DEC_21, time(14, 30)), text
    assert read_date("21.12.2026", TODAY, with_time=True) == TypedDate(DEC_21)
    with pytest.raises(ValidationError) as caught:
        read_date("21.12.2026 25:00", TODAY, with_time=True)
    assert caught.value.message.template == NOT_A_TIME_MESSAGE
    with pytest.raises(ValidationError):
        read_date("21.12.2026 14:30", TODAY)  # no time in a date-only field


def test_read_time() -> None:
    assert read_time("14:30") == time(14, 30)
    assert read_time("1430") == time(14, 30)
    assert read_time("9.05") == time(9, 5)
    assert read_time("9") == time(9, 0)
    assert read_time(" ") is None
    for bad in ("24:00", "12:60", "noon", "1:2"):
        with pytest.raises(ValidationError):
            read_time(bad)


def test_two_digit_years_are_near_today() -> None:
    assert full_year(26, TODAY) == 2026
    assert full_year(36, TODAY) == 2036
    assert full_year(37, TODAY) == 1937
    assert full_year(87, TODAY) == 1987
    assert read_date("05.03.87", TODAY) == TypedDate(PartialDate(1987, 3, 5))


def test_numeric_text_is_read_back_as_the_same_date() -> None:
    for value in (DEC_21, PartialDate(2026, 12), PartialDate(2026), PartialDate(2023, 4, 1, True)):
        assert read_date(numeric_text(value), TODAY, partial=True) == TypedDate(value)
    assert numeric_text(date(2027, 2, 5), time(9, 0)) == "05.02.2027 09:00"


def test_steps_from_a_reference_date() -> None:
    assert after_step(date(2026, 12, 4), Step.HOURS_48) == date(2026, 12, 6)
    assert after_step(date(2026, 12, 4), Step.MONTH_1) == date(2027, 1, 4)
    assert after_step(date(2026, 12, 31), Step.MONTH_2) == date(2027, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2024, 3, 15), -3) == date(2023, 12, 15)


def test_far_ahead() -> None:
    assert not is_far_ahead(date(2027, 12, 4), TODAY)
    assert is_far_ahead(date(2027, 12, 5), TODAY)


@given(st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)))
def test_every_day_reads_back_in_every_numeric_spelling(day: date) -> None:
    expected = TypedDate(PartialDate.from_date(day))
    for text in (
        f"{day:%d.%m.%Y}",
        f"{day:%d/%m/%Y}",
        f"{day:%Y-%m-%d}",
        f"{day:%d%m%Y}",
        f"{day.day}.{day.month}.{day.year}",
    ):
        assert read_date(text, TODAY) == expected, text
