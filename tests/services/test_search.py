"""Full-text search: safe queries from any text, prefix and case folding, grouping, trash."""

from __future__ import annotations

import random

import pytest

from casefile.services.records.drafts import save_record
from casefile.services.records.trash import move_to_trash
from casefile.services.search.search import (
    MATCH_END,
    MATCH_START,
    SearchGroup,
    fts_query,
    pick_cases,
    pick_people,
    search,
    snippet_html,
)
from casefile.vault.vault import Vault

ODD_INPUTS = [
    "",
    "   ",
    '"',
    '""',
    "'",
    "(",
    ")",
    "()",
    "AND",
    "OR NOT",
    "a AND OR b",
    "NOT",
    "-",
    "-тажиб",
    "*",
    "тажиб*",
    "**",
    "^",
    "NEAR(a b, 2)",
    "title:тажиб",
    "{title body}: x",
    '"unterminated',
    "a + b",
    "\x00",
    "\\",
    "%_",
    ";DROP TABLE persons;--",
    "😀",
    "ТАЖИБЕК\u0301",
]


def _world(vault: Vault) -> dict[str, str]:
    person = save_record(
        vault,
        "persons",
        None,
        {"full_name": "Айпери ТАЖИБЕК КЫЗЫ", "name_variants": ["Aiperi Tazhibek kyzy"]},
    )
    case = save_record(
        vault,
        "cases",
        None,
        {"title": "Дело Кемпир-Абад", "case_numbers": ["123-2024"], "summary": "<b>x</b> & y"},
    )
    charge = save_record(
        vault,
        "charges",
        None,
        {"person_id": person, "case_id": case, "article": "278", "wording": "массовые беспорядки"},
    )
    event = save_record(
        vault,
        "detention_events",
        None,
        {"person_id": person, "type": "pretrial_detention", "start": "2023", "place": "СИЗО-1"},
    )
    hearing = save_record(
        vault,
        "hearings",
        None,
        {"case_id": case, "scheduled_date": "12.06.2024", "court": "Свердловский суд"},
    )
    report = save_record(
        vault,
        "ill_treatment_reports",
        None,
        {"victim_id": person, "place": "ГКНБ", "circumstances": "избиение в ИВС"},
    )
    return {
        "person": person,
        "case": case,
        "charge": charge,
        "event": event,
        "hearing": hearing,
        "report": report,
    }


def _ids(groups: list[SearchGroup], kind: str) -> list[str]:
    return [h.id for g in groups if g.kind == kind for h in g.hits]


def test_lowercase_prefix_finds_an_uppercase_cyrillic_name(vault: Vault) -> None:
    ids = _world(vault)
    groups = search(vault, "тажиб")
    assert [g.kind for g in groups] == ["person"]
    hit = groups[0].hits[0]
    assert (hit.id, hit.table, hit.label) == (ids["person"], "persons", "Айпери ТАЖИБЕК КЫЗЫ")
    assert hit.owner_table == "persons" and hit.owner_id == ids["person"]
    assert f"{MATCH_START}ТАЖИБЕК{MATCH_END}" in hit.snippet
    assert snippet_html(hit.snippet) == "Айпери <b>ТАЖИБЕК</b> КЫЗЫ"
    assert _ids(search(vault, "тажиб кыз"), "person") == [ids["person"]]
    assert _ids(search(vault, "TAZHIB"), "person") == [ids["person"]]
    assert search(vault, "тажиб асан") == []


