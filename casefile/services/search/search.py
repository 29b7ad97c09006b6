"""Full-text search over the vault's FTS5 index, grouped by kind, ranked with bm25.

User text never reaches FTS5 syntax: it is cut into the tokens the index's unicode61 tokenizer
would make (letters and digits), each is quoted and given a prefix star, and the tokens are
ANDed. So "тажиб" finds "ТАЖИБЕК", and quotes, brackets, AND/OR/NOT, "-" or "*" are harmless.

Names cross scripts: each typed word may also match by its transliteration keys (see
casefile.vault.search_index.KEY_MARK), so "Tazhib" finds "Тажибек". Records matching the words
as typed come first; those found only through a key follow, marked `transliterated`, with the
stored name that matched in `matched`.

Names typed with a slip are found last: words within one or two edits of a stored name's key
(services/search/fuzzy.py), marked `fuzzy`, the closer ones first. That pass runs only when
the ones before found fewer than a screen of records, and asks for the near keys alone.

Per keystroke in a large vault (bench/search_bench.py): at most RANK_CAP matches are ranked;
kind and id come from the index's record map (search_records); words of one or two letters
typed beside a longer one are checked on the candidates' text; snippets are made from the
records' own text (services/search/text.py) rather than by a second full-text pass. A
hearing's index row also holds its case's title (for the Hearings list's filter): search
reads only the title and body columns.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from casefile.domain.transliteration import name_tokens, prefix_keys
from casefile.services.records.labels import record_label
from casefile.services.search import fuzzy
from casefile.services.search.text import MATCH_END as MATCH_END  # in SearchHit.snippet
from casefile.services.search.text import MATCH_START as MATCH_START
from casefile.services.search.text import (
    Typed,
    best_match,
    fold,
    snippet,
    typed_words,
)
from casefile.vault.schema import RECORD_BY_TABLE, Case, Person, Record
from casefile.vault.search_index import (
    KEY_MARK,
    RECORDS,
    TABLE,
    document,
    folds_as_indexed,
    kind_range,
    name_fields,
    name_keys,
    spell_out_prefixes,
)
from casefile.vault.vault import Vault

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
# Names and titles weigh more than narrative text; the context column is not searched here.
_BM25 = f"bm25({TABLE}, 8.0, 1.0, 0.0)"
#: Matches ranked per query. A query matching more (a letter or two typed in a large vault) is
#: ranked among the first RANK_CAP records it matches, oldest first, so that a keystroke never
#: waits on ranking the whole vault; each further letter narrows it.
RANK_CAP = 500
# bm25() only runs directly over a MATCH scan, hence MATERIALIZED; one kind is a range of rows.
_SCORED_SQL = sql_text(
    f"WITH m AS MATERIALIZED (SELECT rowid AS rid, {_BM25} AS score FROM {TABLE}"
    f"  WHERE {TABLE} MATCH :q AND rowid BETWEEN :lo AND :hi LIMIT :n)"
    f" SELECT m.rid, r.kind, r.record_id, m.score FROM m CROSS JOIN {RECORDS} AS r ON r.id = m.rid"
)
# The same rows unscored. bm25() counts every row holding each word before its first score:
# 100 ms for a word in 1,000,000 hearings, 270 ms for a letter, against 1 ms for the first
# RANK_CAP rows. So a query is read unscored first, and scored only if it is not broad; a
# broad one's rows are put in order by whether they match in the title (a second read, as
# cheap as the first).
_UNSCORED_SQL = sql_text(
    f"WITH m AS MATERIALIZED (SELECT rowid AS rid FROM {TABLE}"
    f"  WHERE {TABLE} MATCH :q AND rowid BETWEEN :lo AND :hi LIMIT :n)"
    f" SELECT m.rid, r.kind, r.record_id, 0.0 FROM m CROSS JOIN {RECORDS} AS r ON r.id = m.rid"
)
_ROWIDS_SQL = sql_text(
    f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :q AND rowid BETWEEN :lo AND :hi LIMIT :n"
)
_ALL_ROWS = (1, (1 << 63) - 1)
# Typed words of at most this many letters are checked on the text when a longer one is typed.
_SHORT_WORD = 2
# The start of a word in folded stored text (not inside a key: keys follow KEY_MARK).
_WORD_START = rf"(?<![^\W_]|{KEY_MARK})"
_OWNERS_SQL = {
    kind: sql_text(
        f"SELECT record_id, ({sql}) FROM (SELECT value AS record_id FROM json_each(:ids))"
    )
    for kind, (_table, sql) in _OWNER_SQL.items()
}


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
    fuzzy: bool = False  # found only through a name within one or two edits (also transliterated)


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


def _term(text: str, boost: bool) -> str:
    """A quoted prefix term. Boosted, the whole word is asked for too: bm25 then counts a
    record holding exactly that word twice, so "Asanov" ranks "Асанов" above "Асанова"."""
    return f'("{text}" OR "{text}"*)' if boost else f'"{text}"*'


def _boosted_query(user_text: str) -> str | None:
    """fts_query() with every word boosted (see _term)."""
    tokens = _TOKEN.findall(unicodedata.normalize("NFC", user_text))[:_MAX_TOKENS]
    return " AND ".join(_term(token, True) for token in tokens) if tokens else None


def _phrase(token: str, boost: bool = False) -> str:
    """A typed word as an FTS5 prefix phrase ("G'ulomov" -> "G ulomov"*), or "" if empty."""
    parts = _TOKEN.findall(token)
    return _term(" ".join(parts), boost) if parts else ""


def _key_groups(user_text: str, boost: bool = False) -> str | None:
    """Every word as typed or by one of its keys, ANDed; None when no word has a key."""
    groups: list[str] = []
    any_key = False
    for token in name_tokens(user_text)[:_MAX_TOKENS]:
        phrase = _phrase(token, boost)
        keys = [_term(KEY_MARK + key, boost) for key in prefix_keys(token)]
        any_key = any_key or bool(keys)
        alternatives = [alternative for alternative in (phrase, *keys) if alternative]
        if alternatives:
            groups.append("(" + " OR ".join(alternatives) + ")")
    return f"({' AND '.join(groups)})" if any_key and groups else None


def filter_word_query(word: str) -> str | None:
    """The FTS5 query for one word of a list's filter box: a prefix of a stored word, as typed
    or through a transliteration key (so "Tazhib" keeps "Тажибек"); None if nothing to match."""
    return _key_groups(word) or fts_query(word)


def key_query(user_text: str) -> str | None:
    """The FTS5 query for records matched only through transliteration keys: every word as
    typed or by one of its keys, but not every word as typed. None when no word has a key."""
    exact = fts_query(user_text)
    groups = _key_groups(user_text)
    if exact is None or groups is None:
        return None
    return f"{groups} NOT ({exact})"


def snippet_html(snippet: str) -> str:
    """A snippet as HTML: text escaped, matched words in <b>…</b>."""
    return html.escape(snippet).replace(MATCH_START, "<b>").replace(MATCH_END, "</b>")


type _Ranked = tuple[int, str, str, str, float]  # rowid, kind, record id, owner id, score


@dataclass(frozen=True)
class _Near:
    """What a fuzzy pass asks for: `members` finds its records (a word's near keys, the other
    words as before), `scored` ranks them (the near keys, and the other words whole)."""

    members: str
    scored: str
    keys: frozenset[str]  # the stored keys within the pass's edits
    better: str = ""  # several words: a near key and a typed word whole, first when broad


@dataclass(frozen=True)
class _Tier:
    """One pass of a search: an FTS5 query, and the short words checked on the stored text."""

    query: str
    transliterated: bool
    short: tuple[str, ...] = ()  # words of one or two letters, left out of the query
    exclude_earlier: bool = False  # drop records the passes before found (no NOT in the query)
    near_pass: _Near | None = None  # fuzzy passes: what they ask for and rank by

    @property
    def near(self) -> frozenset[str]:
        """Fuzzy passes: the stored keys matched with edits."""
        return self.near_pass.keys if self.near_pass else frozenset()


def _whole_words(tokens: list[str]) -> str:
    """Every token as a whole word (no prefix), all required."""
    return " ".join(f'"{token}"' for token in tokens)


def _tiers(user_text: str) -> list[_Tier]:
    """The passes to run in order: whole words as typed, then as typed (prefixes), then
    through keys. Each leaves out what the ones before it found.

    Whole words first: a prefix of five letters or more has no prefix index, and FTS5 then
    merges the postings of every word it begins before returning a row (0.2–0.8 s for
    "Бишкек" among 1,000,000 hearings); a whole word's postings are read as far as needed,
    and when they fill RANK_CAP the prefixes are not read at all.

    A prefix of one or two letters matches a large share of a vault, and FTS5 (without a
    prefix index) reads every posting of it. When a longer word is typed too, such short words
    are left out of the queries and checked on the candidates' stored text instead.
    """
    exact = fts_query(user_text)
    if exact is None:
        return []
    tokens = _TOKEN.findall(unicodedata.normalize("NFC", user_text))[:_MAX_TOKENS]
    short = tuple(t for t in tokens if len(t) <= _SHORT_WORD)
    plain = tokens == name_tokens(user_text)[:_MAX_TOKENS]  # no apostrophes inside words
    if short and len(short) < len(tokens) and plain:
        long_tokens = [t for t in tokens if len(t) > _SHORT_WORD]
        rest = " ".join(long_tokens)
        tiers = [
            _Tier(_whole_words(long_tokens), False, short),
            _Tier(str(_boosted_query(rest)), False, short, exclude_earlier=True),
        ]
        groups = _key_groups(rest, boost=True)
        if groups is not None:
            tiers.append(_Tier(groups, True, short, exclude_earlier=True))
        return tiers
    tiers = [
        _Tier(_whole_words(tokens), False),
        _Tier(str(_boosted_query(user_text)), False, exclude_earlier=True),
    ]
    groups = _key_groups(user_text, boost=True)
    if groups is not None:
        # What the passes before found is left out by row id, not by a NOT in the query: they
        # were narrow (a broad one ends the search), so their row ids are all known, and a
        # NOT would read their prefixes' postings again.
        tiers.append(_Tier(groups, True, exclude_earlier=True))
    return tiers


def _fuzzy_tiers(session: Session, user_text: str) -> list[_Tier]:
    """The passes after _tiers(): records with words one edit from a stored name's key, then
    two (run only when the first leaves a screen short); each leaves out what the passes
    before it found. [] when no typed word is long enough or near nothing.

    They ask for the near keys (whole terms) rather than every typed word's prefixes and keys
    ORed with them: the passes before read those and found all they match (a broad one ends
    the search first), so a record is new here only if one of its words needs edits. bm25
    ranks by the near keys alone: it counts the rows of every term of its query first, and
    the other words' prefixes can be thousands of rows.
    """
    exact = _tiers(user_text)
    if not exact:
        return []
    short = exact[-1].short
    tokens = _TOKEN.findall(unicodedata.normalize("NFC", user_text))[:_MAX_TOKENS]
    text = " ".join(t for t in tokens if len(t) > _SHORT_WORD) if short else user_text
    words = name_tokens(text)[:_MAX_TOKENS]
    typed_keys = [prefix_keys(word) for word in words]
    if not any(fuzzy.allowed_edits(key) for keys in typed_keys for key in keys):
        return []
    vocabulary = name_keys(session)
    near = [fuzzy.near_keys(keys, vocabulary) for keys in typed_keys]
    if _key_groups(text) is None or not any(near):
        return []
    # Short words narrow the query too (they are checked on the text as well): the near keys
    # of a common name can match more rows than RANK_CAP, each of whose text would be read.
    also = [_short_term(word) for word in short if folds_as_indexed(word)]
    whole_words = " OR ".join(
        dict.fromkeys(
            term
            for word, keys in zip(words, typed_keys, strict=True)
            for term in (_phrase(word).removesuffix("*"), *(f'"{KEY_MARK}{k}"' for k in keys))
            if term
        )
    )
    tiers: list[_Tier] = []
    for edits in sorted({distance for found in near for distance in found.values()}):
        keys = frozenset(t for found in near for t, distance in found.items() if distance <= edits)
        scored = "(" + " OR ".join(f'"{KEY_MARK}{term}"' for term in sorted(keys)) + ")"
        members, better = scored, ""
        if len(words) > 1:
            members = _near_query(words, typed_keys, near, edits)
            # The other words count too, as whole words (cheap to count, unlike their
            # prefixes): "Bakyt Usenof" ranks Бакыт Усенов above Айбек Бакытовна Усенова.
            better = f"{scored} AND ({whole_words})"
            scored = f"{scored} AND ({scored} OR {whole_words})"
        if also:
            members = " AND ".join([members, *also])
        near_pass = _Near(members, scored, keys, better)
        tiers.append(_Tier(members, True, short, exclude_earlier=True, near_pass=near_pass))
    return tiers


def _short_term(word: str) -> str:
    """A short word at the start of a stored word or, through its keys, of a stored key."""
    keys = [f'"{KEY_MARK}{key}"*' for key in prefix_keys(word)]
    return "(" + " OR ".join([f'"{word}"*', *keys]) + ")"


def _near_query(
    words: list[str], typed_keys: list[tuple[str, ...]], near: list[dict[str, int]], edits: int
) -> str:
    """Records with some word's near keys (at most `edits` away) where every other word is
    as typed, by a key, or by its own near keys: one alternative per word that has any."""

    def whole_keys(found: dict[str, int]) -> list[str]:
        return [f'"{KEY_MARK}{term}"' for term, distance in found.items() if distance <= edits]

    alternatives: list[str] = []
    for index, found in enumerate(near):
        own = whole_keys(found)
        if not own:
            continue
        parts = ["(" + " OR ".join(own) + ")"]
        for other, (word, keys, their) in enumerate(zip(words, typed_keys, near, strict=True)):
            if other == index:
                continue
            options = [_phrase(word), *(_term(KEY_MARK + key, False) for key in keys)]
            options += whole_keys(their)
            parts.append("(" + " OR ".join(option for option in options if option) + ")")
        alternatives.append(" AND ".join(parts))
    return "(" + " OR ".join(f"({alternative})" for alternative in alternatives) + ")"


def _short_words_filter(tier: _Tier) -> Callable[[str], bool]:
    """Whether a stored text (title and body, keys included) has every short word of the
    tier at the start of a word (or, through keys, at the start of a key)."""
    checks: list[list[re.Pattern[str]]] = []
    for word in tier.short:
        options = [re.compile(_WORD_START + re.escape(fold(word)))]
        if tier.transliterated:
            options += [re.compile(re.escape(KEY_MARK + key)) for key in prefix_keys(word)]
        checks.append(options)

    def passes(stored: str) -> bool:
        folded = fold(stored)
        return all(any(option.search(folded) for option in options) for options in checks)

    return passes


type _Candidate = tuple[int, str, str, float]  # rowid, kind, record id, score


def _columns(spelt: str, title_only: bool = False) -> str:
    # The title and body only: a hearing's context (its case's title) is for its list's filter.
    return f"{{{'title' if title_only else 'title body'}}} : ({spelt})"


def _title_first(
    session: Session,
    spelt: str,
    window: dict[str, int],
    rows: Sequence[Any],
    better: str = "",
) -> list[_Candidate]:
    """A broad query's rows in order: title matches (score 0) before body ones (1); before
    them, title matches of `better` (-1)."""
    in_title = set(session.scalars(_ROWIDS_SQL, {**window, "q": _columns(spelt, True)}))
    best: set[int] = set()
    if better:
        best = set(session.scalars(_ROWIDS_SQL, {**window, "q": _columns(better, True)}))
    return [
        (rid, k, rec, -1.0 if rid in best else 0.0 if rid in in_title else 1.0)
        for rid, k, rec, *_ in rows
    ]


def _candidates(
    session: Session, spelt: str, window: dict[str, int], near: _Near | None = None
) -> tuple[list[_Candidate], bool]:
    """A query's first RANK_CAP matches with their scores (bm25, or for a broad query title
    matches first), and whether it is broad. A fuzzy pass's are scored by its `scored`
    query, which every match matches."""
    better = near.better if near else ""
    wanted = {**window, "q": _columns(spelt)}
    rows = session.execute(_UNSCORED_SQL, wanted).all()
    if len(rows) >= RANK_CAP:
        return _title_first(session, spelt, window, rows, better), True
    scored = near.scored if near and near.scored != near.members else ""
    if not scored:
        found = session.execute(_SCORED_SQL, wanted)
        return [(rid, k, rec, score) for rid, k, rec, score in found], False
    by = {**window, "q": _columns(scored)}
    if len(session.execute(_ROWIDS_SQL, by).all()) >= RANK_CAP:
        return _title_first(session, spelt, window, rows, better), False
    scores = {rid: score for rid, _k, _rec, score in session.execute(_SCORED_SQL, by)}
    return [(rid, k, rec, scores.get(rid, 0.0)) for rid, k, rec, _ in rows], False


def _ranked(
    session: Session,
    tier: _Tier,
    limit: int,
    kind: str | None = None,
    earlier: frozenset[int] = frozenset(),
) -> tuple[list[_Ranked], bool, frozenset[int]]:
    """The best live matches of each kind (at most `limit` per kind), best first; whether the
    query is broad (matches RANK_CAP records or more); and the rowids of all its matches (of
    a fuzzy pass, before its short words are checked: they fail a later pass's check too)."""
    by_kind: dict[str, list[tuple[float, int, str]]] = {}
    matched: set[int] = set()
    first, last = _ALL_ROWS if kind is None else kind_range(kind)
    window = {"lo": first, "hi": last, "n": RANK_CAP}
    spelt = spell_out_prefixes(session, tier.query)
    near = tier.near_pass
    candidates, broad = _candidates(session, spelt, window, near)
    passes = _short_words_filter(tier) if tier.short else None
    if passes is not None and near is None:
        # Every match is checked: the passes after this one leave out the rows it found.
        texts = _texts(session, [(row[0], row[1], row[2]) for row in candidates])
        candidates = [row for row in candidates if passes(" ".join(texts.get(row[0], ("", ""))))]
        passes = None
    for rid, found_kind, record_id, score in candidates:
        if tier.exclude_earlier and rid in earlier:
            continue
        matched.add(rid)
        if found_kind in _OWNER_SQL and (kind is None or found_kind == kind):
            by_kind.setdefault(found_kind, []).append((float(score), rid, record_id))
    ranked: list[_Ranked] = []
    for found_kind, found in by_kind.items():
        found.sort()
        kept: list[_Ranked] = []
        # In chunks: records whose person or case is in the trash are dropped here, and the
        # fuzzy pass's short words are checked on the text only until a screen passes.
        chunk, start = limit * 2 + 10, 0
        while start < len(found) and len(kept) < limit:
            part = found[start : start + chunk]
            start, chunk = start + chunk, chunk * 2
            if passes is not None:
                texts = _texts(session, [(rid, found_kind, rec) for *_, rid, rec in part])
                part = [row for row in part if passes(" ".join(texts.get(row[1], ("", ""))))]
            ids = json.dumps([record_id for *_, record_id in part])
            owners: dict[str, str | None] = {
                record_id: owner
                for record_id, owner in session.execute(_OWNERS_SQL[found_kind], {"ids": ids})
            }
            kept.extend(
                (rid, found_kind, record_id, owner, score)
                for score, rid, record_id in part
                if (owner := owners.get(record_id)) is not None
            )
        ranked.extend(kept[:limit])
    ranked.sort(key=lambda row: row[4])
    return ranked, broad, frozenset(matched)


def matching_ids(session: Session, kind: str, user_text: str, limit: int) -> list[str] | None:
    """Ids of live records of one kind matching the text, best first (as typed, then through
    transliteration keys); None if no words typed."""
    tiers = _tiers(user_text)
    if not tiers:
        return None
    ids: list[str] = []
    earlier: frozenset[int] = frozenset()
    for tier in tiers:
        ranked, broad, found = _ranked(session, tier, limit - len(ids), kind, earlier)
        earlier |= found
        ids.extend(row[2] for row in ranked)
        if broad or len(ids) >= limit:
            return ids
    for tier in _fuzzy_tiers(session, user_text):
        ranked, _broad, found = _ranked(session, tier, limit - len(ids), kind, earlier)
        earlier |= found
        ids.extend(row[2] for row in ranked)
        if len(ids) >= limit:
            break
    return ids


def search(
    vault: Vault, query: str, limit_per_kind: int = 20, lang: str = "en"
) -> list[SearchGroup]:
    """Records matching the typed text, grouped by kind (in KIND_TABLES order), best first.

    Never raises on odd input; returns [] when nothing searchable was typed.
    """
    typed = typed_words(query)
    with vault.read() as session:
        by_kind: dict[str, list[_Found]] = {}
        earlier: frozenset[int] = frozenset()
        broad = False
        for tier in _tiers(query):
            ranked, broad, rows = _ranked(session, tier, limit_per_kind, None, earlier)
            earlier |= rows
            _collect(session, ranked, tier, typed, by_kind, limit_per_kind)
            if broad:
                break
        found_count = sum(len(found) for found in by_kind.values())
        if not broad and found_count < limit_per_kind:
            # Fewer than a screen found without edits: names typed with a slip come next.
            for tier in _fuzzy_tiers(session, query):
                ranked, _broad, rows = _ranked(session, tier, limit_per_kind, None, earlier)
                earlier |= rows
                _collect(session, ranked, tier, typed, by_kind, limit_per_kind)
                if sum(len(found) for found in by_kind.values()) >= limit_per_kind:
                    break  # a screen found one edit away: two edits would rank below it
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
            for record_id, owner_id, snip, score, transliterated, near in found:
                words = Typed(typed.folded, typed.keys, near) if near else typed
                matched, marked = _matched_name(records.get(record_id), words)
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
                        fuzzy=bool(near),
                    )
                )
            groups.append(SearchGroup(kind=kind, table=table, hits=tuple(hits)))
    return groups


