"""Consent stated and withdrawal respected: the override path, the log, `casefile disclosures`."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from casefile.cli import main as cli
from casefile.domain.dates import PartialDate
from casefile.errors import ValidationError
from casefile.reports.i18n import Translator
from casefile.services.reporting.disclosures import disclosure_overview, record_disclosure
from casefile.services.reporting.pipeline import (
    ConsentRequiredError,
    WithdrawalNotConfirmedError,
    build_report,
    check_override_reason,
    prepare_report,
)
from casefile.vault.schema import AuditEntry, Consent
from casefile.vault.vault import Vault
from tests.reports.report_helpers import TODAY, CaseIds, pdf_text, populate

PASSPHRASE = "correct horse battery staple for tests only"  # tests/conftest.py's
REASON = "Mother confirmed by phone; he is on hunger strike since Monday"


def _withdraw(vault: Vault, person_id: str) -> None:
    with vault.write() as s:
        s.add(
            Consent(
                person_id=person_id,
                share_with_un=True,
                given_on=PartialDate(2026, 1, 10),  # after any other: the latest
                withdrawn_on=TODAY - timedelta(days=3),
            )
        )


@pytest.mark.parametrize(
    "reason", ["x", "   ", "urgent!!", "aaaa aaaa aaaa aaaa aaaa", "no consent 1234567890"]
)
def test_withdrawn_consent_needs_a_real_reason(
    vault: Vault, case_ids: CaseIds, reason: str
) -> None:
    _withdraw(vault, case_ids.unconsented)
    prepared = prepare_report(vault, case_ids.unconsented, "wgad", today=TODAY)
    assert prepared.problems == {case_ids.unconsented: "withdrawn"}
    # Blank is no override at all; the others are refused as reasons.
    with pytest.raises(ValidationError if reason.strip() else ConsentRequiredError):
        build_report(vault, prepared, override_reason=reason, confirmed=True)


def test_withdrawn_consent_needs_the_second_step(vault: Vault, case_ids: CaseIds) -> None:
    _withdraw(vault, case_ids.unconsented)
    prepared = prepare_report(vault, case_ids.unconsented, "wgad", today=TODAY)
    with pytest.raises(WithdrawalNotConfirmedError):
        build_report(vault, prepared, override_reason=REASON)
    with vault.read() as s:  # nothing was written to the history
        assert not s.scalars(
            select(AuditEntry).where(AuditEntry.action == "consent_override")
        ).all()
    report = build_report(vault, prepared, override_reason=REASON, confirmed=True)
    assert report.override_reason == REASON
    record_disclosure(vault, report, medium="saved")
    (row,) = disclosure_overview(vault, person_id=case_ids.unconsented)
    assert row.consent_overridden and row.override_reason == REASON
    # The dossier's list of documents given out shows the override and why.
    dossier = prepare_report(vault, case_ids.unconsented, "dossier", today=TODAY)
    text = " ".join(pdf_text(build_report(vault, dossier).pdf).split())
    assert "consent overridden: Mother confirmed by phone" in text


def test_missing_consent_is_overridden_with_any_reason(vault: Vault, case_ids: CaseIds) -> None:
    # Not withdrawn, never asked: the one-step override stays as it was.
    prepared = prepare_report(vault, case_ids.unconsented, "wgad", today=TODAY)
    assert build_report(vault, prepared, override_reason="Joint submission").consent_overridden


def test_reason_check_tidies_spaces() -> None:
    assert check_override_reason("  Family  asked\n by phone today ") == (
        "Family asked by phone today"
    )


def test_initials_only_is_for_what_the_un_publishes(vault: Vault, case_ids: CaseIds) -> None:
    # Bakyt asked for initials, and his consent covers the UN: the confidential submission
    # names him and says the UN may publish initials only.
    prepared = prepare_report(vault, case_ids.initials, "special-procedures", today=TODAY)
    text = " ".join(pdf_text(build_report(vault, prepared).pdf).split())
    assert "Бакыт" in text
    if Translator("en").has("consent.initials_scope"):  # the statement (reports/parts.py)
        assert "the full name is given in this confidential submission" in text
    # The embassy brief is not that confidential file: initials there (override: no consent).
    embassy = prepare_report(vault, case_ids.initials, "embassy", today=TODAY)
    brief = pdf_text(build_report(vault, embassy, override_reason="Joint embassy demarche").pdf)
    assert "Бакыт" not in brief


# -- the command line -----------------------------------------------------------------------


@pytest.fixture
def ids(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> CaseIds:
    with Vault.open(vault_path, PASSPHRASE, actor="tester") as vault:
        ids = populate(vault)
        _withdraw(vault, ids.unconsented)
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEFILE_VAULT", str(vault_path))
    return ids


def test_cli_override_and_disclosures_json(
    ids: CaseIds, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "wgad.pdf"
    args = ["report", ids.unconsented, "--template", "wgad", "-o", str(out)]
    assert cli.main([*args, "--override-consent", "x"]) == 2
    assert "at least 20 characters" in capsys.readouterr().err
    assert cli.main([*args, "--override-consent", REASON]) == 7
    assert "--confirm-override" in capsys.readouterr().err
    assert not out.exists()
    assert cli.main([*args, "--override-consent", REASON, "--confirm-override"]) == 0
    capsys.readouterr()
    second = tmp_path / "embassy.pdf"
    assert cli.main(["report", ids.consenting, "--template", "embassy", "-o", str(second)]) == 0
    capsys.readouterr()

    assert cli.main(["disclosures", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["template"] for r in rows] == ["embassy", "wgad"]
    wgad = rows[1]
    assert wgad["person_id"] == ids.unconsented
    assert wgad["consent_overridden"] is True and wgad["override_reason"] == REASON
    assert wgad["medium"] == "saved" and len(wgad["sha256"]) == 64
    assert rows[0]["consent_overridden"] is False and rows[0]["override_reason"] is None

    assert cli.main(["disclosures", "--person", ids.consenting, "--json"]) == 0
    only = json.loads(capsys.readouterr().out)
    assert [r["person_id"] for r in only] == [ids.consenting]
    assert cli.main(["disclosures", "--person", ids.unconsented]) == 0
    line = capsys.readouterr().out
    assert f"consent overridden: {REASON}" in line and "\t" in line
    assert cli.main(["disclosures", "--person", "no-such-person"]) != 0


def test_batch_says_who_is_left_out_before_making_anything(vault: Vault, case_ids: CaseIds) -> None:
    from casefile.services.reporting.batch import build_briefs, left_out

    _withdraw(vault, case_ids.consenting)
    people = [case_ids.consenting, case_ids.unconsented, case_ids.initials]
    before = left_out(vault, people, TODAY)
    assert [(s.person_id, s.problem) for s in before] == [
        (case_ids.consenting, "withdrawn"),
        (case_ids.unconsented, "none"),
        (case_ids.initials, "not_covered"),
    ]
    assert before[1].name == "Нурбек Сыдыков"
    # The same people, for the same reasons, as the batch itself finds.
    made = build_briefs(vault, people, today=TODAY, workers=0)
    assert [(s.person_id, s.problem) for s in made.skipped] == [
        (s.person_id, s.problem) for s in before
    ]
