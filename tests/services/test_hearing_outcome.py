"""A hearing's outcome with what follows: a new date, or a new detention term."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from casefile.errors import ValidationError
from casefile.services.lists.status import statuses
from casefile.services.records.drafts import load_record, save_record
from casefile.services.records.hearing_outcome import record_hearing_outcome
from casefile.services.records.undo import ChangeKind, record_change, undo_change
from casefile.vault.schema import DetentionEvent
from casefile.vault.vault import Vault


def case_with_a_detainee(vault: Vault) -> tuple[str, str, str]:
    person = save_record(vault, "persons", None, {"full_name": "Held Person"})
    free = save_record(vault, "persons", None, {"full_name": "Free Co-defendant"})
    case = save_record(vault, "cases", None, {"title": "Case"})
    for someone in (person, free):
        save_record(
            vault,
            "case_participants",
            None,
            {"case_id": case, "person_id": someone, "role": "defendant"},
        )
    save_record(
        vault,
        "detention_events",
        None,
        {
            "person_id": person,
            "type": "pretrial_detention",
            "start": "03.10.2026",
            "term_until": date(2026, 12, 3),
        },
    )
    hearing = save_record(
        vault, "hearings", None, {"case_id": case, "scheduled_date": date(2026, 12, 2)}
    )
    return person, case, hearing


def test_detention_extended_adds_the_new_term_for_the_held_defendant(vault: Vault) -> None:
    person, _case, hearing = case_with_a_detainee(vault)
    saved, change = record_change(
        vault,
        ChangeKind.OUTCOME,
        lambda: record_hearing_outcome(
            vault, hearing, "detention_extended", term_until=date(2027, 2, 2), notes="2 months"
        ),
    )
    assert len(saved.extension_ids) == 1
    assert load_record(vault, "hearings", hearing)["outcome"] == "detention_extended"
    with vault.read() as session:
        extension = session.get(DetentionEvent, saved.extension_ids[0])
        assert extension is not None and extension.person_id == person
        status = statuses(session, date(2026, 12, 5), [person])[person]
    assert status.term_until == date(2027, 2, 2)
    assert change is not None
    undo_change(vault, change)
    assert load_record(vault, "hearings", hearing)["outcome"] is None
    with vault.read() as session:
        live = session.scalars(
            select(DetentionEvent).where(DetentionEvent.deleted_at.is_(None))
        ).all()
    assert [e.type for e in live] == ["pretrial_detention"]


def test_a_term_before_the_hearing_or_nobody_held_is_refused(vault: Vault) -> None:
    _person, case, hearing = case_with_a_detainee(vault)
    with pytest.raises(ValidationError):
        record_hearing_outcome(vault, hearing, "detention_extended", term_until=date(2026, 1, 1))
    other = save_record(
        vault,
        "hearings",
        None,
        {
            "case_id": save_record(vault, "cases", None, {"title": "Empty"}),
            "scheduled_date": date(2026, 12, 2),
        },
    )
    with pytest.raises(ValidationError):
        record_hearing_outcome(vault, other, "detention_extended", term_until=date(2027, 1, 1))
    assert load_record(vault, "hearings", hearing)["outcome"] is None
    assert case


def test_postponed_with_a_date_makes_the_new_hearing(vault: Vault) -> None:
    _person, _case, hearing = case_with_a_detainee(vault)
    saved = record_hearing_outcome(
        vault, hearing, "postponed", new_date=date(2026, 12, 20), new_time=time(10), notes="ill"
    )
    assert saved.new_hearing_id is not None
    assert load_record(vault, "hearings", saved.new_hearing_id)["scheduled_date"] == date(
        2026, 12, 20
    )
    old = load_record(vault, "hearings", hearing)
    assert (old["outcome"], old["postponement_reason"]) == ("postponed", "ill")


def test_a_verdict_keeps_the_attendance(vault: Vault) -> None:
    _person, _case, hearing = case_with_a_detainee(vault)
    save_record(vault, "hearings", hearing, {"lawyer_present": True})
    record_hearing_outcome(vault, hearing, "verdict", notes="5 years")
    stored = load_record(vault, "hearings", hearing)
    assert (stored["outcome"], stored["lawyer_present"], stored["notes"]) == (
        "verdict",
        True,
        "5 years",
    )
