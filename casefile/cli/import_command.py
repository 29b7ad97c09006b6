"""`casefile import csv FILE --kind people|hearings`: people or hearings from a spreadsheet.

A dry run prints what would happen to every row; the import itself is one transaction.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from casefile.cli.common import Subparsers, add_parser, add_vault_argument, err, one_line, out
from casefile.cli.common import unlock as unlock_vault

#: Exit code of a dry run in which some rows would be rejected (invalid input).
EXIT_ROWS_REJECTED = 2

DESCRIPTION = """\
Imports people or hearings from a CSV file (UTF-8, with or without a byte-order mark;
comma, semicolon or tab separated; the first row is the header).

Columns whose header is a field name (full_name, birth_date, sex, roles, ...; for hearings
case_id, scheduled_date, scheduled_time, court, kind, ...) are used as they are, so the
files of `casefile export csv` import without a mapping. Other headers need a mapping
file: a JSON object from column name to field name, null to ignore a column, e.g.
  {"ФИО": "full_name", "Дата рождения": "birth_date", "Примечание": null}

A row whose id column names an existing record updates it; other rows create records.
People whose name equals an existing person's or an earlier row's (ignoring case, spaces
and ё/е) are rejected as duplicates. Hearings name their case by case_id, or by a column
mapped to "case": a case id, one of its case numbers, or its title.

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
        "--dry-run", action="store_true", help="report what would happen; write nothing"
    )
    parser.add_argument(
        "--skip-rejected", action="store_true", help="import the good rows, skip the rejected"
    )


def cmd_import(args: argparse.Namespace) -> int:
    from casefile.services.csv_import import (
        ImportKind,
        RowAction,
        describe,
        load_mapping,
        plan_import,
        read_csv,
        run_import,
    )

    kind = ImportKind(args.kind)
    data = args.file.read_bytes()
    mapping = load_mapping(args.mapping.read_bytes()) if args.mapping else None
    read_csv(data)  # a malformed file is refused before the passphrase is asked
    vault, _passphrase = unlock_vault(args)
    with vault:
        if args.dry_run:
            plan = plan_import(vault, kind, data, mapping)
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
        result = run_import(vault, kind, data, mapping, skip_rejected=args.skip_rejected)
    for row in result.plan.rejected:
        out("\t".join(one_line(cell) for cell in describe(row)))
    err(
        f"Imported: {result.created} created, {result.updated} updated, "
        f"{result.plan.count(RowAction.UNCHANGED)} unchanged, {result.skipped} rejected rows "
        "skipped."
    )
    return 0
