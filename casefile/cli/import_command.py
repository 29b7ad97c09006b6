"""`casefile import csv FILE --kind people|hearings`: people or hearings from a spreadsheet.

A dry run prints what would happen to every row; the import itself is one transaction.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from casefile.cli.common import Subparsers, add_parser, add_vault_argument, err, one_line, out
from casefile.cli.common import unlock as unlock_vault
from casefile.services.open_formats.csv_import import (
    CsvEncodingError,
    CsvFormatError,
    ImportKind,
    RowAction,
    describe,
    load_mapping,
    normal_encoding,
    plan_import,
    read_csv,
    read_csv_file,
    run_import,
)

if TYPE_CHECKING:
    from casefile.services.open_formats.csv_reading import CsvTable

#: Exit code of a dry run in which some rows would be rejected (invalid input).
EXIT_ROWS_REJECTED = 2
_KOBO_NOTE = (
    "Read as a KoboToolbox export: group/field columns map to their field, meta-columns "
    "(_uuid, _submission_time, ...) are not imported, multi-select answers are split at spaces."
)

DESCRIPTION = """\
Imports people or hearings from a CSV file (UTF-8, with or without a byte-order mark, or
Windows-1251 with --encoding cp1251; comma, semicolon or tab separated; the first row is the
header; at most 32 MB, 500 columns and 100,000 rows).

Columns whose header is a field name (full_name, birth_date, sex, roles, ...; for hearings
case_id, scheduled_date, scheduled_time, court, kind, ...) are used as they are, so the
files of `casefile export csv` import without a mapping. Other headers need a mapping
file: a JSON object from column name to field name, null to ignore a column, e.g.
  {"ФИО": "full_name", "Дата рождения": "birth_date", "Примечание": null}

A row whose id column names an existing record updates it; other rows create records.
People whose name equals an existing person's or an earlier row's (ignoring case, spaces
and ё/е) are rejected as duplicates. Hearings name their case by case_id, or by a column
mapped to "case": a case id, one of its case numbers, or its title.

KoboToolbox exports (recognised by their _uuid, _submission_time, _index columns) import
as they are: group/field headers map to the field, meta-columns are not imported, and
multi-select answers separated by spaces ("journalist blogger") are read as several terms.

--dry-run prints one line per row, tab-separated: line, action (create, update,
unchanged, reject), record id, name or case and date, and the reasons or changed fields.
It writes nothing and exits with 2 if any row would be rejected.

Without --dry-run the rows are imported in one transaction, recorded in the history. If any
row would be rejected nothing is imported (exit 2), unless --skip-rejected is given."""


def register(subparsers: Subparsers) -> None:
    parser = add_parser(
        subparsers,
        "import",
        cmd_import,
        help="import people or hearings from a CSV file (with a dry run)",
        description=DESCRIPTION,
    )
    add_vault_argument(parser)
    parser.add_argument("format", choices=("csv",), help="csv")
    parser.add_argument("file", type=Path, metavar="FILE", help="the CSV file")
    parser.add_argument("--kind", required=True, choices=("people", "hearings"))
    parser.add_argument(
        "--mapping", type=Path, metavar="M.json", help="column names to field names (JSON)"
    )
    parser.add_argument(
        "--encoding",
        default="utf-8",
        metavar="ENC",
        help="the file's encoding: utf-8 (default) or cp1251 (Windows-1251, Russian Excel)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="report what would happen; write nothing"
    )
    parser.add_argument(
        "--skip-rejected", action="store_true", help="import the good rows, skip the rejected"
    )


def _read_table(path: Path, encoding: str) -> tuple[bytes, CsvTable]:
    """The file's bytes and table; a refusal names the file and says what to do."""
    try:
        data = read_csv_file(path)
        return data, read_csv(data, normal_encoding(encoding))
    except CsvEncodingError as error:
        if error.detected == "cp1251":
            raise CsvEncodingError(
                "%1 is not UTF-8 text; it looks like Windows-1251 (Cyrillic, as "
                "Russian Excel saves “CSV”). Nothing was imported. Add --encoding cp1251 to "
                "read it as Windows-1251.",
                path.name,
                detected=error.detected,
            ) from None
        if error.detected == "utf-8":
            raise CsvEncodingError(
                "%1 is UTF-8 text, not %2. Nothing was imported. Leave out "
                "--encoding to read it as UTF-8.",
                path.name,
                encoding,
                detected=error.detected,
            ) from None
        raise CsvEncodingError("%1: %2 Nothing was imported.", path.name, error.message) from None
    except CsvFormatError as error:
        raise CsvFormatError("%1: %2 Nothing was imported.", path.name, error.message) from None


def cmd_import(args: argparse.Namespace) -> int:
    kind = ImportKind(args.kind)
    # A malformed file is refused before the passphrase is asked.
    data, table = _read_table(args.file, args.encoding)
    encoding = table.encoding
    # A mapping is a few lines of JSON; the CSV limit is a generous bound for it too.
    mapping = load_mapping(read_csv_file(args.mapping)) if args.mapping else None
    if table.encoding != "utf-8":
        err(f"Reading {args.file.name} as Windows-1251.")
    vault, _passphrase = unlock_vault(args)
    with vault:
        if args.dry_run:
            plan = plan_import(vault, kind, data, mapping, encoding=encoding)
            if plan.kobo:
                err(_KOBO_NOTE)
            for row in plan.rows:
                out("\t".join(one_line(cell) for cell in describe(row)))
            err(
                f"Dry run: {plan.count(RowAction.CREATE)} to create, "
                f"{plan.count(RowAction.UPDATE)} to update, "
                f"{plan.count(RowAction.UNCHANGED)} unchanged, "
                f"{plan.count(RowAction.REJECT)} rejected. Nothing was written."
            )
            if plan.ignored_columns:
                err("Columns not imported: " + ", ".join(plan.ignored_columns) + ".")
            return EXIT_ROWS_REJECTED if plan.rejected else 0
        result = run_import(
            vault, kind, data, mapping, skip_rejected=args.skip_rejected, encoding=encoding
        )
    if result.plan.kobo:
        err(_KOBO_NOTE)
    for row in result.plan.rejected:
        out("\t".join(one_line(cell) for cell in describe(row)))
    err(
        f"Imported: {result.created} created, {result.updated} updated, "
        f"{result.plan.count(RowAction.UNCHANGED)} unchanged, {result.skipped} rejected rows "
        "skipped."
    )
    return 0
