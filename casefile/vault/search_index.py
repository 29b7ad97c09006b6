"""The full-text search index (FTS5, unicode61): kept in step with records at every flush.

One row per searchable record: a title (names, case titles), a body (variants, charges, places,
narrative text) and, for hearings, a context (their case's title and numbers, which the
Hearings list's filter matches). unicode61 folds case for Cyrillic and Latin alike.

The index keeps no copy of the text (contentless FTS5; a copy in its content table made each
row as large as a narrative, and every filter read those rows): search_records says which
record each row indexes. Row ids are grouped by kind (KIND_CODES), and a hearing's by its day
and time, so one kind, or the hearings of some days, is a range of row ids that FTS5 reads
alone (kind_range, hearing_days). Snippets are made from the records themselves.

Name-bearing fields also get their transliteration keys (casefile.domain.transliteration), at
the end of the same column, each marked with KEY_MARK: a private-use character, which unicode61
keeps inside the token, so a key never matches an ordinary word and an ordinary query never
matches a key. "Tajib" is searched as the key "tajib" and finds "Тажибек" (key "tajibek").
INDEX_VERSION names the key scheme: a vault indexed under another one is reindexed at open.
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import date, time, timedelta
from operator import itemgetter
from typing import Any

from sqlalchemy import event, func, inspect, select, text
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
#: Which record each index row holds: id (the index's rowid), kind, record_id.
RECORDS = "search_records"
# The statement of migration 0006 (the same definition).
CREATE_SQL = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5(title, body, context, content='', "
    "contentless_delete=1, prefix='1 2 3 4', tokenize='unicode61 remove_diacritics 2')"
)
CREATE_RECORDS_SQL = (
    f"CREATE TABLE {RECORDS} (id INTEGER NOT NULL, kind VARCHAR(30) NOT NULL, "
    "record_id VARCHAR(36) NOT NULL, PRIMARY KEY (id))"
)
CREATE_RECORDS_INDEX_SQL = f"CREATE UNIQUE INDEX ix_search_records_record ON {RECORDS} (record_id)"
#: Starts every key token in the index (U+E000, private use).
KEY_MARK = "\ue000"
#: Bump when document() or the keys change: vaults indexed otherwise are reindexed at open.
INDEX_VERSION = "names-1"
SETTING_INDEX_VERSION = "search_index_version"

#: Each kind's row ids start at its code << KIND_SHIFT (the layout of migration 0006).
KIND_CODES: dict[str, int] = {
    "person": 1,
    "case": 2,
    "charge": 3,
    "ill_treatment": 4,
    "detention_event": 5,
    "hearing": 6,
}
KIND_SHIFT = 56
# A hearing's row id: its day since EPOCH << DAY_SHIFT, its minute of the day plus one (0 for
# no time) << MINUTE_SHIFT, then a number among the hearings of that day and time.
DAY_SHIFT = 39
MINUTE_SHIFT = 28
EPOCH = date(1900, 1, 1)

_INDEXED: tuple[type[Record], ...] = (
    Person,
    Case,
    Charge,
    IllTreatmentReport,
    DetentionEvent,
    Hearing,
)
_KIND_OF_MODEL: dict[type[Record], str] = {
    Person: "person",
    Case: "case",
    Charge: "charge",
    IllTreatmentReport: "ill_treatment",
    DetentionEvent: "detention_event",
    Hearing: "hearing",
}


def kind_range(kind: str) -> tuple[int, int]:
    """The first and last row id a kind's records can have."""
    code = KIND_CODES[kind]
    return code << KIND_SHIFT, ((code + 1) << KIND_SHIFT) - 1


def kind_of_row(rowid: int) -> str | None:
    code = rowid >> KIND_SHIFT
    return next((kind for kind, number in KIND_CODES.items() if number == code), None)


def hearing_slot(day: date, at: time | None) -> int:
    """The first row id of the hearings of this day and time."""
    days = max(0, (day - EPOCH).days)
    minute = 0 if at is None else at.hour * 60 + at.minute + 1
    return (KIND_CODES["hearing"] << KIND_SHIFT) + (days << DAY_SHIFT) + (minute << MINUTE_SHIFT)


