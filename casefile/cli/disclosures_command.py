"""`casefile disclosures [--person ID] [--json]`: what left the organisation, to whom, when.

Reads the disclosure log (services/reporting/disclosures.py): every report printed or saved,
with its recipient, template, redaction profile, the SHA-256 of the exact bytes, and any
consent override with its reason. Newest first.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from casefile.cli.common import Subparsers, add_parser, add_vault_argument, one_line, out, unlock
from casefile.services.reporting.disclosures import DisclosureOverviewRow, disclosure_overview

FIELDS = (
    "at",
    "person_id",
    "person_name",
    "template",
    "lang",
    "file_format",
    "profile",
    "recipient",
    "medium",
    "actor",
    "case_id",
    "sha256",
    "consent_overridden",
    "override_reason",
)


def register(subparsers: Subparsers) -> None:
    parser = add_parser(
        subparsers,
        "disclosures",
        cmd_disclosures,
        help="list the documents given out: to whom, when, and any consent override",
        description=(
            "Lists every report printed or saved, newest first: when, about whom, which "
            "template and redaction profile, to whom, by whom, the SHA-256 of the exact "
            "file, and whether consent was overridden and why. Tab-separated lines, or JSON "
            "with --json."
        ),
    )
    add_vault_argument(parser)
    parser.add_argument("--person", metavar="ID", help="only the documents about this person")
    parser.add_argument("--json", action="store_true", help="print JSON instead of lines")


def as_json(row: DisclosureOverviewRow) -> dict[str, Any]:
    values = {name: getattr(row, name) for name in FIELDS}
    values["at"] = row.at.isoformat(timespec="seconds")
    return values


def _line(row: DisclosureOverviewRow) -> str:
    override = f"consent overridden: {row.override_reason or ''}" if row.consent_overridden else ""
    fields = (
        row.at.strftime("%Y-%m-%d %H:%M"),
        row.person_id,
        row.person_name,
        f"{row.template} ({row.lang}, {row.profile}, {row.file_format})",
        row.recipient,
        row.medium,
        row.actor,
        row.sha256,
        override,
    )
    return "\t".join(one_line(field) for field in fields)


def cmd_disclosures(args: argparse.Namespace) -> int:
    vault, _passphrase = unlock(args)
    with vault:
        rows = disclosure_overview(vault, None, person_id=args.person)
    if args.json:
        out(json.dumps([as_json(row) for row in rows], ensure_ascii=False, indent=2))
    else:
        for row in rows:
            out(_line(row))
    return 0
