"""Partial and approximate dates: "2024", "April 2024", "c. 12 April 2024"."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from casefile.errors import Message, ValidationError, message

MIN_YEAR = 1800
MAX_YEAR = 2200


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


# Finer first: a date known to the day sorts before "sometime that month/year" starting there.
_PRECISION_RANK = {Precision.DAY: 0, Precision.MONTH: 1, Precision.YEAR: 2}

#: Month names as the interface and the reports write them (Kyrgyz uses the Russian ones).
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
RU_MONTHS_NOMINATIVE = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)
_RU_MONTHS_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)


def _month_lookup() -> dict[str, int]:
    """Every month spelling a user may type (lower case, ё folded to е) -> month number."""
    names: dict[str, int] = {}
    for number, (en, nom, gen) in enumerate(
        zip(EN_MONTHS, RU_MONTHS_NOMINATIVE, _RU_MONTHS_GENITIVE, strict=True), start=1
    ):
        for name in (en.lower(), en[:3].lower(), nom, gen):
            names[name] = number
    # Common abbreviations that are not simply the first three letters.
    extra = {
        "sept": 9,
        "янв": 1,
        "фев": 2,
        "февр": 2,
        "мар": 3,
        "апр": 4,
        "июн": 6,
        "июл": 7,
        "авг": 8,
        "сен": 9,
        "сент": 9,
        "окт": 10,
        "ноя": 11,
        "нояб": 11,
        "дек": 12,
    }
    names.update(extra)
    return names


_MONTHS_BY_NAME = _month_lookup()

# Words in front of a date that mean "approximately". Cyrillic "с" is left out on purpose:
# "с 2023" means "since 2023" in Russian, not "circa".
_APPROX_PREFIX = re.compile(
    r"^(?:~|(?:c|ca|circa|approx|approximately|about|around|около|ок|примерно|"
    r"приблизительно|прибл)\b\.?)\s*(?P<rest>.*)$"
)
# Russian "г." / "года" after the year ("12 апреля 2024 г.").
_YEAR_SUFFIX = re.compile(r"\s*(?:г|гг|год|года)\.?$")
_STORAGE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(~?)")
_ISO = re.compile(r"^(?P<y>\d{4})(?:[-./](?P<m>\d{1,2})(?:[-./](?P<d>\d{1,2}))?)?$")
_DMY = re.compile(r"^(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})$")
_MY = re.compile(r"^(?P<m>\d{1,2})[./-](?P<y>\d{4})$")
_SHORT_YEAR = re.compile(r"^(?:\d{1,2}[./-])?\d{1,2}[./-]\d{2}$")
_NAMED = re.compile(r"^(?:(?P<d>\d{1,2})\s*)?(?P<name>[^\W\d_]+)\.?,?\s*(?P<y>\d{4})$")
_NAMED_US = re.compile(r"^(?P<name>[^\W\d_]+)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})$")

_FORMAT_HINT = 'Type it like 12.04.2024, 04.2024 or 2024, with "c." in front if it is approximate.'


def _problem(year: int, month: int | None, day: int | None) -> Message | None:
    """Why these fields are not a real date, as a plain phrase; None if they are fine."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return message("the year must be between %1 and %2", MIN_YEAR, MAX_YEAR)
    if month is None:
        return message("a day cannot be given without a month") if day is not None else None
    if not 1 <= month <= 12:
        return message("there is no month %1", month)
    if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        return message("%1 %2 has no day %3", EN_MONTHS[month - 1], year, day)
    return None


def _numeric(year: int, month: int | None, day: int | None) -> str:
    """The fields the way a user in Kyrgyzstan writes them: 31.02.2024, 04.2024, 2024."""
    parts = [f"{day:02d}"] if day is not None else []
    if month is not None:
        parts.append(f"{month:02d}")
    parts.append(str(year))
    return ".".join(parts)


def _quote(text: str) -> str:
    # Keep messages short even if a whole paragraph was pasted into a date field.
    return text if len(text) <= 40 else text[:37] + "..."


