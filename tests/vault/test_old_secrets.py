"""Old secrets die (issue 15): a changed passphrase opens no backup in the vault's folder, a
replaced recovery key opens nothing, and a vault made before recovery slots keeps its old
recovery key until it is replaced."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from casefile.errors import KeyFileMissingError, VaultCorruptError, WrongPassphraseError
from casefile.vault.backup import list_backups
from casefile.vault.keyfile import (
    KdfCost,
    KeyFile,
    new_passphrase_slot,
    read_keyfile,
    unlock,
    write_keyfile,
)
from casefile.vault.recovery import format_recovery_key
from casefile.vault.schema import Person
from casefile.vault.vault import CreatedVault, Vault, emergency_erase

FAST_KDF = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
P1 = "correct horse battery staple for tests only"
P2 = "seven amber lanterns drift over quiet harbours"
P3 = "a third passphrase for the third change of keys"
FIXTURES = Path(__file__).resolve().parents[2] / "db" / "fixtures"
FIXTURE_PASSPHRASE = "fixture vault passphrase for tests only"


@pytest.fixture
def created(tmp_path: Path) -> Iterator[CreatedVault]:
    made = Vault.create(tmp_path / "field", P1, actor="tester", kdf_cost=FAST_KDF)
    try:
        with made.vault.write() as session:
            session.add(Person(full_name="Айгүл Бакирова"))
        yield made
    finally:
        made.vault.close()


def opens(folder: Path, passphrase: str) -> bool:
    try:
        Vault.open(folder, passphrase, upgrade=False).close()
    except (WrongPassphraseError, KeyFileMissingError):
        return False
    return True


def recovery_opens(folder: Path, recovery_key: str) -> bool:
    try:
        Vault.open_with_recovery_key(folder, recovery_key).close()
    except VaultCorruptError as error:
        assert "replaced no longer opens it" in str(error)
        return False
    return True


def test_old_passphrase_opens_neither_the_vault_nor_a_backup_after_passwd(
    created: CreatedVault,
) -> None:
    vault = created.vault
    root = vault.paths.root
    backups = [vault.backup(), vault.backup(kind="auto")]
    old_keys = (backups[0].path / "vault.keys").read_bytes()
    same_blocks = root.parent / "old-blocks"
    os.link(backups[0].path / "vault.keys", same_blocks)

    report = vault.change_passphrase(P1, P2, kdf_cost=FAST_KDF)
    vault.close()

    assert sorted(report.rewrapped) == sorted(info.path for info in backups)
    assert report.destroyed == report.kept == ()
    for folder in (root, *(info.path for info in backups)):
        assert not opens(folder, P1), folder
        assert opens(folder, P2), folder
    # The replaced key file was overwritten, not only unlinked.
    assert same_blocks.read_bytes() != old_keys or os.name == "nt"
    # The recovery key is unchanged and still opens all of them.
    for folder in (root, *(info.path for info in backups)):
        assert recovery_opens(folder, created.recovery_key)


def test_rekey_and_passwd_reach_backups_under_older_keys(created: CreatedVault) -> None:
    vault = created.vault
    root = vault.paths.root
    manual = vault.backup()
    vault.rekey(P2, current=P1, kdf_cost=FAST_KDF)
    (pre_rekey,) = [info.path for info in list_backups(root / "backups") if info.kind != "manual"]
    # Both backups keep the old database key, under the new passphrase only.
    for folder in (manual.path, pre_rekey):
        assert not opens(folder, P1)
        assert opens(folder, P2)

    # A backup whose key file holds an even older passphrase (as one made before this
    # version could): the next change cannot reach its key, so it destroys the key file.
    old_key = unlock(read_keyfile(manual.path / "vault.keys"), P2)
    vault_id = read_keyfile(manual.path / "vault.keys").vault_id
    ancient = new_passphrase_slot(old_key, "an ancient passphrase", vault_id, FAST_KDF)
    write_keyfile(manual.path / "vault.keys", KeyFile(vault_id, (ancient,)))

    report = vault.change_passphrase(P2, P3, kdf_cost=FAST_KDF)
    vault.close()
    assert report.rewrapped == (pre_rekey,)
    assert report.destroyed == (manual.path,)
    assert not (manual.path / "vault.keys").exists()
    assert not opens(manual.path, "an ancient passphrase")
    assert opens(pre_rekey, P3) and not opens(pre_rekey, P2)
    # The old recovery key is all that opens the backups under the old database key.
    assert recovery_opens(manual.path, created.recovery_key)
    assert not recovery_opens(root, created.recovery_key)
    assert opens(root, P3) and not opens(root, P1) and not opens(root, P2)


def test_old_recovery_key_is_refused_after_recovery_new(created: CreatedVault) -> None:
    vault = created.vault
    root = vault.paths.root
    backup = vault.backup()
    assert vault.has_recovery_slot()
    old_recovery = (root / "vault.recovery").read_bytes()

    made = vault.new_recovery_key(P1)
    vault.close()

    assert not made.rekeyed
    assert made.backups.rewrapped == (backup.path,)
    assert made.recovery_key != created.recovery_key
    assert (root / "vault.recovery").read_bytes() != old_recovery
    for folder in (root, backup.path):
        assert not recovery_opens(folder, created.recovery_key)
        assert recovery_opens(folder, made.recovery_key)
        assert opens(folder, P1)  # the passphrase stays
    # And after an erase the new recovery key is the way back in.
    emergency_erase(root)
    assert not opens(root, P1)
    recovered = Vault.open_with_recovery_key(root, made.recovery_key)
    with recovered, recovered.read() as session:
        assert [p.full_name for p in session.query(Person)] == ["Айгүл Бакирова"]


def test_recovery_new_refuses_a_wrong_passphrase(created: CreatedVault) -> None:
    with pytest.raises(WrongPassphraseError):
        created.vault.new_recovery_key(P2)
    created.vault.close()
    assert recovery_opens(created.vault.paths.root, created.recovery_key)


def extract_fixture(tmp_path: Path, revision: str = "0005") -> Path:
    with zipfile.ZipFile(FIXTURES / f"vault-r{revision}.zip") as zipped:
        zipped.extractall(tmp_path)
        return tmp_path / zipped.namelist()[0].split("/")[0]


def test_a_vault_from_before_recovery_slots_keeps_its_recovery_key_until_replaced(
    tmp_path: Path,
) -> None:
    folder = extract_fixture(tmp_path)
    assert not (folder / "vault.recovery").exists()
    # Its recovery key was the database key itself.
    legacy = format_recovery_key(unlock(read_keyfile(folder / "vault.keys"), FIXTURE_PASSPHRASE))
    assert recovery_opens(folder, legacy)

    with Vault.open(folder, FIXTURE_PASSPHRASE) as vault:
        assert not vault.info().recovery_slot
        vault.change_passphrase(FIXTURE_PASSPHRASE, P2, kdf_cost=FAST_KDF)
    assert read_keyfile(folder / "vault.keys").format_version == 2
    assert recovery_opens(folder, legacy)  # a passphrase change does not touch it

    with Vault.open(folder, P2) as vault:
        made = vault.new_recovery_key(P2, kdf_cost=FAST_KDF)
        assert vault.info().recovery_slot
    assert made.rekeyed  # the only way to retire a key that is the database key
    assert not recovery_opens(folder, legacy)
    assert recovery_opens(folder, made.recovery_key)
    assert opens(folder, P2) and not opens(folder, FIXTURE_PASSPHRASE)
