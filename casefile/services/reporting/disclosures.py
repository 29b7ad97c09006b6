"""The disclosure log: which document was printed or saved about whom, and its exact bytes.

Each disclosure is an audit entry on every person the document is about (record_table
"persons", action "disclosure"), with its details in the audit trail's {field: [old, new]}
form, old = None. Only a document really printed or saved is logged, never a preview.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casefile.errors import RecordNotFoundError, ValidationError
from casefile.services.lists.record_rows import carry
from casefile.vault.atomic import write_atomic
from casefile.vault.schema import AuditEntry, Person, utcnow
from casefile.vault.vault import Vault

if TYPE_CHECKING:
    # Only a type here: the log is read without loading ReportLab.
    from casefile.services.reporting.prepared import BuiltReport

ACTION_DISCLOSURE = "disclosure"
MEDIUMS = ("printed", "saved")


@dataclass(frozen=True)
class DisclosureRow:
    """One document given out about a person."""

    id: int
    at: datetime
    actor: str
    template: str
    profile: str
    recipient: str
    sha256: str
    lang: str
    medium: str
    case_id: str | None
    consent_overridden: bool
    #: The reason given to override consent (None when it was not overridden).
    override_reason: str | None
    file_format: str  # "pdf" or "docx" (the editable copy)


@dataclass(frozen=True)
class DisclosureOverviewRow(DisclosureRow):
    """One document given out, with the person it was about (for the app's disclosure log)."""

    person_id: str
    person_name: str


def person_audit_entry(
    vault: Vault, action: str, person_id: str, reason: str, **changes: Any
) -> AuditEntry:
    """An entry in a person's history, ``changes`` in the audit trail's {field: [old, new]}
    form (old = None, as for a record created) so the history view shows them as it is."""
    return AuditEntry(
        at=utcnow(),
        actor=vault.actor,
        action=action,
        record_table="persons",
        record_id=person_id,
        changes={key: [None, value] for key, value in changes.items() if value is not None},
        reason=reason,
    )


def record_disclosure(vault: Vault, report: BuiltReport, *, medium: str = "saved") -> None:
    """Log that ``report`` was printed or saved: who got which document, with which profile,
    when, and the SHA-256 of the exact bytes, in the history of each person it is about."""
    if medium not in MEDIUMS:
        raise ValidationError("The medium must be one of %1.", ", ".join(MEDIUMS), field="medium")
    reason = f"{report.template} {medium}"
    with vault.write(reason=reason) as session:
        for person_id in report.person_ids:
            session.add(
                person_audit_entry(
                    vault,
                    ACTION_DISCLOSURE,
                    person_id,
                    reason,
                    template=report.template,
                    profile=report.profile,
                    recipient=report.recipient,
                    sha256=report.sha256,
                    lang=report.lang,
                    format=report.file_format,
                    medium=medium,
                    case_id=report.case_id,
                    consent_overridden=person_id in report.consent_overridden or None,
                    override_reason=report.override_reason
                    if person_id in report.consent_overridden
                    else None,
                )
            )


def save_report(vault: Vault, report: BuiltReport, path: Path) -> None:
    """Writes the PDF (or .docx) atomically, readable by its owner only, and logs it as saved.

    The caller has warned the user that the file is not encrypted and asked before replacing
    an existing file."""
    write_atomic(path, report.pdf)
    record_disclosure(vault, report, medium="saved")


def _new_value(changes: Mapping[str, Any], key: str) -> Any:
    pair = changes.get(key)
    return pair[1] if isinstance(pair, list) and len(pair) == 2 else None


def _row(entry: AuditEntry) -> DisclosureRow:
    changes = entry.changes or {}
    return DisclosureRow(
        id=entry.id,
        at=entry.at,
        actor=entry.actor,
        template=str(_new_value(changes, "template") or ""),
        profile=str(_new_value(changes, "profile") or ""),
        recipient=str(_new_value(changes, "recipient") or ""),
        sha256=str(_new_value(changes, "sha256") or ""),
        lang=str(_new_value(changes, "lang") or ""),
        medium=str(_new_value(changes, "medium") or ""),
        case_id=_new_value(changes, "case_id"),
        consent_overridden=bool(_new_value(changes, "consent_overridden")),
        override_reason=_new_value(changes, "override_reason"),
        file_format=str(_new_value(changes, "format") or "pdf"),
    )


def disclosure_rows(session: Session, person_id: str) -> list[DisclosureRow]:
    """Every document given out about this person, newest first (in the caller's read)."""
    entries = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.record_table == "persons",
            AuditEntry.record_id == person_id,
            AuditEntry.action == ACTION_DISCLOSURE,
        )
        .order_by(AuditEntry.id.desc())
    ).all()
    return [_row(entry) for entry in entries]


def disclosure_log(vault: Vault, person_id: str) -> list[DisclosureRow]:
    """Every document given out about this person, newest first."""
    with vault.read() as session:
        return disclosure_rows(session, person_id)


def disclosure_overview(
    vault: Vault, limit: int | None = 2000, *, person_id: str | None = None
) -> list[DisclosureOverviewRow]:
    """Every document given out about anyone (or about ``person_id``), newest first (people in
    the trash included: what left the organisation stays on record). RecordNotFoundError for
    a ``person_id`` that is no person's, in the trash or not."""
    query = (
        select(AuditEntry, Person.full_name)
        .join(Person, Person.id == AuditEntry.record_id)
        .where(AuditEntry.record_table == "persons", AuditEntry.action == ACTION_DISCLOSURE)
        .order_by(AuditEntry.id.desc())
    )
    if person_id is not None:
        query = query.where(AuditEntry.record_id == person_id)
    if limit is not None:
        query = query.limit(limit)
    with vault.read() as session:
        if person_id is not None and session.get(Person, person_id) is None:
            raise RecordNotFoundError("No person with this id.")
        found = session.execute(query).all()
        return [
            carry(_row(entry), DisclosureOverviewRow, person_id=entry.record_id, person_name=name)
            for entry, name in found
        ]
