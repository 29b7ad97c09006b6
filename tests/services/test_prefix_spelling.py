"""Long prefixes spelt out as the index's words: the same rows as FTS5's own prefix query,
and words written later are found."""

from __future__ import annotations

import random
import re
import threading
from typing import Any

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from casefile.services.lists.paged import HearingsList, PeopleList
from casefile.services.lists.query import FilterWord, ListQuery
from casefile.services.records.drafts import save_record
from casefile.services.records.trash import move_to_trash, purge
from casefile.services.search.search import search
from casefile.vault import search_index
from casefile.vault.schema import Person
from casefile.vault.search_index import (
    KEY_MARK,
    TABLE,
    _folded,
    folds_as_indexed,
    spell_out_prefixes,
)
from casefile.vault.vault import Vault

NAMES = [
    "Бишкекова Айгуль",
    "Бишкеков Нурлан",
    "Жанар Бишкекбаева",
    "Gulnara Osmonova",
    "Гульнара Осмонова",
    "Ömürbek Tölögönov",
    "Ёлкин Йусуп",
    "Ørsted Łukasz",
    "Ғалым Әбілов",
    "Нұрсұлтан Қасымов",
]


def _rows(vault: Vault, query: str) -> set[int]:
    with vault.read() as session:
        found = session.execute(
            text(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :q"), {"q": query}
        )
        return set(found.scalars())


@pytest.mark.parametrize(
    "prefix",
    [
        "Бишке",
        "бишкек",
        "Бишкекб",
        "osmon",
        "Осмон",
        "tölög",
        "TOLOG",
        "ёлки",
        "Йусуп",
        "ørste",
        "łukas",
        "Ғалым",
        "Әбіло",
        "Қасым",
        "нұрсұ",
        "zzzzz",
    ],
)
def test_a_spelt_prefix_finds_the_same_rows(vault: Vault, prefix: str) -> None:
    for name in NAMES:
        save_record(vault, "persons", None, {"full_name": name})
    query = f'("{prefix}" OR "{prefix}"*) AND "{prefix[:2]}"*'
    with vault.read() as session:
        spelt = spell_out_prefixes(session, query)
    assert _rows(vault, spelt) == _rows(vault, query)


def test_words_written_later_are_found(vault: Vault) -> None:
    save_record(vault, "persons", None, {"full_name": "Бишкеков Нурлан"})
    assert len(search(vault, "Бишкеко")[0].hits) == 1
    save_record(vault, "persons", None, {"full_name": "Бишкекова Айгуль"})
    assert len(search(vault, "Бишкеко")[0].hits) == 2
    words = (FilterWord("бишкеко"),)
    assert PeopleList().window(vault, ListQuery(words=words)).count == 2
    assert HearingsList().window(vault, ListQuery(words=words)).count == 0


def test_a_prefix_of_too_many_words_is_left_to_fts5(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_index, "MAX_PREFIX_TERMS", 1)
    for name in NAMES:
        save_record(vault, "persons", None, {"full_name": name})
    with vault.read() as session:
        assert spell_out_prefixes(session, '"бишке"*') == '"бишке"*'
        assert spell_out_prefixes(session, '"бишкекб"*') == '("бишкекбаева")'
        assert spell_out_prefixes(session, '"биш"*') == '"биш"*'  # indexed already


# -- the words a prefix begins, against FTS5's own prefix query on a varied vault ----------

STEMS = ["бишкек", "осмонов", "tölögön", "қасымов", "nurlanbek", "әбілов", "2024017", "ұлан"]
ENDINGS = ["", "а", "ов", "ова", "бай", "ka", "ы", "ұлы", "1", "7", "ğ", "ing"]


def _people(rng: random.Random, count: int) -> list[Person]:
    def word() -> str:
        stem = rng.choice(STEMS)
        return stem[: rng.randint(4, len(stem))] + rng.choice(ENDINGS) + rng.choice(ENDINGS)

    return [
        Person(
            full_name=f"{word().title()} {word().upper()}",
            name_variants=[word(), word()],
            profession=word(),
        )
        for _ in range(count)
    ]


def _prefixes(vault: Vault) -> list[str]:
    """Every prefix of five letters or more of the words of the people, as written and folded,
    keys too (KEY_MARK), and some beginning no word."""
    with vault.read() as session:
        texts = session.execute(text("SELECT full_name, name_variants FROM persons")).all()
    words = {w for name, variants in texts for w in re.findall(r"\w+", f"{name} {variants}")}
    found = {w[:n] for w in words for n in range(5, len(w) + 1)}
    found |= {KEY_MARK + key[:n] for key in ("bishkek", "osmonov", "kasym") for n in (4, 5, 7)}
    return sorted(found | {"бишкекz", "zzzzzz", "osmonovaa"})


def _same_rows_as_fts5(vault: Vault, prefixes: list[str]) -> int:
    """Checks each prefix's spelt-out query against FTS5's own; returns how many were spelt."""
    spelt_out = 0
    with vault.read() as session:
        for prefix in prefixes:
            query = f'"{prefix}"*'
            spelt = spell_out_prefixes(session, query)
            spelt_out += spelt != query
            assert _rows_in(session, spelt) == _rows_in(session, query), (prefix, spelt)
    return spelt_out


def _rows_in(session: Session, query: str) -> set[int]:
    found = session.execute(text(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :q"), {"q": query})
    return set(found.scalars())


def test_spelt_prefixes_find_what_fts5_finds_through_writes_and_deletes(vault: Vault) -> None:
    rng = random.Random(16)
    with vault.write() as session:
        session.add_all(_people(rng, 150))
    prefixes = _prefixes(vault)
    assert _same_rows_as_fts5(vault, prefixes) > len(prefixes) // 2

    # Words written later, by another thread (another connection), and records deleted.
    def write_more() -> None:
        with vault.write() as session:
            session.add_all(_people(rng, 60))
            session.add(Person(full_name="Бишкекзада Осмоновааа"))

    writer = threading.Thread(target=write_more)
    writer.start()
    writer.join()
    with vault.read() as session:
        ids = session.scalars(
            select(Person.id).where(Person.full_name != "Бишкекзада Осмоновааа").limit(40)
        ).all()
    for record_id in ids:
        move_to_trash(vault, "persons", record_id)
    for record_id in ids[::2]:
        purge(vault, "persons", record_id)
    assert _same_rows_as_fts5(vault, _prefixes(vault) + prefixes) > len(prefixes) // 2
    with vault.read() as session:
        assert spell_out_prefixes(session, '"Бишкекз"*') == '("бишкекзада")'


def test_a_read_spells_out_the_words_of_its_own_snapshot(vault: Vault) -> None:
    """A read keeps the words it spelt; a word written meanwhile is in the next read only, as
    FTS5's own prefix query sees it."""
    save_record(vault, "persons", None, {"full_name": "Осмонова Айгуль"})
    with vault.read() as session:
        assert spell_out_prefixes(session, '"осмонов"*') == '("осмонова")'
        writer = threading.Thread(
            target=lambda: save_record(vault, "persons", None, {"full_name": "Осмонов Нурлан"})
        )
        writer.start()
        writer.join()
        assert spell_out_prefixes(session, '"осмонов"*') == '("осмонова")'
        assert len(_rows_in(session, '"осмонов"*')) == 1
    with vault.read() as session:
        assert spell_out_prefixes(session, '"осмонов"*') == '("осмонов" OR "осмонова")'
        assert len(_rows_in(session, '"осмонов"*')) == 2


def test_the_words_are_read_one_seek_each_by_term_range(vault: Vault) -> None:
    """fts5vocab's 'instance' table by term range (idxNum's GE 0x200 and LE 0x400 bits), never
    the 'row' table, which reads each word's whole doclist to count it."""
    statements: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        if "search_instances" in statement and statement.lstrip().startswith("WITH"):
            statements.append((statement, parameters))

    for name in NAMES:
        save_record(vault, "persons", None, {"full_name": name})
    event.listen(vault.engine, "before_cursor_execute", note)
    try:
        with vault.read() as session:
            assert spell_out_prefixes(session, '"бишкеко"*') == '("бишкеков" OR "бишкекова")'
            steps = [
                str(step[3])
                for statement, parameters in statements
                for step in session.connection().exec_driver_sql(
                    "EXPLAIN QUERY PLAN " + statement, parameters
                )
            ]
            made = session.execute(
                text("SELECT sql FROM sqlite_temp_master WHERE name = 'search_instances'")
            ).scalar_one()
    finally:
        event.remove(vault.engine, "before_cursor_execute", note)
    assert "'instance'" in made
    scans = [step for step in steps if "search_instances" in step]
    assert len(scans) == 2  # the first word, then each next one
    for step in scans:
        index = int(re.search(r"VIRTUAL TABLE INDEX (\d+):", step).group(1))  # type: ignore[union-attr]
        assert index & 0x600 == 0x600, step


def test_every_spellable_letter_folds_as_the_index_folds_it(vault: Vault) -> None:
    """Each character whose folding search_index calls spellable is one word that unicode61
    (the index's tokenizer, from its own statement) folds the same way: "й", "ё" and "ў" keep
    their marks there, "ö" loses its, "ß" and "ﬁ" stay whole."""
    tokenizer = re.search(r"tokenize='([^']+)'", search_index.CREATE_SQL).group(1)  # type: ignore[union-attr]
    letters = [cp for cp in range(0x21, 0x30000) if not 0xD800 <= cp <= 0xDFFF]
    with vault.engine.connect() as conn:
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE temp.letters USING fts5(a, tokenize='{tokenizer}')"
        )
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE temp.folded USING fts5vocab(temp, letters, 'instance')"
        )
        conn.exec_driver_sql(
            "INSERT INTO temp.letters (rowid, a) VALUES (?, ?)", [(cp, chr(cp)) for cp in letters]
        )
        indexed: dict[int, list[str]] = {}
        for term, doc in conn.exec_driver_sql("SELECT term, doc FROM temp.folded"):
            indexed.setdefault(int(doc), []).append(str(term))
        conn.rollback()
    spellable = [cp for cp in letters if folds_as_indexed(chr(cp))]
    assert len(spellable) > 200 and ord("й") in spellable and ord("ß") not in spellable
    assert [cp for cp in spellable if indexed.get(cp) != [_folded(chr(cp))]] == []
    assert _folded("АЙГУЛЬ Tölögön") == "айгуль tologon"


def test_spelling_a_prefix_out_changes_no_schema_in_the_read(vault: Vault) -> None:
    """The vocabulary tables are made when the connection is: made by a read, its rollback
    would make SQLite parse every schema and prepare every statement again."""
    for name in NAMES:
        save_record(vault, "persons", None, {"full_name": name})
    for _ in range(2):
        with vault.read() as session:
            before = session.execute(text("PRAGMA temp.schema_version")).scalar_one()
            assert spell_out_prefixes(session, '"бишкеко"*') == '("бишкеков" OR "бишкекова")'
            assert search_index.name_keys(session)
            assert session.execute(text("PRAGMA temp.schema_version")).scalar_one() == before
