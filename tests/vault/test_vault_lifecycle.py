"""The vault's life: create, open, read back, refuse, locate, permissions, passphrase change."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from casefile.domain.dates import PartialDate
from casefile.errors import (
    KeyFileDamagedError,
    KeyFileMissingError,
    NotAVaultError,
    VaultExistsError,
    VaultInUseError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from casefile.vault.keyfile import KdfCost, read_keyfile
from casefile.vault.recovery import format_recovery_key
from casefile.vault.schema import Person, Setting
from casefile.vault.vault import Vault

# The same values as tests/conftest.py (a conftest cannot be imported as a module).
FAST_KDF = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
PASSPHRASE = "correct horse battery staple for tests only"
NEW_PASSPHRASE = "seven amber lanterns drift over quiet harbours"


def snapshot(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under folder; the lock file must be empty and is left out."""
    digests: dict[str, str] = {}
    for file in sorted(folder.rglob("*")):
        if not file.is_file():
            continue
        name = file.relative_to(folder).as_posix()
        data = file.read_bytes()
        if name == "vault.lock":
            assert data == b"", "the lock file must stay empty"
            continue
        digests[name] = hashlib.sha256(data).hexdigest()
    return digests


def add_person(vault: Vault, name: str) -> str:
    with vault.write() as session:
        person = Person(full_name=name)
        session.add(person)
        session.flush()
        return person.id


def person_name(vault: Vault, person_id: str) -> str | None:
    with vault.read() as session:
        person = session.get(Person, person_id)
        return None if person is None else person.full_name


# -- round trip -----------------------------------------------------------------------------


def test_round_trip_through_close_and_reopen(tmp_path: Path) -> None:
    created = Vault.create(tmp_path / "field", PASSPHRASE, actor="monitor A", kdf_cost=FAST_KDF)
    vault = created.vault
    assert vault.paths.root == tmp_path / "field.casefile"
    with vault.write() as session:
        person = Person(
            full_name="Асель Токтогулова",
            aliases=["Asel T."],
            birth_date=PartialDate.parse("1990-05"),
            notes="Задержана 3 мая; адвокат не допущен.",
        )
        session.add(person)
    person_id = person.id
    vault_id = vault.vault_id
    vault.close()
    assert not (vault.paths.root / "vault.db-wal").exists(), "a clean close folds the WAL in"

    reopened = Vault.open(tmp_path / "field.casefile", PASSPHRASE, actor="monitor B")
    try:
        assert reopened.vault_id == vault_id
        with reopened.read() as session:
            found = session.get(Person, person_id)
            assert found is not None
            assert found.full_name == "Асель Токтогулова"
            assert found.aliases == ["Asel T."]
            assert found.birth_date is not None and found.birth_date.to_text() == "1990-05"
            assert found.notes == "Задержана 3 мая; адвокат не допущен."
            assert found.updated_by == "monitor A"
            assert found.version == 1
            assert session.get(Setting, "vault_id") is not None
        assert reopened.check().ok
    finally:
        reopened.close()


def test_create_refuses_an_existing_folder_and_a_weak_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "taken.casefile"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me")
    with pytest.raises(VaultExistsError):
        Vault.create(folder, PASSPHRASE, kdf_cost=FAST_KDF)
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    with pytest.raises(WeakPassphraseError):
        Vault.create(tmp_path / "weak", "password1", kdf_cost=FAST_KDF)
    assert not (tmp_path / "weak.casefile").exists()


# -- refusing -------------------------------------------------------------------------------


def test_wrong_passphrase_is_refused_and_changes_no_file(vault_path: Path) -> None:
    before = snapshot(vault_path)
    for attempt in ("correct horse battery staple for tests onlY", "", PASSPHRASE + " "):
        with pytest.raises(WrongPassphraseError):
            Vault.open(vault_path, attempt)
    assert snapshot(vault_path) == before
    assert sorted(p.name for p in vault_path.iterdir()) == [
        "vault.db",
        "vault.keys",
        "vault.lock",
        "vault.recovery",
    ]
    # The failed attempts released the lock: the right passphrase opens it now.
    Vault.open(vault_path, PASSPHRASE).close()


def test_second_open_in_the_same_process_is_refused(vault: Vault) -> None:
    person_id = add_person(vault, "Lock Holder")
    before = snapshot(vault.paths.root)
    with pytest.raises(VaultInUseError, match="open in another window"):
        Vault.open(vault.paths.root, PASSPHRASE)
    with pytest.raises(VaultInUseError):
        Vault.open_with_recovery_key(vault.paths.root, format_recovery_key(bytes(32)))
    assert snapshot(vault.paths.root) == before
    # The refused opener did not take the first one's lock or engine away.
    assert person_name(vault, person_id) == "Lock Holder"
    add_person(vault, "Still Writable")


def test_lock_is_released_on_close(vault_path: Path) -> None:
    first = Vault.open(vault_path, PASSPHRASE)
    first.close()
    second = Vault.open(vault_path, PASSPHRASE)
    second.close()


# -- locating -------------------------------------------------------------------------------


def test_opens_by_folder_by_database_by_key_file_and_without_suffix(vault_path: Path) -> None:
    for path in (
        vault_path,
        vault_path / "vault.db",
        vault_path / "vault.keys",
        vault_path.with_name(vault_path.name.removesuffix(".casefile")),
    ):
        opened = Vault.open(path, PASSPHRASE)
        try:
            assert opened.paths.root == vault_path
        finally:
            opened.close()


