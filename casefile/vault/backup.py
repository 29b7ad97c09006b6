"""Encrypted backups made while the vault is open, their rotation, verification and restore.

A backup is itself a vault folder (vault.db with the key file beside it), so it opens like one.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Engine

from casefile.errors import BackupError
from casefile.vault.atomic import fsync_dir
from casefile.vault.engine import CIPHER_PINS, raw_key_literal
from casefile.vault.paths import DB_NAME, KEYS_NAME, VaultPaths

BackupKind = Literal["manual", "auto", "pre-upgrade", "pre-restore", "pre-rekey", "pre-import"]
DEFAULT_KEEP = 7
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


def new_backup_folder(parent: Path, kind: str, when: datetime) -> Path:
    """Creates (0700) and returns a fresh folder under parent; never reuses an existing one.

    Within one second the folders are numbered upwards, past any number used before, so that
    the order of the names stays the order of making even after pruning deleted some.
    """
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
    """Copies the open vault page by page with SQLite's backup API, under the same key."""
    when = datetime.now()
    parent = dest_parent if dest_parent is not None else paths.backups
    try:
        target = new_backup_folder(parent, kind, when)
    except OSError as error:
        raise BackupError(f"The backup could not be written to {parent}: {error}") from None
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
        shutil.copyfile(paths.keys, target / KEYS_NAME)
        os.chmod(target / KEYS_NAME, 0o600)
        for file in (db_target, target / KEYS_NAME):
            _fsync_file(file)
        fsync_dir(target)
        fsync_dir(parent)
    except Exception as error:
        shutil.rmtree(target, ignore_errors=True)
        raise BackupError(f"The backup could not be written to {parent}: {error}") from None
    return BackupInfo(target, kind, when, db_target.stat().st_size)


def _open_keyed(path: Path, key: bytes) -> Any:
    """A driver connection to a new file, keyed and pinned exactly like the vault."""
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(str(path), check_same_thread=False)
    conn.execute(f'PRAGMA key = "{raw_key_literal(key)}"')
    for pragma in CIPHER_PINS:
        conn.execute(pragma)
    return conn


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
