"""`casefile calendar -o FILE.ics` (every future hearing) and `casefile court-day -o FILE.pdf`
(the hearings of a day or a week by court): the two files a lawyer or a monitor carries.

Both are written only to the path given with -o, atomically and readable by their owner only,
with a warning that they are not encrypted. Without --with-names the calendar names nobody
(case references, courts, dates), as the app's "without names" export.
"""

from __future__ import annotations

import argparse
import os
from datetime import date, timedelta
from pathlib import Path

from casefile.cli.common import Subparsers, add_parser, add_vault_argument, err, out, unlock
from casefile.cli.prompts import UsageError
from casefile.domain.date_input import read_date
from casefile.errors import ValidationError
from casefile.services.open_formats.file_exports import export_future_hearings, write_file
from casefile.services.reporting.court_day import court_day_list, court_day_pdf

#: --reminder choices: how long before each hearing the calendar rings.
REMINDERS: dict[str, timedelta | None] = {
    "none": None,
    "1h": timedelta(hours=1),
    "1d": timedelta(days=1),
    "2d": timedelta(days=2),
}

CALENDAR_DESCRIPTION = """\
Writes every hearing from today on to an iCalendar file (.ics) for a phone or computer
calendar, whatever week the app shows. A hearing postponed to a new date stays one event
that moves there. Without --with-names the events carry the case reference, the court and
the kind of hearing only. --reminder adds an alarm that long before each hearing (a hearing
with no time set rings at 9:00, on the day or the days before).

The file is NOT encrypted: anyone who gets it, or the phone it is synced to, can read it."""

COURT_DAY_DESCRIPTION = """\
Writes the court-day list: every hearing of DATE (default: today), or with --week of its
week from Monday to Sunday, grouped by court, with the time, the case, the defendants, the
lawyers and the judge. A postponed hearing is marked "postponed -> new date". DATE is written
as in the app: 21.12.2026, 2026-12-21, today.

The PDF is NOT encrypted. --without-names leaves out case titles, defendants, lawyers and
judges (case references, courts and times remain)."""


def register(subparsers: Subparsers) -> None:
    calendar = add_parser(
        subparsers,
        "calendar",
        cmd_calendar,
        help="write every future hearing to a calendar file (.ics, not encrypted)",
        description=CALENDAR_DESCRIPTION,
    )
    add_vault_argument(calendar)
    calendar.add_argument(
        "--with-names",
        action="store_true",
        help="put case titles, defendants and judges in the events",
    )
    calendar.add_argument(
        "--reminder",
        choices=tuple(REMINDERS),
        default="none",
        help="an alarm this long before each hearing: 1h, 1d or 2d (default: none)",
    )
    calendar.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="the .ics file to write"
    )
    calendar.add_argument("--force", action="store_true", help="replace FILE if it exists")

    court_day = add_parser(
        subparsers,
        "court-day",
        cmd_court_day,
        help="write the hearings of a day or a week, by court, as a PDF (not encrypted)",
        description=COURT_DAY_DESCRIPTION,
    )
    add_vault_argument(court_day)
    court_day.add_argument("day", nargs="?", default="today", metavar="DATE")
    court_day.add_argument("--week", action="store_true", help="the whole week of DATE")
    court_day.add_argument("--lang", choices=("en", "ru", "ky"), default="en", help="default: en")
    court_day.add_argument(
        "--without-names",
        action="store_true",
        help="leave out case titles, defendants, lawyers and judges",
    )
    court_day.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="the PDF to write"
    )
    court_day.add_argument("--force", action="store_true", help="replace FILE if it exists")


def _check_output(output: Path, suffix: str, *, force: bool) -> None:
    """Refuses, before the passphrase is asked, an output that could not be written."""
    if output.is_dir():
        raise UsageError("%1 is a folder. Give a file name with -o.", output)
    if output.suffix.lower() != suffix:
        raise UsageError("%1: the output file name must end in %2.", output, suffix)
    if not output.parent.is_dir():
        raise UsageError(
            "The folder %1 does not exist. Create it, or give -o a file in a folder that exists.",
            output.parent,
        )
    if os.path.lexists(output) and not force:
        raise UsageError(
            "%1 already exists. Choose another file name, or add --force to replace it.", output
        )


def cmd_calendar(args: argparse.Namespace) -> int:
    output: Path = args.output
    _check_output(output, ".ics", force=args.force)
    vault, _passphrase = unlock(args)
    with vault:
        count = export_future_hearings(
            vault, output, with_names=args.with_names, reminder=REMINDERS[args.reminder]
        )
    err(
        f"Warning: {output} is NOT encrypted. Anyone who gets it, or the phone or computer it "
        "is synced to, can read it."
    )
    out(f"{count}\t{output}")
    return 0


def _day(text: str) -> date:
    try:
        typed = read_date(text, date.today())
    except ValidationError as error:
        raise UsageError("DATE: %1", error.message) from None
    if typed is None:
        raise UsageError("DATE is empty.")
    return typed.value.earliest


def cmd_court_day(args: argparse.Namespace) -> int:
    day = _day(args.day)
    output: Path = args.output
    _check_output(output, ".pdf", force=args.force)
    start, end = day, day
    if args.week:
        start = day - timedelta(days=day.weekday())
        end = start + timedelta(days=6)
    vault, _passphrase = unlock(args)
    with vault:
        data = court_day_list(vault, start, end, with_names=not args.without_names, lang=args.lang)
    write_file(output, court_day_pdf(data, lang=args.lang))
    err(f"Warning: {output} is NOT encrypted. Anyone who can read this file can read the list.")
    out(f"{data.hearing_count}\t{output}")
    return 0
