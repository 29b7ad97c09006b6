"""Fuzzing the format-3 bundle reader with real bundles from a second test vault.

Two kinds of damage: to the file as it lies on a USB stick (flipped, inserted, deleted bytes,
cut short, extended), which no key can repair; and to the content inside, re-signed with the
trusted sender's own key (a turned partner), so that it gets past the signature and reaches
the reader's later checks. Either way an import ends in a BundleError with the vault unchanged,
or imports cleanly, and stays within a bounded amount of memory.

CI runs a few examples; `make fuzz` (CASEFILE_FUZZ_EXAMPLES=5000) runs more.
"""

from __future__ import annotations

import json
import os
import struct
import tracemalloc
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefile.services.exchange import bundle_common, service
from casefile.services.exchange.dump import full_dump
from casefile.services.exchange.errors import BundleError
from casefile.vault.vault import Vault
from tests.services.exchange.bundle_helpers import add_person_with_file, resealed, unsealed
from tests.services.exchange.exchange_helpers import BUNDLE_PASSPHRASE, MakeVault, introduce

pytestmark = pytest.mark.fuzz

EXAMPLES = int(os.environ.get("CASEFILE_FUZZ_EXAMPLES", "40"))
#: The manifest cap plus what one import needs besides (tracemalloc counts Python's heap only).
MEMORY_BOUND = bundle_common.MAX_MANIFEST + 48 * 1024 * 1024
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


class Case:
    """Two vaults and a bundle from one to the other (a person and a 150 KB file)."""

    def __init__(self, laptop: Vault, office: Vault) -> None:
        self.laptop = laptop
        self.office = office
        add_person_with_file(laptop, 150_000)
        self.key_bundle = service.export_bundle(laptop, "office", selection=None).data
        self.fields, self.payload = unsealed(office, self.key_bundle, None)


@pytest.fixture
def case(make_vault: MakeVault) -> Case:
    laptop, office = make_vault("laptop"), make_vault("office")
    introduce(laptop, office)
    return Case(laptop, office)


def _import_checked(vault: Vault, data: bytes, passphrase: str | None) -> None:
    """Imports; on a refusal the vault is exactly as it was. Never any other exception."""
    before = full_dump(vault)
    tracemalloc.start()
    try:
        try:
            service.import_bundle(vault, data, passphrase)
        except BundleError:
            assert full_dump(vault) == before
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < MEMORY_BOUND, peak


edits = st.lists(
    st.tuples(
        st.sampled_from(["flip", "insert", "delete"]),
        st.integers(min_value=0, max_value=1 << 20),
        st.binary(min_size=1, max_size=8),
    ),
    min_size=1,
    max_size=4,
)


def _edited(data: bytes, changes: list[tuple[str, int, bytes]]) -> bytes:
    out = bytearray(data)
    for kind, where, value in changes:
        at = where % (len(out) + 1)
        if kind == "flip" and at < len(out):
            out[at] ^= value[0] or 1
        elif kind == "insert":
            out[at:at] = value
        else:
            del out[at : at + len(value)]
    return bytes(out)


@FUZZ
@given(
    changes=edits,
    cut=st.one_of(st.none(), st.integers(min_value=0, max_value=1 << 20)),
    tail=st.one_of(st.just(b""), st.binary(max_size=64), st.just(b"chunk")),
)
def test_damage_to_the_file_is_always_refused(
    case: Case, changes: list[tuple[str, int, bytes]], cut: int | None, tail: bytes
) -> None:
    data = _edited(case.key_bundle, changes)
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    if tail == b"chunk":
        tail = case.key_bundle[149 : 149 + 65_552]  # a whole genuine chunk, appended
    data += tail
    if data == case.key_bundle:
        return
    before = full_dump(case.office)
    with pytest.raises(BundleError):
        service.import_bundle(case.office, data, None)
    assert full_dump(case.office) == before


_json_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.text(max_size=40),
    st.lists(st.integers(), max_size=3),
)
_field_changes = st.dictionaries(
    st.sampled_from(
        [
            "bundle_id",
            "created",
            "recipient",
            "payload_size",
            "manifest_size",
            "compression",
            "sender",
            "extra",
        ]
    ),
    _json_values,
    max_size=3,
)


@FUZZ
@given(
    field_changes=_field_changes,
    payload_changes=st.one_of(st.just([]), edits),
    manifest_length=st.one_of(st.none(), st.integers(min_value=0, max_value=2**32 - 1)),
    fix_size=st.booleans(),
    raw=st.one_of(
        st.none(),
        st.tuples(st.integers(min_value=0, max_value=200), st.binary(min_size=1, max_size=4)),
    ),
)
def test_content_re_signed_by_the_trusted_sender_never_crashes_or_half_applies(
    case: Case,
    field_changes: dict[str, Any],
    payload_changes: list[tuple[str, int, bytes]],
    manifest_length: int | None,
    fix_size: bool,
    raw: tuple[int, bytes] | None,
) -> None:
    payload = _edited(case.payload, payload_changes) if payload_changes else case.payload
    if manifest_length is not None:
        payload = struct.pack(">I", manifest_length) + payload[4:]
    fields = dict(case.fields, **field_changes)
    if fix_size and "payload_size" not in field_changes:
        fields["payload_size"] = len(payload)

    def tamper(plain: bytes) -> bytes:
        # The length of the inner header, the header's JSON, the signature: bytes no honest
        # writer gets wrong, overwritten after signing.
        if raw is None:
            return plain
        at, value = raw
        return plain[:at] + value + plain[at + len(value) :]

    try:
        json.dumps(fields)
    except ValueError:
        return
    data = resealed(case.laptop, payload, fields, to=case.office, tamper=tamper if raw else None)
    _import_checked(case.office, data, None)


@FUZZ
@given(changes=edits)
def test_passphrase_bundles_too(case: Case, changes: list[tuple[str, int, bytes]]) -> None:
    data = resealed(case.laptop, case.payload, case.fields)
    damaged = _edited(data, changes)
    if damaged == data:
        return
    before = full_dump(case.office)
    with pytest.raises(BundleError):
        service.import_bundle(case.office, damaged, BUNDLE_PASSPHRASE)
    assert full_dump(case.office) == before
