"""CSV files saved by Russian Excel (Windows-1251): detected, refused as UTF-8 with the way
out, imported when asked, in the service and on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from casefile.cli.main import main
from casefile.services.open_formats.csv_import import (
    CsvEncodingError,
    CsvFormatError,
    ImportKind,
    RowAction,
    detect_encoding,
    plan_import,
    read_csv,
    run_import,
)
from casefile.vault.schema import Person
from casefile.vault.vault import Vault

PASSPHRASE = "correct horse battery staple for tests only"  # as in tests/conftest.py
NAMES = ("Айпери Тажибек кызы", "Азимжан Аскаров", "Юлия Ёлкина")
#: What Excel set to Russian writes for "CSV (разделители — запятые)": semicolons, CRLF,
#: Windows-1251, no byte-order mark.
CP1251 = (
    "full_name;sex;roles;notes\r\n"
    f"{NAMES[0]};Женский;Журналист;задержана 12.04.2024\r\n"
    f"{NAMES[1]};Мужской;Правозащитник;«Кемпир-Абад»\r\n"
    f"{NAMES[2]};female;;\r\n"
).encode("cp1251")


def _count(vault: Vault) -> int:
    with vault.read() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def _names(vault: Vault) -> list[str]:
    with vault.read() as session:
        return sorted(session.scalars(select(Person.full_name)))


def test_the_bytes_really_are_windows_1251() -> None:
    with pytest.raises(UnicodeDecodeError):
        CP1251.decode("utf-8")
    assert detect_encoding(CP1251) == "cp1251"
    assert detect_encoding(CP1251.decode("cp1251").encode("utf-8")) == "utf-8"
    assert detect_encoding(b"\x00\x01\x02\xff\xfe") is None  # binary is no code page


def test_windows_1251_is_refused_as_utf_8_naming_what_it_looks_like(vault: Vault) -> None:
    with pytest.raises(CsvEncodingError, match="looks like Windows-1251") as caught:
        plan_import(vault, ImportKind.PEOPLE, CP1251)
    assert caught.value.detected == "cp1251"
    with pytest.raises(CsvEncodingError, match="looks like Windows-1251"):
        run_import(vault, ImportKind.PEOPLE, CP1251)
    assert _count(vault) == 0


def test_windows_1251_imports_when_asked(vault: Vault) -> None:
    table = read_csv(CP1251, "cp1251")
    assert table.encoding == "cp1251"
    assert table.rows[0][1][0] == NAMES[0]
    plan = plan_import(vault, ImportKind.PEOPLE, CP1251, encoding="windows-1251")
    assert plan.encoding == "cp1251"
    assert [row.action for row in plan.rows] == [RowAction.CREATE] * 3
    result = run_import(vault, ImportKind.PEOPLE, CP1251, encoding="cp1251")
    assert result.created == 3
    assert _names(vault) == sorted(NAMES)
    with vault.read() as session:
        person = session.scalars(select(Person).where(Person.full_name == NAMES[0])).one()
        assert (person.sex, person.roles, person.notes) == (
            "female",
            ["journalist"],
            "задержана 12.04.2024",
        )


def test_utf_8_read_as_windows_1251_is_refused_not_garbled(vault: Vault) -> None:
    utf8 = CP1251.decode("cp1251").encode("utf-8")
    with pytest.raises(CsvEncodingError, match="is UTF-8 text") as caught:
        run_import(vault, ImportKind.PEOPLE, utf8, encoding="cp1251")
    assert caught.value.detected == "utf-8"
    assert _count(vault) == 0
    assert read_csv(utf8).encoding == "utf-8"


def test_unknown_encodings_are_refused() -> None:
    with pytest.raises(CsvFormatError, match="UTF-8 or Windows-1251"):
        read_csv(b"full_name\nA\n", "latin-1")
    with pytest.raises(CsvFormatError, match="UTF-8 or Windows-1251"):
        read_csv(b"full_name\nA\n", "no-such-codec")


def test_a_byte_undefined_in_windows_1251_is_refused() -> None:
    with pytest.raises(CsvEncodingError, match="not Windows-1251 text"):
        read_csv(b"full_name\n\x98\n", "cp1251")


# -- command line ----------------------------------------------------------------------------


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CASEFILE_PASSPHRASE", "CASEFILE_NEW_PASSPHRASE", "CASEFILE_VAULT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.usefixtures("env")
def test_cli_refuses_windows_1251_and_says_to_add_the_option(
    vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "люди.csv"
    source.write_bytes(CP1251)
    args = ("import", "csv", str(source), "--kind", "people", "--vault", str(vault_path))
    code, out, err = _cli(capsys, *args)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "люди.csv" in err
    assert "looks like Windows-1251" in err
    assert "--encoding cp1251" in err
    assert "Nothing was imported" in err
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert _count(vault) == 0

    code, _out, err = _cli(capsys, *args, "--encoding", "cp1251", "--dry-run")
    assert code == 0, err
    assert "3 to create" in err
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert _count(vault) == 0

    code, _out, err = _cli(capsys, *args, "--encoding", "cp1251")
    assert code == 0, err
    assert "3 created" in err
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert _names(vault) == sorted(NAMES)


@pytest.mark.usefixtures("env")
def test_cli_refuses_utf_8_given_as_windows_1251_and_unknown_encodings(
    vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "people.csv"
    source.write_bytes(CP1251.decode("cp1251").encode("utf-8"))
    args = ("import", "csv", str(source), "--kind", "people", "--vault", str(vault_path))
    code, _out, err = _cli(capsys, *args, "--encoding", "cp1251")
    assert code == 2
    assert "people.csv is UTF-8 text" in err and "Leave out --encoding" in err
    code, _out, err = _cli(capsys, *args, "--encoding", "koi8-r")
    assert code == 2
    assert "UTF-8 or Windows-1251" in err
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert _count(vault) == 0
    code, _out, err = _cli(capsys, *args)  # UTF-8 by default
    assert code == 0, err
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert _names(vault) == sorted(NAMES)
