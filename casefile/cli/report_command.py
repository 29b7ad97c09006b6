"""`casefile report ID --template T -o FILE.pdf`: a report about a person or a case, as a PDF.

The PDF is the one file Casefile writes outside the vault on purpose: only to the path given
with -o, atomically and readable by its owner only, with a warning that it is not encrypted.
Saving it is recorded in the history of each person it is about (the disclosure log).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from casefile.cli.common import Subparsers, add_parser, add_vault_argument, err, out, unlock
from casefile.cli.prompts import UsageError
from casefile.reports.data import Audience, RenderOptions
from casefile.services.reporting.disclosures import record_disclosure
from casefile.services.reporting.pipeline import (
    ConsentRequiredError,
    WithdrawalNotConfirmedError,
    build_report,
    prepare_report,
)
from casefile.vault.atomic import write_atomic

if TYPE_CHECKING:
    from casefile.reports.data import RenderOptions

# Spelled out rather than imported, so that building the parser for another subcommand does
# not load ReportLab (a test checks they match casefile.reports).
TEMPLATE_NAMES = ("embassy", "wgad", "special-procedures", "ill-treatment", "dossier")
PROFILE_NAMES = ("un", "embassy", "internal")
AUDIENCES = ("un", "embassy", "internal")
CATEGORIES = ("I", "II", "III", "IV", "V")

DESCRIPTION = """\
Writes a report about a person, or about each defendant of a case (one after another in
one PDF), to the file given with -o.

templates:
  embassy             a one- or two-page brief for an embassy
  wgad                the UN Working Group on Arbitrary Detention's model questionnaire
  special-procedures  a communication to UN Special Procedures
  ill-treatment       an ill-treatment account along the Istanbul Protocol (to a UN body
                      unless --audience says otherwise)
  dossier             everything on record, for internal use only

Documents for UN bodies and embassies need the person's consent for that recipient. Without
it the report is refused (exit code 7) unless --override-consent gives a reason, which is
kept in the person's history.

profiles (what is left out): un and embassy leave out sources, contact details and
addresses, internal notes and medical findings, and use initials for people whose consent
asks for it; internal leaves out nothing. A custom profile is a comma list of: sources,
contacts, initials, notes, medical. Default: un for UN documents, embassy for the embassy
brief, internal for the dossier."""


def register(subparsers: Subparsers) -> None:
    parser = add_parser(
        subparsers,
        "report",
        cmd_report,
        help="write a report about a person or case as a PDF file",
        description=DESCRIPTION,
    )
    add_vault_argument(parser)
    parser.add_argument("record_id", metavar="PERSON_OR_CASE_ID")
    parser.add_argument("--template", required=True, choices=TEMPLATE_NAMES)
    parser.add_argument(
        "--profile",
        metavar="NAME",
        help=f"redaction profile: {', '.join(PROFILE_NAMES)}, or a comma list (see above)",
    )
    parser.add_argument("--lang", choices=("en", "ru"), default="en", help="default: en")
    parser.add_argument(
        "--recipient", metavar="TEXT", help='shown on every page, e.g. "Embassy of X in Bishkek"'
    )
    parser.add_argument(
        "--audience",
        choices=AUDIENCES,
        help="ill-treatment only: whom it goes to (default: un)",
    )
    parser.add_argument(
        "--category",
        action="append",
        choices=CATEGORIES,
        default=[],
        help="wgad only: a category of arbitrary detention to tick (repeat for several)",
    )
    parser.add_argument(
        "--urgent",
        action="store_true",
        help="special-procedures only: an urgent appeal rather than an allegation letter",
    )
    parser.add_argument(
        "--override-consent",
        metavar="REASON",
        help="print even though consent does not cover the recipient; REASON is recorded "
        "(for a withdrawn consent: at least 20 characters, and --confirm-override)",
    )
    parser.add_argument(
        "--confirm-override",
        action="store_true",
        help="the second step needed to override a consent the person withdrew",
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="the PDF to write"
    )
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")


def _options(args: argparse.Namespace) -> RenderOptions:
    if args.audience and args.template != "ill-treatment":
        raise UsageError("--audience applies to the ill-treatment template only.")
    if args.category and args.template != "wgad":
        raise UsageError("--category applies to the wgad template only.")
    if args.urgent and args.template != "special-procedures":
        raise UsageError("--urgent applies to the special-procedures template only.")
    return RenderOptions(
        recipient=args.recipient or None,
        audience=Audience(args.audience) if args.audience else None,
        arbitrary_categories=tuple(dict.fromkeys(args.category)),
        communication="urgent_appeal" if args.urgent else "allegation_letter",
    )


def _check_output(output: Path, *, force: bool) -> None:
    """Refuses, before the passphrase is asked, an output that could not be written."""
    if output.is_dir():
        # --force cannot help here: a file never replaces a folder.
        raise UsageError(
            "%1 is a folder. Give the PDF's file name with -o, for example %2.",
            output,
            output / "report.pdf",
        )
    if output.suffix.lower() != ".pdf":
        raise UsageError("%1: the output file name must end in .pdf.", output)
    if not output.parent.is_dir():
        raise UsageError(
            "The folder %1 does not exist. Create it, or give -o a file in a folder that exists.",
            output.parent,
        )
    if os.path.lexists(output) and not force:
        raise UsageError(
            "%1 already exists. Choose another file name, or add --force to replace it.", output
        )


def cmd_report(args: argparse.Namespace) -> int:
    options = _options(args)
    output: Path = args.output
    _check_output(output, force=args.force)
    vault, _passphrase = unlock(args)
    with vault:
        prepared = prepare_report(
            vault,
            args.record_id,
            args.template,
            profile=args.profile,
            lang=args.lang,
            options=options,
        )
        try:
            report = build_report(
                vault,
                prepared,
                override_reason=args.override_consent,
                confirmed=args.confirm_override,
            )
        except ConsentRequiredError as error:
            raise ConsentRequiredError(
                "%1 To print it anyway, add --override-consent REASON.",
                error.message,
                problems=error.problems,
            ) from None
        except WithdrawalNotConfirmedError as error:
            raise WithdrawalNotConfirmedError(
                "%1 Add --confirm-override if you are sure.", error.message
            ) from None
        write_atomic(output, report.pdf)
        record_disclosure(vault, report, medium="saved")
    if report.consent_overridden:
        err("The consent override and its reason were written to the person's history.")
    if report.missing:
        err("Still missing for this template: " + "; ".join(report.missing) + ".")
    err(
        f"Warning: {output} is NOT encrypted. Anyone who can read this file can read the "
        "report: send it, then delete it."
    )
    out(f"{report.sha256}  {output}")
    return 0
