"""Each template's text, extracted with pypdf: sections, field values, dates, pages, metadata."""

from __future__ import annotations

import io
import re

import pypdf
import pytest

from casefile.errors import ValidationError
from casefile.reports.checklist import completeness
from casefile.reports.data import Redaction, RenderOptions
from casefile.reports.i18n import Translator
from casefile.reports.redaction import PRESETS, apply_redactions
from casefile.reports.render import TEMPLATES, render_report
from tests.reports.report_helpers import (
    MEDICAL,
    NAME,
    PHONE,
    SOURCE_NAME,
    page_texts,
    pdf_text,
    sample_data,
)


def squash(text: str) -> str:
    """Extracted text with line breaks and runs of spaces made single spaces."""
    return " ".join(text.split())


def render(template: str, lang: str = "en", **options: object) -> str:
    data = sample_data()
    if template != "dossier":
        data = apply_redactions([data], PRESETS["un"])[0]
    return squash(
        pdf_text(render_report(data, template, lang=lang, options=RenderOptions(**options)))
    )  # type: ignore[arg-type]


REQUIRED = {
    "embassy": [
        "Case brief",
        "Status today",
        "In pre-trial detention: 954 days in custody",
        "Art. 278 part 3",
        "Next hearing",
        "3 December 2026, 10:00",
        "Pervomaisky District Court",
        "Detention timeline",
        "Ill-treatment concerns",
        "What we ask of the embassy",
        "Send an observer to the next hearing on 3 December 2026",
    ],
    "wgad": [
        "I. Identity",
        "1. Family name",
        "Өмүрбекова",
        "2. First name",
        "Айгүл",
        "April 1990",
        "Passport",
        "MKK 211011",
        "3 May 2018",
        "AN7654321",
        "II. Arrest",
        "State Committee for National Security (ГКНБ)",
        "Calls to mass unrest in a video",
        "Criminal Procedure Code, art. 96",
        "III. Detention",
        "In pre-trial detention: 954 days in custody",
        "СИЗО-1 ГКНБ",
        "Criminal Procedure Code, art. 110",
        "IV. Why the arrest or detention is considered arbitrary",
        "V. Domestic remedies",
        "detention extended",
        "VI. Person or organisation submitting",
        "Example Rights Centre",
        "PO Box 1, Bishkek",
        "cases@example.org",
        "Signature",
    ],
    "special-procedures": [
        "Submission to the UN Special Procedures",
        "allegation letter",
        "1. Alleged victim",
        "2. Consent",
        "Informed that the State will be contacted",
        "full name",
        "3. Alleged perpetrators",
        "Two officers",
        "4. Facts",
        "Beaten during the first interrogation",
        "5. Action taken domestically",
        "Complaint to Prosecutor's Office on 25 April 2024",
        "6. Human-rights defender",
        "7. Submitter",
    ],
    "wgeid": [
        "Enforced or involuntary disappearance",
        "1. The disappeared person",
        "2. The disappearance",
        "State Committee for National Security (ГКНБ)",
        "3. Steps taken to find the person and domestic remedies",
        "4. Source of the information",
        "Example Rights Centre",
        "5. Consent of the person or the family",
    ],
    "ill-treatment": [
        "Ill-treatment account",
        "Istanbul Protocol",
        "Incident 1",
        "c. 2023, ИВС ГУВД Бишкек",
        "Beating, Threats",
        "Bruises on the back",
        "examined on 20 April 2024",
        "Findings withheld in this copy",
        "A cellmate",
        "No grounds to open a case",
        "Informed consent and confidentiality",
    ],
    "dossier": [
        "Internal dossier",
        "INTERNAL — DO NOT SHARE",
        "Identity and contacts",
        PHONE,
        "Consents",
        "Detention timeline",
        "Hearings",
        MEDICAL,
        "Sources",
        SOURCE_NAME,
        "Gaps",
    ],
}


@pytest.mark.parametrize("template", list(TEMPLATES))
def test_required_sections_and_values(template: str) -> None:
    text = render(template, arbitrary_categories=("II",))
    for expected in REQUIRED[template]:
        assert expected in text, f"{template}: {expected!r} missing"
    # Cyrillic with ү and ө, extracted as the right characters (WGAD asks for the parts).
    assert ("Өмүрбекова" if template == "wgad" else NAME) in text


def test_wgad_ticks_the_chosen_categories() -> None:
    text = render("wgad", arbitrary_categories=("II", "III"))
    assert "☒ Category II" in text
    assert "☒ Category III" in text
    assert "☐ Category I:" in text


def test_special_procedures_urgent_appeal() -> None:
    assert "urgent appeal" in render("special-procedures", communication="urgent_appeal")


def test_partial_dates_print_with_their_precision() -> None:
    english = render("dossier")
    assert "April 2024" in english  # arrest known to the month
    assert "c. 2023" in english  # incident known only approximately
    assert "1 April 2024" not in english  # never made more precise than it is
    russian = render("dossier", lang="ru")
    assert "апрель 2024" in russian
    assert "ок. 2023" in russian