def hearing_days(first: date, last: date) -> tuple[int, int]:
    """The row ids of the hearings from first to last (inclusive), in the list's date order."""
    return hearing_slot(first, None), hearing_slot(last + timedelta(days=1), None) - 1


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


def context_text(title: str | None, case_numbers: Iterable[str] | None) -> str:
    """A hearing's context: its case's title (with its keys) and numbers."""
    return " ".join([_with_keys(title or "", [title or ""]), *(n for n in case_numbers or () if n)])


def case_contexts(session: Session, case_ids: Iterable[str]) -> dict[str, str]:
    """Each case's context_text, by id (cases in the trash too: their hearings stay indexed)."""
    wanted = sorted(set(case_ids))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        ids = json.dumps(wanted[start : start + 500])
        rows = session.execute(
            select(Case.id, Case.title, Case.case_numbers).where(
                Case.id.in_(select(text("value")).select_from(func.json_each(ids)))
            )
        )
        found.update((case_id, context_text(title, numbers)) for case_id, title, numbers in rows)
    return found


#: One index row to write: kind, record id, hearing (day, time) or None, title, body, context.
type Row = tuple[str, str, tuple[date, time | None] | None, str, str, str]


def rows_of(
    session: Session, records: Sequence[Record], contexts: dict[str, str] | None = None
) -> list[Row]:
    """The index rows of these records (those not searched are left out). Hearings' contexts
    come from `contexts` (by case id), else are read."""
    hearings = [record for record in records if isinstance(record, Hearing)]
    if hearings and contexts is None:
        contexts = case_contexts(session, (h.case_id for h in hearings))
    rows: list[Row] = []
    for record in records:
        doc = document(record)
        if doc is None:
            continue
        kind, title, body = doc
        if isinstance(record, Hearing):
            assert contexts is not None
            slot = (record.scheduled_date, record.scheduled_time)
            rows.append((kind, record.id, slot, title, body, contexts.get(record.case_id, "")))
        else:
            rows.append((kind, record.id, None, title, body, ""))
    return rows


class _Numbers:
    """Gives out row ids: the next free one of a kind, or of a hearing's day and time."""

    def __init__(self, session: Session, fresh: bool = False) -> None:
        self._session = session
        self._fresh = fresh  # an empty index: nothing to read
        self._next: dict[int, int] = {}

    @staticmethod
    def _first(kind: str, slot: tuple[date, time | None] | None) -> int:
        return hearing_slot(*slot) if slot is not None else kind_range(kind)[0]

    @staticmethod
    def _span(first: int) -> int:
        hearing = first >> KIND_SHIFT == KIND_CODES["hearing"]
        return (1 << (MINUTE_SHIFT if hearing else KIND_SHIFT)) - 1

    def prime(self, wanted: Iterable[tuple[str, tuple[date, time | None] | None]]) -> None:
        """Reads the highest row id of many kinds and slots at once (a bulk write's)."""
        firsts = sorted({self._first(kind, slot) for kind, slot in wanted} - set(self._next))
        for start in range(0, len(firsts), 500):
            chunk = firsts[start : start + 500]
            if self._fresh:
                self._next.update((first, first + 1) for first in chunk)
                continue
            pairs = json.dumps([[first, first + self._span(first)] for first in chunk])
            found = self._session.execute(
                text(
                    f"SELECT p.value ->> 0, (SELECT max(id) FROM {RECORDS} WHERE id BETWEEN "
                    "p.value ->> 0 AND p.value ->> 1) FROM json_each(:pairs) AS p"
                ),
                {"pairs": pairs},
            )
            for first, highest in found:
                self._next[int(first)] = int(first) + 1 if highest is None else int(highest) + 1

    def take(self, kind: str, slot: tuple[date, time | None] | None) -> int:
        first = self._first(kind, slot)
        if first not in self._next:
            self.prime([(kind, slot)])
        number = self._next[first]
        self._next[first] = number + 1
        return number


