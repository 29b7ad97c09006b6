"""PartialDate.from_storage: the fast reader of the stored form agrees with parse()."""

from __future__ import annotations

import pytest

from casefile.domain.dates import PartialDate
from casefile.errors import ValidationError


@pytest.mark.parametrize(
    "value",
    [
        PartialDate(2024),
        PartialDate(2024, 4),
        PartialDate(2024, 4, 12),
        PartialDate(1999, 12, 31, approximate=True),
        PartialDate(2023, approximate=True),
        PartialDate(2024, 2, 29),
    ],
)
def test_round_trip_of_the_storage_form(value: PartialDate) -> None:
    text = value.to_text()
    assert PartialDate.from_storage(text) == value == PartialDate.parse(text)


def test_other_forms_fall_back_to_the_general_parser() -> None:
    assert PartialDate.from_storage("12.04.2024") == PartialDate(2024, 4, 12)
    assert PartialDate.from_storage("c. 2023") == PartialDate(2023, approximate=True)


def test_impossible_stored_dates_are_still_refused() -> None:
    with pytest.raises(ValidationError):
        PartialDate.from_storage("2023-02-29")
    with pytest.raises(ValidationError):
        PartialDate.from_storage("2024-13")