def test_each_kind_is_found_with_the_page_to_open(vault: Vault) -> None:
    ids = _world(vault)
    cases = {
        "case": "кемпир",
        "charge": "беспоряд",
        "detention_event": "сизо",
        "hearing": "свердлов",
        "ill_treatment": "избиени",
    }
    owners = {
        "case": ids["case"],
        "charge": ids["person"],
        "detention_event": ids["person"],
        "hearing": ids["case"],
        "ill_treatment": ids["person"],
    }
    keys = {
        "case": "case",
        "charge": "charge",
        "detention_event": "event",
        "hearing": "hearing",
        "ill_treatment": "report",
    }
    for kind, text in cases.items():
        groups = search(vault, text)
        assert [g.kind for g in groups] == [kind], text
        hit = groups[0].hits[0]
        assert hit.id == ids[keys[kind]]
        assert hit.owner_id == owners[kind]
    assert (
        search(vault, "сизо")[0].hits[0].label == "Pre-trial detention, 2023 — Айпери ТАЖИБЕК КЫЗЫ"
    )
    assert search(vault, "беспоряд")[0].hits[0].label == "Article 278 — Айпери ТАЖИБЕК КЫЗЫ"
    assert search(vault, "свердлов")[0].hits[0].label == "Hearing 12.06.2024 — Дело Кемпир-Абад"


def test_case_numbers_and_several_kinds(vault: Vault) -> None:
    ids = _world(vault)
    assert _ids(search(vault, "123-2024"), "case") == [ids["case"]]
    save_record(vault, "persons", None, {"full_name": "Кемпир Абадов"})
    groups = search(vault, "кемпир")
    assert [g.kind for g in groups] == ["person", "case"]


def test_snippet_html_escapes_record_text(vault: Vault) -> None:
    _world(vault)
    hit = search(vault, "123")[0].hits[0]
    html = snippet_html(hit.snippet)
    assert "<b>123</b>" in html
    assert "&lt;b&gt;x&lt;/b&gt; &amp; y" in html


def test_odd_input_never_raises(vault: Vault) -> None:
    _world(vault)
    for text in ODD_INPUTS:
        search(vault, text)
    rng = random.Random(5)
    alphabet = "аяТЖ\"()*-:^+{}NEARORANDNOT '\\,."
    for _ in range(200):
        search(vault, "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))))


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("тажиб", '"тажиб"*'),
        ('Tazh "AND" (кыз)', '"Tazh"* "AND"* "кыз"*'),
        ("-*", None),
        ("123-2024", '"123"* "2024"*'),
    ],
)
def test_fts_query(text: str, query: str | None) -> None:
    assert fts_query(text) == query


def test_trash_is_skipped(vault: Vault) -> None:
    ids = _world(vault)
    move_to_trash(vault, "charges", ids["charge"])
    assert search(vault, "беспоряд") == []
    move_to_trash(vault, "persons", ids["person"])
    assert search(vault, "тажиб") == []
    assert search(vault, "сизо") == []  # the event of a person in the trash
    assert search(vault, "свердлов") != []  # the case is still live


def test_ranking_and_limit(vault: Vault) -> None:
    for i in range(5):
        save_record(vault, "persons", None, {"full_name": f"Person {i}", "aliases": ["Асанов"]})
    named = save_record(vault, "persons", None, {"full_name": "Бакыт Асанов"})
    groups = search(vault, "асанов", limit_per_kind=3)
    assert len(groups[0].hits) == 3
    assert groups[0].hits[0].id == named  # a name outweighs an alias
    scores = [h.score for h in groups[0].hits]
    assert scores == sorted(scores)


def test_pickers(vault: Vault) -> None:
    ids = _world(vault)
    save_record(vault, "persons", None, {"full_name": "Адвокат Осмонова"})
    save_record(vault, "persons", None, {"full_name": "Бакыт Асанов", "birth_date": "1990"})
    found = pick_people(vault, "тажиб")
    assert [p.id for p in found] == [ids["person"]]
    assert found[0].detail == "Aiperi Tazhibek kyzy"
    assert [p.detail for p in pick_people(vault, "асанов")] == ["1990"]
    assert [p.id for p in pick_people(vault, "tazh")] == [ids["person"]]
    assert [p.label for p in pick_people(vault, "")] == [
        "Адвокат Осмонова",
        "Айпери ТАЖИБЕК КЫЗЫ",
        "Бакыт Асанов",
    ]
    assert pick_people(vault, 'OR "(') == []
    assert [c.id for c in pick_cases(vault, "123-20")] == [ids["case"]]
    assert [c.id for c in pick_cases(vault, "кемпир")] == [ids["case"]]
    move_to_trash(vault, "persons", ids["person"])
    assert pick_people(vault, "тажиб") == []
