"""`casefile selftest`: checks that this installation works, on a throw-away demo vault.

For whoever installs Casefile (docs/install.md) and for the tests of the packaged build
(tests/frozen): the files an installation must carry, encryption, the schema, a report, and a
batch of briefs rendered in worker processes (what a frozen build breaks first). Nothing is
read or written outside a temporary folder, which is deleted afterwards.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

from casefile import __version__
from casefile.assets import missing_assets
from casefile.cli.common import Subparsers, add_parser, out
from casefile.demo.build import build_demo_vault
from casefile.errors import KnownError
from casefile.reports.render import render_report
from casefile.services.lists.listing import list_people
from casefile.services.reporting.batch import build_briefs, bundle
from casefile.services.reporting.pipeline import prepare_reports
from casefile.vault.migrations import RELEASED_REVISIONS

#: Enough briefs that a batch starts worker processes (services/reporting/batch.py).
DEFAULT_BRIEFS = 25
EXIT_FAILED = 5


class SelfTestError(KnownError):
    exit_code = EXIT_FAILED


def register(subparsers: Subparsers) -> None:
    parser = add_parser(
        subparsers,
        "selftest",
        cmd_selftest,
        help="check that this installation works (on a throw-away demo vault)",
        description="Checks this installation: its files (migrations, fonts, translations, "
        "icons), creating and opening an encrypted vault, a report, and a batch of embassy "
        "briefs rendered in worker processes. Works in a temporary folder that is deleted "
        "afterwards; no vault of yours is opened. Exit code 5 if a check fails.",
    )
    parser.add_argument(
        "--briefs",
        type=int,
        default=DEFAULT_BRIEFS,
        metavar="N",
        help=f"briefs in the batch (default {DEFAULT_BRIEFS})",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=2,
        metavar="N",
        help="worker processes for the batch; 0 renders in this process (default 2)",
    )


def _step(name: str, started: float) -> None:
    out(f"ok  {name} ({time.monotonic() - started:.1f} s)")


def cmd_selftest(args: argparse.Namespace) -> int:
    out(f"Casefile {__version__} self-test")
    started = time.monotonic()
    missing = missing_assets(RELEASED_REVISIONS)
    if missing:
        raise SelfTestError("This installation lacks files: %1.", ", ".join(missing))
    _step("files: migrations, seeds, fonts, translations, icons, word list", started)
    with tempfile.TemporaryDirectory(prefix="casefile-selftest-") as folder:
        _check_vault_and_reports(Path(folder), args.briefs, args.workers)
    out("Self-test passed.")
    return 0


def _check_vault_and_reports(folder: Path, briefs: int, workers: int) -> None:
    started = time.monotonic()
    created = build_demo_vault(folder / "selftest")
    with created.vault as vault:
        info = vault.info()
        _step(f"encrypted demo vault (SQLCipher {info.cipher_version})", started)

        started = time.monotonic()
        people = [row.id for row in list_people(vault)]
        prepared = next(prepare_reports(vault, people[:1], "wgad"))
        pdf = render_report(list(prepared.items), "wgad", options=prepared.options)
        if not pdf.startswith(b"%PDF"):
            raise SelfTestError("The WGAD report is not a PDF.")
        _step("a WGAD report", started)

        started = time.monotonic()
        # People whose consent covers embassies, repeated up to the number asked for.
        consented = [
            one.items[0].person.id
            for one in prepare_reports(vault, people, "embassy")
            if not one.problems
        ]
        if not consented:
            raise SelfTestError("The demo vault has nobody to make a brief for.")
        chosen = list(islice(cycle(consented), briefs))
        result = build_briefs(vault, chosen, workers=workers)
        if len(result.briefs) != briefs or not bundle(result).pdf.startswith(b"%PDF"):
            raise SelfTestError("The batch made %1 of %2 briefs.", len(result.briefs), briefs)
        how = f"{workers} worker processes" if workers else "this process"
        _step(f"a batch of {briefs} embassy briefs in {how}", started)
