"""Bulk writes of records that keep every side effect of the vault's session hooks.

Core INSERT/UPDATE statements bypass the ORM's session hooks (casefile/vault/audit.py,
search_index.py, field_versions.py), so the functions here write, in the caller's unit of work,
what those hooks would have written: audit entries, search-index rows and exchange field
versions. Used by the CSV import; correct first, then fast.

Speed: SQLCipher's memory security (on in every vault) makes each SQLite allocation that its
connection's lookaside pool cannot serve two system calls (mlock, munlock; see
casefile/vault/lookaside.py). Values that are the same in every row (the actor, the time,
unmapped defaults, the audit action) are therefore written into the SQL as literals, rows go
through one single-row INSERT executed many times, and field versions are generated inside
SQLite.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Table,
    bindparam,
    func,
    literal_column,
    null,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from casefile.domain.enums import AuditAction
from casefile.services.open_formats.values import table_columns, table_of
from casefile.vault import field_versions, search_index
from casefile.vault.audit import is_recording, json_value, note_written
from casefile.vault.schema import AuditEntry, Case, FieldVersion, Record, utcnow

type Progress = Callable[[float, str], None]
type CheckCancel = Callable[[], None]

#: Records per batch: progress and cancellation are checked between batches.
BATCH = 1000


@dataclass
class RecordWrite:
    """A record to write: all values of a new one, or the changed fields (and their old
    values) of an existing one."""

    record_id: str
    values: dict[str, Any]
    old: dict[str, Any] = field(default_factory=dict)


def content_fields(model: type[Record]) -> list[str]:
    """The fields the audit history records (all but bookkeeping and the trash mark)."""
    ignored = Record.BOOKKEEPING | {"deleted_at"}
    return [column.key for column in table_columns(model) if column.key not in ignored]


def write_all(
    session: Session,
    model: type[Record],
    creates: list[RecordWrite],
    updates: list[RecordWrite],
    progress: Progress | None = None,
    check: CheckCancel | None = None,
) -> None:
    """Records, audit entries, search index and field versions, in the caller's transaction."""
    write_records(session, model, creates, updates, progress, check)
    write_audit(session, model, creates, updates)
    write_search_index(session, model, creates, updates)
    write_field_versions(session, model, creates, updates)


def _stored(session: Session, column: Column[Any], value: Any) -> Any:
    """The value as the driver receives it (after the column type's processing)."""
    processor = _processor(session, column)
    return processor(value) if processor is not None else value


def _processor(session: Session, column: Column[Any]) -> Callable[[Any], Any] | None:
    # The dialect's own implementation: generic Date, Time, JSON convert only there.
    dialect = session.get_bind().dialect
    return column.type.dialect_impl(dialect).bind_processor(dialect)


def _literal_sql(stored: Any) -> str | None:
    """A driver value as SQL literal text, or None when it must be bound."""
    if stored is None:
        return "NULL"
    if isinstance(stored, bool):
        return "1" if stored else "0"
    if isinstance(stored, int) or (isinstance(stored, float) and math.isfinite(stored)):
        return repr(stored)
    if isinstance(stored, str) and "\x00" not in stored:
        # SQLite string literals escape only the quote.
        return "'" + stored.replace("'", "''") + "'"
    return None  # NUL, NaN, bytes: bound as parameters


def _sql_literal(session: Session, column: Column[Any], value: Any) -> ColumnElement[Any]:
    """``value`` as SQL text in the column's stored form, for an UPDATE's SET clause."""
    stored = _stored(session, column, value)
    text_ = _literal_sql(stored)
    if text_ is None:
        return bindparam(f"_const_{column.key}", stored, type_=column.type)
    return null() if text_ == "NULL" else literal_column(text_)


def _insert_many(
    session: Session,
    table: str,
    names: list[str],
    literals: dict[str, str],
    rows: list[tuple[Any, ...]],
    *,
    verb: str = "INSERT",
) -> None:
    """INSERT rows (driver values of the columns not in ``literals``, in ``names`` order): one
    single-row statement, executed once per row (executemany); into a table with triggers,
    one statement for all the rows (see below).

    Not multi-row VALUES: a statement of 200 rows holds every row's bound values at once,
    which fills the connection's lookaside pool, so every other allocation then misses it and
    costs an mlock and an munlock. One row at a time, the bound values come from the pool and
    go back to it (10,000 people: 1.5 s of INSERTs down to 0.3 s; bench/README.md).
    """
    if not rows:
        return
    quote = session.get_bind().dialect.identifier_preparer.quote
    columns = ", ".join(quote(name) for name in names)
    packed = _json_rows(rows) if _insert_fires_triggers(session, table) else None
    if packed is not None:
        # A row trigger on INSERT makes every INSERT open a statement journal (a copy of each
        # page it changes): per row, 0.3 ms under memory security. All rows in one statement
        # open one, and their values come as one bound JSON text, read a row at a time.
        at = iter(range(len(names)))
        selected = ", ".join(literals.get(name) or f"value ->> {next(at)}" for name in names)
        session.connection().exec_driver_sql(
            f"{verb} INTO {quote(table)} ({columns}) SELECT {selected} FROM json_each(?)",
            (packed,),
        )
        return
    row_sql = "(" + ", ".join(literals.get(name, "?") for name in names) + ")"
    session.connection().exec_driver_sql(
        f"{verb} INTO {quote(table)} ({columns}) VALUES {row_sql}", rows
    )


