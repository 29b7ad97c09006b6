"""The trash: soft delete, list, restore, and purge (the one point of no return).

Decisions:
- Moving to the trash marks only that record. Rows that hang off it (a person's charges,
  a case's hearings) stay as they are, but pages, lists and search leave out rows whose
  person or case is in the trash, so they vanish with it and come back with it.
- A restore is refused while the record's own person, case or other parent is in the trash
  (restore that first), so nothing live points at a trashed parent through a restore.
- A purge only takes a record already in the trash. Its attachments (with their chunks),
  and the link rows that only make sense with it (case participants, person-organisation
  links, source links) are purged with it. If any other record, live or in the trash, still
  refers to it (a person's charges, a case's hearings), the purge is refused with a message
  saying what to delete first: evidence is never destroyed as a side effect.
- A record purged on another laptop while records here referred to it is held in the trash
  (services/exchange/held.py): it cannot be restored, and it is purged here too once the last
  record referring to it is purged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, inspect, select
from sqlalchemy.orm import Session

from casefile.errors import BugError, RecordNotFoundError, ValidationError
from casefile.services.exchange.held import HELD_MESSAGE, is_tombstoned, settle_held
from casefile.services.exchange.ids import in_ids
from casefile.services.exchange.pending import forget_request, requested_by
from casefile.services.records.drafts import get_live
from casefile.services.records.labels import record_label
from casefile.vault.field_versions import RECORD_VERSION
from casefile.vault.schema import (
    RECORD_BY_TABLE,
    Attachment,
    AttachmentChunk,
    CaseParticipant,
    DeviceIdentity,
    FieldVersion,
    Partner,
    PersonOrganisation,
    Record,
    SourceLink,
    utcnow,
)
from casefile.vault.vault import Vault

#: Link rows purged together with the record they link (never blocking a purge).
_LINK_CLASSES: tuple[type[Record], ...] = (CaseParticipant, PersonOrganisation, SourceLink)

# (one, several) for the message naming what blocks a purge.
_KIND_NAMES: dict[str, tuple[str, str]] = {
    "persons": ("person", "people"),
    "consents": ("consent", "consents"),
    "organisations": ("organisation", "organisations"),
    "cases": ("case", "cases"),
    "charges": ("charge", "charges"),
    "detention_events": ("detention event", "detention events"),
    "hearings": ("hearing", "hearings"),
    "ill_treatment_reports": ("ill-treatment report", "ill-treatment reports"),
    "interventions": ("intervention", "interventions"),
    "sources": ("source", "sources"),
}


@dataclass(frozen=True)
class TrashRow:
    table: str
    id: str
    label: str
    deleted_at: datetime
    #: Who moved it here: the local user, or the partner whose bundle did.
    deleted_by: str
    #: The partner that asked for the record to be deleted for good (it waits for a yes here).
    purge_requested_by: str | None = None


def _model(table: str) -> type[Record]:
    cls = RECORD_BY_TABLE.get(table)
    if cls is None:
        raise BugError(f"unknown record table {table!r}")
    return cls


def _trashed(session: Session, table: str, record_id: str) -> Record:
    record = session.get(_model(table), record_id)
    if record is None or record.deleted_at is None:
        raise RecordNotFoundError("This record is not in the trash.")
    return record


def move_to_trash(vault: Vault, table: str, record_id: str) -> None:
    """Mark one record deleted (see the module docstring for what happens to its rows)."""
    with vault.write() as session:
        record = get_live(session, table, record_id)
        record.deleted_at = utcnow()


def list_trash(vault: Vault, lang: str = "en") -> list[TrashRow]:
    """Everything in the trash, most recently deleted first."""
    rows: list[TrashRow] = []
    with vault.read() as session:
        requests = requested_by(session)
        for table, cls in RECORD_BY_TABLE.items():
            trashed = list(session.scalars(select(cls).where(cls.deleted_at.is_not(None))))
            movers = _moved_by_partner(session, table, [record.id for record in trashed])
            for record in trashed:
                assert record.deleted_at is not None
                request = requests.get((table, record.id))
                rows.append(
                    TrashRow(
                        table=table,
                        id=record.id,
                        label=record_label(session, record, lang),
                        deleted_at=record.deleted_at,
                        deleted_by=(
                            request.partner
                            if request is not None
                            else movers.get(record.id, record.updated_by)
                        ),
                        purge_requested_by=None if request is None else request.partner,
                    )
                )
    rows.sort(key=lambda r: r.deleted_at, reverse=True)
    return rows


def _moved_by_partner(session: Session, table: str, ids: list[str]) -> dict[str, str]:
    """For records a partner's bundle moved to the trash: that partner's name, by record id.
    The move's version names the device that made it (field_versions)."""
    if not ids:
        return {}
    me = session.scalar(select(DeviceIdentity.device_id))
    names = {str(d): str(n) for d, n in session.execute(select(Partner.device_id, Partner.name))}
    found: dict[str, str] = {}
    # A field's own row beats the record-wide one, so read the record-wide rows first.
    rows = session.execute(
        select(FieldVersion.record_id, FieldVersion.device_id)
        .where(
            FieldVersion.record_table == table,
            in_ids(FieldVersion.record_id, ids),
            FieldVersion.field.in_((RECORD_VERSION, "deleted_at")),
        )
        .order_by(FieldVersion.field == "deleted_at")
    )
    for record_id, device in rows:
        if device != me and device in names:
            found[str(record_id)] = names[device]
        else:
            found.pop(str(record_id), None)
    return found


