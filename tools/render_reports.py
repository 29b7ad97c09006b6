"""Render page 1 of each report template, and of the court-day list, from the demo vault to
PNG in docs/reports/.

    .venv/bin/python tools/render_reports.py [--out docs/reports] [--dpi 80]

Builds the demo vault in a temporary folder (cheap key derivation: it is thrown away), picks a
demo person with ill-treatment reports and consent for UN bodies and embassies, renders each
template with pdftoppm (poppler-utils), and deletes the PDFs and the vault afterwards.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from casefile.demo.build import build_demo_vault
from casefile.reports.data import RenderOptions
from casefile.services.lists.listing import list_people
from casefile.services.records.hearings import agenda
from casefile.services.reporting.court_day import court_day_list, court_day_pdf
from casefile.services.reporting.pipeline import build_report, prepare_report
from casefile.services.reporting.submitter import SUBMITTER_SETTING
from casefile.vault.keyfile import KdfCost
from casefile.vault.vault import Vault

ROOT = Path(__file__).resolve().parents[1]
#: Thrown-away vault: the cheapest key derivation is fine.
THROWAWAY_KDF = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
DEMO_TODAY = date(2026, 11, 23)
DEMO_SUBMITTER = {
    "name": "Jamila Example",
    "organisation": "Demo Human Rights Centre (fictional)",
    "postal_address": "PO Box 0000, Bishkek 720000, Kyrgyz Republic",
    "email": "cases@example.org",
    "phone": "+996 312 000 000",
}
#: (file stem, template, language, options)
RENDERS: tuple[tuple[str, str, str, RenderOptions], ...] = (
    ("embassy-en", "embassy", "en", RenderOptions(recipient="Embassy of Examplestan, Bishkek")),
    ("embassy-ru", "embassy", "ru", RenderOptions(recipient="Посольство Примерии в Бишкеке")),
    ("wgad-en", "wgad", "en", RenderOptions(arbitrary_categories=("II", "III"))),
    ("special-procedures-en", "special-procedures", "en", RenderOptions()),
    ("wgeid-en", "wgeid", "en", RenderOptions()),
    ("ill-treatment-en", "ill-treatment", "en", RenderOptions()),
    ("dossier-en", "dossier", "en", RenderOptions()),
)


def pick_person(vault: Vault, today: date) -> str:
    """A person in custody with ill-treatment reports whose consent covers UN and embassies."""
    best: tuple[int, str] | None = None
    for row in list_people(vault, today):
        if row.current_status not in {"pretrial_detention", "imprisoned"}:
            continue
        # The internal dossier leaves nothing out: what the record holds.
        data = prepare_report(vault, row.id, "dossier", today=today).items[0]
        consent = data.current_consent
        if consent is None or not (consent.share_with_un and consent.share_with_embassies):
            continue
        score = len(data.ill_treatment) * 10 + len(data.detention)
        if best is None or score > best[0]:
            best = (score, row.id)
    if best is None:
        raise SystemExit("The demo vault has nobody who fits; pass --person ID.")
    return best[1]


def disappeared_person(vault: Vault, today: date) -> str:
    """The first demo person whose status today is "disappeared"."""
    for row in list_people(vault, today):
        if row.current_status == "disappeared":
            return row.id
    raise SystemExit("The demo vault has nobody disappeared; pass --person ID.")


def busiest_week(vault: Vault, today: date) -> date:
    """The Monday of the week with the most hearings in the eight weeks from today's."""
    monday = today - timedelta(days=today.weekday())
    weeks = [monday + timedelta(weeks=n) for n in range(8)]
    return max(weeks, key=lambda start: len(agenda(vault, start, start + timedelta(days=6))))


def png(pdf: Path, out: Path, stem: str, dpi: int) -> None:
    """Page 1 of ``pdf`` as ``out/stem.png``."""
    command = ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile"]
    subprocess.run([*command, str(pdf), str(out / stem)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "reports")
    parser.add_argument("--dpi", type=int, default=80)
    parser.add_argument("--person", help="a person or case id instead of the automatic choice")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: apt-get install -y poppler-utils", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="casefile-reports-") as temp:
        folder = Path(temp)
        vault = build_demo_vault(folder / "demo", kdf_cost=THROWAWAY_KDF, today=DEMO_TODAY).vault
        with vault:
            vault.set_setting(SUBMITTER_SETTING, DEMO_SUBMITTER)
            record_id = args.person or pick_person(vault, DEMO_TODAY)
            for stem, template, lang, options in RENDERS:
                # A WGEID case is about someone who disappeared: the demo has one.
                subject = record_id
                if template == "wgeid" and not args.person:
                    subject = disappeared_person(vault, DEMO_TODAY)
                prepared = prepare_report(
                    vault, subject, template, lang=lang, options=options, today=DEMO_TODAY
                )
                report = build_report(vault, prepared)
                pdf = folder / f"{stem}.pdf"
                pdf.write_bytes(report.pdf)
                png(pdf, args.out, stem, args.dpi)
                print(
                    f"{args.out / (stem + '.png')}  ({template}, {lang}, "
                    f"{len(report.pdf) // 1024} KiB PDF)"
                )
            start = busiest_week(vault, DEMO_TODAY)
            data = court_day_list(vault, start, start + timedelta(days=6), today=DEMO_TODAY)
            pdf = folder / "court-day-en.pdf"
            pdf.write_bytes(court_day_pdf(data))
            png(pdf, args.out, "court-day-en", args.dpi)
            print(f"{args.out / 'court-day-en.png'}  (court-day list, week of {start}, en)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
