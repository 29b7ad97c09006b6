"""Exchange through a folder that something else carries (Syncthing, a network share, a USB
stick): each sync imports every bundle there for this vault and writes one bundle, sealed to
all trusted partners at once, when there is something to tell them (docs/office-network.md).

Every file in the folder is hostile: only names this module writes are read (no name ever
becomes a path beyond the folder), links and anything but plain files are passed over, the
count is capped, and a file that cannot be imported is skipped with a reason in the exchange
log, once per version of the file, never raised."""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select

from casefile.errors import KnownError
from casefile.services.exchange import (
    bundle_stream,
    devices,
    scopes,
    send,
    service,
)
from casefile.services.exchange.changes import Selection
from casefile.services.exchange.errors import (
    BundleDamagedError,
    BundleError,
    BundlePassphraseError,
    BundleTooNewError,
    MassChangeError,
    UntrustedDeviceError,
)
from casefile.services.exchange.sync_folder import SETTING_FOLDER as SETTING_FOLDER
from casefile.services.exchange.sync_folder import folder_of as folder_of
from casefile.vault.atomic import write_atomic
from casefile.vault.schema import (
    FieldVersion,
    OutboxBundle,
    Partner,
    Setting,
    SyncLogEntry,
    Tombstone,
)
from casefile.vault.vault import Vault

#: The only names read or written: nothing about the partner, the time or the content.
BUNDLE_NAME = re.compile(r"\Acf-[0-9a-f]{16}\.cfbundle\Z")
#: write_atomic's temp files (".<name>.<random>.tmp") and Syncthing's own: never carried.
STIGNORE_LINES = ("(?d).*.tmp", "(?d).syncthing.*")
#: A folder with more bundles than this is read this many at a time, oldest names first.
MAX_FILES = 5000
_LOG_KEEP = 2000


@dataclass
class SyncReport:
    received: list[str] = field(default_factory=list)
    sent: list[str] = field(default_factory=list)
    pruned: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)


def set_folder(vault: Vault, folder: Path | None) -> None:
    """The folder this vault syncs through (a device setting: it never travels)."""
    with vault.write("sync folder set") as session:
        if folder is None:
            session.execute(delete(Setting).where(Setting.key == SETTING_FOLDER))
        else:
            session.merge(Setting(key=SETTING_FOLDER, value=str(Path(folder).absolute())))


class SyncFolderError(KnownError):
    exit_code = 2


def _check_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise SyncFolderError("The sync folder %1 does not exist or is not a folder.", folder)


def _ensure_stignore(folder: Path) -> None:
    path = folder / ".stignore"
    if path.is_symlink():
        return
    try:
        present = path.read_text("utf-8").splitlines() if path.is_file() else []
    except (OSError, UnicodeDecodeError):
        return
    missing = [line for line in STIGNORE_LINES if line not in present]
    if missing:
        write_atomic(path, "\n".join([*present, *missing, ""]).encode(), 0o644)


def _bundle_files(folder: Path) -> Iterator[os.DirEntry[str]]:
    names: list[os.DirEntry[str]] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if BUNDLE_NAME.match(entry.name) and entry.is_file(follow_symlinks=False):
                names.append(entry)
                if len(names) >= MAX_FILES * 4:
                    break
    names.sort(key=lambda e: e.name)
    yield from names[:MAX_FILES]


def _reason(error: Exception) -> str:
    if isinstance(error, BundlePassphraseError):
        return "not for this device"
    if isinstance(error, UntrustedDeviceError):
        return "from a device this vault does not trust"
    if isinstance(error, BundleTooNewError):
        return "made by a newer Casefile"
    if isinstance(error, MassChangeError):
        return "needs a person's confirmation (import it by hand)"
    if isinstance(error, BundleDamagedError):
        return "torn or damaged (may still be arriving)"
    return str(error)[:200]