def _parents(record: Record) -> list[tuple[str, str, str]]:
    """(field, table, id) of every record this one refers to by a foreign key."""
    parents = []
    for column in inspect(type(record)).columns:
        value = getattr(record, column.key, None)
        if value is None or not column.foreign_keys:
            continue
        target = next(iter(column.foreign_keys)).column.table.name
        parents.append((column.key, target, str(value)))
    if isinstance(record, Attachment | SourceLink) and record.record_table in RECORD_BY_TABLE:
        parents.append(("record_id", record.record_table, record.record_id))
    return parents


def restore(vault: Vault, table: str, record_id: str) -> None:
    """Take a record out of the trash; refused while a record it belongs to is still there."""
    with vault.write() as session:
        record = _trashed(session, table, record_id)
        if is_tombstoned(session, table, record_id):
            raise ValidationError(HELD_MESSAGE)
        for field, parent_table, parent_id in _parents(record):
            parent = session.get(_model(parent_table), parent_id)
            if parent is not None and parent.deleted_at is not None:
                raise ValidationError(
                    'This record belongs to "%1", which is also in the trash. Restore that first.',
                    record_label(session, parent),
                    field=field,
                )
        record.deleted_at = None
        forget_request(session, table, record_id)


def _referrers(session: Session, table: str, record_id: str) -> dict[str, int]:
    """Tables (other than link tables) with rows referring to the record, with counts."""
    found: dict[str, int] = {}
    for other_table, cls in RECORD_BY_TABLE.items():
        if cls in _LINK_CLASSES:
            continue
        for column in inspect(cls).columns:
            targets = {fk.column.table.name for fk in column.foreign_keys}
            if table not in targets:
                continue
            count = session.scalar(
                select(func.count())
                .select_from(cls)
                .where(column == record_id, cls.id != record_id)
            )
            if count:
                found[other_table] = found.get(other_table, 0) + count
    return found


def _purge_attachment(session: Session, attachment: Attachment) -> None:
    session.execute(delete(AttachmentChunk).where(AttachmentChunk.attachment_id == attachment.id))
    session.delete(attachment)


def purge(vault: Vault, table: str, record_id: str) -> None:
    """Delete a record in the trash for good, with its files and link rows.

    Refused (ValidationError) while other records still refer to it; the audit history keeps
    only that it was purged, not what it said.
    """
    with vault.write() as session:
        record = _trashed(session, table, record_id)
        forget_request(session, table, record_id)
        blocking = _referrers(session, table, record_id)
        if blocking:
            kinds = ", ".join(
                f"{n} {_KIND_NAMES.get(t, (t, t))[n != 1]}" for t, n in sorted(blocking.items())
            )
            raise ValidationError(
                "Other records still refer to this one (%1). Delete those and empty "
                "them from the trash first.",
                kinds,
            )
        if isinstance(record, Attachment):
            _purge_attachment(session, record)
            settle_held(session, stamp=False)
            return
        for attachment in session.scalars(
            select(Attachment).where(
                Attachment.record_table == table, Attachment.record_id == record_id
            )
        ):
            _purge_attachment(session, attachment)
        links: list[Record] = list(
            session.scalars(
                select(SourceLink).where(
                    SourceLink.record_table == table, SourceLink.record_id == record_id
                )
            )
        )
        for cls in _LINK_CLASSES:
            for column in inspect(cls).columns:
                if table in {fk.column.table.name for fk in column.foreign_keys}:
                    links.extend(session.scalars(select(cls).where(column == record_id)))
        for link in links:
            session.delete(link)
        # Links and attachments go first: their rows refer to the record.
        session.flush()
        session.delete(record)
        # A record purged on another laptop may have been kept only for this one.
        settle_held(session, stamp=False)
