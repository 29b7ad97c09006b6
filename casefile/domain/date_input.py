"""What people type into a date field, read as a date: 21.12.2026, 21.12.26, 2026-12-21, "today".

One reader for every date entry in the interface (ui/editors/date_entry.py), full or partial,
with or without a time after the date. Numbers are read day first, as dates are written in
Kyrgyzstan; month names and "c." markers go on to PartialDate.parse, so a partial date field
accepts everything it accepted before. Storage is unchanged: a PartialDate or a date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum

from casefile.domain.dates import EN_MONTHS, MAX_YEAR, MIN_YEAR, PartialDate, Precision
from casefile.errors import ValidationError

#: Words for a day relative to today, in the three interface languages.
RELATIVE_DAYS: dict[str, int] = {
    "today": 0,
    "сегодня": 0,
    "бүгүн": 0,
    "tomorrow": 1,
    "завтра": 1,
    "эртең": 1,
    "yesterday": -1,
    "вчера": -1,
    "кечээ": -1,
}

NOT_A_DATE_MESSAGE = "Not a date. Type it like 21.12.2026."
NOT_A_PARTIAL_DATE_MESSAGE = "Not a date. Type it like 21.12.2026, 12.2026 or 2026."
NO_DAY_MESSAGE = "%1 %2 has no day %3."
NO_MONTH_MESSAGE = "There is no month %1."
YEAR_RANGE_MESSAGE = "The year must be between %1 and %2."
YEAR_MISSING_MESSAGE = "Type the year too, like 21.12.2026."
DAY_NEEDED_MESSAGE = "This field needs a full date, like 21.12.2026."
EXACT_NEEDED_MESSAGE = "This field needs an exact date, without “c.”."
NOT_A_TIME_MESSAGE = "Not a time. Type it like 14:30."

# "c. 2023", "~2023", "около 2023"… in front; "2023~" behind. Cyrillic "с" alone is "since".
_APPROX_PREFIX = re.compile(
    r"^(?:~|(?:c|ca|circa|approx|about|around|около|ок|примерно|прибл|болжол менен)"
    r"(?:\.|\s|$))\s*"
)
# "21.12.2026 г.", "2026 года": the Russian "year" after a number.
_YEAR_WORD = re.compile(r"(?<=\d)\s*(?:г|гг|год|года|ж|жыл)\.?$")
# Day, month, year in any order people use, separated by dots, slashes, dashes or spaces.
_NUMBERS = re.compile(r"(\d+)(?:[./\-\s]+(\d+))?(?:[./\-\s]+(\d+))?")
# A time after the date: "21.12.2026 14:30", "2026-12-21T14:30", "21.12.2026, 9.05".
_TRAILING_TIME = re.compile(r"^(?P<date>.+?)(?:\s+|\s*,\s*|t)(?P<h>\d{1,2})[:.](?P<m>\d{2})$")
_TIME = re.compile(r"(?P<h>\d{1,2})(?:[:.\s]?(?P<m>\d{2}))?")


@dataclass(frozen=True)
class TypedDate:
    """A date read from a date field, and the time typed after it (with_time fields only)."""

    value: PartialDate
    at: time | None = None

    @property
    def day(self) -> date | None:
        """The day, when the date is known to the day (approximate or not)."""
        if self.value.precision is not Precision.DAY:
            return None
        return self.value.earliest


def numeric_text(value: PartialDate | date, at: time | None = None) -> str:
    """How a stored date is put back into a field: 21.12.2026, 12.2026 or 2026, then 14:30."""
    partial = value if isinstance(value, PartialDate) else PartialDate.from_date(value)
    parts = [f"{partial.day:02d}"] if partial.day is not None else []
    if partial.month is not None:
        parts.append(f"{partial.month:02d}")
    parts.append(f"{partial.year:04d}")
    text = ".".join(parts)
    if partial.approximate:
        text = "c. " + text
    return text if at is None else f"{text} {at:%H:%M}"


def full_year(two_digits: int, today: date) -> int:
    """The year meant by "26" in 21.12.26: this century unless that is over ten years ahead."""
    year = today.year - today.year % 100 + two_digits
    return year if year <= today.year + 10 else year - 100


def read_time(text: str) -> time | None:
    """A time as typed ("14:30", "1430", "9.05", "9"); None for blank; ValidationError if not."""
    s = text.strip()
    if not s:
        return None
    m = _TIME.fullmatch(s)
    if m is None:
        raise ValidationError(NOT_A_TIME_MESSAGE)
    hour, minute = int(m["h"]), int(m["m"] or 0)
    if hour > 23 or minute > 59:
        raise ValidationError(NOT_A_TIME_MESSAGE)
    return time(hour, minute)


def read_date(
    text: str, today: date, *, partial: bool = False, with_time: bool = False
) -> TypedDate | None:
    """What was typed into a date field; None for blank; ValidationError saying why not.

    Accepted: 21.12.2026, 21.12.26, 21/12/2026, 21-12-2026, 21 12 2026, 21122026, 211226,
    2026-12-21, "today" / "сегодня" / "бүгүн" (also tomorrow and yesterday), and whatever
    PartialDate.parse reads ("21 December 2026", "21 декабря 2026 г."). Where partial: also
    12.2026, 2026-12, 2026 and "c."/"~" for approximate. Where with_time: an optional time after
    the date (21.12.2026 14:30).
    """
    s = " ".join(text.strip().lower().replace("ё", "е").split())
    if not s:
        return None
    at = None
    if with_time:
        m = _TRAILING_TIME.match(s)
        if m is not None:
            at = read_time(f"{m['h']}:{m['m']}")
            s = m["date"].strip()
    value = _read_day(s, today, partial)
    if not partial:
        if value.approximate:
            raise ValidationError(EXACT_NEEDED_MESSAGE)
        if value.precision is not Precision.DAY:
            raise ValidationError(DAY_NEEDED_MESSAGE)
    return TypedDate(value, at)


def _read_day(s: str, today: date, partial: bool) -> PartialDate:
    """The date part, normalised (lower case, single spaces); ValidationError if impossible."""
    original = s
    if s in RELATIVE_DAYS:
        return PartialDate.from_date(today + timedelta(days=RELATIVE_DAYS[s]))
    approximate = False
    if s.endswith("~"):
        approximate, s = True, s[:-1].rstrip()
    prefix = _APPROX_PREFIX.match(s)
    if prefix is not None:
        approximate, s = True, s[prefix.end() :]
    s = _YEAR_WORD.sub("", s).rstrip(".").strip()
    numbers = _NUMBERS.fullmatch(s)
    if numbers is None:
        # Month names and the like: the storage reader knows them (and says what is wrong).
        try:
            return PartialDate.parse(original)
        except ValidationError:
            if any(ch.isdigit() for ch in s) and not any(ch.isalpha() for ch in s):
                raise ValidationError(_hint(partial)) from None
            raise
    year, month, day = _fields([n for n in numbers.groups() if n is not None], today, partial)
    _check(year, month, day)
    return PartialDate(year, month, day, approximate)


def _hint(partial: bool) -> str:
    return NOT_A_PARTIAL_DATE_MESSAGE if partial else NOT_A_DATE_MESSAGE


def _fields(parts: list[str], today: date, partial: bool) -> tuple[int, int | None, int | None]:
    """Year, month and day out of the digit groups, not yet checked for existence."""
    hint = _hint(partial)
    sizes = [len(p) for p in parts]
    if len(parts) == 1:
        digits = parts[0]
        if len(digits) == 8:  # 21122026
            parts, sizes = [digits[:2], digits[2:4], digits[4:]], [2, 2, 4]
        elif len(digits) == 6:  # 211226
            parts, sizes = [digits[:2], digits[2:4], digits[4:]], [2, 2, 2]
        elif len(digits) == 4:
            return int(digits), None, None
        else:
            raise ValidationError(hint)
    if len(parts) == 2:
        if sizes[0] == 4 and sizes[1] <= 2:  # 2026-12
            return int(parts[0]), int(parts[1]), None
        if sizes[0] <= 2 and sizes[1] == 4:  # 12.2026
            return int(parts[1]), int(parts[0]), None
        if sizes[0] <= 2 and sizes[1] <= 2:  # 21.12: which year is not guessed
            raise ValidationError(YEAR_MISSING_MESSAGE)
        raise ValidationError(hint)
    if sizes[0] == 4 and sizes[1] <= 2 and sizes[2] <= 2:  # 2026-12-21
        return int(parts[0]), int(parts[1]), int(parts[2])
    if sizes[0] <= 2 and sizes[1] <= 2 and sizes[2] in (2, 4):  # 21.12.2026, 21.12.26
        year = int(parts[2]) if sizes[2] == 4 else full_year(int(parts[2]), today)
        return year, int(parts[1]), int(parts[0])
    raise ValidationError(hint)


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _check(year: int, month: int | None, day: int | None) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(YEAR_RANGE_MESSAGE, MIN_YEAR, MAX_YEAR)
    if month is not None and not 1 <= month <= 12:
        raise ValidationError(NO_MONTH_MESSAGE, month)
    if month is not None and day is not None and not 1 <= day <= _last_day(year, month):
        raise ValidationError(NO_DAY_MESSAGE, EN_MONTHS[month - 1], year, day)


# -- from a reference date ----------------------------------------------------------------------


class Step(StrEnum):
    """Terms counted from a reference date (the start of custody or detention)."""

    HOURS_48 = "48h"
    MONTH_1 = "1m"
    MONTH_2 = "2m"


def add_months(day: date, months: int) -> date:
    """The same day number `months` later, or the month's last day (31.01 + 1 month: 28.02)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def after_step(start: date, step: Step) -> date:
    """The day a term of `step` from `start` reaches; 48 hours are two days for a date field."""
    if step is Step.HOURS_48:
        return start + timedelta(days=2)
    return add_months(start, 1 if step is Step.MONTH_1 else 2)


def is_far_ahead(day: date, today: date) -> bool:
    """More than a year after today: for a hearing, most likely a mistyped year."""
    return day > add_months(today, 12)
