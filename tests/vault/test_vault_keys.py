"""Emergency erase, opening with the recovery key, and re-keying (also when interrupted)."""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

import casefile.vault.vault as vault_module
from casefile.errors import (
    InvalidRecoveryKeyError,
    KeyFileMissingError,
    VaultCorruptError,
    WrongPassphraseError,
)
from casefile.vault.backup import list_backups
from casefile.vault.keyfile import KdfCost, KeySlot
from casefile.vault.recovery import ALPHABET, format_recovery_key
from casefile.vault.schema import Person
from casefile.vault.vault import CreatedVault, Vault, emergency_erase

FAST_KDF = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
PASSPHRASE = "correct horse battery staple for tests only"
NEW_PASSPHRASE = "seven amber lanterns drift over quiet harbours"


class SimulatedCrashError(Exception):
    """Stands for the process dying at that point."""


def snapshot(folder: Path) -> dict[str, str]:
    digests: dict[str, str] = {}
    for file in sorted(folder.rglob("*")):
        if file.is_file() and file.name != "vault.lock":
            digests[file.relative_to(folder).as_posix()] = hashlib.sha256(
                file.read_bytes()
            ).hexdigest()
    return digests


def add_person(vault: Vault, name: str) -> str:
    with vault.write() as session:
        person = Person(full_name=name)
        session.add(person)
        session.flush()
        return person.id


def names(vault: Vault) -> set[str]:
    with vault.read() as session:
        return {person.full_name for person in session.query(Person)}


@pytest.fixture
def created(tmp_path: Path) -> Iterator[CreatedVault]:
    made = Vault.create(tmp_path / "field", PASSPHRASE, actor="tester", kdf_cost=FAST_KDF)
    try:
        add_person(made.vault, "Эркин Садыков")
        yield made
    finally:
        made.vault.close()  # a no-op when the test closed it already


def mistype(recovery_key: str) -> str:
    index = 7
    wrong = next(c for c in ALPHABET if c != recovery_key[index])
    return recovery_key[:index] + wrong + recovery_key[index + 1 :]


# -- emergency erase and recovery -------------------------------------------------------------


def test_emergency_erase_then_recovery_key_then_new_passphrase(created: CreatedVault) -> None:
    vault = created.vault
    backup = vault.backup()
    root = vault.paths.root
    vault.close()
    # What an interrupted key-file write or re-key could have left: copies of the wrapped key.
    leftover_temp = root / ".vault.keys.0123456789abcdef.tmp"
    leftover_temp.write_bytes((root / "vault.keys").read_bytes())
    original = (root / "vault.keys").read_bytes()
    survivor = root.parent / "hard-link-to-keys"
    os.link(root / "vault.keys", survivor)  # sees the same blocks after the unlink

    erased = emergency_erase(root)

    assert set(erased) == {root / "vault.keys", leftover_temp, backup.path / "vault.keys"}
    assert [p for p in root.rglob("*") if "vault.keys" in p.name] == []
    # The recovery slots stay: they are how the vault opens now.
    assert (root / "vault.recovery").is_file() and (backup.path / "vault.recovery").is_file()
    assert (root / "vault.db").is_file() and (backup.path / "vault.db").is_file()
    # Overwritten before unlinking.
    assert survivor.stat().st_size == len(original)
    assert survivor.read_bytes() != original
    with pytest.raises(KeyFileMissingError, match="recovery key"):
        Vault.open(root, PASSPHRASE)
    with pytest.raises(KeyFileMissingError):
        Vault.open(backup.path, PASSPHRASE)

    before = snapshot(root)
    with pytest.raises(InvalidRecoveryKeyError):
        Vault.open_with_recovery_key(root, mistype(created.recovery_key))
    with pytest.raises(VaultCorruptError, match="recovery key does not open this vault"):
        Vault.open_with_recovery_key(root, format_recovery_key(secrets.token_bytes(32)))
    assert snapshot(root) == before

    recovered = Vault.open_with_recovery_key(root, created.recovery_key.lower(), actor="r")
    try:
        assert names(recovered) == {"Эркин Садыков"}
        add_person(recovered, "After recovery")
        recovered.set_passphrase_after_recovery(NEW_PASSPHRASE, kdf_cost=FAST_KDF)
    finally:
        recovered.close()
    assert (root / "vault.keys").is_file()

    with pytest.raises(WrongPassphraseError):
        Vault.open(root, PASSPHRASE)
    reopened = Vault.open(root, NEW_PASSPHRASE)
    try:
        assert names(reopened) == {"Эркин Садыков", "After recovery"}
        assert reopened.check().ok
    finally:
        reopened.close()
    # The backup has the same key: the recovery key opens it too.
    old_copy = Vault.open_with_recovery_key(backup.path, created.recovery_key)
    try:
        assert names(old_copy) == {"Эркин Садыков"}
    finally:
        old_copy.close()


def test_recovery_key_opens_even_with_the_key_file_present(created: CreatedVault) -> None:
    root = created.vault.paths.root
    created.vault.close()
    recovered = Vault.open_with_recovery_key(root, created.recovery_key)
    try:
        assert names(recovered) == {"Эркин Садыков"}
    finally:
        recovered.close()


