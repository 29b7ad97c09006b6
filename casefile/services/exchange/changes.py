"""What goes into a bundle: records with every field's value and version, purges, files.

A record touched since the last bundle travels whole (every field with its own version), so
the receiver can create it even if an earlier bundle never arrived, and merges field by
field. The records a record refers to travel with it, for the same reason.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from casefile.services.exchange.ids import in_ids
from casefile.services.exchange.shared import collect_shared
from casefile.vault.audit import json_value
from casefile.vault.field_versions import Version, load_versions, plain_fields, versioned_fields
from casefile.vault.schema import (
    RECORD_BY_TABLE,
    Attachment,
    AttachmentChunk,
    CaseParticipant,
    Conflict,
    FieldVersion,
    PartnerRecord,
    PendingPurge,
    Record,
    SourceLink,
    Tombstone,
)

MANIFEST_VERSION = 2
_BATCH = 5000
#: Records found from a person or a case: (table, column naming the person or the case).
_PERSON_LINKS = (
    ("consents", "person_id"),
    ("detention_events", "person_id"),
    ("charges", "person_id"),
    ("ill_treatment_reports", "victim_id"),
    ("interventions", "person_id"),
    ("case_participants", "person_id"),
    ("person_organisations", "person_id"),
)
_CASE_LINKS = (
    ("case_participants", "case_id"),
    ("charges", "case_id"),
    ("detention_events", "case_id"),
    ("hearings", "case_id"),
    ("ill_treatment_reports", "case_id"),
    ("interventions", "case_id"),
)

type Key = tuple[str, str]


@dataclass(frozen=True)
class Selection:
    """What to send: changes since the last bundle to the partner (the default), everything,
    or only some people and cases with what belongs to them."""

    everything: bool = False
    person_ids: tuple[str, ...] = ()
    case_ids: tuple[str, ...] = ()

    @property
    def partial(self) -> bool:
        return bool(self.person_ids or self.case_ids)


@dataclass(frozen=True)
class Collected:
    manifest: dict[str, Any]
    #: The files' bytes, in manifest order; empty when collected with lazy_files (then
    #: file_pieces streams them from the vault).
    blobs: list[bytes]
    records: int
    tombstones: int
    attachments: int


def _batched(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _BATCH):
        yield ids[start : start + _BATCH]


def _load(session: Session, keys: Iterable[Key]) -> dict[Key, Record]:
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, record_id in keys:
        by_table[table].append(record_id)
    found: dict[Key, Record] = {}
    for table, ids in by_table.items():
        cls = RECORD_BY_TABLE[table]
        for chunk in _batched(ids):
            for record in session.scalars(select(cls).where(in_ids(cls.id, chunk))):
                found[(table, record.id)] = record
    return found


def parents_of(record: Record) -> list[Key]:
    """The records this one refers to: foreign keys, and what a file or source link is on."""
    keys = []
    for column in inspect(type(record)).columns:
        value = getattr(record, column.key, None)
        if value is not None and column.foreign_keys:
            keys.append((next(iter(column.foreign_keys)).column.table.name, str(value)))
    if isinstance(record, Attachment | SourceLink) and record.record_table in RECORD_BY_TABLE:
        keys.append((record.record_table, record.record_id))
    return keys


def _with_parents(session: Session, seeds: set[Key]) -> dict[Key, Record]:
    records = _load(session, seeds)
    pending = set(records)
    while pending:
        wanted = {key for k in pending for key in parents_of(records[k]) if key not in records}
        found = _load(session, wanted)
        records.update(found)
        pending = set(found)
    return records


def _selected(session: Session, selection: Selection) -> set[Key]:
    keys: set[Key] = {("persons", pid) for pid in selection.person_ids}
    keys |= {("cases", cid) for cid in selection.case_ids}
    for ids, links in ((selection.person_ids, _PERSON_LINKS), (selection.case_ids, _CASE_LINKS)):
        if not ids:
            continue
        for table, column in links:
            cls = RECORD_BY_TABLE[table]
            rows = session.scalars(select(cls.id).where(in_ids(getattr(cls, column), ids)))
            keys |= {(table, str(rid)) for rid in rows}
    # The people of the selected cases come along with their participation.
    participants = _load(session, [k for k in keys if k[0] == "case_participants"])
    keys |= {
        ("persons", p.person_id) for p in participants.values() if isinstance(p, CaseParticipant)
    }
    # Files and source links on anything selected.
    selected_ids = [record_id for _table, record_id in keys]
    for cls in (Attachment, SourceLink):
        for chunk in _batched(selected_ids):
            hits = session.execute(
                select(cls.id, cls.record_table, cls.record_id).where(in_ids(cls.record_id, chunk))
            )
            keys |= {(cls.__tablename__, str(h[0])) for h in hits if (h[1], h[2]) in keys}
    return keys


def _seeds(
    session: Session, since: int, selection: Selection, skip_device: str | None = None
) -> set[Key]:
    if selection.partial:
        return _selected(session, selection)
    if selection.everything:
        return {
            (table, str(rid))
            for table, cls in RECORD_BY_TABLE.items()
            for rid in session.scalars(select(cls.id))
        }
    query = select(FieldVersion.record_table, FieldVersion.record_id).where(
        FieldVersion.seq > since,
        # Terms and settings keep versions here too; they travel whole (shared.py).
        FieldVersion.record_table.in_(list(RECORD_BY_TABLE)),
    )
    if skip_device is not None:
        # A version the recipient made itself it holds already (or a newer one): a record
        # imported from a partner is not echoed back to it whole.
        query = query.where(FieldVersion.device_id != skip_device)
    rows = session.execute(query.distinct())
    return {(str(table), str(rid)) for table, rid in rows}


def _changed_among(
    session: Session, keys: set[Key], since: int, skip_device: str | None
) -> set[Key]:
    """Those of `keys` with a field version written after `since` (by another device than
    skip_device)."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, record_id in keys:
        by_table[table].append(record_id)
    changed: set[Key] = set()
    for table, ids in by_table.items():
        for chunk in _batched(ids):
            query = select(FieldVersion.record_id).where(
                FieldVersion.record_table == table,
                in_ids(FieldVersion.record_id, chunk),
                FieldVersion.seq > since,
            )
            if skip_device is not None:
                query = query.where(FieldVersion.device_id != skip_device)
            changed |= {(table, str(rid)) for rid in session.scalars(query.distinct())}
    return changed


