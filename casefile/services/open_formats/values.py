"""Shared by the open JSON/CSV export and the CSV import: the forms values take in the files.

The forms are documented in docs/open-formats.md; change them only with its format version.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Column, Table

from casefile.domain.dates import PartialDate
from casefile.vault.schema import Base, Record

#: Version of the JSON export and of the CSV column forms (docs/open-formats.md).
FORMAT_VERSION = 1
FORMAT_NAME = "casefile-export"

#: What the CLI prints and the UI shows before and after writing open files.
UNENCRYPTED_WARNING = (
    "These files are NOT encrypted. Anyone who can read them can read every record in them. "
    "Keep them on an encrypted disk, share them only with people who may see the records, "
    "and delete them when they are no longer needed."
)

# Cells starting with these are run as formulas by spreadsheets (CSV injection); the export
# puts an apostrophe in front and the import takes it off again, so the text round-trips.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def table_of(cls: type[Record] | type[Base]) -> Table:
    """The Core table of a model class (for bulk reads and writes)."""
    table = cls.__table__
    assert isinstance(table, Table)
    return table


def table_columns(cls: type[Record] | type[Base]) -> list[Column[Any]]:
    """The table's columns in model order (id and bookkeeping first)."""
    return list(table_of(cls).columns)


# -- JSON ------------------------------------------------------------------------------------


def to_json(value: Any) -> Any:
    """A stored value in the JSON export's form; partial dates keep their precision."""
    if isinstance(value, PartialDate):
        return {"value": value.to_text().rstrip("~"), "approximate": value.approximate}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    return value


# -- CSV -------------------------------------------------------------------------------------


def to_csv_text(value: Any) -> str:
    """A stored value as one CSV cell; read back by csv_import without loss."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, PartialDate):
        return value.to_text()
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, list | tuple):
        items = [str(item) for item in value]
        text = "\n".join(items)
        # One item with ";" in it gets a line break, so the import splits it by lines only.
        if len(items) == 1 and ";" in text:
            text += "\n"
        return escape_formula(text)
    return escape_formula(str(value))


def escape_formula(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def unescape_formula(text: str) -> str:
    if text.startswith("'") and text[1:].startswith(_FORMULA_STARTS):
        return text[1:]
    return text


def split_list_cell(text: str) -> list[str]:
    """Items of a list cell: one per line, or separated by ";" when the cell has no line break."""
    parts = text.splitlines() if "\n" in text or "\r" in text else text.split(";")
    items: list[str] = []
    for part in parts:
        item = part.strip()
        if item and item not in items:
            items.append(item)
    return items
