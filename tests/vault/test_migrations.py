"""Schema upgrades: every released fixture vault opens, upgrades and keeps its contents."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from casefile.assets import migrations_dir
from casefile.errors import VaultCorruptError, VaultTooNewError
from casefile.vault import migrations
from casefile.vault.backup import list_backups
from casefile.vault.engine import create_vault_engine, writer
from casefile.vault.keyfile import read_keyfile, unlock
from casefile.vault.schema import Base, Hearing, Person
from casefile.vault.vault import Vault

FIXTURES = Path(__file__).resolve().parents[2] / "db" / "fixtures"
FIXTURE_PASSPHRASE = "fixture vault passphrase for tests only"
PASSPHRASE = "correct horse battery staple for tests only"  # the conftest template's
PERSON_ID = "11111111-1111-4111-8111-111111111111"


def _fixture_zips() -> list[Path]:
    return sorted(FIXTURES.glob("vault-r*.zip"))


def _extract(archive: Path, tmp_path: Path) -> Path:
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(tmp_path)
        return tmp_path / zipped.namelist()[0].split("/")[0]


def test_there_is_a_fixture_for_every_revision() -> None:
    revisions = {script.revision for script in migrations.script_directory().walk_revisions()}
    fixtures = {path.stem.removeprefix("vault-r") for path in _fixture_zips()}
    assert revisions <= fixtures


@pytest.mark.parametrize("archive", _fixture_zips(), ids=lambda path: path.stem)
def test_fixture_vault_upgrades_and_keeps_its_records(archive: Path, tmp_path: Path) -> None:
    folder = _extract(archive, tmp_path)
    with Vault.open(folder, FIXTURE_PASSPHRASE, actor="tester") as vault:
        with vault.engine.connect() as conn:
            assert migrations.current_revision(conn) == migrations.head_revision()
        with vault.read() as session:
            person = session.get(Person, PERSON_ID)
            assert person is not None
            assert person.full_name == "Гүлнара Өмүрбекова"
            assert person.birth_date is not None and person.birth_date.to_text() == "1988-04"
            assert session.query(Hearing).count() == 1
            found = (
                session.execute(
                    text("SELECT record_id FROM search_index WHERE search_index MATCH :q"),
                    {"q": "өмүрбек*"},
                )
                .scalars()
                .all()
            )
            assert found == [PERSON_ID]
        assert vault.check().ok
    older = archive.stem != f"vault-r{migrations.head_revision()}"
    kinds = [info.kind for info in list_backups(folder / "backups")]
    assert kinds == (["pre-upgrade"] if older else [])


def test_migration_chain_is_linear() -> None:
    scripts = migrations.script_directory()
    assert len(scripts.get_heads()) == 1
    for script in scripts.walk_revisions():
        assert not isinstance(script.down_revision, tuple | list), script.revision


def test_released_revisions_list_every_script_in_order() -> None:
    scripts = migrations.script_directory()
    oldest_first = [script.revision for script in scripts.walk_revisions()][::-1]
    assert list(migrations.RELEASED_REVISIONS) == oldest_first
    assert migrations.head_revision() == scripts.get_current_head()


def test_opening_a_current_vault_does_not_import_alembic(vault_path: Path) -> None:
    # The desktop process only pays for Alembic (and Mako, Pygments) when a vault needs it.
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from casefile.vault.vault import Vault\n"
        f"with Vault.open(Path({str(vault_path)!r}), {PASSPHRASE!r}) as vault:\n"
        "    vault.info()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'zxcvbn')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"


def test_a_vault_without_a_schema_version_is_refused(vault_path: Path) -> None:
    key = unlock(read_keyfile(vault_path / "vault.keys"), PASSPHRASE)
    engine = create_vault_engine(vault_path / "vault.db", key)
    with writer(engine).begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
    engine.dispose()
    with pytest.raises(VaultCorruptError, match="no schema version"):
        Vault.open(vault_path, PASSPHRASE)


def test_models_match_the_migrations(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'plain.db'}")
    with engine.begin() as conn:
        migrations.upgrade(conn)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "include_name": lambda name, type_, parent: (
                    not (type_ == "table" and name and name.startswith("search_index"))
                ),
            },
        )
        assert compare_metadata(context, Base.metadata) == []
    assert (migrations_dir() / "env.py").is_file()


def test_vault_from_a_newer_version_is_refused_and_unchanged(vault_path: Path) -> None:
    key = unlock(read_keyfile(vault_path / "vault.keys"), PASSPHRASE)
    engine = create_vault_engine(vault_path / "vault.db", key)
    with writer(engine).begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    engine.dispose()
    before = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in vault_path.iterdir()
        if p.name != "vault.lock"
    }
    with pytest.raises(VaultTooNewError, match="newer version"):
        Vault.open(vault_path, PASSPHRASE)
    after = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in vault_path.iterdir()
        if p.name != "vault.lock"
    }
    assert after == before
