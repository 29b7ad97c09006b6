"""The editable .docx copy: the same content and redactions as the PDF, read back with
python-docx; and the command line's --format, --section and the submitter check."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from casefile.cli import main as cli
from casefile.cli.report_command import SECTION_MAX_BYTES
from casefile.reports.common import NEUTRAL_TITLE
from casefile.reports.render import TEMPLATES
from casefile.services.reporting.disclosures import disclosure_overview
from casefile.services.reporting.pipeline import build_report, prepare_report
from casefile.services.reporting.submitter import SUBMITTER_SETTING
from casefile.vault.vault import Vault
from tests.reports.report_helpers import (
    MEDICAL,
    NAME,
    NOTE,
    PHONE,
    SOURCE_NAME,
    TODAY,
    CaseIds,
    pdf_text,
    populate,
)
from tests.reports.test_report_leaks import LEAKS, RECIPIENT, _setup

PASSPHRASE = "correct horse battery staple for tests only"  # tests/conftest.py's


def docx_text(data: bytes) -> str:
    """Every paragraph, table cell, header and footer, as a reader would see them."""
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs]
        parts += [p.text for p in section.footer.paragraphs]
    return " ".join(" ".join(parts).split())


def docx_xml(data: bytes) -> str:
    """Every part of the package, decoded: what a search of the file could find."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return "\n".join(
            package.read(name).decode("utf-8", "replace") for name in package.namelist()
        )


def _build(vault: Vault, record_id: str, template: str, file_format: str, **kw: object) -> bytes:
    prepared = prepare_report(vault, record_id, template, today=TODAY, **kw)  # type: ignore[arg-type]
    return build_report(
        vault, prepared, override_reason="Family confirmed by phone today", file_format=file_format
    ).pdf


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_docx_has_what_the_pdf_has(vault: Vault, case_ids: CaseIds, template: str) -> None:
    pdf = " ".join(pdf_text(_build(vault, case_ids.consenting, template, "pdf")).split())
    data = _build(vault, case_ids.consenting, template, "docx")
    text = docx_text(data)
    # Every word of the PDF is in the .docx: the same story (the PDF wraps lines, and the
    # word processor numbers the pages itself, so words are compared, page numbers aside).
    docx_words = set(text.split())
    missing = [w for w in pdf.split() if w not in docx_words and not w.isdigit()]
    assert not missing, missing[:20]
    external = TEMPLATES[template].default_profile != "internal"
    for secret in (PHONE, NOTE, SOURCE_NAME):
        assert (secret in text) is not external or template == "dossier"
        if external:
            assert secret not in docx_xml(data)
    if template not in ("dossier", "ill-treatment"):
        assert MEDICAL not in docx_xml(data)
    assert NAME.split()[1] in text or template == "embassy"


def test_docx_metadata_is_neutral(vault: Vault, case_ids: CaseIds) -> None:
    data = _build(vault, case_ids.consenting, "wgad", "docx")
    props = docx.Document(io.BytesIO(data)).core_properties
    assert props.title == NEUTRAL_TITLE
    assert props.author == "" and props.last_modified_by == "" and props.comments == ""
    assert "python-docx" not in docx_xml(data)


@pytest.mark.parametrize("template", ["wgad", "embassy", "special-procedures"])
def test_docx_leaks_nothing(vault: Vault, case_ids: CaseIds, template: str) -> None:
    from casefile.reports.data import RenderOptions

    _setup(vault, case_ids)
    data = _build(
        vault,
        case_ids.consenting,
        template,
        "docx",
        options=RenderOptions(recipient=RECIPIENT),
    )
    text, xml = docx_text(data), docx_xml(data)
    assert "was taken at dawn" in text
    for what, secret in LEAKS.items():
        assert secret not in text, what
        assert secret not in xml, what
    assert "Бакыт" not in xml and "Embassy of Germany" in text


# -- the command line ---------------------------------------------------------------------


