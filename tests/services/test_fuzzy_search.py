"""Search that forgives: names within one or two edits (after transliteration) are found,
below the hits found as typed or through keys; the result Enter opens."""

from __future__ import annotations

import pytest

from casefile.demo.build import populate_demo
from casefile.domain.transliteration import prefix_keys
from casefile.services.records.drafts import save_record
from casefile.services.search.fuzzy import near_keys
from casefile.services.search.search import SearchHit, pick_people, search, top_hit
from casefile.vault import search_index
from casefile.vault.vault import Vault


def _people(vault: Vault, text: str) -> list[SearchHit]:
    groups = search(vault, text)
    return [hit for group in groups if group.kind == "person" for hit in group.hits]


@pytest.fixture
def demo(vault: Vault) -> Vault:
    populate_demo(vault)
    return vault


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Tolegonov", "Азамат Төлөгөнов"),
        ("Tologonv", "Азамат Төлөгөнов"),
        ("Asanof", "Темирлан Асанов"),
        ("Ашанов", "Темирлан Асанов"),
        ("Temirlan Asanof", "Темирлан Асанов"),
        ("Azamat Tolegonv", "Азамат Төлөгөнов"),
    ],
)
def test_typos_find_the_demo_people(demo: Vault, typed: str, name: str) -> None:
    hits = _people(demo, typed)
    found = [hit for hit in hits if hit.label == name]
    assert found, [hit.label for hit in hits]
    assert found[0].fuzzy and found[0].transliterated
    assert found[0].matched  # the stored name that was near, shown as the snippet


def test_exact_hits_rank_above_fuzzy_ones(vault: Vault) -> None:
    for name in ("Бакыт Асанов", "Hasanov Rustam", "Асанбеков Нурлан"):
        save_record(vault, "persons", None, {"full_name": name})
    hits = _people(vault, "Asanov")
    labels = [hit.label for hit in hits]
    assert labels[0] == "Бакыт Асанов" and not hits[0].fuzzy
    assert "Hasanov Rustam" in labels and hits[labels.index("Hasanov Rustam")].fuzzy
    # An exact hit anywhere comes before every fuzzy one.
    flags = [hit.fuzzy for hit in hits]
    assert flags == sorted(flags)
    assert top_hit(search(vault, "Asanov")) == hits[0]


def test_no_fuzzy_pass_for_short_words_or_when_a_screen_is_found(vault: Vault) -> None:
    save_record(vault, "persons", None, {"full_name": "Асан Усенов"})
    # Three letters: one edit would be another name.
    assert _people(vault, "Asn") == []
    for number in range(25):
        save_record(vault, "persons", None, {"full_name": f"Усенов Бакыт {number}"})
    hits = _people(vault, "Usenov")
    assert hits and not any(hit.fuzzy for hit in hits)


def test_names_written_after_the_vocabulary_was_read_are_found(vault: Vault) -> None:
    save_record(vault, "persons", None, {"full_name": "Мирлан Жээнбеков"})
    assert _people(vault, "Jeenbekof")  # reads the vocabulary
    save_record(vault, "persons", None, {"full_name": "Чолпон Абдыкадырова"})
    hits = _people(vault, "Abdykadyrova Cholpan")
    assert [hit.label for hit in hits] == ["Чолпон Абдыкадырова"]
    assert hits[0].fuzzy


def test_locking_forgets_the_vocabulary(vault: Vault) -> None:
    save_record(vault, "persons", None, {"full_name": "Мирлан Жээнбеков"})
    with vault.read() as session:
        assert "jenbekuv" in search_index.name_keys(session)
    search_index.forget_names()
    assert search_index._VOCABULARIES == {}


def test_pickers_forgive_too(demo: Vault) -> None:
    assert "Азамат Төлөгөнов" in [row.label for row in pick_people(demo, "Tolegonov")]


def test_near_keys_prefers_closer_keys_and_skips_typed_prefixes() -> None:
    vocabulary = {"asanuv", "asanuva", "hasanuv", "tulugunuv", "japaruv"}
    near = near_keys(prefix_keys("Asanof"), vocabulary)
    assert near == {"asanuv": 1, "asanuva": 1, "hasanuv": 2}
    assert near_keys(prefix_keys("Asan"), vocabulary) == {"hasanuv": 1}
    assert near_keys(prefix_keys("Asa"), vocabulary) == {}
    assert near_keys(prefix_keys("Toleg"), vocabulary) == {"tulugunuv": 1}


def test_top_hit_of_nothing_is_none(vault: Vault) -> None:
    assert top_hit(search(vault, "Nothing here at all")) is None
