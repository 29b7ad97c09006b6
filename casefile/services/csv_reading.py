"""Reading CSV files given by users: UTF-8 (with or without BOM), comma, semicolon or tab
separated, a header row; anything else is refused with a message naming the line."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from casefile.errors import KnownError


class CsvFormatError(KnownError):
    """The file is not a readable CSV table (encoding, binary data, ragged rows, no header)."""

    exit_code = 2


@dataclass(frozen=True)
class CsvTable:
    """A CSV file's header and data rows, each row with the line it starts on."""

    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    delimiter: str


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DELIMITERS = (",", ";", "\t")


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CsvFormatError(
            "The file is saved as UTF-16. Save it again as “CSV UTF-8” and import that."
        )
    try:
        decoded = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CsvFormatError(
            f"The file is not UTF-8 text (unreadable byte at position {error.start}). "
            "Save it again as “CSV UTF-8” and import that."
        ) from None
    if _CONTROL.search(decoded):
        raise CsvFormatError("The file holds binary data; it does not look like a CSV file.")
    return decoded


def _sniff_delimiter(first_line: str) -> str:
    counts = {delimiter: first_line.count(delimiter) for delimiter in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(data: bytes) -> CsvTable:
    """Parse CSV bytes (UTF-8, with or without BOM; comma, semicolon or tab separated).

    Raises CsvFormatError, naming the line, for anything that is not a rectangular table with
    a header row. Blank lines are skipped.
    """
    content = _decode(data)
    if not content.strip():
        raise CsvFormatError("The file is empty.")
    delimiter = _sniff_delimiter(content.lstrip().split("\n", 1)[0])
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter, strict=True)
    header: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    line = 1
    try:
        for cells in reader:
            start, line = line, reader.line_num + 1
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
                    f"Line {start} has {len(row)} cells but the header has {len(header)}. "
                    "Every row must have the same columns as the header."
                )
            rows.append((start, row))
    except csv.Error as error:
        raise CsvFormatError(f"Line {line}: the CSV is malformed ({error}).") from None
    assert header is not None
    named = [name for name in header if name]
    duplicates = sorted({name for name in named if named.count(name) > 1})
    if duplicates:
        raise CsvFormatError(f"The header names the column “{duplicates[0]}” twice.")
    return CsvTable(header=header, rows=tuple(rows), delimiter=delimiter)
