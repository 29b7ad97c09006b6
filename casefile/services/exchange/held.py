"""Purges that meet a reference: the purged record is held in the trash until nothing refers
to it, then purged, on every vault alike (docs/bundle-format.md, *A purge that meets a
reference*).

A tombstone is a fact every vault keeps and passes on. A record with a tombstone that a record
without one still refers to (directly, or through other held records) is *held*: it stays, in
the trash, and cannot be restored. A held record nothing refers to any more is purged. Both
rules depend only on which records and tombstones a vault holds, so two vaults that have
exchanged everything hold the same records.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from sqlalchemy import delete, inspect, select, text
from sqlalchemy.orm import Session

from casefile.services.exchange.ids import in_ids
from casefile.vault.field_versions import stamp_fields
from casefile.vault.schema import (
    RECORD_BY_TABLE,
    RECORD_CLASSES,
    Attachment,
    AttachmentChunk,
    FieldVersion,
    Record,
    SourceLink,
    Tombstone,
    utcnow,
)

type Key = tuple[str, str]

HELD_MESSAGE = (
    "This record was deleted for good on another laptop. It stays in the trash only while "
    "other records refer to it, and cannot be restored."
)


@cache
def _referring_columns() -> tuple[tuple[type[Record], str, str], ...]:
    """(class, column, parent table) of every foreign key between record tables."""
    found = []
    for cls in RECORD_CLASSES:
        for column in inspect(cls).columns:
            for fk in column.foreign_keys:
                found.append((cls, column.key, fk.column.table.name))
    return tuple(found)


def is_tombstoned(session: Session, table: str, record_id: str) -> bool:
    """True when the record was purged somewhere (so a record still here is held)."""
    found = session.scalar(
        select(Tombstone.record_id).where(
            Tombstone.record_table == table, Tombstone.record_id == record_id
        )
    )
    return found is not None


def held_records(session: Session) -> dict[Key, Record]:
    """Records here that have a tombstone."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, record_id in session.execute(select(Tombstone.record_table, Tombstone.record_id)):
        if table in RECORD_BY_TABLE:
            by_table[str(table)].append(str(record_id))
    held: dict[Key, Record] = {}
    for table, ids in by_table.items():
        cls = RECORD_BY_TABLE[table]
        for start in range(0, len(ids), 500):
            for record in session.scalars(
                select(cls).where(in_ids(cls.id, ids[start : start + 500]))
            ):
                held[(table, record.id)] = record
    return held


def _referrers(session: Session, held: dict[Key, Record]) -> dict[Key, set[Key]]:
    """For each held record, the records here that refer to it."""
    referrers: dict[Key, set[Key]] = {key: set() for key in held}
    ids_by_table: dict[str, list[str]] = defaultdict(list)
    for table, record_id in held:
        ids_by_table[table].append(record_id)
    for cls, column, parent in _referring_columns():
        ids = ids_by_table.get(parent)
        if not ids:
            continue
        attribute = getattr(cls, column)
        for start in range(0, len(ids), 500):
            rows = session.execute(
                select(cls.id, attribute).where(in_ids(attribute, ids[start : start + 500]))
            )
            for child_id, parent_id in rows:
                if child_id != parent_id or cls.__tablename__ != parent:
                    referrers[(parent, str(parent_id))].add((cls.__tablename__, str(child_id)))
    for cls in (Attachment, SourceLink):
        for table, ids in ids_by_table.items():
            for start in range(0, len(ids), 500):
                rows = session.execute(
                    select(cls.id, cls.record_id).where(
                        cls.record_table == table, in_ids(cls.record_id, ids[start : start + 500])
                    )
                )
                for child_id, parent_id in rows:
                    referrers[(table, str(parent_id))].add((cls.__tablename__, str(child_id)))
    return referrers


def settle_held(session: Session, *, stamp: bool) -> tuple[list[Key], list[Key]]:
    """Purges held records nothing refers to; puts the others in the trash.

    A held record is kept when a record without a tombstone refers to it, or a kept held
    record does. With ``stamp`` (an import, where the session hooks do not stamp versions) a
    move to the trash is stamped as a local edit here, so it travels on.

    Returns:
        (purged, kept) keys, sorted.
    """
    session.flush()
    held = held_records(session)
    if not held:
        return [], []
    # Held records may refer to each other; the order of their deletes does not matter.
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    referrers = _referrers(session, held)
    kept = {key for key, refs in referrers.items() if any(ref not in held for ref in refs)}
    grew = True
    while grew:
        grew = False
        for key, refs in referrers.items():
            if key not in kept and refs & kept:
                kept.add(key)
                grew = True
    now = utcnow()
    for key in sorted(kept):
        record = held[key]
        if record.deleted_at is None:
            record.deleted_at = now
            if stamp:
                session.flush()
                stamp_fields(session, key[0], key[1], ["deleted_at"])
    purged = sorted(set(held) - kept)
    for table, record_id in purged:
        record = held[(table, record_id)]
        if isinstance(record, Attachment):
            session.execute(
                delete(AttachmentChunk).where(AttachmentChunk.attachment_id == record_id)
            )
        session.execute(
            delete(FieldVersion).where(
                FieldVersion.record_table == table, FieldVersion.record_id == record_id
            )
        )
        session.delete(record)
    session.flush()
    return purged, sorted(kept)
