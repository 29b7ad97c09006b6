"""The full-text search index (FTS5, unicode61): kept in step with records at every flush.

One row per searchable record: its kind, id, a title (names, case titles) and a body (variants,
charges, places, narrative text). unicode61 folds case for Cyrillic and Latin alike.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, text
from sqlalchemy.orm import Session, sessionmaker

from casefile.domain.models import (
    Case,
    Charge,
    DetentionEvent,
    Hearing,
    IllTreatmentReport,
    Person,
    Record,
)

TABLE = "search_index"
CREATE_SQL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
    "kind UNINDEXED, record_id UNINDEXED, title, body, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)


def _join(*parts: Any) -> str:
    words: list[str] = []
    for part in parts:
        if isinstance(part, list | tuple):
            words.extend(str(item) for item in part if item)
        elif part:
            words.append(str(part))
    return " ".join(words)


def document(record: Record) -> tuple[str, str, str] | None:
    """(kind, title, body) of a record, or None for records not searched."""
    match record:
        case Person():
            return (
                "person",
                record.full_name,
                _join(record.name_variants, record.aliases, record.profession),
            )
        case Case():
            return "case", record.title, _join(record.case_numbers, record.summary)
        case Charge():
            return "charge", _join(record.article, record.code), _join(record.wording)
        case IllTreatmentReport():
            return (
                "ill_treatment",
                _join(record.place),
                _join(record.circumstances, record.perpetrators, record.injuries, record.witnesses),
            )
        case DetentionEvent():
            return (
                "detention_event",
                _join(record.place),
                _join(record.ordering_authority, record.notes),
            )
        case Hearing():
            return "hearing", _join(record.court), _join(record.judge, record.notes)
    return None


def _after_flush(session: Session, _context: Any) -> None:
    new = set(session.new)
    for record in [*new, *session.dirty, *session.deleted]:
        if not isinstance(record, Record):
            continue
        doc = document(record)
        if doc is None:
            continue
        if record not in new:
            # record_id is not indexed in FTS5, so this scans: skipped for new records.
            session.execute(text(f"DELETE FROM {TABLE} WHERE record_id = :id"), {"id": record.id})
        if record in session.deleted or record.deleted_at is not None:
            continue
        kind, title, body = doc
        session.execute(
            text(f"INSERT INTO {TABLE} (kind, record_id, title, body) VALUES (:k, :i, :t, :b)"),
            {"k": kind, "i": record.id, "t": title, "b": body},
        )


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "after_flush", _after_flush)