def _contested(session: Session, records: dict[Key, Record]) -> dict[tuple[str, str, str], Any]:
    """Fields with an open conflict here, with the value that lost (shown to the receiver)."""
    contested: dict[tuple[str, str, str], Any] = {}
    for conflict in session.scalars(select(Conflict).where(Conflict.resolved_at.is_(None))):
        record = records.get((conflict.record_table, conflict.record_id))
        if record is None:
            continue
        current = json_value(getattr(record, conflict.field, None))
        loser = conflict.theirs if current == conflict.mine else conflict.mine
        contested[(conflict.record_table, conflict.record_id, conflict.field)] = loser
    return contested


_NO_VERSION = Version(0, "", {})


def record_entry(
    record: Record, versions: dict[str, Version], contested: dict[tuple[str, str, str], Any]
) -> dict[str, Any]:
    """{"t": table, "id", "c": created, "v": [clock, device, seen], "f": {field: [value]
    (the record's version "v") or [value, clock, device, seen, lost]}}: the version most of
    the fields share is written once (format 2)."""
    table = record.__tablename__
    names = versioned_fields(type(record))
    plain = plain_fields(type(record))
    state = record.__dict__  # loaded columns: read without the instrumented getattr
    shared: dict[tuple[int, str, int], int] = {}
    for name in names:
        v = versions.get(name, _NO_VERSION)
        # Fields read together share one vector object when their vectors are equal.
        key = (v.clock, v.device_id, id(v.seen))
        shared[key] = shared.get(key, 0) + 1
    clock, device, seen_id = max(shared, key=shared.__getitem__)
    default: Version | None = None
    fields: dict[str, list[Any]] = {}
    for name in names:
        version = versions.get(name, _NO_VERSION)
        value = (
            state[name] if name in plain and name in state else json_value(getattr(record, name))
        )
        key3 = (table, record.id, name)
        if (
            version.clock == clock
            and version.device_id == device
            and id(version.seen) == seen_id
            and key3 not in contested
        ):
            default = version
            fields[name] = [value]
            continue
        fields[name] = [
            value,
            version.clock,
            version.device_id,
            dict(version.seen),
            [contested[key3]] if key3 in contested else None,
        ]
    entry: dict[str, Any] = {"t": table, "id": record.id, "c": json_value(record.created_at)}
    if default is not None:
        entry["v"] = [default.clock, default.device_id, dict(default.seen)]
    entry["f"] = fields
    return entry


def _attachment_bytes(session: Session, attachment_id: str) -> bytes:
    chunks = session.scalars(
        select(AttachmentChunk.data)
        .where(AttachmentChunk.attachment_id == attachment_id)
        .order_by(AttachmentChunk.seq)
    )
    return b"".join(chunks)


