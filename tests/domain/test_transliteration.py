"""Name keys across scripts and romanisations; same-name checks; suggested spellings."""

from __future__ import annotations

import pytest

from casefile.domain.transliteration import (
    is_particle,
    name_tokens,
    prefix_keys,
    same_name,
    suggest_variants,
    text_keys,
    token_keys,
)

# Spellings of one token that must share a key.
SAME_TOKEN = [
    ("Тажибек", "Tazhibek", "Tajibek", "TAZHIBEK"),
    ("Махабат", "Makhabat", "Mahabat", "Maxabat"),
    ("кызы", "kyzy", "qizi", "kizi", "қызы"),
    ("уулу", "uulu", "ulu", "o'g'li", "ўғли", "ogly", "ұлы"),
    ("Жаңыл", "Jangyl", "Janyl", "Zhanyl", "Žanyl"),
    ("Өмүрбек", "Ömürbek", "Omurbek", "Emurbek", "Umurbek"),
    ("Үсөн", "Üsön", "Uson", "Ysen"),
    ("Ильяс", "Ilyas", "Ilias"),
    ("Юлия", "Yuliya", "Iuliia"),
    ("Алиев", "Aliyev", "Aliev"),
    ("Мирзиёев", "Mirziyoyev", "Mirzieev"),
    ("Қасым", "Qasym", "Kasym", "Касым"),
    ("Ғалым", "Ghalym", "Galym", "Ğalym"),
    ("Ғуломов", "G'ulomov", "Gʻulomov", "Gulomov"),
    ("Ўткир", "O'tkir", "Oʻtkir", "Utkir", "Уткир"),
    ("Худойберди", "Xudoyberdi", "Khudoyberdi", "Hudoyberdi"),
    ("Шавкат", "Shavkat", "Şavkat"),
    ("Чолпон", "Cholpon", "Çolpon", "Čolpon"),
    ("Нұрсұлтан", "Nursultan", "Нурсултан"),
    ("Джамиля", "Djamilya", "Dzhamilya", "Jamila", "Жамила"),
    ("Фёдор", "Fyodor", "Fedor", "Федор"),
    ("Сергей", "Sergey", "Sergei"),
    ("Айым", "Aiym", "Ayym"),
    ("Әсет", "Äset", "Aset", "Эсет"),
    ("Алексей", "Alexei", "Aleksei"),
    ("Щукин", "Shchukin", "Shukin"),
]

# Tokens that must not share a key.
DIFFERENT_TOKEN = [
    ("Асанов", "Usenov"),
    ("Асанов", "Исанов"),
    ("Тажибек", "Tashibek"),
    ("Махабат", "Mukhtar"),
    ("Бакыт", "Bolot"),
    ("Темир", "Timur"),
    ("кызы", "уулу"),
    ("Айгүл", "Aigerim"),
]


@pytest.mark.parametrize("spellings", SAME_TOKEN, ids=lambda s: s[0])
def test_spellings_of_a_token_share_a_key(spellings: tuple[str, ...]) -> None:
    first = set(token_keys(spellings[0]))
    for other in spellings[1:]:
        assert first & set(token_keys(other)), (spellings[0], other, token_keys(other))


@pytest.mark.parametrize(("left", "right"), DIFFERENT_TOKEN)
def test_different_names_do_not_share_a_key(left: str, right: str) -> None:
    assert not set(token_keys(left)) & set(token_keys(right))


def test_keys_are_plain_ascii_and_digits_have_none() -> None:
    assert token_keys("Тажибек") == ("tajibek",)
    assert token_keys("2024") == ()
    assert token_keys("") == ()
    for spellings in SAME_TOKEN:
        for spelling in spellings:
            assert all(key.isascii() and key.isalpha() for key in token_keys(spelling))


def test_name_tokens_keep_uzbek_apostrophes() -> None:
    assert name_tokens("G'ulomov O'tkir, Xudoyberdi o'g'li") == [
        "G'ulomov",
        "O'tkir",
        "Xudoyberdi",
        "o'g'li",
    ]
    assert name_tokens("Кемпир-Абад") == ["Кемпир", "Абад"]


def test_prefix_keys_cover_a_digraph_being_typed() -> None:
    # "Taz" may become "Tazh": the key without the last letter is tried too.
    assert any("tajibek".startswith(key) for key in prefix_keys("Taz"))
    assert any("tajibek".startswith(key) for key in prefix_keys("Tazhib"))
    assert any("mahabat".startswith(key) for key in prefix_keys("Mak"))
    # An Uzbek particle half typed reaches the particle key.
    assert "ulu" in prefix_keys("o'g'l")


def test_particles_and_text_keys() -> None:
    assert is_particle("кызы") and is_particle("uulu") and is_particle("o'g'li")
    assert not is_particle("Тажибек")
    assert text_keys("Тажибек кызы Махабат") == ["tajibek", "kizi", "mahabat"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Tazhibek kyzy Makhabat", "Тажибек кызы Махабат"),
        ("Makhabat Tajibek kyzy", "Тажибек кызы Махабат"),
        ("Mahabat Tazhibek qizi", "Махабат Тажибек кызы"),
        ("Makhabat Tazhibek", "Тажибек кызы Махабат"),
        ("Xudoyberdi G'ulomov", "Ғуломов Худойберди"),
        ("ӨМҮРБЕК БАКИЕВ", "Omurbek Bakiyev"),
    ],
)
def test_same_name_in_any_order_and_script(first: str, second: str) -> None:
    assert same_name(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Tazhibek kyzy Makhabat", "Тажибек кызы Айпери"),
        ("Бакыт Асанов", "Bakyt Usenov"),
        ("Makhabat", "Махабат Тажибек кызы"),  # one word is not enough
        ("", "Махабат"),
    ],
)
def test_different_names(first: str, second: str) -> None:
    assert not same_name(first, second)


def test_suggest_variants_of_a_cyrillic_name() -> None:
    variants = suggest_variants("Тажибек кызы Махабат")
    assert variants.latin == ("Tazhibek kyzy Makhabat", "Tajibek kyzy Mahabat")
    assert variants.cyrillic == ()
    turkic = suggest_variants("Өмүрбек Бакиев")
    assert turkic.latin == ("Omurbek Bakiev", "Omurbek Bakiyev", "Ömürbek Bakiyev")


def test_suggest_variants_of_a_latin_name() -> None:
    variants = suggest_variants("Tazhibek kyzy Makhabat")
    assert variants.cyrillic == ("Тажибек кызы Махабат",)
    assert variants.latin == ("Tajibek kyzy Mahabat",)
    kyrgyz = suggest_variants("Jangyl Ömürbekova")
    assert kyrgyz.cyrillic == ("Джангыл Омурбекова", "Жаңыл Өмүрбекова")
    uzbek = suggest_variants("Shavkat G'ulomov o'g'li")
    assert "Шавкат Ғуломов ўғли" in uzbek.cyrillic
    assert "Erkin" not in suggest_variants("Erkin").latin
    assert suggest_variants("Эркин") == suggest_variants(" Эркин ")
    assert suggest_variants("Erkin").cyrillic == ("Эркин",)
    assert suggest_variants("   ").latin == ()


def test_every_suggestion_shares_the_keys_of_the_name() -> None:
    for name in ("Тажибек кызы Махабат", "Jangyl Ömürbekova", "Shavkat G'ulomov o'g'li"):
        variants = suggest_variants(name)
        for spelling in (*variants.latin, *variants.cyrillic):
            assert same_name(name, spelling), (name, spelling)