def _insert_fires_triggers(session: Session, table: str) -> bool:
    """Whether an INSERT into the table fires one of its row triggers: those on UPDATE alone
    (people's and cases' trash marks) leave a single-row INSERT without a statement journal,
    and the JSON text only costs (each ``value ->> n`` parses the row again)."""
    found = session.connection().exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)
    )
    return any(_INSERT_ON.search(str(sql).partition("BEGIN")[0]) for (sql,) in found)


# A trigger's "INSERT ON t" (its head, before BEGIN).
_INSERT_ON = re.compile(r"\bINSERT\s+ON\b", re.IGNORECASE)


def _json_rows(rows: list[tuple[Any, ...]]) -> str | None:
    """The rows as one JSON array of arrays, or None when a value would not come back from
    JSON as it went in (bytes, NaN, NUL in text, integers past 64 bits): those are bound."""
    for row in rows:
        for value in row:
            if (type(value) is str and "\x00" in value) or (
                type(value) is int and not -(2**63) <= value < 2**63
            ):
                return None
    try:
        return json.dumps(rows, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        return None


def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT the rows (all with the same keys); columns equal in every row become literals,
    so they are not bound (an allocation each) in every row.

    Values are converted column by column (one processor mapped over a column, the rows then
    zipped together), which at 130,000 rows costs a fraction of converting row by row.
    """
    if not rows:
        return
    names = list(rows[0])
    literals: dict[str, str] = {}
    columns: list[list[Any]] = []
    for name in names:
        column = [row[name] for row in rows]
        value = column[0]
        # count() compares with ==; the type check tells 1 from True and 1.0.
        if column.count(value) == len(column) and set(map(type, column)) == {type(value)}:
            text_ = _literal_sql(_stored(session, table.c[name], value))
            if text_ is not None:
                literals[name] = text_
                continue
        processor = _processor(session, table.c[name])
        columns.append(column if processor is None else list(map(processor, column)))
    values: list[tuple[Any, ...]] = (
        list(zip(*columns, strict=True)) if columns else [()] * len(rows)
    )
    _insert_many(session, table.name, names, literals, values)


def write_records(
    session: Session,
    model: type[Record],
    creates: list[RecordWrite],
    updates: list[RecordWrite],
    progress: Progress | None = None,
    check: CheckCancel | None = None,
) -> None:
    """INSERT the new records and UPDATE the changed ones (version + 1, stamped)."""
    table = table_of(model)
    actor = str(session.info.get("actor", ""))
    now = utcnow()
    total = max(1, len(creates) + len(updates))
    for start in range(0, len(creates), BATCH):
        if check is not None:
            check()
        batch = creates[start : start + BATCH]
        bulk_insert(
            session,
            table,
            [
                {
                    **write.values,
                    "id": write.record_id,
                    "created_at": now,
                    "updated_at": now,
                    "updated_by": actor,
                    "version": 1,
                    "deleted_at": None,
                }
                for write in batch
            ],
        )
        if progress is not None:
            progress((start + len(batch)) / total, "records")
    by_fields: dict[tuple[str, ...], list[RecordWrite]] = defaultdict(list)
    for write in updates:
        by_fields[tuple(sorted(write.values))].append(write)
    done = len(creates)
    for names, writes in by_fields.items():
        triggered = _update_triggered(session, table.name, names)
        for start in range(0, len(writes), BATCH):
            if check is not None:
                check()
            batch = writes[start : start + BATCH]
            if triggered and _update_from_json(session, table, names, batch, now, actor):
                done += len(batch)
                if progress is not None:
                    progress(done / total, "records")
                continue
            statement = (
                update(table)
                .where(table.c.id == bindparam("_id"))
                .values(
                    {name: bindparam(f"_{name}") for name in names}
                    | {
                        "version": table.c.version + 1,
                        "updated_at": _sql_literal(session, table.c.updated_at, now),
                        "updated_by": _sql_literal(session, table.c.updated_by, actor),
                    }
                )
            )
            session.connection().execute(
                statement,
                [
                    {"_id": write.record_id} | {f"_{name}": write.values[name] for name in names}
                    for write in batch
                ],
            )
            done += len(batch)
            if progress is not None:
                progress(done / total, "records")


# A trigger's "UPDATE OF a, b ON t" (a trigger without OF fires on any column).
_UPDATE_OF = re.compile(r"\bUPDATE\s+(?:OF\s+(.*?)\s+)?ON\b", re.IGNORECASE | re.DOTALL)


def _update_triggered(session: Session, table: str, names: tuple[str, ...]) -> bool:
    """Whether an UPDATE of these columns fires one of the table's row triggers."""
    found = session.connection().exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)
    )
    for (sql,) in found:
        match = _UPDATE_OF.search(str(sql).partition("BEGIN")[0])  # its head, not its body
        if match is None:
            continue
        columns = match.group(1)
        if columns is None or {c.strip().strip('"') for c in columns.split(",")} & set(names):
            return True
    return False