# A hit before its record is read: record id, owner id, snippet, score, transliterated, and
# the stored keys it was found through with edits (fuzzy passes).
type _Found = tuple[str, str, str, float, bool, frozenset[str]]


def _collect(
    session: Session,
    ranked: list[_Ranked],
    tier: _Tier,
    typed: Typed,
    by_kind: dict[str, list[_Found]],
    limit: int,
) -> None:
    """Adds a pass's hits to by_kind (at most limit a kind), with their snippets."""
    texts = _texts(session, [(row[0], row[1], row[2]) for row in ranked])
    for rid, kind, record_id, owner_id, score in ranked:
        found_here = by_kind.setdefault(kind, [])
        if len(found_here) < limit:
            near = tier.near
            words = Typed(typed.folded, typed.keys, near) if near else typed
            snip = snippet(*texts.get(rid, ("", "")), words)
            found_here.append((record_id, owner_id, snip, score, tier.transliterated, near))


def prepare_fuzzy(vault: Vault) -> None:
    """Loads the matcher and reads the index's name keys ahead of the first fuzzy pass (0.3 s
    at 100,000 people): the search box asks for it at the first letter typed, as the pass
    needs four."""
    fuzzy.prepare()
    with vault.read() as session:
        name_keys(session)


def top_hit(groups: list[SearchGroup]) -> SearchHit | None:
    """The result Enter opens: the first found as typed, else through keys, else with edits
    (groups in their shown order)."""
    hits = [hit for group in groups for hit in group.hits]
    return min(hits, key=lambda h: h.transliterated + h.fuzzy, default=None)


def _texts(session: Session, found: list[tuple[int, str, str]]) -> dict[int, tuple[str, str]]:
    """The indexed title and body of each (row, kind, record id), made again from the records:
    the index keeps no copy of them."""
    wanted: dict[str, dict[str, int]] = {}
    for rid, kind, record_id in found:
        wanted.setdefault(kind, {})[record_id] = rid
    texts: dict[int, tuple[str, str]] = {}
    for kind, rows in wanted.items():
        model = RECORD_BY_TABLE[KIND_TABLES[kind]]
        for record in session.scalars(select(model).where(model.id.in_(list(rows)))):
            doc = document(record)
            if doc is not None:
                texts[rows[record.id]] = (doc[1], doc[2])
    return texts


def _matched_name(record: Record | None, typed: Typed) -> tuple[str, str]:
    if record is None:
        return "", ""
    title_names, body_names = name_fields(record)
    return best_match([*title_names, *body_names], typed)


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