@pytest.fixture
def ids(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> CaseIds:
    with Vault.open(vault_path, PASSPHRASE, actor="tester") as vault:
        ids = populate(vault)
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEFILE_VAULT", str(vault_path))
    return ids


def test_cli_writes_a_docx_with_sections_from_files(
    ids: CaseIds, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reasons = tmp_path / "reasons.txt"
    reasons.write_text(
        "\ufeffHe was held for a video; call his wife on 0555123456.\r\n", encoding="utf-8"
    )
    out = tmp_path / "wgad.docx"
    section_arg = f"reasons={reasons}"
    code = cli.main(
        ["report", ids.consenting, "--template", "wgad", "--section", section_arg, "-o", str(out)]
    )
    assert code == 0, capsys.readouterr().err
    text = docx_text(out.read_bytes())
    assert "He was held for a video" in text and "0555123456" not in text
    assert (out.stat().st_mode & 0o077) == 0
    with Vault.open(vault_path, PASSPHRASE) as vault:
        (row,) = disclosure_overview(vault)
    assert row.file_format == "docx" and row.medium == "saved"


def test_cli_format_must_match_the_file_name(
    ids: CaseIds, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["report", ids.consenting, "--template", "wgad", "--format", "docx"]
    assert cli.main([*args, "-o", str(tmp_path / "a.pdf")]) == 2
    assert "must end in .docx" in capsys.readouterr().err
    assert (
        cli.main(["report", ids.consenting, "--template", "wgad", "-o", str(tmp_path / "a.txt")])
        == 2
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe r\x00e\x00a\x00", "not UTF-8"),
        (b"x" * (SECTION_MAX_BYTES + 1), "larger than 64 KB"),
        (b"text\x00more", "NUL"),
        (b"  \n ", "is empty"),
    ],
)
def test_cli_refuses_hostile_section_files(
    ids: CaseIds, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    section = tmp_path / "section.txt"
    section.write_bytes(content)
    out = tmp_path / "wgad.pdf"
    section_arg = f"reasons={section}"
    code = cli.main(
        ["report", ids.consenting, "--template", "wgad", "--section", section_arg, "-o", str(out)]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert message in err and str(section) in err
    assert not out.exists()


def test_cli_section_names_and_odd_files(
    ids: CaseIds, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["report", ids.consenting, "--template", "wgad", "-o", str(tmp_path / "a.pdf")]
    assert cli.main([*base, "--section", "secrets=x.txt"]) == 2
    assert "not a free-text section" in capsys.readouterr().err
    assert cli.main([*base, "--section", "reasons"]) == 2
    assert "NAME=FILE" in capsys.readouterr().err
    assert cli.main([*base, "--section", f"reasons={tmp_path}"]) == 2
    assert "is a folder" in capsys.readouterr().err
    assert cli.main([*base, "--section", f"reasons={tmp_path / 'none.txt'}"]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_cli_un_report_needs_the_submitter(
    ids: CaseIds, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Vault.open(vault_path, PASSPHRASE) as vault:
        vault.set_setting(SUBMITTER_SETTING, {})
    out = tmp_path / "wgad.pdf"
    assert cli.main(["report", ids.consenting, "--template", "wgad", "-o", str(out)]) == 2
    assert "casefile submitter" in capsys.readouterr().err
    assert not out.exists()
    # The embassy brief does not need it.
    brief = tmp_path / "brief.pdf"
    assert cli.main(["report", ids.consenting, "--template", "embassy", "-o", str(brief)]) == 0
    capsys.readouterr()
    assert cli.main(["submitter", "--organisation", "Example Rights Centre"]) == 0
    assert cli.main(["report", ids.consenting, "--template", "wgad", "-o", str(out)]) == 2
    capsys.readouterr()
    assert cli.main(["submitter", "--email", "cases@example.org"]) == 0
    shown = capsys.readouterr().out
    assert "organisation: Example Rights Centre" in shown and "email: cases@example.org" in shown
    assert cli.main(["report", ids.consenting, "--template", "wgad", "-o", str(out)]) == 0
    assert "Example Rights Centre" in pdf_text(out.read_bytes())
