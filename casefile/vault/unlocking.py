"""From a secret to the database key: the passphrase, the recovery key, a half-done re-key;
and the emergency erase that destroys the passphrase's way in."""

from __future__ import annotations

import os
from pathlib import Path

from casefile.errors import (
    InvalidRecoveryKeyError,
    KeyFileDamagedError,
    KeyFileMissingError,
    KnownError,
    VaultCorruptError,
    WrongPassphraseError,
)
from casefile.vault.atomic import fsync_dir, shred
from casefile.vault.engine import CANNOT_DECRYPT_MESSAGE, create_vault_engine, probe
from casefile.vault.keyfile import read_keyfile, unlock, unlock_recovery
from casefile.vault.paths import DB_NAME, KEYS_NAME, VaultPaths

INTERRUPTED_BEFORE_SWAP = (
    "The passphrase is not correct. A change of the vault's key was interrupted before it "
    "took effect, so the vault still opens with the passphrase it had before."
)
INTERRUPTED_AFTER_SWAP = (
    "The passphrase is not correct. A change of the vault's key was interrupted after it "
    "took effect: open the vault with the new passphrase chosen then."
)
RECOVERY_REFUSED = (
    "This recovery key does not open this vault, or the vault's database is damaged. Check "
    "that it is the recovery key of this vault, and the newest one: a recovery key that was "
    "replaced no longer opens it."
)
RECOVERY_FILE_DAMAGED = (
    "This vault's recovery file (vault.recovery) is damaged, so the recovery key cannot open "
    "it. Copy vault.recovery from a recent backup of this vault into the vault's folder."
)


def unlock_key(paths: VaultPaths, passphrase: str) -> bytes:
    """The database key; finishes a re-key that was interrupted between its two swaps.

    A re-key writes vault.keys.pending (new key), swaps the database, then moves the pending
    file over vault.keys. If it was interrupted, whichever key opens the database wins: with
    the new one the key-file swap is completed, with the old one the pending file is dropped.
    """
    if not paths.pending_keys.exists():
        return unlock(read_keyfile(paths.keys), passphrase)
    pending: bytes | None = None
    pending_refused = False
    try:
        pending = unlock(read_keyfile(paths.pending_keys), passphrase)
    except WrongPassphraseError:
        pending_refused = True
    except KnownError:
        pass  # an unreadable pending file: the main one decides
    try:
        key = unlock(read_keyfile(paths.keys), passphrase)
    except (KeyFileMissingError, WrongPassphraseError):
        if pending is None:
            raise
        if key_opens(paths.db, pending):
            complete_rekey(paths)
            return pending
        raise WrongPassphraseError(INTERRUPTED_BEFORE_SWAP) from None
    if key_opens(paths.db, key):
        drop_rekey(paths)  # it stopped before the database swap
        return key
    if pending is not None and key_opens(paths.db, pending):
        complete_rekey(paths)
        return pending
    if pending_refused:
        raise WrongPassphraseError(INTERRUPTED_AFTER_SWAP)
    return key  # no key opens it: the database is damaged, and opening will say so


def key_from_recovery(paths: VaultPaths, secret: bytes) -> bytes:
    """The database key the recovery secret opens; finishes a half-done re-key too.

    A vault made before key-file format 2 has no vault.recovery: its recovery key is the
    database key itself, so the secret is tried as that last (a replaced recovery key of a
    newer vault never is one). Raises VaultCorruptError when nothing opens the database.
    """
    candidates: list[tuple[bytes, bool]] = []
    damaged = False
    for file, pending in ((paths.recovery, False), (paths.pending_recovery, True)):
        try:
            candidates.append((unlock_recovery(read_keyfile(file), secret), pending))
        except (KeyFileMissingError, InvalidRecoveryKeyError):
            continue
        except KeyFileDamagedError:
            damaged = True
    candidates.append((secret, False))
    for key, pending in candidates:
        if key_opens(paths.db, key, damaged_counts=True):
            if pending:
                complete_rekey(paths)
            elif paths.pending_keys.exists() or paths.pending_recovery.exists():
                drop_rekey(paths)
            return key
    if damaged:
        raise KeyFileDamagedError(RECOVERY_FILE_DAMAGED)
    raise VaultCorruptError(RECOVERY_REFUSED)


def rekey_staging(paths: VaultPaths) -> Path:
    """Where a re-key writes the database under the new key before swapping it in."""
    return paths.root / (DB_NAME + ".rekeyed")


def key_opens(db: Path, key: bytes, *, damaged_counts: bool = False) -> bool:
    """Whether ``key`` decrypts the database (one page read).

    With damaged_counts, a key that decrypts the first page of a database damaged further on
    counts as opening it (opening then says what is damaged).
    """
    engine = create_vault_engine(db, key)
    try:
        probe(engine)
    except VaultCorruptError as error:
        return damaged_counts and str(error) != CANNOT_DECRYPT_MESSAGE
    finally:
        engine.dispose()
    return True


def complete_rekey(paths: VaultPaths) -> None:
    """Moves the pending key file (and recovery file) of a re-key over the current ones."""
    if paths.pending_recovery.exists():
        os.replace(paths.pending_recovery, paths.recovery)
    if paths.pending_keys.exists():
        os.replace(paths.pending_keys, paths.keys)
    fsync_dir(paths.root)


def drop_rekey(paths: VaultPaths) -> None:
    """Removes what a re-key that stopped before the database swap had prepared."""
    for file in (paths.pending_keys, paths.pending_recovery):
        if file.is_file():
            shred(file)
    rekey_staging(paths).unlink(missing_ok=True)  # encrypted under the key just shredded
    fsync_dir(paths.root)


def emergency_erase(path: Path) -> list[Path]:
    """Destroys every key file in the vault folder, backups' included.

    Without them the vault opens only with the recovery key (vault.recovery is left). Each
    file is overwritten before it is unlinked, though on flash storage the old blocks may
    survive: the key is what matters, and it is wrapped under the passphrase anyway.
    """
    paths = VaultPaths.locate(path)
    folders = [paths.root]
    if paths.backups.is_dir():
        folders.extend(sorted(folder for folder in paths.backups.iterdir() if folder.is_dir()))
    # vault.keys, vault.keys.pending, vault.keys.restoring, and the temp files of an
    # interrupted atomic write (.vault.keys.*.tmp): all hold the wrapped key.
    victims = [
        file
        for folder in folders
        for file in sorted(folder.iterdir())
        if file.name.lstrip(".").startswith(KEYS_NAME) and file.is_file() and not file.is_symlink()
    ]
    for victim in victims:
        shred(victim)
    fsync_dir(paths.root)
    return victims
