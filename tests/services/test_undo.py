"""Undo and redo of one user action as the audit entries it wrote (services/records/undo.py)."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import select

from casefile.domain.enums import HearingOutcome
from casefile.services.open_formats.csv_import import ImportKind, run_import
from casefile.services.records.drafts import load_record, save_record
from casefile.services.records.hearings import postpone_hearing, record_outcome
from casefile.services.records.trash import move_to_trash, purge, restore
from casefile.services.records.undo import (
    Change,
    ChangeKind,
    StaleChangeError,
    record_change,
    redo_change,
    undo_change,
)
from casefile.vault.schema import AuditEntry, Hearing, Person
from casefile.vault.vault import Vault
from tests.ui.ui_helpers import PASSPHRASE

OLD_DAY = date(2026, 11, 24)
NEW_DAY = date(2026, 12, 21)


def _case_with_hearing(vault: Vault) -> tuple[str, str]:
    case = save_record(vault, "cases", None, {"title": "Мамасалиев: posts"})
    hearing = save_record(
        vault,
        "hearings",
        None,
        {"case_id": case, "scheduled_date": OLD_DAY, "scheduled_time": time(10, 0)},
    )
    return case, hearing


def _hearing(vault: Vault, hearing_id: str) -> Hearing:
    with vault.read() as session:
        hearing = session.get(Hearing, hearing_id)
        assert hearing is not None
        return hearing


def _in_trash(vault: Vault, cls: type[Person] | type[Hearing], record_id: str) -> bool:
    with vault.read() as session:
        record = session.get(cls, record_id)
        assert record is not None
        return record.deleted_at is not None


def _postpone(vault: Vault, hearing_id: str) -> tuple[str, Change]:
    new_id, change = record_change(
        vault,
        ChangeKind.POSTPONE,
        lambda: postpone_hearing(vault, hearing_id, NEW_DAY, time(14, 0), "Judge ill"),
        subject=("hearings", hearing_id),
    )
    assert change is not None
    return new_id, change


def test_a_postponement_is_named_undone_and_redone(vault: Vault) -> None:
    _case, hearing_id = _case_with_hearing(vault)
    new_id, change = _postpone(vault, hearing_id)
    assert len(change.entry_ids) == 2  # the new hearing, the old one's update
    name = change.name
    assert (name.kind, name.table, name.hearing_date, name.case_title) == (
        "postpone",
        "hearings",
        OLD_DAY,
        "Мамасалиев: posts",
    )

    undone = undo_change(vault, change)
    old = _hearing(vault, hearing_id)
    assert (old.outcome, old.postponed_to_id, old.postponement_reason) == (None, None, None)
    assert _in_trash(vault, Hearing, new_id)
    with vault.read() as session:
        reasons = {
            entry.reason
            for entry in session.scalars(
                select(AuditEntry).where(AuditEntry.id.in_(undone.entry_ids))
            )
        }
    assert reasons == {"undo"}

    redone = redo_change(vault, undone, known=change.entry_ids)
    old = _hearing(vault, hearing_id)
    assert (old.outcome, old.postponed_to_id) == (HearingOutcome.POSTPONED, new_id)
    assert not _in_trash(vault, Hearing, new_id)
    assert redone.name == change.name

    # And undone again, the stack knowing its own steps.
    undo_change(vault, redone, known=change.entry_ids + undone.entry_ids)
    assert _hearing(vault, hearing_id).postponed_to_id is None


def test_an_outcome_is_undone_with_its_attendance(vault: Vault) -> None:
    _case, hearing_id = _case_with_hearing(vault)
    save_record(vault, "hearings", hearing_id, {"lawyer_present": True})
    _none, change = record_change(
        vault,
        ChangeKind.OUTCOME,
        lambda: record_outcome(vault, hearing_id, "held", lawyer_present=False, notes="x"),
    )
    assert change is not None
    assert change.name.table == "hearings" and change.name.kind == "outcome"
    undo_change(vault, change)
    hearing = _hearing(vault, hearing_id)
    assert (hearing.outcome, hearing.lawyer_present, hearing.notes) == (None, True, None)


def test_trash_and_restore_are_steps_of_their_own(vault: Vault) -> None:
    person = save_record(vault, "persons", None, {"full_name": "Талант Мамасалиев"})
    _r, trashed = record_change(
        vault, ChangeKind.TRASH, lambda: move_to_trash(vault, "persons", person)
    )
    _r, restored = record_change(
        vault, ChangeKind.RESTORE, lambda: restore(vault, "persons", person)
    )
    assert trashed is not None and restored is not None
    assert restored.name.label == "Талант Мамасалиев" and restored.name.count == 1
    known = trashed.entry_ids + restored.entry_ids
    undone = undo_change(vault, restored, known=known)
    assert _in_trash(vault, Person, person)
    undo_change(vault, trashed, known=known + undone.entry_ids)
    assert not _in_trash(vault, Person, person)


def test_a_new_record_goes_to_the_trash_and_comes_back(vault: Vault) -> None:
    person, change = record_change(
        vault,
        ChangeKind.CREATE,
        lambda: save_record(vault, "persons", None, {"full_name": "Новый"}),
    )
    assert change is not None and change.name.label == "Новый"
    undone = undo_change(vault, change)
    assert _in_trash(vault, Person, person)
    redo_change(vault, undone, known=change.entry_ids)
    assert load_record(vault, "persons", person)["full_name"] == "Новый"


def test_nothing_written_is_no_change(vault: Vault) -> None:
    person = save_record(vault, "persons", None, {"full_name": "Same"})
    result, change = record_change(
        vault, ChangeKind.SAVE, lambda: load_record(vault, "persons", person)
    )
    assert change is None and result["full_name"] == "Same"


def test_a_step_whose_record_changed_since_is_refused_and_changes_nothing(
    vault_path: Path,
) -> None:
    with Vault.open(vault_path, PASSPHRASE, actor="lawyer") as vault:
        _case, hearing_id = _case_with_hearing(vault)
        new_id, change = _postpone(vault, hearing_id)
    # Someone else records the new hearing's outcome meanwhile.
    with Vault.open(vault_path, PASSPHRASE, actor="colleague") as other:
        record_outcome(other, new_id, "held")
    with Vault.open(vault_path, PASSPHRASE, actor="lawyer") as vault:
        with pytest.raises(StaleChangeError, match="changed again since"):
            undo_change(vault, change)
        assert _hearing(vault, hearing_id).postponed_to_id == new_id
        assert not _in_trash(vault, Hearing, new_id)
        assert _hearing(vault, new_id).outcome == "held"


def test_a_later_edit_the_stack_does_not_know_makes_a_step_stale(vault: Vault) -> None:
    person = save_record(vault, "persons", None, {"full_name": "A"})
    _r, first = record_change(
        vault, ChangeKind.SAVE, lambda: save_record(vault, "persons", person, {"notes": "one"})
    )
    _r, second = record_change(
        vault, ChangeKind.SAVE, lambda: save_record(vault, "persons", person, {"notes": "two"})
    )
    assert first is not None and second is not None
    # The stack's own later step, once undone, does not block the earlier one.
    undone = undo_change(vault, second, known=first.entry_ids + second.entry_ids)
    undo_change(vault, first, known=first.entry_ids + second.entry_ids + undone.entry_ids)
    assert load_record(vault, "persons", person)["notes"] is None
    # An edit outside the stack does.
    _r, third = record_change(
        vault, ChangeKind.SAVE, lambda: save_record(vault, "persons", person, {"notes": "3"})
    )
    assert third is not None
    save_record(vault, "persons", person, {"full_name": "B"})
    with pytest.raises(StaleChangeError):
        undo_change(vault, third, known=third.entry_ids)


def test_a_purged_record_makes_its_step_stale(vault: Vault) -> None:
    person, change = record_change(
        vault,
        ChangeKind.CREATE,
        lambda: save_record(vault, "persons", None, {"full_name": "Gone"}),
    )
    assert change is not None
    move_to_trash(vault, "persons", person)
    purge(vault, "persons", person)
    with pytest.raises(StaleChangeError):
        undo_change(vault, change)


def test_a_csv_import_is_one_step(vault: Vault) -> None:
    data = b"full_name\r\nFirst Imported\r\nSecond Imported\r\n"
    result, change = record_change(
        vault,
        ChangeKind.IMPORT,
        lambda: run_import(vault, ImportKind.PEOPLE, data),
        subject=None,
    )
    assert result.created == 2 and change is not None
    assert (change.name.table, change.name.count) == ("persons", 2)
    undo_change(vault, change)
    with vault.read() as session:
        live = session.scalars(select(Person.full_name).where(Person.deleted_at.is_(None)))
        assert not {"First Imported", "Second Imported"} & set(live)