def write_rows(session: Session, rows: Sequence[Row], numbers: _Numbers | None = None) -> None:
    """Adds index rows, in place of any the records had (a row deleted by plain SQL leaves
    one): one single-row statement executed per row (casefile/services/open_formats/
    bulk_records.py says why)."""
    if not rows:
        return
    if numbers is None:
        delete_records(session, [row[1] for row in rows])
        numbers = _Numbers(session)
    numbers.prime((row[0], row[2]) for row in rows)
    mapped: list[tuple[int, str, str]] = []
    indexed: list[tuple[int, str, str, str]] = []
    for kind, record_id, slot, title, body, context in rows:
        rowid = numbers.take(kind, slot)
        mapped.append((rowid, kind, record_id))
        indexed.append((rowid, title, body, context))
    # In row id order: FTS5 writes out its pending rows whenever a row id is lower than the
    # last one (hearings' ids follow their dates): 20,000 hearings took 17 s unsorted.
    mapped.sort(key=itemgetter(0))
    indexed.sort(key=itemgetter(0))
    connection = session.connection()
    _note_keys(session, indexed)
    connection.exec_driver_sql(
        f"INSERT INTO {RECORDS} (id, kind, record_id) VALUES (?, ?, ?)", mapped
    )
    connection.exec_driver_sql(
        f"INSERT INTO {TABLE} (rowid, title, body, context) VALUES (?, ?, ?, ?)", indexed
    )


def delete_records(session: Session, record_ids: Iterable[str]) -> None:
    """Takes these records out of the index (those not in it are ignored)."""
    wanted = sorted(set(record_ids))
    connection = session.connection()
    for start in range(0, len(wanted), 5000):
        ids = json.dumps(wanted[start : start + 5000])
        # Each id looked up once, and rows deleted by row id: a bulk write's new records have
        # none, and each lookup is a page of a large index met at random.
        found = connection.exec_driver_sql(
            f"SELECT id FROM {RECORDS} WHERE record_id IN (SELECT value FROM json_each(?))", (ids,)
        )
        rowids = json.dumps(sorted(int(rowid) for (rowid,) in found))
        if rowids == "[]":
            continue
        for table, column in ((TABLE, "rowid"), (RECORDS, "id")):
            connection.exec_driver_sql(
                f"DELETE FROM {table} WHERE {column} IN (SELECT value FROM json_each(?))",
                (rowids,),
            )


def live_hearings_of(session: Session, case_ids: Iterable[str]) -> list[Hearing]:
    """The live hearings of these cases, as detached objects to index again."""
    wanted = sorted(set(case_ids))
    found: list[Hearing] = []
    for start in range(0, len(wanted), 500):
        ids = json.dumps(wanted[start : start + 500])
        rows = session.execute(
            select(Hearing.__table__).where(
                Hearing.case_id.in_(select(text("value")).select_from(func.json_each(ids))),
                Hearing.deleted_at.is_(None),
            )
        )
        found.extend(transient(Hearing, dict(row._mapping)) for row in rows)
    return found


def transient(model: type[Record], values: dict[str, Any]) -> Any:
    """A detached instance holding ``values``, only to be read by document() and rows_of().

    Filled the way the ORM fills loaded rows (straight into the instance's dict), which is
    several times faster than the constructor's instrumented attribute sets.
    """
    instance = inspect(model).class_manager.new_instance()
    instance.__dict__.update(values)
    return instance


def _context_changed(case: Case) -> bool:
    state = inspect(case)
    return any(state.attrs[name].history.has_changes() for name in ("title", "case_numbers"))


