"""The manifest's id check and its record parsing, on their own (no vault)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from casefile.services.exchange.checks import is_record_id

_ID = "0b6f7a2c-3d4e-4f60-8a9b-0c1d2e3f4a5b"


def _canonical(value: Any) -> bool:
    """The definition the check stands for: the UUID's own canonical text."""
    if type(value) is not str or len(value) != 36:
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


@pytest.mark.parametrize(
    "value",
    [
        _ID,
        str(uuid.uuid4()),
        "00000000-0000-0000-0000-000000000000",
        _ID.upper(),
        "{" + _ID[1:-1] + "}",
        _ID.replace("-", ""),
        _ID[:-1] + "g",
        _ID[:8] + "_" + _ID[9:],
        _ID[:-1] + "٣",  # an Arabic-Indic digit: a digit to int(), not to a canonical id
        _ID + "\n",
        _ID[:-1],
        " " + _ID[1:],
        "urn:uuid:" + _ID,
        "0b6f7a2c3-d4e-4f60-8a9b-0c1d2e3f4a5b",
        None,
        42,
        b"0b6f7a2c-3d4e-4f60-8a9b-0c1d2e3f4a5b",
    ],
)
def test_an_id_is_a_record_id_exactly_when_it_is_a_canonical_uuid(value: Any) -> None:
    assert is_record_id(value) == _canonical(value)
