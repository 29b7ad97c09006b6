"""`casefile list people|cases|hearings`: tab-separated lines, or JSON with --json."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from casefile.cli.common import Subparsers, add_parser, add_vault_argument, one_line, out, unlock
from casefile.cli.prompts import UsageError
from casefile.services.lists.listing import (
    CaseRow,
    HearingRow,
    PersonRow,
    list_cases,
    list_hearings,
    list_people,
    row_as_json,
)

KINDS = ("people", "cases", "hearings")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("not a date in the form YYYY-MM-DD") from None


def register(subparsers: Subparsers) -> None:
    parser = add_parser(
        subparsers,
        "list",
        cmd_list,
        help="list people, cases or hearings",
        description="Lists records, one per line, tab-separated:\n"
        "  people:   id, full name, current status\n"
        "  cases:    id, title, status\n"
        "  hearings: id, case title, date (and time)\n"
        "With --json: a JSON list of objects whose keys are the records' field names.",
    )
    add_vault_argument(parser)
    parser.add_argument("kind", choices=KINDS, help="what to list")
    parser.add_argument("--json", action="store_true", help="print JSON instead of lines")
    parser.add_argument(
        "--from", dest="start", type=_iso_date, metavar="DATE", help="hearings on or after DATE"
    )
    parser.add_argument(
        "--to", dest="end", type=_iso_date, metavar="DATE", help="hearings on or before DATE"
    )


def _line(row: PersonRow | CaseRow | HearingRow) -> str:
    match row:
        case PersonRow():
            fields: tuple[object, ...] = (row.id, row.full_name, row.current_status)
        case CaseRow():
            fields = (row.id, row.title, row.status)
        case HearingRow():
            when = row.scheduled_date.isoformat()
            if row.scheduled_time is not None:
                when += " " + row.scheduled_time.strftime("%H:%M")
            fields = (row.id, row.case_title, when)
    return "\t".join(one_line(field) for field in fields)


def cmd_list(args: argparse.Namespace) -> int:
    if args.kind != "hearings" and (args.start is not None or args.end is not None):
        raise UsageError("--from and --to apply to hearings only.")
    if args.start is not None and args.end is not None and args.end < args.start:
        raise UsageError("--to is before --from.")
    vault, _passphrase = unlock(args)
    rows: Sequence[PersonRow | CaseRow | HearingRow]
    with vault:
        if args.kind == "people":
            rows = list_people(vault)
        elif args.kind == "cases":
            rows = list_cases(vault)
        else:
            rows = list_hearings(vault, args.start, args.end)
    if args.json:
        data: list[dict[str, Any]] = [row_as_json(row) for row in rows]
        out(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            out(_line(row))
    return 0
