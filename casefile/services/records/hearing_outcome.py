"""What happened at a hearing, with what follows from it, in one step (issue 18).

"Postponed" with a new date is a postponement (hearings.postpone_hearing: the new hearing is
made and linked); "detention extended" with a new term adds a pre-trial extension, from the
hearing's day until the term, for each defendant of the case held in pre-trial detention, in
the same transaction as the outcome; anything else sets the outcome and notes and keeps the
attendance already recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select

from casefile.domain.dates import PartialDate, check_not_before
from casefile.domain.detention import PRETRIAL_TYPES
from casefile.domain.enums import CaseRole, DetentionType, HearingOutcome
from casefile.errors import ValidationError
from casefile.services.records.drafts import get_live
from casefile.services.records.hearings import postpone_hearing, record_outcome
from casefile.vault.schema import CaseParticipant, DetentionEvent, Hearing, Person, new_id
from casefile.vault.vault import Vault


@dataclass(frozen=True)
class OutcomeSaved:
    """What the step wrote beyond the outcome: the new hearing, the extensions (ids)."""

    new_hearing_id: str | None = None
    extension_ids: tuple[str, ...] = ()


def record_hearing_outcome(
    vault: Vault,
    hearing_id: str,
    outcome: str | None,
    *,
    notes: str | None = None,
    new_date: date | None = None,
    new_time: time | None = None,
    term_until: date | None = None,
) -> OutcomeSaved:
    """Records the outcome and what it brings (see the module docstring)."""
    if outcome == HearingOutcome.POSTPONED and new_date is not None:
        new_id_ = postpone_hearing(vault, hearing_id, new_date, new_time, notes or "")
        return OutcomeSaved(new_hearing_id=new_id_)
    if outcome == HearingOutcome.DETENTION_EXTENDED and term_until is not None:
        return OutcomeSaved(extension_ids=_extend(vault, hearing_id, term_until, notes))
    with vault.read() as session:
        hearing = get_live(session, "hearings", hearing_id)
        assert isinstance(hearing, Hearing)
        present = (hearing.defendant_present, hearing.lawyer_present, hearing.monitors_present)
    record_outcome(
        vault,
        hearing_id,
        outcome,
        defendant_present=present[0],
        lawyer_present=present[1],
        monitors_present=present[2],
        notes=notes,
    )
    return OutcomeSaved()


def _extend(vault: Vault, hearing_id: str, term_until: date, notes: str | None) -> tuple[str, ...]:
    with vault.write() as session:
        hearing = get_live(session, "hearings", hearing_id)
        assert isinstance(hearing, Hearing)
        if hearing.postponed_to_id is not None:
            raise ValidationError(
                "This hearing was postponed to a new date. Undo the postponement to change "
                "its outcome.",
                field="outcome",
            )
        try:
            check_not_before(
                hearing.scheduled_date,
                term_until,
                start_label="date of the hearing",
                end_label="end of the term",
            )
        except ValidationError as error:
            raise ValidationError(error.message, field="term_until") from None
        defendants = session.scalars(
            select(CaseParticipant.person_id)
            .join(Person, Person.id == CaseParticipant.person_id)
            .where(
                CaseParticipant.case_id == hearing.case_id,
                CaseParticipant.role == CaseRole.DEFENDANT,
                CaseParticipant.deleted_at.is_(None),
                Person.deleted_at.is_(None),
            )
        ).all()
        held = [
            person_id
            for person_id in dict.fromkeys(defendants)
            if session.scalar(
                select(DetentionEvent.id)
                .where(
                    DetentionEvent.person_id == person_id,
                    DetentionEvent.type.in_(sorted(PRETRIAL_TYPES)),
                    DetentionEvent.deleted_at.is_(None),
                )
                .limit(1)
            )
        ]
        if not held:
            raise ValidationError(
                "No defendant of this case is recorded in pre-trial detention: add the "
                "detention to the person first.",
                field="term_until",
            )
        hearing.outcome = HearingOutcome.DETENTION_EXTENDED.value
        if notes is not None:
            hearing.notes = notes.strip() or None
        ids = []
        for person_id in held:
            event = DetentionEvent(
                id=new_id(),
                person_id=person_id,
                case_id=hearing.case_id,
                type=DetentionType.PRETRIAL_EXTENSION.value,
                start=PartialDate.from_date(hearing.scheduled_date),
                term_until=term_until,
                ordering_authority=hearing.court,
            )
            session.add(event)
            ids.append(event.id)
        session.flush()
        return tuple(ids)
