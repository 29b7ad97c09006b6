"""The attachment area of an opened bundle, read a piece at a time.

A bundle's files can be larger than memory should hold, so the merge never asks for a whole
file: it reads each one as a stream of pieces of at most PIECE bytes, hashing and storing as
it goes. The bundle reader decides where the pieces come from (memory for old formats, the
decrypted file for streamed ones).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

#: The most one piece holds; the vault stores attachments in chunks of the same size.
PIECE = 1024 * 1024


class BlobReader(Protocol):
    """Random access to a bundle's attachment area, by (offset, size) from its manifest."""

    @property
    def size(self) -> int:
        """The length of the attachment area in bytes."""
        ...

    def read(self, offset: int, size: int) -> Iterator[bytes]:
        """The bytes [offset, offset + size) as pieces of at most PIECE bytes each."""
        ...


class MemoryBlobs:
    """A blob area already in memory (bundle formats 1 and 2, which decrypt as a whole)."""

    def __init__(self, data: memoryview | bytes) -> None:
        self._data = memoryview(data)

    @property
    def size(self) -> int:
        return len(self._data)

    def read(self, offset: int, size: int) -> Iterator[bytes]:
        if offset < 0 or size < 0 or offset + size > len(self._data):
            raise ValueError("outside the attachment area")
        for start in range(offset, offset + size, PIECE):
            yield bytes(self._data[start : min(start + PIECE, offset + size)])
