"""Full-text search over the vault's FTS5 index, grouped by kind, ranked with bm25.

User text never reaches FTS5 syntax: it is cut into the tokens the index's unicode61 tokenizer
would make (letters and digits), each is quoted and given a prefix star, and the tokens are
ANDed. So "тажиб" finds "ТАЖИБЕК", and quotes, brackets, AND/OR/NOT, "-" or "*" are harmless.

Names cross scripts: each typed word may also match by its transliteration keys (see
casefile.vault.search_index.KEY_MARK), so "Tazhib" finds "Тажибек". Records matching the words
as typed come first; those found only through a key follow, marked `transliterated`, with the
stored name that matched in `matched`.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from casefile.domain.models import RECORD_BY_TABLE, Case, Person, Record
from casefile.domain.transliteration import name_tokens, prefix_keys, token_keys
from casefile.services.dossiers import record_label
from casefile.vault.search_index import KEY_MARK, name_fields
from casefile.vault.vault import Vault

#: Marks around matched words in SearchHit.snippet (see snippet_html).
MATCH_START = "\x02"
MATCH_END = "\x03"

#: Kinds in the order results are shown, with the table each kind's records live in.
KIND_TABLES: dict[str, str] = {
    "person": "persons",
    "case": "cases",
    "charge": "charges",
    "detention_event": "detention_events",
    "hearing": "hearings",
    "ill_treatment": "ill_treatment_reports",
}

_MAX_TOKENS = 12
# unicode61 keeps letters, digits and private-use characters together; all else separates.
_TOKEN = re.compile(r"[^\W_]+")

# Per kind: the table of the page that shows it, and SQL giving that page's id, or NULL when
# the record or its person/case is in the trash (such records are not found).
_OWNER_SQL = {
    "person": (
        "persons",
        "SELECT p.id FROM persons p WHERE p.id = record_id AND p.deleted_at IS NULL",
    ),
    "case": ("cases", "SELECT c.id FROM cases c WHERE c.id = record_id AND c.deleted_at IS NULL"),
    "charge": (
        "persons",
        "SELECT p.id FROM charges r JOIN persons p ON p.id = r.person_id "
        "WHERE r.id = record_id AND r.deleted_at IS NULL AND p.deleted_at IS NULL",
    ),
    "detention_event": (
        "persons",
        "SELECT p.id FROM detention_events r "
        "JOIN persons p ON p.id = r.person_id WHERE r.id = record_id "
        "AND r.deleted_at IS NULL AND p.deleted_at IS NULL",
    ),
    "ill_treatment": (
        "persons",
        "SELECT p.id FROM ill_treatment_reports r "
        "JOIN persons p ON p.id = r.victim_id WHERE r.id = record_id "
        "AND r.deleted_at IS NULL AND p.deleted_at IS NULL",
    ),
    "hearing": (
        "cases",
        "SELECT c.id FROM hearings r JOIN cases c ON c.id = r.case_id "
        "WHERE r.id = record_id AND r.deleted_at IS NULL AND c.deleted_at IS NULL",
    ),
}
_OWNER_EXPR = (
    "CASE kind "
    + " ".join(f"WHEN '{kind}' THEN ({sql})" for kind, (_table, sql) in _OWNER_SQL.items())
    + " END"
)
# Names and titles weigh more than narrative text.
_BM25 = "bm25(search_index, 0.0, 0.0, 8.0, 1.0)"
# FTS5's auxiliary functions only run directly over a MATCH scan, not under a window
# function: score (materialised), then rank per kind. Snippets are made afterwards for the
# winners only: a second pass over every match would cost more than the ranking itself.
_RANKED_SQL = sql_text(
    "WITH scored AS MATERIALIZED ("
    f"  SELECT rowid AS rid, kind, record_id, {_OWNER_EXPR} AS owner_id, {_BM25} AS score"
    "  FROM search_index WHERE search_index MATCH :q AND owner_id IS NOT NULL)"
    " SELECT rid, kind, record_id, owner_id, score FROM ("
    "  SELECT *, row_number() OVER (PARTITION BY kind ORDER BY score) AS n FROM scored)"
    " WHERE n <= :limit ORDER BY score"
)
_SNIPPET_SQL = sql_text(
    "SELECT rowid, snippet(search_index, -1, :start, :end, '…', 12) FROM search_index"
    " WHERE search_index MATCH :q AND rowid IN :rids"
).bindparams(bindparam("rids", expanding=True))


@dataclass(frozen=True)
class SearchHit:
    """One found record. Open owner_table/owner_id (the person or case page it belongs to;
    for people and cases, the record itself)."""

    kind: str
    table: str
    id: str
    label: str
    snippet: str  # matched words between MATCH_START and MATCH_END; see snippet_html
    owner_table: str
    owner_id: str
    score: float  # bm25: lower is better, within hits found as typed and within the others
    matched: str = ""  # the stored name (or variant, alias, place) the words matched, if any
    transliterated: bool = False  # found only through transliteration keys


@dataclass(frozen=True)
class SearchGroup:
    kind: str
    table: str
    hits: tuple[SearchHit, ...]


@dataclass(frozen=True)
class PickRow:
    """One choice in a person or case picker."""

    id: str
    label: str
    detail: str


def fts_query(user_text: str) -> str | None:
    """A safe FTS5 query: each token quoted with a prefix star, all required; None if empty."""
    tokens = _TOKEN.findall(unicodedata.normalize("NFC", user_text))[:_MAX_TOKENS]
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _phrase(token: str) -> str:
    """A typed word as an FTS5 prefix phrase ("G'ulomov" -> "G ulomov"*), or "" if empty."""
    parts = _TOKEN.findall(token)
    return f'"{" ".join(parts)}"*' if parts else ""


def key_query(user_text: str) -> str | None:
    """The FTS5 query for records matched only through transliteration keys: every word as
    typed or by one of its keys, but not every word as typed. None when no word has a key."""
    exact = fts_query(user_text)
    tokens = name_tokens(user_text)[:_MAX_TOKENS]
    if exact is None or not tokens:
        return None
    groups: list[str] = []
    any_key = False
    for token in tokens:
        phrase = _phrase(token)
        keys = [f'"{KEY_MARK}{key}"*' for key in prefix_keys(token)]
        any_key = any_key or bool(keys)
        alternatives = [alternative for alternative in (phrase, *keys) if alternative]
        if alternatives:
            groups.append("(" + " OR ".join(alternatives) + ")")
    if not any_key:
        return None
    return f"({' AND '.join(groups)}) NOT ({exact})"


def _strip_keys(snippet: str) -> str:
    """A snippet without the key tokens at the end of its column."""
    head = snippet.split(KEY_MARK, 1)[0] if KEY_MARK in snippet else snippet
    if head == snippet:
        return snippet
    return head.rstrip().removesuffix(MATCH_START).rstrip()


def _word_matches(word: str, token: str) -> tuple[bool, bool]:
    """(as typed, through a key): whether a stored word starts with a typed one."""
    if _fold(word).startswith(_fold(token)):
        return True, False
    keys = token_keys(word)
    return False, any(key.startswith(typed) for typed in prefix_keys(token) for key in keys)


def best_match(texts: list[str], user_text: str) -> tuple[str, str]:
    """The text whose words the typed words match best (as typed first), and it as a snippet
    with the matched words marked; ("", "") when no word matches any text."""
    tokens = name_tokens(user_text)[:_MAX_TOKENS]
    best: tuple[int, int] = (0, 0)
    found = ("", "")
    for text in texts:
        if not text:
            continue
        marked: list[str] = []
        exact = by_key = 0
        for piece in re.split(r"(\s+)", text):
            hits = [_word_matches(word, t) for word in name_tokens(piece) for t in tokens]
            if any(as_typed for as_typed, _ in hits):
                exact += 1
            elif any(keyed for _, keyed in hits):
                by_key += 1
            else:
                marked.append(piece)
                continue
            marked.append(f"{MATCH_START}{piece}{MATCH_END}")
        if (exact + by_key, exact) > best:
            best = (exact + by_key, exact)
            found = (text, "".join(marked))
    return found


def snippet_html(snippet: str) -> str:
    """A snippet as HTML: text escaped, matched words in <b>…</b>."""
    return html.escape(snippet).replace(MATCH_START, "<b>").replace(MATCH_END, "</b>")


_MATCHING_SQL = sql_text(
    "SELECT record_id FROM search_index WHERE search_index MATCH :q AND kind = :kind "
    f"AND ({_OWNER_EXPR}) IS NOT NULL ORDER BY {_BM25} LIMIT :limit"
)


def matching_ids(session: Session, kind: str, user_text: str, limit: int) -> list[str] | None:
    """Ids of live records of one kind matching the text, best first (as typed, then through
    transliteration keys); None if no words typed."""
    query = fts_query(user_text)
    if query is None:
        return None
    params = {"q": query, "kind": kind, "limit": limit}
    ids = [row[0] for row in session.execute(_MATCHING_SQL, params).all()]
    keyed = key_query(user_text)
    if keyed is not None and len(ids) < limit:
        params.update(q=keyed, limit=limit - len(ids))
        ids.extend(row[0] for row in session.execute(_MATCHING_SQL, params).all())
    return ids


def search(
    vault: Vault, query: str, limit_per_kind: int = 20, lang: str = "en"
) -> list[SearchGroup]:
    """Records matching the typed text, grouped by kind (in KIND_TABLES order), best first.

    Never raises on odd input; returns [] when nothing searchable was typed.
    """
    fts = fts_query(query)
    if fts is None:
        return []
    keyed = key_query(query)
    with vault.read() as session:
        by_kind: dict[str, list[tuple[str, str, str, float, bool]]] = {}
        for q, transliterated in ((fts, False), (keyed, True)):
            if q is None:
                continue
            ranked = session.execute(_RANKED_SQL, {"q": q, "limit": limit_per_kind}).all()
            snippets: dict[int, str] = {}
            if ranked:
                snippets = dict(
                    session.execute(
                        _SNIPPET_SQL,
                        {
                            "q": q,
                            "start": MATCH_START,
                            "end": MATCH_END,
                            "rids": [row[0] for row in ranked],
                        },
                    ).all()
                )
            for rid, kind, record_id, owner_id, score in ranked:
                found_here = by_kind.setdefault(kind, [])
                if len(found_here) < limit_per_kind:
                    snip = _strip_keys(snippets.get(rid) or "")
                    found_here.append((record_id, owner_id, snip, float(score), transliterated))
        groups: list[SearchGroup] = []
        for kind, table in KIND_TABLES.items():
            found = by_kind.get(kind)
            if not found:
                continue
            model = RECORD_BY_TABLE[table]
            records = {
                r.id: r
                for r in session.scalars(
                    select(model).where(model.id.in_([record_id for record_id, *_ in found]))
                )
            }
            labels = {rid: record_label(session, r, lang) for rid, r in records.items()}
            owner_table = _OWNER_SQL[kind][0]
            hits = []
            for record_id, owner_id, snip, score, transliterated in found:
                matched, marked = _matched_name(records.get(record_id), query)
                hits.append(
                    SearchHit(
                        kind=kind,
                        table=table,
                        id=record_id,
                        label=labels.get(record_id, ""),
                        # Found through a key: show the stored name with the words that matched.
                        snippet=marked if transliterated and marked else snip,
                        owner_table=owner_table,
                        owner_id=owner_id,
                        score=score,
                        matched=matched,
                        transliterated=transliterated,
                    )
                )
            groups.append(SearchGroup(kind=kind, table=table, hits=tuple(hits)))
    return groups


def _matched_name(record: Record | None, user_text: str) -> tuple[str, str]:
    if record is None:
        return "", ""
    title_names, body_names = name_fields(record)
    return best_match([*title_names, *body_names], user_text)


# -- pickers --------------------------------------------------------------------------------


def pick_people(vault: Vault, text: str, limit: int = 20) -> list[PickRow]:
    """People whose name, other spellings or aliases match what was typed, best first; all
    people by name if nothing was typed. Uses the full-text index, never SQL LIKE."""
    with vault.read() as session:
        query = select(Person.id, Person.full_name, Person.birth_date, Person.name_variants).where(
            Person.deleted_at.is_(None)
        )
        ids = matching_ids(session, "person", text, limit)
        if ids is None:
            rows = session.execute(query.order_by(Person.full_name).limit(limit)).all()
        else:
            found = {r[0]: r for r in session.execute(query.where(Person.id.in_(ids))).all()}
            rows = [found[i] for i in ids if i in found]
    return [
        PickRow(
            id=pid,
            label=name,
            detail="; ".join(
                part for part in (born.format() if born else "", ", ".join(variants or ())) if part
            ),
        )
        for pid, name, born, variants in rows
    ]


def pick_cases(vault: Vault, text: str, limit: int = 20) -> list[PickRow]:
    """Cases whose title, numbers or summary match what was typed, best first; all cases by
    title if nothing was typed. Uses the full-text index, never SQL LIKE."""
    with vault.read() as session:
        query = select(Case.id, Case.title, Case.case_numbers).where(Case.deleted_at.is_(None))
        ids = matching_ids(session, "case", text, limit)
        if ids is None:
            rows = session.execute(query.order_by(Case.title).limit(limit)).all()
        else:
            found = {r[0]: r for r in session.execute(query.where(Case.id.in_(ids))).all()}
            rows = [found[i] for i in ids if i in found]
    return [
        PickRow(id=cid, label=title, detail=", ".join(numbers or ()))
        for cid, title, numbers in rows
    ]