def _update_from_json(
    session: Session,
    table: Table,
    names: tuple[str, ...],
    batch: list[RecordWrite],
    now: Any,
    actor: str,
) -> bool:
    """UPDATE the batch's records in one statement, their values read from one bound JSON
    text; False (nothing written) when a value would not come back from JSON as it went in.

    For a table whose row trigger fires on these columns (hearings' per-day counts): each
    single-row UPDATE opened a statement journal of its own, as each INSERT did (_insert_many).
    """
    processors = [_processor(session, table.c[name]) for name in names]
    rows = [
        (
            write.record_id,
            *(
                value if processor is None else processor(value)
                for value, processor in zip(
                    (write.values[name] for name in names), processors, strict=True
                )
            ),
        )
        for write in batch
    ]
    packed = _json_rows(rows)
    stamp = _literal_sql(_stored(session, table.c.updated_at, now))
    by = _literal_sql(_stored(session, table.c.updated_by, actor))
    if packed is None or stamp is None or by is None:
        return False
    quote = session.get_bind().dialect.identifier_preparer.quote
    name = quote(table.name)
    sets = ", ".join(
        f"{quote(column)} = incoming.value ->> {i}" for i, column in enumerate(names, 1)
    )
    session.connection().exec_driver_sql(
        f"UPDATE {name} SET {sets}, version = version + 1, updated_at = {stamp}, "
        f"updated_by = {by} FROM json_each(?) AS incoming WHERE {name}.id = incoming.value ->> 0",
        (packed,),
    )
    return True


def write_audit(
    session: Session, model: type[Record], creates: list[RecordWrite], updates: list[RecordWrite]
) -> None:
    """One audit entry per record, as the session hook writes them for ORM changes."""
    actor = str(session.info.get("actor", ""))
    reason = session.info.get("reason")
    now = utcnow()
    record_table = model.__tablename__
    fields = content_fields(model)
    entries: list[dict[str, Any]] = []
    for write in creates:
        changes = {
            name: [None, json_value(write.values[name])]
            for name in fields
            if write.values.get(name) not in (None, [], "")
        }
        entries.append(_entry(now, actor, AuditAction.CREATE, record_table, write, changes, reason))
    for write in updates:
        changes = {
            name: [json_value(write.old[name]), json_value(value)]
            for name, value in write.values.items()
        }
        entries.append(_entry(now, actor, AuditAction.UPDATE, record_table, write, changes, reason))
    audit = table_of(AuditEntry)
    # An undoable action (a CSV import) needs the ids; rowids follow the largest one, and the
    # write transaction keeps every other writer out meanwhile.
    before = _last_audit_id(session) if is_recording() else 0
    for start in range(0, len(entries), BATCH):
        bulk_insert(session, audit, entries[start : start + BATCH])
    if is_recording():
        note_written(session, range(before + 1, _last_audit_id(session) + 1))


def _last_audit_id(session: Session) -> int:
    return int(session.scalar(select(func.max(AuditEntry.id))) or 0)


def _entry(
    now: Any,
    actor: str,
    action: AuditAction,
    record_table: str,
    write: RecordWrite,
    changes: dict[str, Any],
    reason: Any,
) -> dict[str, Any]:
    return {
        "at": now,
        "actor": actor,
        "action": action.value,
        "record_table": record_table,
        "record_id": write.record_id,
        "changes": changes,
        "reason": None if reason is None else str(reason),
    }


