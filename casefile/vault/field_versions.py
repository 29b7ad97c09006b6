"""Field versions for exchange: every write stamps the fields it changed with the clock.

Hooked into the vault's writer sessions next to the audit, so no service can forget it.
Each transaction ticks the vault's Lamport clock once; a changed field gets the version
(clock, this device) and its version vector gains this device's entry. A purge leaves a
tombstone. The merge code writes versions it received itself and sets session.info[APPLYING]
so that its writes are not stamped as local edits.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import delete, event, inspect, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from casefile.vault.audit import json_value
from casefile.vault.schema import (
    RECORD_BY_TABLE,
    Base,
    Conflict,
    DeviceIdentity,
    FieldVersion,
    PartialDateType,
    Record,
    Tombstone,
    utcnow,
)

#: session.info key: the merge code is writing versions itself.
APPLYING = "exchange_applying"
_TICK = "exchange_tick"
_ENABLED = "exchange_enabled"


@cache
def versioned_fields(cls: type[Record]) -> tuple[str, ...]:
    """The fields exchange versions and carries: content fields and the trash mark."""
    return tuple(
        attr.key for attr in inspect(cls).column_attrs if attr.key not in Record.BOOKKEEPING
    )


@cache
def plain_fields(cls: type[Record]) -> frozenset[str]:
    """Versioned fields whose JSON form (audit.json_value) is their Python value: text,
    numbers, flags. Bulk paths skip the conversion for them."""
    columns = inspect(cls).columns
    return frozenset(
        name
        for name in versioned_fields(cls)
        if not isinstance(columns[name].type, PartialDateType)
        and columns[name].type.python_type in (str, int, bool, float)
    )


def _enabled(session: Session) -> bool:
    """False on a vault opened without upgrading from before exchange existed."""
    if _ENABLED not in session.info:
        found = session.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'exchange_identity'")
        ).first()
        session.info[_ENABLED] = found is not None
    return bool(session.info[_ENABLED])


def tick(session: Session, observed: int = 0) -> tuple[int, str]:
    """This transaction's (clock, device id): the clock moves past `observed` (and past the
    wall clock) and ticks once.

    Called again in the same transaction it returns the same stamp, unless `observed` is
    ahead of it (an import), when it ticks past that.
    """
    cached: tuple[int, str] | None = session.info.get(_TICK)
    if cached is not None and cached[0] > observed:
        return cached
    row = session.execute(
        select(DeviceIdentity.clock, DeviceIdentity.device_id).where(DeviceIdentity.id == 1)
    ).one()
    # A hybrid clock: never behind the wall clock (in milliseconds), so a vault restored from
    # an older backup does not hand out stamps it already used before the restore.
    clock = max(int(row.clock), observed, time.time_ns() // 1_000_000) + 1
    session.execute(update(DeviceIdentity).where(DeviceIdentity.id == 1).values(clock=clock))
    session.info[_TICK] = (clock, str(row.device_id))
    return clock, str(row.device_id)


def write_versions(session: Session, rows: list[dict[str, Any]]) -> None:
    """Inserts or replaces FieldVersion rows given as column dicts."""
    if not rows:
        return
    # In key order: inserts then walk the primary-key B-tree instead of jumping around it,
    # which with encrypted pages is many times faster at thousands of rows.
    rows = sorted(rows, key=lambda row: (row["record_table"], row["record_id"], row["field"]))
    statement = sqlite_insert(Base.metadata.tables[FieldVersion.__tablename__])
    statement = statement.on_conflict_do_update(
        index_elements=["record_table", "record_id", "field"],
        set_={
            "clock": statement.excluded.clock,
            "device_id": statement.excluded.device_id,
            "seen": statement.excluded.seen,
            "seq": statement.excluded.seq,
        },
    )
    session.execute(statement, rows)


def write_tombstones(
    session: Session, rows: list[dict[str, Any]], *, keep_versions: bool = False
) -> None:
    """Records purges and forgets the purged records' field versions and open conflicts, whose
    two values would outlive the purge (unless keep_versions: an import, where a record still
    referred to is held and keeps merging)."""
    if not rows:
        return
    statement = sqlite_insert(
        Base.metadata.tables[Tombstone.__tablename__]
    ).on_conflict_do_nothing()
    session.execute(statement, rows)
    if keep_versions:
        return
    by_table: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        by_table[row["record_table"]].append(row["record_id"])
    for table, ids in by_table.items():
        session.execute(
            delete(FieldVersion).where(
                FieldVersion.record_table == table, FieldVersion.record_id.in_(ids)
            )
        )
        session.execute(
            delete(Conflict).where(Conflict.record_table == table, Conflict.record_id.in_(ids))
        )


class Version(NamedTuple):
    clock: int
    device_id: str
    seen: dict[str, int]  # shared between fields read together: copy before changing it


#: The field name of a record-wide version row: every versioned field of the record without a
#: row of its own has this version, and a field's own vector is read joined with it. An import
#: writes one such row for a record whose fields all arrive with one version, instead of one
#: row per field (SQLCipher's memory security makes every row written costly).
RECORD_VERSION = "*"
_LOAD_BATCH = 5000


def _join(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    return {device: max(a.get(device, 0), b.get(device, 0)) for device in a.keys() | b.keys()}


def load_versions(
    session: Session, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], dict[str, Version]]:
    """Every field version of the records, keyed (table, id) then field, with record-wide
    rows (RECORD_VERSION) spread over the fields without a row of their own.

    Read through the driver, with each distinct vector decoded once: tens of thousands of
    records have hundreds of thousands of rows, and most of a record's rows share a vector.
    """
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, record_id in keys:
        by_table[table].append(record_id)
    found: dict[tuple[str, str], dict[str, Version]] = defaultdict(dict)
    decoded: dict[str, dict[str, int]] = {}
    connection = session.connection()
    statement = (
        "SELECT record_id, field, clock, device_id, seen FROM field_versions "
        "WHERE record_table = ? AND record_id IN (SELECT value FROM json_each(?))"
    )
    stars: dict[tuple[str, str], Version] = {}
    for table, ids in by_table.items():
        for start in range(0, len(ids), _LOAD_BATCH):
            chunk = json.dumps(ids[start : start + _LOAD_BATCH])
            # fetchall of the driver's tuples: SQLAlchemy's row objects cost more than the read.
            result = connection.exec_driver_sql(statement, (table, chunk))
            rows = result.cursor.fetchall()
            result.close()
            for record_id, field, clock, device_id, seen in rows:
                vector = decoded.get(seen)
                if vector is None:
                    vector = decoded[seen] = json.loads(seen) if seen else {}
                version = Version(clock, device_id, vector)
                if field == RECORD_VERSION:
                    stars[(table, record_id)] = version
                else:
                    found[(table, record_id)][field] = version
    for key, star in stars.items():
        fields = found[key]
        for name, version in fields.items():
            if not all(version.seen.get(d, 0) >= c for d, c in star.seen.items()):
                fields[name] = version._replace(seen=_join(version.seen, star.seen))
        for name in _versioned_by_table(key[0]):
            if name not in fields:
                fields[name] = star
    return found


def _versioned_by_table(table: str) -> tuple[str, ...]:
    cls = RECORD_BY_TABLE.get(table)
    return () if cls is None else versioned_fields(cls)


def load_seen(
    session: Session, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str, str], dict[str, int]]:
    """Version vectors of the records' fields, keyed (table, id, field); fresh dicts."""
    return {
        (table, record_id, name): dict(version.seen)
        for (table, record_id), fields in load_versions(session, keys).items()
        for name, version in fields.items()
    }


