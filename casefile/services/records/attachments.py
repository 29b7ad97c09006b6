"""Files kept inside the vault: streamed in and out in 1 MiB chunks, checked by SHA-256."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from casefile.errors import RecordNotFoundError, ValidationError, VaultCorruptError
from casefile.services.records.drafts import get_live
from casefile.vault.atomic import safe_file_name
from casefile.vault.schema import Attachment, AttachmentChunk, new_id
from casefile.vault.vault import Vault

CHUNK_SIZE = 1024 * 1024
#: The largest file taken in (a phone video of an arrest fits; a disk image does not). Every
#: file from outside is hostile: the read stops here and the unit of work is rolled back.
MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
#: Records that can hold evidence, where the forms and pages offer "Attach…" and drops.
EVIDENCE_TABLES: tuple[str, ...] = (
    "persons",
    "cases",
    "detention_events",
    "hearings",
    "ill_treatment_reports",
    "interventions",
    "charges",
    "consents",
    "sources",
)


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    record_table: str
    record_id: str
    title: str
    file_name: str | None
    media_type: str
    size: int
    sha256: str
    created_at: datetime
    updated_by: str


def attachment_folder_name(attachment_id: str) -> str:
    """The folder name an export gives a file: its id when that is a canonical UUID.

    Ids come from the vault, and the vault may hold records from a bundle made on a seized
    laptop: any other id gets a name made from its hash, never from its text.
    """
    try:
        canonical = str(uuid.UUID(attachment_id))
    except (ValueError, TypeError, AttributeError):
        canonical = None
    if canonical == attachment_id:
        return attachment_id
    digest = hashlib.sha256(str(attachment_id).encode("utf-8", "surrogatepass")).hexdigest()
    return f"unsafe-id-{digest[:16]}"


def export_file_name(info: AttachmentInfo) -> str:
    """A plain file name for an exported copy (or a save dialog's suggestion).

    Made from the stored name (or the title) by safe_file_name: no separators, no "..", no
    Windows device names, so it never leads out of the folder it is written into.
    """
    return safe_file_name(info.file_name or info.title)


def _info(row: Attachment) -> AttachmentInfo:
    return AttachmentInfo(
        id=row.id,
        record_table=row.record_table,
        record_id=row.record_id,
        title=row.title,
        file_name=row.file_name,
        media_type=row.media_type,
        size=row.size,
        sha256=row.sha256,
        created_at=row.created_at,
        updated_by=row.updated_by,
    )


def add_attachment(
    vault: Vault,
    table: str,
    record_id: str,
    title: str,
    source: BinaryIO,
    file_name: str | None = None,
    media_type: str | None = None,
) -> str:
    """Read ``source`` to its end into the vault, attached to a record; return the new id.

    One unit of work: a failure half-way leaves nothing behind. The title defaults to the file
    name. Only one chunk is in memory at a time; a file over MAX_ATTACHMENT_BYTES is refused
    (ValidationError) once that much was read, whatever its size claimed. The SHA-256 is taken
    on intake, from the bytes stored.
    """
    title = (title or "").strip() or (file_name or "").strip()
    if not title:
        raise ValidationError("Please give the file a title.", field="title")
    attachment_id = new_id()
    digest = hashlib.sha256()
    size = 0
    with vault.write() as session:
        get_live(session, table, record_id)
        # The metadata row (with its size and hash) is added after the chunks, so the audit
        # history gets one create with the final values; the chunks' foreign key is checked
        # at commit instead of at each insert.
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
        seq = 0
        while chunk := source.read(CHUNK_SIZE):
            digest.update(chunk)
            size += len(chunk)
            if size > MAX_ATTACHMENT_BYTES:
                raise ValidationError(
                    "This file is larger than %1 MiB, the most Casefile keeps in a vault.",
                    str(MAX_ATTACHMENT_BYTES // (1024 * 1024)),
                    field="file",
                )
            session.execute(
                insert(AttachmentChunk).values(attachment_id=attachment_id, seq=seq, data=chunk)
            )
            seq += 1
        session.add(
            Attachment(
                id=attachment_id,
                record_table=table,
                record_id=record_id,
                title=title[:300],
                file_name=file_name[:300] if file_name else None,
                media_type=media_type or "application/octet-stream",
                size=size,
                sha256=digest.hexdigest(),
            )
        )
    return attachment_id


def _live_attachment(session: Session, attachment_id: str) -> Attachment:
    row = session.get(Attachment, attachment_id)
    if row is None or row.deleted_at is not None:
        raise RecordNotFoundError("This file no longer exists or is in the trash.")
    return row


def attachment_info(vault: Vault, attachment_id: str) -> AttachmentInfo:
    """The file's metadata; RecordNotFoundError if it is gone or in the trash."""
    with vault.read() as session:
        return _info(_live_attachment(session, attachment_id))


def attachments_of(session: Session, table: str, record_id: str) -> list[AttachmentInfo]:
    """A record's files (not in the trash), oldest first, inside an open session."""
    rows = session.scalars(
        select(Attachment)
        .where(
            Attachment.record_table == table,
            Attachment.record_id == record_id,
            Attachment.deleted_at.is_(None),
        )
        .order_by(Attachment.created_at, Attachment.title)
    )
    return [_info(row) for row in rows]


def list_attachments(vault: Vault, table: str, record_id: str) -> list[AttachmentInfo]:
    """A record's files (not in the trash), oldest first."""
    with vault.read() as session:
        return attachments_of(session, table, record_id)


def read_attachment(vault: Vault, attachment_id: str) -> Iterator[bytes]:
    """The file's bytes chunk by chunk, each fetched by its own small query.

    RecordNotFoundError at once if the file is gone or in the trash. No session stays open
    between chunks, so the caller may write each one out at its own pace.
    """
    with vault.read() as session:
        _live_attachment(session, attachment_id)
        count = session.scalar(
            select(func.count())
            .select_from(AttachmentChunk)
            .where(AttachmentChunk.attachment_id == attachment_id)
        )
    return _chunks(vault, attachment_id, count or 0)


def _chunks(vault: Vault, attachment_id: str, count: int) -> Iterator[bytes]:
    for seq in range(count):
        with vault.read() as session:
            data = session.scalar(
                select(AttachmentChunk.data).where(
                    AttachmentChunk.attachment_id == attachment_id, AttachmentChunk.seq == seq
                )
            )
        if data is None:
            raise RecordNotFoundError("This file was removed while it was being read.")
        yield data


def verified_chunks(vault: Vault, attachment_id: str, size: int, sha256: str) -> Iterator[bytes]:
    """read_attachment's chunks, then VaultCorruptError if they do not add up to the size and
    SHA-256 taken on intake (so a writer stops before a damaged copy takes its name)."""
    digest, total = hashlib.sha256(), 0
    for chunk in read_attachment(vault, attachment_id):
        digest.update(chunk)
        total += len(chunk)
        yield chunk
    if total != size or digest.hexdigest() != sha256:
        raise VaultCorruptError(
            "An attached file's stored copy does not match the one added, so it was not "
            "exported. Check the vault (casefile check), then restore it from a backup to get "
            "the file back."
        )


def verify_attachment(vault: Vault, attachment_id: str) -> bool:
    """Whether the stored bytes still match the size and SHA-256 taken on intake."""
    info = attachment_info(vault, attachment_id)
    digest = hashlib.sha256()
    size = 0
    for chunk in read_attachment(vault, attachment_id):
        digest.update(chunk)
        size += len(chunk)
    return size == info.size and digest.hexdigest() == info.sha256