def _has_table(session: Session, name: str) -> bool:
    found = session.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"), {"name": name}
    ).first()
    return found is not None


def write_field_versions(
    session: Session, model: type[Record], creates: list[RecordWrite], updates: list[RecordWrite]
) -> None:
    """Exchange's field versions, as its session hook (casefile/vault/field_versions.py) stamps
    them for ORM writes: every field of a new record, the changed fields of an updated one.

    Without them the next change bundle would not carry the imported records. Every field of a
    new record has this write's version, so a new record gets one record-wide version row
    (field_versions.RECORD_VERSION), read back spread over its fields, instead of one row per
    field (10,000 people: 10,000 rows instead of 170,000). The rows are generated inside
    SQLite from the ids, so nothing is bound per row. A changed field of an existing record
    gets a row of its own: a field's own row takes precedence over the record-wide one, its
    vector read joined with the record-wide vector.
    """
    if not (creates or updates) or not _has_table(session, FieldVersion.__tablename__):
        return
    clock, device = field_versions.tick(session)
    record_table = model.__tablename__
    table = table_of(FieldVersion)
    constants = ", ".join(
        _literal_sql(_stored(session, table.c[name], value)) or "NULL"
        for name, value in (
            ("record_table", record_table),
            ("field", field_versions.RECORD_VERSION),
            ("clock", clock),
            ("device_id", device),
            ("seen", {device: clock}),
            ("seq", clock),
        )
    )
    statement = (
        f"INSERT OR REPLACE INTO {FieldVersion.__tablename__} "
        "(record_table, field, clock, device_id, seen, seq, record_id) "
        # Sorted ids: rows arrive in primary-key order.
        f"SELECT {constants}, ids.value FROM json_each(?) AS ids"
    )
    ids = sorted(write.record_id for write in creates)
    connection = session.connection()
    for start in range(0, len(ids), BATCH * 5):
        connection.exec_driver_sql(statement, (json.dumps(ids[start : start + BATCH * 5]),))
    if not updates:
        return
    # Changed fields: the version vector gains this device's clock, merged inside SQLite
    # (json_set), so neither the old vectors nor the new rows pass through Python.
    device_path = _literal_sql(f'$."{device}"')
    merge = (
        f"INSERT OR REPLACE INTO {FieldVersion.__tablename__} "
        "(record_table, clock, device_id, seq, record_id, field, seen) "
        f"SELECT {_literal_sql(record_table)}, {clock}, {_literal_sql(device)}, {clock}, "
        "k.value ->> 0, k.value ->> 1, "
        f"json_set(coalesce(v.seen, '{{}}'), {device_path}, {clock}) "
        f"FROM json_each(?) AS k LEFT JOIN {FieldVersion.__tablename__} AS v "
        f"ON v.record_table = {_literal_sql(record_table)} "
        "AND v.record_id = k.value ->> 0 AND v.field = k.value ->> 1"
    )
    keys = sorted([write.record_id, name] for write in updates for name in write.values)
    connection = session.connection()
    for start in range(0, len(keys), BATCH * 5):
        connection.exec_driver_sql(merge, (json.dumps(keys[start : start + BATCH * 5]),))


def write_search_index(
    session: Session, model: type[Record], creates: list[RecordWrite], updates: list[RecordWrite]
) -> None:
    """Index rows for new and changed records, from the same document() the hook uses."""
    fields = content_fields(model)
    updated_ids = [write.record_id for write in updates]
    current: dict[str, dict[str, Any]] = {}
    if updated_ids:
        # One statement per 5,000 records: the index finds each record's row by its id.
        search_index.delete_records(session, updated_ids)
        table = table_of(model)
        for start in range(0, len(updated_ids), 500):
            chunk = updated_ids[start : start + 500]
            for row in session.execute(select(table).where(table.c.id.in_(chunk))):
                if row.deleted_at is None:
                    current[row.id] = dict(row._mapping)
    records = [
        search_index.transient(model, {name: values.get(name) for name in fields} | {"id": rid})
        for rid, values in [
            *((write.record_id, write.values) for write in creates),
            *current.items(),
        ]
    ]
    search_index.write_rows(session, search_index.rows_of(session, records))
    if model is Case:
        # A hearing's index row holds its case's title and numbers.
        changed = [w.record_id for w in updates if {"title", "case_numbers"} & set(w.values)]
        hearings = search_index.live_hearings_of(session, changed)
        search_index.delete_records(session, [hearing.id for hearing in hearings])
        search_index.write_rows(session, search_index.rows_of(session, hearings))
