"""The reports' words come from Qt Linguist files (resources/translations/reports_*.ts): every
message is translated into Russian and Kyrgyz, the files are up to date, their reader is
bounded, and Kyrgyz embassy briefs, dossiers and court-day lists print in Kyrgyz."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import select

from casefile.demo.build import populate_demo
from casefile.domain.dates import PartialDate
from casefile.errors import ValidationError
from casefile.reports import catalogue
from casefile.reports.catalogue import CatalogueError, TsMessage, finished, parse_ts
from casefile.reports.cover import CoverEntry, bundle_parts
from casefile.reports.data import Audience, RenderOptions
from casefile.reports.i18n import EN, LANGUAGES, Translator, languages_for, table
from casefile.reports.render import render_joined, render_report
from casefile.services.reporting.court_day import court_day_list, court_day_pdf
from casefile.services.reporting.pipeline import build_report, prepare_report
from casefile.vault.schema import Person
from casefile.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.reports.report_helpers import page_texts, pdf_text, sample_data
from tests.reports.test_report_docx import docx_text

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT / "casefile" / "reports"
TODAY = date(2026, 11, 23)
OVERRIDE = "Test of the Kyrgyz templates against the demo vault; nothing is sent."
#: "{date}", or "{date:abl}": a Kyrgyz translation may ask for a date in a case.
PLACEHOLDER = re.compile(r"\{(\w*)(?::(?:abl|dat|loc))?\}")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_report_translations", ROOT / "tools" / "update_report_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- the files ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_every_message_is_translated(lang: str) -> None:
    done = finished(list(catalogue.load(lang)), EN)
    missing = sorted(set(EN) - set(done))
    assert not missing, (
        f"reports_{lang}.ts lacks {len(missing)} translations, e.g. {missing[:5]}: run "
        "tools/update_report_translations.py --list, translate, --apply"
    )
    for key, text in done.items():
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(EN[key])), key
        assert text.strip() == text and text, key
        for name, spec in re.findall(r"\{(\w*):(\w*)\}", text):
            assert lang == "ky" and name == "date" and spec in {"abl", "dat", "loc"}, key


def test_kyrgyz_is_not_russian() -> None:
    """Shared words (адвокат, судья, журналист) are the same; sentences are not."""
    russian, kyrgyz = table("ru"), table("ky")
    same = sorted(k for k in russian if kyrgyz.get(k) == russian[k] and " " in russian[k])
    assert same == ["header.reference", "history.reference", "ill.safeguard_lawyer"]


def test_files_are_up_to_date() -> None:
    assert _tool().main(["--check"]) == 0, "run tools/update_report_translations.py"


def test_every_literal_message_id_in_the_templates_exists() -> None:
    """Ids written out in the templates (t("…"), t.g("…"), Need("…", "…")) are in English,
    and so, by the test above, translated."""
    used: set[str] = set()
    for path in REPORTS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else ""
            name = node.func.id if isinstance(node.func, ast.Name) else name
            if name not in {"t", "g", "Need"}:
                continue
            for arg in node.args[:2]:
                value = arg.value if isinstance(arg, ast.Constant) else None
                if isinstance(value, str) and re.fullmatch(r"[a-z_]+\.[\w.\-]+", value):
                    used.add(value)
    assert len(used) > 150
    assert sorted(used - set(EN)) == []


def test_feminine_forms_are_translated_too() -> None:
    for lang in ("ru", "ky"):
        t = Translator(lang)
        assert t.g("status.released", "female") == table(lang)["status.released.f"]
    assert Translator("ru").g("status.released", "female") == "Освобождена"
    # Kyrgyz has no grammatical gender: the same word for both.
    assert Translator("ky").g("status.released", "female") == "Бошотулган"


# -- the reader ---------------------------------------------------------------------------


def _ts(body: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" '
        f'language="ky_KG"><context><name>reports</name>{body}</context></TS>'
    ).encode()


def _message(key: str, source: str, text: str, state: str = "") -> str:
    kind = f' type="{state}"' if state else ""
    return (
        f"<message><source>{source}</source><comment>{key}</comment>"
        f"<translation{kind}>{text}</translation></message>"
    )


def test_reader_keeps_only_finished_translations_of_the_current_english() -> None:
    data = _ts(
        _message("value.yes", "yes", "ооба")
        + _message("value.no", "no", "жок", "unfinished")
        + _message("value.not_recorded", "not noted", "белгисиз")  # English changed since
        + _message("gone.key", "gone", "жок болду", "vanished")
        + _message("value.none_recorded", "None recorded.", "")
    )
    messages = parse_ts(data)
    assert [m.key for m in messages][:2] == ["value.yes", "value.no"]
    assert finished(messages, EN) == {"value.yes": "ооба"}


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><!DOCTYPE TS [<!ENTITY a "aaaaaaaa">]><TS>&a;</TS>',
        b'<?xml version="1.0"?><!doctype TS [<!entity a SYSTEM "file:///etc/passwd">]><TS/>',
        b"<TS>" + b" " * catalogue.MAX_BYTES + b"</TS>",
        b"<html><body/></html>",
    ],
)
def test_reader_refuses_what_is_not_our_file(data: bytes) -> None:
    with pytest.raises(CatalogueError):
        parse_ts(data)


def test_merge_keeps_translations_for_the_translator() -> None:
    tool = _tool()
    old = [
        TsMessage("a.same", "Same", "Бирдей"),
        TsMessage("a.changed", "Old English", "Эски котормо"),
        TsMessage("a.gone", "Gone", "Жок болду"),
    ]
    english = {"a.same": "Same", "a.changed": "New English", "a.new": "New"}
    merged = {m.key: m for m in tool.merge(old, english)}
    assert merged["a.same"] == old[0]
    changed = TsMessage("a.changed", "New English", "Эски котормо", "unfinished")
    assert merged["a.changed"] == changed
    assert merged["a.new"].state == "unfinished" and not merged["a.new"].translation
    assert merged["a.gone"].state == "vanished"
    assert "a.gone" not in {m.key for m in tool.merge(old, english, prune=True)}
    # What the tool writes reads back the same.
    text = tool.render("ky", list(merged.values()))
    assert parse_ts(text.encode()) == list(merged.values())


# -- Kyrgyz ---------------------------------------------------------------------------------


def test_kyrgyz_dates() -> None:
    t = Translator("ky")
    assert t.date(date(2024, 4, 12)) == "2024-ж. 12-апрели"
    assert t.date(PartialDate(2024, 6)) == "2024-ж. июну"
    assert t.date(PartialDate(2023, approximate=True)) == "болжол менен 2023-жыл"
    # The case a sentence needs, by vowel harmony: from (бери), to (чейин), on.
    assert t("status.since", date=t.date(date(2026, 6, 12))) == "2026-ж. 12-июнунан бери"
    assert t("status.measure_term", date=t.date(date(2026, 4, 1))) == (
        "мөөнөтү 2026-ж. 1-апрелине чейин"
    )
    assert t("status.released_on", date=t.date(date(2026, 5, 3))) == (
        "2026-ж. 3-майында бошотулган"
    )
    assert t("status.since", date=t.date(PartialDate(2024))) == "2024-жылдан бери"
    assert t("status.released_on", date=t.date(PartialDate(2024))) == "2024-жылы бошотулган"
    assert t("wgad.duration_now", days=5, date=t.date(date(2026, 11, 23))) == (
        "2026-ж. 23-ноябрына карата камакта 5 күн."
    )


def test_kyrgyz_is_for_embassies_and_internal_use_not_for_the_un() -> None:
    assert languages_for(Audience.UN) == ("en", "ru")
    assert "ky" in languages_for(Audience.EMBASSY) and "ky" in languages_for(Audience.INTERNAL)
    for template in ("wgad", "special-procedures", "wgeid", "ill-treatment"):
        with pytest.raises(ValidationError, match="English or Russian"):
            render_report(sample_data(), template, lang="ky")
    options = RenderOptions(audience=Audience.EMBASSY)
    text = pdf_text(render_report(sample_data(), "ill-treatment", lang="ky", options=options))
    assert "Ырайымсыз мамиле" in text


def _english_leftovers(text: str, lang: str, russian: str = "") -> list[str]:
    """English template texts (their fixed phrases of two words or more, 12+ characters)
    printed in a report whose language translates them differently. The demo's records hold
    English free text too: a phrase that the Russian version of the same report prints
    comes from the record, not from the template."""
    translated = table(lang)
    found = []
    for key, english in EN.items():
        if translated.get(key, english) == english:
            continue
        for part in PLACEHOLDER.split(english)[::2]:
            part = part.strip(" .,:;()—→")
            if len(part) >= 12 and " " in part and part in text and part not in russian:
                found.append(f"{key}: {part}")
    return found


@pytest.fixture(scope="module")
def demo(template_vault: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    target = tmp_path_factory.mktemp("ky") / "demo.casefile"
    shutil.copytree(template_vault, target, ignore=shutil.ignore_patterns("vault.lock"))
    with Vault.open(target, PASSPHRASE, actor="tester") as vault:
        populate_demo(vault, today=TODAY)
        yield vault


def _pdf(vault: Vault, name: str, template: str, lang: str) -> bytes:
    with vault.read() as s:
        record_id = s.scalars(select(Person.id).where(Person.full_name == name)).one()
    prepared = prepare_report(vault, record_id, template, lang=lang, today=TODAY)
    return build_report(vault, prepared, override_reason=OVERRIDE, confirmed=True).pdf


@pytest.mark.parametrize(
    ("name", "template"),
    [
        ("Жаңыл Сыдыкова", "embassy"),
        ("Нурлан Эңсегенов", "embassy"),
        ("Гүлнара Өмүрбекова", "dossier"),
        ("Бакыт Аманбай уулу", "dossier"),
    ],
)
def test_kyrgyz_brief_and_dossier_are_in_kyrgyz(demo: Vault, name: str, template: str) -> None:
    pdf = _pdf(demo, name, template, "ky")
    text = " ".join(pdf_text(pdf).split())
    t = Translator("ky")
    assert t(f"{template}.title") in text
    assert "Кимге: Элчилик" in text or t("header.internal") in text
    assert "Түзүлгөн күнү: 2026-ж. 23-ноябры" in text
    assert f"{len(page_texts(pdf))} беттин 1-бети" in text
    assert {"ө", "ү", "ң"} <= set(text.lower())
    assert "Бүгүнкү абалы" in text  # the templates' own words carry Kyrgyz letters too
    russian = " ".join(pdf_text(_pdf(demo, name, template, "ru")).split())
    assert _english_leftovers(text, "ky", russian) == []
    if template == "embassy":
        assert len(page_texts(pdf)) <= 2


def test_kyrgyz_embassy_brief_has_kyrgyz_letters_in_its_own_words(demo: Vault) -> None:
    text = " ".join(pdf_text(_pdf(demo, "Жаңыл Сыдыкова", "embassy", "ky")).split())
    for phrase in ("Элчиликтен эмнени суранабыз", "Бүгүнкү абалы", "Үй камагындагы адамга"):
        assert phrase in text
    for letter in "өүң":
        assert letter in text
    # The check for English leftovers finds them where they are.
    english = " ".join(pdf_text(_pdf(demo, "Жаңыл Сыдыкова", "embassy", "en")).split())
    russian = " ".join(pdf_text(_pdf(demo, "Жаңыл Сыдыкова", "embassy", "ru")).split())
    assert "embassy.requests: What we ask of the embassy" in _english_leftovers(
        english, "ky", russian
    )


def test_kyrgyz_court_day_list(demo: Vault) -> None:
    data = court_day_list(demo, TODAY, TODAY + timedelta(days=6), lang="ky", today=TODAY)
    text = " ".join(pdf_text(court_day_pdf(data, lang="ky")).split())
    assert "Жуманын сот отурумдары" in text or "Соттук күндүн тизмеси" in text
    assert _english_leftovers(text, "ky") == []


def test_kyrgyz_briefs_join_into_one_file_with_a_kyrgyz_cover() -> None:
    joined = render_joined([sample_data(), sample_data()], "embassy", lang="ky")
    entries = [CoverEntry("Ж. С.", "pretrial_detention", 40)] * 2
    pdf = bundle_parts(entries, [joined], lang="ky", recipient="Элчилик", generated=TODAY)
    text = " ".join(pdf_text(pdf).split())
    assert text.count("Иш боюнча маалымкат") == 2
    assert "Элчиликтер үчүн маалымкаттар: камактагы адамдар" in text
    assert "Сотко чейин камакта, камакта 40 күн" in text


def test_joined_briefs_carry_the_same_header_as_one_brief() -> None:
    # The recipient after «Кому:» in the dative, joined or alone (one header for both).
    joined, _pages = render_joined([sample_data(), sample_data()], "embassy", lang="ru")
    alone = render_report(sample_data(), "embassy", lang="ru")
    for pdf in (joined, alone):
        assert "Кому: Посольству" in " ".join(pdf_text(pdf).split())


def test_kyrgyz_editable_copy() -> None:
    data = render_report(sample_data(), "dossier", lang="ky", file_format="docx")
    text = docx_text(data)
    assert "Ички досье" in text and "Бүгүнкү абалы" in text