def _changed_fields(record: Record) -> list[str]:
    state = inspect(record)
    changed = []
    for key in versioned_fields(type(record)):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if json_value(old) != json_value(new):
            changed.append(key)
    return changed


def _stamp(
    session: Session,
    touched: Mapping[tuple[str, str], list[str]],
    fresh: set[tuple[str, str]],
    purged: list[tuple[str, str]],
) -> None:
    clock, device = tick(session)
    seen = load_seen(session, [key for key in touched if key not in fresh])
    rows = []
    for (table, record_id), fields in touched.items():
        for field in fields:
            vector = seen.get((table, record_id, field), {})
            vector[device] = clock
            rows.append(
                {
                    "record_table": table,
                    "record_id": record_id,
                    "field": field,
                    "clock": clock,
                    "device_id": device,
                    "seen": vector,
                    "seq": clock,
                }
            )
    write_versions(session, rows)
    now = utcnow()
    write_tombstones(
        session,
        [
            {
                "record_table": table,
                "record_id": record_id,
                "clock": clock,
                "device_id": device,
                "seq": clock,
                "purged_at": now,
            }
            for table, record_id in purged
        ],
    )


def stamp_fields(session: Session, table: str, record_id: str, fields: list[str]) -> None:
    """Stamps fields as edited here now, even if their value did not change: settling a
    conflict by keeping the value shown must still win over the other side's value."""
    if not _enabled(session):
        return
    _stamp(session, {(table, record_id): fields}, set(), [])


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(APPLYING):
        return
    touched: dict[tuple[str, str], list[str]] = {}
    fresh: set[tuple[str, str]] = set()
    for record in session.new:
        if isinstance(record, Record):
            key = (record.__tablename__, record.id)
            touched[key] = list(versioned_fields(type(record)))
            fresh.add(key)
    for record in session.dirty:
        if isinstance(record, Record) and session.is_modified(record):
            changed = _changed_fields(record)
            if changed:
                touched[(record.__tablename__, record.id)] = changed
    purged = [
        (record.__tablename__, record.id)
        for record in session.deleted
        if isinstance(record, Record)
    ]
    if (touched or purged) and _enabled(session):
        _stamp(session, touched, fresh, purged)


def install(factory: sessionmaker[Session]) -> None:
    """After the audit hook, which gives new records their ids."""
    event.listen(factory, "before_flush", _before_flush)