def _receive(vault: Vault, folder: Path, report: SyncReport) -> None:
    with vault.read() as session:
        own = set(session.scalars(select(OutboxBundle.file_name)))
        seen = {
            (row.file_name, row.file_size, row.file_mtime)
            for row in session.execute(
                select(SyncLogEntry.file_name, SyncLogEntry.file_size, SyncLogEntry.file_mtime)
            )
        }
        agreement_key = devices.identity(session).agreement_key
    entries: list[SyncLogEntry] = []
    for entry in _bundle_files(folder):
        if entry.name in own:
            continue
        stat = entry.stat(follow_symlinks=False)
        key = (entry.name, stat.st_size, stat.st_mtime_ns)
        if key in seen:
            continue
        values: dict[str, Any] = {
            "file_name": entry.name,
            "file_size": stat.st_size,
            "file_mtime": stat.st_mtime_ns,
        }
        path = folder / entry.name
        # Another device's bundle in a shared folder: told from the outer header alone, so
        # fifty monitors in one folder do not each open every other's file in a transaction.
        if not bundle_stream.opens_with(path, agreement_key):
            entries.append(_entry("skipped", None, None, "not for this device", values))
            report.skipped.append((entry.name, "not for this device"))
            continue
        try:
            # A backup before the round's first change only: once made, none is due
            # for a day (fifty monitors' bundles made fifty backups of the office's vault).
            preview = service.import_bundle(vault, path)
        except (BundleError, KnownError, OSError) as error:
            reason = _reason(error) if not isinstance(error, OSError) else "could not be read"
            if "made by this vault" in str(error):
                reason = "made by this vault"
            entries.append(_entry("skipped", None, None, reason, values))
            report.skipped.append((entry.name, reason))
            continue
        event, reason = ("skipped", "replayed") if preview.already_applied else ("received", "")
        entries.append(_entry(event, preview.sender_device_id, preview.bundle_id, reason, values))
        if preview.already_applied:
            report.skipped.append((entry.name, reason))
        else:
            report.received.append(entry.name)
    if entries:
        with vault.write("sync log") as session:
            session.add_all(entries)


def _entry(
    event: str, device_id: str | None, bundle_id: str | None, reason: str, values: dict[str, Any]
) -> SyncLogEntry:
    return SyncLogEntry(
        event=event, device_id=device_id, bundle_id=bundle_id, reason=reason, **values
    )


def _prune(vault: Vault, folder: Path, report: SyncReport) -> set[str]:
    """Deletes what every recipient acknowledged; returns the recipients of bundles lost
    before that (gone from the folder unacknowledged), which are written again."""
    lost: set[str] = set()
    with vault.write("sync prune") as session:
        acked = {
            str(device): int(seq)
            for device, seq in session.execute(select(Partner.device_id, Partner.acked_seq))
        }
        for row in session.scalars(select(OutboxBundle)):
            path = folder / row.file_name
            if all(acked.get(device, 0) >= row.clock for device in row.recipients):
                path.unlink(missing_ok=True)
                session.delete(row)
                session.add(
                    SyncLogEntry(
                        event="pruned",
                        device_id=None,
                        bundle_id=row.bundle_id,
                        file_name=row.file_name,
                        file_size=row.size,
                        file_mtime=0,
                        reason="acknowledged by every recipient",
                    )
                )
                report.pruned += 1
            elif not path.is_file():
                lost.update(d for d in row.recipients if acked.get(d, 0) < row.clock)
                session.delete(row)
    return lost


type Group = tuple[list[Partner], Selection | None, list[tuple[str, str]]]


def _groups(vault: Vault) -> list[Group]:
    """Who gets one bundle together: every trusted partner without a scope, and each partner
    with a need-to-know scope on its own."""
    with vault.read() as session:
        rows = list(
            session.scalars(
                select(Partner).where(Partner.trusted.is_(True)).order_by(Partner.device_id)
            )
        )
    everything = [row for row in rows if scopes.selection_of(row) is None]
    groups: list[Group] = [(everything, None, [])] if everything else []
    groups += [
        ([row], scopes.selection_of(row), scopes.purges_of(row))
        for row in rows
        if row not in everything
    ]
    return groups


def _has_news(vault: Vault, partners: list[Partner], lost: set[str]) -> bool:
    if any(p.device_id in lost or p.received_seq > p.told_seq for p in partners):
        return True
    since = min(p.last_sent_seq for p in partners)
    with vault.read() as session:
        changed = session.scalar(select(func.max(FieldVersion.seq))) or 0
        purged = session.scalar(select(func.max(Tombstone.seq))) or 0
    return max(changed, purged) > since


def _send(vault: Vault, folder: Path, lost: set[str], report: SyncReport) -> None:
    for partners, scope, purges in _groups(vault):
        if _has_news(vault, partners, lost):
            owed = any(p.device_id in lost or p.received_seq > p.told_seq for p in partners)
            _send_group(vault, folder, partners, scope, purges, report, keep_empty=owed)