@dataclass(frozen=True, order=False)
class PartialDate:
    """A date known to the day, the month or only the year, possibly approximate.

    Not ordered with < because "2024" neither precedes nor follows "2024-04"; use sort_key().
    """

    year: int
    month: int | None = None
    day: int | None = None
    approximate: bool = False

    def __post_init__(self) -> None:
        problem = _problem(self.year, self.month, self.day)
        if problem is None:
            return
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise ValidationError(
                "The year %1 is outside the range Casefile accepts (%2 to %3).",
                self.year,
                MIN_YEAR,
                MAX_YEAR,
            )
        if self.month is None:
            raise ValidationError("A day cannot be given without a month.")
        raise ValidationError(
            "%1 is not a real date: %2.", _numeric(self.year, self.month, self.day), problem
        )

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def earliest(self) -> date:
        """First day of the period this date may fall in."""
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> date:
        """Last day of the period this date may fall in."""
        if self.month is None:
            return date(self.year, 12, 31)
        if self.day is None:
            return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return date(self.year, self.month, self.day)

    @property
    def is_exact(self) -> bool:
        """Known to the day and not approximate."""
        return self.day is not None and not self.approximate

    def to_text(self) -> str:
        """Storage form: "2024", "2024-04", "2024-04-12", with a trailing "~" if approximate."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text + ("~" if self.approximate else "")

    @classmethod
    def from_date(cls, d: date, approximate: bool = False) -> PartialDate:
        return cls(d.year, d.month, d.day, approximate)

    @classmethod
    def from_storage(cls, text: str) -> PartialDate:
        """Read the storage form (to_text) quickly; anything else goes through parse().

        Lists read tens of thousands of stored dates: the general parser's normalising and
        pattern tries cost about three times as much for this one strict form.
        """
        m = _STORAGE.fullmatch(text)
        if m is None:
            return cls.parse(text)
        year, month, day, approximate = m.groups()
        return cls(
            int(year),
            int(month) if month else None,
            int(day) if day else None,
            bool(approximate),
        )

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read the storage form or what a user types; raise ValidationError if impossible.

        Accepted: 2024-04-12, 2024-04, 2024-4, 2024, 12.04.2024, 12/04/2024 (day first),
        04.2024, 4/2024, "April 2024", "Apr 2024", "12 April 2024", "April 12, 2024",
        "апрель 2024", "12 апреля 2024", optional "г."/"года" after the year, and
        "approximately" markers: a leading "~", "c.", "ca.", "circa", "about", "около",
        "ок.", "примерно" or a trailing "~".
        """
        original = text.strip()
        if not original:
            raise ValidationError("A date is required.")
        shown = _quote(original)
        s = " ".join(original.lower().replace("ё", "е").split())
        approximate = False
        if s.endswith("~"):
            approximate, s = True, s[:-1].rstrip()
        prefix = _APPROX_PREFIX.match(s)
        if prefix is not None:
            approximate, s = True, prefix.group("rest")
        s = _YEAR_SUFFIX.sub("", s)

        fields = cls._fields(s, shown)
        problem = _problem(*fields)
        if problem is not None:
            raise ValidationError('Cannot read "%1" as a date: %2.', shown, problem)
        return cls(*fields, approximate=approximate)

    @staticmethod
    def _fields(s: str, shown: str) -> tuple[int, int | None, int | None]:
        """Year, month, day out of normalised text, not yet checked for existence."""
        for pattern in (_ISO, _DMY, _MY):
            m = pattern.match(s)
            if m is not None:
                groups = m.groupdict()
                month, day = groups.get("m"), groups.get("d")
                return (
                    int(m["y"]),
                    int(month) if month is not None else None,
                    int(day) if day is not None else None,
                )
        for pattern in (_NAMED, _NAMED_US):
            m = pattern.match(s)
            if m is not None:
                number = _MONTHS_BY_NAME.get(m["name"])
                if number is None:
                    raise ValidationError(
                        'Cannot read "%1" as a date: "%2" is not a month name. %3',
                        shown,
                        _quote(m["name"]),
                        message(_FORMAT_HINT),
                    )
                return int(m["y"]), number, int(m["d"]) if m["d"] is not None else None
        if _SHORT_YEAR.match(s):
            raise ValidationError(
                'Cannot read "%1" as a date: please type the year in full, for example 12.04.2024.',
                shown,
            )
        raise ValidationError('Cannot read "%1" as a date. %2', shown, message(_FORMAT_HINT))

    def format(self, lang: str = "en") -> str:
        """For people: "12 April 2024", "April 2024", "c. 2023"; ru: "12 апреля 2024", "ок. 2023".

        Only as precise as what is known. Unknown languages fall back to English.
        """
        base = lang.replace("-", "_").split("_")[0].lower()
        if base == "ru":
            if self.month is None:
                text = str(self.year)
            elif self.day is None:
                # After "около" the month goes in the genitive: "ок. апреля 2024".
                months = _RU_MONTHS_GENITIVE if self.approximate else RU_MONTHS_NOMINATIVE
                text = f"{months[self.month - 1]} {self.year}"
            else:
                text = f"{self.day} {_RU_MONTHS_GENITIVE[self.month - 1]} {self.year}"
            return f"ок. {text}" if self.approximate else text
        if self.month is None:
            text = str(self.year)
        elif self.day is None:
            text = f"{EN_MONTHS[self.month - 1]} {self.year}"
        else:
            text = f"{self.day} {EN_MONTHS[self.month - 1]} {self.year}"
        return f"c. {text}" if self.approximate else text

    def sort_key(self) -> tuple[date, int, bool]:
        """(earliest day, precision rank finer first, approximate last); distinct per date."""
        return (self.earliest, _PRECISION_RANK[self.precision], self.approximate)


def _as_partial(value: PartialDate | date) -> PartialDate:
    if isinstance(value, PartialDate):
        return value
    return PartialDate.from_date(value)


def check_not_before(
    start: PartialDate | date | None,
    end: PartialDate | date | None,
    *,
    start_label: str = "start",
    end_label: str = "end",
) -> None:
    """Raise ValidationError(field=end_label) if end is certainly before start.

    Partial dates that may overlap are allowed: "2024" ends no earlier than "2024-05-03" may
    start, so only end.latest < start.earliest is refused. A missing date is never an error here.
    """
    if start is None or end is None:
        return
    if isinstance(start, datetime):
        start = start.date()
    if isinstance(end, datetime):
        end = end.date()
    if _as_partial(end).latest < _as_partial(start).earliest:
        # No dates in the message: KnownError messages never carry record contents.
        raise ValidationError(
            "The %1 cannot be before the %2.", end_label, start_label, field=end_label
        )
