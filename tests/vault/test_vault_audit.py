"""The audit history the vault's write sessions keep: who changed which field from what to what."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import select, text

from casefile.domain.dates import PartialDate
from casefile.vault.schema import AuditEntry, Person
from casefile.vault.vault import Vault


def history(vault: Vault, record_id: str) -> list[tuple[str, str, dict[str, Any], str | None]]:
    with vault.read() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.record_table == "persons", AuditEntry.record_id == record_id)
            .order_by(AuditEntry.id)
        ).all()
        return [(e.actor, e.action, e.changes, e.reason) for e in entries]


def stored(vault: Vault, record_id: str) -> Person:
    with vault.read() as session:
        person = session.get(Person, record_id)
        assert person is not None
        return person


def create_person(vault: Vault) -> str:
    with vault.write() as session:
        person = Person(
            full_name="Нурлан Абдыкадыров",
            profession="journalist",
            birth_date=PartialDate.parse("1985"),
            notes="Первичное интервью.",
        )
        session.add(person)
        session.flush()
        return person.id


def test_create_then_update_records_only_changed_fields(vault: Vault) -> None:
    vault.actor = "Айгуль"
    person_id = create_person(vault)
    created = stored(vault, person_id)
    assert (created.version, created.updated_by) == (1, "Айгуль")
    [(actor, action, changes, _reason)] = history(vault, person_id)
    assert (actor, action) == ("Айгуль", "create")
    assert changes["full_name"] == [None, "Нурлан Абдыкадыров"]
    assert changes["birth_date"] == [None, "1985"]

    vault.actor = "Bakyt"
    with vault.write(reason="corrected after the second interview") as session:
        person = session.get(Person, person_id)
        assert person is not None
        person.full_name = "Нурлан Абдыкадыров"  # the same value: not a change
        person.profession = None
        person.birth_date = PartialDate.parse("1985-03")
        person.aliases = ["Nurlan A."]
    entries = history(vault, person_id)
    assert len(entries) == 2
    assert entries[1] == (
        "Bakyt",
        "update",
        {
            "profession": ["journalist", None],
            "birth_date": ["1985", "1985-03"],
            "aliases": [[], ["Nurlan A."]],
        },
        "corrected after the second interview",
    )
    updated = stored(vault, person_id)
    assert (updated.version, updated.updated_by) == (2, "Bakyt")
    assert updated.created_at == created.created_at

    # Writing the same values again is no update: no entry, no new version.
    with vault.write() as session:
        person = session.get(Person, person_id)
        assert person is not None
        person.profession = None
    assert len(history(vault, person_id)) == 2
    assert stored(vault, person_id).version == 2

    with vault.write() as session:
        person = session.get(Person, person_id)
        assert person is not None
        person.notes = "Второе интервью."
    assert history(vault, person_id)[-1][1:3] == (
        "update",
        {"notes": ["Первичное интервью.", "Второе интервью."]},
    )
    assert stored(vault, person_id).version == 3


def test_soft_delete_restore_and_purge(vault: Vault) -> None:
    person_id = create_person(vault)
    other_id = create_person(vault)
    vault.actor = "Chynara"
    deleted_at = datetime(2024, 5, 3, 10, 30)
    with vault.write() as session:
        person = session.get(Person, person_id)
        assert person is not None
        person.deleted_at = deleted_at
    assert history(vault, person_id)[-1] == (
        "Chynara",
        "delete",
        {"deleted_at": [None, "2024-05-03T10:30:00"]},
        None,
    )
    assert stored(vault, person_id).version == 2

    with vault.write() as session:
        person = session.get(Person, person_id)
        assert person is not None
        person.deleted_at = None
    assert history(vault, person_id)[-1][:3] == (
        "Chynara",
        "restore",
        {"deleted_at": ["2024-05-03T10:30:00", None]},
    )
    assert stored(vault, person_id).version == 3

    vault.actor = "Dinara"
    with vault.write(reason="asked to be forgotten") as session:
        person = session.get(Person, person_id)
        assert person is not None
        session.delete(person)
    with vault.read() as session:
        assert session.get(Person, person_id) is None
    entries = history(vault, person_id)
    assert [(actor, action) for actor, action, _c, _r in entries] == [
        ("tester", "create"),
        ("Chynara", "delete"),
        ("Chynara", "restore"),
        ("Dinara", "purge"),
    ]
    # A purge keeps only that things happened, not what the record said.
    assert all(changes == {} for _a, _ac, changes, _r in entries)
    assert entries[-1][3] == "asked to be forgotten"
    # Other records' history is untouched.
    [(_actor, _action, other_changes, _reason)] = history(vault, other_id)
    assert other_changes["full_name"] == [None, "Нурлан Абдыкадыров"]


def test_failed_write_leaves_neither_change_nor_history(vault: Vault) -> None:
    person_id = create_person(vault)
    with pytest.raises(RuntimeError), vault.write() as session:
        person = session.get(Person, person_id)
        assert person is not None
        person.full_name = "Never saved"
        session.flush()  # the audit entry is written too, inside the transaction
        raise RuntimeError("changed my mind")
    assert stored(vault, person_id).full_name == "Нурлан Абдыкадыров"
    assert [action for _a, action, _c, _r in history(vault, person_id)] == ["create"]


def test_audit_values_are_stored_as_utf8_not_escaped(vault: Vault) -> None:
    person_id = create_person(vault)
    with vault.read() as session:
        raw = session.execute(
            text("SELECT changes FROM audit_entries WHERE record_id = :id"), {"id": person_id}
        ).scalar_one()
    assert "Нурлан Абдыкадыров" in raw
    assert "\\u" not in raw
