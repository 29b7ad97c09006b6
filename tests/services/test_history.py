"""History rows and undo of the last save, for every kind of column."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from casefile.domain.dates import PartialDate
from casefile.errors import ValidationError
from casefile.services.records.drafts import load_record, save_record
from casefile.services.records.history import (
    from_json_value,
    last_saved_record,
    record_history,
    undo_last_save,
)
from casefile.services.records.trash import move_to_trash, purge
from casefile.vault.schema import AuditEntry, Charge, DetentionEvent, Hearing, Person
from casefile.vault.vault import Vault


def _hearing(vault: Vault) -> str:
    case = save_record(vault, "cases", None, {"title": "Дело"})
    return save_record(
        vault,
        "hearings",
        None,
        {"case_id": case, "scheduled_date": "12.04.2024", "scheduled_time": "10:00"},
    )


def test_undo_restores_a_changed_hearing_date(vault: Vault) -> None:
    hearing_id = _hearing(vault)
    save_record(
        vault,
        "hearings",
        hearing_id,
        {"scheduled_date": "20.05.2024", "scheduled_time": None, "court": "Суд"},
    )
    assert undo_last_save(vault, "hearings", hearing_id) is True
    with vault.read() as session:
        hearing = session.get(Hearing, hearing_id)
        assert hearing is not None
        assert hearing.scheduled_date == date(2024, 4, 12)
        assert hearing.scheduled_time == time(10, 0)
        assert hearing.court is None
        last = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.record_id == hearing_id)
            .order_by(AuditEntry.id.desc())
        ).first()
        assert last is not None
        assert (last.action, last.reason) == ("update", "undo")
        assert last.changes["scheduled_date"] == ["2024-05-20", "2024-04-12"]
    # Nothing earlier than the creation to undo.
    assert undo_last_save(vault, "hearings", hearing_id) is False


def test_repeated_undo_walks_back(vault: Vault) -> None:
    person = save_record(
        vault, "persons", None, {"full_name": "A", "name_variants": ["a1"], "birth_date": "1990"}
    )
    event = save_record(
        vault, "detention_events", None, {"person_id": person, "type": "arrest", "start": "2023"}
    )
    save_record(vault, "persons", person, {"name_variants": ["a1", "a2"], "birth_date": "c. 1991"})
    save_record(vault, "persons", person, {"full_name": "B"})
    save_record(vault, "detention_events", event, {"start": "05.2023", "term_until": "1.6.2023"})
    assert undo_last_save(vault, "persons", person)
    assert undo_last_save(vault, "persons", person)
    assert undo_last_save(vault, "detention_events", event)
    with vault.read() as session:
        p = session.get(Person, person)
        e = session.get(DetentionEvent, event)
        assert p is not None and e is not None
        assert (p.full_name, p.name_variants, p.birth_date) == ("A", ["a1"], PartialDate(1990))
        assert (e.start, e.term_until) == (PartialDate(2023), None)
    assert not undo_last_save(vault, "persons", person)
    # A new save after undos is undone first.
    save_record(vault, "persons", person, {"full_name": "C"})
    assert undo_last_save(vault, "persons", person)
    with vault.read() as session:
        p = session.get(Person, person)
        assert p is not None and p.full_name == "A"


def test_history_rows_read_like_text(vault: Vault) -> None:
    hearing_id = _hearing(vault)
    save_record(vault, "hearings", hearing_id, {"scheduled_date": "20.05.2024", "kind": "appeal"})
    rows = record_history(vault, "hearings", hearing_id)
    assert [r.action for r in rows] == ["update", "create"]
    assert rows[0].actor == "tester"
    changes = {c.field: (c.label, c.old, c.new) for c in rows[0].changes}
    assert changes == {
        "scheduled_date": ("Date", "12.04.2024", "20.05.2024"),
        "kind": ("Kind", "Trial session", "Appeal"),
    }
    person = save_record(vault, "persons", None, {"full_name": "A", "birth_date": "04.1990"})
    created = record_history(vault, "persons", person)[0].changes
    assert ("Date of birth", "", "April 1990") in {(c.label, c.old, c.new) for c in created}
    ru = record_history(vault, "persons", person, lang="ru")[0].changes
    assert "апрель 1990" in {c.new for c in ru}


def test_from_json_value() -> None:
    assert from_json_value("detention_events", "start", "2024-04~") == PartialDate(
        2024, 4, approximate=True
    )
    assert from_json_value("detention_events", "term_until", "2024-04-01") == date(2024, 4, 1)
    assert from_json_value("hearings", "scheduled_time", "10:30:00") == time(10, 30)
    assert from_json_value("persons", "roles", ["journalist"]) == ["journalist"]
    assert from_json_value("persons", "full_name", None) is None


def test_last_saved_record(vault: Vault) -> None:
    assert last_saved_record(vault) is None
    hearing_id = _hearing(vault)
    person = save_record(vault, "persons", None, {"full_name": "A"})
    assert last_saved_record(vault) == ("persons", person)
    save_record(vault, "hearings", hearing_id, {"court": "Суд"})
    assert last_saved_record(vault) == ("hearings", hearing_id)
    move_to_trash(vault, "hearings", hearing_id)
    assert last_saved_record(vault) is None


def test_undo_refuses_to_point_at_a_purged_record(vault: Vault) -> None:
    person = save_record(vault, "persons", None, {"full_name": "A"})
    first = save_record(vault, "cases", None, {"title": "First"})
    second = save_record(vault, "cases", None, {"title": "Second"})
    charge = save_record(
        vault, "charges", None, {"person_id": person, "case_id": first, "article": "1"}
    )
    save_record(vault, "charges", charge, {"case_id": second})
    move_to_trash(vault, "cases", first)
    purge(vault, "cases", first)
    with pytest.raises(ValidationError) as error:
        undo_last_save(vault, "charges", charge)
    assert error.value.field == "case_id"
    with vault.read() as session:
        row = session.get(Charge, charge)
        assert row is not None and row.case_id == second


def test_undo_skips_disclosure_entries(vault: Vault) -> None:
    person_id = save_record(vault, "persons", None, {"full_name": "Бакыт Ормонов"})
    save_record(vault, "persons", person_id, {"profession": "blogger"})
    with vault.write() as session:
        session.add(
            AuditEntry(
                actor="tester",
                action="disclosure",
                record_table="persons",
                record_id=person_id,
                changes={"template": [None, "embassy"]},
            )
        )
    assert undo_last_save(vault, "persons", person_id)
    assert load_record(vault, "persons", person_id)["profession"] is None
