"""Backups: made while open, private, openable, pruned, anywhere; restore and its refusals."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from casefile.errors import BackupError, VaultInUseError, WrongPassphraseError
from casefile.vault import backup as backup_module
from casefile.vault import vault as vault_module
from casefile.vault.backup import list_backups
from casefile.vault.engine import PAGE_SIZE
from casefile.vault.schema import Person
from casefile.vault.vault import Vault, restore_backup, verify_backup, verify_copy

PASSPHRASE = "correct horse battery staple for tests only"


def snapshot(folder: Path) -> dict[str, str]:
    digests: dict[str, str] = {}
    for file in sorted(folder.rglob("*")):
        if file.is_file() and file.name != "vault.lock":
            digests[file.relative_to(folder).as_posix()] = hashlib.sha256(
                file.read_bytes()
            ).hexdigest()
    return digests


def journal_mode(db: Path, vault: Vault) -> str:
    """Read-only look at a database's journal mode, with the vault's key."""
    conn = sqlcipher.connect(f"file:{db}?mode=ro", uri=True)
    try:
        conn.execute(f'PRAGMA key = "{vault.export_raw_key()}"')
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        conn.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def add_person(vault: Vault, name: str) -> None:
    with vault.write() as session:
        session.add(Person(full_name=name))


def names(vault: Vault) -> set[str]:
    with vault.read() as session:
        return {person.full_name for person in session.query(Person)}


def names_in(folder: Path) -> set[str]:
    opened = Vault.open(folder, PASSPHRASE)
    try:
        assert opened.check().ok
        return names(opened)
    finally:
        opened.close()


def test_backup_while_open_is_a_private_vault_of_its_own(vault: Vault) -> None:
    add_person(vault, "Committed before the backup")  # still in the WAL, not yet in vault.db
    assert (vault.paths.root / "vault.db-wal").stat().st_size > 0
    info = vault.backup()
    add_person(vault, "Committed after the backup")

    assert info.path.parent == vault.paths.root / "backups"
    assert info.kind == "manual"
    assert sorted(p.name for p in info.path.iterdir()) == [
        "vault.db",
        "vault.keys",
        "vault.recovery",
    ]
    assert info.size == (info.path / "vault.db").stat().st_size
    assert info.size % PAGE_SIZE == 0
    if os.name != "nt":
        assert mode(vault.paths.root / "backups") == 0o700
        assert mode(info.path) == 0o700
        assert mode(info.path / "vault.db") == 0o600
        assert mode(info.path / "vault.keys") == 0o600
    assert (info.path / "vault.keys").read_bytes() == vault.paths.keys.read_bytes()
    # Standalone: a rollback journal, not a WAL that would need side files (and verifying it
    # after writing did not turn it into one).
    assert journal_mode(info.path / "vault.db", vault) == "delete"
    # It opens as a vault with the same passphrase, while the vault itself stays open.
    assert names_in(info.path) == {"Committed before the backup"}
    assert names(vault) == {"Committed before the backup", "Committed after the backup"}
    assert [b.path for b in list_backups(vault.paths.root / "backups")] == [info.path]


def test_automatic_backups_are_pruned_and_manual_ones_kept(vault: Vault) -> None:
    vault.set_setting("backup_keep", 2)
    manual = vault.backup()
    autos = [vault.backup(kind="auto") for _ in range(4)]
    remaining = list_backups(vault.paths.root / "backups")
    assert [b.path for b in remaining if b.kind == "auto"] == [a.path for a in autos[-2:]]
    assert [b.path for b in remaining if b.kind == "manual"] == [manual.path]
    assert not autos[0].path.exists() and not autos[1].path.exists()
    assert manual.path.is_dir()


class FrozenClock(datetime):
    @classmethod
    def now(cls, tz: tzinfo | None = None) -> FrozenClock:
        return cls(2024, 5, 3, 10, 30, 0)


def test_pruning_within_one_second_keeps_the_newest(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every backup gets the same time in its name: their numbers must still order them, also
    # after pruning freed some of the names.
    monkeypatch.setattr(backup_module, "datetime", FrozenClock)
    vault.set_setting("backup_keep", 2)
    for i in range(5):
        add_person(vault, f"Person {i}")
        vault.backup(kind="auto")
    remaining = [b for b in list_backups(vault.paths.root / "backups") if b.kind == "auto"]
    assert len(remaining) == 2
    assert [names_in(b.path) for b in remaining] == [
        {f"Person {i}" for i in range(4)},
        {f"Person {i}" for i in range(5)},
    ]
    vault.set_setting("backup_keep", 0)  # nonsense: the backup just made is never deleted
    newest = vault.backup(kind="auto")
    assert newest.path.is_dir()


def test_backup_to_a_chosen_folder(vault: Vault, tmp_path: Path) -> None:
    add_person(vault, "На флешку")
    usb = tmp_path / "usb"
    usb.mkdir()
    info = vault.backup(usb)
    assert info.path.parent == usb
    assert not (vault.paths.root / "backups").exists()
    assert names_in(info.path) == {"На флешку"}


def test_backup_to_a_missing_folder_makes_nothing(vault: Vault, tmp_path: Path) -> None:
    # An unmounted stick: the backup must not land on the laptop's own disk instead.
    usb = tmp_path / "media" / "usb"
    with pytest.raises(BackupError, match="does not exist") as raised:
        vault.backup(usb)
    assert str(usb) in str(raised.value)
    assert not (tmp_path / "media").exists()
    assert not (vault.paths.root / "backups").exists()


def test_verifying_a_backup_writes_nothing(vault: Vault) -> None:
    info = vault.backup()
    before = snapshot(info.path)
    report = verify_backup(info.path, bytes.fromhex(vault.export_raw_key()[2:-1]))
    assert report.ok, report.describe()
    assert snapshot(info.path) == before
    assert sorted(p.name for p in info.path.iterdir()) == [
        "vault.db",
        "vault.keys",
        "vault.recovery",
    ]
    assert journal_mode(info.path / "vault.db", vault) == "delete"


def test_restore_swaps_in_the_backup_and_keeps_the_current_state(vault: Vault) -> None:
    add_person(vault, "In the backup")
    backup = vault.backup()
    add_person(vault, "Only in the current state")
    root = vault.paths.root
    vault.close()
    current_db = (root / "vault.db").read_bytes()

    aside = restore_backup(root, backup.path, PASSPHRASE)

    assert aside.parent == root / "backups"
    assert aside.name.endswith("-pre-restore")
    assert (aside / "vault.db").read_bytes() == current_db
    assert names_in(root) == {"In the backup"}
    assert names_in(aside) == {"In the backup", "Only in the current state"}
    assert {b.kind for b in list_backups(root / "backups")} == {"manual", "pre-restore"}
    assert not list(root.glob("*.restoring"))

    # A restore can itself be undone by restoring the state it set aside.
    second_aside = restore_backup(root, aside, PASSPHRASE)
    assert second_aside != aside
    # Checking the set-aside state (a WAL-mode database) left no side files in it.
    assert {p.name for p in aside.iterdir()} - {"vault.lock"} == {
        "vault.db",
        "vault.keys",
        "vault.recovery",
    }
    assert names_in(root) == {"In the backup", "Only in the current state"}


def test_restore_refuses_a_damaged_backup(vault: Vault) -> None:
    add_person(vault, "Safe")
    backup = vault.backup()
    root = vault.paths.root
    vault.close()
    db = backup.path / "vault.db"
    data = bytearray(db.read_bytes())
    data[PAGE_SIZE * 4 + 1000] ^= 0xFF  # page 5
    db.write_bytes(bytes(data))
    before = snapshot(root)
    with pytest.raises(BackupError, match=r"damaged.*page 5"):
        restore_backup(root, backup.path, PASSPHRASE)
    assert snapshot(root) == before
    assert names_in(root) == {"Safe"}


def test_restore_refuses_wrong_passphrase_non_backup_and_open_vault(
    vault: Vault, tmp_path: Path
) -> None:
    backup = vault.backup()
    root = vault.paths.root
    with pytest.raises(VaultInUseError):
        restore_backup(root, backup.path, PASSPHRASE)
    vault.close()
    before = snapshot(root)
    with pytest.raises(WrongPassphraseError):
        restore_backup(root, backup.path, "not the passphrase of this backup")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(BackupError, match="not a Casefile backup"):
        restore_backup(root, empty, PASSPHRASE)
    with pytest.raises(BackupError, match="the vault itself"):
        restore_backup(root, root, PASSPHRASE)
    assert snapshot(root) == before


def _damaging(monkeypatch: pytest.MonkeyPatch, damage: Callable[[Path], None]) -> None:
    """Makes the next backups' copies damaged as they are written, before they are checked."""
    make = vault_module.make_backup

    def damaged_copy(*args: Any, **kwargs: Any) -> backup_module.BackupInfo:
        info = make(*args, **kwargs)
        damage(info.path / "vault.db")
        return info

    monkeypatch.setattr(vault_module, "make_backup", damaged_copy)


