"""The duress passphrase (issue 15): it erases the key files as an emergency erase does and
opens an empty decoy; the recovery key still opens the vault, the real passphrase no more."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from casefile.errors import KeyFileMissingError, WeakPassphraseError, WrongPassphraseError
from casefile.vault.backup import list_backups
from casefile.vault.duress import SPARE_NAME, DecoyPaths
from casefile.vault.keyfile import KdfCost, KeyFile, has_pair, open_passphrase, read_keyfile
from casefile.vault.schema import Person
from casefile.vault.vault import CreatedVault, Vault

FAST_KDF = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
REAL = "correct horse battery staple for tests only"
DURESS = "seven amber lanterns drift over quiet harbours"
NEW = "a third passphrase for the third change of keys"


@pytest.fixture
def created(tmp_path: Path) -> Iterator[CreatedVault]:
    made = Vault.create(tmp_path / "field", REAL, actor="tester", kdf_cost=FAST_KDF)
    try:
        with made.vault.write() as session:
            session.add(Person(full_name="Айгүл Бакирова"))
        yield made
    finally:
        made.vault.close()


def people(vault: Vault) -> list[str]:
    with vault.read() as session:
        return list(session.scalars(select(Person.full_name)))


def shape(keyfile: KeyFile) -> list[object]:
    """The key file as a reader without the passphrases sees it: fields and sizes."""
    doc = json.loads(keyfile.to_bytes())
    return [
        sorted((name, len(str(value))) for name, value in slot.items() if name != "kdf")
        for slot in doc["slots"]
    ]


def with_duress(created: CreatedVault) -> Path:
    vault = created.vault
    vault.set_duress(REAL, DURESS, kdf_cost=FAST_KDF, enforce_strength=False)
    vault.backup()
    root = vault.paths.root
    vault.close()
    return root


def test_off_by_default_and_the_key_file_looks_the_same_set_or_not(
    created: CreatedVault,
) -> None:
    vault = created.vault
    assert not vault.duress_set
    before = read_keyfile(vault.paths.keys)
    vault.set_duress(REAL, DURESS, kdf_cost=FAST_KDF, enforce_strength=False)
    after = read_keyfile(vault.paths.keys)
    assert vault.duress_set
    # Two passphrase slots under one salt and cost, either way; labels the same.
    for keyfile in (before, after):
        assert has_pair(keyfile)
        assert {slot.label for slot in keyfile.slots} == {"passphrase"}
    assert shape(after) == shape(before)
    assert "duress" not in after.to_bytes().decode()
    assert (vault.paths.root / SPARE_NAME / "vault.db").is_file()
    assert vault.info().key_slots == 1  # one way in shown, set or not


def test_normal_passphrase_still_opens_the_vault_when_duress_is_set(
    created: CreatedVault,
) -> None:
    root = with_duress(created)
    with Vault.open(root, REAL) as vault:
        assert people(vault) == ["Айгүл Бакирова"]
        assert vault.duress_set
    assert (root / "vault.keys").is_file()


def test_wrong_passphrase_gives_the_usual_error_and_erases_nothing(
    created: CreatedVault,
) -> None:
    root = with_duress(created)
    with pytest.raises(WrongPassphraseError, match=r"The passphrase is not correct\."):
        Vault.open(root, "not the passphrase at all")
    with Vault.open(root, REAL) as vault:
        assert people(vault) == ["Айгүл Бакирова"]


def test_duress_erases_the_keys_opens_the_decoy_and_the_recovery_key_still_opens(
    created: CreatedVault,
) -> None:
    root = with_duress(created)
    [backup] = list_backups(root / "backups")
    real_vault_id = created.vault.vault_id
    with Vault.open(root, DURESS) as decoy:
        # Nothing says so: the same folder, vault id, no records, "no duress passphrase".
        assert decoy.paths.root == root
        assert isinstance(decoy.paths, DecoyPaths)
        assert decoy.vault_id == real_vault_id
        assert people(decoy) == []
        assert not decoy.duress_set
        assert decoy.info().path == root
    # Erased as the panic button does: the backups' key files too.
    assert not (backup.path / "vault.keys").exists()
    with pytest.raises(WrongPassphraseError, match=r"The passphrase is not correct\."):
        Vault.open(root, REAL)
    # The duress passphrase goes on opening the decoy (a second lock and unlock).
    with Vault.open(root, DURESS) as decoy:
        assert people(decoy) == []
    with Vault.open_with_recovery_key(root, created.recovery_key) as vault:
        assert people(vault) == ["Айгүл Бакирова"]
        vault.set_passphrase_after_recovery(NEW, kdf_cost=FAST_KDF, enforce_strength=False)
        assert not vault.duress_set
    assert not (root / SPARE_NAME).exists()
    with Vault.open(root, NEW) as vault:
        assert people(vault) == ["Айгүл Бакирова"]
    with pytest.raises(WrongPassphraseError):
        Vault.open(root, DURESS)


def test_decoy_writes_stay_in_the_decoy(created: CreatedVault) -> None:
    root = with_duress(created)
    with Vault.open(root, DURESS) as decoy:
        with decoy.write() as session:
            session.add(Person(full_name="Test Person"))
        decoy.backup(kind="auto")
        # A passphrase change in the decoy changes the duress slot, not the vault's.
        decoy.change_passphrase(DURESS, NEW, kdf_cost=FAST_KDF, enforce_strength=False)
        decoy.new_recovery_key(NEW, kdf_cost=FAST_KDF)
    assert list_backups(root / SPARE_NAME / "backups")
    assert not [b for b in list_backups(root / "backups") if b.kind == "auto"]
    with Vault.open(root, NEW) as decoy:
        assert people(decoy) == ["Test Person"]
    with Vault.open_with_recovery_key(root, created.recovery_key) as vault:
        assert people(vault) == ["Айгүл Бакирова"]


def test_a_passphrase_change_keeps_the_duress_passphrase(created: CreatedVault) -> None:
    vault = created.vault
    vault.set_duress(REAL, DURESS, kdf_cost=FAST_KDF, enforce_strength=False)
    vault.change_passphrase(REAL, NEW, enforce_strength=False)
    keyfile = read_keyfile(vault.paths.keys)
    assert not open_passphrase(keyfile, NEW).duress
    assert open_passphrase(keyfile, DURESS).duress
    with pytest.raises(WrongPassphraseError):
        open_passphrase(keyfile, REAL)


def test_clear_removes_the_duress_slot_and_the_decoy(created: CreatedVault) -> None:
    vault = created.vault
    vault.set_duress(REAL, DURESS, kdf_cost=FAST_KDF, enforce_strength=False)
    vault.clear_duress(REAL, kdf_cost=FAST_KDF)
    assert not vault.duress_set
    assert not (vault.paths.root / SPARE_NAME).exists()
    keyfile = read_keyfile(vault.paths.keys)
    assert has_pair(keyfile)
    with pytest.raises(WrongPassphraseError):
        open_passphrase(keyfile, DURESS)
    assert not open_passphrase(keyfile, REAL).duress


def test_set_refuses_a_wrong_current_or_the_same_passphrase(created: CreatedVault) -> None:
    vault = created.vault
    with pytest.raises(WrongPassphraseError):
        vault.set_duress(NEW, DURESS, kdf_cost=FAST_KDF, enforce_strength=False)
    with pytest.raises(WeakPassphraseError):
        vault.set_duress(REAL, REAL, kdf_cost=FAST_KDF, enforce_strength=False)
    with pytest.raises(WeakPassphraseError):
        vault.set_duress(REAL, "password", kdf_cost=FAST_KDF)
    assert not vault.duress_set
    assert not (vault.paths.root / SPARE_NAME).exists()


def test_a_missing_decoy_is_built_at_duress(created: CreatedVault) -> None:
    root = with_duress(created)
    shutil.rmtree(root / SPARE_NAME)
    with Vault.open(root, DURESS) as decoy:
        assert people(decoy) == []
    with pytest.raises(WrongPassphraseError):
        Vault.open(root, REAL)


def test_duress_key_file_erased_from_outside_says_missing(created: CreatedVault) -> None:
    root = with_duress(created)
    (root / "vault.keys").unlink()
    with pytest.raises(KeyFileMissingError):
        Vault.open(root, DURESS)
    with Vault.open_with_recovery_key(root, created.recovery_key) as vault:
        assert people(vault) == ["Айгүл Бакирова"]
