"""`casefile report`: consent refusal, the saved file, the warning, the disclosure log."""

from __future__ import annotations

import stat
from dataclasses import replace
from pathlib import Path

import pytest

from casefile.cli import main as cli
from casefile.cli import report_command
from casefile.services.reporting.disclosures import disclosure_log
from casefile.vault.vault import Vault
from tests.reports.report_helpers import CaseIds, pdf_text, populate

PASSPHRASE = "correct horse battery staple for tests only"  # tests/conftest.py's


@pytest.fixture
def ids(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> CaseIds:
    with Vault.open(vault_path, PASSPHRASE, actor="tester") as vault:
        ids = populate(vault)
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEFILE_VAULT", str(vault_path))
    if report_command.__name__ not in cli.COMMAND_MODULES:  # until main.py lists it
        monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, report_command.__name__))
    return ids


def test_refused_without_consent(
    ids: CaseIds, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "wgad.pdf"
    code = cli.main(["report", ids.unconsented, "--template", "wgad", "-o", str(out)])
    assert code == 7
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("casefile: ")
    assert "no consent is recorded" in err and "--override-consent REASON" in err
    assert not out.exists()


def test_saves_warns_and_logs(
    ids: CaseIds, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "brief.pdf"
    code = cli.main(
        ["report", ids.consenting, "--template", "embassy", "--lang", "ru", "-o", str(out)]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "NOT encrypted" in captured.err
    sha256, shown = captured.out.split()
    assert shown == str(out)
    assert "Справка по делу" in pdf_text(out.read_bytes())
    with Vault.open(vault_path, PASSPHRASE) as vault:
        (row,) = disclosure_log(vault, ids.consenting)
    assert (row.template, row.sha256, row.lang, row.medium) == ("embassy", sha256, "ru", "saved")


def test_override_reason(ids: CaseIds, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "wgad.pdf"
    code = cli.main(
        [
            "report",
            ids.unconsented,
            "--template",
            "wgad",
            "--category",
            "II",
            "--override-consent",
            "Family asked by phone",
            "-o",
            str(out),
        ]
    )
    assert code == 0
    assert "override" in capsys.readouterr().err
    assert out.exists()


def test_usage_errors(ids: CaseIds, tmp_path: Path) -> None:
    existing = tmp_path / "there.pdf"
    existing.write_bytes(b"old")
    args = ["report", ids.consenting, "--template", "dossier"]
    assert cli.main([*args, "-o", str(existing)]) == 2
    assert existing.read_bytes() == b"old"
    assert cli.main([*args, "-o", str(tmp_path / "x.pdf"), "--audience", "un"]) == 2
    assert cli.main([*args, "-o", str(tmp_path / "x.txt")]) == 2
    assert cli.main([*args, "-o", str(existing), "--force"]) == 0
    assert existing.read_bytes().startswith(b"%PDF")


def test_parser_choices_match_the_reports_package() -> None:
    from casefile.reports.data import Audience
    from casefile.reports.redaction import PRESETS
    from casefile.reports.render import TEMPLATES
    from casefile.reports.wgad import CATEGORIES

    assert tuple(TEMPLATES) == report_command.TEMPLATE_NAMES
    assert tuple(PRESETS) == report_command.PROFILE_NAMES
    assert set(report_command.AUDIENCES) == {a.value for a in Audience}
    assert report_command.CATEGORIES == CATEGORIES


def test_kyrgyz_for_an_embassy_not_for_a_un_body(
    ids: CaseIds, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "brief.pdf"
    args = ["report", ids.consenting, "--lang", "ky", "-o", str(out)]
    assert cli.main([*args, "--template", "embassy"]) == 0, capsys.readouterr().err
    text = pdf_text(out.read_bytes())
    assert "Иш боюнча маалымкат" in text and "Элчиликтен эмнени суранабыз" in text
    out.unlink()
    assert cli.main([*args, "--template", "wgad"]) != 0
    assert "written in English or Russian, not in ky" in capsys.readouterr().err
    assert not out.exists()


def test_the_cli_a_batch_and_the_app_make_the_same_brief(
    ids: CaseIds, vault_path: Path, tmp_path: Path
) -> None:
    from casefile.services.reporting.batch import build_briefs
    from casefile.services.reporting.pipeline import build_report, prepare_report
    from casefile.services.reporting.prepared import check_report

    out = tmp_path / "brief.pdf"
    assert cli.main(["report", ids.consenting, "--template", "embassy", "-o", str(out)]) == 0
    with Vault.open(vault_path, PASSPHRASE, actor="tester") as vault:
        (brief,) = build_briefs(vault, [ids.consenting], workers=0).briefs
        # The report window's way: one prepared report for the checklist and the preview.
        prepared = prepare_report(vault, ids.consenting, "embassy")
        assert check_report(prepared).consent_ok
        shown = build_report(vault, prepared)
    text = pdf_text(out.read_bytes())
    assert len(text) > 200
    assert pdf_text(brief.report.pdf) == text
    assert pdf_text(shown.pdf) == text
    # The same description for the disclosure log, too (the bytes differ by their timestamps).
    assert replace(brief.report, pdf=b"", sha256="") == replace(shown, pdf=b"", sha256="")