def _after_flush(session: Session, _context: Any) -> None:
    new = set(session.new)
    gone: list[str] = []
    live: list[Record] = []
    cases: list[str] = []
    for record in [*new, *session.dirty, *session.deleted]:
        if not isinstance(record, Record) or type(record) not in _KIND_OF_MODEL:
            continue
        if record not in new:
            gone.append(record.id)
            deleted = record in session.deleted
            if isinstance(record, Case) and not deleted and _context_changed(record):
                cases.append(record.id)
        if record not in session.deleted and record.deleted_at is None:
            live.append(record)
    if cases:
        # Their hearings' rows hold the case's title and numbers.
        seen = {record.id for record in live}
        again = [h for h in live_hearings_of(session, cases) if h.id not in seen]
        gone.extend(h.id for h in again)
        live.extend(again)
    if gone:
        delete_records(session, gone)
    write_rows(session, rows_of(session, live))


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "after_flush", _after_flush)


def forget_names() -> None:
    """Drops the names cached while computing keys (called when a vault closes or locks)."""
    token_keys.cache_clear()
    with _VOCABULARY_LOCK:
        _VOCABULARIES.clear()
        _BEING_READ.clear()
        _WRITTEN_EARLY.clear()


# -- the name keys held by the index (for fuzzy search) -------------------------------------

# Each vault's distinct keys (KEY_MARK left off), by database file, once read: fts5vocab reads
# every posting of the keys (0.25 s at 100,000 people), so it is read once and every index
# write adds its keys. Keys of records since deleted stay: they only find nothing.
_VOCABULARIES: dict[str, frozenset[str]] = {}
# Per database whose vocabulary is being read: set when done, and the keys written meanwhile.
_BEING_READ: dict[str, tuple[threading.Event, set[str]]] = {}
_WRITTEN_EARLY: dict[str, set[str]] = {}  # keys written before the vocabulary was read
_VOCABULARY_LOCK = threading.Lock()
_KEY_TOKEN = re.compile(f"{KEY_MARK}([^\\W_]+)")
_VOCAB_SQL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocabulary USING fts5vocab(main, {TABLE}, "
    "'row')"
)


def _database(session: Session) -> str:
    engine = session.connection().engine
    return str(engine.url.database or f"engine {id(engine)}")


def _note_keys(session: Session, indexed: Sequence[tuple[int, str, str, str]]) -> None:
    database = _database(session)
    with _VOCABULARY_LOCK:
        known = _VOCABULARIES.get(database)
        reading = _BEING_READ.get(database)
        found = {key for row in indexed for part in row[1:] for key in _KEY_TOKEN.findall(part)}
        if known is None and reading is None:
            # Not read yet; a read whose snapshot began before this commits would miss them.
            _WRITTEN_EARLY.setdefault(database, set()).update(found)
            return
        if reading is not None:
            reading[1].update(found)
        if known is not None and not found <= known:
            _VOCABULARIES[database] = known | found


def name_keys(session: Session) -> frozenset[str]:
    """Every transliteration key in the index (without KEY_MARK): names, places, courts."""
    database = _database(session)
    with _VOCABULARY_LOCK:
        known = _VOCABULARIES.get(database)
        if known is not None:
            return known
        reading = _BEING_READ.get(database)
        if reading is None:
            done, pending = _BEING_READ[database] = (threading.Event(), set())
    if reading is not None:
        # Another thread reads it (the search box's early read): wait rather than read twice.
        reading[0].wait(timeout=60)
        with _VOCABULARY_LOCK:
            known = _VOCABULARIES.get(database)
        if known is not None:
            return known
        return name_keys(session)
    try:
        # A temporary table of this connection, gone with the read's rollback.
        session.execute(text(_VOCAB_SQL))
        rows = session.execute(
            text("SELECT term FROM temp.search_vocabulary WHERE term >= :lo AND term < :hi"),
            {"lo": KEY_MARK, "hi": chr(ord(KEY_MARK) + 1)},
        )
        read = {str(term)[1:] for (term,) in rows}
    except BaseException:
        with _VOCABULARY_LOCK:
            _BEING_READ.pop(database, None)
        done.set()
        raise
    with _VOCABULARY_LOCK:
        # Keys written since this read's snapshot was taken are in `pending`.
        _BEING_READ.pop(database, None)
        early = _WRITTEN_EARLY.pop(database, set())
        known = _VOCABULARIES.get(database, frozenset()) | read | pending | early
        _VOCABULARIES[database] = known
    done.set()
    return known


