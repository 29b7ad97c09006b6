"""The reporting service against a real vault: redaction in the bytes, consent, the logs."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from sqlalchemy import select

from casefile.errors import KnownError, RecordNotFoundError, ValidationError
from casefile.reports.data import Audience, RenderOptions
from casefile.services.records.history import record_history
from casefile.services.reporting.disclosures import disclosure_log, record_disclosure
from casefile.services.reporting.gathering import gather_records
from casefile.services.reporting.pipeline import (
    ConsentRequiredError,
    build_report,
    prepare_report,
    prepare_reports,
)
from casefile.services.reporting.prepared import BuiltReport, check_report
from casefile.vault.schema import AuditEntry
from casefile.vault.vault import Vault
from tests.reports.report_helpers import (
    MEDICAL,
    NAME,
    NOTE,
    PHONE,
    SOURCE_NAME,
    SOURCE_PHONE,
    TODAY,
    CaseIds,
    all_bytes,
    forms,
    page_texts,
    pdf_text,
)

SECRETS = {
    "source name": SOURCE_NAME,
    "source phone": SOURCE_PHONE,
    "phone": PHONE,
    "medical finding": MEDICAL,
    "note": NOTE,
}


def flat(text: str) -> str:
    return " ".join(text.split())


def build(
    vault: Vault,
    record_id: str,
    template: str,
    *,
    override_reason: str | None = None,
    **choices: Any,
) -> BuiltReport:
    """Prepare, then check, render and finish, as the CLI does."""
    prepared = prepare_report(vault, record_id, template, today=TODAY, **choices)
    return build_report(vault, prepared, override_reason=override_reason)


def test_gather_reads_everything_once(vault: Vault, case_ids: CaseIds) -> None:
    (gathered,) = gather_records(vault, [case_ids.consenting], TODAY)
    (data,) = gathered.items
    assert data.person.full_name == NAME
    assert data.person.contact_details == PHONE
    assert data.status.status == "pretrial_detention"
    assert data.status.days_in_custody > 900
    assert data.next_hearing is not None
    assert [s.name for s in data.sources] == [SOURCE_NAME]
    assert data.ill_treatment[0].medical_findings == MEDICAL
    assert data.submitter is not None and data.submitter.organisation == "Example Rights Centre"
    assert data.vocab["detention_type"]["arrest"][1] == "Задержание"
    assert data.reference == "01-234/2024"
    # The two other defendants: one asked for initials, one has no consent (initials too).
    assert {name for name, _ in gathered.protected_people} == {
        "Нурбек Сыдыков",
        "Бакыт Аманбай уулу",
    }


def test_dossier_has_what_the_un_copy_must_not(vault: Vault, case_ids: CaseIds) -> None:
    dossier = build(vault, case_ids.consenting, "dossier")
    text = flat(pdf_text(dossier.pdf))
    for label, secret in SECRETS.items():
        assert secret in text, f"the internal dossier lacks the {label}"

    un = build(vault, case_ids.consenting, "wgad")
    assert un.profile == "un"
    text = flat(pdf_text(un.pdf))
    assert "Өмүрбекова" in text  # she consented to her full name
    searchable = all_bytes(un.pdf)
    assert b"Case summary" in searchable  # the search does see the info dict
    for label, secret in SECRETS.items():
        assert secret not in text, f"the UN copy shows the {label}"
        for form in forms(secret):
            assert form not in searchable, f"the UN copy's bytes hold the {label}"
    # A co-defendant who asked for initials is not named in the case summary either.
    assert "Аманбай" not in text


def test_every_template_keeps_the_secrets_out(vault: Vault, case_ids: CaseIds) -> None:
    for template in ("embassy", "special-procedures", "ill-treatment"):
        report = build(vault, case_ids.consenting, template)
        text = flat(pdf_text(report.pdf))
        searchable = all_bytes(report.pdf)
        for label, secret in SECRETS.items():
            assert secret not in text, f"{template} shows the {label}"
            assert secret.encode("utf-8") not in searchable


def test_custom_profile_keeps_what_it_does_not_omit(vault: Vault, case_ids: CaseIds) -> None:
    report = build(vault, case_ids.consenting, "ill-treatment", profile="sources,notes")
    text = flat(pdf_text(report.pdf))
    assert MEDICAL in text
    assert SOURCE_NAME not in text
    assert "initials" in report.redactions  # consent binds every external document


def test_consent_blocks_a_wgad_print(vault: Vault, case_ids: CaseIds) -> None:
    with pytest.raises(ConsentRequiredError) as caught:
        build(vault, case_ids.unconsented, "wgad")
    error = caught.value
    assert isinstance(error, KnownError)
    assert error.exit_code == 7
    assert "no consent is recorded" in str(error)
    assert "Нурбек" not in str(error)  # KnownError messages never carry record contents
    assert error.problems == {case_ids.unconsented: "none"}
    # Embassy-only consent does not cover the UN; UN-only does not cover an embassy.
    build(vault, case_ids.initials, "wgad")
    with pytest.raises(ConsentRequiredError, match="does not include embassies"):
        build(vault, case_ids.initials, "embassy")
    # The internal dossier needs no consent.
    build(vault, case_ids.unconsented, "dossier")


def test_ill_treatment_needs_consent_for_its_audience(vault: Vault, case_ids: CaseIds) -> None:
    with pytest.raises(ConsentRequiredError):
        build(vault, case_ids.unconsented, "ill-treatment")
    internal = RenderOptions(audience=Audience.INTERNAL)
    report = build(vault, case_ids.unconsented, "ill-treatment", options=internal)
    assert report.audience == "internal"


def test_override_is_audited(vault: Vault, case_ids: CaseIds) -> None:
    reason = "Urgent: family asked by phone, written consent follows"
    report = build(vault, case_ids.unconsented, "wgad", override_reason=reason)
    assert report.consent_overridden == (case_ids.unconsented,)
    text = flat(pdf_text(report.pdf))
    assert "Нурбек" not in text and "С." in text  # no consent: initials, the safe default
    with vault.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.record_id == case_ids.unconsented,
                AuditEntry.action == "consent_override",
            )
        ).one()
        assert entry.reason == reason
        assert entry.record_table == "persons"
        assert entry.changes["template"] == [None, "wgad"]
        assert entry.actor == "tester"
    history = record_history(vault, "persons", case_ids.unconsented)
    assert history[0].action == "consent_override"
    assert history[0].reason == reason


def test_blank_override_reason_is_no_override(vault: Vault, case_ids: CaseIds) -> None:
    with pytest.raises(ConsentRequiredError):
        build(vault, case_ids.unconsented, "wgad", override_reason="   ")


def test_disclosure_is_logged_only_when_confirmed(vault: Vault, case_ids: CaseIds) -> None:
    report = build(
        vault,
        case_ids.consenting,
        "embassy",
        options=RenderOptions(recipient="Embassy of Examplestan"),
    )
    assert disclosure_log(vault, case_ids.consenting) == []
    record_disclosure(vault, report, medium="printed")
    (row,) = disclosure_log(vault, case_ids.consenting)
    assert row.template == "embassy"
    assert row.profile == "embassy"
    assert row.recipient == "Embassy of Examplestan"
    assert row.sha256 == hashlib.sha256(report.pdf).hexdigest()
    assert row.lang == "en"
    assert row.medium == "printed"
    assert row.actor == "tester"
    assert not row.consent_overridden
    assert record_history(vault, "persons", case_ids.consenting)[0].action == "disclosure"
    # The internal dossier shows the log.
    dossier = flat(pdf_text(build(vault, case_ids.consenting, "dossier").pdf))
    assert "Documents given out" in dossier and "Embassy of Examplestan" in dossier


def test_case_report_covers_each_defendant(vault: Vault, case_ids: CaseIds) -> None:
    with pytest.raises(ConsentRequiredError, match="1 of the 3 defendants"):
        build(vault, case_ids.case, "wgad")
    report = build(vault, case_ids.case, "wgad", override_reason="Joint submission")
    assert set(report.person_ids) == {case_ids.consenting, case_ids.unconsented, case_ids.initials}
    assert report.case_id == case_ids.case
    pages = page_texts(report.pdf)
    assert sum("Model questionnaire" in p for p in pages) == 3
    record_disclosure(vault, report)
    for person_id in report.person_ids:
        (row,) = disclosure_log(vault, person_id)
        assert row.case_id == case_ids.case
        assert row.consent_overridden == (person_id == case_ids.unconsented)


def test_check_report_for_the_ui(vault: Vault, case_ids: CaseIds) -> None:
    check = check_report(prepare_report(vault, case_ids.case, "embassy", today=TODAY))
    assert not check.consent_ok
    by_id = {p.person_id: p for p in check.people}
    assert by_id[case_ids.consenting].consent_problem is None
    assert by_id[case_ids.initials].consent_problem == "not_covered"
    assert by_id[case_ids.initials].printed_name == "Б. А. У."
    assert by_id[case_ids.unconsented].consent_problem == "none"
    assert "contacts" in check.redactions


def test_unknown_id(vault: Vault, case_ids: CaseIds) -> None:
    with pytest.raises(RecordNotFoundError):
        build(vault, "no-such-id", "embassy")


# -- one pipeline: prepare once, then check, render and finish ------------------------------


@pytest.fixture
def reads(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """One entry per read transaction the vault is asked for."""
    asked: list[str] = []
    read = vault.read

    def counting_read(**kwargs: Any) -> Any:
        asked.append("read")
        return read(**kwargs)

    monkeypatch.setattr(vault, "read", counting_read)
    return asked


def test_prepare_reads_once_and_the_later_stages_read_nothing(
    vault: Vault, case_ids: CaseIds, reads: list[str]
) -> None:
    prepared = prepare_report(vault, case_ids.case, "dossier", today=TODAY)
    assert reads == ["read"]
    check_report(prepared)
    report = build_report(vault, prepared)
    assert reads == ["read"]
    assert len(report.person_ids) == 3
    # Several people share their read transactions too.
    reads.clear()
    people = [case_ids.consenting, case_ids.unconsented, case_ids.initials]
    assert len(list(prepare_reports(vault, people, "embassy", today=TODAY))) == 3
    assert reads == ["read"]


def test_the_check_is_a_view_of_the_prepared_report(vault: Vault, case_ids: CaseIds) -> None:
    prepared = prepare_report(vault, case_ids.case, "wgad", today=TODAY)
    check = check_report(prepared)
    assert [p.person_id for p in check.people] == [i.person.id for i in prepared.items]
    assert [p.printed_name for p in check.people] == [i.person.full_name for i in prepared.items]
    assert {p.person_id: p.consent_problem for p in check.people if p.consent_problem} == dict(
        prepared.problems
    )
    assert check.redactions == tuple(sorted(prepared.profile.redactions))
    assert all(p.missing for p in check.people)  # the sample case leaves gaps in the WGAD form
    # What the finished report says is missing is the checklist's, person by person.
    report = build_report(vault, prepared, override_reason="Joint submission")
    expected = list(dict.fromkeys(line for p in check.people for line in p.missing))
    assert list(report.missing) == expected
    assert check == check_report(prepare_report(vault, case_ids.case, "wgad", today=TODAY))


def test_consent_refusals_keep_their_words_and_their_template(
    vault: Vault, case_ids: CaseIds
) -> None:
    tail = (
        " Record their consent first, or give a reason to override it; the override is kept "
        "in the person's history."
    )
    with pytest.raises(ConsentRequiredError) as caught:
        build(vault, case_ids.unconsented, "wgad")
    assert str(caught.value) == (
        "The WGAD questionnaire about this person was not made because no consent is recorded "
        "for them." + tail
    )
    assert caught.value.message.template.startswith("The %1 about this person")
    assert caught.value.message.values[0] == "WGAD questionnaire"
    with pytest.raises(ConsentRequiredError) as caught:
        build(vault, case_ids.initials, "embassy")
    assert str(caught.value) == (
        "The Embassy brief about this person was not made because their consent does not "
        "include embassies." + tail
    )
    with pytest.raises(ConsentRequiredError) as caught:
        build(vault, case_ids.case, "wgad")
    assert str(caught.value) == (
        "The WGAD questionnaire about this case was not made because 1 of the 3 defendants "
        "have no consent in force that covers UN bodies." + tail
    )
    assert caught.value.message.values[1:3] == (1, 3)


def test_the_disclosure_medium_is_checked(vault: Vault, case_ids: CaseIds) -> None:
    report = build(vault, case_ids.consenting, "dossier")
    with pytest.raises(ValidationError) as caught:
        record_disclosure(vault, report, medium="faxed")
    assert str(caught.value) == "The medium must be one of printed, saved."
    assert caught.value.message.template == "The medium must be one of %1."
    assert caught.value.field == "medium"
    assert disclosure_log(vault, case_ids.consenting) == []
