"""`casefile bundle` and `casefile device` end to end, in-process through main(argv)."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_helpers import BUNDLE_PASSPHRASE, FAST_BUNDLE_KDF, PASSPHRASE, MakeVault

from casefile.cli.main import main
from casefile.domain.models import Person
from casefile.services.exchange import bundle_format, devices


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CASEFILE_VAULT", raising=False)
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEFILE_BUNDLE_PASSPHRASE", BUNDLE_PASSPHRASE)
    monkeypatch.setattr(bundle_format, "DEFAULT_KDF", FAST_BUNDLE_KDF)


def test_cli_round_trip(
    make_vault: MakeVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop, office = make_vault("laptop"), make_vault("office")
    with laptop.write() as session:
        session.add(Person(full_name="Kanat Cli"))
    laptop_path, office_path = str(laptop.paths.root), str(office.paths.root)
    laptop_card = devices.this_device(laptop).card
    office_card = devices.this_device(office).card
    # The CLI opens the vaults itself: the fixture's handles must let go of the locks.
    laptop.close()
    office.close()

    code, out, _err = run(capsys, "device", "show", "--vault", laptop_path)
    assert code == 0 and laptop_card in out
    code, _out, err = run(
        capsys, "device", "trust", office_card, "--name", "office", "--vault", laptop_path
    )
    assert code == 2 and "--yes" in err  # no terminal to confirm the fingerprint

    bundle = tmp_path / "to-office.cfbundle"
    assert (
        run(
            capsys,
            "device",
            "trust",
            office_card,
            "--name",
            "office",
            "--yes",
            "--vault",
            laptop_path,
        )[0]
        == 0
    )
    code, out, err = run(
        capsys, "bundle", "export", "--to", "office", "-o", str(bundle), "--vault", laptop_path
    )
    assert code == 0, err
    assert bundle.read_bytes().startswith(bundle_format.MAGIC)

    code, _out, err = run(capsys, "bundle", "import", str(bundle), "--vault", office_path)
    assert code == 9 and err.startswith("casefile: ") and "fingerprint" in err

    # Trusting from the bundle itself.
    assert (
        run(
            capsys,
            "device",
            "trust",
            str(bundle),
            "--name",
            "laptop",
            "--yes",
            "--vault",
            office_path,
        )[0]
        == 0
    )
    code, out, err = run(
        capsys, "bundle", "import", str(bundle), "--dry-run", "--vault", office_path
    )
    assert code == 0 and "Kanat Cli" in out and "Dry run" in err
    code, out, err = run(capsys, "bundle", "import", str(bundle), "--vault", office_path)
    assert code == 0 and "1 new" in out
    code, out, err = run(capsys, "bundle", "import", str(bundle), "--vault", office_path)
    assert code == 0 and "imported before" in out

    damaged = tmp_path / "damaged.cfbundle"
    damaged.write_bytes(bundle.read_bytes()[:-1])
    code, _out, err = run(capsys, "bundle", "import", str(damaged), "--vault", office_path)
    assert code == 8 and len(err.strip().splitlines()) == 1

    code, out, _err = run(capsys, "device", "list", "--vault", office_path)
    assert code == 0 and "laptop" in out and "trusted" in out


def test_new_device_keys(make_vault: MakeVault, capsys: pytest.CaptureFixture[str]) -> None:
    vault = make_vault("copy")
    before = devices.this_device(vault)
    path = str(vault.paths.root)
    vault.close()
    assert run(capsys, "device", "new-keys", "--vault", path)[0] == 2  # no terminal, no --yes
    code, out, _err = run(capsys, "device", "new-keys", "--yes", "--vault", path)
    assert code == 0 and before.fingerprint not in out and "fingerprint:" in out
