"""Where a vault's files are: one folder NAME.casefile/ with vault.db, vault.keys,
vault.recovery and backups/."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

from casefile.errors import NotAVaultError

VAULT_SUFFIX = ".casefile"
DB_NAME = "vault.db"
KEYS_NAME = "vault.keys"
PENDING_KEYS_NAME = "vault.keys.pending"
#: The recovery slot, apart from vault.keys so that an emergency erase leaves it (format 2).
RECOVERY_NAME = "vault.recovery"
PENDING_RECOVERY_NAME = "vault.recovery.pending"
LOCK_NAME = "vault.lock"
BACKUPS_NAME = "backups"


@dataclass(frozen=True)
class VaultPaths:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def keys(self) -> Path:
        return self.root / KEYS_NAME

    @property
    def pending_keys(self) -> Path:
        """A key file written during a full re-key, before the swap completes."""
        return self.root / PENDING_KEYS_NAME

    @property
    def recovery(self) -> Path:
        """The recovery slot; missing in vaults made before key-file format 2, whose recovery
        key is the database key itself."""
        return self.root / RECOVERY_NAME

    @property
    def pending_recovery(self) -> Path:
        """The recovery slot for the new key during a full re-key, before the swap completes."""
        return self.root / PENDING_RECOVERY_NAME

    @property
    def lock(self) -> Path:
        return self.root / LOCK_NAME

    @property
    def backups(self) -> Path:
        return self.root / BACKUPS_NAME

    @property
    def name(self) -> str:
        return self.root.name.removesuffix(VAULT_SUFFIX)

    @classmethod
    def for_new(cls, path: Path) -> VaultPaths:
        """The folder a new vault at `path` gets: the suffix is added when missing."""
        path = path.expanduser().absolute()
        if path.suffix != VAULT_SUFFIX:
            path = path.with_name(path.name + VAULT_SUFFIX)
        return cls(path)

    @classmethod
    def locate(cls, path: Path) -> VaultPaths:
        """The vault that `path` names: the folder itself, or any file inside it."""
        path = path.expanduser().absolute()
        if not path.exists():
            alt = path.with_name(path.name + VAULT_SUFFIX)
            if alt.is_dir():
                path = alt
            else:
                raise NotAVaultError("There is no vault at %1.", path)
        folder = path if path.is_dir() else path.parent
        if not (folder / DB_NAME).is_file():
            raise NotAVaultError(
                "%1 is not a Casefile vault: it has no %2. "
                "Choose the vault's folder (NAME.casefile) or a file inside it.",
                folder,
                DB_NAME,
            )
        return cls(folder)


def default_vault_path() -> Path:
    """The vault used when --vault is not given: in the user's data folder."""
    return Path(platformdirs.user_data_dir("Casefile", appauthor=False)) / f"main{VAULT_SUFFIX}"
