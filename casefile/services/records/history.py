"""A record's change history from the audit trail, and undo of its last save.

Undo writes the old values back as a new audited update with reason "undo"; it never deletes
history. Repeated undos walk further back: an update already undone is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Time, inspect, select
from sqlalchemy.orm import Session

from casefile.domain.dates import PartialDate
from casefile.domain.enums import AuditAction
from casefile.errors import BugError, ValidationError
from casefile.services.records.drafts import VOCABULARY_OF, field_label, get_live, vocabulary_in
from casefile.services.records.labels import record_label
from casefile.vault.audit import json_value
from casefile.vault.schema import RECORD_BY_TABLE, AuditEntry, PartialDateType
from casefile.vault.vault import Vault

#: The audit reason undo writes; entries with it are undos, not saves.
UNDO_REASON = "undo"


@dataclass(frozen=True)
class FieldChange:
    """One field's change, with both values as text for people ("" for none)."""

    field: str
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryRow:
    entry_id: int
    at: datetime
    actor: str
    action: str  # AuditAction value: create, update, delete, restore, purge
    reason: str | None
    changes: tuple[FieldChange, ...]


def _column_type(table: str, field: str) -> Any:
    cls = RECORD_BY_TABLE.get(table)
    if cls is None:
        raise BugError(f"unknown record table {table!r}")
    columns = inspect(cls).columns
    return columns[field].type if field in columns else None


def from_json_value(table: str, field: str, value: Any) -> Any:
    """The inverse of vault.audit.json_value for one column: stored form -> Python value."""
    if value is None:
        return None
    col_type = _column_type(table, field)
    if isinstance(col_type, PartialDateType):
        return PartialDate.parse(str(value))
    if isinstance(col_type, DateTime):
        return datetime.fromisoformat(str(value))
    if isinstance(col_type, Date):
        return date.fromisoformat(str(value))
    if isinstance(col_type, Time):
        return time.fromisoformat(str(value))
    if isinstance(col_type, JSON) and isinstance(value, list):
        return list(value)
    return value


def _as_text(
    session: Session, table: str, field: str, value: Any, lang: str, labels: dict[str, str]
) -> str:
    """A stored value as people read it: dates formatted, codes labelled, lists joined."""
    if value is None or value == [] or value == "":
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    try:
        python = from_json_value(table, field, value)
    except (ValueError, TypeError, ValidationError):  # a malformed stored value
        return str(value)
    if isinstance(python, PartialDate):
        return python.format(lang)
    if isinstance(python, datetime):
        return python.strftime("%d.%m.%Y %H:%M")
    if isinstance(python, date):
        return python.strftime("%d.%m.%Y")
    if isinstance(python, time):
        return python.strftime("%H:%M")
    vocabulary_name = VOCABULARY_OF.get((table, field))
    if vocabulary_name is not None and not labels:
        labels.update(vocabulary_in(session, vocabulary_name, lang))
    if isinstance(python, list):
        return ", ".join(labels.get(str(item), str(item)) for item in python)
    return labels.get(str(python), str(python))


def history_rows(
    session: Session, table: str, record_id: str, lang: str = "en"
) -> list[HistoryRow]:
    """The record's history, newest first, inside an open session."""
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.record_table == table, AuditEntry.record_id == record_id)
        .order_by(AuditEntry.id.desc())
    ).all()
    label_cache: dict[str, dict[str, str]] = {}
    rows: list[HistoryRow] = []
    for entry in entries:
        changes = tuple(
            FieldChange(
                field=field,
                label=field_label(field),
                old=_as_text(
                    session, table, field, pair[0], lang, label_cache.setdefault(field, {})
                ),
                new=_as_text(
                    session, table, field, pair[1], lang, label_cache.setdefault(field, {})
                ),
            )
            for field, pair in (entry.changes or {}).items()
            if field != "deleted_at"
        )
        rows.append(
            HistoryRow(
                entry_id=entry.id,
                at=entry.at,
                actor=entry.actor,
                action=entry.action,
                reason=entry.reason,
                changes=changes,
            )
        )
    return rows


