"""`casefile export json|csv DIR`: the whole vault in open, unencrypted formats.

The format is described in docs/open-formats.md. The files are written atomically and
readable by their owner only; the command warns that they are not encrypted.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from casefile.cli.common import Subparsers, add_parser, add_vault_argument, err, out, unlock
from casefile.services.open_formats.export import ExportExistsError, export_csv, export_json

DESCRIPTION = """\
Writes every record of the vault into DIR (created if missing). The files are written into a
new folder inside DIR and moved into place at the end: if anything fails, DIR is left as it
was.

  json  DIR/casefile-export.json: one JSON document (format described in
        docs/open-formats.md)
  csv   one CSV file per kind of record (persons.csv, cases.csv, hearings.csv, ...),
        UTF-8 with a byte-order mark so that Excel reads Cyrillic correctly

The header rows of persons.csv and hearings.csv use the field names, so these files import
back with `casefile import csv` without a mapping.

These files are NOT encrypted: anyone who can read them can read every record in them."""


def register(subparsers: Subparsers) -> None:
    parser = add_parser(
        subparsers,
        "export",
        cmd_export,
        help="export every record to open JSON or CSV files (not encrypted)",
        description=DESCRIPTION,
    )
    add_vault_argument(parser)
    parser.add_argument("format", choices=("json", "csv"), help="json or csv")
    parser.add_argument("folder", type=Path, metavar="DIR", help="the folder to write into")
    parser.add_argument(
        "--attachments",
        action="store_true",
        help="also write the attached files, as DIR/attachments/ID/NAME",
    )
    parser.add_argument(
        "--include-trash", action="store_true", help="also export records in the trash"
    )
    parser.add_argument(
        "--force", action="store_true", help="replace the files of an earlier export in DIR"
    )


def cmd_export(args: argparse.Namespace) -> int:
    export = export_json if args.format == "json" else export_csv
    vault, _passphrase = unlock(args)
    with vault:
        try:
            result = export(
                vault,
                args.folder,
                include_attachments=args.attachments,
                include_trash=args.include_trash,
                overwrite=args.force,
            )
        except ExportExistsError as error:
            raise ExportExistsError("%1 To replace it, add --force.", error.message) from None
    for table, count in result.counts.items():
        if count:
            out(f"{table}\t{count}")
    if args.attachments:
        out(f"attachment files\t{result.attachment_files}")
    err(f"Exported to {result.folder}.")
    err(f"Warning: {result.warning}")
    return 0
