"""One user action as the audit entries it wrote: recorded, named, undone and redone.

A Change is what one action committed (a save, a move to the trash or back, a postponement,
an outcome, an import), collected by vault.audit.recording() around the action. Undoing it
writes every field it changed back, newest first, in one audited transaction (reason "undo"):
a record it created goes to the trash, never away for good. Redoing undoes that undo (reason
"redo"). Either is refused with StaleChangeError when one of its records was changed since
by anyone else, or a field it changed no longer holds the value it left, so a step is never
applied to a record in a state it did not leave. The caller's undo stack passes the entries
it wrote itself (``known``): its own later steps, undone or not, do not make a step stale.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, func, inspect, select
from sqlalchemy.orm import Session

from casefile.domain.enums import AuditAction
from casefile.errors import KnownError
from casefile.services.exchange.held import is_tombstoned
from casefile.services.exchange.ids import in_ids
from casefile.services.exchange.pending import forget_request
from casefile.services.records.history import NOT_EDITS, UNDO_REASON, from_json_value
from casefile.services.records.labels import record_label
from casefile.vault.audit import json_value, recording
from casefile.vault.schema import RECORD_BY_TABLE, AuditEntry, Case, Hearing, Record, utcnow
from casefile.vault.vault import Vault

#: The audit reason a redo writes.
REDO_REASON = "redo"


class ChangeKind(StrEnum):
    """What the user did, for naming the step ("Undo: postponement of …")."""

    SAVE = "save"
    CREATE = "create"
    TRASH = "trash"
    RESTORE = "restore"
    POSTPONE = "postpone"
    OUTCOME = "outcome"
    IMPORT = "import"


@dataclass(frozen=True)
class ChangeName:
    """What a change did, as plain data the interface phrases in its language."""

    kind: str  # ChangeKind
    table: str  # the record the change is about ("" if none)
    label: str  # that record as lists name it
    count: int  # records of that table the change touched
    hearing_date: date | None = None  # a hearing's date
    case_title: str = ""  # a hearing's case


@dataclass(frozen=True)
class Change:
    """The audit entries one action (or one undo or redo of it) committed, oldest first."""

    entry_ids: tuple[int, ...]
    name: ChangeName


class StaleChangeError(KnownError):
    """A step of the undo stack whose records were changed since: it is not applied."""


def _stale() -> StaleChangeError:
    return StaleChangeError(
        "This step cannot be undone or redone any more: a record it changed was changed again "
        "since, or deleted for good."
    )


def _entry_ids_in(ids: Iterable[int]) -> ColumnElement[bool]:
    # One JSON value, not one parameter per id (services/exchange/ids.py says why).
    each = func.json_each(json.dumps(list(ids))).table_valued("value")
    return AuditEntry.id.in_(select(each.c.value))


def record_change[T](
    vault: Vault,
    kind: ChangeKind,
    work: Callable[[], T],
    *,
    subject: tuple[str, str] | None = None,
    lang: str = "en",
) -> tuple[T, Change | None]:
    """Runs ``work`` (one user action: any number of writes) and returns its result with the
    Change it committed; None when it wrote nothing. ``subject`` is the (table, id) the step
    is named after; by default the first record written."""
    with recording() as log:
        result = work()
    ids = log.ids()
    if not ids:
        return result, None
    return result, Change(tuple(ids), _describe(vault, kind, ids, subject, lang))


def _describe(
    vault: Vault, kind: str, ids: list[int], subject: tuple[str, str] | None, lang: str
) -> ChangeName:
    with vault.read() as session:
        written = [
            (str(table), str(record_id))
            for table, record_id in session.execute(
                select(AuditEntry.record_table, AuditEntry.record_id)
                .where(_entry_ids_in(ids))
                .order_by(AuditEntry.id)
            )
            if table in RECORD_BY_TABLE
        ]
        if subject is None and not written:
            return ChangeName(kind, "", "", 0)
        table, record_id = subject or written[0]
        count = len({found for t, found in written if t == table}) or 1
        record = session.get(RECORD_BY_TABLE[table], record_id)
        if record is None:
            return ChangeName(kind, table, "", count)
        if isinstance(record, Hearing):
            case = session.get(Case, record.case_id)
            return ChangeName(
                kind,
                table,
                record_label(session, record, lang),
                count,
                record.scheduled_date,
                case.title if case is not None else "",
            )
        return ChangeName(kind, table, record_label(session, record, lang), count)


def undo_change(vault: Vault, change: Change, *, known: Collection[int] = ()) -> Change:
    """Takes a change back; returns the undo as a Change (what redo_change takes back).

    ``known``: entry ids the caller's undo stack wrote (its steps, undos and redos); later
    edits of the change's records other than these make it stale.
    """
    return _revert(vault, change, UNDO_REASON, known)


def redo_change(vault: Vault, undo: Change, *, known: Collection[int] = ()) -> Change:
    """Takes an undo back (the change again); returns it as a Change to undo later."""
    return _revert(vault, undo, REDO_REASON, known)


def _revert(vault: Vault, change: Change, reason: str, known: Collection[int]) -> Change:
    with recording() as log, vault.write(reason=reason) as session:
        entries = list(
            session.scalars(
                select(AuditEntry)
                .where(_entry_ids_in(change.entry_ids))
                .order_by(AuditEntry.id.desc())
            )
        )
        if len(entries) != len(change.entry_ids):
            raise _stale()  # a purge emptied the history of a record it touched
        entries = [entry for entry in entries if entry.record_table in RECORD_BY_TABLE]
        _refuse_if_changed_since(session, entries, set(change.entry_ids) | set(known))
        _load_records(session, entries)
        # One flush at the end: flushing before each record's read made undoing an import of
        # thousands of records take thousands of flushes.
        with session.no_autoflush:
            for entry in entries:  # newest first
                _revert_entry(session, entry)
    return Change(tuple(log.ids()), change.name)


def _refuse_if_changed_since(session: Session, entries: list[AuditEntry], known: set[int]) -> None:
    """An edit of these records after the change, other than a known one, makes it stale."""
    if not entries:
        return
    last_of: dict[tuple[str, str], int] = {}
    for entry in entries:
        key = (entry.record_table, entry.record_id)
        last_of[key] = max(last_of.get(key, 0), entry.id)
    later = session.execute(
        select(AuditEntry.id, AuditEntry.record_table, AuditEntry.record_id).where(
            AuditEntry.id > min(last_of.values()),
            in_ids(AuditEntry.record_id, {record_id for _t, record_id in last_of}),
            AuditEntry.action.not_in(NOT_EDITS),
        )
    )
    for entry_id, table, record_id in later:
        last = last_of.get((table, record_id))
        if last is not None and entry_id > last and entry_id not in known:
            raise _stale()


def _load_records(session: Session, entries: list[AuditEntry]) -> None:
    """Reads the records a change touched, a table at a time, into the session."""
    ids_by_table: dict[str, set[str]] = {}
    for entry in entries:
        ids_by_table.setdefault(entry.record_table, set()).add(entry.record_id)
    for table, ids in ids_by_table.items():
        model = RECORD_BY_TABLE[table]
        session.scalars(select(model).where(in_ids(model.id, ids))).all()


def _revert_entry(session: Session, entry: AuditEntry) -> None:
    record = session.get(RECORD_BY_TABLE[entry.record_table], entry.record_id)
    if record is None or entry.action == AuditAction.PURGE:
        raise _stale()
    if entry.action == AuditAction.CREATE:
        if record.deleted_at is None:
            record.deleted_at = utcnow()
        return
    columns = inspect(type(record)).columns
    for field, (old, new) in (entry.changes or {}).items():
        if field not in columns:
            continue
        if json_value(getattr(record, field)) != new:
            raise _stale()  # belt and braces: the value is not the one the change left
        value = from_json_value(entry.record_table, field, old)
        _refuse_missing_target(session, columns[field], value)
        setattr(record, field, value)
    if "deleted_at" in (entry.changes or {}) and record.deleted_at is None:
        _came_back(session, entry.record_table, record)


def _refuse_missing_target(session: Session, column: Any, value: Any) -> None:
    """A reference written back must point at a record that still exists."""
    if value is None or not column.foreign_keys:
        return
    target = RECORD_BY_TABLE.get(next(iter(column.foreign_keys)).column.table.name)
    if target is not None and session.get(target, value) is None:
        raise _stale()


def _came_back(session: Session, table: str, record: Record) -> None:
    """A record out of the trash again, as services.records.trash.restore leaves it."""
    if is_tombstoned(session, table, record.id):
        raise _stale()
    forget_request(session, table, record.id)
