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

BackupKind = Literal["manual", "auto", "pre-upgrade", "pre-restore", "pre-rekey"]
DEFAULT_KEEP = 7
_FOLDER = re.compile(r"^vault-(\d{8}-\d{6})-([a-z]+(?:-[a-z]+)*)(?:-\d+)?$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    made_at: datetime
    size: int


def backup_folder_name(kind: str, when: datetime) -> str:
    return f"vault-{when:%Y%m%d-%H%M%S}-{kind}"


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
    parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = parent / backup_folder_name(kind, when)
    suffix = 1
    while target.exists():
        suffix += 1
        target = parent / f"{backup_folder_name(kind, when)}-{suffix}"
    target.mkdir(mode=0o700)
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
    infos: list[BackupInfo] = []
    if not parent.is_dir():
        return infos
    for folder in sorted(parent.iterdir()):
        if not (folder / DB_NAME).is_file():
            continue
        match = _FOLDER.match(folder.name)
        if match is None:
            continue
        when = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        kind = match.group(2)
        infos.append(BackupInfo(folder, kind, when, (folder / DB_NAME).stat().st_size))
    return sorted(infos, key=lambda info: info.made_at)


def prune_automatic(parent: Path, keep: int) -> list[Path]:
    """Deletes all but the newest `keep` automatic backups; manual ones are never pruned."""
    autos = [info for info in list_backups(parent) if info.kind == "auto"]
    doomed = autos[: max(len(autos) - keep, 0)]
    for info in doomed:
        shutil.rmtree(info.path)
    return [info.path for info in doomed]
