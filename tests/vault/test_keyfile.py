"""Tests for the key file: key slots, damage detection, passphrase changes."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import select
import signal
import stat
import subprocess
import sys
import textwrap
import time
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import casefile
from casefile.errors import (
    BugError,
    InvalidRecoveryKeyError,
    KeyFileDamagedError,
    KeyFileMissingError,
    WrongPassphraseError,
)
from casefile.vault.atomic import leftover_temp_files
from casefile.vault.keyfile import (
    MAX_PARALLELISM,
    MIN_MEMORY_KIB,
    MIN_TIME_COST,
    KdfCost,
    KeyFile,
    calibrate_kdf_cost,
    derive_seconds,
    has_pair,
    new_passphrase_slot,
    new_recovery_slot,
    read_keyfile,
    unlock,
    unlock_recovery,
    with_passphrase,
    write_keyfile,
)

# Cheap on purpose: production code never uses this, it only gets costs from calibration.
CHEAP = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
DB_KEY = bytes(range(32))
VAULT_ID = "3f2c1a9e-0000-4000-8000-000000000001"
DAMAGED = "The key file of this vault is damaged. Open the vault with its recovery key."
MISSING = (
    "This vault's key file is missing. It may have been erased. "
    "Open the vault with its recovery key."
)
PROJECT_ROOT = Path(casefile.__file__).resolve().parent.parent
FIXTURES = PROJECT_ROOT / "db" / "fixtures"
FIXTURE_PASSPHRASE = "fixture vault passphrase for tests only"


def _keyfile(passphrase: str = "correct horse battery staple") -> KeyFile:
    slot = new_passphrase_slot(DB_KEY, passphrase, VAULT_ID, cost=CHEAP)
    return KeyFile(vault_id=VAULT_ID, slots=(slot,))


def _resealed(data: bytes, edit: Callable[[dict[str, Any]], None]) -> bytes:
    """Edit the JSON and recompute the checksum, as a deliberate tamperer would."""
    doc = json.loads(data)
    del doc["checksum"]
    edit(doc)
    canonical = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")
    doc["checksum"] = hashlib.sha256(canonical).hexdigest()
    return json.dumps(doc).encode("utf-8")


def _flip_b64(value: str, index: int = 0) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[index] ^= 0x01
    return base64.b64encode(bytes(raw)).decode("ascii")


# --- round trips -------------------------------------------------------------------------


def test_round_trip_in_memory() -> None:
    kf = _keyfile()
    parsed = KeyFile.from_bytes(kf.to_bytes())
    assert parsed == kf
    assert unlock(parsed, "correct horse battery staple") == DB_KEY


def test_round_trip_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "vault.keys"
    write_keyfile(path, _keyfile())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 or os.name == "nt"
    assert leftover_temp_files(path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.keys"]
    assert unlock(read_keyfile(path), "correct horse battery staple") == DB_KEY


def test_file_layout() -> None:
    doc = json.loads(_keyfile().to_bytes())
    assert doc["format"] == "casefile-keyfile"
    assert doc["format_version"] == 2
    assert doc["vault_id"] == VAULT_ID
    assert len(doc["checksum"]) == 64
    (slot,) = doc["slots"]
    assert slot["kind"] == "passphrase"
    assert slot["kdf"]["memory_kib"] == 8
    assert len(base64.b64decode(slot["kdf"]["salt"])) == 16
    assert len(base64.b64decode(slot["nonce"])) == 12
    assert len(base64.b64decode(slot["ciphertext"])) == 32 + 16
    assert DB_KEY.hex() not in json.dumps(doc)


def test_fresh_salt_and_nonce_each_time() -> None:
    a, b = _keyfile().slots[0], _keyfile().slots[0]
    assert a.salt != b.salt
    assert a.nonce != b.nonce
    assert a.ciphertext != b.ciphertext


# --- passphrases -------------------------------------------------------------------------


def test_wrong_passphrase() -> None:
    with pytest.raises(WrongPassphraseError) as info:
        unlock(_keyfile(), "correct horse battery stapler")
    assert str(info.value) == "The passphrase is not correct."


def test_empty_passphrase_is_just_wrong() -> None:
    with pytest.raises(WrongPassphraseError):
        unlock(_keyfile(), "")


@pytest.mark.parametrize("passphrase", ["Й їжак на ґанку", "Crème brûlée à la café", "ё-й-ї"])
def test_nfc_and_nfd_passphrases_are_the_same(passphrase: str) -> None:
    nfc = unicodedata.normalize("NFC", passphrase)
    nfd = unicodedata.normalize("NFD", passphrase)
    assert nfc != nfd  # the test is only meaningful if the encodings really differ
    assert unlock(_keyfile(nfc), nfd) == DB_KEY
    assert unlock(_keyfile(nfd), nfc) == DB_KEY


def test_any_passphrase_slot_opens() -> None:
    slots = tuple(new_passphrase_slot(DB_KEY, p, VAULT_ID, cost=CHEAP) for p in ("one", "two"))
    kf = KeyFile(vault_id=VAULT_ID, slots=slots)
    assert unlock(kf, "one") == DB_KEY
    assert unlock(kf, "two") == DB_KEY
    with pytest.raises(WrongPassphraseError):
        unlock(kf, "three")


def test_with_passphrase_replaces_all_passphrase_slots() -> None:
    slots = tuple(new_passphrase_slot(DB_KEY, p, VAULT_ID, cost=CHEAP) for p in ("one", "two"))
    old = KeyFile(vault_id=VAULT_ID, slots=slots)
    new = with_passphrase(old, unlock(old, "one"), "new passphrase", cost=CHEAP)
    assert new.vault_id == VAULT_ID
    # One pair: the passphrase's slot and a random companion under the same salt and cost.
    assert len(new.slots) == 2 and has_pair(new)
    assert unlock(new, "new passphrase") == DB_KEY
    for gone in ("one", "two"):
        with pytest.raises(WrongPassphraseError):
            unlock(new, gone)
    assert unlock(KeyFile.from_bytes(new.to_bytes()), "new passphrase") == DB_KEY


def test_wrong_key_length_is_a_bug() -> None:
    with pytest.raises(BugError):
        new_passphrase_slot(DB_KEY[:31], "x", VAULT_ID, cost=CHEAP)
    with pytest.raises(BugError):
        new_passphrase_slot(DB_KEY, "x", "", cost=CHEAP)


# --- format 1 and recovery slots (format 2) ----------------------------------------------


def test_a_format_1_key_file_still_opens() -> None:
    # What Casefile wrote before recovery slots: the fixture vault of schema revision 0001.
    with zipfile.ZipFile(FIXTURES / "vault-r0001.zip") as zipped:
        name = next(n for n in zipped.namelist() if n.endswith("/vault.keys"))
        data = zipped.read(name)
    keyfile = KeyFile.from_bytes(data)
    assert keyfile.format_version == 1
    key = unlock(keyfile, FIXTURE_PASSPHRASE)
    assert len(key) == 32
    # A passphrase change writes it as format 2.
    again = KeyFile.from_bytes(with_passphrase(keyfile, key, "new one", CHEAP).to_bytes())
    assert again.format_version == 2
    assert unlock(again, "new one") == key


def test_recovery_slot_round_trip_and_refusals() -> None:
    secret = os.urandom(32)
    recovery = KeyFile(VAULT_ID, (new_recovery_slot(DB_KEY, secret, VAULT_ID),))
    doc = json.loads(recovery.to_bytes())
    assert doc["slots"][0]["kind"] == "recovery"
    assert doc["slots"][0]["kdf"] == {"algorithm": "hkdf-sha256", "salt": ANY_STRING}
    assert DB_KEY.hex() not in json.dumps(doc) and secret.hex() not in json.dumps(doc)
    parsed = KeyFile.from_bytes(recovery.to_bytes())
    assert unlock_recovery(parsed, secret) == DB_KEY
    with pytest.raises(InvalidRecoveryKeyError):
        unlock_recovery(parsed, os.urandom(32))
    with pytest.raises(InvalidRecoveryKeyError):
        unlock_recovery(_keyfile(), secret)  # a file with passphrase slots only
    with pytest.raises(WrongPassphraseError):
        unlock(parsed, "anything")  # a passphrase never opens a recovery slot
    moved = _resealed(recovery.to_bytes(), lambda doc: doc.__setitem__("vault_id", "another"))
    with pytest.raises(InvalidRecoveryKeyError):
        unlock_recovery(KeyFile.from_bytes(moved), secret)
    argon = _resealed(recovery.to_bytes(), _set_kdf("algorithm", "argon2id"))
    with pytest.raises(KeyFileDamagedError, match="newer version"):
        KeyFile.from_bytes(argon)


class _AnyString:
    def __eq__(self, other: object) -> bool:
        return isinstance(other, str)


ANY_STRING = _AnyString()


def test_replaced_key_file_is_overwritten_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "vault.keys"
    write_keyfile(path, _keyfile("old passphrase"))
    old = path.read_bytes()
    survivor = tmp_path / "same-blocks"
    os.link(path, survivor)  # another name for the old file's blocks, as free space would be
    write_keyfile(path, _keyfile("new passphrase"))
    if os.name != "nt":
        assert survivor.read_bytes() != old
        assert len(survivor.read_bytes()) == len(old)
    assert unlock(read_keyfile(path), "new passphrase") == DB_KEY


# --- damage: checksum catches it --------------------------------------------------------


def test_every_single_flipped_byte_is_damage() -> None:
    data = _keyfile().to_bytes()
    for i in range(len(data)):
        flipped = bytearray(data)
        flipped[i] ^= 0x01
        with pytest.raises(KeyFileDamagedError):
            KeyFile.from_bytes(bytes(flipped))


def test_flipped_ciphertext_without_new_checksum_is_damage() -> None:
    doc = json.loads(_keyfile().to_bytes())
    doc["slots"][0]["ciphertext"] = _flip_b64(doc["slots"][0]["ciphertext"], 5)
    with pytest.raises(KeyFileDamagedError) as info:
        KeyFile.from_bytes(json.dumps(doc).encode())
    assert str(info.value) == DAMAGED


@pytest.mark.parametrize("length", [0, 1, 10, 100, -50, -2])
def test_truncated_file_is_damage(length: int) -> None:
    data = _keyfile().to_bytes()
    with pytest.raises(KeyFileDamagedError):
        KeyFile.from_bytes(data[:length])


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00" * 64,
        b"\xff\xfe not utf-8",
        b"not json",
        b"[]",
        b'"casefile-keyfile"',
        b"[" * 100_000,
        json.dumps({"format": "something-else", "format_version": 1}).encode(),
    ],
)
def test_garbage_is_damage(data: bytes) -> None:
    with pytest.raises(KeyFileDamagedError) as info:
        KeyFile.from_bytes(data)
    assert str(info.value) == DAMAGED


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda doc: doc.pop(key)


def _drop_in_slot(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda doc: doc["slots"][0].pop(key)


def _set_slot(key: str, value: object) -> Callable[[dict[str, Any]], None]:
    return lambda doc: doc["slots"][0].__setitem__(key, value)


def _set_kdf(key: str, value: object) -> Callable[[dict[str, Any]], None]:
    return lambda doc: doc["slots"][0]["kdf"].__setitem__(key, value)


@pytest.mark.parametrize(
    "edit",
    [
        _drop("vault_id"),
        _drop("slots"),
        _drop("format_version"),
        _drop_in_slot("kind"),
        _drop_in_slot("label"),
        _drop_in_slot("kdf"),
        _drop_in_slot("nonce"),
        _drop_in_slot("ciphertext"),
        lambda doc: doc["slots"][0]["kdf"].pop("salt"),
        lambda doc: doc["slots"][0]["kdf"].pop("memory_kib"),
        lambda doc: doc.__setitem__("slots", []),
        lambda doc: doc.__setitem__("slots", ["not a slot"]),
        lambda doc: doc.__setitem__("vault_id", ""),
        lambda doc: doc.__setitem__("format_version", 0),
        lambda doc: doc.__setitem__("format_version", True),
        lambda doc: doc.__setitem__("format_version", "1"),
        _set_slot("nonce", "!!not base64!!"),
        _set_slot("nonce", base64.b64encode(b"short").decode()),
        _set_slot("ciphertext", base64.b64encode(b"\0" * 40).decode()),
        _set_slot("ciphertext", "Ж"),
        _set_slot("ciphertext", 12),
        _set_kdf("salt", "AAAA"),
        _set_kdf("time_cost", 0),
        _set_kdf("time_cost", 1.5),
        _set_kdf("parallelism", False),
        _set_kdf("memory_kib", 1 << 40),  # must not try to allocate a terabyte
        _set_kdf("memory_kib", 4),  # below what Argon2 accepts
    ],
)
def test_structural_damage_with_valid_checksum(edit: Callable[[dict[str, Any]], None]) -> None:
    with pytest.raises(KeyFileDamagedError) as info:
        KeyFile.from_bytes(_resealed(_keyfile().to_bytes(), edit))
    assert str(info.value) == DAMAGED


def test_newer_format_version() -> None:
    data = _resealed(_keyfile().to_bytes(), lambda doc: doc.__setitem__("format_version", 3))
    with pytest.raises(KeyFileDamagedError, match="newer version"):
        KeyFile.from_bytes(data)


@pytest.mark.parametrize(
    "edit", [_set_slot("kind", "hardware-token"), _set_kdf("algorithm", "argon3")]
)
def test_unknown_slot_kind_or_kdf_is_from_a_newer_version(
    edit: Callable[[dict[str, Any]], None],
) -> None:
    with pytest.raises(KeyFileDamagedError, match="newer version"):
        KeyFile.from_bytes(_resealed(_keyfile().to_bytes(), edit))


# --- tampering with the checksum recomputed: AEAD catches it ------------------------------
# The checksum is not a secret, so someone who edits the file on purpose can recompute it.
# AES-GCM then fails authentication, which is indistinguishable from a wrong passphrase:
# the user sees WrongPassphraseError, and the key is never released.


@pytest.mark.parametrize(
    "edit",
    [
        lambda doc: doc["slots"][0].__setitem__(
            "ciphertext", _flip_b64(doc["slots"][0]["ciphertext"], 3)
        ),
        lambda doc: doc["slots"][0].__setitem__("nonce", _flip_b64(doc["slots"][0]["nonce"], 0)),
        lambda doc: doc["slots"][0]["kdf"].__setitem__(
            "salt", _flip_b64(doc["slots"][0]["kdf"]["salt"], 0)
        ),
        _set_kdf("time_cost", 2),  # the AAD binds the KDF parameters
        _set_kdf("memory_kib", 16),
        _set_slot("label", "changed"),
        lambda doc: doc.__setitem__("vault_id", "another-vault"),  # slot moved to another vault
    ],
)
def test_tampering_with_recomputed_checksum_fails_authentication(
    edit: Callable[[dict[str, Any]], None],
) -> None:
    tampered = KeyFile.from_bytes(_resealed(_keyfile("pw").to_bytes(), edit))
    with pytest.raises(WrongPassphraseError):
        unlock(tampered, "pw")


def test_resealing_without_changes_still_opens() -> None:
    # Guards the helper above: recomputing the checksum alone must not break anything.
    kf = KeyFile.from_bytes(_resealed(_keyfile("pw").to_bytes(), lambda doc: None))
    assert unlock(kf, "pw") == DB_KEY


# --- reading and writing files ----------------------------------------------------------


def test_missing_key_file(tmp_path: Path) -> None:
    with pytest.raises(KeyFileMissingError) as info:
        read_keyfile(tmp_path / "vault.keys")
    assert str(info.value) == MISSING


def test_key_file_that_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "vault.keys").mkdir()
    with pytest.raises(KeyFileDamagedError):
        read_keyfile(tmp_path / "vault.keys")


def test_truncated_file_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "vault.keys"
    write_keyfile(path, _keyfile())
    path.write_bytes(path.read_bytes()[:-40])
    with pytest.raises(KeyFileDamagedError):
        read_keyfile(path)


def test_huge_file_is_damage(tmp_path: Path) -> None:
    path = tmp_path / "vault.keys"
    path.write_bytes(b" " * (2 * 1024 * 1024))
    with pytest.raises(KeyFileDamagedError):
        read_keyfile(path)


_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from casefile.vault.keyfile import (
        KdfCost, read_keyfile, unlock, with_passphrase, write_keyfile,
    )

    path = Path(sys.argv[1])
    cost = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
    current, other = "passphrase A", "passphrase B"
    while True:
        keyfile = read_keyfile(path)
        db_key = unlock(keyfile, current)
        write_keyfile(path, with_passphrase(keyfile, db_key, other, cost))
        current, other = other, current
        print(current, flush=True)
    """
)


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL and select on pipes are POSIX")
def test_interrupted_passphrase_change_leaves_a_usable_key_file(tmp_path: Path) -> None:
    rng = random.Random(20240601)  # fixed seed: the same kill delays on every run
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT))
    deadline = time.monotonic() + 30
    for run in range(5):
        folder = tmp_path / f"run{run}"
        folder.mkdir()
        path = folder / "vault.keys"
        write_keyfile(
            path,
            KeyFile(VAULT_ID, (new_passphrase_slot(DB_KEY, "passphrase A", VAULT_ID, CHEAP),)),
        )
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=PROJECT_ROOT,
        )
        assert child.stdout is not None
        try:
            # Kill only once the child is busy rewriting, at a random point in its loop.
            ready, _, _ = select.select(
                [child.stdout], [], [], max(0.1, deadline - time.monotonic())
            )
            assert ready, "the child process did not start writing"
            first = child.stdout.readline()
            assert first.strip() == "passphrase B", child.stderr.read() if child.stderr else ""
            time.sleep(rng.uniform(0.0, 0.05))
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
        completed = [first.strip(), *(line.strip() for line in child.stdout)]
        child.stdout.close()
        if child.stderr is not None:
            child.stderr.close()
        assert child.returncode == -signal.SIGKILL

        keyfile = read_keyfile(path)  # must parse: never half written
        opens = []
        for passphrase in ("passphrase A", "passphrase B"):
            try:
                assert unlock(keyfile, passphrase) == DB_KEY
                opens.append(passphrase)
            except WrongPassphraseError:
                pass
        # Exactly one: the last reported write, or the one after it whose report the kill
        # prevented. Both are whole key files; there is no third, half-written state.
        assert len(opens) == 1, (opens, completed)
        # A killed writer may leave a temp file; it is never the key file and does not stop
        # the next write.
        for temp in leftover_temp_files(path):
            assert temp.name != path.name
            temp.unlink()
        write_keyfile(path, with_passphrase(keyfile, DB_KEY, "passphrase C", CHEAP))
        assert unlock(read_keyfile(path), "passphrase C") == DB_KEY


# --- production cost ---------------------------------------------------------------------


@pytest.mark.slow
def test_calibrated_cost_is_never_below_the_floor() -> None:
    cost = calibrate_kdf_cost()
    assert cost.memory_kib >= MIN_MEMORY_KIB == 65536
    assert cost.time_cost >= MIN_TIME_COST == 3
    assert 1 <= cost.parallelism <= MAX_PARALLELISM == 4
    assert cost.memory_kib <= 1024 * 1024
    assert cost.meets_floor()
    assert calibrate_kdf_cost() is cost  # cached per process
    assert derive_seconds(cost) > 0
    # Without an explicit cost, new slots use the calibrated one.
    slot = new_passphrase_slot(DB_KEY, "pw", VAULT_ID)
    assert slot.cost == cost
    assert unlock(KeyFile(VAULT_ID, (slot,)), "pw") == DB_KEY


def test_cheap_test_cost_is_below_the_floor() -> None:
    # KdfCost itself does not enforce the floor; meets_floor tells the two apart.
    assert not CHEAP.meets_floor()
