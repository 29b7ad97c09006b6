"""`casefile submitter [--name …] [--organisation …] …`: the submitter block of UN documents.

Set once, kept in the vault (it names people), printed as WGAD section VI and as the
submitter of the other UN documents; `casefile report` refuses a UN document without it.
Without options it shows the block as stored.
"""

from __future__ import annotations

import argparse

from casefile.cli.common import Subparsers, add_parser, add_vault_argument, out, unlock
from casefile.cli.prompts import UsageError
from casefile.services.reporting.submitter import (
    SUBMITTER_FIELDS,
    set_submitter_details,
    submitter_details,
)

#: A field of the block is a line or an address, never a document.
FIELD_MAX_CHARS = 500


def register(subparsers: Subparsers) -> None:
    parser = add_parser(
        subparsers,
        "submitter",
        cmd_submitter,
        help="show or set who submits UN documents (WGAD section VI)",
        description=(
            "Shows the submitter block printed on UN documents, or sets the fields given "
            "(the others are kept; an empty value clears a field). A UN document needs a "
            "name or organisation, and an e-mail, postal address or phone."
        ),
    )
    add_vault_argument(parser)
    for key in SUBMITTER_FIELDS:
        parser.add_argument(
            "--" + key.replace("_", "-"), dest=key, metavar="TEXT", help=key.replace("_", " ")
        )


def cmd_submitter(args: argparse.Namespace) -> int:
    given = {key: getattr(args, key) for key in SUBMITTER_FIELDS if getattr(args, key) is not None}
    for key, value in given.items():
        if len(value) > FIELD_MAX_CHARS:
            raise UsageError("--%1 is longer than %2 characters.", key, FIELD_MAX_CHARS)
    vault, _passphrase = unlock(args)
    with vault:
        if given:
            set_submitter_details(vault, {**submitter_details(vault), **given})
        details = submitter_details(vault)
    for key in SUBMITTER_FIELDS:
        out(f"{key.replace('_', ' ')}: {' '.join(details[key].split())}")
    return 0