def _send_group(
    vault: Vault,
    folder: Path,
    partners: list[Partner],
    scope: Selection | None,
    purges: list[tuple[str, str]],
    report: SyncReport,
    *,
    keep_empty: bool,
) -> None:
    name = f"cf-{secrets.token_hex(8)}.cfbundle"
    path = folder / name
    # Everything a partner has not acknowledged goes again: a lost file costs nothing.
    since = min(p.acked_seq for p in partners)
    sent = send.make_bundle(
        vault,
        [p.device_id for p in partners],
        lambda pieces: write_atomic(path, pieces, 0o644),
        since=since,
        scope=scope,
        purges=purges,
    )
    if not keep_empty and not sent.records and not sent.purges:
        # Changes elsewhere, none in this partner's scope: nothing to carry. The mark moves
        # on so the next round does not look again.
        path.unlink(missing_ok=True)
        send.note_delivered(vault, sent)
        return
    send.note_delivered(vault, sent)
    size = path.stat().st_size
    with vault.write("sync sent") as session:
        # An older bundle to the same partners is superseded: this one holds all of it.
        for row in session.scalars(select(OutboxBundle)):
            if set(row.recipients) <= set(sent.recipients):
                (folder / row.file_name).unlink(missing_ok=True)
                session.delete(row)
        session.add(
            OutboxBundle(
                bundle_id=sent.bundle_id,
                file_name=name,
                recipients=list(sent.recipients),
                clock=sent.clock,
                size=size,
                # 0: only acknowledgements, which are not acknowledged in turn (acks.py)
                records=sent.records + sent.purges,
            )
        )
        for device_id in sent.recipients:
            session.add(
                SyncLogEntry(
                    event="sent",
                    device_id=device_id,
                    bundle_id=sent.bundle_id,
                    file_name=name,
                    file_size=size,
                    file_mtime=0,
                    reason=f"{sent.records} records",
                )
            )
    report.sent.append(name)


def _trim_log(vault: Vault) -> None:
    with vault.write("sync log trimmed") as session:
        cut = session.scalar(
            select(SyncLogEntry.id).order_by(SyncLogEntry.id.desc()).offset(_LOG_KEEP).limit(1)
        )
        if cut is not None:
            session.execute(delete(SyncLogEntry).where(SyncLogEntry.id <= cut))


def sync(vault: Vault, folder: Path | None = None) -> SyncReport:
    """One round: import what arrived, prune what all acknowledged, send what is new."""
    folder = folder or folder_of(vault)
    if folder is None:
        raise SyncFolderError("No sync folder is set for this vault.")
    _check_folder(folder)
    _ensure_stignore(folder)
    report = SyncReport()
    _receive(vault, folder, report)
    # Nobody waits for a sync: what its imports left in the write-ahead log is copied now.
    vault.checkpoint()
    lost = _prune(vault, folder, report)
    _send(vault, folder, lost, report)
    _trim_log(vault)
    return report


# -- the exchange log ----------------------------------------------------------------------


@dataclass(frozen=True)
class PartnerStatus:
    name: str
    device_id: str
    last_sent_at: datetime | None
    last_received_at: datetime | None
    sent_up_to: int
    acknowledged_up_to: int
    pending: int
    skipped: list[tuple[str, str]]

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "device_id": self.device_id,
            "last_sent_at": _iso(self.last_sent_at),
            "last_received_at": _iso(self.last_received_at),
            "sent_up_to": self.sent_up_to,
            "acknowledged_up_to": self.acknowledged_up_to,
            "pending_bundles": self.pending,
        }


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


@dataclass(frozen=True)
class SyncStatus:
    folder: Path | None
    partners: list[PartnerStatus]
    skipped: list[tuple[str, str, datetime]]

    def as_json(self) -> dict[str, Any]:
        return {
            "folder": None if self.folder is None else str(self.folder),
            "partners": [p.as_json() for p in self.partners],
            "skipped": [
                {"file": name, "reason": reason, "at": at.isoformat()}
                for name, reason, at in self.skipped
            ],
        }


def status(vault: Vault) -> SyncStatus:
    """The exchange log, per partner."""
    folder = folder_of(vault)
    with vault.read() as session:
        outbox = list(session.scalars(select(OutboxBundle)))
        partners = []
        for row in session.scalars(select(Partner).order_by(Partner.name)):
            pending = sum(
                1
                for b in outbox
                if b.records and row.device_id in b.recipients and b.clock > row.acked_seq
            )
            partners.append(
                PartnerStatus(
                    row.name,
                    row.device_id,
                    row.last_sent_at,
                    row.last_received_at,
                    row.last_sent_seq,
                    row.acked_seq,
                    pending,
                    [],
                )
            )
        skipped = [
            (r.file_name, r.reason, r.at)
            for r in session.scalars(
                select(SyncLogEntry)
                .where(SyncLogEntry.event == "skipped")
                .order_by(SyncLogEntry.id.desc())
                .limit(50)
            )
        ]
    return SyncStatus(folder, partners, skipped)
