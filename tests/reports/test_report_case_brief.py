"""The embassy brief about a case: a two-page summary of the case and all its defendants, then
each defendant's brief as an annex (issue 19), against the demo case «Үн-Пресс»."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from casefile.demo.build import populate_demo
from casefile.reports.data import StatusData
from casefile.reports.i18n import Translator
from casefile.reports.render import render_report
from casefile.services.reporting.pipeline import PreparedReport, build_report, prepare_report
from casefile.vault.schema import Case
from casefile.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.reports.report_helpers import page_texts, sample_data

TODAY = date(2026, 11, 23)
OVERRIDE = "Test of the case brief against the demo vault; nothing is sent."
SUMMARY_PAGES = 2


@pytest.fixture(scope="module")
def demo(template_vault: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    target = tmp_path_factory.mktemp("case_brief") / "demo.casefile"
    shutil.copytree(template_vault, target, ignore=shutil.ignore_patterns("vault.lock"))
    with Vault.open(target, PASSPHRASE, actor="tester") as vault:
        populate_demo(vault, today=TODAY)
        yield vault


def prepared(vault: Vault, lang: str = "en") -> PreparedReport:
    with vault.read() as s:
        case_id = s.scalars(select(Case.id).where(Case.title.startswith("Үн-Пресс"))).one()
    return prepare_report(vault, case_id, "embassy", lang=lang, today=TODAY)


def split(pages: list[str], lang: str) -> tuple[list[str], list[str]]:
    """The summary's pages and the annex's, at the page that opens with the annex heading."""
    heading = Translator(lang)("annex.individual")
    (start,) = [n for n, text in enumerate(pages) if heading in text]
    return pages[:start], pages[start:]


def flat(pages: list[str]) -> str:
    return " ".join(" ".join(pages).split())


@pytest.mark.parametrize("lang", ["en", "ru", "ky"])
def test_case_summary_fits_two_pages_then_the_individual_briefs(demo: Vault, lang: str) -> None:
    report = prepared(demo, lang)
    assert len(report.items) == 5
    built = build_report(demo, report, override_reason=OVERRIDE, confirmed=True)
    summary, annex = split(page_texts(built.pdf), lang)
    assert 1 <= len(summary) <= SUMMARY_PAGES
    t = Translator(lang)
    text = flat(summary)
    assert "Үн-Пресс journalists (art. 278.3)" in text
    assert "9903-26-990" in text and "Первомайский районный суд г. Бишкек" in text
    for heading in ("embassy.defendants", "embassy.history", "embassy.requests"):
        assert t(heading, count=5) in text
    consenting = [i.person.full_name for i in report.items if i.person.id not in report.problems]
    assert consenting
    for item in report.items:  # the summary names everyone the document is about
        assert item.person.full_name in text
    # The annex: one brief per defendant, each from a new page, two pages at most each.
    starts = [n for n, page in enumerate(annex) if t("embassy.subtitle") in page]
    assert len(starts) == len(report.items)
    assert all(b - a <= 2 for a, b in zip(starts, [*starts[1:], len(annex)], strict=True))
    for start, item in zip(starts, report.items, strict=True):
        assert item.person.full_name in annex[start]


def test_case_summary_in_english_says_what_the_embassy_can_do(demo: Vault) -> None:
    report = prepared(demo)
    built = build_report(demo, report, override_reason=OVERRIDE, confirmed=True)
    summary, _ = split(page_texts(built.pdf), "en")
    text = flat(summary)
    assert "Send an observer to the next hearing on 25 November 2026" in text
    assert "Ask to visit the defendants under house arrest (" in text
    assert "WGAD/KGZ/2026/21" in text  # an earlier intervention, with its reply
    assert "Days held" in text and "Situation today" in text
    # The public statement is the case's only when every defendant agrees to one.
    assert "No public statement about the case as a whole" in text


def test_people_left_out_are_left_out_of_the_summary_too(demo: Vault) -> None:
    """Whoever is not in the document (no consent, not overridden) is not in its table."""
    report = prepared(demo)
    kept = [i for i in report.items if i.person.id not in report.problems]
    left_out = [i for i in report.items if i.person.id in report.problems]
    assert len(kept) >= 2 and left_out
    pdf = render_report(kept, "embassy", options=report.options)
    summary, annex = split(page_texts(pdf), "en")
    for item in kept:
        assert item.person.full_name in flat(summary)
    for item in left_out:
        assert item.person.full_name not in flat(summary)
        assert item.person.full_name not in flat(annex)


def test_one_person_brief_has_no_case_summary() -> None:
    pages = page_texts(render_report(sample_data(), "embassy"))
    assert not any("Annex: individual briefs" in page for page in pages)
    assert len(pages) <= 2


def test_summary_table_carries_the_48_hour_alert() -> None:
    held = sample_data(
        status=StatusData(status="police_custody", days_in_custody=4, police_custody_over_48h=True)
    )
    other = dataclasses.replace(
        sample_data(), person=dataclasses.replace(sample_data().person, id="p-2", full_name="X Y")
    )
    pages = page_texts(render_report([held, other], "embassy"))
    summary, annex = split(pages, "en")
    assert "beyond the legal 48 hours" in flat(summary)
    assert "X Y" in flat(summary) and "X Y" in flat(annex)


@pytest.mark.parametrize("title", ["Pasture committee", "Rally against the media law"])
@pytest.mark.parametrize("lang", ["en", "ru", "ky"])
def test_other_group_cases_fit_two_pages_too(demo: Vault, title: str, lang: str) -> None:
    """Nine defendants included: a case's lawyers, shared by all, are said once."""
    with demo.read() as s:
        record = s.scalars(select(Case.id).where(Case.title.startswith(title))).one()
    report = prepare_report(demo, record, "embassy", lang=lang, today=TODAY)
    built = build_report(demo, report, override_reason=OVERRIDE, confirmed=True)
    summary, _ = split(page_texts(built.pdf), lang)
    assert 1 <= len(summary) <= SUMMARY_PAGES
    for item in report.items:
        assert item.person.full_name in flat(summary)