def _flip_page_5(db: Path) -> None:
    data = bytearray(db.read_bytes())
    data[PAGE_SIZE * 4 + 1000] ^= 0xFF
    db.write_bytes(bytes(data))


def _cut_last_page(db: Path) -> None:
    with db.open("r+b") as handle:
        handle.truncate(db.stat().st_size - PAGE_SIZE)


@pytest.mark.parametrize("full_check", [True, False])
def test_a_copy_with_a_damaged_page_fails_its_check_and_is_removed(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, full_check: bool
) -> None:
    add_person(vault, "Safe")
    _damaging(monkeypatch, _flip_page_5)
    with pytest.raises(BackupError, match=r"failed its check.*page 5"):
        vault.backup(full_check=full_check)
    assert list_backups(vault.paths.root / "backups") == []
    assert list((vault.paths.root / "backups").iterdir()) == []


@pytest.mark.parametrize("full_check", [True, False])
def test_a_copy_missing_its_last_page_fails_its_check(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, full_check: bool
) -> None:
    # Every page left passes its authentication: only the count tells a page is missing.
    for i in range(30):
        add_person(vault, f"Person {i} " + "x" * 500)
    _damaging(monkeypatch, _cut_last_page)
    with pytest.raises(BackupError, match="failed its check"):
        vault.backup(full_check=full_check)
    assert list_backups(vault.paths.root / "backups") == []


def test_the_copy_check_passes_an_intact_copy_and_writes_nothing(vault: Vault) -> None:
    add_person(vault, "Checked as a copy")
    info = vault.backup(full_check=False)
    before = snapshot(info.path)
    key = bytes.fromhex(vault.export_raw_key()[2:-1])
    report = verify_copy(info.path, key)
    assert report.ok, report.describe()
    assert report.pages == info.size // PAGE_SIZE
    assert snapshot(info.path) == before
    assert journal_mode(info.path / "vault.db", vault) == "delete"
    assert names_in(info.path) == {"Checked as a copy"}
