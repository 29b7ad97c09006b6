"""Plain dumps of a vault, to compare replicas after exchange and to prove nothing changed."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import select, text

from casefile.services.exchange.shared import TRAVELLING_SETTINGS
from casefile.vault.audit import json_value
from casefile.vault.field_versions import load_versions, versioned_fields
from casefile.vault.schema import (
    RECORD_BY_TABLE,
    AttachmentChunk,
    Base,
    FieldVersion,
    Setting,
    Tombstone,
    VocabularyTerm,
)
from casefile.vault.vault import Vault


def canonical_dump(vault: Vault) -> dict[str, Any]:
    """What two vaults that exchanged in both directions must agree on: every record's
    content and trash mark, file contents, purges, each field's version, user-added
    vocabulary terms and the organisation settings that travel."""
    dump: dict[str, Any] = {}
    with vault.read() as session:
        for table, cls in sorted(RECORD_BY_TABLE.items()):
            fields = versioned_fields(cls)
            dump[table] = {
                record.id: {name: json_value(getattr(record, name)) for name in fields}
                | {"created_at": json_value(record.created_at)}
                for record in session.scalars(select(cls))
            }
        contents: dict[str, Any] = {}
        for chunk in session.scalars(
            select(AttachmentChunk).order_by(AttachmentChunk.attachment_id, AttachmentChunk.seq)
        ):
            contents.setdefault(chunk.attachment_id, hashlib.sha256())
            contents[chunk.attachment_id].update(chunk.data)
        dump["files"] = {key: digest.hexdigest() for key, digest in sorted(contents.items())}
        dump["tombstones"] = sorted(
            (row.record_table, row.record_id) for row in session.scalars(select(Tombstone))
        )
        dump["terms"] = sorted(
            (t.vocabulary, t.code, t.label_en, t.label_ru, t.label_ky, t.sort_order)
            for t in session.scalars(
                select(VocabularyTerm).where(VocabularyTerm.builtin.is_(False))
            )
        )
        dump["settings"] = {
            row.key: row.value
            for row in session.scalars(select(Setting).where(Setting.key.in_(TRAVELLING_SETTINGS)))
        }
        # As merging reads them: a record-wide row spread over the fields it stands for, so
        # one record written as one row here and as a row per field there compares equal.
        keys = [(t, rid) for t, records in dump.items() if t in RECORD_BY_TABLE for rid in records]
        dump["versions"] = sorted(
            (table, rid, name, v.clock, v.device_id, sorted(v.seen.items()))
            for (table, rid), fields in load_versions(session, keys).items()
            for name, v in fields.items()
        ) + sorted(
            (v.record_table, v.record_id, v.field, v.clock, v.device_id, sorted(v.seen.items()))
            for v in session.scalars(
                select(FieldVersion).where(FieldVersion.record_table.not_in(list(RECORD_BY_TABLE)))
            )
        )
    return dump


def full_dump(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, search index included: for "nothing changed" checks."""
    dump: dict[str, list[tuple[Any, ...]]] = {}
    with vault.read() as session:
        names = [table.name for table in Base.metadata.sorted_tables]
        for name in names:
            rows = session.execute(text(f"SELECT * FROM {name}")).all()
            dump[name] = sorted((tuple(row) for row in rows), key=repr)
        # The index keeps no text (search_index.py): its rows are its row ids.
        rows = session.execute(text("SELECT rowid FROM search_index")).all()
        dump["search_index"] = sorted(tuple(row) for row in rows)
    return dump
