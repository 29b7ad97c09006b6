"""The CSV reader is linear and bounded: huge headers, rows, cells and files are refused with
a message that says what to do, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from casefile.services.open_formats import csv_reading
from casefile.services.open_formats.csv_import import (
    CsvFormatError,
    ImportKind,
    plan_import,
    read_csv,
    read_csv_file,
    run_import,
)
from casefile.services.open_formats.csv_reading import MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS
from casefile.vault.schema import AuditEntry, Person
from casefile.vault.vault import Vault


def _counts(vault: Vault) -> tuple[int, int]:
    with vault.read() as session:
        people = session.scalar(select(func.count()).select_from(Person)) or 0
        audit = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    return people, audit


def _refused(vault: Vault, data: bytes, message: str) -> None:
    before = _counts(vault)
    with pytest.raises(CsvFormatError, match=message):
        plan_import(vault, ImportKind.PEOPLE, data)
    with pytest.raises(CsvFormatError, match=message):
        run_import(vault, ImportKind.PEOPLE, data)
    assert _counts(vault) == before


def test_a_header_of_100000_columns_is_refused_quickly(vault: Vault) -> None:
    # 888 KB: checking it for duplicate names with list.count kept a core busy for minutes.
    header = ",".join(f"col{i}" for i in range(100_000)).encode()
    assert len(header) == 888_889
    _refused(vault, header + b"\r\n", f"Line 1 has more than {MAX_COLUMNS} cells")
    _refused(vault, b"full_name," + header + b"\r\nA\r\n", "reads at most 500 columns")


def test_a_row_of_a_million_cells_is_stopped_before_it_is_built(vault: Vault) -> None:
    data = b"full_name,sex\r\nA,male\r\n" + b"," * 1_000_000 + b"\r\n"
    _refused(vault, data, f"Line 3 has more than {MAX_COLUMNS} cells")


def test_the_column_limit_is_exact(vault: Vault) -> None:
    wide = ["full_name", *(f"extra{i}" for i in range(MAX_COLUMNS - 1))]
    row = ["Айпери", *([""] * (MAX_COLUMNS - 1))]
    data = (",".join(wide) + "\r\n" + ",".join(row) + "\r\n").encode()
    assert len(read_csv(data).header) == MAX_COLUMNS
    plan = plan_import(vault, ImportKind.PEOPLE, data)
    assert len(plan.ignored_columns) == MAX_COLUMNS - 1
    one_more = (",".join([*wide, "x"]) + "\r\n").encode()
    _refused(vault, one_more, "more than 500 cells")


def test_a_duplicate_column_among_many_is_found(vault: Vault) -> None:
    names = [f"c{i}" for i in range(MAX_COLUMNS - 1)] + ["c7"]
    _refused(vault, (",".join(names) + "\n").encode(), "names the column “c7” twice")


def test_too_many_rows_are_refused(vault: Vault) -> None:
    data = b"full_name\n" + b"A\n" * (MAX_ROWS + 1)
    _refused(vault, data, "more than 100,000 rows. Split it")
    assert len(read_csv(b"full_name\n" + b"A\n" * MAX_ROWS).rows) == MAX_ROWS


def test_too_many_cells_are_refused(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_reading, "MAX_CELLS", 1_000)
    row = b"A" + b",x" * 9 + b"\n"
    data = b"full_name" + b",c" * 9 + b"\n" + row * 101
    _refused(vault, data, "more than 1,000 cells")


def test_a_huge_cell_is_refused_naming_its_line(vault: Vault) -> None:
    data = b"full_name,notes\r\nA,ok\r\nB," + b"x" * (MAX_CELL_CHARS + 1) + b"\r\n"
    _refused(vault, data, "Line 3 has a cell longer than 131,072 characters")
    quoted = b'full_name,notes\r\nA,"' + b"x\n" * MAX_CELL_CHARS + b'"\r\n'
    _refused(vault, quoted, "Line 2 has a cell longer than")


def test_a_file_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "huge people.csv"
    with big.open("wb") as file:  # sparse: takes no disk and is never read
        file.truncate(csv_reading.MAX_FILE_BYTES + 1)
    with pytest.raises(CsvFormatError, match=r"“huge people\.csv” is larger than 32 MB"):
        read_csv_file(big)
    small = tmp_path / "people.csv"
    small.write_bytes(b"full_name\nA\n")
    assert read_csv_file(small) == b"full_name\nA\n"


def test_bytes_too_large_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_reading, "MAX_FILE_BYTES", 100)
    with pytest.raises(CsvFormatError, match="larger than"):
        read_csv(b"full_name\n" + b"A\n" * 60)


def test_a_file_of_only_empty_cells_is_empty() -> None:
    with pytest.raises(CsvFormatError, match="empty"):
        read_csv(b",,,\r\n , ,\r\n")