# -- re-key -----------------------------------------------------------------------------------


def test_rekey_replaces_the_key(created: CreatedVault) -> None:
    vault = created.vault
    root = vault.paths.root
    keys_before = (root / "vault.keys").read_bytes()
    db_before = (root / "vault.db").read_bytes()

    new_recovery = vault.rekey(NEW_PASSPHRASE, kdf_cost=FAST_KDF)

    assert new_recovery != created.recovery_key
    assert (root / "vault.keys").read_bytes() != keys_before
    assert (root / "vault.db").read_bytes()[:4096] != db_before[:4096]
    assert not (root / "vault.keys.pending").exists()
    assert not (root / "vault.recovery.pending").exists()
    assert not (root / "vault.db.rekeyed").exists()
    assert [b.kind for b in list_backups(root / "backups")] == ["pre-rekey"]
    # The open vault goes on working under the new key.
    assert names(vault) == {"Эркин Садыков"}
    add_person(vault, "After rekey")
    vault.close()

    with pytest.raises(VaultCorruptError, match="recovery key does not open this vault"):
        Vault.open_with_recovery_key(root, created.recovery_key)
    with pytest.raises(WrongPassphraseError):
        Vault.open(root, PASSPHRASE)
    for reopen in (
        lambda: Vault.open_with_recovery_key(root, new_recovery),
        lambda: Vault.open(root, NEW_PASSPHRASE),
    ):
        reopened = reopen()
        try:
            assert names(reopened) == {"Эркин Садыков", "After rekey"}
            assert reopened.check().ok
        finally:
            reopened.close()


def record_recovery_secrets(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The recovery secrets the vault wraps from now on (the recovery keys it makes)."""
    made: list[bytes] = []
    real = vault_module.new_recovery_slot

    def recording(db_key: bytes, secret: bytes, vault_id: str) -> KeySlot:
        made.append(secret)
        return real(db_key, secret, vault_id)

    monkeypatch.setattr(vault_module, "new_recovery_slot", recording)
    return made


def crash_on_replace(monkeypatch: pytest.MonkeyPatch, source: Path) -> None:
    real_replace = os.replace

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(src) == source:
            raise SimulatedCrashError(f"died before moving {source.name}")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("new_passphrase", [NEW_PASSPHRASE, PASSPHRASE], ids=["new", "same"])
def test_rekey_interrupted_between_the_swaps_is_completed_on_open(
    created: CreatedVault, monkeypatch: pytest.MonkeyPatch, new_passphrase: str
) -> None:
    vault = created.vault
    root = vault.paths.root
    keys_before = (root / "vault.keys").read_bytes()
    secrets_made = record_recovery_secrets(monkeypatch)
    crash_on_replace(monkeypatch, root / "vault.keys.pending")
    with pytest.raises(SimulatedCrashError):
        vault.rekey(new_passphrase, kdf_cost=FAST_KDF)
    monkeypatch.undo()
    new_recovery = format_recovery_key(secrets_made[-1])
    assert new_recovery != created.recovery_key
    # The database has been swapped, the key file not yet.
    assert (root / "vault.keys").read_bytes() == keys_before
    assert (root / "vault.keys.pending").is_file()
    # The open vault already uses the new key, so it keeps working.
    assert names(vault) == {"Эркин Садыков"}
    vault.close()

    if new_passphrase != PASSPHRASE:
        with pytest.raises(WrongPassphraseError, match="new passphrase"):
            Vault.open(root, PASSPHRASE)
    reopened = Vault.open(root, new_passphrase)
    try:
        assert names(reopened) == {"Эркин Садыков"}
    finally:
        reopened.close()
    assert not (root / "vault.keys.pending").exists()
    assert (root / "vault.keys").read_bytes() != keys_before
    again = Vault.open_with_recovery_key(root, new_recovery)
    again.close()


def test_rekey_interrupted_before_the_database_swap_keeps_the_old_key(
    created: CreatedVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = created.vault
    root = vault.paths.root
    keys_before = (root / "vault.keys").read_bytes()
    crash_on_replace(monkeypatch, root / "vault.db.rekeyed")
    with pytest.raises(SimulatedCrashError):
        vault.rekey(NEW_PASSPHRASE, kdf_cost=FAST_KDF)
    monkeypatch.undo()
    assert (root / "vault.keys.pending").is_file()
    assert (root / "vault.recovery.pending").is_file()
    assert names(vault) == {"Эркин Садыков"}
    vault.close()

    with pytest.raises(WrongPassphraseError, match="interrupted before"):
        Vault.open(root, NEW_PASSPHRASE)
    reopened = Vault.open(root, PASSPHRASE)
    try:
        assert names(reopened) == {"Эркин Садыков"}
        assert reopened.check().ok
    finally:
        reopened.close()
    assert (root / "vault.keys").read_bytes() == keys_before
    assert not (root / "vault.keys.pending").exists()
    assert not (root / "vault.recovery.pending").exists()
    assert not (root / "vault.db.rekeyed").exists()
    Vault.open_with_recovery_key(root, created.recovery_key).close()