def is_current(session: Session) -> bool:
    """True when the index was built with this program's key scheme (one settings read)."""
    row = session.get(Setting, SETTING_INDEX_VERSION)
    return row is not None and row.value == INDEX_VERSION


def rebuild(session: Session, progress: Callable[[float], None] | None = None) -> int:
    """Indexes every live record afresh, in the caller's unit of work; returns the row count.

    Run once when INDEX_VERSION changes. Both tables are dropped and created again with the
    statements of migration 0006 (the same definitions): deleting FTS5 rows one by one would
    cost as much as indexing them. progress(fraction) is told how far it is, after each
    thousand records.
    """
    with _VOCABULARY_LOCK:
        _VOCABULARIES.pop(_database(session), None)
    for statement in (
        f"DROP TABLE IF EXISTS {TABLE}",
        f"DROP TABLE IF EXISTS {RECORDS}",
        CREATE_SQL,
        CREATE_RECORDS_SQL,
        CREATE_RECORDS_INDEX_SQL,
    ):
        session.execute(text(statement))
    total = 0
    if progress is not None:
        for model in _INDEXED:
            live_count = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
            total += session.execute(live_count).scalar_one()
        progress(0.0)
    contexts: dict[str, str] = {
        case_id: context_text(title, numbers)
        for case_id, title, numbers in session.execute(
            select(Case.id, Case.title, Case.case_numbers)
        )
    }
    numbers = _Numbers(session, fresh=True)
    count = done = 0
    for model in _INDEXED:
        live = select(model).where(model.deleted_at.is_(None)).execution_options(yield_per=1000)
        for records in session.scalars(live).partitions():
            rows = rows_of(session, records, contexts)
            for record in records:
                session.expunge(record)
            write_rows(session, rows, numbers)
            count += len(rows)
            done += len(records)
            if progress is not None:
                progress(min(1.0, done / total) if total else 1.0)
    session.merge(Setting(key=SETTING_INDEX_VERSION, value=INDEX_VERSION))
    return count


# -- long prefixes spelt out as the index's words ------------------------------------------

#: The longest prefix the index keeps postings for (prefix='1 2 3 4'; KEY_MARK counts).
INDEXED_PREFIX = 4
#: A prefix beginning more words than this is left to FTS5.
MAX_PREFIX_TERMS = 64
# Words whose folding is known to match unicode61's (remove_diacritics 2): Latin and Cyrillic
# letters, digits and the Central Asian letters (tests/services/test_prefix_spelling.py checks
# every character against SQLite's tokenizer).
_SPELLABLE = re.compile(
    f"[0-9a-z\u0430-\u044f\u0451\u0456\u0493\u049b\u04a3\u04af\u04b1"
    f"\u04bb\u04d9\u04e9\u045e\u04b3\u04b7{KEY_MARK}]+"
)
_PREFIX_TERM = re.compile(r'"([^"\s]+)"\*')
# Where a read keeps the words its prefixes begin (in its session's info): kept per read, as
# a word written meanwhile is in a later snapshot only.
_PREFIX_TERMS_INFO = "casefile_prefix_terms"
# unicode61 takes the marks off Latin letters only: "й", "ё" and "ў" stay as they are.
_LATIN_WITH_MARKS = ("\u00c0", "\u017f")


def _folded_letter(letter: str) -> str:
    lower = letter.lower()  # not casefold(): unicode61 keeps "ß" and the ligatures whole
    if len(lower) == 1 and _LATIN_WITH_MARKS[0] <= lower <= _LATIN_WITH_MARKS[1]:
        return unicodedata.normalize("NFD", lower)[0]
    return lower


def _folded(word: str) -> str:
    return "".join(map(_folded_letter, word))


