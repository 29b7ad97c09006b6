"""Long prefixes spelt out as the index's words: the same rows as FTS5's own prefix query,
and words written later are found."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from casefile.services.lists.paged import HearingsList, PeopleList
from casefile.services.lists.query import FilterWord, ListQuery
from casefile.services.records.drafts import save_record
from casefile.services.search.search import search
from casefile.vault import search_index
from casefile.vault.search_index import TABLE, spell_out_prefixes
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
