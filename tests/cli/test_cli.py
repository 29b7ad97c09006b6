"""The command line, run in-process through main(argv); one subprocess run of the real script."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from casefile.cli.main import build_parser, main
from casefile.vault.keyfile import KdfCost
from casefile.vault.schema import Person
from casefile.vault.vault import Vault

# The same values as tests/conftest.py (a conftest cannot be imported as a module).
FAST_KDF = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
PASSPHRASE = "correct horse battery staple for tests only"
NEW_PASSPHRASE = "seven amber lanterns drift over quiet harbours"
PAGE_SIZE = 4096
RECOVERY_KEY = re.compile(r"\b(?:[0-9A-Z]{5}-){10}[0-9A-Z]{5}\b")
ENV_NAMES = (
    "CASEFILE_PASSPHRASE",
    "CASEFILE_NEW_PASSPHRASE",
    "CASEFILE_RECOVERY_KEY",
    "CASEFILE_VAULT",
)


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """The passphrase comes from the environment; nothing else leaks in from outside."""
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)
    return monkeypatch


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_error_line(err: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("casefile: ")
    assert "Traceback" not in err


# -- init --------------------------------------------------------------------------------


def test_init_prints_the_recovery_key_once(
    tmp_path: Path, fast_kdf: KdfCost, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(capsys, "init", str(tmp_path / "office"))
    assert code == 0
    assert (tmp_path / "office.casefile" / "vault.keys").is_file()
    assert len(RECOVERY_KEY.findall(out)) == 1
    assert "head office" in out
    key = RECOVERY_KEY.search(out)
    assert key is not None
    with Vault.open_with_recovery_key(tmp_path / "office.casefile", key.group()) as vault:
        assert vault.has_recovery_slot()


def test_init_print_sheet_writes_only_the_sheet_to_stdout(
    tmp_path: Path, fast_kdf: KdfCost, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "init", str(tmp_path / "office"), "--print-sheet")
    assert code == 0
    assert out.startswith("=" * 68)
    assert "CASEFILE RECOVERY KEY" in out
    assert RECOVERY_KEY.search(out)
    assert "Created the vault" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.casefile"]


def test_init_refuses_a_weak_passphrase(
    tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.setenv("CASEFILE_PASSPHRASE", "password1")
    code, _out, err = run(capsys, "init", str(tmp_path / "weak"))
    assert code == 2
    assert_one_error_line(err)
    assert "Too short" in err
    assert not (tmp_path / "weak.casefile").exists()


def test_init_refuses_an_existing_vault(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "init", str(vault_path))
    assert code == 3
    assert_one_error_line(err)


# -- opening -----------------------------------------------------------------------------


def test_info(vault_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "info", "--vault", str(vault_path))
    assert code == 0
    for label in ("Vault:", "Vault id:", "Schema revision:", "SQLCipher version:", "Key slots:"):
        assert label in out
    assert str(vault_path) in out


def test_vault_comes_from_the_environment_when_not_given(
    vault_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.setenv("CASEFILE_VAULT", str(vault_path))
    code, out, _err = run(capsys, "info")
    assert code == 0
    assert str(vault_path) in out


def test_wrong_passphrase_is_exit_4_and_one_line(
    vault_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.setenv("CASEFILE_PASSPHRASE", "not the right passphrase at all")
    code, out, err = run(capsys, "info", "--vault", str(vault_path))
    assert code == 4
    assert out == ""
    assert_one_error_line(err)


def test_not_a_vault_is_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "info", "--vault", str(tmp_path / "nothing"))
    assert code == 3
    assert_one_error_line(err)


def test_vault_in_use_is_exit_6(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "info", "--vault", str(vault_path))
    assert code == 6
    assert_one_error_line(err)


def test_passphrase_is_read_from_a_pipe_when_no_variable_is_set(
    vault_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    env.delenv("CASEFILE_PASSPHRASE")
    env.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code, out, _err = run(capsys, "info", "--vault", str(vault_path))
    assert code == 0
    assert "Vault id:" in out

    env.setattr(sys, "stdin", io.StringIO(""))
    code, _out, err = run(capsys, "info", "--vault", str(vault_path))
    assert code == 2
    assert "CASEFILE_PASSPHRASE" in err


def test_there_is_no_passphrase_option(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    for argv in (
        ["info", "--passphrase", PASSPHRASE],
        ["init", "x", "--passphrase", PASSPHRASE],
        ["passwd", "--new-passphrase", NEW_PASSPHRASE],
    ):
        with pytest.raises(SystemExit) as raised:
            parser.parse_args(argv)
        assert raised.value.code == 2
    assert main(["info", "--passphrase", PASSPHRASE]) == 2
    assert PASSPHRASE not in capsys.readouterr().err


# -- lists -------------------------------------------------------------------------------


def test_list_people_json_uses_field_names(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Vault.open(vault_path, PASSPHRASE) as vault, vault.write() as session:
        session.add(Person(full_name="Айбек\tТестов"))
    code, out, _err = run(capsys, "list", "people", "--json", "--vault", str(vault_path))
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 1
    assert {"id", "full_name", "current_status"} <= rows[0].keys()
    assert rows[0]["full_name"] == "Айбек\tТестов"

    code, out, _err = run(capsys, "list", "people", "--vault", str(vault_path))
    assert code == 0
    fields = out.rstrip("\n").split("\t")
    assert fields[:2] == [rows[0]["id"], "Айбек Тестов"]
    assert fields[2] == rows[0]["current_status"]


def test_list_dates_are_checked(vault_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "hearings", "--from", "2024-02-30", "--vault", str(vault_path)]) == 2
    code, _out, err = run(capsys, "list", "people", "--from", "2024-01-01")
    assert code == 2
    assert "hearings only" in err
    code, out, _err = run(
        capsys, "list", "hearings", "--from", "2024-01-01", "--to", "2024-12-31", "--json",
        "--vault", str(vault_path),
    )  # fmt: skip
    assert code == 0
    assert json.loads(out) == []


# -- integrity ---------------------------------------------------------------------------


def test_check_intact_vault(vault_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "check", "--vault", str(vault_path))
    assert code == 0
    assert "intact" in out


def test_tidy_index_merges_the_search_index(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import text

    from casefile.vault.index_upkeep import segment_count

    with Vault.open(vault_path, PASSPHRASE) as vault:
        with vault.write() as session:
            merging_off = "INSERT INTO search_index(search_index, rank) VALUES('automerge', 0)"
            session.execute(text(merging_off))
        for number in range(6):
            with vault.write() as session:
                session.add(Person(full_name=f"Асанов Бакыт {number}"))
    code, out, _err = run(capsys, "tidy-index", "--vault", str(vault_path))
    assert code == 0 and "is merged" in out
    with Vault.open(vault_path, PASSPHRASE) as vault, vault.read() as session:
        assert segment_count(session.connection()) == 1
    code, out, _err = run(capsys, "tidy-index", "--vault", str(vault_path))
    assert code == 0 and "needed no merging" in out


def flip_byte(db: Path, page: int) -> None:
    data = bytearray(db.read_bytes())
    data[(page - 1) * PAGE_SIZE + 100] ^= 0x01
    db.write_bytes(bytes(data))


def test_check_damaged_vault_names_the_page(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flip_byte(vault_path / "vault.db", 5)
    code, out, err = run(capsys, "check", "--vault", str(vault_path))
    assert code == 5
    assert "page 5" in out
    assert "Traceback" not in err


def test_check_vault_too_damaged_to_open(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flip_byte(vault_path / "vault.db", 1)
    code, out, err = run(capsys, "check", "--vault", str(vault_path))
    assert code == 5
    assert "damaged" in out
    assert "Traceback" not in err


# -- keys --------------------------------------------------------------------------------


def test_passwd_then_info_with_the_new_passphrase(
    vault_path: Path, fast_kdf: KdfCost, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db_before = (vault_path / "vault.db").read_bytes()
    env.setenv("CASEFILE_NEW_PASSPHRASE", NEW_PASSPHRASE)
    code, _out, _err = run(capsys, "passwd", "--vault", str(vault_path))
    assert code == 0
    assert (vault_path / "vault.db").read_bytes() == db_before
    assert main(["info", "--vault", str(vault_path)]) == 4
    env.setenv("CASEFILE_PASSPHRASE", NEW_PASSPHRASE)
    assert main(["info", "--vault", str(vault_path)]) == 0


def test_passwd_refuses_a_weak_new_passphrase(
    vault_path: Path, fast_kdf: KdfCost, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    keys_before = (vault_path / "vault.keys").read_bytes()
    env.setenv("CASEFILE_NEW_PASSPHRASE", "short")
    code, _out, err = run(capsys, "passwd", "--vault", str(vault_path))
    assert code == 2
    assert_one_error_line(err)
    assert (vault_path / "vault.keys").read_bytes() == keys_before


def test_key_export_prints_the_raw_key(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "key", "export", "--vault", str(vault_path))
    assert code == 0
    first, second = out.splitlines()[:2]
    assert re.fullmatch(r"x'[0-9a-f]{64}'", first)
    assert f'PRAGMA key = "{first}"' in second
    assert "WARNING" in err
    assert first not in err


def test_rekey_prints_a_new_recovery_key(
    vault_path: Path, fast_kdf: KdfCost, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.setenv("CASEFILE_NEW_PASSPHRASE", NEW_PASSPHRASE)
    code, out, _err = run(capsys, "rekey", "--vault", str(vault_path))
    assert code == 0
    found = RECOVERY_KEY.findall(out)
    assert len(found) == 1
    Vault.open_with_recovery_key(vault_path, found[0]).close()
    Vault.open(vault_path, NEW_PASSPHRASE).close()


def test_recovery_new_prints_a_key_and_the_old_one_is_refused(
    tmp_path: Path, fast_kdf: KdfCost, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "field.casefile")
    code, out, _err = run(capsys, "init", path)
    old = RECOVERY_KEY.search(out)
    assert code == 0 and old is not None
    code, out, _err = run(capsys, "backup", "--vault", path)
    assert code == 0
    code, out, _err = run(capsys, "recovery", "new", "--vault", path)
    assert code == 0
    (new,) = RECOVERY_KEY.findall(out)
    assert new != old.group()
    assert "old one no longer opens it" in out
    assert "1 backup(s)" in out
    env.setenv("CASEFILE_RECOVERY_KEY", old.group())
    env.setenv("CASEFILE_NEW_PASSPHRASE", NEW_PASSPHRASE)
    code, _out, err = run(capsys, "recover", "--vault", path)
    assert code == 5
    assert "replaced no longer opens it" in err
    env.setenv("CASEFILE_RECOVERY_KEY", new)
    code, _out, err = run(capsys, "recover", "--vault", path)
    assert code == 0, err
    assert main(["recovery"]) == 2


def test_erase_then_recover_then_info(
    tmp_path: Path, fast_kdf: KdfCost, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "field.casefile")
    code, out, _err = run(capsys, "init", path)
    assert code == 0
    key = RECOVERY_KEY.search(out)
    assert key is not None

    assert main(["erase", "--vault", path]) == 2  # no --yes and nobody at a terminal
    assert (tmp_path / "field.casefile" / "vault.keys").exists()
    code, out, _err = run(capsys, "erase", "--yes", "--vault", path)
    assert code == 0
    assert "vault.keys" in out
    assert "recovery key" in out
    assert "What survives an erase" in out and "flash storage" in out
    assert not (tmp_path / "field.casefile" / "vault.keys").exists()

    code, _out, err = run(capsys, "info", "--vault", path)
    assert code == 3
    assert_one_error_line(err)

    env.setenv("CASEFILE_RECOVERY_KEY", key.group().lower().replace("-", " "))
    env.setenv("CASEFILE_NEW_PASSPHRASE", NEW_PASSPHRASE)
    code, out, _err = run(capsys, "recover", "--vault", path)
    assert code == 0
    assert "new key file" in out

    env.setenv("CASEFILE_PASSPHRASE", NEW_PASSPHRASE)
    code, out, _err = run(capsys, "info", "--vault", path)
    assert code == 0


def test_recover_with_a_mistyped_key_is_exit_4(
    vault_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.setenv("CASEFILE_RECOVERY_KEY", "ABCDE-" * 10 + "ABCDE")
    code, _out, err = run(capsys, "recover", "--vault", str(vault_path))
    assert code == 4
    assert_one_error_line(err)


# -- backups -----------------------------------------------------------------------------


def test_backup_then_restore(
    vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bk").mkdir()
    code, out, _err = run(
        capsys, "backup", "--vault", str(vault_path), "--to", str(tmp_path / "bk")
    )
    assert code == 0
    folder = Path(out.splitlines()[0].split(": ", 1)[1])
    assert folder.parent == tmp_path / "bk"
    assert (folder / "vault.db").is_file()
    assert "Size:" in out

    with Vault.open(vault_path, PASSPHRASE) as vault, vault.write() as session:
        session.add(Person(full_name="Added after the backup"))

    assert main(["restore", "--vault", str(vault_path), str(folder)]) == 2  # needs --yes
    code, out, _err = run(capsys, "restore", "--yes", "--vault", str(vault_path), str(folder))
    assert code == 0
    assert "pre-restore" in out
    code, out, _err = run(capsys, "list", "people", "--vault", str(vault_path))
    assert code == 0
    assert out == ""


def test_backup_to_a_missing_folder_is_refused_naming_it(
    vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An unmounted USB stick: /media/usb is missing, or its mount point is an empty folder on
    # the laptop's own disk. The first must never become a backup on the laptop.
    stick = tmp_path / "media" / "usb"
    code, out, err = run(capsys, "backup", "--vault", str(vault_path), "--to", str(stick))
    assert code == 5
    assert out == ""
    assert_one_error_line(err)
    assert str(stick) in err
    assert "does not exist" in err and "connect" in err
    assert not (tmp_path / "media").exists()
    assert not (vault_path / "backups").exists()

    # A file where the folder should be: refused too, and the file is left alone.
    (tmp_path / "afile").write_bytes(b"x")
    code, _out, err = run(
        capsys, "backup", "--vault", str(vault_path), "--to", str(tmp_path / "afile")
    )
    assert code == 5
    assert "is not a folder" in err
    assert (tmp_path / "afile").read_bytes() == b"x"


def test_automatic_backup(vault_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "backup", "--auto", "--vault", str(vault_path))
    assert code == 0
    assert "-auto" in out
    assert len(list((vault_path / "backups").iterdir())) == 1


# -- demo --------------------------------------------------------------------------------


def test_demo_builds_a_vault_with_people(
    tmp_path: Path, fast_kdf: KdfCost, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from casefile.demo.build import DEMO_PASSPHRASE

    code, out, _err = run(capsys, "demo", str(tmp_path / "demo"))
    assert code == 0
    assert DEMO_PASSPHRASE in out
    assert str(tmp_path / "demo.casefile") in out
    env.setenv("CASEFILE_PASSPHRASE", DEMO_PASSPHRASE)
    code, out, _err = run(capsys, "list", "people", "--vault", str(tmp_path / "demo.casefile"))
    assert code == 0
    assert 30 <= len(out.splitlines()) <= 50


# -- no subcommand, and the real console script ------------------------------------------


def test_no_subcommand_starts_the_desktop_app(monkeypatch: pytest.MonkeyPatch) -> None:
    import casefile.app

    started: list[bool] = []

    def fake_app_main() -> int:
        started.append(True)
        return 0

    monkeypatch.setattr(casefile.app, "main", fake_app_main)
    assert main([]) == 0
    assert started == [True]


def test_console_script_never_prints_a_traceback(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("casefile")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "casefile.cli.main"]
    env = {k: v for k, v in os.environ.items() if k not in ENV_NAMES}
    env["CASEFILE_PASSPHRASE"] = PASSPHRASE
    result = subprocess.run(
        [*command, "info", "--vault", str(tmp_path / "missing")],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    assert result.returncode == 3
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("casefile: ")
    assert len(result.stderr.strip().splitlines()) == 1


# -- at a terminal ----------------------------------------------------------------------


def at_terminal(env: pytest.MonkeyPatch, typed: list[str], lines: str = "") -> list[str]:
    """Pretends stdin is a terminal: getpass answers from `typed`, visible input from `lines`."""
    import io

    import casefile.cli.key_commands
    import casefile.cli.prompts
    import casefile.cli.vault_commands

    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return typed.pop(0)

    for module in (casefile.cli.prompts, casefile.cli.key_commands, casefile.cli.vault_commands):
        env.setattr(module, "stdin_is_interactive", lambda: True)
    env.setattr("getpass.getpass", fake_getpass)
    env.setattr(sys, "stdin", io.StringIO(lines))
    return prompts


def test_init_at_a_terminal_retries_weak_and_mistyped_passphrases(
    tmp_path: Path, fast_kdf: KdfCost, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.delenv("CASEFILE_PASSPHRASE")
    prompts = at_terminal(env, ["short", PASSPHRASE, NEW_PASSPHRASE, PASSPHRASE, PASSPHRASE])
    code, out, err = run(capsys, "init", str(tmp_path / "typed"))
    assert code == 0
    assert len(prompts) == 5
    assert "Too short" in err
    assert "not the same" in err
    assert RECOVERY_KEY.search(out)
    Vault.open(tmp_path / "typed", PASSPHRASE).close()


def test_erase_at_a_terminal_needs_the_vault_name(
    vault_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    at_terminal(env, [], "something else\n")
    code, _out, err = run(capsys, "erase", "--vault", str(vault_path))
    assert code == 2
    assert "Nothing was erased" in err
    assert (vault_path / "vault.keys").exists()

    at_terminal(env, [], "test\n")
    code, _out, _err = run(capsys, "erase", "--vault", str(vault_path))
    assert code == 0
    assert not (vault_path / "vault.keys").exists()


def test_restore_at_a_terminal_can_be_declined(
    vault_path: Path, tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bk").mkdir()
    assert main(["backup", "--vault", str(vault_path), "--to", str(tmp_path / "bk")]) == 0
    folder = next((tmp_path / "bk").iterdir())
    at_terminal(env, [], "n\n")
    code, _out, err = run(capsys, "restore", "--vault", str(vault_path), str(folder))
    assert code == 1
    assert "Nothing was restored" in err


# -- unexpected errors -------------------------------------------------------------------


def test_unexpected_error_is_exit_70_without_its_message(
    vault_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_args: object, **_kwargs: object) -> Vault:
        raise RuntimeError("Айбек Тестов, held in СИЗО-1")

    env.setattr(Vault, "open", broken)
    code, _out, err = run(capsys, "info", "--vault", str(vault_path))
    assert code == 70
    assert_one_error_line(err)
    assert "RuntimeError" in err
    assert "no data was changed" in err
    assert "Айбек" not in err


def test_interrupt_is_exit_130(
    vault_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*_args: object, **_kwargs: object) -> Vault:
        raise KeyboardInterrupt

    env.setattr(Vault, "open", interrupted)
    code, _out, err = run(capsys, "info", "--vault", str(vault_path))
    assert code == 130
    assert_one_error_line(err)


def test_file_system_error_is_exit_1_naming_the_path(
    vault_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refused(*_args: object, **_kwargs: object) -> Vault:
        raise PermissionError(13, "Permission denied", str(vault_path / "vault.lock"))

    env.setattr(Vault, "open", refused)
    code, _out, err = run(capsys, "info", "--vault", str(vault_path))
    assert code == 1
    assert_one_error_line(err)
    assert f"Permission denied: {vault_path / 'vault.lock'}" in err
