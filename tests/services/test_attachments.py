"""Attachments: streamed in 1 MiB chunks, read back chunk by chunk, checked by SHA-256."""

from __future__ import annotations

import hashlib
import io
import os

import pytest
from sqlalchemy import func, select

from casefile.domain.models import AttachmentChunk, AuditEntry
from casefile.errors import RecordNotFoundError, ValidationError
from casefile.services.attachments import (
    CHUNK_SIZE,
    add_attachment,
    attachment_info,
    list_attachments,
    read_attachment,
    verify_attachment,
)
from casefile.services.drafts import save_record
from casefile.services.trash import move_to_trash
from casefile.vault.vault import Vault


def test_five_megabytes_round_trip(vault: Vault) -> None:
    person = save_record(vault, "persons", None, {"full_name": "A"})
    data = os.urandom(5 * 1024 * 1024 + 123)
    attachment = add_attachment(
        vault,
        "persons",
        person,
        "Medical report",
        io.BytesIO(data),
        "report.pdf",
        "application/pdf",
    )
    info = attachment_info(vault, attachment)
    assert info.size == len(data)
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    assert (info.title, info.file_name, info.media_type) == (
        "Medical report",
        "report.pdf",
        "application/pdf",
    )
    with vault.read() as session:
        sizes = session.scalars(
            select(func.length(AttachmentChunk.data))
            .where(AttachmentChunk.attachment_id == attachment)
            .order_by(AttachmentChunk.seq)
        ).all()
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.record_id == attachment)
        ).all()
    assert sizes == [CHUNK_SIZE] * 5 + [123]
    assert [e.action for e in entries] == ["create"]
    assert entries[0].changes["sha256"] == [None, info.sha256]
    chunks = list(read_attachment(vault, attachment))
    assert len(chunks) == 6
    assert hashlib.sha256(b"".join(chunks)).hexdigest() == info.sha256
    assert verify_attachment(vault, attachment)
    assert [a.id for a in list_attachments(vault, "persons", person)] == [attachment]


def test_titles_and_missing_records(vault: Vault) -> None:
    person = save_record(vault, "persons", None, {"full_name": "A"})
    empty = add_attachment(vault, "persons", person, "", io.BytesIO(b""), "empty.txt")
    info = attachment_info(vault, empty)
    assert (info.title, info.size, info.media_type) == ("empty.txt", 0, "application/octet-stream")
    assert list(read_attachment(vault, empty)) == []
    with pytest.raises(ValidationError) as error:
        add_attachment(vault, "persons", person, " ", io.BytesIO(b"x"))
    assert error.value.field == "title"
    with pytest.raises(RecordNotFoundError):
        add_attachment(vault, "persons", "no-such-person", "T", io.BytesIO(b"x"))
    move_to_trash(vault, "attachments", empty)
    assert list_attachments(vault, "persons", person) == []
    with pytest.raises(RecordNotFoundError):
        attachment_info(vault, empty)
    with pytest.raises(RecordNotFoundError):
        read_attachment(vault, empty)  # at once, before the first chunk


def test_a_failed_intake_leaves_nothing(vault: Vault) -> None:
    person = save_record(vault, "persons", None, {"full_name": "A"})

    class Broken(io.RawIOBase):
        calls = 0

        def readable(self) -> bool:
            return True

        def read(self, size: int = -1) -> bytes:
            self.calls += 1
            if self.calls > 2:
                raise OSError("disk unplugged")
            return b"x" * size

    with pytest.raises(OSError):
        add_attachment(vault, "persons", person, "T", Broken())  # type: ignore[arg-type]
    with vault.read() as session:
        assert session.scalar(select(func.count()).select_from(AttachmentChunk)) == 0
    assert list_attachments(vault, "persons", person) == []
