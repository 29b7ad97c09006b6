"""Encrypted backups made while the vault is open, their rotation, verification and restore.

A backup is itself a vault folder (vault.db with the key file beside it), so it opens like one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Engine

from casefile.errors import (
    BackupError,
    EncryptionUnavailableError,
    Message,
    VaultCorruptError,
    message,
)
from casefile.vault.atomic import fsync_dir
from casefile.vault.engine import (
    CIPHER_PINS,
    create_vault_engine,
    driver,
    is_damage,
    is_disk_full,
    probe,
    raw_key_literal,
    register_functions,
)
from casefile.vault.paths import DB_NAME, KEYS_NAME, RECOVERY_NAME, VaultPaths

BackupKind = Literal["manual", "auto", "pre-upgrade", "pre-restore", "pre-rekey", "pre-import"]
DEFAULT_KEEP = 7
_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
# vault-YYYYmmdd-HHMMSS-KIND, with -N added when that name was taken in the same second.
_FOLDER = re.compile(r"^vault-(\d{8}-\d{6})-([a-z]+(?:-[a-z]+)*)(?:-(\d+))?$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    made_at: datetime
    size: int


def backup_folder_name(kind: str, when: datetime) -> str:
    return f"vault-{when:%Y%m%d-%H%M%S}-{kind}"


def missing_target_message(parent: Path) -> Message:
    """Why a backup was not made into a folder that is not there (an unmounted USB stick)."""
    if os.path.lexists(parent):
        return message("%1 is not a folder, so no backup was made. Choose a folder.", parent)
    return message(
        "The folder %1 does not exist, so no backup was made. If it is on a USB stick "
        "or another disk, connect and open it first; otherwise create the folder, or choose "
        "one that exists.",
        parent,
    )


def new_backup_folder(parent: Path, kind: str, when: datetime, *, make_parent: bool = True) -> Path:
    """Creates (0700) and returns a fresh folder under parent; never reuses an existing one.

    Within one second the folders are numbered upwards, past any number used before, so that
    the order of the names stays the order of making even after pruning deleted some.
    With make_parent=False a missing parent is a BackupError: a folder the user chose that is
    not there is most likely an unmounted disk, whose mount point is on the laptop's own disk.
    """
    if not make_parent and not parent.is_dir():
        raise BackupError(missing_target_message(parent))
    parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    base = backup_folder_name(kind, when)
    used = [0]
    for folder in parent.iterdir():
        if folder.name == base:
            used.append(1)
        elif folder.name.startswith(base + "-") and folder.name[len(base) + 1 :].isdigit():
            used.append(int(folder.name[len(base) + 1 :]))
    number = max(used) + 1
    while True:
        target = parent / (base if number == 1 else f"{base}-{number}")
        try:
            target.mkdir(mode=0o700)
        except FileExistsError:
            number += 1
            continue
        return target


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_backup(
    engine: Engine, key: bytes, paths: VaultPaths, dest_parent: Path | None, kind: BackupKind
) -> BackupInfo:
    """Copies the open vault page by page with SQLite's backup API, under the same key.

    ``dest_parent`` (a folder the user chose) must exist; the vault's own backups folder is
    made when missing.
    """
    when = datetime.now()
    parent = dest_parent if dest_parent is not None else paths.backups
    try:
        target = new_backup_folder(parent, kind, when, make_parent=dest_parent is None)
    except OSError as error:
        raise BackupError("The backup could not be written to %1: %2", parent, str(error)) from None
    try:
        db_target = target / DB_NAME
        fd = os.open(db_target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        raw = engine.raw_connection()
        try:
            dest = _open_keyed(db_target, key)
            try:
                raw.driver_connection.backup(dest)  # type: ignore[union-attr]
                # The copy is a standalone file: fold its journal in so no -wal is needed.
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        finally:
            raw.close()
        copied = [db_target]
        # The recovery slot too: the recovery key opens the backup, also after an erase.
        for source, name in ((paths.keys, KEYS_NAME), (paths.recovery, RECOVERY_NAME)):
            if name == KEYS_NAME or source.is_file():
                shutil.copyfile(source, target / name)
                os.chmod(target / name, 0o600)
                copied.append(target / name)
        for file in copied:
            _fsync_file(file)
        fsync_dir(target)
        fsync_dir(parent)
    except Exception as error:
        shutil.rmtree(target, ignore_errors=True)
        if is_damage(error):
            raise VaultCorruptError(
                "The vault's database is damaged, so no backup was made (it would carry the "
                "damage). Check the vault (casefile check) to see which pages are damaged, "
                "then restore the newest backup that passes its check."
            ) from None
        if is_disk_full(error) or getattr(error, "errno", None) in _FULL:
            raise BackupError(
                "The disk holding %1 is full, so no backup was made. Free space there, "
                "or choose another place.",
                parent,
            ) from None
        raise BackupError("The backup could not be written to %1: %2", parent, str(error)) from None
    return BackupInfo(target, kind, when, db_target.stat().st_size)


def _open_keyed(path: Path, key: bytes) -> Any:
    """A driver connection to a new file, keyed and pinned exactly like the vault."""
    conn = driver().connect(str(path), check_same_thread=False)
    register_functions(conn)  # its integrity check recomputes the name index's keys
    conn.execute(f'PRAGMA key = "{raw_key_literal(key)}"')
    for pragma in CIPHER_PINS:
        conn.execute(pragma)
    return conn


@contextlib.contextmanager
def read_only_engine(folder: Path, key: bytes) -> Iterator[Engine]:
    """An engine over a backup's database that writes nothing (it may be on read-only media).

    Backups are in rollback-journal mode and need no side files. A WAL-mode copy (such as a
    pre-restore folder) makes SQLite create an empty -wal and -shm even when reading only:
    those are removed afterwards.
    """
    db = folder / DB_NAME
    side_files = [Path(f"{db}{suffix}") for suffix in ("-wal", "-shm")]
    absent = [file for file in side_files if not file.exists()]
    engine = create_vault_engine(db, key, read_only=True)
    try:
        yield engine
    finally:
        engine.dispose()
        for file in absent:
            with contextlib.suppress(OSError):
                if file.name.endswith("-shm") or file.stat().st_size == 0:
                    file.unlink()


def opens_with(folder: Path, key: bytes) -> bool:
    """Whether ``key`` decrypts the backup in ``folder`` (one page read; nothing written)."""
    try:
        with read_only_engine(folder, key) as engine:
            probe(engine)
    except (VaultCorruptError, EncryptionUnavailableError, OSError):
        return False
    return True


def list_backups(parent: Path) -> list[BackupInfo]:
    """The backups in parent, oldest first (by the time in their names, then their number)."""
    found: list[tuple[datetime, int, BackupInfo]] = []
    if not parent.is_dir():
        return []
    for folder in parent.iterdir():
        match = _FOLDER.match(folder.name)
        if match is None or not (folder / DB_NAME).is_file():
            continue
        try:
            when = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        except ValueError:  # digits that are no date, such as month 13
            continue
        info = BackupInfo(folder, match.group(2), when, (folder / DB_NAME).stat().st_size)
        found.append((when, int(match.group(3) or 1), info))
    found.sort(key=lambda item: (item[0], item[1]))
    return [info for _when, _number, info in found]


def prune_automatic(parent: Path, keep: int) -> list[Path]:
    """Deletes all but the newest `keep` automatic backups; manual ones are never pruned."""
    autos = [info for info in list_backups(parent) if info.kind == "auto"]
    doomed = autos[: max(len(autos) - keep, 0)]
    for info in doomed:
        shutil.rmtree(info.path)
    return [info.path for info in doomed]


def prune_kind(parent: Path, kind: BackupKind, keep: int) -> list[Path]:
    """Deletes all but the newest `keep` backups of one kind (say, the pre-import ones)."""
    found = [info for info in list_backups(parent) if info.kind == kind]
    doomed = found[: max(len(found) - keep, 0)]
    for info in doomed:
        shutil.rmtree(info.path)
    return [info.path for info in doomed]
