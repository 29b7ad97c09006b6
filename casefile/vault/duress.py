"""The duress passphrase: typed at unlock, it destroys the vault's key files as an emergency
erase does and opens a small decoy vault instead, with nothing on screen to say so.

Off by default. When set (``Vault.set_duress``):

* ``vault.keys`` holds the usual pair of passphrase slots under one salt and cost
  (``keyfile.passphrase_pair``); the companion, random bytes otherwise, becomes the duress
  slot: the decoy's key wrapped under the duress passphrase, its role bound in the associated
  data only. Both files have the same shape, and one derivation serves both slots.
* The decoy is built then, not at the moment of duress: an empty vault (the vocabularies,
  the vault's own id and creation date) in the hidden folder ``.spare`` inside the vault
  folder, with its own recovery slot under a secret nobody keeps. Empty on purpose: an
  invented person shown to a hostile examiner could be taken for a real one.

Typed at unlock (``enter_duress``): ``unlocking.emergency_erase`` runs as the panic button's
does (the vault's and its backups' key files are overwritten and removed; ``vault.recovery``
stays, so the recovery key still opens the real vault), then ``vault.keys`` is written again
holding only the duress slot and random bytes where the passphrase's slot was, so the duress
passphrase goes on opening the decoy and the real one is "not correct". The decoy opens with
``DecoyPaths``: its database, recovery slot and backups are under ``.spare``, while the folder,
key file and lock are the vault's, so everything on screen names the vault as before.
"""

from __future__ import annotations

import os
import secrets
import shutil
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Final

from sqlalchemy.orm import Session

from casefile.errors import WeakPassphraseError
from casefile.vault import keyfile as keyfiles
from casefile.vault import migrations, search_index
from casefile.vault.atomic import fsync_dir
from casefile.vault.engine import create_vault_engine, writer
from casefile.vault.keyfile import (
    PASSPHRASE,
    KdfCost,
    KeyFile,
    Opened,
    filler_slot,
    new_passphrase_slot,
    new_recovery_slot,
    shuffled,
    write_keyfile,
)
from casefile.vault.paths import (
    BACKUPS_NAME,
    DB_NAME,
    PENDING_RECOVERY_NAME,
    RECOVERY_NAME,
    VaultPaths,
)
from casefile.vault.schema import Setting
from casefile.vault.seed import seed_vocabularies
from casefile.vault.unlocking import emergency_erase

#: The decoy's folder inside the vault folder: hidden, and named for nothing in particular,
#: since a name saying "decoy" would tell anyone looking at the folder during a raid.
SPARE_NAME: Final = ".spare"
#: In the real vault's settings (encrypted): whether a duress passphrase is set. The decoy has
#: none, so its Settings say "not set", as a vault without one does.
SETTING_DURESS: Final = "duress_passphrase_set"

SAME_AS_PASSPHRASE: Final = "The duress passphrase must be different from the vault's passphrase."


@dataclass(frozen=True)
class DecoyPaths(VaultPaths):
    """The decoy's files under ``.spare``; the folder, key file and lock are the vault's."""

    @property
    def spare(self) -> Path:
        return self.root / SPARE_NAME

    @property
    def db(self) -> Path:
        return self.spare / DB_NAME

    @property
    def recovery(self) -> Path:
        return self.spare / RECOVERY_NAME

    @property
    def pending_recovery(self) -> Path:
        return self.spare / PENDING_RECOVERY_NAME

    @property
    def backups(self) -> Path:
        return self.spare / BACKUPS_NAME


def same_passphrase(first: str, second: str) -> bool:
    """Whether two typed passphrases derive the same key (NFC, as keyfile._derive reads them)."""
    return unicodedata.normalize("NFC", first) == unicodedata.normalize("NFC", second)


def with_duress(
    keyfile: KeyFile,
    db_key: bytes,
    passphrase: str,
    duress_passphrase: str,
    decoy_key: bytes,
    cost: KdfCost | None = None,
) -> KeyFile:
    """A copy of ``keyfile`` whose pair is the passphrase's slot and a duress slot wrapping
    ``decoy_key``, under a fresh salt (two derivations)."""
    if same_passphrase(passphrase, duress_passphrase):
        raise WeakPassphraseError(SAME_AS_PASSPHRASE)
    cost = cost or keyfiles.calibrate_kdf_cost()  # looked up here: tests replace it
    salt = os.urandom(16)
    real = new_passphrase_slot(db_key, passphrase, keyfile.vault_id, cost, salt=salt)
    duress = new_passphrase_slot(
        decoy_key, duress_passphrase, keyfile.vault_id, cost, salt=salt, duress=True
    )
    others = tuple(slot for slot in keyfile.slots if slot.kind != PASSPHRASE)
    return KeyFile(keyfile.vault_id, (*shuffled(real, duress), *others))


def build_decoy(root: Path, key: bytes, vault_id: str, created_at: str) -> DecoyPaths:
    """Builds the empty decoy vault under ``root/.spare`` (replacing an older one)."""
    decoy = DecoyPaths(root)
    remove_decoy(root)
    decoy.spare.mkdir(mode=0o700)
    fd = os.open(decoy.db, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    engine = create_vault_engine(decoy.db, key, create=True)
    try:
        with writer(engine).begin() as conn:
            migrations.upgrade(conn)
        with Session(writer(engine)) as session, session.begin():
            session.add(Setting(key="vault_id", value=vault_id))
            session.add(Setting(key="created_at", value=created_at))
            seed_vocabularies(session)
            search_index.rebuild(session)
    finally:
        engine.dispose()
    # Its own recovery slot, so that "recovery new" in the decoy finds one (and never
    # touches the vault's); the secret is thrown away.
    slot = new_recovery_slot(key, secrets.token_bytes(32), vault_id)
    write_keyfile(decoy.recovery, KeyFile(vault_id=vault_id, slots=(slot,)))
    fsync_dir(decoy.spare)
    fsync_dir(root)
    return decoy


def remove_decoy(root: Path) -> None:
    """Deletes the decoy (harmless contents: no overwriting needed)."""
    shutil.rmtree(root / SPARE_NAME, ignore_errors=True)


def enter_duress(paths: VaultPaths, keyfile: KeyFile, opened: Opened) -> DecoyPaths:
    """The duress passphrase was typed: erase, keep only the duress slot, find the decoy.

    The decoy is built now if it is missing (a copy of the folder without ``.spare``).
    """
    emergency_erase(paths.root)
    after = KeyFile(keyfile.vault_id, shuffled(opened.slot, filler_slot(opened.slot)))
    write_keyfile(paths.keys, after)
    decoy = DecoyPaths(paths.root)
    if not decoy.db.is_file():
        build_decoy(paths.root, opened.key, keyfile.vault_id, datetime.now().isoformat())
    return decoy
