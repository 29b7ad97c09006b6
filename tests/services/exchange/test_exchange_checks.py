"""The manifest's id check and its record parsing, on their own (no vault)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from casefile.services.exchange import merge
from casefile.services.exchange.checks import is_record_id
from casefile.services.exchange.errors import BundleDamagedError

_ID = "0b6f7a2c-3d4e-4f60-8a9b-0c1d2e3f4a5b"
_DEVICE = "a" * 32


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


def _record(fields: dict[str, Any]) -> dict[str, Any]:
    return {
        "t": "persons",
        "id": _ID,
        "c": "2026-12-06T09:00:00",
        "v": [5, _DEVICE, {_DEVICE: 5}],
        "f": fields,
    }


def test_fields_carrying_the_records_version_are_read_as_that_version() -> None:
    [item], _tombstones, _clock = merge.parse_manifest(
        {
            "records": [_record({"full_name": ["Asel"], "notes": [None], "from_later": ["x"]})],
            "tombstones": [],
            "clock": 5,
        }
    )
    assert item.uniform
    assert set(item.fields) == {"full_name", "notes"}  # a field this version does not know: left
    assert item.fields["full_name"] == ("Asel", 5, _DEVICE, {_DEVICE: 5}, None)
    assert type(item.fields["full_name"]) is merge._Field
    assert item.fields["full_name"].seen is item.fields["notes"].seen


def test_a_field_with_a_version_of_its_own_makes_the_record_not_uniform() -> None:
    own = ["Asel", 7, _DEVICE, {_DEVICE: 7}, None]
    [item], _tombstones, _clock = merge.parse_manifest(
        {"records": [_record({"full_name": own, "notes": [None]})], "tombstones": [], "clock": 7}
    )
    assert not item.uniform
    assert item.fields["full_name"] == ("Asel", 7, _DEVICE, {_DEVICE: 7}, None)
    assert item.fields["notes"] == (None, 5, _DEVICE, {_DEVICE: 5}, None)


@pytest.mark.parametrize(
    "fields",
    [
        {"full_name": "Asel"},
        {"full_name": ["Asel", 7]},
        {"full_name": []},
        {"full_name": ["Asel", -1, _DEVICE, {}, None]},
        {"full_name": ["Asel", 7, "not a device", {}, None]},
    ],
)
def test_a_malformed_field_refuses_the_bundle(fields: dict[str, Any]) -> None:
    with pytest.raises(BundleDamagedError):
        merge.parse_manifest({"records": [_record(fields)], "tombstones": [], "clock": 7})
