"""What was added or changed since a date, from the audit history, and on which device.

One row per record: its newest change in the period, how many there were, the fields they
touched, and who made the newest: this laptop, or the partner whose bundle brought it (the
bundle import's audit reason names the partner; services/exchange/service.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from casefile.domain.enums import AuditAction
from casefile.services.records.drafts import field_label
from casefile.services.records.history import NOT_EDITS
from casefile.services.records.labels import record_label
from casefile.vault.schema import RECORD_BY_TABLE, AuditEntry, DeviceIdentity
from casefile.vault.vault import Vault

#: The audit reason a bundle import writes, before the partner's name.
BUNDLE_REASON = "bundle import from "
#: Records listed at most (the newest); the rest are counted.
MAX_RECORDS = 2000


@dataclass(frozen=True)
class RecentChange:
    """A record added or changed in the period."""

    table: str
    record_id: str
    label: str  # "" for a record since deleted for good
    action: str  # AuditAction of the newest change; "create" when it was added in the period
    at: datetime  # the newest change
    count: int  # changes in the period
    fields: tuple[str, ...]  # labels of the fields changed, oldest change first
    device: str  # the device that made the newest change (its name, or the partner's)
    here: bool  # made on this laptop, not brought by a bundle


@dataclass
class _Seen:
    """A record's changes in the period, gathered newest first."""

    action: str
    at: datetime
    device: str
    here: bool
    count: int = 0
    fields: dict[str, None] = field(default_factory=dict)  # an ordered set


@dataclass(frozen=True)
class RecentChanges:
    rows: tuple[RecentChange, ...]  # newest first
    more: int  # records changed in the period beyond MAX_RECORDS


def recent_changes(vault: Vault, since: datetime, lang: str = "en") -> RecentChanges:
    """Every record added or changed at ``since`` or later, newest first."""
    with vault.read(keep_pages=False) as session:
        # The name alone: the exchange module's identity() would load its key bindings with
        # the main window, and the row's private keys into Python.
        own_device = session.scalar(select(DeviceIdentity.name).where(DeviceIdentity.id == 1)) or ""
        entries = session.execute(
            select(
                AuditEntry.record_table,
                AuditEntry.record_id,
                AuditEntry.action,
                AuditEntry.at,
                AuditEntry.reason,
                AuditEntry.changes,
            )
            .where(
                AuditEntry.at >= since,
                AuditEntry.record_table.in_(list(RECORD_BY_TABLE)),  # not vocabulary terms
                AuditEntry.action.not_in(NOT_EDITS),
            )
            .order_by(AuditEntry.id.desc())
        )
        newest: dict[tuple[str, str], _Seen] = {}
        for table, record_id, action, at, reason, changes in entries:
            seen = newest.get((table, record_id))
            if seen is None:  # entries come newest first: this one names the device
                via = str(reason or "")
                bundle = via.startswith(BUNDLE_REASON)
                device = via.removeprefix(BUNDLE_REASON) if bundle else own_device
                seen = newest[(table, record_id)] = _Seen(action, at, device, not bundle)
            seen.count += 1
            if action == AuditAction.CREATE:
                seen.action = AuditAction.CREATE.value  # added in the period
            for name in changes or {}:
                if name != "deleted_at":
                    seen.fields.setdefault(name, None)
        rows = []
        for (table, record_id), seen in list(newest.items())[:MAX_RECORDS]:
            record = session.get(RECORD_BY_TABLE[table], record_id)
            rows.append(
                RecentChange(
                    table=table,
                    record_id=record_id,
                    label=record_label(session, record, lang) if record is not None else "",
                    action=seen.action,
                    at=seen.at,
                    count=seen.count,
                    fields=tuple(field_label(name) for name in reversed(seen.fields)),
                    device=seen.device,
                    here=seen.here,
                )
            )
    return RecentChanges(tuple(rows), max(0, len(newest) - MAX_RECORDS))
