"""Every page of a multi-page summary rasterises with pdftoppm (poppler) without complaint."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest

from casefile.reports.data import DetentionItem, IllTreatmentItem, RenderOptions
from casefile.reports.render import render_report
from tests.reports.report_helpers import PD, page_texts, sample_data

PDFTOPPM = shutil.which("pdftoppm")


def long_summary() -> bytes:
    """A WGAD questionnaire of at least three pages: many transfers and incidents."""
    base = sample_data()
    transfers = tuple(
        DetentionItem(
            "pretrial_extension",
            PD(2024, 6 + n // 2, 1 + n),
            place=f"СИЗО-{n % 3 + 1}, корпус {n}",
            forces="Prison service (СИН)",
            ordering_authority="Pervomaisky District Court",
            reasons_given="Risk of absconding and of pressure on witnesses",
            legal_basis="Criminal Procedure Code, art. 110",
        )
        for n in range(14)
    )
    incidents = tuple(
        dataclasses.replace(base.ill_treatment[0], id=f"i-{n}", incident_date=PD(2024, n + 1))
        for n in range(4)
    )
    data = dataclasses.replace(
        base,
        detention=base.detention + transfers,
        ill_treatment=(*incidents, IllTreatmentItem("i-x")),
    )
    return render_report(data, "wgad", options=RenderOptions(arbitrary_categories=("II", "III")))


@pytest.mark.skipif(PDFTOPPM is None, reason="pdftoppm (poppler-utils) is not installed")
def test_every_page_renders(tmp_path: Path) -> None:
    pdf = long_summary()
    pages = len(page_texts(pdf))
    assert pages >= 3
    source = tmp_path / "summary.pdf"
    source.write_bytes(pdf)
    for page in range(1, pages + 1):
        result = subprocess.run(
            [
                str(PDFTOPPM),
                "-r",
                "30",
                "-png",
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(source),
                str(tmp_path / f"page-{page}"),
            ],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert result.stderr.strip() == "", result.stderr  # poppler warns about broken PDFs
        assert (tmp_path / f"page-{page}.png").stat().st_size > 1000
