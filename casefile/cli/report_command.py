"""`casefile report ID --template T -o FILE.pdf`: a report about a person or a case, as a PDF
(or, with -o FILE.docx or --format docx, as an editable Word document).

The file is the one Casefile writes outside the vault on purpose: only to the path given
with -o, atomically and readable by its owner only, with a warning that it is not encrypted.
Saving it is recorded in the history of each person it is about (the disclosure log). Free
texts come from files given with --section NAME=FILE, read as hostile input: bounded, UTF-8.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
from casefile.services.reporting.prepared import check_report
from casefile.vault.atomic import write_atomic

if TYPE_CHECKING:
    from casefile.reports.data import RenderOptions

# Spelled out rather than imported, so that building the parser for another subcommand does
# not load ReportLab (a test checks they match casefile.reports).
TEMPLATE_NAMES = (
    "embassy",
    "wgad",
    "special-procedures",
    "wgeid",
    "ill-treatment",
    "dossier",
)
PROFILE_NAMES = ("un", "embassy", "un-account", "internal")
AUDIENCES = ("un", "embassy", "internal")
CATEGORIES = ("I", "II", "III", "IV", "V")
FORMATS = ("pdf", "docx")
#: --section names -> the RenderOptions field each fills (requests: one request a line).
SECTIONS = {
    "reasons": "arbitrariness_reasons",
    "remedies": "domestic_remedies",
    "activities": "hrd_activities",
    "link": "hrd_link",
    "reprisals": "reprisals",
    "urgency": "urgency",
    "requests": "requests",
}
#: A free-text section is a few pages of text at most; a larger file is a mistake.
SECTION_MAX_BYTES = 64 * 1024

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

free-text sections (--section NAME=FILE, a UTF-8 text file of at most 64 KB):
  reasons      wgad IV: the precise reasons why the detention is arbitrary
  remedies     wgad V: the domestic remedies tried and their results
  activities   special-procedures: the person's human-rights work
  link         special-procedures: the link between that work and the violation
  reprisals    special-procedures: any fear of reprisals
  urgency      special-procedures: why the appeal is urgent
  requests     embassy: what is asked of the embassy, one request a line

UN documents need the submitter block (WGAD section VI): set it once with
`casefile submitter --organisation "..." --email "..."`.

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
    parser.add_argument(
        "--lang",
        choices=("en", "ru", "ky"),
        default="en",
        help="default: en; ky (Kyrgyz) for the embassy brief, the dossier and an ill-treatment "
        "summary not addressed to the UN",
    )
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
        "--section",
        action="append",
        default=[],
        metavar="NAME=FILE",
        help="fill a free-text section from a UTF-8 text file (see above; repeatable)",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="pdf, or docx for an editable copy (default: from the -o file's extension)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help="the .pdf (or .docx) to write",
    )
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")


def _options(args: argparse.Namespace) -> RenderOptions:
    if args.audience and args.template != "ill-treatment":
        raise UsageError("--audience applies to the ill-treatment template only.")
    if args.category and args.template != "wgad":
        raise UsageError("--category applies to the wgad template only.")
    if args.urgent and args.template != "special-procedures":
        raise UsageError("--urgent applies to the special-procedures template only.")
    options = RenderOptions(
        recipient=args.recipient or None,
        audience=Audience(args.audience) if args.audience else None,
        arbitrary_categories=tuple(dict.fromkeys(args.category)),
        communication="urgent_appeal" if args.urgent else "allegation_letter",
    )
    return dataclasses.replace(options, **_sections(args.section))


def _sections(specs: list[str]) -> dict[str, Any]:
    known = {f.name for f in dataclasses.fields(RenderOptions)}
    offered = {name: field for name, field in SECTIONS.items() if field in known}
    values: dict[str, Any] = {}
    for spec in specs:
        name, sep, file_name = spec.partition("=")
        name = name.strip().lower()
        if not sep or not file_name:
            raise UsageError('--section takes NAME=FILE, for example "reasons=reasons.txt".')
        if name not in offered:
            raise UsageError(
                '"%1" is not a free-text section. Use one of: %2.', name, ", ".join(offered)
            )
        text = read_section_file(Path(file_name))
        field = offered[name]
        if field == "requests":
            values[field] = tuple(line.strip() for line in text.splitlines() if line.strip())
        else:
            values[field] = text
    return values


def read_section_file(path: Path) -> str:
    """A free-text section's file: a regular file of at most SECTION_MAX_BYTES, UTF-8 (a BOM
    is allowed), no NUL characters. UsageError, naming the file, for anything else."""
    try:
        # Checked before opening: opening a FIFO or a device would block or never end.
        if stat.S_ISDIR(path.stat().st_mode):
            raise UsageError("%1 is a folder, not a text file.", path)
        if not stat.S_ISREG(path.stat().st_mode):
            raise UsageError("%1 is not a regular file.", path)
        with path.open("rb") as file:
            raw = file.read(SECTION_MAX_BYTES + 1)
    except FileNotFoundError:
        raise UsageError("%1 does not exist.", path) from None
    except OSError as error:
        raise UsageError("%1 could not be read: %2", path, error.strerror or error) from None
    if len(raw) > SECTION_MAX_BYTES:
        raise UsageError(
            "%1 is larger than %2 KB: a section is a few pages of text at most.",
            path,
            SECTION_MAX_BYTES // 1024,
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UsageError(
            "%1 is not UTF-8 text (byte %2). Save it as UTF-8 and try again.", path, error.start
        ) from None
    if "\x00" in text:
        raise UsageError("%1 is not a text file (it holds NUL characters).", path)
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise UsageError("%1 is empty.", path)
    return text


def _file_format(args: argparse.Namespace) -> str:
    suffix = args.output.suffix.lower().lstrip(".")
    chosen: str = args.format or (suffix if suffix in FORMATS else "pdf")
    if suffix != chosen:
        raise UsageError("%1: the output file name must end in .%2.", args.output, chosen)
    return chosen


def _check_output(output: Path, *, force: bool) -> None:
    """Refuses, before the passphrase is asked, an output that could not be written."""
    if output.is_dir():
        # --force cannot help here: a file never replaces a folder.
        raise UsageError(
            "%1 is a folder. Give the PDF's file name with -o, for example %2.",
            output,
            output / "report.pdf",
        )
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
    output: Path = args.output
    _check_output(output, force=args.force)
    file_format = _file_format(args)
    options = _options(args)
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
        if check_report(prepared).submitter_missing:
            raise UsageError(
                "A document for a UN body must say who submits it (a name or organisation, "
                "and an e-mail, postal address or phone). Set it once with: casefile "
                'submitter --organisation "..." --email "..."'
            )
        try:
            report = build_report(
                vault,
                prepared,
                override_reason=args.override_consent,
                confirmed=args.confirm_override,
                file_format=file_format,
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
