"""Reading CSV files given by users: UTF-8 (with or without BOM) or, when asked, Windows-1251;
comma, semicolon or tab separated; a header row. Bounded in size and linear in time: anything
else is refused with a message naming the line and the way out."""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from casefile.errors import KnownError, Message

#: The largest file read at all (checked before reading it whole).
MAX_FILE_BYTES = 32 * 1024 * 1024
#: Columns in the header or any row; a person or a hearing has about twenty fields.
MAX_COLUMNS = 500
#: Data rows; larger lists are imported in parts.
MAX_ROWS = 100_000
#: Rows × columns held at once (about 100 MiB of Python strings at most).
MAX_CELLS = 2_000_000
#: Characters in one cell: the csv module's own default limit, so both refuse alike.
MAX_CELL_CHARS = 131_072
#: Delimiters met while reading one row. The csv module builds a row whole before we see it,
#: so a line of a million commas is stopped here, before its cells exist; quoted delimiters
#: count too, hence the margin over MAX_COLUMNS.
_MAX_ROW_DELIMITERS = 40 * MAX_COLUMNS
#: Decoding is checked a piece at a time, so the whole text never exists twice.
_CHUNK = 1024 * 1024

#: Encodings a CSV file may be read in: codec name -> what users call it.
ENCODINGS = {"utf-8": "UTF-8", "cp1251": "Windows-1251"}


class CsvFormatError(KnownError):
    """The file is not a readable CSV table (encoding, binary data, ragged rows, no header)."""

    exit_code = 2


class CsvEncodingError(CsvFormatError):
    """The bytes are not text in the encoding asked for.

    ``detected`` is the codec the file looks like (``"cp1251"``, ``"utf-8"``) when the
    detection is confident, else None; front ends offer to read the file in it.
    """

    def __init__(
        self, template: str | Message, *values: object, detected: str | None = None
    ) -> None:
        super().__init__(template, *values)
        self.detected = detected


@dataclass(frozen=True)
class CsvTable:
    """A CSV file's header and data rows, each row with the line it starts on."""

    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    delimiter: str
    encoding: str = "utf-8"


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DELIMITERS = (",", ";", "\t")
_QUOTED = re.compile(r'"[^"]*"')
#: Code pages a non-UTF-8 CSV from this region comes in; charset-normalizer picks among them
#: (left to all of its code pages it calls short Cyrillic files Big5).
_CANDIDATES = ["cp1251", "koi8_r", "cp866", "mac_cyrillic", "cp1252"]
_DETECT_WINDOW = 32 * 1024


def normal_encoding(name: str) -> str:
    """The codec name of an encoding a CSV may be read in ("Windows-1251" -> "cp1251")."""
    try:
        codec = codecs.lookup(name.strip()).name
    except LookupError:
        codec = ""
    codec = "utf-8" if codec == "utf-8-sig" else codec
    if codec not in ENCODINGS:
        raise CsvFormatError(
            "Casefile reads CSV files in UTF-8 or Windows-1251 (cp1251), not “%1”.", name
        )
    return codec


def read_csv_file(path: Path) -> bytes:
    """A CSV file's bytes, refused before reading when it is larger than MAX_FILE_BYTES."""
    with path.open("rb") as file:
        # Checked on the open file, then again while reading: a pipe or a growing file has
        # no trustworthy size.
        size = _size(file)
        data = file.read(MAX_FILE_BYTES + 1) if size <= MAX_FILE_BYTES else b""
    if size > MAX_FILE_BYTES or len(data) > MAX_FILE_BYTES:
        raise CsvFormatError(
            "The file “%1” is larger than %2 MB. Split it into smaller files and import each.",
            path.name,
            MAX_FILE_BYTES // (1024 * 1024),
        )
    return data


def _size(file: io.BufferedReader) -> int:
    return os.fstat(file.fileno()).st_size


