"""A received bundle taken back: the audit entries its import wrote, undone as one step.

An import notes the ids of the audit entries it wrote (merge.mark_applied). Undoing it
writes back every field the import changed and moves every record it created to the trash,
in one audited transaction, as the undo stack does (services/records/undo.py); the next
bundles carry that to the partners like any edit here. It is refused, changing nothing, when
one of those records was changed since: the vault's backups are then the way back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from casefile.errors import KnownError
from casefile.services.records.undo import Change, ChangeKind, ChangeName, undo_change
from casefile.vault.schema import AppliedBundle, AuditEntry, Partner, utcnow
from casefile.vault.vault import Vault

#: Received bundles listed, newest first.
LISTED = 100


class ImportNotUndoableError(KnownError):
    """The import is unknown, already undone, or from before imports noted their entries."""


@dataclass(frozen=True)
class ReceivedBundle:
    bundle_id: str
    sender: str  # the partner's name, or its device id when it is no partner any more
    applied_at: datetime
    counts: dict[str, int]
    undoable: bool  # its audit entries are known and it was not undone
    undone_at: datetime | None


def received_bundles(vault: Vault, limit: int = LISTED) -> list[ReceivedBundle]:
    """The bundles this vault imported, newest first."""
    with vault.read() as session:
        names = {
            str(d): str(n) for d, n in session.execute(select(Partner.device_id, Partner.name))
        }
        rows = session.scalars(
            select(AppliedBundle).order_by(AppliedBundle.applied_at.desc()).limit(limit)
        )
        return [_received(row, names) for row in rows]


def _received(row: AppliedBundle, names: dict[str, str]) -> ReceivedBundle:
    summary: dict[str, Any] = dict(row.summary or {})
    undone = summary.get("undone_at")
    return ReceivedBundle(
        bundle_id=row.bundle_id,
        sender=names.get(row.sender_device_id, row.sender_device_id),
        applied_at=row.applied_at,
        counts={k: int(v) for k, v in summary.items() if isinstance(v, int)},
        undoable=_audit_range(summary) is not None and undone is None,
        undone_at=None if undone is None else datetime.fromisoformat(str(undone)),
    )


def _audit_range(summary: dict[str, Any]) -> tuple[int, int] | None:
    found = summary.get("audit")
    if (
        isinstance(found, list)
        and len(found) == 2
        and all(isinstance(n, int) and not isinstance(n, bool) for n in found)
        and 0 < found[0] <= found[1]
    ):
        return found[0], found[1]
    return None


def undo_import(vault: Vault, bundle_id: str) -> int:
    """Takes the import of one bundle back; returns how many audit entries it reverted.

    Raises ImportNotUndoableError for an unknown or already undone import, and
    StaleChangeError (nothing written) when one of its records was changed since."""
    with vault.read() as session:
        row = session.get(AppliedBundle, bundle_id)
        summary: dict[str, Any] = dict(row.summary or {}) if row is not None else {}
        found = _audit_range(summary)
        if row is None or found is None or summary.get("undone_at") is not None:
            raise ImportNotUndoableError(
                "This import cannot be undone: it is not in this vault's list of received "
                "bundles, was undone already, or was made by an older Casefile. Restore a "
                "backup from before it instead."
            )
        first, last = found
        entry_ids = tuple(
            session.scalars(
                select(AuditEntry.id)
                .where(AuditEntry.id.between(first, last))
                .order_by(AuditEntry.id)
            )
        )
    change = Change(entry_ids, ChangeName(ChangeKind.IMPORT, "", "", len(entry_ids)))
    undo_change(vault, change)
    with vault.write(reason="undo") as session:
        applied = session.get(AppliedBundle, bundle_id)
        if applied is not None:
            # A new dict: the JSON column sees a replaced value, not one changed in place.
            applied.summary = {**(applied.summary or {}), "undone_at": utcnow().isoformat()}
    return len(entry_ids)
