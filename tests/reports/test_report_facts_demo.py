"""Each template against the demo vault: the arrest is the arrest, house arrest is detention,
hearings after release are not attributed, a disappearance is a WGEID case, Russian agrees."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from casefile.demo.build import populate_demo
from casefile.reports.checklist import completeness
from casefile.reports.data import RenderOptions
from casefile.services.reporting.pipeline import build_report, prepare_report
from casefile.vault.schema import Case, Person
from casefile.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.reports.report_helpers import page_texts, pdf_text

TODAY = date(2026, 11, 23)
OVERRIDE = "Test of the template's facts against the demo vault; nothing is sent."


@pytest.fixture(scope="module")
def demo(template_vault: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """The demo vault, built once for this module (the tests only read it... and log
    consent overrides, which no test here looks at)."""
    target = tmp_path_factory.mktemp("facts") / "demo.casefile"
    shutil.copytree(template_vault, target, ignore=shutil.ignore_patterns("vault.lock"))
    with Vault.open(target, PASSPHRASE, actor="tester") as vault:
        populate_demo(vault, today=TODAY)
        yield vault


def person_id(vault: Vault, name: str) -> str:
    with vault.read() as s:
        return s.scalars(select(Person.id).where(Person.full_name == name)).one()


def case_id(vault: Vault, title_start: str) -> str:
    with vault.read() as s:
        return s.scalars(select(Case.id).where(Case.title.startswith(title_start))).one()


def text_of(
    vault: Vault, record_id: str, template: str, lang: str = "en", **options: object
) -> str:
    prepared = prepare_report(
        vault,
        record_id,
        template,
        lang=lang,
        options=RenderOptions(**options),  # type: ignore[arg-type]
        today=TODAY,
    )
    report = build_report(vault, prepared, override_reason=OVERRIDE, confirmed=True)
    return " ".join(pdf_text(report.pdf).split())


def between(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end, text.index(start))]


ENSEGENOV = "Нурлан Эңсегенов"


@pytest.mark.parametrize("template", ["wgad", "special-procedures"])
def test_arrest_place_and_forces_come_from_the_arrest_event(demo: Vault, template: str) -> None:
    text = text_of(demo, person_id(demo, ENSEGENOV), template)
    if template == "wgad":
        arrest = between(text, "II. Arrest", "III. Detention")
        assert "Outside his home, Bishkek" in arrest
        assert "Officers of the ГУВД г. Бишкек in plain clothes" in arrest
        assert "ИВС" not in arrest
        assert "Told he was wanted 'for a talk' about his posts" in arrest
        assert "Criminal Code art. 278 part 3" in arrest
        assert "Warrant or other decision shown no" in arrest
        gaps = completeness(
            prepare_report(demo, person_id(demo, ENSEGENOV), "wgad", today=TODAY).items[0],
            "wgad",
        )
        # The demo's arrest names no issuing authority: that one gap is real.
        assert [g for g in gaps if g.startswith("II.")] == ["II. Arrest: Authority that issued it"]
    else:
        facts = between(text, "4. Facts", "5. Action")
        assert "Place of arrest Outside his home, Bishkek" in facts
        perpetrators = between(text, "3. Alleged perpetrators", "4. Facts")
        assert "Officers of the ГУВД г. Бишкек in plain clothes" in perpetrators


def test_embassy_and_ill_treatment_name_the_arrest_and_the_place_held(demo: Vault) -> None:
    brief = text_of(demo, person_id(demo, ENSEGENOV), "embassy")
    assert "Held at СИЗО-1 г. Бишкек" in brief
    assert "Outside his home, Bishkek" in brief


def test_house_arrest_is_in_wgad_section_iii(demo: Vault) -> None:
    text = text_of(demo, person_id(demo, "Жаңыл Сыдыкова"), "wgad")
    detention = between(text, "III. Detention", "IV. Why")
    assert "Under house arrest:" in detention
    assert "Under house arrest since" in detention  # the present situation
    assert "term until" in detention
    assert "days in custody in total" in detention


def test_hearings_after_release_are_not_attributed(demo: Vault) -> None:
    # Abdyrazakova left СИЗО under a travel ban 250 days ago; the others' detention was
    # extended at later hearings of the same case.
    released = text_of(demo, person_id(demo, "Чолпон Абдыразакова"), "wgad")
    remedies = between(released, "V. Domestic remedies", "VI. Person")
    # Two extensions while she was held; none of the three after.
    assert remedies.count("detention extended") == 2
    assert "Released on" in between(released, "III. Detention", "IV. Why")
    held = text_of(demo, person_id(demo, "Төлөн Абдыкеримов"), "wgad")
    assert between(held, "V. Domestic remedies", "VI. Person").count("detention extended") == 5
    dossier = text_of(demo, person_id(demo, "Чолпон Абдыразакова"), "dossier")
    assert dossier.count("detention extended") == 2  # the dossier uses the same rule
    house = text_of(demo, person_id(demo, "Жаңыл Сыдыкова"), "wgad")
    assert "house arrest extended" in between(house, "V. Domestic remedies", "VI. Person")


def test_status_line_does_not_count_custody_as_a_travel_ban(demo: Vault) -> None:
    text = text_of(demo, person_id(demo, "Чолпон Абдыразакова"), "embassy")
    assert "Under a travel ban: " not in text
    assert "Under a travel ban since" in text
    assert "days in custody in total" in text


def test_a_disappearance_renders_as_a_wgeid_case(demo: Vault) -> None:
    pid = person_id(demo, "Адилет Борубаев")
    text = text_of(demo, pid, "wgeid")
    assert "Enforced or involuntary disappearance" in text
    assert "Near the central bazaar, Osh (last seen)" in text
    assert "Unidentified men in civilian clothes" in text
    assert "Whereabouts unknown" in text
    wgad = text_of(demo, pid, "wgad")
    assert "No arrest is recorded" not in wgad
    assert "Unidentified men in civilian clothes" in between(wgad, "II. Arrest", "III.")
    sp = text_of(demo, pid, "special-procedures")
    assert "Unidentified men in civilian clothes" in between(sp, "3. Alleged", "4. Facts")


def test_verdict_sentence_and_appeals(demo: Vault) -> None:
    text = text_of(demo, person_id(demo, "Талант Мамасалиев"), "wgad")
    detention = between(text, "III. Detention", "IV. Why")
    assert "Convicted on" in detention
    assert "6 years' imprisonment" in detention
    remedies = between(text, "V. Domestic remedies", "VI. Person")
    assert "Appeal: decided on" in remedies
    assert "Cassation (Supreme Court): pending, next hearing on" in remedies
    assert "postponed" not in remedies  # a postponement is not an appeal result


def test_earlier_un_submissions_and_authorisation_in_wgad(demo: Vault) -> None:
    text = text_of(demo, person_id(demo, "Азамат Төлөгөнов"), "wgad")
    assert "Earlier submissions to UN bodies" in text
    assert "WGAD/KGZ/" in text
    assert "Authorisation by the person concerned" in text
    assert "vault setting" not in text


def test_special_procedures_group_is_one_communication(demo: Vault) -> None:
    text = text_of(demo, case_id(demo, "Үн-Пресс"), "special-procedures")
    assert text.count("Submission to the UN Special Procedures") == 1
    assert "One communication about 5 people" in text
    assert "individual (1 person)" not in text
    assert text.count("7. Submitter") == 1


def test_urgent_appeal_says_why(demo: Vault) -> None:
    text = text_of(
        demo,
        person_id(demo, "Темирлан Асанов"),
        "special-procedures",
        communication="urgent_appeal",
    )
    assert "Why urgent action is needed" in text
    assert "beyond the legal 48 hours" in text
    assert "UA KGZ" in text


def test_embassy_brief_fits_two_pages_and_has_the_asks(demo: Vault) -> None:
    for name in (ENSEGENOV, "Талант Мамасалиев", "Азамат Төлөгөнов", "Жаңыл Сыдыкова"):
        prepared = prepare_report(demo, person_id(demo, name), "embassy", today=TODAY)
        pdf = build_report(demo, prepared, override_reason=OVERRIDE, confirmed=True).pdf
        assert len(page_texts(pdf)) <= 2, name
    text = text_of(demo, person_id(demo, "Жаңыл Сыдыкова"), "embassy")
    assert "Ask to visit the person under house arrest" in text
    assert "Lawyer" in text and "Public statement" in text


def test_ill_treatment_keeps_the_medical_findings_and_lists_safeguards(demo: Vault) -> None:
    text = text_of(demo, person_id(demo, "Бакыт Аманбай уулу"), "ill-treatment")
    assert "Findings:" in text
    assert "Safeguards" in text and "Lawyer:" in text
    assert "Held at the time" in text
    assert "7. Submitter" in text or "Submitter" in text


def test_russian_dative_and_feminine(demo: Vault) -> None:
    text = text_of(demo, person_id(demo, "Чолпон Абдыразакова"), "wgad", lang="ru")
    assert "Кому: Рабочей группе ООН по произвольным задержаниям" in text
    assert "Освобождена" in text
    assert "Освобождён " not in text
    men = text_of(demo, person_id(demo, "Төлөн Абдыкеримов"), "wgad", lang="ru")
    assert "срок содержания под стражей продлён" in men
    assert "срок стражи" not in men
    convicted = text_of(demo, person_id(demo, "Талант Мамасалиев"), "wgad", lang="ru")
    assert "Осуждён " in convicted and "Осуждён от" not in convicted
    brief = text_of(demo, person_id(demo, "Гүлнара Өмүрбекова"), "embassy", lang="ru")
    assert "Кому: Посольству" in brief
    assert "осуждена" in brief.lower() and "осуждён " not in brief.lower()
    ill = text_of(demo, person_id(demo, "Гүлнара Өмүрбекова"), "ill-treatment", lang="ru")
    assert "Пострадавшая" in ill and "Пострадавший" not in ill


def test_record_text_in_another_language_is_flagged(demo: Vault) -> None:
    prepared = prepare_report(demo, person_id(demo, ENSEGENOV), "wgad", lang="ru", today=TODAY)
    russian = completeness(prepared.items[0], "wgad", lang="ru")
    assert any(line.startswith("Написано не на языке отчёта") for line in russian)
    english = completeness(prepared.items[0], "wgad", lang="en")
    assert not any("another language" in line for line in english)
