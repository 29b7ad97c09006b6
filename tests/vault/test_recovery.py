"""Tests for the recovery key format and the printable recovery sheet."""

from __future__ import annotations

import base64
import hashlib
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casefile.errors import BugError, InvalidRecoveryKeyError
from casefile.vault.recovery import (
    ALPHABET,
    format_recovery_key,
    parse_recovery_key,
    recovery_sheet_text,
)

KEY = bytes(range(32))
MESSAGE = "The recovery key is not valid. Check it for typing mistakes."


def _reference(db_key: bytes) -> str:
    # Independent implementation: RFC 4648 base32 has the same bit order, only another alphabet.
    data = db_key + hashlib.sha256(b"casefile-recovery" + db_key).digest()[:2]
    std = base64.b32encode(data).decode("ascii").rstrip("=")
    text = std.translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", ALPHABET))
    return "-".join(text[i : i + 5] for i in range(0, len(text), 5))


def test_format_matches_reference_and_is_deterministic() -> None:
    text = format_recovery_key(KEY)
    assert text == _reference(KEY)
    assert text == format_recovery_key(KEY)
    groups = text.split("-")
    assert len(groups) == 11
    assert all(len(g) == 5 and set(g) <= set(ALPHABET) for g in groups)


@settings(database=None, max_examples=200)
@given(st.binary(min_size=32, max_size=32))
def test_round_trip(db_key: bytes) -> None:
    text = format_recovery_key(db_key)
    assert text == _reference(db_key)
    assert parse_recovery_key(text) == db_key


def test_tolerates_case_spaces_newlines_and_missing_dashes() -> None:
    text = format_recovery_key(KEY)
    compact = text.replace("-", "")
    assert parse_recovery_key(text.lower()) == KEY
    assert parse_recovery_key(compact) == KEY
    assert parse_recovery_key(" ".join(text.split("-"))) == KEY
    assert parse_recovery_key("\n".join(text.split("-")) + "\n") == KEY
    assert parse_recovery_key("  " + text.replace("-", " - ") + "  ") == KEY


def test_reads_confusable_letters_as_digits() -> None:
    key = next(k for k in (bytes([i]) * 32 for i in range(256)) if "0" in format_recovery_key(k))
    text = format_recovery_key(key)
    assert "0" in text
    assert parse_recovery_key(text.replace("0", "O")) == key
    assert parse_recovery_key(text.replace("0", "o")) == key
    key1 = next(k for k in (bytes([i]) * 32 for i in range(256)) if "1" in format_recovery_key(k))
    text1 = format_recovery_key(key1)
    assert parse_recovery_key(text1.replace("1", "I")) == key1
    assert parse_recovery_key(text1.replace("1", "l")) == key1


def test_every_single_character_typo_is_detected_for_this_key() -> None:
    # The 16-bit checksum misses a random typo with probability 1/65536, so this is not a
    # guarantee for every key; for this fixed key every one of the 55 x 31 typos is caught.
    compact = format_recovery_key(KEY).replace("-", "")
    for pos, right in enumerate(compact):
        for wrong in ALPHABET:
            if wrong == right:
                continue
            typo = compact[:pos] + wrong + compact[pos + 1 :]
            with pytest.raises(InvalidRecoveryKeyError):
                parse_recovery_key(typo)


def test_swapped_neighbours_detected_for_this_key() -> None:
    compact = format_recovery_key(KEY).replace("-", "")
    for i in range(len(compact) - 1):
        if compact[i] == compact[i + 1]:
            continue
        swapped = compact[:i] + compact[i + 1] + compact[i] + compact[i + 2 :]
        with pytest.raises(InvalidRecoveryKeyError):
            parse_recovery_key(swapped)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda s: s[:-1],  # one character missing
        lambda s: s + "0",  # one character too many
        lambda s: s[:-5],  # a whole group missing
        lambda s: "",
        lambda s: "-  -\n",
    ],
)
def test_wrong_length_rejected(mangle: object) -> None:
    assert callable(mangle)
    with pytest.raises(InvalidRecoveryKeyError) as info:
        parse_recovery_key(mangle(format_recovery_key(KEY)))
    assert str(info.value) == MESSAGE


@pytest.mark.parametrize("bad", ["U", "*", "é", "_", "Ж"])
def test_bad_characters_rejected(bad: str) -> None:
    text = format_recovery_key(KEY)
    with pytest.raises(InvalidRecoveryKeyError, match="not valid"):
        parse_recovery_key(bad + text[1:])


def test_nonzero_padding_bits_rejected() -> None:
    compact = format_recovery_key(KEY).replace("-", "")
    last = ALPHABET.index(compact[-1])
    with pytest.raises(InvalidRecoveryKeyError):
        parse_recovery_key(compact[:-1] + ALPHABET[last | 1])


def test_wrong_key_length_is_a_bug() -> None:
    with pytest.raises(BugError):
        format_recovery_key(b"\0" * 31)


def test_recovery_sheet() -> None:
    key_text = format_recovery_key(KEY)
    sheet = recovery_sheet_text("Field office", key_text, date(2025, 3, 14))
    assert key_text in sheet
    assert "Field office" in sheet
    assert "2025-03-14" in sheet
    assert "casefile recover --vault PATH" in sheet
    assert "head office" in sheet
    assert sheet.isascii()
    assert all(len(line) <= 80 for line in sheet.splitlines())
