"""Purges a partner asked for, waiting for a person here: list them, accept them.

A received purge never removes a record at once (a seized laptop could wipe every vault it
reaches). The record waits in the trash, named with the partner that asked; accepting the
purge carries it out here and passes it on to other partners. Restoring the record from the
trash refuses the purge instead (services/records/trash.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from casefile.errors import RecordNotFoundError
from casefile.services.exchange.held import settle_held
from casefile.vault.field_versions import tick, write_tombstones
from casefile.vault.schema import Partner, PendingPurge, utcnow
from casefile.vault.vault import Vault


@dataclass(frozen=True)
class PurgeRequest:
    table: str
    record_id: str
    partner: str
    received_at: datetime


def requested_by(session: Session) -> dict[tuple[str, str], PurgeRequest]:
    """Every waiting purge by (table, id), with the name of the partner that asked."""
    names = {str(d): str(n) for d, n in session.execute(select(Partner.device_id, Partner.name))}
    return {
        (row.record_table, row.record_id): PurgeRequest(
            row.record_table,
            row.record_id,
            names.get(row.from_device, row.from_device[:8]),
            row.received_at,
        )
        for row in session.scalars(select(PendingPurge))
    }


def list_requests(vault: Vault) -> list[PurgeRequest]:
    with vault.read() as session:
        return sorted(requested_by(session).values(), key=lambda r: r.received_at)


def accept_purges(vault: Vault, keys: list[tuple[str, str]]) -> int:
    """Carries out the waiting purges of these records; returns how many were accepted.

    The tombstone keeps the partner's version, so every vault settles on the same purge; a
    record that records here still refer to stays held in the trash until they go.
    """
    with vault.write("partner's purge accepted") as session:
        rows = [session.get(PendingPurge, key) for key in keys]
        if any(row is None for row in rows):
            raise RecordNotFoundError("No purge of this record is waiting.")
        clock, _device = tick(session)
        now = utcnow()
        write_tombstones(
            session,
            [
                {
                    "record_table": row.record_table,
                    "record_id": row.record_id,
                    "clock": row.clock,
                    "device_id": row.device_id,
                    "seq": clock,
                    "purged_at": now,
                }
                for row in rows
                if row is not None
            ],
            keep_versions=True,
        )
        for row in rows:
            session.delete(row)
        settle_held(session, stamp=False)
        return len(rows)


def forget_request(session: Session, table: str, record_id: str) -> None:
    """The record was restored or purged here: its waiting purge is settled."""
    session.execute(
        delete(PendingPurge).where(
            PendingPurge.record_table == table, PendingPurge.record_id == record_id
        )
    )
