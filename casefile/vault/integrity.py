"""Integrity checks: SQLCipher's page authentication plus SQLite's structural check, in words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import Engine, exc

_PAGE = re.compile(r"page\s+(\d+)", re.IGNORECASE)


@dataclass(frozen=True)
class IntegrityReport:
    pages: int
    damaged_pages: tuple[int, ...] = ()
    problems: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems

    def describe(self) -> str:
        if self.ok:
            return f"The vault is intact: all {self.pages} pages pass their authentication check."
        lines = []
        if self.damaged_pages:
            listed = ", ".join(str(page) for page in self.damaged_pages[:20])
            more = (
                "" if len(self.damaged_pages) <= 20 else f" and {len(self.damaged_pages) - 20} more"
            )
            lines.append(
                f"{len(self.damaged_pages)} of {self.pages} pages are damaged "
                f"(they fail their authentication check): page {listed}{more}. "
                "They were changed outside Casefile or by a disk fault. Restore from a backup."
            )
        lines.extend(problem for problem in self.problems if not problem.startswith("page:"))
        return "\n".join(lines)


def check_integrity(engine: Engine) -> IntegrityReport:
    """Runs both checks; never raises for damage, only reports it."""
    problems: list[str] = []
    damaged: set[int] = set()
    pages = 0
    try:
        with engine.connect() as conn:
            pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())
            for (message,) in conn.exec_driver_sql("PRAGMA cipher_integrity_check"):
                match = _PAGE.search(str(message))
                if match:
                    damaged.add(int(match.group(1)))
                    problems.append(f"page: {message}")
                else:
                    problems.append(f"Encryption check: {message}")
            if not damaged:
                for (message,) in conn.exec_driver_sql("PRAGMA integrity_check"):
                    if str(message) != "ok":
                        problems.append(f"Structure check: {message}")
    except exc.DBAPIError as error:
        problems.append(
            "The vault could not be read to the end "
            f"({type(error.orig).__name__ if error.orig else 'error'}: {error.orig}). "
            "Restore it from a backup."
        )
    return IntegrityReport(
        pages=pages, damaged_pages=tuple(sorted(damaged)), problems=tuple(problems)
    )
