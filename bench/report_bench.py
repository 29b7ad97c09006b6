"""Report benchmark: one 3-page summary (first, with font registration, and later ones) and
100 embassy briefs, in this process and with the worker processes the app's batch uses.

    .venv/bin/python bench/report_bench.py
    .venv/bin/python bench/report_bench.py --briefs 40 --workers 2

Targets (issue 4): first 3-page summary including font registration <= 300 ms, later ones
<= 150 ms, 100 embassy briefs <= 10 s. Figures and ratios only, never assertions: they depend
on the machine and its load (printed too). The demo vault is built in a temporary folder with
a throw-away key derivation cost and deleted at the end.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import pypdf

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

from casefile.demo.build import DEMO_PASSPHRASE
from casefile.vault.keyfile import KdfCost

TODAY = date(2026, 11, 23)
#: Thrown-away vault: the cheapest key derivation is fine.
THROWAWAY_KDF = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
SUBMITTER = {
    "name": "Jamila Example",
    "organisation": "Demo Human Rights Centre (fictional)",
    "postal_address": "PO Box 0000, Bishkek 720000, Kyrgyz Republic",
    "email": "cases@example.org",
    "phone": "+996 312 000 000",
}
TARGET_FIRST_MS = 300
TARGET_LATER_MS = 150
TARGET_BRIEFS_S = 10.0


def cpu_seconds() -> float:
    """CPU time of this process and of its finished worker processes (user + system)."""
    own = time.process_time()
    if resource is None:
        return own
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own + children.ru_utime + children.ru_stime


def share(cpu: float, wall: float) -> str:
    """How much CPU the work got: on a busy machine the wall time says more about the load."""
    return f"CPU {cpu:.2f} s, {cpu / wall:.0%} of one core" if wall > 0 else ""


def pages(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def versus(value: float, target: float) -> str:
    return f"{value / target:.2f}× the target"


def _detainee(gathered: list[Any]) -> str:
    """The demo's most documented detainee whose consent covers the UN."""
    covered = [
        d for d in gathered if d.current_consent is not None and d.current_consent.share_with_un
    ]
    return max(covered, key=lambda d: (len(d.ill_treatment), len(d.detention))).person.id


def one_report(vault: Any, gathered: list[Any], options: Any) -> None:
    """One WGAD questionnaire and one WGEID case end to end in this process: read, consent,
    redact, derive the facts, render (fonts already registered)."""
    from casefile.services.reporting.pipeline import build_report, prepare_report

    for template, person in (
        ("wgad", _detainee(gathered)),
        ("wgeid", next(d.person.id for d in gathered if d.status.status == "disappeared")),
    ):
        times = []
        for _ in range(5):
            start = time.perf_counter()
            prepared = prepare_report(vault, person, template, options=options, today=TODAY)
            pdf = build_report(vault, prepared).pdf
            times.append(time.perf_counter() - start)
        print(
            f"one {template} report end to end in this process ({pages(pdf)} pages): median "
            f"{ms(statistics.median(times))} of 5, min {ms(min(times))}"
        )