@pytest.mark.parametrize("template", list(TEMPLATES))
def test_every_page_has_header_and_footer(template: str) -> None:
    pages = page_texts(render_report(sample_data(), template))
    for number, text in enumerate(pages, start=1):
        flat = squash(text)
        assert f"Page {number} of {len(pages)}" in flat
        assert "Ref. 01-234/2024" in flat
        assert "Generated 23 November 2026" in flat
        assert ("INTERNAL — DO NOT SHARE" if template == "dossier" else "CONFIDENTIAL") in flat
        assert ("For internal use" if template == "dossier" else "To: ") in flat


def test_recipient_in_header() -> None:
    text = render("embassy", recipient="Embassy of Examplestan")
    assert "To: Embassy of Examplestan" in text


@pytest.mark.parametrize("template", list(TEMPLATES))
def test_metadata_is_neutral(template: str) -> None:
    pdf = render_report(sample_data(), template)
    info = dict(pypdf.PdfReader(io.BytesIO(pdf)).metadata or {})
    assert info["/Title"] == "Case summary"
    for key in ("/Author", "/Subject", "/Keywords", "/Creator", "/Producer"):
        assert info.get(key, "") == ""
    flat = repr(info)
    for word in (NAME, "Өмүрбекова", "Айгүл"):
        assert word not in flat


@pytest.mark.parametrize("template", list(TEMPLATES))
def test_russian_labels(template: str) -> None:
    text = render(template, lang="ru", arbitrary_categories=("I",))
    assert "Страница 1 из" in text
    assert "Составлено 23 ноября 2026" in text
    expected = {
        "embassy": "Справка по делу",
        "wgad": "I. Личность",
        "special-procedures": "1. Предполагаемая жертва",
        "wgeid": "1. Исчезнувшее лицо",
        "ill-treatment": "Изложено по элементам Стамбульского протокола",
        "dossier": "Внутреннее досье",
    }[template]
    assert expected in text
    assert ("Өмүрбекова" if template == "wgad" else NAME) in text


def test_redactions_are_listed_on_the_first_page() -> None:
    redacted = apply_redactions([sample_data()], PRESETS["un"])[0]
    first = squash(page_texts(render_report(redacted, "wgad"))[0])
    assert (
        "Redactions applied: sources; contact details and addresses; initials for people who "
        "asked for them; internal notes; medical findings." in first
    )
    internal = squash(page_texts(render_report(sample_data(), "dossier"))[0])
    assert "Redactions applied: none" in internal


def test_withheld_is_not_the_same_as_not_recorded() -> None:
    text = render("wgad")
    assert re.search(r"Address of usual residence withheld in this copy", text)


def test_case_bundle_starts_each_person_on_a_new_page() -> None:
    other = sample_data()
    pdf = render_report([sample_data(), other], "embassy")
    pages = page_texts(pdf)
    starts = [n for n, text in enumerate(pages) if "Case brief" in text]
    # The case summary, then the annex: each person's brief from a new page.
    assert len(starts) == 3 and starts[0] == 0
    assert "Annex: individual briefs" in pages[starts[1]]
    assert f"Page 1 of {len(pages)}" in squash(pages[0])


def test_unknown_template_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="not a report template"):
        render_report(sample_data(), "letter")


def test_translator_falls_back_to_english() -> None:
    assert Translator("fr")("value.yes") == "yes"
    assert Translator("ru_RU")("value.yes") == "да"


def test_completeness_lists_what_is_missing() -> None:
    data = sample_data(lawyers=("Б. Адвокатов",))
    data = data.__class__(
        **{
            **data.__dict__,
            "person": data.person.__class__(**{**data.person.__dict__, "risk_level": "high"}),
        }
    )
    assert completeness(data, "embassy") == []
    gaps = completeness(data, "wgad")
    assert gaps == [
        "IV. Why the arrest or detention is considered arbitrary: Categories of arbitrary detention"
    ]
    assert completeness(data, "wgad", options=RenderOptions(arbitrary_categories=("I",))) == []
    bare = sample_data(ill_treatment=(), submitter=None, next_hearing=None)
    assert "Incident 1: no ill-treatment report recorded" in completeness(bare, "ill-treatment")
    assert "Next hearing" in completeness(bare, "embassy")
    assert "Следующее заседание" in completeness(bare, "embassy", lang="ru")


def test_a_withheld_field_is_not_a_gap() -> None:
    data = sample_data()
    data = data.__class__(
        **{
            **data.__dict__,
            "person": data.person.__class__(**{**data.person.__dict__, "usual_address": None}),
        }
    )
    assert any("Address" in line for line in completeness(data, "wgad"))
    redacted = apply_redactions([data], frozenset({Redaction.CONTACTS}))[0]
    assert not any("Address" in line for line in completeness(redacted, "wgad"))
