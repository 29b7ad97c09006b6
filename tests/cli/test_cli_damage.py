"""A page damaged after the vault opened: exit 5 with what to do, and no half-made export.

Each test damages a real vault file (16 bytes in the middle of a page, as a failing disk or a
bad copy would), then runs the command in-process through main(argv).
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from casefile.cli.main import main
from casefile.services.records.attachments import add_attachment
from casefile.vault.engine import PAGE_SIZE
from casefile.vault.schema import Person
from casefile.vault.vault import Vault

PASSPHRASE = "correct horse battery staple for tests only"
EXIT_DAMAGED = 5
ADVICE = ("casefile check", "restore")


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CASEFILE_NEW_PASSPHRASE", "CASEFILE_RECOVERY_KEY", "CASEFILE_VAULT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)


def flip(db: Path, offset: int, count: int = 16) -> None:
    with db.open("r+b") as handle:
        handle.seek(offset)
        data = bytearray(handle.read(count))
        handle.seek(offset)
        handle.write(bytes(b ^ 0xA5 for b in data))


def settle(vault: Vault) -> None:
    """Every page into vault.db, so damage there is what the next reader meets."""
    with vault.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_damaged_attachment_page_during_export_is_exit_5_and_leaves_no_folder(
    vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Vault.open(vault_path, PASSPHRASE) as vault:
        with vault.write() as session:
            person = Person(full_name="Scan owner")
            session.add(person)
        scan = os.urandom(4 * 1024 * 1024)
        add_attachment(vault, "persons", person.id, "Scan", io.BytesIO(scan), "scan.bin")
        settle(vault)
    db = vault_path / "vault.db"
    pages = db.stat().st_size // PAGE_SIZE
    # The 4 MiB file is most of the database: its middle page is one of the file's.
    flip(db, (pages // 2) * PAGE_SIZE + 1000)
    target = tmp_path / "exports" / "out"

    code, out, err = run(
        capsys, "export", "json", str(target), "--attachments", "--vault", str(vault_path)
    )
    assert code == EXIT_DAMAGED, err
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("casefile: "), err
    assert "internal error" not in err
    assert "damaged" in err
    for advice in ADVICE:
        assert advice in err
    assert not (tmp_path / "exports").exists()  # no half-made export, not even the folder

    # Without the attachments the same export reads nothing damaged and succeeds.
    code, _out, err = run(capsys, "export", "json", str(target), "--vault", str(vault_path))
    assert code == 0, err
    assert sorted(p.name for p in target.iterdir()) == ["casefile-export.json"]

    code, out, _err = run(capsys, "check", "--vault", str(vault_path))
    assert code == EXIT_DAMAGED
    assert "page" in out


@pytest.mark.slow
def test_no_damaged_page_is_an_internal_error(
    vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Damage one page at a time across the file: each command either works or says exit 5."""
    with Vault.open(vault_path, PASSPHRASE) as vault:
        with vault.write() as session:
            for number in range(600):
                session.add(Person(full_name=f"Person {number} Тажибек", notes="Заметка " * 40))
        settle(vault)
    pristine = (vault_path / "vault.db").read_bytes()
    pages = len(pristine) // PAGE_SIZE
    assert pages > 100
    damaged_runs = 0
    for page in range(1, pages, max(1, pages // 16)):
        data = bytearray(pristine)
        for i in range(page * PAGE_SIZE + 1500, page * PAGE_SIZE + 1516):
            data[i] ^= 0xA5
        (vault_path / "vault.db").write_bytes(bytes(data))
        for argv in (
            ("export", "json", str(tmp_path / f"out-{page}")),
            ("list", "people"),
            ("search", "Тажибек"),
        ):
            code, _out, err = run(capsys, *argv, "--vault", str(vault_path))
            assert code in (0, EXIT_DAMAGED), (page, argv, err)
            if code == EXIT_DAMAGED:
                damaged_runs += 1
                assert "internal error" not in err
                assert "Restore" in err or "restore" in err, err
                if argv[0] == "export":
                    assert not (tmp_path / f"out-{page}").exists()
    assert damaged_runs > 0
