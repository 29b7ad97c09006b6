"""A new arrest in one unit of work: the person, the arrest, police custody, and optionally
the case, the charges and the first court decision (issue 18: five forms before).

save_arrest() writes every record in ONE transaction: a refused draft writes nothing. The
records are those the separate forms would make (persons, detention_events, cases,
case_participants, charges), so everything else (statuses, search, audit, exchange, undo)
treats them as usual.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casefile.domain.dates import PartialDate, check_not_before
from casefile.domain.enums import CaseRole, DetentionType
from casefile.errors import BugError, ValidationError
from casefile.services.records.drafts import get_live
from casefile.vault.schema import (
    Case,
    CaseParticipant,
    Charge,
    DetentionEvent,
    Person,
    new_id,
)
from casefile.vault.vault import Vault

#: The first court decisions the form offers.
DECISIONS: tuple[str, ...] = (DetentionType.PRETRIAL_DETENTION, DetentionType.HOUSE_ARREST)
#: Longest article list and text field accepted (the form's lines are shorter).
_MAX_ARTICLES = 20
_MAX_TEXT = 300


@dataclass(frozen=True)
class NewPerson:
    full_name: str
    birth_date: PartialDate | None = None
    sex: str = "unknown"


@dataclass(frozen=True)
class CourtDecision:
    """Pre-trial detention or house arrest, from `start`, until `term_until` if set."""

    type: str
    start: date
    term_until: date | None = None
    ordered_by: str | None = None
    place: str | None = None


@dataclass(frozen=True)
class ArrestDraft:
    """What the New arrest form gives: exactly one of person_id and new_person."""

    arrested_on: PartialDate
    arrested_at: time | None = None
    person_id: str | None = None
    new_person: NewPerson | None = None
    place: str | None = None  # where the arrest happened
    forces: str | None = None  # who arrested
    custody_place: str | None = None  # police custody (ИВС); None: no police custody record
    case_id: str | None = None
    new_case_title: str | None = None
    case_number: str | None = None
    articles: tuple[str, ...] = field(default_factory=tuple)
    decision: CourtDecision | None = None


@dataclass(frozen=True)
class ArrestSaved:
    person_id: str
    arrest_id: str
    custody_id: str | None
    case_id: str | None
    charge_ids: tuple[str, ...]
    decision_id: str | None


def split_articles(text: str) -> tuple[str, ...]:
    """ "ст. 278, 329 ч.2; 330" -> ("278", "329 ч.2", "330"): one charge per article."""
    parts = [part.strip() for chunk in text.split(";") for part in chunk.split(",")]
    cleaned = []
    for part in parts:
        for prefix in ("ст.", "st.", "art.", "article", "статья", "статьи"):
            if part.lower().startswith(prefix):
                part = part[len(prefix) :].strip()
                break
        if part and part not in cleaned:
            cleaned.append(part)
    return tuple(cleaned)


def _text(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    return value.strip()[:_MAX_TEXT]


def check_arrest(draft: ArrestDraft) -> None:
    """The rules a draft must meet before anything is written; ValidationError(field=…)."""
    if (draft.person_id is None) == (draft.new_person is None):
        raise ValidationError(
            "Please choose the person or type a new person's name.", field="person"
        )
    if draft.new_person is not None and not draft.new_person.full_name.strip():
        raise ValidationError(
            "Please choose the person or type a new person's name.", field="person"
        )
    if draft.new_person is not None:
        try:
            check_not_before(
                draft.new_person.birth_date,
                draft.arrested_on,
                start_label="date of birth",
                end_label="date of arrest",
            )
        except ValidationError as error:
            raise ValidationError(error.message, field="arrested_on") from None
    if draft.case_id is not None and _text(draft.new_case_title) is not None:
        raise BugError("an arrest draft with both a chosen and a new case")
    if len(draft.articles) > _MAX_ARTICLES:
        raise ValidationError("At most %1 articles at once.", str(_MAX_ARTICLES), field="articles")
    if draft.articles and draft.case_id is None and _text(draft.new_case_title) is None:
        raise ValidationError(
            "Charges belong to a case: choose the case or give the new case a title.",
            field="case",
        )
    decision = draft.decision
    if decision is not None:
        if decision.type not in DECISIONS:
            raise BugError(f"not a first court decision: {decision.type!r}")
        try:
            check_not_before(
                draft.arrested_on,
                decision.start,
                start_label="date of arrest",
                end_label="date of the court decision",
            )
        except ValidationError as error:
            raise ValidationError(error.message, field="decision_start") from None
        try:
            check_not_before(
                decision.start,
                decision.term_until,
                start_label="date of the court decision",
                end_label="end of the term",
            )
        except ValidationError as error:
            raise ValidationError(error.message, field="term_until") from None


def save_arrest(vault: Vault, draft: ArrestDraft) -> ArrestSaved:
    """Writes the arrest and everything it names in one transaction; returns the new ids."""
    check_arrest(draft)
    with vault.write() as session:
        if draft.person_id is not None:
            person = get_live(session, "persons", draft.person_id)
            person_id = person.id
        else:
            assert draft.new_person is not None
            new = draft.new_person
            person_id = new_id()
            session.add(
                Person(
                    id=person_id,
                    full_name=new.full_name.strip()[:_MAX_TEXT],
                    birth_date=new.birth_date,
                    sex=new.sex or "unknown",
                )
            )
        case_id: str | None = None
        if draft.case_id is not None:
            case_id = get_live(session, "cases", draft.case_id).id
        elif (title := _text(draft.new_case_title)) is not None:
            case_id = new_id()
            number = _text(draft.case_number)
            session.add(Case(id=case_id, title=title, case_numbers=[number] if number else []))
        # Persons and cases first: the events' foreign keys are checked at once.
        session.flush()
        arrest = DetentionEvent(
            id=new_id(),
            person_id=person_id,
            case_id=case_id,
            type=DetentionType.ARREST.value,
            start=draft.arrested_on,
            start_time=draft.arrested_at,
            place=_text(draft.place),
            forces=_text(draft.forces),
        )
        session.add(arrest)
        session.flush()  # recorded in this order: same-day events keep it (domain rules)
        custody_id: str | None = None
        if (custody_place := _text(draft.custody_place)) is not None:
            custody = DetentionEvent(
                id=new_id(),
                person_id=person_id,
                case_id=case_id,
                type=DetentionType.POLICE_CUSTODY.value,
                start=draft.arrested_on,
                start_time=draft.arrested_at,
                place=custody_place,
                forces=_text(draft.forces),
            )
            session.add(custody)
            session.flush()
            custody_id = custody.id
        if case_id is not None and not _in_case(session, case_id, person_id):
            session.add(
                CaseParticipant(
                    id=new_id(), case_id=case_id, person_id=person_id, role=CaseRole.DEFENDANT
                )
            )
        charge_ids = []
        for article in draft.articles:
            charge = Charge(
                id=new_id(),
                person_id=person_id,
                case_id=case_id,
                article=article[:50],
                brought_on=draft.arrested_on,
            )
            session.add(charge)
            charge_ids.append(charge.id)
        decision_id: str | None = None
        if (decision := draft.decision) is not None:
            event = DetentionEvent(
                id=new_id(),
                person_id=person_id,
                case_id=case_id,
                type=decision.type,
                start=PartialDate.from_date(decision.start),
                term_until=decision.term_until,
                ordering_authority=_text(decision.ordered_by),
                place=_text(decision.place),
            )
            session.add(event)
            decision_id = event.id
        session.flush()
        return ArrestSaved(
            person_id, arrest.id, custody_id, case_id, tuple(charge_ids), decision_id
        )


def _in_case(session: Session, case_id: str, person_id: str) -> bool:
    found = session.scalar(
        select(func.count())
        .select_from(CaseParticipant)
        .where(
            CaseParticipant.case_id == case_id,
            CaseParticipant.person_id == person_id,
            CaseParticipant.role == CaseRole.DEFENDANT,
            CaseParticipant.deleted_at.is_(None),
        )
    )
    return bool(found)
