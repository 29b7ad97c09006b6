"""Keeps the key files of the backups inside a vault folder in step with the vault's own.

A backup is a whole vault folder, key file included. Without this, a passphrase changed with
`casefile passwd` (or a recovery key replaced) would go on opening every backup made before:
an old secret would still open the data beside the vault (issue 15).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from casefile.errors import KnownError
from casefile.vault.atomic import shred, write_atomic_shredding
from casefile.vault.backup import list_backups, opens_with
from casefile.vault.keyfile import KdfCost, KeyFile, passphrase_pair, read_keyfile, unlock
from casefile.vault.paths import KEYS_NAME, RECOVERY_NAME, VaultPaths


@dataclass(frozen=True)
class BackupKeysReport:
    """What happened to the key files of the backups in the vault's backups folder.

    ``rewrapped``: they now open with the new secret (and no longer with the old one).
    ``destroyed``: their key file opened with neither the vault's key nor the old passphrase
    (an older passphrase still): it was overwritten and removed, so only that backup's own
    recovery key opens it. ``kept``: left as they were, under a key this change cannot reach.
    """

    rewrapped: tuple[Path, ...] = ()
    destroyed: tuple[Path, ...] = ()
    kept: tuple[Path, ...] = ()


def _backup_folders(paths: VaultPaths) -> list[Path]:
    return [info.path for info in list_backups(paths.backups) if (info.path / KEYS_NAME).is_file()]


def _key_of(folder: Path, known_keys: Iterable[bytes], old_passphrase: str | None) -> bytes | None:
    """The database key of the backup in ``folder``, if one we hold or can unwrap opens it."""
    for key in known_keys:
        if opens_with(folder, key):
            return key
    if old_passphrase is None:
        return None
    try:
        key = unlock(read_keyfile(folder / KEYS_NAME), old_passphrase)
    except KnownError:
        return None
    return key if opens_with(folder, key) else None


def rewrap_after_passphrase_change(
    paths: VaultPaths,
    current_key: bytes,
    new_passphrase: str,
    *,
    old_passphrase: str | None,
    older_keys: tuple[bytes, ...] = (),
    kdf_cost: KdfCost | None = None,
) -> BackupKeysReport:
    """Gives every backup in the vault's backups folder a key file for ``new_passphrase``.

    Call after the vault's own key file was rewritten. A backup under ``current_key`` gets a
    copy of that file (no key derivation). A backup under another key (one of
    ``older_keys``, the key before a re-key, or one that ``old_passphrase`` unwraps) gets a new
    slot for that key, one derivation per distinct key. With ``old_passphrase`` given, a key
    file that opens with neither is destroyed: it can only hold a passphrase that was changed
    away from before. Each replaced key file is overwritten, not just unlinked.
    """
    new_files: dict[tuple[bytes, str], bytes] = {}
    current = read_keyfile(paths.keys)
    new_files[(current_key, current.vault_id)] = current.to_bytes()
    rewrapped: list[Path] = []
    destroyed: list[Path] = []
    kept: list[Path] = []
    for folder in _backup_folders(paths):
        target = folder / KEYS_NAME
        key = _key_of(folder, (current_key, *older_keys), old_passphrase)
        if key is None:
            if old_passphrase is None:
                kept.append(folder)
            else:
                shred(target)
                destroyed.append(folder)
            continue
        try:
            vault_id = read_keyfile(target).vault_id
        except KnownError:
            vault_id = current.vault_id  # a damaged key file: the backup is of this vault
        data = new_files.get((key, vault_id))
        if data is None:
            slots = passphrase_pair(key, new_passphrase, vault_id, kdf_cost)
            data = KeyFile(vault_id=vault_id, slots=slots).to_bytes()
            new_files[(key, vault_id)] = data
        write_atomic_shredding(target, data)
        rewrapped.append(folder)
    return BackupKeysReport(tuple(rewrapped), tuple(destroyed), tuple(kept))


def replace_recovery_of_backups(paths: VaultPaths, current_key: bytes) -> BackupKeysReport:
    """Gives the backups under ``current_key`` the vault's new recovery slot.

    Backups under an older key (made before a re-key) keep theirs: the new recovery secret
    does not wrap their key, and their old recovery key is already one to destroy.
    """
    rewrapped: list[Path] = []
    kept: list[Path] = []
    for folder in _backup_folders(paths):
        if not opens_with(folder, current_key):
            kept.append(folder)
            continue
        target = folder / RECOVERY_NAME
        write_atomic_shredding(target, paths.recovery.read_bytes())
        rewrapped.append(folder)
    return BackupKeysReport(rewrapped=tuple(rewrapped), kept=tuple(kept))
