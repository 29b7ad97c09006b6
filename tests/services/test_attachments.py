"""Attachments: streamed in 1 MiB chunks, read back chunk by chunk, checked by SHA-256."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casefile.errors import RecordNotFoundError, ValidationError
from casefile.services.records.attachments import (
    CHUNK_SIZE,
    add_attachment,
    attachment_info,
    list_attachments,
    read_attachment,
    verify_attachment,
)
from casefile.services.records.drafts import save_record
from casefile.services.records.trash import move_to_trash
from casefile.vault.schema import AttachmentChunk, AuditEntry
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


def test_export_writes_chunk_by_chunk_and_refuses_a_damaged_copy(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import update

    from casefile.errors import VaultCorruptError
    from casefile.services.open_formats import file_exports
    from casefile.vault import atomic
    from casefile.vault.engine import writer

    person = save_record(vault, "persons", None, {"full_name": "A"})
    data = os.urandom(3 * CHUNK_SIZE + 7)
    attachment = add_attachment(
        vault, "persons", person, "Scan", io.BytesIO(data), "scan.bin", "application/octet-stream"
    )
    written: list[int] = []
    real_write_all = atomic._write_all
    monkeypatch.setattr(
        atomic,
        "_write_all",
        lambda fd, chunk: (written.append(len(chunk)), real_write_all(fd, chunk)),
    )
    target = tmp_path / "scan.bin"
    assert file_exports.export_attachment(vault, attachment, target) == len(data)
    assert target.read_bytes() == data
    assert written == [CHUNK_SIZE] * 3 + [7]  # never the whole file at once
    assert target.stat().st_mode & 0o777 == 0o600

    # A stored chunk that no longer matches the hash taken on intake: nothing is written.
    with writer(vault.engine).begin() as conn:
        conn.execute(
            update(AttachmentChunk)
            .where(AttachmentChunk.attachment_id == attachment, AttachmentChunk.seq == 1)
            .values(data=b"x" * CHUNK_SIZE)
        )
    damaged = tmp_path / "damaged.bin"
    with pytest.raises(VaultCorruptError, match="does not match"):
        file_exports.export_attachment(vault, attachment, damaged)
    assert not damaged.exists()
    assert atomic.leftover_temp_files(damaged) == []


def test_a_file_over_the_limit_is_refused_as_it_is_read(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bounded whatever the source claims: the read stops past the limit, nothing is kept."""
    import casefile.services.records.attachments as attachments

    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 3 * CHUNK_SIZE)
    person = save_record(vault, "persons", None, {"full_name": "A"})

    class Endless(io.RawIOBase):
        reads = 0

        def readable(self) -> bool:
            return True

        def read(self, size: int = -1) -> bytes:
            self.reads += 1
            return b"\0" * size

    source = Endless()
    with pytest.raises(ValidationError):
        add_attachment(vault, "persons", person, "T", source)  # type: ignore[arg-type]
    assert source.reads == 4
    with vault.read() as session:
        assert session.scalar(select(func.count()).select_from(AttachmentChunk)) == 0