def detect_encoding(data: bytes) -> str | None:
    """The encoding the bytes look like: "utf-8", "cp1251", or None when neither is likely.

    Only a window around the first byte that is not UTF-8 is examined, so the cost does not
    grow with the file.
    """
    try:
        position = _first_bad_utf8(data)
    except CsvFormatError:
        return None
    if position is None:
        return "utf-8"
    from charset_normalizer import from_bytes

    start = max(0, position - _DETECT_WINDOW // 2)
    best = from_bytes(data[start : start + _DETECT_WINDOW], cp_isolation=_CANDIDATES).best()
    return "cp1251" if best is not None and best.encoding == "cp1251" else None


def _first_bad_utf8(data: bytes) -> int | None:
    """Where the bytes stop being UTF-8 (None if they are UTF-8 throughout)."""
    try:
        _check_text(data, "utf-8-sig")
    except _UndecodableError as failure:
        return failure.position
    return None


class _UndecodableError(Exception):
    def __init__(self, position: int) -> None:
        self.position = position


def _check_text(data: bytes, codec: str) -> None:
    """Decodes a piece at a time; _UndecodableError at the first bad byte, CsvFormatError for
    control characters (binary data)."""
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    for offset in range(0, len(data), _CHUNK):
        piece = data[offset : offset + _CHUNK]
        try:
            text = decoder.decode(piece, final=offset + _CHUNK >= len(data))
        except UnicodeDecodeError as error:
            raise _UndecodableError(offset + max(0, error.start)) from None
        if _CONTROL.search(text):
            raise CsvFormatError("The file holds binary data; it does not look like a CSV file.")


def _decode_check(data: bytes, encoding: str) -> str:
    """The codec to read the bytes with, after checking that they are text in it."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CsvEncodingError(
            "The file is saved as UTF-16. Save it again as “CSV UTF-8” and import that."
        )
    if encoding == "utf-8":
        try:
            _check_text(data, "utf-8-sig")
        except _UndecodableError as failure:
            if detect_encoding(data) == "cp1251":
                raise CsvEncodingError(
                    "The file is not UTF-8 text (unreadable byte at position "
                    "%1). It looks like Windows-1251, as Russian Excel saves "
                    "“CSV”: read it as Windows-1251, or save it again as “CSV UTF-8”.",
                    failure.position,
                    detected="cp1251",
                ) from None
            raise CsvEncodingError(
                "The file is not UTF-8 text (unreadable byte at position %1). "
                "Save it again as “CSV UTF-8” and import that.",
                failure.position,
            ) from None
        return "utf-8-sig"
    if data.startswith(codecs.BOM_UTF8) or (not data.isascii() and _first_bad_utf8(data) is None):
        # Cyrillic UTF-8 read as Windows-1251 would import as mojibake ("РђР№РїРµСЂРё").
        raise CsvEncodingError(
            "The file is UTF-8 text, not %1. Read it as UTF-8.",
            ENCODINGS[encoding],
            detected="utf-8",
        )
    try:
        _check_text(data, encoding)
    except _UndecodableError as failure:
        raise CsvEncodingError(
            "The file is not %1 text (unreadable byte at position "
            "%2). Save it again as “CSV UTF-8” and import that.",
            ENCODINGS[encoding],
            failure.position,
        ) from None
    return encoding


def _sniff_delimiter(first_line: str) -> str:
    # Delimiters inside quoted header cells ("Name, surname";"Roles") do not count.
    unquoted = _QUOTED.sub("", first_line)
    counts = {delimiter: unquoted.count(delimiter) for delimiter in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _lines(data: bytes, codec: str) -> io.TextIOWrapper:
    # BytesIO shares the bytes; the wrapper decodes as the csv reader asks for lines.
    return io.TextIOWrapper(io.BytesIO(data), encoding=codec, newline="")


class _Guarded:
    """The file's lines, counting the delimiters of the row being read (see
    _MAX_ROW_DELIMITERS); the reader resets the count after each row."""

    def __init__(self, lines: io.TextIOWrapper, delimiter: str) -> None:
        self._lines = lines
        self._delimiter = delimiter
        self.delimiters = 0
        self.line = 0

    def __iter__(self) -> Iterator[str]:
        for text in self._lines:
            self.line += 1
            self.delimiters += text.count(self._delimiter)
            if self.delimiters > _MAX_ROW_DELIMITERS:
                raise _too_many_columns(self.line)
            yield text


def _too_many_columns(line: int) -> CsvFormatError:
    return CsvFormatError(
        "Line %1 has more than %2 cells; Casefile reads at most "
        "%3 columns. Delete the columns you do not import, or export only the "
        "ones you need, and import again.",
        line,
        MAX_COLUMNS,
        MAX_COLUMNS,
    )


def read_csv(data: bytes, encoding: str = "utf-8") -> CsvTable:
    """Parse CSV bytes (UTF-8 with or without BOM, or ``encoding``; comma, semicolon or tab
    separated).

    Raises CsvFormatError, naming the line, for anything that is not a rectangular table with
    a header row, or that is larger than the limits above; CsvEncodingError (with the
    encoding the file looks like) when the bytes are not text in ``encoding``. Blank lines are
    skipped.
    """
    if len(data) > MAX_FILE_BYTES:
        raise CsvFormatError(
            "The file is larger than %1 MB. Split it into smaller files and import each.",
            MAX_FILE_BYTES // (1024 * 1024),
        )
    codec = _decode_check(data, normal_encoding(encoding))
    first_line = next((text for text in _lines(data, codec) if text.strip()), None)
    if first_line is None:
        raise CsvFormatError("The file is empty.")
    delimiter = _sniff_delimiter(first_line)
    lines = _Guarded(_lines(data, codec), delimiter)
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    header: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    cells_held = 0
    line = 1
    try:
        for cells in reader:
            start, line = line, reader.line_num + 1
            lines.delimiters = 0
            if len(cells) > MAX_COLUMNS:
                raise _too_many_columns(start)
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = tuple(cell.strip() for cell in cells)
                continue
            row = tuple(cells)
            if len(row) > len(header) and not any(c.strip() for c in row[len(header) :]):
                row = row[: len(header)]  # trailing empty cells, as some spreadsheets write
            if len(row) != len(header):
                raise CsvFormatError(
                    "Line %1 has %2 cells but the header has %3. "
                    "Every row must have the same columns as the header.",
                    start,
                    len(row),
                    len(header),
                )
            if len(rows) >= MAX_ROWS:
                raise CsvFormatError(
                    "The file has more than %1 rows. Split it into smaller files and import each.",
                    f"{MAX_ROWS:,}",
                )
            cells_held += len(row)
            if cells_held > MAX_CELLS:
                raise CsvFormatError(
                    "The file has more than %1 cells (rows × columns). Split it "
                    "into smaller files, or delete the columns you do not import.",
                    f"{MAX_CELLS:,}",
                )
            rows.append((start, row))
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            raise CsvFormatError(
                "Line %1 has a cell longer than %2 characters. Shorten "
                "it, or leave that column out, and import again.",
                line,
                f"{MAX_CELL_CHARS:,}",
            ) from None
        raise CsvFormatError("Line %1: the CSV is malformed (%2).", line, str(error)) from None
    if header is None:  # only empty cells (",,,")
        raise CsvFormatError("The file is empty.")
    seen: set[str] = set()
    for name in header:
        # A set keeps this linear; list.count per column took minutes for 100,000 columns.
        if name and name in seen:
            raise CsvFormatError("The header names the column “%1” twice.", name)
        seen.add(name)
    encoding = "utf-8" if codec == "utf-8-sig" else codec
    return CsvTable(header=header, rows=tuple(rows), delimiter=delimiter, encoding=encoding)
