"""One line naming any record, for lists that mix kinds (the trash, search, history).

Names are looked up even in the trash, so a trashed hearing still names its case.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from casefile.services.records.drafts import vocabulary_in
from casefile.vault.schema import (
    Attachment,
    Case,
    CaseParticipant,
    Charge,
    Consent,
    DetentionEvent,
    Hearing,
    IllTreatmentReport,
    Intervention,
    Organisation,
    Person,
    PersonOrganisation,
    Record,
    Source,
    SourceLink,
)


def _name(session: Session, person_id: str | None) -> str:
    person = session.get(Person, person_id) if person_id else None
    return person.full_name if person is not None else ""


def _title(session: Session, case_id: str | None) -> str:
    case = session.get(Case, case_id) if case_id else None
    return case.title if case is not None else ""


def _join(*parts: str) -> str:
    return " — ".join(part for part in parts if part)


def record_label(session: Session, record: Record, lang: str = "en") -> str:
    """One line naming a record for lists such as the trash (names looked up even in trash)."""
    match record:
        case Person():
            return record.full_name
        case Case():
            return record.title
        case Organisation() | Source():
            return record.name
        case Attachment():
            return record.title
        case Consent():
            return _join("Consent", _name(session, record.person_id))
        case CaseParticipant():
            return _join(
                _name(session, record.person_id), record.role, _title(session, record.case_id)
            )
        case PersonOrganisation():
            organisation = session.get(Organisation, record.organisation_id)
            return _join(
                _name(session, record.person_id), organisation.name if organisation else ""
            )
        case Charge():
            return _join(f"Article {record.article}", _name(session, record.person_id))
        case DetentionEvent():
            label = dict(vocabulary_in(session, "detention_type", lang)).get(
                record.type, record.type
            )
            return _join(f"{label}, {record.start.format(lang)}", _name(session, record.person_id))
        case Hearing():
            return _join(
                f"Hearing {record.scheduled_date:%d.%m.%Y}", _title(session, record.case_id)
            )
        case IllTreatmentReport():
            when = record.incident_date.format(lang) if record.incident_date else ""
            return _join("Ill-treatment", when, _name(session, record.victim_id))
        case Intervention():
            label = dict(vocabulary_in(session, "recipient", lang)).get(
                record.recipient, record.recipient
            )
            return _join(
                f"Intervention to {label}",
                _name(session, record.person_id) or _title(session, record.case_id),
            )
        case SourceLink():
            return "Link to a source"
    return str(record.__tablename__)
