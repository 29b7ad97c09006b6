"""Files the user asked to write outside the vault (an attachment, an agenda), written atomically.

These files are NOT encrypted: the pages ask before calling here and say so. Each file goes
through vault.atomic.write_atomic (owner-only permissions, temp file, fsync, rename), so a
crash never leaves a half-written copy of personal data next to the target.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from casefile.errors import ValidationError
from casefile.services.records.attachments import attachment_info, read_attachment, verified_chunks
from casefile.services.records.hearings import (
    agenda,
    calendar_events,
    export_ics,
    future_hearings,
)
from casefile.vault.atomic import write_atomic
from casefile.vault.vault import Vault

#: Attachments larger than this are not shown inside the app (export them instead).
VIEW_LIMIT = 32 * 1024 * 1024


def write_file(path: Path, data: bytes) -> None:
    """Write bytes to ``path`` atomically, readable by the owner only."""
    write_atomic(Path(path), data)


def attachment_bytes(vault: Vault, attachment_id: str, limit: int = VIEW_LIMIT) -> bytes:
    """A file's whole content, for showing it in the app; ValidationError when too large."""
    info = attachment_info(vault, attachment_id)
    if info.size > limit:
        raise ValidationError(
            "This file is too large to show here. Export it to open it with another program."
        )
    return b"".join(read_attachment(vault, attachment_id))


def export_attachment(vault: Vault, attachment_id: str, path: Path) -> int:
    """Write one attachment to ``path`` (unencrypted, atomically); return its size.

    ``path`` is the one the user chose; the stored file name is only ever a suggestion, and
    only through attachments.export_file_name. The file is written a 1 MiB chunk at a time,
    never whole in memory, and checked against the size and SHA-256 taken on intake before it
    takes its name: a damaged copy is not written.
    """
    info = attachment_info(vault, attachment_id)
    write_atomic(Path(path), verified_chunks(vault, attachment_id, info.size, info.sha256))
    return info.size


def export_agenda(
    vault: Vault,
    path: Path,
    start: date,
    end: date,
    *,
    with_names: bool,
    label: str = "Hearing",
) -> int:
    """Write the hearings from start to end as an iCalendar file; return how many events
    (a hearing and the ones it was postponed to make one)."""
    rows = agenda(vault, start, end)
    write_file(path, export_ics(rows, with_names=with_names, label=label))
    return len(calendar_events(rows))


def export_future_hearings(
    vault: Vault,
    path: Path,
    *,
    with_names: bool,
    label: str = "Hearing",
    reminder: timedelta | None = None,
    today: date | None = None,
) -> int:
    """Write every hearing from today on as an iCalendar file, each with an alarm
    ``reminder`` before it when given; return how many events."""
    rows = future_hearings(vault, today=today)
    write_file(path, export_ics(rows, with_names=with_names, label=label, reminder=reminder))
    return len(calendar_events(rows))