def scope_closure(session: Session, scope: Selection) -> set[Key]:
    """Every record a need-to-know partner with this scope may hold: the people and cases,
    what belongs to them, and the records those refer to."""
    return set(_with_parents(session, _selected(session, scope)))


def file_pieces(session: Session, attachment_id: str) -> Iterator[bytes]:
    """A stored file a chunk at a time (the vault's chunks), never whole."""
    query = (
        select(AttachmentChunk.data)
        .where(AttachmentChunk.attachment_id == attachment_id)
        .order_by(AttachmentChunk.seq)
        .execution_options(yield_per=2)
    )
    yield from session.scalars(query)


def _stored_sizes(session: Session, ids: list[str]) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for chunk in _batched(ids):
        rows = session.execute(
            select(AttachmentChunk.attachment_id, func.sum(func.length(AttachmentChunk.data)))
            .where(in_ids(AttachmentChunk.attachment_id, chunk))
            .group_by(AttachmentChunk.attachment_id)
        )
        sizes.update({str(a): int(n or 0) for a, n in rows})
    return sizes


def collect(
    session: Session,
    *,
    sender: str,
    clock: int,
    since: int,
    selection: Selection,
    lazy_files: bool = False,
    skip_device: str | None = None,
    scope: Selection | None = None,
    scope_partner: str | None = None,
) -> Collected:
    """The manifest and attachment blobs for a bundle. With lazy_files no file is read:
    the manifest gives each file's stored size, and the writer streams it (file_pieces)."""
    allowed: set[Key] | None = None
    if scope is not None and not selection.partial:
        # The scope's closure first, then which of its records changed: looking at the
        # changes of the whole vault for each of fifty scopes was most of the office's time.
        allowed = scope_closure(session, scope)
        seeds = (
            set(allowed)
            if selection.everything
            else _changed_among(session, allowed, since, skip_device)
        )
    else:
        seeds = _seeds(session, since, selection, skip_device)
    if skip_device is not None:
        # A record waiting in the trash because this partner asked to purge it: the move to
        # the trash is not news to it (and must not put its own copy in the trash).
        asked = session.execute(
            select(PendingPurge.record_table, PendingPurge.record_id).where(
                PendingPurge.from_device == skip_device
            )
        )
        seeds -= {(str(t), str(i)) for t, i in asked}
    if scope is not None and allowed is None:
        seeds &= scope_closure(session, scope)
    records = _with_parents(session, seeds)
    versions = load_versions(session, records)
    contested = _contested(session, records)
    ordered = sorted(records.items())
    entries = [record_entry(record, versions.get(key, {}), contested) for key, record in ordered]
    tombstones: list[dict[str, Any]] = []
    if not selection.partial:
        query = select(Tombstone).where(Tombstone.seq > (0 if selection.everything else since))
        if skip_device is not None:
            query = query.where(Tombstone.device_id != skip_device)
        if scope_partner is not None:
            # A need-to-know partner hears only of purges of records it was sent.
            query = query.join(
                PartnerRecord,
                (PartnerRecord.device_id == scope_partner)
                & (PartnerRecord.record_table == Tombstone.record_table)
                & (PartnerRecord.record_id == Tombstone.record_id),
            )
        tombstones = [
            {"t": r.record_table, "id": r.record_id, "clock": r.clock, "device": r.device_id}
            for r in session.scalars(query)
        ]
    blobs: list[bytes] = []
    files: list[dict[str, Any]] = []
    offset = 0
    if lazy_files:
        attachments = [r for _k, r in ordered if isinstance(r, Attachment)]
        stored = _stored_sizes(session, [a.id for a in attachments])
        for attachment in attachments:
            size = stored.get(attachment.id)
            if size is None or size != attachment.size:
                continue  # no complete content here: the metadata only, as below
            files.append({"id": attachment.id, "offset": offset, "size": size})
            offset += size
    for _key, record in ordered:
        if lazy_files or not isinstance(record, Attachment):
            continue
        content = _attachment_bytes(session, record.id)
        if hashlib.sha256(content).hexdigest() != record.sha256:
            continue  # no complete content here (should not happen): send the metadata only
        files.append({"id": record.id, "offset": offset, "size": len(content)})
        blobs.append(content)
        offset += len(content)
    terms, settings = collect_shared(session)
    manifest = {
        "manifest": MANIFEST_VERSION,
        "sender": sender,
        "clock": clock,
        "scope": "selection" if selection.partial else "all" if selection.everything else "since",
        "records": entries,
        "tombstones": tombstones,
        "files": files,
        "terms": terms,
        "settings": settings,
    }
    return Collected(manifest, blobs, len(entries), len(tombstones), len(files))
