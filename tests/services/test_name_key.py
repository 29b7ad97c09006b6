"""The People name index's stored keys (vault/name_key.py) always equal the names folded now,
whatever wrote the people, and its first screen is the list's first screen."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from casefile.services.lists.paged import PeopleList, forget_cached_orders
from casefile.services.lists.query import ListQuery
from casefile.services.open_formats.bulk_records import RecordWrite, write_all
from casefile.services.records.drafts import save_record
from casefile.services.records.trash import move_to_trash, restore
from casefile.vault.engine import writer
from casefile.vault.name_key import INDEX, UNICODE_SETTING, UNICODE_VERSION, name_key
from casefile.vault.schema import Person, Setting
from casefile.vault.vault import Vault
from tests.conftest import PASSPHRASE

# Names that fold together or apart: case, Cyrillic and Kyrgyz letters, ß, a dotted İ.
NAMES = st.text(alphabet="aAbBßSsАаБбӨөҮүİi ", min_size=0, max_size=4)
SCREEN = 5  # a small screen, so the steps fill more than one
# What a bulk write gives a new person besides the name (the CSV import's defaults).
NEW: dict[str, Any] = {
    "name_variants": [],
    "aliases": [],
    "sex": "unknown",
    "nationalities": [],
    "roles": [],
}

STEP = st.one_of(
    st.tuples(st.just("form"), NAMES),
    st.tuples(st.just("bulk"), NAMES),  # as a CSV import or a partner's bundle writes them
    st.tuples(st.just("rename_form"), st.integers(0, 50), NAMES),
    st.tuples(st.just("rename_bulk"), st.integers(0, 50), NAMES),
    st.tuples(st.just("raw"), NAMES),  # outside any unit of the vault
    st.tuples(st.just("trash"), st.integers(0, 50)),
    st.tuples(st.just("restore"), st.integers(0, 50)),
)


def _apply(vault: Vault, people: list[str], trashed: set[str], step: tuple[Any, ...]) -> None:
    what = step[0]
    if what == "form":
        # The form refuses an empty name: those come from imports.
        people.append(save_record(vault, "persons", None, {"full_name": step[1].strip() or "x"}))
    elif what == "bulk":
        record_id = str(uuid.uuid4())
        with vault.write() as session:
            new = RecordWrite(record_id, {**NEW, "full_name": step[1]})
            write_all(session, Person, [new], [])
        people.append(record_id)
    elif what == "raw":
        record_id = str(uuid.uuid4())
        with writer(vault.engine).begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO persons (id, created_at, updated_at, updated_by, version, "
                    "full_name, name_variants, aliases, sex, nationalities, roles) VALUES "
                    "(:id, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'raw', 1, :name, "
                    "'[]', '[]', 'unknown', '[]', '[]')"
                ),
                {"id": record_id, "name": step[1]},
            )
        people.append(record_id)
    elif people:
        person = people[step[1] % len(people)]
        if what == "trash" and person not in trashed:
            move_to_trash(vault, "persons", person)
            trashed.add(person)
        elif what == "restore" and person in trashed:
            restore(vault, "persons", person)
            trashed.discard(person)
        elif what == "rename_form" and person not in trashed:
            with vault.read() as session:
                version = session.get(Person, person).version  # type: ignore[union-attr]
            save_record(
                vault,
                "persons",
                person,
                {"full_name": step[2].strip() or "y"},
                expected_version=version,
            )
        elif what == "rename_bulk" and person not in trashed:
            with vault.write() as session:
                old = session.get(Person, person).full_name  # type: ignore[union-attr]
                update = RecordWrite(person, {"full_name": step[2]}, {"full_name": old})
                write_all(session, Person, [], [update])


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(STEP, min_size=1, max_size=14))
def test_stored_name_keys_equal_the_names_folded_now(vault: Vault, steps: list[Any]) -> None:
    people: list[str] = []
    trashed: set[str] = set()
    for step in steps:
        _apply(vault, people, trashed, step)
    with vault.read() as session:
        # SQLite checks each index entry against its row's key computed again.
        assert session.execute(text("PRAGMA integrity_check")).scalars().all() == ["ok"]
        stored = session.execute(
            text(
                f"SELECT casefile_name_key(full_name), full_name FROM persons INDEXED BY {INDEX} "
                "WHERE deleted_at IS NULL AND casefile_name_key(full_name) > '' "
                "ORDER BY casefile_name_key(full_name)"
            )
        ).all()
    assert [key for key, _name in stored] == sorted(name_key(name) or "" for _k, name in stored)
    assert all(key == name_key(name) for key, name in stored)
    # The first screen from the index is the first screen of the whole name order.
    lister = PeopleList()
    forget_cached_orders()
    first = lister.window(vault, ListQuery(), size=SCREEN)
    whole = lister.ids(vault, ListQuery()).ids  # the whole order, names read and folded
    assert first.ids is None
    assert first.count == len(whole)
    assert [row.id for row in first.rows] == list(whole[:SCREEN])
    kept = lister.window(vault, ListQuery(), size=SCREEN)  # from the order kept now
    assert kept.ids is not None and [row.id for row in kept.rows] == list(whole[:SCREEN])


def test_the_first_screen_is_read_from_the_index_after_every_write(vault: Vault) -> None:
    for name in ("борис", "Анна", "БОРИС", "анна", "Straße", "STRASSE"):
        save_record(vault, "persons", None, {"full_name": name})
    lister = PeopleList()
    forget_cached_orders()
    window = lister.window(vault, ListQuery(), size=4)
    assert window.ids is None and window.count == 6
    # Case-folded, equal keys in the order recorded.
    assert [row.full_name for row in window.rows] == ["Straße", "STRASSE", "Анна", "анна"]


def test_keys_are_folded_again_under_another_unicode_version(vault_path: Path) -> None:
    with Vault.open(vault_path, PASSPHRASE, actor="tester") as vault:
        save_record(vault, "persons", None, {"full_name": "Straße"})
        with vault.read() as session:
            assert session.get(Setting, UNICODE_SETTING).value == UNICODE_VERSION  # type: ignore[union-attr]
        with vault.write() as session:
            session.merge(Setting(key=UNICODE_SETTING, value="6.0.0"))  # folded long ago
    with Vault.open(vault_path, PASSPHRASE, actor="tester") as vault, vault.read() as session:
        assert session.get(Setting, UNICODE_SETTING).value == UNICODE_VERSION  # type: ignore[union-attr]
        assert session.execute(text("PRAGMA integrity_check")).scalars().all() == ["ok"]
