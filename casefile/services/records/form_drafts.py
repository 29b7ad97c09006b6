"""Unsaved forms kept across a lock: what the user had typed, inside the encrypted vault.

A lock (by hand, when idle, on suspend) must not lose a testimony half typed, nor leave it in
memory (the locking process ends). The open forms' typed fields are written as drafts into the
vault's settings table, encrypted like everything else and never sent to a partner (only the
settings named in services/exchange/shared.py travel); after unlocking they are offered back in
their forms, and a draft is deleted when its form is saved or discarded. Drafts are not records:
they have no audit entry and no field versions, and a purge of the record does not reach them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from casefile.services.records.drafts import EDITABLE_TABLES
from casefile.vault.schema import Setting
from casefile.vault.vault import Vault

DRAFT_PREFIX = "form_draft:"
#: The "table" of a New arrest form's draft: it makes several records, none until saved.
NEW_ARREST_FORM = "new_arrest"
#: What a draft may belong to: a record form of one of these tables, or the New arrest form.
DRAFT_FORMS: frozenset[str] = frozenset((*EDITABLE_TABLES, NEW_ARREST_FORM))


@dataclass(frozen=True)
class FormDraft:
    """One form's typed fields: ``fields`` maps a field to its plain JSON form (the form
    knows how to put it back); ``record_id`` is None for a record not yet saved."""

    key: str
    table: str
    record_id: str | None
    fields: dict[str, Any]
    saved_at: str


def new_draft_key() -> str:
    return DRAFT_PREFIX + str(uuid.uuid4())


def save_form_drafts(vault: Vault, drafts: list[FormDraft]) -> None:
    """Writes the drafts in one unit of work, each replacing an earlier one of the same key."""
    if not drafts:
        return
    with vault.write("unsaved forms kept at lock") as session:
        for draft in drafts:
            if not draft.key.startswith(DRAFT_PREFIX) or draft.table not in DRAFT_FORMS:
                continue
            value = {
                "table": draft.table,
                "record_id": draft.record_id,
                "fields": draft.fields,
                "saved_at": draft.saved_at,
            }
            session.merge(Setting(key=draft.key, value=value))


def form_drafts(vault: Vault) -> list[FormDraft]:
    """The drafts waiting in the vault, oldest first; malformed ones are left out."""
    found: list[FormDraft] = []
    with vault.read() as session:
        rows = session.scalars(select(Setting).where(Setting.key.startswith(DRAFT_PREFIX)))
        for row in rows:
            value = row.value
            if not isinstance(value, dict):
                continue
            table, record_id, fields = (
                value.get("table"),
                value.get("record_id"),
                value.get("fields"),
            )
            if table not in DRAFT_FORMS or not isinstance(fields, dict):
                continue
            if record_id is not None and not isinstance(record_id, str):
                continue
            saved_at = str(value.get("saved_at", ""))
            found.append(FormDraft(row.key, str(table), record_id, dict(fields), saved_at))
    found.sort(key=lambda draft: draft.saved_at)
    return found


def discard_form_draft(vault: Vault, key: str) -> None:
    """Deletes one draft (its form was saved or discarded)."""
    if not key.startswith(DRAFT_PREFIX):
        return
    with vault.write("unsaved form discarded") as session:
        row = session.get(Setting, key)
        if row is not None:
            session.delete(row)


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
