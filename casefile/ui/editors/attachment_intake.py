"""Photos and scans into a record: dropped or chosen files, previews decoded from memory.

Every file is hostile (a photo from a seized phone, a scan from a partner):
- only local, regular files are taken from a drop, at most MAX_FILES_PER_DROP at once; the
  title and file name are the file's own name on this disk, never anything inside the file;
- the bytes are streamed into the vault with their SHA-256 taken on intake
  (services/records/attachments.add_attachment, bounded by MAX_ATTACHMENT_BYTES);
- previews are decoded from bytes in memory (never written to disk) by QImageReader, which
  reads the header first: an image claiming more than MAX_PIXELS is not decoded, Qt's own
  allocation limit (setAllocationLimit) stops what slips past, and thumbnails are decoded
  straight to their small size.
"""

from __future__ import annotations

import mimetypes
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from casefile.errors import ValidationError
from casefile.services.open_formats.file_exports import attachment_bytes
from casefile.services.records.attachments import (
    MAX_ATTACHMENT_BYTES,
    AttachmentInfo,
    add_attachment,
    list_attachments,
)
from casefile.vault.vault import Vault

#: Qt refuses to allocate more than this for one decoded image (its default is 256).
ALLOCATION_LIMIT_MB = 128
#: Width × height an image may claim before it is decoded (a 48-megapixel phone photo fits).
MAX_PIXELS = 64_000_000
#: Images larger than this (bytes) get no thumbnail; they can still be opened one at a time.
THUMBNAIL_SOURCE_LIMIT = 25 * 1024 * 1024
THUMBNAIL_SIDE = 96
MAX_FILES_PER_DROP = 20


def limit_image_allocations() -> None:
    """Qt's per-image allocation limit (process-wide), set before any attachment is decoded."""
    if QImageReader.allocationLimit() != ALLOCATION_LIMIT_MB:
        QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)


def decode_image(data: bytes, max_side: int | None = None) -> QImage | None:
    """The image in `data`, or None if it is not one Qt reads, or claims too many pixels.

    max_side: decode straight to a picture that fits in a square of that side (thumbnails).
    """
    limit_image_allocations()
    array = QByteArray(data)
    buffer = QBuffer(array)
    if not buffer.open(QIODevice.OpenModeFlag.ReadOnly):
        return None
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)  # the bytes say what they are, not a name
    size = reader.size()
    if not size.isValid() or size.width() <= 0 or size.height() <= 0:
        return None
    if size.width() * size.height() > MAX_PIXELS:
        return None
    if max_side is not None and max(size.width(), size.height()) > max_side:
        reader.setScaledSize(
            size.scaled(QSize(max_side, max_side), Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    buffer.close()
    return None if image.isNull() else image


def dropped_files(mime: QMimeData | None) -> list[Path]:
    """The local regular files of a drop (no folders, devices or remote addresses)."""
    if mime is None or not mime.hasUrls():
        return []
    found: list[Path] = []
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        try:
            mode = path.stat().st_mode
        except OSError:
            continue
        if stat.S_ISREG(mode) and path not in found:
            found.append(path)
        if len(found) >= MAX_FILES_PER_DROP:
            break
    return found


def media_type_of(path: Path) -> str:
    """By the file's extension; what the bytes really are is decided when they are shown."""
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def attach_files(vault: Vault, table: str, record_id: str, paths: Iterable[Path]) -> list[str]:
    """Runs on a worker: each file into the vault, attached to the record; their new ids.

    A file over the size limit is refused before it is read (its size on disk) and while it
    is read (a file growing meanwhile); each file is its own unit of work.
    """
    added = []
    for path in paths:
        with path.open("rb") as source:
            opened = os.fstat(source.fileno())  # the file opened, not the name looked at
            if not stat.S_ISREG(opened.st_mode):
                raise ValidationError("Only files can be attached, not folders or devices.")
            if opened.st_size > MAX_ATTACHMENT_BYTES:
                raise ValidationError(
                    "This file is larger than %1 MiB, the most Casefile keeps in a vault.",
                    str(MAX_ATTACHMENT_BYTES // (1024 * 1024)),
                    field="file",
                )
            added.append(
                add_attachment(
                    vault, table, record_id, path.name, source, path.name, media_type_of(path)
                )
            )
    return added


@dataclass(frozen=True)
class Preview:
    """One attached file and its thumbnail (None: not an image, or too large to preview)."""

    info: AttachmentInfo
    thumbnail: QImage | None


def load_previews(vault: Vault, table: str, record_id: str) -> list[Preview]:
    """Runs on a worker: the record's files, images with a thumbnail decoded from memory."""
    previews = []
    for info in list_attachments(vault, table, record_id):
        thumbnail = None
        if info.media_type.startswith("image/") and info.size <= THUMBNAIL_SOURCE_LIMIT:
            thumbnail = decode_image(
                attachment_bytes(vault, info.id, THUMBNAIL_SOURCE_LIMIT), THUMBNAIL_SIDE
            )
        previews.append(Preview(info, thumbnail))
    return previews
