"""Print how long reports take: the first (with font registration), later ones, 100 briefs.

    .venv/bin/python tools/report_timings.py

Targets (issue 4): first 3-page summary including font registration <= 300 ms, later ones
<= 150 ms, 100 embassy briefs <= 10 s. Figures only, never assertions: they depend on the
machine. Uses the demo vault in a temporary folder with a throw-away key derivation cost.
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pypdf

sys.path.insert(0, str(Path(__file__).resolve().parent))

from render_reports import DEMO_SUBMITTER, DEMO_TODAY, THROWAWAY_KDF, pick_person

from casefile.reports import render_report
from casefile.reports.data import RenderOptions, ReportData
from casefile.reports.redaction import PRESETS, apply_redactions
from casefile.reports.styles import register_fonts
from casefile.services.demo import build_demo_vault
from casefile.services.listing import list_people
from casefile.services.reporting import SUBMITTER_SETTING, build_report, gather

OPTIONS = RenderOptions(arbitrary_categories=("II", "III"))


def pages(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="casefile-timings-") as temp:
        vault = build_demo_vault(Path(temp) / "demo", kdf_cost=THROWAWAY_KDF, today=DEMO_TODAY)
        with vault.vault as v:
            v.set_setting(SUBMITTER_SETTING, DEMO_SUBMITTER)
            people = [row.id for row in list_people(v, DEMO_TODAY)]
            data: list[ReportData] = []
            for person_id in people:
                data += apply_redactions(gather(v, person_id, DEMO_TODAY).items, PRESETS["un"])
            # The person the documentation pictures show: their WGAD runs to three pages.
            chosen = pick_person(v, DEMO_TODAY)
            subject = next(d for d in data if d.person.id == chosen)

            start = time.perf_counter()
            register_fonts()
            fonts = time.perf_counter() - start
            first_pdf = render_report(subject, "wgad", options=OPTIONS)
            first = time.perf_counter() - start
            print(
                f"first WGAD summary, {pages(first_pdf)} pages, incl. font registration: "
                f"{ms(first)} (fonts {ms(fonts)})"
            )

            later = []
            for _ in range(10):
                start = time.perf_counter()
                render_report(subject, "wgad", options=OPTIONS)
                later.append(time.perf_counter() - start)
            print(
                f"later ones: median {ms(statistics.median(later))}, "
                f"min {ms(min(later))}, max {ms(max(later))}"
            )

            start = time.perf_counter()
            total_pages = 0
            for n in range(100):
                total_pages += pages(render_report(data[n % len(data)], "embassy"))
            print(
                f"100 embassy briefs rendered from gathered data: "
                f"{time.perf_counter() - start:.2f} s ({total_pages} pages)"
            )

            consenting = [
                d.person.id
                for d in data
                if d.current_consent is not None and d.current_consent.share_with_embassies
            ]
            start = time.perf_counter()
            for n in range(100):
                build_report(v, consenting[n % len(consenting)], "embassy", today=DEMO_TODAY)
            print(
                f"100 embassy briefs end to end (read, redact, render): "
                f"{time.perf_counter() - start:.2f} s"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
