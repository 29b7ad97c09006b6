"""What stands between a bundle and the vault's data: a backup first, and a person's yes
before a bundle deletes or overwrites many records at once.

A partner's laptop can be seized or its holder turned; one signed bundle must not be able to
wipe this vault (and, through it, every other laptop) without anyone noticing.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casefile.services.exchange.errors import MassChangeError
from casefile.services.exchange.merge import ImportPreview
from casefile.vault.backup import list_backups, prune_kind
from casefile.vault.schema import RECORD_CLASSES
from casefile.vault.vault import Vault

#: A bundle may delete, purge or overwrite at most this many records, or this share of the
#: vault's records if that is more, before a person must confirm.
MASS_CHANGE_RECORDS = 10
MASS_CHANGE_SHARE = 0.05
#: Pre-import backups kept besides the daily ones (each is a whole copy of the vault).
PRE_IMPORT_BACKUPS_KEPT = 7
#: An import is preceded by a backup when the vault's newest backup is older than this.
PRE_IMPORT_BACKUP_EVERY = timedelta(days=1)


def mass_change_limit(session: Session) -> int:
    """How many records one bundle may delete, purge or overwrite without a confirmation."""
    total = sum(
        session.scalar(select(func.count()).select_from(cls).where(cls.deleted_at.is_(None))) or 0
        for cls in RECORD_CLASSES
    )
    return max(MASS_CHANGE_RECORDS, math.ceil(total * MASS_CHANGE_SHARE))


def destructive_changes(preview: ImportPreview) -> tuple[tuple[str, str, str, str], ...]:
    """(table, id, label, what) of every record the bundle would delete, purge or change."""
    return (
        *((c.table, c.record_id, c.label, "deleted") for c in preview.deleted),
        *((c.table, c.record_id, c.label, "purged") for c in preview.purged),
        *((c.table, c.record_id, c.label, "updated") for c in preview.updated),
    )


def check_mass_changes(session: Session, preview: ImportPreview, *, accept: bool) -> bool:
    """Whether the bundle changes more records than the limit, which a person accepted;
    raises MassChangeError when they have not."""
    changes = destructive_changes(preview)
    # Under the floor no count is needed: counting every live record took 0.9 s at 10,000
    # people, at every import.
    if len(changes) <= MASS_CHANGE_RECORDS:
        return False
    limit = mass_change_limit(session)
    if len(changes) <= limit:
        return False
    if accept:
        return True
    raise MassChangeError(
        "This bundle from %1 would delete or change %2 records (more than %3). Nothing was "
        "imported. Look through the list; if these changes are expected, import it again and "
        "confirm them. If not, do not import it, and ask the sender what happened.",
        preview.sender_name,
        len(changes),
        limit,
        changes=changes,
    )


def pre_import_backup_due(vault: Vault, now: datetime | None = None) -> bool:
    """Whether an import that changes something is to be preceded by a backup: when the
    vault's newest backup is older than a day (or there is none)."""
    recent = (now or datetime.now()) - PRE_IMPORT_BACKUP_EVERY
    return not any(info.made_at > recent for info in list_backups(vault.paths.backups))


def backup_before_import(vault: Vault, now: datetime | None = None, *, force: bool = False) -> None:
    """A verified backup of the vault as it is before the import, kept with the others,
    unless one was made in the last day (`force`: whatever there is, as before a mass change
    a person accepted).

    Each import can be undone (import_undo.py), so the backup is the way back for what undo
    cannot reach: a whole copy takes seconds per 100 MB, minutes at 100,000 people, while a
    folder sync may import every few minutes (bench/README.md). Called outside any write
    transaction (service.import_bundle), so other writes go on while the copy is made.
    """
    if not force and not pre_import_backup_due(vault, now):
        return
    info = vault.backup(kind="pre-import", full_check=False)
    prune_kind(info.path.parent, "pre-import", PRE_IMPORT_BACKUPS_KEPT)
