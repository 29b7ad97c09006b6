"""casefile duress set|clear|status, and the duress passphrase typed at a CLI unlock."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from casefile.cli.main import main
from casefile.vault.keyfile import KdfCost

PASSPHRASE = "correct horse battery staple for tests only"
DURESS = "seven amber lanterns drift over quiet harbours"
RECOVERY_KEY = re.compile(r"\b(?:[0-9A-Z]{5}-){10}[0-9A-Z]{5}\b")


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("CASEFILE_NEW_PASSPHRASE", "CASEFILE_RECOVERY_KEY", "CASEFILE_VAULT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)
    return monkeypatch


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_duress_set_status_use_and_recover(
    tmp_path: Path, fast_kdf: KdfCost, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "field.casefile")
    code, out, _err = run(capsys, "init", path)
    recovery = RECOVERY_KEY.search(out)
    assert code == 0 and recovery is not None
    assert run(capsys, "duress", "status", "--vault", path)[1] == "No duress passphrase is set.\n"
    env.setenv("CASEFILE_NEW_PASSPHRASE", DURESS)
    code, out, err = run(capsys, "duress", "set", "--vault", path)
    assert code == 0, err
    assert "The duress passphrase is set." in out
    assert "only the recovery key" in out
    assert run(capsys, "duress", "status", "--vault", path)[1] == "A duress passphrase is set.\n"
    # Typed at a CLI unlock: the decoy answers, as any vault would.
    env.setenv("CASEFILE_PASSPHRASE", DURESS)
    code, out, err = run(capsys, "duress", "status", "--vault", path)
    assert (code, out) == (0, "No duress passphrase is set.\n"), err
    env.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)
    code, _out, err = run(capsys, "duress", "status", "--vault", path)
    assert code == 4 and "The passphrase is not correct." in err
    env.setenv("CASEFILE_RECOVERY_KEY", recovery.group())
    env.setenv("CASEFILE_NEW_PASSPHRASE", PASSPHRASE)
    code, _out, err = run(capsys, "recover", "--vault", path)
    assert code == 0, err
    assert run(capsys, "duress", "status", "--vault", path)[1] == "No duress passphrase is set.\n"


def test_duress_clear_and_the_usage(
    tmp_path: Path, fast_kdf: KdfCost, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "field.casefile")
    assert run(capsys, "init", path)[0] == 0
    env.setenv("CASEFILE_NEW_PASSPHRASE", DURESS)
    assert run(capsys, "duress", "set", "--vault", path)[0] == 0
    code, out, _err = run(capsys, "duress", "clear", "--vault", path)
    assert code == 0 and "removed" in out
    env.setenv("CASEFILE_PASSPHRASE", DURESS)
    code, _out, err = run(capsys, "duress", "status", "--vault", path)
    assert code == 4 and "The passphrase is not correct." in err
    assert main(["duress"]) == 2
