"""The full-text search index (FTS5, unicode61): kept in step with records at every flush.

One row per searchable record: its kind, id, a title (names, case titles) and a body (variants,
charges, places, narrative text). unicode61 folds case for Cyrillic and Latin alike.

Name-bearing fields also get their transliteration keys (casefile.domain.transliteration), at
the end of the same column, each marked with KEY_MARK: a private-use character, which unicode61
keeps inside the token, so a key never matches an ordinary word and an ordinary query never
matches a key. "Tajib" is searched as the key "tajib" and finds "Тажибек" (key "tajibek").
INDEX_VERSION names the key scheme: a vault indexed under another one is reindexed at open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from casefile.domain.transliteration import text_keys, token_keys
from casefile.vault.schema import (
    Case,
    Charge,
    DetentionEvent,
    Hearing,
    IllTreatmentReport,
    Person,
    Record,
    Setting,
)

TABLE = "search_index"
CREATE_SQL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
    "kind UNINDEXED, record_id UNINDEXED, title, body, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)


#: FTS5's own table of the stored columns (id = rowid; c0 kind, c1 record_id, c2 title,
#: c3 body). Reading kind and record_id there is far cheaper than through the virtual table.
CONTENT_TABLE = f"{TABLE}_content"
#: Starts every key token in the index (U+E000, private use).
KEY_MARK = "\ue000"
#: Bump when document() or the keys change: vaults indexed otherwise are reindexed at open.
INDEX_VERSION = "names-1"
SETTING_INDEX_VERSION = "search_index_version"

_INDEXED: tuple[type[Record], ...] = (
    Person,
    Case,
    Charge,
    IllTreatmentReport,
    DetentionEvent,
    Hearing,
)


def _join(*parts: Any) -> str:
    words: list[str] = []
    for part in parts:
        if isinstance(part, list | tuple):
            words.extend(str(item) for item in part if item)
        elif part:
            words.append(str(part))
    return " ".join(words)


def name_fields(record: Record) -> tuple[list[str], list[str]]:
    """The name-bearing texts of a record that get transliteration keys: (title's, body's).

    Names, and the places and courts that are themselves written in several scripts.
    """
    match record:
        case Person():
            return [record.full_name], [*(record.name_variants or ()), *(record.aliases or ())]
        case Case():
            return [record.title], []
        case IllTreatmentReport():
            return [record.place or ""], [record.perpetrators or "", record.witnesses or ""]
        case DetentionEvent():
            return [record.place or ""], []
        case Hearing():
            return [record.court or ""], [record.judge or ""]
    return [], []


def _with_keys(text_: str, names: list[str]) -> str:
    keys = text_keys(" ".join(name for name in names if name))
    return " ".join([text_, *(KEY_MARK + key for key in keys)]).strip()


def document(record: Record) -> tuple[str, str, str] | None:
    """(kind, title, body) of a record, or None for records not searched.

    The title and the body end with the keys of their name-bearing fields (see KEY_MARK).
    """
    plain = _plain_document(record)
    if plain is None:
        return None
    kind, title, body = plain
    title_names, body_names = name_fields(record)
    return kind, _with_keys(title, title_names), _with_keys(body, body_names)


def _plain_document(record: Record) -> tuple[str, str, str] | None:
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


def forget_names() -> None:
    """Drops the names cached while computing keys (called when a vault closes or locks)."""
    token_keys.cache_clear()


def is_current(session: Session) -> bool:
    """True when the index was built with this program's key scheme (one settings read)."""
    row = session.get(Setting, SETTING_INDEX_VERSION)
    return row is not None and row.value == INDEX_VERSION


def rebuild(session: Session, progress: Callable[[float], None] | None = None) -> int:
    """Indexes every live record afresh, in the caller's unit of work; returns the row count.

    Run once when INDEX_VERSION changes. The table is dropped and created again with the
    statement of migration 0002 (the same definition): deleting FTS5 rows one by one would
    cost as much as indexing them. progress(fraction) is told how far it is, after each
    thousand records (about 20 s in all at 130,000 records).
    """
    session.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))
    session.execute(text(CREATE_SQL))
    insert = text(f"INSERT INTO {TABLE} (kind, record_id, title, body) VALUES (:k, :i, :t, :b)")
    total = 0
    if progress is not None:
        for model in _INDEXED:
            live_count = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
            total += session.execute(live_count).scalar_one()
        progress(0.0)
    count = done = 0
    for model in _INDEXED:
        live = select(model).where(model.deleted_at.is_(None)).execution_options(yield_per=1000)
        for records in session.scalars(live).partitions():
            rows = []
            for record in records:
                doc = document(record)
                if doc is not None:
                    kind, title, body = doc
                    rows.append({"k": kind, "i": record.id, "t": title, "b": body})
                session.expunge(record)
            if rows:
                session.execute(insert, rows)
            count += len(rows)
            done += len(records)
            if progress is not None:
                progress(min(1.0, done / total) if total else 1.0)
    session.merge(Setting(key=SETTING_INDEX_VERSION, value=INDEX_VERSION))
    return count
