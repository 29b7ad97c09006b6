"""Schema upgrades: every released fixture vault opens, upgrades and keeps its contents."""

from __future__ import annotations

import hashlib
import importlib.util
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateIndex

from casefile.assets import migrations_dir
from casefile.errors import VaultCorruptError, VaultTooNewError
from casefile.vault import migrations
from casefile.vault.backup import list_backups
from casefile.vault.engine import create_vault_engine, driver, writer
from casefile.vault.keyfile import read_keyfile, unlock
from casefile.vault.name_key import FUNCTION as NAME_KEY_FUNCTION
from casefile.vault.name_key import INDEX as NAME_KEY_INDEX
from casefile.vault.name_key import name_key
from casefile.vault.schema import Base, Hearing, Person
from casefile.vault.vault import Vault

FIXTURES = Path(__file__).resolve().parents[2] / "db" / "fixtures"
FIXTURE_PASSPHRASE = "fixture vault passphrase for tests only"
PASSPHRASE = "correct horse battery staple for tests only"  # the conftest template's
PERSON_ID = "11111111-1111-4111-8111-111111111111"
HEARING_ID = "33333333-3333-4333-8333-333333333333"


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
                    text(
                        "SELECT r.record_id FROM search_index AS s JOIN search_records AS r "
                        "ON r.id = s.rowid WHERE search_index MATCH :q"
                    ),
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


def test_0006_carries_the_index_over_and_stores_statuses(tmp_path: Path) -> None:
    """Revision 0006: the search index's documents move to the contentless index (a hearing's
    row gains its case's title), the audit gets its actor index, and the statuses of people
    with detention events are derived once at the first open (vault/statuses.py)."""
    folder = _extract(FIXTURES / "vault-r0005.zip", tmp_path)
    key = unlock(read_keyfile(folder / "vault.keys"), FIXTURE_PASSPHRASE)
    engine = create_vault_engine(folder / "vault.db", key)
    with writer(engine).begin() as conn:  # an event written by the older program
        conn.execute(
            text(
                "INSERT INTO detention_events (id, person_id, type, start, created_at, "
                "updated_at, updated_by, version) VALUES ('44444444-4444-4444-8444-444444444444',"
                " :person, 'pretrial_detention', '2024-05-02', '2024-05-02 10:00:00', "
                "'2024-05-02 10:00:00', 'fixture', 1)"
            ),
            {"person": PERSON_ID},
        )
    engine.dispose()
    heard: list[str] = []
    with Vault.open(
        folder, FIXTURE_PASSPHRASE, actor="tester", progress=lambda step, _f: heard.append(step)
    ) as vault:
        assert heard[0] == "upgrade" and "statuses" in heard
        with vault.read() as session:
            stale = session.execute(text("SELECT count(*) FROM person_status_stale")).scalar()
            stored = session.execute(text("SELECT person_id, status FROM person_statuses")).all()
            kinds = {
                row[0]: row[1]
                for row in session.execute(text("SELECT record_id, kind FROM search_records"))
            }
            by_case_title = session.execute(
                text(
                    "SELECT r.record_id FROM search_index AS s JOIN search_records AS r "
                    "ON r.id = s.rowid WHERE search_index MATCH 'context : сөз'"
                )
            ).scalars()
            indexes = session.execute(
                text("SELECT name FROM sqlite_master WHERE tbl_name = 'audit_entries'")
            ).scalars()
            assert stale == 0
            assert [tuple(row) for row in stored] == [(PERSON_ID, "pretrial_detention")]
            assert kinds[PERSON_ID] == "person" and kinds[HEARING_ID] == "hearing"
            assert list(by_case_title) == [HEARING_ID]
            assert "ix_audit_entries_actor" in set(indexes)
        assert vault.check().ok


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
    # Plain SQLite, but the vault's own (SQLCipher's, newer than Python's: contentless_delete).
    plain = str(tmp_path / "plain.db")
    engine = create_engine("sqlite://", module=driver(), creator=lambda: driver().connect(plain))
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
        # SQLAlchemy does not reflect an index on an expression: that one is compared below.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression")
            warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified expr")
            assert compare_metadata(context, Base.metadata) == []
        stored = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (NAME_KEY_INDEX,)
        ).scalar_one()
    index = next(i for i in Base.metadata.tables["persons"].indexes if i.name == NAME_KEY_INDEX)
    expected = str(CreateIndex(index).compile(dialect=sqlite.dialect()))
    assert " ".join(stored.split()) == " ".join(expected.split())
    assert (migrations_dir() / "env.py").is_file()


