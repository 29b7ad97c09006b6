"""A new arrest in one transaction: every record or none."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select

from casefile.domain.dates import PartialDate
from casefile.errors import RecordNotFoundError, ValidationError
from casefile.services.lists.dossiers import get_person_dossier
from casefile.services.lists.status import statuses
from casefile.services.records.drafts import save_record
from casefile.services.records.new_arrest import (
    ArrestDraft,
    CourtDecision,
    NewPerson,
    save_arrest,
    split_articles,
)
from casefile.services.records.undo import ChangeKind, record_change, undo_change
from casefile.vault.schema import RECORD_BY_TABLE, CaseParticipant, Charge, DetentionEvent
from casefile.vault.vault import Vault

TABLES = ("persons", "cases", "case_participants", "charges", "detention_events")


def counts(vault: Vault) -> dict[str, int]:
    with vault.read() as session:
        return {
            table: int(
                session.scalar(
                    select(func.count())
                    .select_from(RECORD_BY_TABLE[table])
                    .where(RECORD_BY_TABLE[table].deleted_at.is_(None))
                )
                or 0
            )
            for table in TABLES
        }


def full_draft(**more: object) -> ArrestDraft:
    values: dict[str, object] = {
        "arrested_on": PartialDate(2026, 12, 1),
        "arrested_at": time(18, 30),
        "new_person": NewPerson("Азамат Төлөгөнов", PartialDate(1990)),
        "place": "Bishkek, Chuy avenue",
        "forces": "GKNB",
        "custody_place": "IVS GUVD Bishkek",
        "new_case_title": "Tologonov case",
        "case_number": "01-123/26",
        "articles": split_articles("ст. 278 ч.3, 329; 278 ч.3"),
        "decision": CourtDecision(
            "pretrial_detention", date(2026, 12, 3), date(2027, 2, 3), "Pervomaisky court"
        ),
    }
    values.update(more)
    return ArrestDraft(**values)  # type: ignore[arg-type]


def test_split_articles() -> None:
    assert split_articles("ст. 278 ч.3, 329; 278 ч.3") == ("278 ч.3", "329")
    assert split_articles("  ") == ()


def test_every_record_in_one_transaction(vault: Vault) -> None:
    saved = save_arrest(vault, full_draft())
    assert counts(vault) == {
        "persons": 1,
        "cases": 1,
        "case_participants": 1,
        "charges": 2,
        "detention_events": 3,
    }
    with vault.read() as session:
        events = session.scalars(
            select(DetentionEvent).where(DetentionEvent.person_id == saved.person_id)
        ).all()
        assert sorted((e.type, e.start_time) for e in events) == [
            ("arrest", time(18, 30)),
            ("police_custody", time(18, 30)),
            ("pretrial_detention", None),
        ]
        assert {c.article for c in session.scalars(select(Charge))} == {"278 ч.3", "329"}
        participant = session.scalars(select(CaseParticipant)).one()
        assert (participant.person_id, participant.role) == (saved.person_id, "defendant")
        status = statuses(session, date(2026, 12, 5), [saved.person_id])[saved.person_id]
    assert status.status == "pretrial_detention"
    assert status.term_until == date(2027, 2, 3)


def test_a_refused_draft_writes_nothing(vault: Vault) -> None:
    before = counts(vault)
    bad = full_draft(
        decision=CourtDecision("pretrial_detention", date(2026, 11, 1), date(2027, 1, 1))
    )
    with pytest.raises(ValidationError) as raised:
        save_arrest(vault, bad)
    assert raised.value.field == "decision_start"
    # A failure inside the transaction (an existing person gone) rolls everything back too.
    with pytest.raises(RecordNotFoundError):
        save_arrest(vault, full_draft(new_person=None, person_id="no-such-person"))
    assert counts(vault) == before


def test_an_existing_person_and_case_and_one_undo(vault: Vault) -> None:
    person = save_record(vault, "persons", None, {"full_name": "Existing Person"})
    case = save_record(vault, "cases", None, {"title": "Existing case"})
    save_record(
        vault,
        "case_participants",
        None,
        {"case_id": case, "person_id": person, "role": "defendant"},
    )
    before = counts(vault)
    draft = full_draft(
        new_person=None, person_id=person, new_case_title=None, case_id=case, decision=None
    )
    saved, change = record_change(
        vault, ChangeKind.CREATE, lambda: save_arrest(vault, draft), subject=("persons", person)
    )
    assert saved.person_id == person and saved.case_id == case
    after = counts(vault)
    assert after["case_participants"] == before["case_participants"]  # already a defendant
    assert after["detention_events"] == before["detention_events"] + 2
    assert change is not None
    undo_change(vault, change)
    assert counts(vault) == before


def test_charges_need_a_case(vault: Vault) -> None:
    with pytest.raises(ValidationError) as raised:
        save_arrest(vault, full_draft(new_case_title=None))
    assert raised.value.field == "case"


def test_the_dossier_counts_the_48_hours_in_hours(vault: Vault) -> None:
    saved = save_arrest(
        vault, full_draft(custody_place=None, decision=None, new_case_title=None, articles=())
    )
    day_two_morning = datetime(2026, 12, 3, 9, 0)
    dossier = get_person_dossier(
        vault, saved.person_id, day_two_morning.date(), now=day_two_morning
    )
    assert dossier.status.status == "police_custody"
    assert not dossier.status.police_custody_over_48h  # 18:30 on the 3rd, not yet
    evening = datetime(2026, 12, 3, 18, 30)
    assert get_person_dossier(
        vault, saved.person_id, evening.date(), now=evening
    ).status.police_custody_over_48h
    assert dossier.detention_events[0].start_time == time(18, 30)
