"""Integrity checks: SQLCipher's page authentication plus SQLite's structural check, in words."""

from __future__ import annotations

import os
import re
import urllib.parse
from dataclasses import dataclass, field

from sqlalchemy import Engine, exc

from casefile.errors import Message, message

_PAGE = re.compile(r"page\s+(\d+)", re.IGNORECASE)
_PAGE_SIZE = 4096  # pinned by engine.CIPHER_PINS (cipher_page_size)


@dataclass(frozen=True)
class IntegrityReport:
    pages: int
    damaged_pages: tuple[int, ...] = ()
    problems: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems

    def describe(self) -> str:
        return str(self.as_message())

    def as_message(self) -> Message:
        """The report for people; the driver's own lines stay as they are (English)."""
        if self.ok:
            return message(
                "The vault is intact: all %1 pages pass their authentication check.", self.pages
            )
        lines: list[object] = []
        if self.damaged_pages:
            count = len(self.damaged_pages)
            listed = ", ".join(str(page) for page in self.damaged_pages[:20])
            more = "" if count <= 20 else message(" and %1 more", count - 20)
            values = (count, self.pages, listed, more)
            if count == 1:
                damaged = message(
                    "%1 of %2 pages are damaged (they fail their authentication check): page "
                    "%3%4. They were changed outside Casefile or by a disk fault. Restore from "
                    "a backup.",
                    *values,
                )
            else:
                damaged = message(
                    "%1 of %2 pages are damaged (they fail their authentication check): pages "
                    "%3%4. They were changed outside Casefile or by a disk fault. Restore from "
                    "a backup.",
                    *values,
                )
            lines.append(damaged)
        if any(problem.startswith("Structure check:") for problem in self.problems):
            lines.append(
                message(
                    "Every page is authentic, but the database's structure is inconsistent. "
                    "Restore from a backup. Details:"
                )
            )
        details = [problem for problem in self.problems if not problem.startswith("page:")]
        if details:
            lines.append("\n".join(details))
        text = lines[0]
        for line in lines[1:]:
            text = message("%1\n%2", text, line)
        return text if isinstance(text, Message) else message("%1", text)


def check_integrity(engine: Engine) -> IntegrityReport:
    """Runs both checks; never raises for damage, only reports it.

    SQLCipher's page check comes first: it needs no schema, so it still names the damaged
    pages when the damage is in the schema itself and SQLite's own check cannot run.
    """
    problems, damaged = _check_pages(engine)
    pages = 0
    try:
        with engine.connect() as conn:
            pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())
            if not problems:
                for (message,) in conn.exec_driver_sql("PRAGMA integrity_check"):
                    if str(message) != "ok":
                        problems.append(f"Structure check: {message}")
    except exc.DBAPIError as error:
        pages = _pages_on_disk(engine)
        if not problems:
            problems.append(_unreadable(error))
    return IntegrityReport(
        pages=pages, damaged_pages=tuple(sorted(damaged)), problems=tuple(problems)
    )


def _check_pages(engine: Engine) -> tuple[list[str], set[int]]:
    """SQLCipher's page check (every page's HMAC): the problems found, and the damaged pages."""
    problems: list[str] = []
    damaged: set[int] = set()
    try:
        with engine.connect() as conn:
            for (message,) in conn.exec_driver_sql("PRAGMA cipher_integrity_check"):
                match = _PAGE.search(str(message))
                if match:
                    damaged.add(int(match.group(1)))
                    problems.append(f"page: {message}")
                else:
                    problems.append(f"Encryption check: {message}")
    except exc.DBAPIError as error:
        problems.append(_unreadable(error))
    return problems, damaged


def check_copy(engine: Engine, file_size: int) -> IntegrityReport:
    """The check of a copy the vault just made of itself (backup.make_backup): every page's
    authentication; never raises for damage.

    Not the full check_integrity: the copy is the vault's committed pages, copied one by one by
    SQLite's backup API, each authenticated as it was read from the vault. What can go wrong
    is the writing of the copy. cipher_integrity_check reads every page of the file back and
    verifies its HMAC, which covers the page's number, under the key and the vault's pinned
    cipher settings: a page torn, zeroed, changed, moved or written under another key fails,
    so a copy that passes decrypts with the key to exactly the pages written, in their places
    (pages missing from the end SQLite itself refuses: the header counts them). What it does
    not prove is that those pages make a sound database (b-trees, indexes agreeing with their
    tables): that is the vault's own state, copied as it was, which the full check of the
    daily backup, `casefile check` and the check before a restore see. quick_check would walk
    the b-trees, but it took six times the page check at 100,000 people (bench/README.md).
    """
    problems, damaged = _check_pages(engine)
    return IntegrityReport(
        pages=file_size // _PAGE_SIZE,
        damaged_pages=tuple(sorted(damaged)),
        problems=tuple(problems),
    )


def _unreadable(error: exc.DBAPIError) -> str:
    return (
        "The vault could not be read to the end "
        f"({type(error.orig).__name__ if error.orig else 'error'}: {error.orig}). "
        "Restore it from a backup."
    )


def _pages_on_disk(engine: Engine) -> int:
    """The page count from the file's size, for when SQLite cannot read its own count."""
    database = engine.url.database or ""
    if database.startswith("file:"):
        database = urllib.parse.unquote(database.removeprefix("file:"))
    try:
        return os.path.getsize(database) // _PAGE_SIZE
    except OSError:
        return 0
