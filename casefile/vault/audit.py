"""Audit history: every create, update, soft delete, restore and purge of a record, per field.

Hooked into the vault's sessions, so no service can forget it. The actor comes from
session.info["actor"]; an optional reason from session.info["reason"]. While a thread runs
inside ``recording()``, the entries its committed writes made are collected, so one user
action can be undone as exactly what it wrote (services/records/undo.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import event, inspect, update
from sqlalchemy.orm import Session, sessionmaker

from casefile.domain.dates import PartialDate
from casefile.domain.enums import AuditAction
from casefile.vault.schema import AuditEntry, Record, new_id, utcnow

_IGNORED = Record.BOOKKEEPING | {"deleted_at"}


def json_value(value: Any) -> Any:
    """A field value in the plain form the audit history and exports store."""
    if isinstance(value, PartialDate):
        return value.to_text()
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [json_value(item) for item in value]
    if isinstance(value, bytes):
        return None
    return value


def content_fields(record: Record) -> list[str]:
    return [attr.key for attr in inspect(record).mapper.column_attrs if attr.key not in _IGNORED]


def _changes_of_new(record: Record) -> dict[str, Any]:
    return {
        key: [None, json_value(getattr(record, key))]
        for key in content_fields(record)
        if getattr(record, key) not in (None, [], "")
    }


def _changes_of_dirty(record: Record) -> dict[str, Any]:
    state = inspect(record)
    changes: dict[str, Any] = {}
    for key in [*content_fields(record), "deleted_at"]:
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if json_value(old) != json_value(new):
            changes[key] = [json_value(old), json_value(new)]
    return changes


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    actor = str(session.info.get("actor", ""))
    reason = session.info.get("reason")
    now = utcnow()
    entries: list[AuditEntry] = []
    for record in list(session.new):
        if not isinstance(record, Record):
            continue
        if record.id is None:
            record.id = new_id()
        record.created_at = record.created_at or now
        record.updated_at = now
        record.updated_by = actor
        record.version = record.version or 1
        entries.append(_entry(record, AuditAction.CREATE, _changes_of_new(record), actor, reason))
    for record in list(session.dirty):
        if not isinstance(record, Record) or not session.is_modified(record):
            continue
        changes = _changes_of_dirty(record)
        if not changes:
            continue
        action = AuditAction.UPDATE
        if "deleted_at" in changes:
            old, new = changes["deleted_at"]
            action = AuditAction.DELETE if old is None and new else AuditAction.RESTORE
        record.version = (record.version or 0) + 1
        record.updated_at = now
        record.updated_by = actor
        entries.append(_entry(record, action, changes, actor, reason))
    for record in list(session.deleted):
        if not isinstance(record, Record):
            continue
        # A purge is the one deliberate point of no return: the history keeps only that it
        # happened, not what the record said.
        session.execute(
            update(AuditEntry)
            .where(
                AuditEntry.record_table == record.__tablename__,
                AuditEntry.record_id == record.id,
            )
            .values(changes={})
        )
        entries.append(_entry(record, AuditAction.PURGE, {}, actor, reason))
    session.add_all(entries)
    if _recording.get() is not None:
        session.info.setdefault(_PENDING, []).extend(entries)


def _entry(
    record: Record, action: AuditAction, changes: dict[str, Any], actor: str, reason: Any
) -> AuditEntry:
    return AuditEntry(
        at=utcnow(),
        actor=actor,
        action=action.value,
        record_table=record.__tablename__,
        record_id=record.id,
        changes=changes,
        reason=None if reason is None else str(reason),
    )


class AuditLog:
    """The audit entries written by committed transactions while ``recording()`` was open."""

    def __init__(self) -> None:
        self._entries: list[AuditEntry | int] = []

    def add(self, entries: Iterable[AuditEntry | int]) -> None:
        self._entries.extend(entries)

    def ids(self) -> list[int]:
        """Their ids, oldest first."""
        return sorted({e if isinstance(e, int) else e.id for e in self._entries})


#: The log of the thread's current recording(); None outside one.
_recording: ContextVar[AuditLog | None] = ContextVar("audit_recording", default=None)
#: session.info key: entries of the open transaction, kept until it commits.
_PENDING = "audit_pending"


@contextmanager
def recording() -> Iterator[AuditLog]:
    """Collects the audit entries this thread's writes commit meanwhile; a transaction rolled
    back adds nothing (each write has its own session, dropped with what it held)."""
    log = AuditLog()
    token = _recording.set(log)
    try:
        yield log
    finally:
        _recording.reset(token)


def note_written(session: Session, entry_ids: Iterable[int]) -> None:
    """For writers that insert audit entries themselves (bulk writes): counts them in the
    recording, if one is open, once the transaction commits."""
    if _recording.get() is not None:
        session.info.setdefault(_PENDING, []).extend(entry_ids)


def is_recording() -> bool:
    return _recording.get() is not None


def _after_commit(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    log = _recording.get()
    if pending and log is not None:
        log.add(pending)


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_commit", _after_commit)