def cli_report(vault_path: Path, person: str) -> None:
    """The same WGAD report through the command line: a new process that imports, unlocks
    (throw-away key cost), reads, renders and writes the file atomically."""
    env = {
        **os.environ,
        "CASEFILE_VAULT": str(vault_path),
        "CASEFILE_PASSPHRASE": DEMO_PASSPHRASE,
    }
    out = vault_path.parent / "cli-wgad.pdf"
    command = [sys.executable, "-m", "casefile", "report", person]
    command += ["--template", "wgad", "-o", str(out), "--force"]
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    print(
        f"one wgad report through the CLI (process start to file written): median "
        f"{ms(statistics.median(times))} of 3, min {ms(min(times))}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=100)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--later", type=int, default=10, help="later summaries to time")
    args = parser.parse_args()

    from casefile.demo.build import build_demo_vault
    from casefile.reports.data import RenderOptions
    from casefile.reports.redaction import PRESETS, apply_redactions
    from casefile.reports.render import render_report
    from casefile.reports.styles import register_fonts
    from casefile.services.lists.listing import list_people
    from casefile.services.reporting.batch import build_briefs, bundle
    from casefile.services.reporting.pipeline import prepare_reports
    from casefile.services.reporting.submitter import SUBMITTER_SETTING

    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    print(f"machine: {os.cpu_count()} cores, load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    options = RenderOptions(arbitrary_categories=("II", "III"))
    with tempfile.TemporaryDirectory(prefix="casefile-report-bench-") as temp:
        created = build_demo_vault(Path(temp) / "demo", kdf_cost=THROWAWAY_KDF, today=TODAY)
        with created.vault as vault:
            vault.set_setting(SUBMITTER_SETTING, SUBMITTER)
            rows = list_people(vault, TODAY)
            # The internal dossier's data is the record unredacted; the UN profile follows.
            everyone = prepare_reports(vault, [row.id for row in rows], "dossier", today=TODAY)
            gathered = [prepared.items[0] for prepared in everyone]
            redacted = apply_redactions(gathered, PRESETS["un"])
            # The longest WGAD questionnaire of the demo: three pages for the demo's most
            # documented detainee.
            subject = max(redacted, key=lambda d: (len(d.ill_treatment), len(d.detention)))

            start, cpu = time.perf_counter(), time.process_time()
            register_fonts()
            fonts = time.perf_counter() - start
            first_pdf = render_report(subject, "wgad", options=options)
            first, first_cpu = time.perf_counter() - start, time.process_time() - cpu
            print(
                f"first WGAD summary ({pages(first_pdf)} pages) incl. font registration: "
                f"{ms(first)} (fonts {ms(fonts)}; CPU {ms(first_cpu)}); "
                f"{versus(first * 1000, TARGET_FIRST_MS)} of {TARGET_FIRST_MS} ms"
            )
            later, later_cpu = [], []
            for _ in range(args.later):
                start, cpu = time.perf_counter(), time.process_time()
                render_report(subject, "wgad", options=options)
                later.append(time.perf_counter() - start)
                later_cpu.append(time.process_time() - cpu)
            median = statistics.median(later)
            print(
                f"later ones ({args.later}): median {ms(median)} (CPU "
                f"{ms(statistics.median(later_cpu))}), min {ms(min(later))}, "
                f"max {ms(max(later))}; {versus(median * 1000, TARGET_LATER_MS)} of "
                f"{TARGET_LATER_MS} ms"
            )

            one_report(vault, gathered, options)
            cli_subject = _detainee(gathered)

            start, cpu = time.perf_counter(), cpu_seconds()
            total_pages = sum(
                pages(render_report(redacted[n % len(redacted)], "embassy"))
                for n in range(args.briefs)
            )
            rendered, cpu = time.perf_counter() - start, cpu_seconds() - cpu
            print(
                f"{args.briefs} embassy briefs rendered from gathered data, one process: "
                f"{rendered:.2f} s ({total_pages} pages; {share(cpu, rendered)})"
            )

            # End to end as the app's batch does it (read, consent, redact, render), cycling
            # through the demo people whose consent covers embassies.
            consenting = [
                d.person.id
                for d in gathered
                if d.current_consent is not None and d.current_consent.share_with_embassies
            ]
            ids = [consenting[n % len(consenting)] for n in range(args.briefs)]
            results = {}
            for workers in dict.fromkeys((0, args.workers)):
                start, cpu = time.perf_counter(), cpu_seconds()
                result = build_briefs(vault, ids, today=TODAY, workers=workers)
                elapsed, cpu = time.perf_counter() - start, cpu_seconds() - cpu
                results[workers] = elapsed
                where = "in this process" if workers == 0 else f"{workers} worker processes"
                print(
                    f"{len(result.briefs)} embassy briefs end to end, {where}: {elapsed:.2f} s "
                    f"({share(cpu, elapsed)}); {versus(elapsed, TARGET_BRIEFS_S)} of "
                    f"{TARGET_BRIEFS_S:.0f} s"
                )
            start = time.perf_counter()
            joined = bundle(result)
            print(
                f"one PDF with a cover list from them: {ms(time.perf_counter() - start)} "
                f"({pages(joined.pdf)} pages, {len(joined.pdf) / 1e6:.1f} MB)"
            )
            # The app's one-bundle batch: a part per worker, each part one PDF whose briefs
            # share one embedded font subset.
            start, cpu = time.perf_counter(), cpu_seconds()
            parted = build_briefs(vault, ids, today=TODAY, workers=args.workers, joined=True)
            together = bundle(parted)
            elapsed, cpu = time.perf_counter() - start, cpu_seconds() - cpu
            print(
                f"the same bundle with shared fonts ({len(parted.parts)} parts, "
                f"{args.workers} workers), end to end: {elapsed:.2f} s ({share(cpu, elapsed)}); "
                f"{pages(together.pdf)} pages, {len(together.pdf) / 1e6:.2f} MB"
            )
            # The .docx copy of the longest questionnaire.
            start = time.perf_counter()
            docx = render_report(subject, "wgad", options=options, file_format="docx")
            print(
                f"the WGAD questionnaire as .docx: {ms(time.perf_counter() - start)} "
                f"({len(docx) / 1e3:.0f} kB)"
            )
            if len(results) == 2:
                print(f"speed-up with workers: {results[0] / results[args.workers]:.2f}×")
        # The vault is closed first: the command line opens it itself, as a user would.
        cli_report(Path(temp) / "demo", cli_subject)
    return 0


if __name__ == "__main__":  # guarded: the batch's worker processes import this module again
    sys.exit(main())