def test_folder_that_is_not_a_vault(tmp_path: Path) -> None:
    folder = tmp_path / "holiday photos"
    folder.mkdir()
    (folder / "beach.jpg").write_bytes(b"\xff\xd8\xff")
    with pytest.raises(NotAVaultError, match="not a Casefile vault"):
        Vault.open(folder, PASSPHRASE)
    with pytest.raises(NotAVaultError):
        Vault.open(folder / "beach.jpg", PASSPHRASE)
    assert sorted(p.name for p in folder.iterdir()) == ["beach.jpg"]


def test_missing_path_is_not_a_vault_and_nothing_is_created(tmp_path: Path) -> None:
    for missing in (
        tmp_path / "nowhere",
        tmp_path / "nowhere.casefile",
        tmp_path / "nowhere.casefile" / "vault.db",
        tmp_path / "deeper" / "still" / "nowhere",
    ):
        with pytest.raises(NotAVaultError, match="no vault"):
            Vault.open(missing, PASSPHRASE)
    with pytest.raises(NotAVaultError):
        Vault.open_with_recovery_key(tmp_path / "nowhere", format_recovery_key(bytes(32)))
    assert list(tmp_path.iterdir()) == []


# -- key file problems ----------------------------------------------------------------------


def test_missing_key_file(vault_path: Path) -> None:
    (vault_path / "vault.keys").unlink()
    before = snapshot(vault_path)
    with pytest.raises(KeyFileMissingError, match="recovery key"):
        Vault.open(vault_path, PASSPHRASE)
    assert snapshot(vault_path) == before


@pytest.mark.parametrize(
    "garbage",
    [b"", b"\x00" * 600, b"not json at all", b'{"format": "casefile-keyfile"}', os.urandom(578)],
    ids=["empty", "zeros", "text", "json-without-fields", "random"],
)
def test_garbage_key_file(vault_path: Path, garbage: bytes) -> None:
    (vault_path / "vault.keys").write_bytes(garbage)
    before = snapshot(vault_path)
    with pytest.raises(KeyFileDamagedError, match="damaged"):
        Vault.open(vault_path, PASSPHRASE)
    assert snapshot(vault_path) == before


# -- permissions ----------------------------------------------------------------------------


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_new_vault_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)  # a typical, permissive umask
    try:
        created = Vault.create(tmp_path / "private", PASSPHRASE, kdf_cost=FAST_KDF)
    finally:
        os.umask(old_umask)
    vault = created.vault
    try:
        root = vault.paths.root

        def mode(path: Path) -> int:
            return stat.S_IMODE(path.stat().st_mode)

        assert mode(root) == 0o700
        assert mode(root / "vault.db") == 0o600
        assert mode(root / "vault.keys") == 0o600
        assert mode(root / "vault.lock") & 0o077 == 0
        add_person(vault, "Someone")
        # SQLite gives its WAL the database's permissions.
        assert mode(root / "vault.db-wal") & 0o077 == 0
    finally:
        vault.close()


# -- passphrase change ----------------------------------------------------------------------


def test_change_passphrase(vault: Vault) -> None:
    person_id = add_person(vault, "Бактыгуль")
    key_file_before = vault.paths.keys.read_bytes()
    with pytest.raises(WrongPassphraseError):
        vault.change_passphrase("not the current one at all, sorry", NEW_PASSPHRASE)
    assert vault.paths.keys.read_bytes() == key_file_before
    with pytest.raises(WeakPassphraseError):
        vault.change_passphrase(PASSPHRASE, "short")
    assert vault.paths.keys.read_bytes() == key_file_before

    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, kdf_cost=FAST_KDF)
    assert vault.paths.keys.read_bytes() != key_file_before
    assert read_keyfile(vault.paths.keys).vault_id == vault.vault_id
    root = vault.paths.root
    vault.close()

    with pytest.raises(WrongPassphraseError):
        Vault.open(root, PASSPHRASE)
    reopened = Vault.open(root, NEW_PASSPHRASE)
    try:
        assert person_name(reopened, person_id) == "Бактыгуль"
    finally:
        reopened.close()


# -- sessions -------------------------------------------------------------------------------


def test_read_session_objects_outlive_it_and_changes_to_them_are_discarded(vault: Vault) -> None:
    person_id = add_person(vault, "Read Only")
    with vault.read() as session:
        person = session.get(Person, person_id)
        assert person is not None
        person.full_name = "Changed in a read session"
        session.add(Person(full_name="Added in a read session"))
    assert person.version == 1  # still readable after the block
    with vault.read() as session:
        assert [p.full_name for p in session.query(Person)] == ["Read Only"]


def test_failed_write_is_rolled_back(vault: Vault) -> None:
    with pytest.raises(RuntimeError), vault.write() as session:
        session.add(Person(full_name="Half done"))
        session.flush()
        raise RuntimeError("interrupted")
    with vault.read() as session:
        assert session.query(Person).count() == 0


def test_connections_are_encrypted_durable_and_wipe_deleted_data(vault: Vault) -> None:
    with vault.engine.connect() as conn:

        def pragma(name: str) -> str:
            return str(conn.exec_driver_sql(f"PRAGMA {name}").scalar())

        assert pragma("cipher_version").startswith("4.")
        assert pragma("cipher_page_size") == "4096"
        assert pragma("cipher_hmac_algorithm") == "HMAC_SHA512"
        assert pragma("cipher_kdf_algorithm") == "PBKDF2_HMAC_SHA512"
        assert pragma("cipher_plaintext_header_size") == "0"
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == "2"  # FULL: a commit is on disk when it returns
        assert pragma("secure_delete") == "1"
        assert pragma("foreign_keys") == "1"
        assert pragma("temp_store") == "2"  # MEMORY: no temporary files