def folds_as_indexed(word: str) -> bool:
    """Whether the word's case and accent folding is known to match the index's (unicode61)."""
    return bool(_SPELLABLE.fullmatch(_folded(word)))


# fts5vocab's 'instance' table: one row per occurrence of a word, read lazily, so the first
# row of a word costs a seek into each segment. The 'row' table counts a word's documents
# before giving it, reading its whole doclist ("бишкек" is in most hearings).
_INSTANCES_SQL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_instances USING fts5vocab(main, {TABLE}, "
    "'instance')"
)
# The words from :lo below :hi, one seek each: a step asks for the first occurrence of the
# first word after the last one found. "term || char(1)" is the least string above it
# (unicode61 keeps no control character in a word), and ">=" is what fts5vocab seeks by
# (">" alone would read every occurrence of the word found before skipping it).
_WORDS_SQL = """
WITH RECURSIVE found(term) AS (
    SELECT (SELECT term FROM temp.search_instances WHERE term >= :lo AND term < :hi LIMIT 1)
    UNION ALL
    SELECT (
        SELECT term FROM temp.search_instances
        WHERE term >= found.term || char(1) AND term < :hi LIMIT 1
    )
    FROM found WHERE found.term IS NOT NULL
)
SELECT term FROM found WHERE term IS NOT NULL LIMIT :n
"""


#: The statements prepare_connection runs.
VOCABULARY_TABLES = (_VOCAB_SQL, _INSTANCES_SQL)


def prepare_connection(dbapi_conn: Any) -> None:
    """Makes this connection's vocabulary tables (temporary, fts5vocab), outside any read.

    Made inside a read instead, its rollback undoes them, and SQLite then drops every schema
    it had parsed on the connection and prepares each statement again (bench/README.md).
    Only for connections that may write: query_only refuses even a temporary table.
    """
    cursor = dbapi_conn.cursor()
    try:
        for statement in VOCABULARY_TABLES:
            cursor.execute(statement)
    finally:
        cursor.close()


def prefix_terms(session: Session, prefix: str) -> tuple[str, ...] | None:
    """The index's words that begin with this folded prefix, or None when there are more than
    MAX_PREFIX_TERMS. Read in the read's own snapshot, so exactly the words FTS5's prefix
    query would find there, and kept for the rest of the read."""
    known: dict[str, tuple[str, ...] | None] = session.info.setdefault(_PREFIX_TERMS_INFO, {})
    if prefix in known:
        return known[prefix]
    session.execute(text(_INSTANCES_SQL))
    rows = session.execute(
        text(_WORDS_SQL),
        {"lo": prefix, "hi": prefix + "\U0010ffff", "n": MAX_PREFIX_TERMS + 1},
    )
    terms: tuple[str, ...] | None = tuple(str(term) for (term,) in rows)
    if terms is not None and len(terms) > MAX_PREFIX_TERMS:
        terms = None
    known[prefix] = terms
    return terms


def spell_out_prefixes(session: Session, query: str) -> str:
    """The FTS5 query with each prefix term longer than the prefix indexes ("бишке"*) replaced
    by the words it begins, ORed ("бишкек" OR "бишкека").

    FTS5 reads such a prefix by merging the postings of every word it begins, over the whole
    index, before it returns a row, and again for each read: 90 ms for "бишке" among 1,000,000
    hearings. The words themselves are read as far as a row range or LIMIT needs (1 ms); the
    words a prefix begins come from fts5vocab, a seek per word (prefix_terms), once per read.
    """

    def spelt(match: re.Match[str]) -> str:
        word = match.group(1)
        folded = _folded(word)
        if len(folded) <= INDEXED_PREFIX or not _SPELLABLE.fullmatch(folded):
            return match.group(0)
        terms = prefix_terms(session, folded)
        if terms is None:
            return match.group(0)
        if not terms:
            return f'"{word}"'  # begins no word, so matches nothing, as the prefix did
        return "(" + " OR ".join(f'"{term}"' for term in terms) + ")"

    return _PREFIX_TERM.sub(spelt, query)
