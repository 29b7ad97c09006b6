"""`casefile bundle` and `casefile device` end to end, in-process through main(argv)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casefile.cli.main import main
from casefile.services.exchange import bundle_format, devices, passphrases, safeguards
from casefile.services.exchange.errors import MassChangeError
from casefile.services.exchange.merge import ImportPreview
from casefile.vault.schema import Partner, Person
from casefile.vault.vault import Vault
from tests.services.exchange.exchange_helpers import (
    BUNDLE_PASSPHRASE,
    FAST_BUNDLE_KDF,
    PASSPHRASE,
    MakeVault,
    introduce,
)


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


def _pair_closed(make_vault: MakeVault) -> tuple[str, str]:
    """Two vaults that trust each other, with a person on the laptop; closed for the CLI."""
    laptop, office = make_vault("laptop"), make_vault("office")
    introduce(laptop, office)
    with laptop.write() as session:
        session.add(Person(full_name="Kanat Cli"))
    paths = str(laptop.paths.root), str(office.paths.root)
    laptop.close()
    office.close()
    return paths


def _last_sent(path: str) -> int:
    vault = Vault.open(Path(path), PASSPHRASE, actor="check")
    try:
        with vault.read() as session:
            return session.query(Partner).filter_by(name="office").one().last_sent_seq
    finally:
        vault.close()


def test_a_bundle_that_could_not_be_written_is_not_counted_as_sent(
    make_vault: MakeVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop, office = _pair_closed(make_vault)
    missing = tmp_path / "unmounted" / "stick.cfbundle"
    code, _out, err = run(
        capsys, "bundle", "export", "--to", "office", "-o", str(missing), "--vault", laptop
    )
    assert code != 0 and "does not exist" in err and not missing.exists()
    assert _last_sent(laptop) == 0
    folder = tmp_path / "folder"
    folder.mkdir()
    code, _out, err = run(
        capsys,
        "bundle",
        "export",
        "--to",
        "office",
        "-o",
        str(folder),
        "--force",
        "--vault",
        laptop,
    )
    assert code == 2 and "folder" in err and list(folder.iterdir()) == []
    assert _last_sent(laptop) == 0
    # The next export still carries the person.
    bundle = tmp_path / "next.cfbundle"
    code, _out, err = run(
        capsys, "bundle", "export", "--to", "office", "-o", str(bundle), "--vault", laptop
    )
    assert code == 0 and "1 records" in err and _last_sent(laptop) > 0
    code, out, _err = run(capsys, "bundle", "import", str(bundle), "--vault", office)
    assert code == 0 and "1 new" in out


def test_the_default_name_and_key_and_a_generated_passphrase(
    make_vault: MakeVault,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laptop, office = _pair_closed(make_vault)
    monkeypatch.chdir(tmp_path)
    # No -o: a name that says nothing about the partner; encrypted to its key by default.
    code, out, _err = run(capsys, "bundle", "export", "--to", "office", "--vault", laptop)
    assert code == 0
    (made,) = tmp_path.glob("*.cfbundle")
    assert made.name.startswith("casefile-") and "office" not in made.name and made.name in out
    assert bundle_format.probe(made).mode == "public-key"
    # --public-key is still accepted, as a no-op.
    code, _out, _err = run(
        capsys, "bundle", "export", "--to", "office", "--public-key", "--all", "--vault", laptop
    )
    assert code == 0 and len(list(tmp_path.glob("*.cfbundle"))) == 2

    # --passphrase without the variable: six generated words, printed once on stderr.
    monkeypatch.delenv("CASEFILE_BUNDLE_PASSPHRASE")
    bundle = tmp_path / "p.cfbundle"
    code, out, err = run(
        capsys,
        "bundle",
        "export",
        "--to",
        "office",
        "--passphrase",
        "--all",
        "-o",
        str(bundle),
        "--vault",
        laptop,
    )
    assert code == 0 and bundle_format.probe(bundle).mode == "passphrase"
    words = err.strip().splitlines()[-1].split()
    assert len(words) == 6 and set(words) <= set(passphrases.wordlist())
    assert " ".join(words) not in out
    monkeypatch.setenv("CASEFILE_BUNDLE_PASSPHRASE", "not it, but long enough to ask")
    code, _out, err = run(capsys, "bundle", "import", str(bundle), "--vault", office)
    assert code == 4
    monkeypatch.setenv("CASEFILE_BUNDLE_PASSPHRASE", " ".join(words))
    code, out, _err = run(capsys, "bundle", "import", str(bundle), "--vault", office)
    assert code == 0 and "1 new" in out

    # A weak passphrase of one's own is refused before anything is written.
    monkeypatch.setenv("CASEFILE_BUNDLE_PASSPHRASE", "password123")
    weak = tmp_path / "weak.cfbundle"
    code, _out, err = run(
        capsys,
        "bundle",
        "export",
        "--to",
        "office",
        "--passphrase",
        "-o",
        str(weak),
        "--vault",
        laptop,
    )
    assert code == 2 and "too weak" in err and not weak.exists()


def test_trust_roles_and_the_device_list(
    make_vault: MakeVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop, office, field = make_vault("laptop"), make_vault("office"), make_vault("field")
    devices.trust_device(field, devices.parse_card(devices.this_device(office).card), "office")
    with field.write() as session:
        session.add(Person(full_name="Kanat Cli"))
    office_path, field_path = str(office.paths.root), str(field.paths.root)
    laptop_card = devices.this_device(laptop).card
    for vault in (laptop, office, field):
        vault.close()
    bundle = tmp_path / "from-field.cfbundle"
    assert (
        run(capsys, "bundle", "export", "--to", "office", "-o", str(bundle), "--vault", field_path)[
            0
        ]
        == 0
    )

    # A non-bundle file is refused before the vault is even opened.
    junk = tmp_path / "junk.cfbundle"
    junk.write_bytes(b"junk" * 100)
    code, _out, err = run(
        capsys, "device", "trust", str(junk), "--name", "x", "--yes", "--vault", "/nonexistent"
    )
    assert code == 8 and "not a Casefile bundle" in err

    # From a bundle (sent to this vault's key): a contributor unless told otherwise.
    code, _out, err = run(
        capsys, "device", "trust", str(bundle), "--name", "field", "--yes", "--vault", office_path
    )
    assert code == 0 and "contributor" in err
    code, _out, err = run(
        capsys, "device", "trust", laptop_card, "--name", "laptop", "--yes", "--vault", office_path
    )
    assert code == 0 and "partner" in err
    code, out, _err = run(capsys, "device", "list", "--vault", office_path)
    rows = {line.split("\t")[0]: line.split("\t") for line in out.splitlines()}
    assert rows["field"][3] == "contributor" and rows["laptop"][3] == "partner"
    code, _out, err = run(
        capsys,
        "device",
        "trust",
        laptop_card,
        "--name",
        "laptop",
        "--role",
        "contributor",
        "--yes",
        "--vault",
        office_path,
    )
    assert code == 0
    code, out, _err = run(capsys, "device", "list", "--vault", office_path)
    assert "laptop\t" in out and out.count("contributor") == 2


def test_mass_changes_are_listed_and_need_accept_deletions(
    make_vault: MakeVault,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laptop, office = _pair_closed(make_vault)

    def refuse(session: object, preview: ImportPreview, *, accept: bool) -> None:
        if not accept:
            changes = tuple((c.table, c.record_id, c.label, "updated") for c in preview.new)
            raise MassChangeError("This bundle would change 1 records.", changes=changes)

    monkeypatch.setattr(safeguards, "check_mass_changes", refuse)
    bundle = tmp_path / "b.cfbundle"
    assert (
        run(capsys, "bundle", "export", "--to", "office", "-o", str(bundle), "--vault", laptop)[0]
        == 0
    )
    code, out, err = run(capsys, "bundle", "import", str(bundle), "--vault", office)
    assert code == 10
    assert out.startswith("updated\tpersons\t") and "Kanat Cli" in out
    assert "--accept-deletions" in err and "would change 1 records" in err
    code, out, _err = run(capsys, "bundle", "import", str(bundle), "--dry-run", "--vault", office)
    assert code == 0 and "1 new" in out
    code, out, _err = run(
        capsys, "bundle", "import", str(bundle), "--accept-deletions", "--vault", office
    )
    assert code == 0 and "1 new" in out
    code, out, _err = run(capsys, "bundle", "import", str(bundle), "--vault", office)
    assert code == 0 and "imported before" in out


def test_cli_lists_and_accepts_a_partners_purges(
    make_vault: MakeVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from casefile.services.exchange import service
    from casefile.services.records import trash

    laptop, office = make_vault("laptop"), make_vault("office")
    introduce(laptop, office)
    with laptop.write() as session:
        person = Person(full_name="Kubat Purge")
        session.add(person)
        session.flush()
        person_id = person.id
    service.import_bundle(office, service.export_bundle(laptop, "office").data)
    trash.move_to_trash(laptop, "persons", person_id)
    trash.purge(laptop, "persons", person_id)
    service.import_bundle(office, service.export_bundle(laptop, "office").data)
    office_path = str(office.paths.root)
    office.close()
    code, out, _err = run(capsys, "bundle", "purges", "--vault", office_path)
    assert code == 0 and out == f"persons\t{person_id}\tasked by laptop\t" + out.split("\t")[3]
    code, _out, err = run(capsys, "bundle", "accept-purges", person_id, "--vault", office_path)
    assert code == 2 and "--yes" in err  # no terminal to confirm
    code, _out, err = run(capsys, "bundle", "accept-purges", "--vault", office_path)
    assert code == 2 and "--all" in err
    code, _out, err = run(
        capsys, "bundle", "accept-purges", person_id, "--yes", "--vault", office_path
    )
    assert code == 0 and "1 records deleted for good" in err
    code, out, err = run(capsys, "bundle", "purges", "--vault", office_path)
    assert (code, out) == (0, "") and "No deletion is waiting" in err
    with Vault.open(office.paths.root, PASSPHRASE) as reopened, reopened.read() as session:
        assert session.get(Person, person_id) is None


def test_cli_sync_through_a_folder_and_its_status(
    make_vault: MakeVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop, office = make_vault("laptop"), make_vault("office")
    introduce(laptop, office)
    with laptop.write() as session:
        session.add(Person(full_name="Synced By Cli"))
    laptop_path, office_path = str(laptop.paths.root), str(office.paths.root)
    laptop.close()
    office.close()
    folder = tmp_path / "Sync"
    folder.mkdir()
    code, out, _err = run(capsys, "sync", "--folder", str(folder), "--vault", laptop_path)
    assert code == 0 and "sent 1" in out
    code, out, _err = run(capsys, "sync", "--folder", str(folder), "--vault", office_path)
    assert code == 0 and "received 1" in out
    # The folder is remembered.
    code, out, _err = run(capsys, "sync", "--vault", laptop_path)
    assert code == 0 and "received 1" in out and "pruned 1" in out
    code, out, _err = run(capsys, "sync", "--status", "--json", "--vault", laptop_path)
    state = json.loads(out)
    assert state["folder"] == str(folder.absolute())
    (partner,) = state["partners"]
    assert partner["name"] == "office" and partner["pending_bundles"] == 0
    with Vault.open(Path(office_path), PASSPHRASE) as reopened, reopened.read() as session:
        assert session.query(Person).filter_by(full_name="Synced By Cli").count() == 1


def test_cli_scope_and_purge_request(
    make_vault: MakeVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office, laptop = make_vault("office"), make_vault("laptop")
    introduce(laptop, office)
    with office.write() as session:
        inside, outside = Person(full_name="In Scope Cli"), Person(full_name="Out Cli")
        session.add_all([inside, outside])
    office_path, laptop_path = str(office.paths.root), str(laptop.paths.root)
    office.close()
    laptop.close()
    folder = tmp_path / "Sync"
    folder.mkdir()
    code, out, _err = run(
        capsys, "sync", "--scope", "laptop", "--person", inside.id, "--vault", office_path
    )
    assert code == 0 and "1 people, 0 cases" in out
    code, _out, err = run(
        capsys,
        "sync",
        "--scope",
        "laptop",
        "--person",
        inside.id,
        "--purge-removed",
        "--vault",
        office_path,
    )
    assert code == 2 and "--yes" in err
    for path in (office_path, laptop_path):
        assert run(capsys, "sync", "--folder", str(folder), "--vault", path)[0] == 0
    code, out, _err = run(capsys, "sync", "--status", "--vault", laptop_path)
    assert "office sends this vault only: 1 people, 0 cases" in out
    with Vault.open(Path(laptop_path), PASSPHRASE) as reopened, reopened.read() as session:
        assert {p.full_name for p in session.query(Person)} == {"In Scope Cli"}


def test_cli_lists_received_bundles_and_takes_one_back(
    make_vault: MakeVault, capsys: pytest.CaptureFixture[str]
) -> None:
    from casefile.services.exchange import service

    laptop, office = make_vault("laptop"), make_vault("office")
    introduce(laptop, office)
    with laptop.write() as session:
        person = Person(full_name="Nurlan Undone")
        session.add(person)
        session.flush()
        person_id = person.id
    bundle_id = service.import_bundle(
        office, service.export_bundle(laptop, "office").data
    ).bundle_id
    office_path = str(office.paths.root)
    office.close()
    code, out, _err = run(capsys, "bundle", "received", "--vault", office_path)
    assert code == 0
    assert out.startswith(f"{bundle_id}\t") and "from laptop\t1 new" in out
    assert out.rstrip().endswith("can be undone")
    code, _out, err = run(capsys, "bundle", "undo", bundle_id, "--vault", office_path)
    assert code == 2 and "--yes" in err  # no terminal to confirm
    code, _out, err = run(capsys, "bundle", "undo", bundle_id, "--yes", "--vault", office_path)
    assert code == 0 and "taken back" in err
    with Vault.open(office.paths.root, PASSPHRASE) as reopened, reopened.read() as session:
        found = session.get(Person, person_id)
        assert found is not None and found.deleted_at is not None
    code, out, _err = run(capsys, "bundle", "received", "--vault", office_path)
    assert "\tundone " in out
    code, _out, err = run(capsys, "bundle", "undo", bundle_id, "--yes", "--vault", office_path)
    assert code != 0 and "cannot be undone" in err
