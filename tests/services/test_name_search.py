"""Name search across scripts and romanisations, ranking, reindexing, duplicate warnings."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from casefile.services.records.drafts import load_record, save_record
from casefile.services.records.trash import move_to_trash
from casefile.services.search.duplicates import find_possible_duplicates
from casefile.services.search.name_variants import add_name_variant, suggestions_for
from casefile.services.search.search import (
    MATCH_END,
    MATCH_START,
    SearchHit,
    key_query,
    pick_people,
    search,
)
from casefile.vault import search_index
from casefile.vault.schema import Person, Setting, new_id
from casefile.vault.vault import Vault

PASSPHRASE = "correct horse battery staple for tests only"  # as in tests/conftest.py

# Stored as written here, in one script or the other; no other spellings are stored.
NAMES = [
    "Тажибек кызы Махабат",
    "Жаңыл Өмүрбекова",
    "Ömürbek Tölögönov",
    "Ильяс Кыдыров",
    "Юлия Ким",
    "Нұрсұлтан Қасымов",
    "Ғалым Әбілов",
    "Shavkat G'ulomov",
    "Ўткир Худойбердиев",
    "Dilnoza Yo'ldosheva",
    "Джамиля Усенова",
    "Эркин Сатыбалды уулу",
    "Бакыт Асанов",
    "Bakyt Usenov",
    "Фёдор Щукин",
    "Алексей Цой",
    "Чолпон Абдыкадырова",
    "Aigerim Zhaksylykova",
    "Xurshida Qodirova",
    "Үсөн Токтогулов",
    "Айым Ырысбекова",
    "Сергей Алиев",
    "Azamat Kurmanbekov",
    "Gulnara Zhumabaeva",
    "Қанат Оспанов",
    "Айгүл Эшимкулова",
    "Nurlan Kenzhebaev",
    "Мирлан Жээнбеков",
    "Бегимай Чыныбаева",
    "Saltanat Orozbekova",
    "Şerzod Toshmatov",
]

# (typed query, the name it must find within the first three people).
TABLE = [
    # Kyrgyz, Cyrillic stored
    ("Tazhibek kyzy Makhabat", "Тажибек кызы Махабат"),
    ("Makhabat Tajibek kyzy", "Тажибек кызы Махабат"),
    ("Mahabat Tazhibek qizi", "Тажибек кызы Махабат"),
    ("Tazhib", "Тажибек кызы Махабат"),
    ("tajibek", "Тажибек кызы Махабат"),
    ("TAZ", "Тажибек кызы Махабат"),
    ("Janyl Omurbekova", "Жаңыл Өмүрбекова"),
    ("Jangyl Ömürbekova", "Жаңыл Өмүрбекова"),
    ("Zhanyl", "Жаңыл Өмүрбекова"),
    ("Emurbekova", "Жаңыл Өмүрбекова"),
    ("Ilyas Kydyrov", "Ильяс Кыдыров"),
    ("Ilias Kidirov", "Ильяс Кыдыров"),
    ("Kydyr", "Ильяс Кыдыров"),
    ("Jamilya Usenova", "Джамиля Усенова"),
    ("Dzhamilya", "Джамиля Усенова"),
    ("Jamila Usenova", "Джамиля Усенова"),
    ("Erkin Satybaldy uulu", "Эркин Сатыбалды уулу"),
    ("Satybaldi ulu", "Эркин Сатыбалды уулу"),
    ("Bakyt Asanov", "Бакыт Асанов"),
    ("Bakit Asanov", "Бакыт Асанов"),
    ("Cholpon Abdykadyrova", "Чолпон Абдыкадырова"),
    ("Abdikadirova", "Чолпон Абдыкадырова"),
    ("Uson Toktogulov", "Үсөн Токтогулов"),
    ("Üsön", "Үсөн Токтогулов"),
    ("Ysen Toktogulov", "Үсөн Токтогулов"),
    ("Aiym Yrysbekova", "Айым Ырысбекова"),
    ("Ayim Irisbekova", "Айым Ырысбекова"),
    ("Aigul Eshimkulova", "Айгүл Эшимкулова"),
    ("Aygül Eşimkulova", "Айгүл Эшимкулова"),
    ("Mirlan Zheenbekov", "Мирлан Жээнбеков"),
    ("Jeenbekov", "Мирлан Жээнбеков"),
    ("Begimai Chynybaeva", "Бегимай Чыныбаева"),
    ("Begimay Chinibayeva", "Бегимай Чыныбаева"),
    # Kyrgyz, Latin stored
    ("Өмүрбек Төлөгөнов", "Ömürbek Tölögönov"),
    ("Омурбек Тологонов", "Ömürbek Tölögönov"),
    ("Төлөгөн", "Ömürbek Tölögönov"),
    ("Азамат Курманбеков", "Azamat Kurmanbekov"),
    ("Курманб", "Azamat Kurmanbekov"),
    ("Салтанат Орозбекова", "Saltanat Orozbekova"),
    ("Бакыт Усенов", "Bakyt Usenov"),
    # Russian
    ("Yuliya Kim", "Юлия Ким"),
    ("Iuliia Kim", "Юлия Ким"),
    ("Fedor Shchukin", "Фёдор Щукин"),
    ("Fyodor", "Фёдор Щукин"),
    ("Shukin", "Фёдор Щукин"),
    ("Aleksei Tsoi", "Алексей Цой"),
    ("Alexey Tsoy", "Алексей Цой"),
    ("Sergey Aliyev", "Сергей Алиев"),
    ("Sergei Aliev", "Сергей Алиев"),
    ("Гульнара Жумабаева", "Gulnara Zhumabaeva"),
    ("Gulnara Jumabayeva", "Gulnara Zhumabaeva"),
    # Kazakh
    ("Nursultan Kasymov", "Нұрсұлтан Қасымов"),
    ("Qasymov", "Нұрсұлтан Қасымов"),
    ("Нурсултан Касымов", "Нұрсұлтан Қасымов"),
    ("Galym Abilov", "Ғалым Әбілов"),
    ("Ghalym", "Ғалым Әбілов"),
    ("Ğalym Äbilov", "Ғалым Әбілов"),
    ("Айгерім Жақсылықова", "Aigerim Zhaksylykova"),
    ("Айгерим Жаксылыкова", "Aigerim Zhaksylykova"),
    ("Aigerim Jaqsylyqova", "Aigerim Zhaksylykova"),
    ("Qanat Ospanov", "Қанат Оспанов"),
    ("Kanat Ospanov", "Қанат Оспанов"),
    ("Нурлан Кенжебаев", "Nurlan Kenzhebaev"),
    ("Нұрлан Кенжебаев", "Nurlan Kenzhebaev"),
    # Uzbek
    ("Шавкат Гуломов", "Shavkat G'ulomov"),
    ("Шавкат Ғуломов", "Shavkat G'ulomov"),
    ("Gulomov", "Shavkat G'ulomov"),
    ("O'tkir Xudoyberdiyev", "Ўткир Худойбердиев"),
    ("Utkir Khudoyberdiev", "Ўткир Худойбердиев"),
    ("Oʻtkir", "Ўткир Худойбердиев"),
    ("Дилноза Йўлдошева", "Dilnoza Yo'ldosheva"),
    ("Yoldosheva", "Dilnoza Yo'ldosheva"),
    ("Хуршида Қодирова", "Xurshida Qodirova"),
    ("Khurshida Kodirova", "Xurshida Qodirova"),
    ("Шерзод Тошматов", "Şerzod Toshmatov"),
    ("Sherzod", "Şerzod Toshmatov"),
]

# (typed query, a name it must not find at all).
NOT_FOUND = [
    ("Bakyt Usenov", "Бакыт Асанов"),
    ("Tashibek", "Тажибек кызы Махабат"),
    ("Mukhtar", "Тажибек кызы Махабат"),
    ("Jamila Asanova", "Джамиля Усенова"),
    ("Kasymova", "Нұрсұлтан Қасымов"),
    ("Timur", "Мирлан Жээнбеков"),
    ("Aiperi Tazhibek", "Тажибек кызы Махабат"),
    ("Osmonov", "Қанат Оспанов"),
]


@pytest.fixture(scope="module")
def names_vault(template_vault: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """One vault holding every name of NAMES, built once for the table."""
    target = tmp_path_factory.mktemp("names") / "names.casefile"
    shutil.copytree(template_vault, target, ignore=shutil.ignore_patterns("vault.lock"))
    vault = Vault.open(target, PASSPHRASE, actor="tester")
    with vault.write() as session:
        for name in NAMES:
            session.add(Person(id=new_id(), full_name=name))
    try:
        yield vault
    finally:
        vault.close()


def _people(vault: Vault, query: str) -> list[SearchHit]:
    return [hit for group in search(vault, query) if group.kind == "person" for hit in group.hits]


def test_the_table_is_large_enough() -> None:
    assert len(TABLE) >= 60
    assert {name for _query, name in TABLE} == set(NAMES)


@pytest.mark.parametrize(("query", "name"), TABLE, ids=[q for q, _ in TABLE])
def test_found_within_the_first_three(names_vault: Vault, query: str, name: str) -> None:
    hits = _people(names_vault, query)
    labels = [hit.label for hit in hits[:3]]
    assert name in labels, (query, [h.label for h in hits])
    hit = hits[labels.index(name)]
    assert hit.matched == name  # the stored name that matched is reported
    assert MATCH_START in hit.snippet and MATCH_END in hit.snippet


@pytest.mark.parametrize(("query", "name"), NOT_FOUND, ids=[q for q, _ in NOT_FOUND])
def test_not_found(names_vault: Vault, query: str, name: str) -> None:
    """Not found as typed or through keys; a name within two edits may follow as fuzzy."""
    hits = _people(names_vault, query)
    assert name not in [hit.label for hit in hits if not hit.fuzzy]


def test_as_typed_ranks_before_transliterated(vault: Vault) -> None:
    cyrillic = save_record(vault, "persons", None, {"full_name": "Тажибек кызы Махабат"})
    latin = save_record(vault, "persons", None, {"full_name": "Tazhibek Aibek"})
    for query, first, second in (
        ("Tazhibek", latin, cyrillic),
        ("тажибек", cyrillic, latin),
    ):
        hits = _people(vault, query)
        assert [h.id for h in hits] == [first, second]
        assert [h.transliterated for h in hits] == [False, True]
    hit = _people(vault, "Tazhib kyzy")[0]
    assert hit.id == cyrillic and hit.transliterated
    assert hit.snippet == f"{MATCH_START}Тажибек{MATCH_END} {MATCH_START}кызы{MATCH_END} Махабат"


def test_short_words_beside_a_longer_one_are_checked_on_the_text(vault: Vault) -> None:
    """One- and two-letter words are left out of the full-text query when a longer word is
    typed, and checked on the stored text: as typed, or through keys in the second pass."""
    cyrillic = save_record(vault, "persons", None, {"full_name": "Тажибек кызы Махабат"})
    latin = save_record(vault, "persons", None, {"full_name": "Tazhibek Aibek"})
    other = save_record(vault, "persons", None, {"full_name": "Tazhibek Bolot"})
    assert [h.id for h in _people(vault, "Tazhibek a")] == [latin]
    assert [h.id for h in _people(vault, "Tazhibek k")] == [cyrillic]  # kyzy, through its key
    hits = _people(vault, "Tazhibek ky")
    assert [(h.id, h.transliterated) for h in hits] == [(cyrillic, True)]
    assert hits[0].snippet == (
        f"{MATCH_START}Тажибек{MATCH_END} {MATCH_START}кызы{MATCH_END} Махабат"
    )
    assert [h.id for h in _people(vault, "Махабат т")] == [cyrillic]
    assert [h.id for h in _people(vault, "b Tazhibek")] == [other]
    assert _people(vault, "Tazhibek x") == []
    assert [p.id for p in pick_people(vault, "Tazhibek k")] == [cyrillic]


def test_a_whole_word_ranks_above_a_longer_one_it_begins(vault: Vault) -> None:
    longer = save_record(vault, "persons", None, {"full_name": "Асанова Бакыт"})
    whole = save_record(vault, "persons", None, {"full_name": "Асанов Бакыт"})
    assert [h.id for h in _people(vault, "Asanov Bakyt")] == [whole, longer]
    assert [h.id for h in _people(vault, "асанов")] == [whole, longer]
    assert [(h.id, h.fuzzy) for h in _people(vault, "Асанова")] == [(longer, False), (whole, True)]


def test_a_stored_variant_reports_which_spelling_matched(vault: Vault) -> None:
    person = save_record(
        vault,
        "persons",
        None,
        {
            "full_name": "Айпери Тажибекова",
            "name_variants": ["Aiperi Tajibekova"],
            "aliases": ["Апа"],
        },
    )
    as_typed = _people(vault, "Tajibekova")[0]
    assert (as_typed.id, as_typed.matched, as_typed.transliterated) == (
        person,
        "Aiperi Tajibekova",
        False,
    )
    keyed = _people(vault, "Tazhibekova")[0]
    assert keyed.id == person and keyed.transliterated
    assert keyed.matched == "Айпери Тажибекова"  # the full name wins a tie


def test_keys_never_show_in_snippets_or_match_plain_words(vault: Vault) -> None:
    save_record(vault, "persons", None, {"full_name": "Махабат Тажибекова"})
    for query in ("махабат", "Makhabat", "mahab"):
        for hit in _people(vault, query):
            assert search_index.KEY_MARK not in hit.snippet
    # The key "mahabat" is not a word of the record: a plain-text match on it finds nothing.
    with vault.read() as session:
        plain = session.execute(
            text("SELECT count(*) FROM search_index WHERE search_index MATCH '\"mahabat\"'")
        ).scalar_one()
    assert plain == 0


def test_other_kinds_get_keys_for_names_and_places(vault: Vault) -> None:
    victim = save_record(vault, "persons", None, {"full_name": "Бакыт Асанов"})
    save_record(
        vault,
        "ill_treatment_reports",
        None,
        {"victim_id": victim, "place": "ИВС Жалал-Абад", "perpetrators": "Тологонов"},
    )
    groups = {g.kind: g for g in search(vault, "Jalal-Abad")}
    assert groups["ill_treatment"].hits[0].matched == "ИВС Жалал-Абад"
    assert "ill_treatment" in {g.kind for g in search(vault, "Tologonov")}


def test_pickers_cross_scripts(vault: Vault) -> None:
    person = save_record(vault, "persons", None, {"full_name": "Тажибек кызы Махабат"})
    assert [p.id for p in pick_people(vault, "Tajib")] == [person]
    assert [p.id for p in pick_people(vault, "Makhabat Tazhibek")] == [person]
    move_to_trash(vault, "persons", person)
    assert pick_people(vault, "Tajib") == []
    assert search(vault, "Tajib") == []


def test_odd_input_never_raises(names_vault: Vault) -> None:
    rng = random.Random(3)
    alphabet = "aTzжЖөq'ʻ\"()*-:^+{}ORANDNOT  ,.ö1\ue000ğx"
    for _ in range(300):
        text_ = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        search(names_vault, text_)
        pick_people(names_vault, text_)
        find_possible_duplicates(names_vault, text_)


def test_key_query_is_safe_and_skips_numbers() -> None:
    assert key_query("123-2024") is None
    assert key_query("") is None
    query = key_query('Tazh "OR" (кыз*')
    assert query is not None and query.endswith('NOT ("Tazh"* "OR"* "кыз"*)')


def test_an_index_without_keys_is_rebuilt_at_open(vault_path: Path) -> None:
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        person = save_record(vault, "persons", None, {"full_name": "Тажибек кызы Махабат"})
        # As a vault indexed before keys existed: plain text only, no scheme recorded.
        with vault.write() as session:
            session.execute(text("DELETE FROM search_index"))
            session.execute(
                text(
                    "INSERT INTO search_index (rowid, title, body, context) "
                    "SELECT id, 'Тажибек кызы Махабат', '', '' FROM search_records "
                    "WHERE record_id = :id"
                ),
                {"id": person},
            )
            session.execute(
                text("DELETE FROM settings WHERE key = :k"),
                {"k": search_index.SETTING_INDEX_VERSION},
            )
        assert search(vault, "Tajib") == []
    finally:
        vault.close()
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        assert [h.id for h in _people(vault, "Tajib")] == [person]
        assert [h.id for h in _people(vault, "тажиб")] == [person]
        with vault.read() as session:
            assert session.get(Setting, search_index.SETTING_INDEX_VERSION) is not None
            rows = session.execute(text("SELECT count(*) FROM search_index")).scalar_one()
        assert rows == 1
    finally:
        vault.close()


def test_suggested_spellings_and_adding_one(vault: Vault) -> None:
    person = save_record(
        vault,
        "persons",
        None,
        {"full_name": "Тажибек кызы Махабат", "name_variants": ["Tazhibek kyzy Makhabat"]},
    )
    suggested = suggestions_for(vault, person)
    assert suggested.latin == ("Tajibek kyzy Mahabat",)  # the stored one is not offered again
    assert add_name_variant(vault, person, " Tajibek  kyzy Mahabat ")
    assert not add_name_variant(vault, person, "tajibek kyzy mahabat")
    assert load_record(vault, "persons", person)["name_variants"] == [
        "Tazhibek kyzy Makhabat",
        "Tajibek kyzy Mahabat",
    ]
    assert suggestions_for(vault, person).latin == ()
    hit = _people(vault, "Tajibek")[0]
    assert (hit.id, hit.transliterated, hit.matched) == (person, False, "Tajibek kyzy Mahabat")


# -- duplicate warning --------------------------------------------------------------------


def test_duplicate_warning_across_scripts(vault: Vault) -> None:
    stored = save_record(
        vault, "persons", None, {"full_name": "Тажибек кызы Махабат", "birth_date": "1990"}
    )
    found = find_possible_duplicates(vault, "Tazhibek kyzy Makhabat")
    assert [(d.id, d.full_name, d.birth_date, d.matched) for d in found] == [
        (stored, "Тажибек кызы Махабат", "1990", "Тажибек кызы Махабат")
    ]
    assert [d.id for d in find_possible_duplicates(vault, "Makhabat Tajibek", "1990")] == [stored]
    assert [d.id for d in find_possible_duplicates(vault, "Mahabat Tazhibek qizi", "12.05.1990")]
    # A birth year that contradicts, another person, the record itself, one word: no warning.
    assert find_possible_duplicates(vault, "Tazhibek kyzy Makhabat", "1975") == []
    assert find_possible_duplicates(vault, "Tazhibek kyzy Aiperi") == []
    assert find_possible_duplicates(vault, "Makhabat") == []
    assert find_possible_duplicates(vault, "Тажибек кызы Махабат", exclude_id=stored) == []
    assert find_possible_duplicates(vault, "   ") == []


def test_duplicate_warning_uses_variants_and_approximate_years(vault: Vault) -> None:
    stored = save_record(
        vault,
        "persons",
        None,
        {
            "full_name": "Ўткир Худойбердиев",
            "name_variants": ["Utkir Khudoyberdiev"],
            "birth_date": "c. 1980",
        },
    )
    found = find_possible_duplicates(vault, "Xudoyberdiyev O'tkir", "1981")
    assert [d.id for d in found] == [stored]
    assert find_possible_duplicates(vault, "Xudoyberdiyev O'tkir", "1990") == []
    move_to_trash(vault, "persons", stored)
    assert find_possible_duplicates(vault, "Xudoyberdiyev O'tkir") == []


def test_the_rebuild_at_open_reports_how_far_it_is(vault_path: Path) -> None:
    from casefile.vault.schema import Person

    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        with vault.write() as session:  # three batches of a thousand records, and a half
            session.add_all(Person(full_name=f"Кыдыр {n}") for n in range(2_500))
        with vault.write() as session:
            session.execute(
                text("DELETE FROM settings WHERE key = :k"),
                {"k": search_index.SETTING_INDEX_VERSION},
            )
    finally:
        vault.close()
    heard: list[tuple[str, float | None]] = []
    vault = Vault.open(
        vault_path, PASSPHRASE, progress=lambda step, done: heard.append((step, done))
    )
    try:
        assert {step for step, _ in heard} == {"search_index"}
        fractions = [done for _, done in heard]
        assert fractions[0] == 0.0 and fractions[-1] == 1.0
        assert fractions == sorted(fractions) and len(fractions) >= 4
        assert [h.id for h in _people(vault, "кыдыр 2499")]
    finally:
        vault.close()
    heard.clear()
    Vault.open(
        vault_path, PASSPHRASE, progress=lambda step, done: heard.append((step, done))
    ).close()
    assert heard == []  # once only
