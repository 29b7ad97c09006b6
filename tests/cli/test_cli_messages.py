"""What the command line says when something is refused: never a value the user typed,
always the user's file (not an internal temp file) and the way out."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from casefile.cli.main import main
from casefile.services.records.drafts import save_record
from casefile.vault.vault import Vault

PASSPHRASE = "correct horse battery staple for tests only"
SECRET = "Tr0ub4dor&3 purple monkey dishwasher"


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CASEFILE_NEW_PASSPHRASE", "CASEFILE_RECOVERY_KEY", "CASEFILE_VAULT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# -- no argument is ever echoed ------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        [SECRET],  # a passphrase typed where the command word goes
        [SECRET, "info"],
        ["list", SECRET],
        ["search", "x", "--limit", SECRET],
        ["list", "hearings", "--from", SECRET],
        ["info", f"--passphrase={SECRET}"],
        ["info", "--passphrase", SECRET],
        ["export", f"--fo={SECRET}", "json", "d"],
        ["report", "X", "--template", SECRET, "-o", "a.pdf"],
        ["bundle", "resolve", SECRET, "mine"],
        ["key", SECRET],
    ],
)
def test_usage_errors_never_echo_what_was_typed(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert "error:" in err  # a usage error was reported...
    for text in (out, err):  # ...without any part of the secret
        assert SECRET not in text
        for word in SECRET.split():
            assert word not in text


def test_an_invalid_command_word_still_lists_the_commands(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _out, err = run(capsys, SECRET)
    assert code == 2
    assert "invalid choice" in err
    assert "'init'" in err and "'search'" in err


# -- messages name the user's file and the way out --------------------------------------------


def _person(vault_path: Path) -> str:
    with Vault.open(vault_path, PASSPHRASE) as vault:
        return save_record(vault, "persons", None, {"full_name": "Айпери Тажибек кызы"})


def test_report_to_a_folder_says_to_give_a_file_name(
    vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person_id = _person(vault_path)
    folder = tmp_path / "reports"
    folder.mkdir()
    for extra in ([], ["--force"]):
        code, out, err = run(
            capsys, "report", person_id, "--template", "dossier", "-o", str(folder),
            "--vault", str(vault_path), *extra,
        )  # fmt: skip
        assert code == 2
        assert out == ""
        assert f"{folder} is a folder" in err
        assert str(folder / "report.pdf") in err  # the way out
        assert "--force" not in err  # which could not help
    assert list(folder.iterdir()) == []


def test_report_over_an_existing_file_suggests_force_which_works(
    vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person_id = _person(vault_path)
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old")
    argv = ["report", person_id, "--template", "dossier", "-o", str(target)]
    code, _out, err = run(capsys, *argv, "--vault", str(vault_path))
    assert code == 2
    assert str(target) in err and "--force" in err
    assert target.read_bytes() == b"old"
    code, _out, err = run(capsys, *argv, "--force", "--vault", str(vault_path))
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF")


def test_report_into_a_missing_folder_names_it(
    vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person_id = _person(vault_path)
    target = tmp_path / "gone" / "brief.pdf"
    code, _out, err = run(
        capsys, "report", person_id, "--template", "dossier", "-o", str(target),
        "--vault", str(vault_path),
    )  # fmt: skip
    assert code == 2
    assert f"The folder {tmp_path / 'gone'} does not exist" in err
    assert not (tmp_path / "gone").exists()


def _disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(_fd: int, _data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)


def test_a_full_disk_while_saving_a_report_names_the_file(
    vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    person_id = _person(vault_path)
    target = tmp_path / "brief.pdf"
    _disk_full(monkeypatch)
    code, out, err = run(
        capsys, "report", person_id, "--template", "dossier", "-o", str(target),
        "--vault", str(vault_path),
    )  # fmt: skip
    monkeypatch.undo()
    assert code == 1
    assert out == ""
    assert err.strip() == (
        f"casefile: The disk holding {target} is full; free space or choose another place. "
        "Nothing was written."
    )
    assert list(tmp_path.iterdir()) == [tmp_path / "test.casefile"]


def test_a_full_disk_during_an_export_names_the_folder_and_leaves_nothing(
    vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    _person(vault_path)
    target = tmp_path / "out"
    _disk_full(monkeypatch)
    code, out, err = run(capsys, "export", "csv", str(target), "--vault", str(vault_path))
    monkeypatch.undo()
    assert code == 1
    assert out == ""
    # The first file it writes, named in the user's folder (not the staging folder).
    first = target / "organisations.csv"
    assert err.strip() == (
        f"casefile: The disk holding {first} is full; free space or choose another place. "
        "Nothing was written."
    )
    assert "unfinished" not in err and ".tmp" not in err
    assert not target.exists()
