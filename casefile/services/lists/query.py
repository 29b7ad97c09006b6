"""What a paged list asks for (order, filter words) and what it gets back (a window of rows).

Plain dataclasses with no SQLAlchemy import, so the UI can build queries at import time without
loading the vault stack (see casefile/services/lists/paged.py for the queries themselves).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload

#: Rows read per page: a few screens, so scrolling a little never waits on the vault.
PAGE_SIZE = 200
#: Rows a filter's first window reads (each way from today for hearings): a tall screen. Its
#: ids follow once it is painted, and the rest of the list comes by page: reading a page's
#: worth each way at each keystroke took twice as long (bench/README.md).
FIRST_SCREEN = 80


@dataclass(frozen=True)
class FilterWord:
    """One word typed in a list's filter box.

    `codes` are the stored codes (statuses, risk levels, hearing kinds and outcomes) whose
    label, as shown in the interface language, the word matches (a word of the label begins
    with it: ListPage's label_matches): only the UI knows labels.
    """

    text: str
    codes: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ListQuery:
    """A list's order and filter. Every word must match some column of a row."""

    sort: str = ""  # a column id; "" for the list's own order
    descending: bool = False
    words: tuple[FilterWord, ...] = ()
    #: For a coded sort column: the codes in the order to show them (urgency, or by label).
    code_order: tuple[str, ...] = ()


@dataclass(frozen=True)
class ListWindow:
    """The first rows to show, and how many rows match.

    `rows` are the rows at positions first, first + 1, … of the matching rows. `ids` holds the
    id of every matching row in order when reading them cost no more than the window (else
    None: ask `ids()` next). `start` is the row to show at the top (hearings: the first one
    today or later; `count` when there is none, meaning the end); None to stay at the top.
    When `exact` is false, count, first and start are estimates that rows in the trash may
    have pushed up (they were counted on an index without reading the rows), or that a
    filtered list gave from the rows around today alone; the ids correct them.
    """

    count: int
    total: int  # rows in the list with no filter
    first: int
    rows: list[Any]
    ids: Sequence[str] | None
    start: int | None = None
    exact: bool = True
    #: Whether `total` is exact when the rest are estimates (a filtered window streamed).
    total_exact: bool = False


@dataclass(frozen=True)
class ListIds:
    """Every matching row's id, in order, with the row to show first (see ListWindow.start)."""

    ids: Sequence[str]
    start: int | None = None


class PackedIds(Sequence[str]):
    """Record ids in order, packed into one bytes object, as a read-only sequence of str.

    A list keeps one str object per id, allocated among the rows of the query that read them;
    once the rows were freed, the ids kept Python's memory arenas partly used, so the process
    could not give them back (figures: bench/README.md). Packed, they are one block. Ids in
    the canonical UUID form (the vault's own, schema.new_id) are kept as their 16 bytes, not
    their 36 characters; other ASCII ids of one length as they are.
    """

    __slots__ = ("_blob", "_count", "_uuids", "_width")

    def __init__(self, blob: bytes, width: int, uuids: bool = False) -> None:
        if width <= 0 or len(blob) % width or (uuids and width != _UUID_BYTES):
            raise ValueError("the block is not a whole number of ids")
        self._blob, self._width, self._count = blob, width, len(blob) // width
        self._uuids = uuids

    @classmethod
    def pack(cls, ids: Iterable[str]) -> Sequence[str]:
        """The ids packed; a plain list when they are not all ASCII of one length."""
        if isinstance(ids, PackedIds):
            return ids
        found = ids if isinstance(ids, list) else list(ids)
        width = len(found[0]) if found else _UUID_TEXT
        joined = "".join(found)
        if not joined.isascii() or width == 0 or any(len(i) != width for i in found):
            return found
        if width == _UUID_TEXT and (raw := _uuid_bytes(joined, len(found))) is not None:
            return cls(raw, _UUID_BYTES, uuids=True)
        return cls(joined.encode("ascii"), width)

    @classmethod
    def pack_parts(cls, parts: Iterable[Sequence[str]]) -> Sequence[str]:
        """The ids of parts read one after another (a query's rows a batch at a time), packed
        as they come, so that only one part's str objects live at once."""
        blob, width, uuids = bytearray(), 0, True
        loose: list[str] | None = None  # once an id does not fit the block
        for part in parts:
            if loose is not None:
                loose.extend(part)
                continue
            width = width or (len(part[0]) if part else 0)
            joined = "".join(part)
            fits = bool(width) and joined.isascii() and all(len(i) == width for i in part)
            raw = _uuid_bytes(joined, len(part)) if fits and uuids else None
            if raw is not None and width == _UUID_TEXT:
                blob += raw
            elif fits and not (uuids and blob):
                uuids = False
                blob += joined.encode("ascii")
            else:
                done = cls(bytes(blob), _UUID_BYTES if uuids else width, uuids) if blob else ()
                loose = [*done, *part]
        if loose is not None:
            return loose
        if not blob:
            return cls(b"", _UUID_BYTES, uuids=True)
        return cls(bytes(blob), _UUID_BYTES if uuids else width, uuids)

    def take(self, positions: Iterable[int]) -> PackedIds:
        """The ids at these positions, in this order, packed (no str made for any of them)."""
        blob, width = self._blob, self._width
        chunks = [blob[n * width : (n + 1) * width] for n in positions]
        return PackedIds(b"".join(chunks), width, self._uuids)

    def positions(self, wanted: Iterable[str], inside: bool = True) -> list[int]:
        """The positions of the ids in `wanted` (else of those not in it), in order, found
        in the block without decoding an id (half the time of decoding 100,000 of them)."""
        blob, width = self._blob, self._width
        kept = self._encoded(wanted)
        return [
            n for n in range(self._count) if (blob[n * width : (n + 1) * width] in kept) == inside
        ]

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        width = self._width
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            if step != 1:
                return [self[n] for n in range(start, stop, step)]
            return self._decode(self._blob[start * width : max(start, stop) * width])
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError("id index out of range")
        return self._decode(self._blob[index * width : (index + 1) * width])[0]

    def _decode(self, chunk: bytes) -> list[str]:
        """The ids of a slice of the block, as str."""
        width = self._width
        if not self._uuids:
            text = chunk.decode("ascii")
            return [text[n : n + width] for n in range(0, len(text), width)]
        digits = chunk.hex()
        return [
            f"{digits[n : n + 8]}-{digits[n + 8 : n + 12]}-{digits[n + 12 : n + 16]}-"
            f"{digits[n + 16 : n + 20]}-{digits[n + 20 : n + 32]}"
            for n in range(0, len(digits), 2 * _UUID_BYTES)
        ]

    def __iter__(self) -> Iterator[str]:
        # Decoded in blocks: one str per id, as the caller asks, never all at once.
        for start in range(0, self._count, 4096):
            yield from self[start : start + 4096]

    def __contains__(self, value: object) -> bool:
        try:
            self.index(value)
        except ValueError:
            return False
        return True

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        """The first position of an id (a C search of the block, ~1 ms at 50,000 ids)."""
        width, end = self._width, self._count if stop is None else min(stop, self._count)
        needle = self._encode(value)
        if needle is None:
            raise ValueError(f"{value!r} is not in the list")
        at = max(start, 0) * width
        while True:
            at = self._blob.find(needle, at, end * width)
            if at < 0:
                raise ValueError(f"{value!r} is not in the list")
            if at % width == 0:
                return at // width
            at += 1

    def _encoded(self, values: Iterable[str]) -> set[bytes]:
        """The values that can be ids of this block, as kept in it (UUIDs in one pass)."""
        if self._uuids:
            texts = [v for v in values if isinstance(v, str) and len(v) == _UUID_TEXT]
            if (raw := _uuid_bytes("".join(texts), len(texts))) is not None:
                return {raw[n : n + _UUID_BYTES] for n in range(0, len(raw), _UUID_BYTES)}
            values = texts
        found = {self._encode(value) for value in values}
        found.discard(None)
        return found  # type: ignore[return-value]

    def _encode(self, value: object) -> bytes | None:
        """An id as it is kept in the block; None when no id in it can be equal to it."""
        if not isinstance(value, str) or not value.isascii():
            return None
        if self._uuids:
            return _uuid_bytes(value, 1) if len(value) == _UUID_TEXT else None
        return value.encode("ascii") if len(value) == self._width else None

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PackedIds) and self._uuids == other._uuids:
            return self._blob == other._blob and self._width == other._width
        if isinstance(other, Sequence) and not isinstance(other, str | bytes):
            if len(other) != self._count:
                return False
            return all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"PackedIds({self._count} ids)"


# A UUID in its canonical text (8-4-4-4-12 lower-case hex digits) and as bytes.
_UUID_TEXT = 36
_UUID_BYTES = 16
_UUID_DASHES = (8, 13, 18, 23)


def _uuid_bytes(joined: str, count: int) -> bytes | None:
    """`count` ids of 36 ASCII characters, joined, as 16 bytes each when every one is in the
    canonical UUID form (so that decoding gives back the same text); else None."""
    if len(joined) != count * _UUID_TEXT or joined != joined.lower():
        return None
    dashes = "-" * count
    if any(joined[at::_UUID_TEXT] != dashes for at in _UUID_DASHES):
        return None
    digits = joined.replace("-", "")
    if len(digits) != count * 2 * _UUID_BYTES:
        return None  # a dash elsewhere
    try:
        raw = bytes.fromhex(digits)
    except ValueError:
        return None
    # fromhex skips whitespace: every digit made its byte only if the length is whole.
    return raw if len(raw) == count * _UUID_BYTES else None
