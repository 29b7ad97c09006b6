"""Redaction profiles: what is removed from the data, and scrubbed from free texts."""

from __future__ import annotations

import dataclasses

import pytest

from casefile.errors import ValidationError
from casefile.reports.data import Redaction
from casefile.reports.names import initials, split_name
from casefile.reports.redaction import (
    ALL_REDACTIONS,
    WITHHELD,
    Scrubber,
    apply_redactions,
    resolve_profile,
)
from tests.reports.report_helpers import (
    ADDRESS,
    MEDICAL,
    NOTE,
    PHONE,
    SOURCE_NAME,
    SOURCE_PHONE,
    sample_data,
)


def test_presets_and_custom_profiles() -> None:
    assert resolve_profile("un").redactions == ALL_REDACTIONS
    assert resolve_profile("embassy").redactions == ALL_REDACTIONS
    assert resolve_profile("internal").redactions == frozenset()
    custom = resolve_profile("sources, medical")
    assert custom.name == "custom"
    assert custom.redactions == {Redaction.SOURCES, Redaction.MEDICAL}
    assert custom.describe() == "custom: medical, sources"
    assert Redaction.INITIALS in custom.with_initials().redactions
    with pytest.raises(ValidationError, match="not a redaction profile"):
        resolve_profile("everything")


def test_un_profile_removes_every_kind() -> None:
    (data,) = apply_redactions([sample_data()], ALL_REDACTIONS)
    assert data.sources == ()
    assert data.person.usual_address is None
    assert data.person.contact_details is None
    assert data.person.notes is None
    assert all(e.notes is None for e in data.detention)
    assert all(i.medical_findings is None and i.source_id is None for i in data.ill_treatment)
    # Who gave the authorisation stays (the WGAD asks for it), scrubbed like any text.
    assert all(c.how_obtained for c in data.consents)
    assert data.redactions == ALL_REDACTIONS
    flat = repr(data)
    for secret in (ADDRESS, PHONE, NOTE, MEDICAL, SOURCE_NAME, SOURCE_PHONE):
        assert secret not in flat
    # The submitter's own contacts are meant to be printed.
    assert data.submitter is not None and data.submitter.phone


def test_each_redaction_alone() -> None:
    base = sample_data()
    (only_medical,) = apply_redactions([base], frozenset({Redaction.MEDICAL}))
    assert only_medical.ill_treatment[0].medical_findings is None
    assert only_medical.sources == base.sources
    assert only_medical.person.contact_details == PHONE
    (only_sources,) = apply_redactions([base], frozenset({Redaction.SOURCES}))
    assert only_sources.sources == ()
    assert only_sources.ill_treatment[0].medical_findings == MEDICAL
    (nothing,) = apply_redactions([base], frozenset())
    assert nothing.sources == base.sources
    assert nothing.person == base.person


def test_initials_only_when_consent_asks() -> None:
    full = sample_data()
    asked = sample_data(person=dataclasses.replace(full.person, name_usage="initials"))
    (kept,) = apply_redactions([full], ALL_REDACTIONS)
    assert kept.person.full_name == full.person.full_name
    (shortened,) = apply_redactions([asked], ALL_REDACTIONS)
    assert shortened.person.full_name == "А. Ө."
    assert shortened.person.family_name == "Ө."
    assert shortened.person.initials_only
    assert shortened.person.id_document_number is None  # would name her as surely
    (internal,) = apply_redactions([asked], frozenset())
    assert internal.person.full_name == full.person.full_name


def test_names_are_scrubbed_from_free_texts() -> None:
    base = sample_data()
    case = dataclasses.replace(
        base.cases[0], summary="Айгүл Өмүрбекова was arrested; Өмүрбековой denied a lawyer."
    )
    person = dataclasses.replace(base.person, name_usage="initials")
    (data,) = apply_redactions(
        [dataclasses.replace(base, person=person, cases=(case,))], ALL_REDACTIONS
    )
    summary = data.cases[0].summary or ""
    assert "Өмүрбек" not in summary and "Айгүл" not in summary
    assert summary.startswith("А. Ө. was arrested; Ө. denied")


def test_protected_people_and_sources_are_scrubbed() -> None:
    base = sample_data()
    item = dataclasses.replace(
        base.ill_treatment[0],
        circumstances=f"{SOURCE_NAME} ({SOURCE_PHONE}) says Нурбек Сыдыков saw it; "
        "call 0555 12 34 56.",
    )
    (data,) = apply_redactions(
        [dataclasses.replace(base, ill_treatment=(item,))],
        ALL_REDACTIONS,
        protected_people=[("Нурбек Сыдыков", ())],
    )
    text = data.ill_treatment[0].circumstances or ""
    assert SOURCE_NAME not in text and SOURCE_PHONE not in text
    assert "Нурбек" not in text and "Н. С. saw it" in text
    assert "0555 12 34 56" not in text
    assert WITHHELD in text


def test_scrubber_leaves_dates_and_articles_alone() -> None:
    scrub = Scrubber(contacts=True)
    text = "Art. 278 part 3, case 01-234/2024, held 2024-04-12 and 12.04.2024; СИЗО-1"
    assert scrub(text) == text
    assert (
        scrub("write to a.b@example.org or +996 (312) 62-33-44")
        == f"write to {WITHHELD} or {WITHHELD}"
    )


def test_address_parts_do_not_erase_the_city_everywhere() -> None:
    base = sample_data()
    person = dataclasses.replace(base.person, usual_address="ул. Токтогула 12, Бишкек")
    (data,) = apply_redactions([dataclasses.replace(base, person=person)], ALL_REDACTIONS)
    assert data.detention[0].place == "Бишкек, ул. Киевская"


@pytest.mark.parametrize(
    ("full", "family", "first", "short"),
    [
        ("Асель Иванова", "Иванова", "Асель", "А. И."),
        ("Иванова Асель Бакытовна", "Иванова", "Асель Бакытовна", "И. А. Б."),
        ("Бакыт Аманбай уулу", "Аманбай уулу", "Бакыт", "Б. А. У."),
        ("Sherzod Yuldashev", "Yuldashev", "Sherzod", "S. Y."),
        ("Anna-Maria Lind", "Lind", "Anna-Maria", "A.-M. L."),
    ],
)
def test_names(full: str, family: str, first: str, short: str) -> None:
    assert split_name(full) == (family, first)
    assert initials(full) == short
