"""Trash: soft delete, list, restore (parents first), purge (refused while referred to)."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import func, select, text

from casefile.errors import RecordNotFoundError, ValidationError
from casefile.services.records.attachments import CHUNK_SIZE, add_attachment
from casefile.services.records.drafts import load_record, save_record
from casefile.services.records.trash import list_trash, move_to_trash, purge, restore
from casefile.vault.schema import (
    Attachment,
    AttachmentChunk,
    AuditEntry,
    CaseParticipant,
    Charge,
    Conflict,
    Person,
)
from casefile.vault.vault import Vault


def _count(vault: Vault, model: type, *where: object) -> int:
    with vault.read() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _person_with_charge(vault: Vault) -> tuple[str, str]:
    person = save_record(vault, "persons", None, {"full_name": "Айпери Тажибек кызы"})
    charge = save_record(vault, "charges", None, {"person_id": person, "article": "278"})
    return person, charge


def test_move_list_and_restore(vault: Vault) -> None:
    _person, charge = _person_with_charge(vault)
    move_to_trash(vault, "charges", charge)
    with vault.read() as session:
        row = session.get(Charge, charge)
        assert row is not None and row.deleted_at is not None
    with pytest.raises(RecordNotFoundError):
        load_record(vault, "charges", charge)
    with pytest.raises(RecordNotFoundError):
        move_to_trash(vault, "charges", charge)
    trash = list_trash(vault)
    assert [(r.table, r.id, r.label, r.deleted_by) for r in trash] == [
        ("charges", charge, "Article 278 — Айпери Тажибек кызы", "tester")
    ]
    restore(vault, "charges", charge)
    assert load_record(vault, "charges", charge)["article"] == "278"
    assert list_trash(vault) == []
    with pytest.raises(RecordNotFoundError):
        restore(vault, "charges", charge)
    with vault.read() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.record_id == charge).order_by(AuditEntry.id)
        ).all()
    assert actions == ["create", "delete", "restore"]


def test_restore_waits_for_the_parent(vault: Vault) -> None:
    person, charge = _person_with_charge(vault)
    move_to_trash(vault, "charges", charge)
    move_to_trash(vault, "persons", person)
    assert {r.table for r in list_trash(vault)} == {"charges", "persons"}
    with pytest.raises(ValidationError) as error:
        restore(vault, "charges", charge)
    assert error.value.field == "person_id"
    restore(vault, "persons", person)
    restore(vault, "charges", charge)
    assert list_trash(vault) == []


def test_purge_refuses_live_and_referred_records(vault: Vault) -> None:
    person, charge = _person_with_charge(vault)
    with pytest.raises(RecordNotFoundError):
        purge(vault, "persons", person)  # not in the trash
    move_to_trash(vault, "persons", person)
    with pytest.raises(ValidationError) as error:
        purge(vault, "persons", person)
    assert "(1 charge)" in str(error.value)
    move_to_trash(vault, "charges", charge)
    with pytest.raises(ValidationError):
        purge(vault, "persons", person)  # a charge in the trash still refers to them
    assert _count(vault, Person) == 1


def test_purge_takes_links_and_files_and_empties_history(vault: Vault) -> None:
    person, charge = _person_with_charge(vault)
    case = save_record(vault, "cases", None, {"title": "Дело"})
    save_record(
        vault, "case_participants", None, {"case_id": case, "person_id": person, "role": "victim"}
    )
    attachment = add_attachment(
        vault, "persons", person, "Scan", io.BytesIO(b"x" * (CHUNK_SIZE + 10)), "scan.pdf"
    )
    save_record(vault, "persons", person, {"profession": "journalist"})
    move_to_trash(vault, "charges", charge)
    purge(vault, "charges", charge)
    move_to_trash(vault, "persons", person)
    purge(vault, "persons", person)
    assert _count(vault, Person) == 0
    assert _count(vault, Charge) == 0
    assert _count(vault, CaseParticipant) == 0
    assert _count(vault, Attachment) == 0
    assert _count(vault, AttachmentChunk) == 0
    with vault.read() as session:
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.changes).where(
                AuditEntry.record_id.in_([person, attachment])
            )
        ).all()
        assert entries and all(changes == {} for _action, changes in entries)
        assert [a for a, _c in entries].count("purge") == 2
        found = session.execute(
            text("SELECT count(*) FROM search_records WHERE record_id = :id"), {"id": person}
        ).scalar()
        assert found == 0
    assert list_trash(vault) == []
    assert load_record(vault, "cases", case)["title"] == "Дело"


def test_purge_forgets_the_records_open_conflicts(vault: Vault) -> None:
    # Both sides' values of a conflicting field would otherwise outlive the purge (issue 15).
    person = save_record(vault, "persons", None, {"full_name": "Нурлан Осмонов"})
    other = save_record(vault, "persons", None, {"full_name": "Асель Бекова"})
    with vault.write() as session:
        for record_id in (person, other):
            session.add(
                Conflict(
                    record_table="persons",
                    record_id=record_id,
                    field="address",
                    mine="ул. Токтогула 5",
                    theirs="ул. Киевская 12",
                    mine_device="a" * 32,
                    theirs_device="b" * 32,
                    bundle_id="0" * 36,
                )
            )
    move_to_trash(vault, "persons", person)
    purge(vault, "persons", person)
    with vault.read() as session:
        left = session.scalars(select(Conflict.record_id)).all()
    assert left == [other]


def test_purge_a_case_with_hearings_is_refused(vault: Vault) -> None:
    case = save_record(vault, "cases", None, {"title": "Дело"})
    hearing = save_record(vault, "hearings", None, {"case_id": case, "scheduled_date": "1.1.2024"})
    move_to_trash(vault, "cases", case)
    with pytest.raises(ValidationError) as error:
        purge(vault, "cases", case)
    assert "(1 hearing)" in str(error.value)
    move_to_trash(vault, "hearings", hearing)
    purge(vault, "hearings", hearing)
    purge(vault, "cases", case)
    assert list_trash(vault) == []


def test_purge_one_attachment(vault: Vault) -> None:
    person, _charge = _person_with_charge(vault)
    attachment = add_attachment(vault, "persons", person, "A", io.BytesIO(b"abc"))
    move_to_trash(vault, "attachments", attachment)
    assert [r.label for r in list_trash(vault)] == ["A"]
    purge(vault, "attachments", attachment)
    assert _count(vault, AttachmentChunk) == 0
    assert _count(vault, Person) == 1
