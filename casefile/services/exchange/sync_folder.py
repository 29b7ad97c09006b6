"""Which folder this vault syncs through, readable without the exchange's bundles and keys:
the automatic sync asks it a few seconds after every unlock, and most vaults have none."""

from __future__ import annotations

from pathlib import Path

from casefile.vault.schema import Setting
from casefile.vault.vault import Vault

SETTING_FOLDER = "exchange_sync_folder"


def folder_of(vault: Vault) -> Path | None:
    with vault.read() as session:
        row = session.get(Setting, SETTING_FOLDER)
        return Path(row.value) if row is not None and isinstance(row.value, str) else None