def record_history(vault: Vault, table: str, record_id: str, lang: str = "en") -> list[HistoryRow]:
    """Every create, update, delete, restore and purge of a record, newest first."""
    with vault.read() as session:
        return history_rows(session, table, record_id, lang)


#: History entries that record what was done with a record, not a change to it.
NOT_EDITS = frozenset({"disclosure", "consent_override"})


def _entry_to_undo(session: Session, table: str, record_id: str) -> AuditEntry | None:
    """The newest update not yet undone; None if a create, delete or restore comes first."""
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.record_table == table, AuditEntry.record_id == record_id)
        .order_by(AuditEntry.id.desc())
    )
    undone = 0
    for entry in entries:
        if entry.action in NOT_EDITS:
            continue
        if entry.action != AuditAction.UPDATE:
            return None
        if entry.reason == UNDO_REASON:
            undone += 1
        elif undone:
            undone -= 1
        else:
            return entry
    return None


def _check_target_exists(session: Session, column: Any, value: Any, field: str) -> None:
    """Refuse to point a reference back at a record that was purged since."""
    if value is None or not column.foreign_keys:
        return
    target = RECORD_BY_TABLE.get(next(iter(column.foreign_keys)).column.table.name)
    if target is not None and session.get(target, value) is None:
        raise ValidationError(
            "This change cannot be undone: a record it referred to was deleted for good.",
            field=field,
        )


def undo_last_save(vault: Vault, table: str, record_id: str) -> bool:
    """Put back the values the record had before its latest save; False if nothing to undo.

    The undo is itself an audited update (reason "undo"). Only updates are undone: a create,
    a move to the trash or a restore stops the walk back (the trash has its own restore).
    """
    with vault.write(reason=UNDO_REASON) as session:
        record = get_live(session, table, record_id)
        entry = _entry_to_undo(session, table, record_id)
        if entry is None:
            return False
        columns = inspect(type(record)).columns
        changed = False
        for field, (old, _new) in (entry.changes or {}).items():
            if field == "deleted_at" or field not in columns:
                continue
            if json_value(getattr(record, field)) == old:
                continue
            _check_target_exists(session, columns[field], old, field)
            setattr(record, field, from_json_value(table, field, old))
            changed = True
        return changed


def last_saved_record(vault: Vault) -> tuple[str, str] | None:
    """(table, id) of the record this vault's actor most recently created or updated, for a
    global undo (Ctrl+Z); None if there is none or that record is now in the trash.

    Read on ix_audit_entries_actor, the actor's entries newest first (a test checks the plan):
    through the record index it read every audit entry."""
    with vault.read() as session:
        found = session.execute(
            select(AuditEntry.record_table, AuditEntry.record_id)
            .where(
                AuditEntry.actor == vault.actor,
                AuditEntry.action.in_([AuditAction.CREATE, AuditAction.UPDATE]),
                AuditEntry.record_table.in_(list(RECORD_BY_TABLE)),  # not vocabulary terms
            )
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).first()
        if found is None:
            return None
        table, record_id = found
        cls = RECORD_BY_TABLE.get(table)
        record = None if cls is None else session.get(cls, record_id)
        if record is None or record.deleted_at is not None:
            return None
        return str(table), str(record_id)


def record_name(vault: Vault, table: str, record_id: str, lang: str = "en") -> str | None:
    """One line naming a record (as lists and the trash do); None if it no longer exists."""
    cls = RECORD_BY_TABLE.get(table)
    if cls is None:
        raise BugError(f"unknown record table {table!r}")
    with vault.read() as session:
        record = session.get(cls, record_id)
        return None if record is None else record_label(session, record, lang)


@dataclass(frozen=True)
class UndoTarget:
    """The record a global undo would change, named for a menu ("Undo changes to ...")."""

    table: str
    record_id: str
    label: str


def undo_target(vault: Vault, lang: str = "en") -> UndoTarget | None:
    """What undo_last_save on this actor's last saved record would undo; None if nothing."""
    found = last_saved_record(vault)
    if found is None:
        return None
    table, record_id = found
    with vault.read() as session:
        if _entry_to_undo(session, table, record_id) is None:
            return None
        record = get_live(session, table, record_id)
        return UndoTarget(table, record_id, record_label(session, record, lang))
