"""`casefile export json|csv DIR` and `casefile import csv FILE --kind ...`, run in-process."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, text

from casefile.cli.main import main
from casefile.services.records.drafts import save_record
from casefile.vault.schema import Person
from casefile.vault.vault import Vault

PASSPHRASE = "correct horse battery staple for tests only"  # as in tests/conftest.py
NAME = "Айпери Тажибек кызы"


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CASEFILE_PASSPHRASE", "CASEFILE_NEW_PASSPHRASE", "CASEFILE_VAULT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _names(vault_path: Path) -> list[str]:
    with Vault.open(vault_path, PASSPHRASE) as vault, vault.read() as session:
        return sorted(session.scalars(select(Person.full_name)))


def _dump(vault_path: Path) -> list[object]:
    with Vault.open(vault_path, PASSPHRASE) as vault, vault.read() as session:
        return [
            sorted(map(tuple, session.execute(text(f"SELECT * FROM {table}")).all()))
            for table in ("persons", "hearings", "audit_entries")
        ]


@pytest.fixture
def filled(vault_path: Path) -> Path:
    with Vault.open(vault_path, PASSPHRASE, actor="tester") as vault:
        save_record(vault, "persons", None, {"full_name": NAME, "birth_date": "04.1990"})
    return vault_path


def test_export_json_warns_and_writes_the_document(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "export", "json", str(tmp_path / "out"), "--vault", str(filled))
    assert code == 0, err
    assert "persons\t1" in out
    assert "NOT encrypted" in err
    doc = json.loads((tmp_path / "out" / "casefile-export.json").read_text(encoding="utf-8"))
    assert doc["tables"]["persons"][0]["full_name"] == NAME
    assert doc["tables"]["persons"][0]["birth_date"] == {"value": "1990-04", "approximate": False}
    assert not (tmp_path / "out" / "attachments").exists()
    # A second export into the same folder is refused without --force: one line, exit 1.
    code, _out, err = run(capsys, "export", "json", str(tmp_path / "out"), "--vault", str(filled))
    assert code == 1
    assert err.startswith("casefile: ") and len(err.strip().splitlines()) == 1
    code, _out, _err = run(
        capsys, "export", "json", str(tmp_path / "out"), "--force", "--vault", str(filled)
    )
    assert code == 0


def test_export_csv_then_import_into_another_vault(
    filled: Path, template_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "export", "csv", str(tmp_path / "csv"), "--vault", str(filled))
    assert code == 0, err
    assert "NOT encrypted" in err
    persons_csv = tmp_path / "csv" / "persons.csv"
    assert NAME.encode() in persons_csv.read_bytes()

    other = tmp_path / "other.casefile"
    shutil.copytree(template_vault, other, ignore=shutil.ignore_patterns("vault.lock"))
    args = ("import", "csv", str(persons_csv), "--kind", "people", "--vault", str(other))
    code, out, err = run(capsys, *args, "--dry-run")
    assert code == 0, err
    assert out.split("\t")[:2] == ["2", "create"]
    assert "Nothing was written" in err
    assert _names(other) == []
    code, out, err = run(capsys, *args)
    assert code == 0, err
    assert "1 created" in err
    assert _names(other) == [NAME]
    with Vault.open(filled, PASSPHRASE) as a, Vault.open(other, PASSPHRASE) as b:
        with a.read() as session:
            original = session.scalars(select(Person)).one()
        with b.read() as session:
            copy = session.scalars(select(Person)).one()
    assert (copy.id, copy.birth_date) == (original.id, original.birth_date)


def test_dry_run_with_rejected_rows_exits_2_and_writes_nothing(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "people.csv"
    source.write_text("ФИО;Родился\nНовый Человек;1990\nПлохая Дата;31.02.2020\n", "utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text('{"ФИО": "full_name", "Родился": "birth_date"}', "utf-8")
    before = _dump(filled)
    args = ("import", "csv", str(source), "--kind", "people", "--mapping", str(mapping))
    code, out, err = run(capsys, *args, "--dry-run", "--vault", str(filled))
    assert code == 2
    lines = [line.split("\t") for line in out.splitlines()]
    assert [cells[:2] for cells in lines] == [["2", "create"], ["3", "reject"]]
    assert "no day 31" in lines[1][4]
    assert "1 to create" in err and "1 rejected" in err
    assert _dump(filled) == before

    code, _out, err = run(capsys, *args, "--vault", str(filled))
    assert code == 2
    assert "Nothing was imported" in err
    assert _dump(filled) == before

    code, out, err = run(capsys, *args, "--skip-rejected", "--vault", str(filled))
    assert code == 0, err
    assert out.split("\t")[:2] == ["3", "reject"]
    assert "1 created" in err and "1 rejected rows skipped" in err
    assert _names(filled) == sorted([NAME, "Новый Человек"])


@pytest.mark.parametrize(
    "content",
    [
        "full_name\nАйпери\n".encode("cp1251"),
        b"\x00\x01\x02binary",
        b"full_name,sex\nA,male,extra\n",
        b"",
    ],
)
def test_malformed_files_one_line_exit_2(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    source = tmp_path / "bad.csv"
    source.write_bytes(content)
    before = _dump(filled)
    code, out, err = run(
        capsys, "import", "csv", str(source), "--kind", "people", "--vault", str(filled)
    )
    assert code == 2
    assert out == ""
    assert err.startswith("casefile: ") and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert _dump(filled) == before


def test_missing_file_and_bad_mapping(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(
        capsys,
        "import",
        "csv",
        str(tmp_path / "nope.csv"),
        "--kind",
        "people",
        "--vault",
        str(filled),
    )
    assert code == 1
    assert "nope.csv" in err
    source = tmp_path / "people.csv"
    source.write_text("Name\nA\n", "utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text('{"Name": "shoe_size"}', "utf-8")
    code, _out, err = run(
        capsys,
        "import",
        "csv",
        str(source),
        "--kind",
        "people",
        "--mapping",
        str(mapping),
        "--vault",
        str(filled),
    )
    assert code == 2
    assert "not a field" in err


def test_hearings_import_by_case_number(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Vault.open(filled, PASSPHRASE) as vault:
        save_record(vault, "cases", None, {"title": "Дело", "case_numbers": ["77-2024"]})
    source = tmp_path / "hearings.csv"
    source.write_text("case,scheduled_date,court\n77-2024,06.05.2024,Суд\n", "utf-8")
    code, _out, err = run(
        capsys, "import", "csv", str(source), "--kind", "hearings", "--vault", str(filled)
    )
    assert code == 0, err
    assert "1 created" in err