def test_every_foreign_key_has_an_index_on_its_child_column(tmp_path: Path) -> None:
    # Without one SQLite checks the key by scanning the child table: for each parent row
    # deleted, and for each added while a deferred key is pending (a bundle merge).
    plain = str(tmp_path / "plain.db")
    engine = create_engine("sqlite://", module=driver(), creator=lambda: driver().connect(plain))
    with engine.begin() as conn:
        migrations.upgrade(conn)
    unindexed = []
    with engine.connect() as conn:
        tables = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'"
        ).scalars()
        for table in list(tables):
            leading = {
                conn.exec_driver_sql(f"PRAGMA index_info('{index[1]}')").fetchone()[2]
                for index in conn.exec_driver_sql(f"PRAGMA index_list('{table}')")
            }
            primary = {
                row[1]
                for row in conn.exec_driver_sql(f"PRAGMA table_info('{table}')")
                if row[5] == 1
            }
            for key in conn.exec_driver_sql(f"PRAGMA foreign_key_list('{table}')"):
                if key[3] not in leading | primary:
                    unindexed.append(f"{table}.{key[3]} -> {key[2]}")
    assert unindexed == []


def test_the_migration_folds_names_as_the_app() -> None:
    # 0009 keeps a frozen copy of the key function: both must give the index the same keys.
    path = migrations_dir() / "versions" / "0009_list_keys.py"
    spec = importlib.util.spec_from_file_location("migration_0009", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name in ("Асанова Айгүл", "ASANOVA", "Straße", "", None, "İlim", "ǅemal"):
        assert module._name_key(name) == name_key(name)
    assert module.NAME_KEY_FUNCTION == NAME_KEY_FUNCTION


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


def test_0010_fills_the_hearing_day_counts(tmp_path: Path) -> None:
    """Revision 0010: the per-day counts are filled from the hearings there (live ones, not of
    a trashed case), and the triggers keep them from then on."""
    folder = _extract(FIXTURES / "vault-r0009.zip", tmp_path)
    key = unlock(read_keyfile(folder / "vault.keys"), FIXTURE_PASSPHRASE)
    engine = create_vault_engine(folder / "vault.db", key)
    stamp = "'2024-05-01 10:00:00', '2024-05-01 10:00:00', 'fixture', 1"
    trashed_case = "55555555-5555-4555-8555-555555555555"
    with writer(engine).begin() as conn:  # written by the older program
        case_id = conn.execute(text("SELECT case_id FROM hearings")).scalar_one()
        conn.execute(
            text(
                "INSERT INTO cases (id, title, case_numbers, status, deleted_at, created_at, "
                f"updated_at, updated_by, version) VALUES ('{trashed_case}', 'Gone', '[]', "
                f"'trial', '2024-05-02 10:00:00', {stamp})"
            )
        )
        for number, (case, day, deleted) in enumerate(
            [
                (case_id, "2024-06-03", None),
                (case_id, "2024-06-04", None),
                (case_id, "2024-06-05", "'2024-05-02 10:00:00'"),  # in the trash
                (trashed_case, "2024-06-04", None),  # its case in the trash
                (trashed_case, "2024-06-07", None),
            ]
        ):
            conn.execute(
                text(
                    "INSERT INTO hearings (id, case_id, scheduled_date, kind, closed_to_public, "
                    "deleted_at, created_at, updated_at, updated_by, version) VALUES "
                    f"('66666666-6666-4666-8666-66666666666{number}', '{case}', '{day}', "
                    f"'trial_session', 0, {deleted or 'NULL'}, {stamp})"
                )
            )
    engine.dispose()
    with Vault.open(folder, FIXTURE_PASSPHRASE, actor="tester") as vault:
        with vault.read() as session:
            counts = session.execute(text("SELECT day, live FROM hearing_day_counts")).all()
        assert [tuple(row) for row in counts] == [("2024-06-03", 2), ("2024-06-04", 1)]
        with writer(vault.engine).begin() as conn:  # the triggers are there
            conn.execute(
                text("UPDATE cases SET deleted_at = NULL WHERE id = :id"), {"id": trashed_case}
            )
        with vault.read() as session:
            counts = session.execute(text("SELECT day, live FROM hearing_day_counts")).all()
        assert [tuple(row) for row in counts] == [
            ("2024-06-03", 2),
            ("2024-06-04", 2),
            ("2024-06-07", 1),
        ]
        assert vault.check().ok


def test_0017_counts_the_unanswered_reports(tmp_path: Path) -> None:
    """Revision 0017: the unanswered reports are counted from those there (live, no response
    or a blank one, their victim not in the trash), and the triggers keep the count after."""
    folder = _extract(FIXTURES / "vault-r0012.zip", tmp_path)
    key = unlock(read_keyfile(folder / "vault.keys"), FIXTURE_PASSPHRASE)
    engine = create_vault_engine(folder / "vault.db", key)
    stamp = "'2024-05-01 10:00:00', '2024-05-01 10:00:00', 'fixture', 1"
    gone = "77777777-7777-4777-8777-777777777777"
    with writer(engine).begin() as conn:  # written by the older program
        conn.execute(
            text(
                "INSERT INTO persons (id, full_name, name_variants, aliases, sex, nationalities, "
                f"roles, deleted_at, created_at, updated_at, updated_by, version) VALUES "
                f"('{gone}', 'Gone', '[]', '[]', 'unknown', '[]', '[]', "
                f"'2024-05-02 10:00:00', {stamp})"
            )
        )
        for number, (victim, response, deleted) in enumerate(
            [
                (PERSON_ID, None, None),
                (PERSON_ID, " ", None),  # blank: no response
                (PERSON_ID, "Отказ", None),  # answered
                (PERSON_ID, None, "'2024-05-02 10:00:00'"),  # in the trash
                (gone, None, None),  # the victim in the trash
            ]
        ):
            conn.execute(
                text(
                    "INSERT INTO ill_treatment_reports (id, victim_id, methods, "
                    "official_response, deleted_at, created_at, updated_at, updated_by, "
                    f"version) VALUES ('88888888-8888-4888-8888-88888888888{number}', "
                    f"'{victim}', '[]', :response, {deleted or 'NULL'}, {stamp})"
                ),
                {"response": response},
            )
    engine.dispose()
    with Vault.open(folder, FIXTURE_PASSPHRASE, actor="tester") as vault:
        count = "SELECT live FROM unanswered_report_count"
        with vault.read() as session:
            assert session.execute(text(count)).scalar_one() == 2
        with writer(vault.engine).begin() as conn:  # the triggers are there
            conn.execute(text("UPDATE persons SET deleted_at = NULL WHERE id = :id"), {"id": gone})
        with vault.read() as session:
            assert session.execute(text(count)).scalar_one() == 3
        assert vault.check().ok


def test_0021_counts_the_stored_statuses(tmp_path: Path) -> None:
    """Revision 0021: the stored statuses are counted per status from those there, and the
    triggers keep the counts through inserts, deletes and changes of status after."""
    folder = _extract(FIXTURES / "vault-r0018.zip", tmp_path)
    key = unlock(read_keyfile(folder / "vault.keys"), FIXTURE_PASSPHRASE)
    engine = create_vault_engine(folder / "vault.db", key)
    stamp = "'2024-05-01 10:00:00', '2024-05-01 10:00:00', 'fixture', 1"
    people = [f"7777777{n}-7777-4777-8777-777777777777" for n in range(3)]
    with writer(engine).begin() as conn:  # written by the older program
        conn.execute(text("DELETE FROM person_statuses"))
        for person, status in zip(people, ("released", "released", "travel_ban"), strict=True):
            conn.execute(
                text(
                    "INSERT INTO persons (id, full_name, name_variants, aliases, sex, "
                    "nationalities, roles, created_at, updated_at, updated_by, version) VALUES "
                    f"(:id, 'Someone', '[]', '[]', 'unknown', '[]', '[]', {stamp})"
                ),
                {"id": person},
            )
            conn.execute(
                text(
                    "INSERT INTO person_statuses (person_id, status, days_in_custody, "
                    "police_custody_over_48h, as_of, days_growing) "
                    "VALUES (:id, :status, 0, 0, '2024-05-01', 0)"
                ),
                {"id": person, "status": status},
            )
    engine.dispose()
    counted = "SELECT status, people FROM person_status_counts WHERE people != 0 ORDER BY status"
    with Vault.open(folder, FIXTURE_PASSPHRASE, actor="tester") as vault:
        with vault.read() as session:
            assert session.execute(text(counted)).all() == [("released", 2), ("travel_ban", 1)]
        with writer(vault.engine).begin() as conn:  # the triggers are there
            conn.execute(
                text("UPDATE person_statuses SET status = 'imprisoned' WHERE person_id = :id"),
                {"id": people[0]},
            )
            conn.execute(
                text("DELETE FROM person_statuses WHERE person_id = :id"), {"id": people[2]}
            )
        with vault.read() as session:
            found = session.execute(text(counted)).all()
        assert found == [("imprisoned", 1), ("released", 1)]
        assert vault.check().ok
