"""Merging a bundle into the vault, field by field: preview first, then one transaction.

Each field carries a version vector. An incoming value whose vector dominates ours is newer
and replaces ours; one ours dominates is old news; otherwise both sides changed the field
since their last common version. Then the value with the larger (clock, device) stays for
now on both sides alike, and a conflict is opened for a person to settle. Settling it is a
local edit whose vector dominates both, so it wins everywhere it travels.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cache
from typing import Any, NamedTuple, cast

from sqlalchemy import delete, insert, inspect, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from casefile.services.exchange.blobs import BlobReader
from casefile.services.exchange.bundle_format import DAMAGED, BundleHeader
from casefile.services.exchange.checks import (
    MAX_VECTOR_DEVICES,
    is_device_id,
    require_clock_within,
    require_record_id,
)
from casefile.services.exchange.errors import BundleDamagedError
from casefile.services.exchange.held import settle_held
from casefile.services.exchange.ids import in_ids
from casefile.services.exchange.sent import highest_sent_clock, note_partner_records
from casefile.services.exchange.shared import SharedPlan, apply_shared, plan_shared
from casefile.services.open_formats.bulk_records import BATCH as BULK_BATCH
from casefile.services.open_formats.bulk_records import (
    RecordWrite,
    bulk_insert,
    write_audit,
    write_records,
    write_search_index,
)
from casefile.services.open_formats.values import table_of
from casefile.services.records.history import from_json_value
from casefile.vault.audit import json_value
from casefile.vault.field_versions import (
    APPLYING,
    RECORD_VERSION,
    Version,
    load_versions,
    plain_fields,
    stamp_fields,
    tick,
    versioned_fields,
    write_tombstones,
)
from casefile.vault.field_versions import write_versions as write_field_versions
from casefile.vault.schema import (
    RECORD_BY_TABLE,
    RECORD_CLASSES,
    AppliedBundle,
    Attachment,
    AttachmentChunk,
    AuditEntry,
    Conflict,
    DeviceIdentity,
    Partner,
    PartnerRecord,
    PendingPurge,
    Record,
    SourceLink,
    Tombstone,
    utcnow,
)

CONFLICT_ACTION = "conflict"
NOT_OWN_PURGE = "a contributor may delete for good only the records it created or was sent"
CONTRIBUTOR = "contributor"
#: Marks a planned version row that is stamped with this import's own (clock, device).
_STAMP_HERE = "stamp_here"
_BATCH = 5000
_LABEL_FIELDS = ("full_name", "title", "name", "article", "court", "place", "file_name")

type Key = tuple[str, str]
type Seen = dict[str, int]


def dominates(a: Seen, b: Seen) -> bool:
    """True when a has seen every change b has (a >= b)."""
    return all(a.get(device, 0) >= clock for device, clock in b.items())


def join(a: Seen, b: Seen) -> Seen:
    return {device: max(a.get(device, 0), b.get(device, 0)) for device in a.keys() | b.keys()}


@dataclass(frozen=True)
class RecordChange:
    table: str
    record_id: str
    label: str


@dataclass(frozen=True)
class ConflictPreview:
    table: str
    record_id: str
    label: str
    field: str
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class Skipped:
    table: str
    record_id: str
    reason: str


@dataclass(frozen=True)
class ImportPreview:
    """What a bundle brings, or (after an import) brought."""

    bundle_id: str
    sender_device_id: str
    sender_name: str
    created: datetime
    already_applied: bool
    new: tuple[RecordChange, ...] = ()
    updated: tuple[RecordChange, ...] = ()
    deleted: tuple[RecordChange, ...] = ()
    restored: tuple[RecordChange, ...] = ()
    purged: tuple[RecordChange, ...] = ()
    conflicts: tuple[ConflictPreview, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    files: int = 0
    #: A preview's plan, which the import carries out while it still holds (service.py).
    checked: CheckedPlan | None = field(default=None, compare=False, repr=False)

    def counts(self) -> dict[str, int]:
        return {
            "new": len(self.new),
            "updated": len(self.updated),
            "deleted": len(self.deleted),
            "restored": len(self.restored),
            "purged": len(self.purged),
            "conflicts": len(self.conflicts),
            "skipped": len(self.skipped),
            "files": self.files,
        }


class _Field(NamedTuple):
    value: Any
    clock: int
    device: str
    seen: Seen  # shared by the fields that carry the record's version: never changed
    lost: list[Any] | None


@dataclass(frozen=True)
class _Incoming:
    table: str
    record_id: str
    created: datetime
    fields: dict[str, _Field]
    #: Every field carries the record's version (format 2's "v"; format 1: all equal).
    uniform: bool = False


@dataclass
class _Plan:
    max_clock: int = 0
    sender: str = ""
    creates: list[_Incoming] = field(default_factory=list)
    sets: list[tuple[Record, str, Any]] = field(default_factory=list)
    versions: list[dict[str, Any]] = field(default_factory=list)
    #: New records whose fields all share one version: (table, id, clock, device, seen).
    uniform: list[tuple[str, str, int, str, Seen]] = field(default_factory=list)
    open_conflicts: dict[tuple[str, str, str], tuple[Any, Any]] = field(default_factory=dict)
    close_conflicts: set[tuple[str, str, str]] = field(default_factory=set)
    tombstones: list[dict[str, Any]] = field(default_factory=list)
    #: Purges of records here, waiting for a person's yes (PendingPurge rows).
    pending: list[dict[str, Any]] = field(default_factory=list)
    #: (attachment id, offset, size) in the bundle's attachment area, read again to store.
    files: list[tuple[str, int, int]] = field(default_factory=list)
    blobs: BlobReader | None = None
    shared: SharedPlan = field(default_factory=SharedPlan)
    new: list[RecordChange] = field(default_factory=list)
    updated: list[RecordChange] = field(default_factory=list)
    deleted: list[RecordChange] = field(default_factory=list)
    restored: list[RecordChange] = field(default_factory=list)
    purged: list[RecordChange] = field(default_factory=list)
    conflicts: list[ConflictPreview] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


@dataclass(frozen=True, eq=False)
class CheckedPlan:
    """What a preview judged and what it judged: the vault's write count (Vault.generation)
    and newest audit entry before its read, SHA-256 of the bundle as its signature was
    checked, and a keyed digest of the passphrase it was opened with. Holds the plan and what
    the import reads of the manifest besides, never the attachments (read from the file
    again, each chunk checked)."""

    generation: int
    last_audit: int
    bundle: bytes
    passphrase: bytes
    header: BundleHeader
    sender_name: str
    manifest: dict[str, Any]
    plan: _Plan


# -- reading the manifest ------------------------------------------------------------------


def _require(condition: bool) -> None:
    if not condition:
        raise BundleDamagedError(DAMAGED)


def _seen(value: Any) -> Seen:
    _require(
        type(value) is dict
        and len(value) <= MAX_VECTOR_DEVICES
        and all(is_device_id(d) and type(c) is int and c >= 0 for d, c in value.items())
    )
    return cast(Seen, value)  # a fresh object from the JSON parser, owned by nobody else


def _dot(clock: Any, device: Any) -> None:
    """A version's (clock, device): a device id, or no device at all for clock 0 (fields
    from before versions existed)."""
    _require(type(clock) is int and clock >= 0)
    _require(is_device_id(device) or (device == "" and clock == 0))


def _parse_field(raw: Any, default: _Field | None) -> _Field:
    """[value] (the record's version, format 2) or [value, clock, device, seen, lost]."""
    _require(type(raw) is list)
    if len(raw) == 1 and default is not None:
        return _Field(raw[0], default.clock, default.device, default.seen, None)
    _require(len(raw) == 5)
    value, clock, device, seen, lost = raw
    _dot(clock, device)
    _require(lost is None or (isinstance(lost, list) and len(lost) == 1))
    return _Field(value, clock, device, _seen(seen), lost)


def _parse_default(raw: Any) -> _Field | None:
    """A record's version (format 2's "v": [clock, device, seen]), as a field without value."""
    if raw is None:
        return None
    _require(type(raw) is list and len(raw) == 3)
    clock, device, seen = raw
    _dot(clock, device)
    return _Field(None, clock, device, _seen(seen), None)


def _parse_record(raw: Any) -> _Incoming:
    _require(isinstance(raw, dict))
    table, record_id, created, fields = raw.get("t"), raw.get("id"), raw.get("c"), raw.get("f")
    _require(table in RECORD_BY_TABLE and isinstance(fields, dict) and isinstance(created, str))
    require_record_id(record_id)
    assert isinstance(fields, dict) and isinstance(record_id, str)
    try:
        created_at = datetime.fromisoformat(created)
    except ValueError:
        raise BundleDamagedError(DAMAGED) from None
    known = _known_fields(str(table))
    default = _parse_default(raw.get("v"))
    if default is not None:
        parsed, uniform = _parse_versioned(fields, known, default)
    else:
        # Fields this version does not know (from a newer Casefile) are left out.
        parsed = {
            name: _parse_field(value, None) for name, value in fields.items() if name in known
        }
        first = next(iter(parsed.values()), None)
        uniform = first is not None and all(
            (f.clock, f.device, f.seen) == (first.clock, first.device, first.seen)
            for f in parsed.values()
        )
    _check_references(str(table), parsed)
    return _Incoming(str(table), record_id, created_at, parsed, uniform)


def _parse_versioned(
    fields: dict[str, Any], known: frozenset[str], default: _Field
) -> tuple[dict[str, _Field], bool]:
    """A format-2 record's fields (those this version knows), and whether every one carries
    the record's version: _parse_field's work, with its common case ([value]) inline, since a
    bundle of 10,000 people holds some 300,000 fields."""
    make = tuple.__new__
    record_version = (default.clock, default.device, default.seen, None)
    parsed: dict[str, _Field] = {}
    uniform = True
    for name, value in fields.items():
        if name not in known:
            uniform = uniform and len(value) == 1
        elif type(value) is list and len(value) == 1:
            parsed[name] = make(_Field, (value[0], *record_version))
        else:
            uniform = False
            parsed[name] = _parse_field(value, default)
    return parsed, uniform


def _check_references(table: str, fields: dict[str, _Field]) -> None:
    """Every reference to another record is a record id (or empty); a file or source link
    names a record table this version knows."""
    for name, _parent in _foreign_keys(RECORD_BY_TABLE[table]):
        given = fields.get(name)
        if given is not None and given.value is not None:
            require_record_id(given.value)
    if table in (Attachment.__tablename__, SourceLink.__tablename__):
        on_table, on_id = fields.get("record_table"), fields.get("record_id")
        if on_table is not None:
            _require(on_table.value in RECORD_BY_TABLE)
        if on_id is not None:
            require_record_id(on_id.value)


@cache
def _known_fields(table: str) -> frozenset[str]:
    return frozenset(versioned_fields(RECORD_BY_TABLE[table]))


def parse_manifest(manifest: dict[str, Any]) -> tuple[list[_Incoming], list[dict[str, Any]], int]:
    """Records, tombstones and the sender's clock; BundleDamagedError if malformed."""
    try:
        records = manifest.get("records")
        tombstones = manifest.get("tombstones")
        clock = manifest.get("clock")
        _require(isinstance(records, list) and isinstance(tombstones, list))
        _require(type(clock) is int and clock >= 0)
        assert isinstance(records, list) and isinstance(tombstones, list)
        assert isinstance(clock, int)
        incoming = [_parse_record(raw) for raw in records]
        for raw in tombstones:
            _require(isinstance(raw, dict) and raw.get("t") in RECORD_BY_TABLE)
            require_record_id(raw.get("id"))
            _require(type(raw.get("clock")) is int and raw["clock"] >= 0)
            _require(is_device_id(raw.get("device")))
        return incoming, tombstones, clock
    except (AttributeError, TypeError, KeyError):
        raise BundleDamagedError(DAMAGED) from None


# -- planning ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sender:
    """Who the bundle is from, as this vault sees it."""

    device_id: str
    #: This vault's own device id, and the highest clock of its that ever left in a bundle:
    #: a vector claiming more of ours than that is forged.
    me: str
    highest_sent: int
    local_clock: int
    contributor: bool
    #: For a contributor: the records it created or was sent, the only ones it may change.
    own: frozenset[Key]

    def may_change(self, key: Key) -> bool:
        return not self.contributor or key in self.own


def _sender(session: Session, device_id: str) -> _Sender:
    me = session.execute(select(DeviceIdentity.device_id, DeviceIdentity.clock)).one()
    partner = session.get(Partner, device_id)
    contributor = partner is not None and partner.role == CONTRIBUTOR
    own: frozenset[Key] = frozenset()
    if contributor:
        own = frozenset(
            (str(table), str(rid))
            for table, rid in session.execute(
                select(PartnerRecord.record_table, PartnerRecord.record_id).where(
                    PartnerRecord.device_id == device_id
                )
            )
        )
    return _Sender(
        device_id, str(me.device_id), highest_sent_clock(session), int(me.clock), contributor, own
    )


def _credible(seen: Seen, sender: _Sender) -> Seen:
    """The vector with its claim on this vault's own changes cut to what this vault ever
    sent: a forged claim then cannot make a value look newer than an edit made here."""
    if seen.get(sender.me, 0) <= sender.highest_sent:
        return seen
    return {**seen, sender.me: sender.highest_sent}


def _label(table: str, record_id: str, values: dict[str, Any]) -> str:
    for name in _LABEL_FIELDS:
        value = values.get(name)
        if value:
            return str(value)[:80]
    return f"{table.rstrip('s').replace('_', ' ')} {record_id[:8]}"


def record_label(record: Record) -> str:
    """A short name for a record in previews: its name, title, article, place or id."""
    return _label(
        record.__tablename__,
        record.id,
        {name: getattr(record, name, None) for name in _LABEL_FIELDS},
    )


def _by_table(keys: Iterable[Key]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for table, record_id in keys:
        grouped[table].append(record_id)
    return grouped


def _load_records(session: Session, keys: Iterable[Key]) -> dict[Key, Record]:
    found: dict[Key, Record] = {}
    for table, ids in _by_table(keys).items():
        cls = RECORD_BY_TABLE[table]
        for start in range(0, len(ids), _BATCH):
            for record in session.scalars(
                select(cls).where(in_ids(cls.id, ids[start : start + _BATCH]))
            ):
                found[(table, record.id)] = record
    return found


def _load_tombstones(session: Session, keys: Iterable[Key]) -> set[Key]:
    found: set[Key] = set()
    for table, ids in _by_table(keys).items():
        for start in range(0, len(ids), _BATCH):
            rows = session.scalars(
                select(Tombstone.record_id).where(
                    Tombstone.record_table == table,
                    in_ids(Tombstone.record_id, ids[start : start + _BATCH]),
                )
            )
            found |= {(table, str(rid)) for rid in rows}
    return found


def _version_row(table: str, record_id: str, name: str, f: _Field, seen: Seen) -> dict[str, Any]:
    return {
        "record_table": table,
        "record_id": record_id,
        "field": name,
        "clock": f.clock,
        "device_id": f.device,
        "seen": seen,
    }


def _same(name: str, a: Any, b: Any) -> bool:
    # Two moves to the trash at different moments agree that the record is in the trash.
    return a == b or (name == "deleted_at" and a is not None and b is not None)


def _plan_create(plan: _Plan, item: _Incoming) -> None:
    cls = RECORD_BY_TABLE[item.table]
    if set(item.fields) != set(versioned_fields(cls)):
        plan.skipped.append(Skipped(item.table, item.record_id, "incomplete record"))
        return
    plan.creates.append(item)
    values = {name: f.value for name, f in item.fields.items()}
    plan.new.append(
        RecordChange(item.table, item.record_id, _label(item.table, item.record_id, values))
    )
    first = next(iter(item.fields.values()))
    if item.uniform:
        plan.uniform.append((item.table, item.record_id, first.clock, first.device, first.seen))
    else:
        for name, f in item.fields.items():
            plan.versions.append(_version_row(item.table, item.record_id, name, f, f.seen))
    for name, f in item.fields.items():
        if f.lost is not None and f.lost[0] != f.value:
            plan.open_conflicts[(item.table, item.record_id, name)] = (f.lost[0], f.value)


def _plan_update(
    plan: _Plan,
    item: _Incoming,
    record: Record,
    versions: dict[str, Version],
    open_here: set[tuple[str, str, str]],
    sender: _Sender,
) -> None:
    changed: list[str] = []
    may_change = sender.may_change((item.table, item.record_id))
    for name, incoming in item.fields.items():
        f = incoming._replace(seen=_credible(incoming.seen, sender))
        local = versions.get(name)
        local_seen: Seen = {} if local is None else dict(local.seen)
        local_dot = (0, "") if local is None else (local.clock, local.device_id)
        local_value = json_value(getattr(record, name))
        if dominates(local_seen, f.seen):
            continue
        key = (item.table, item.record_id, name)
        if not may_change:
            _plan_proposal(plan, item, name, f, local_seen, local_value)
            continue
        if dominates(f.seen, local_seen):
            if f.value != local_value:
                plan.sets.append((record, name, f.value))
                changed.append(name)
            plan.versions.append(_version_row(item.table, item.record_id, name, f, f.seen))
            if f.lost is not None and not _same(name, f.lost[0], f.value):
                # A conflict the sender has not settled: the same two values here.
                if local_value == f.value:
                    plan.open_conflicts[key] = (f.value, f.lost[0])
                else:
                    plan.open_conflicts[key] = (f.lost[0], f.value)
            elif key in open_here:
                plan.close_conflicts.add(key)
            continue
        # Concurrent: both sides changed this field since their last common version.
        incoming_wins = (f.clock, f.device) > local_dot
        seen = join(f.seen, local_seen)
        if incoming_wins:
            plan.versions.append(_version_row(item.table, item.record_id, name, f, seen))
            if f.value != local_value:
                plan.sets.append((record, name, f.value))
                changed.append(name)
        else:
            assert local is not None
            plan.versions.append(
                {
                    "record_table": item.table,
                    "record_id": item.record_id,
                    "field": name,
                    "clock": local.clock,
                    "device_id": local.device_id,
                    "seen": seen,
                }
            )
        if not _same(name, local_value, f.value):
            plan.open_conflicts[key] = (local_value, f.value)
    change = RecordChange(item.table, item.record_id, record_label(record))
    if "deleted_at" in changed:
        deleted = item.fields["deleted_at"].value is not None
        (plan.deleted if deleted else plan.restored).append(change)
    elif changed:
        plan.updated.append(change)


def _plan_proposal(
    plan: _Plan,
    item: _Incoming,
    name: str,
    f: _Field,
    local_seen: Seen,
    local_value: Any,
) -> None:
    """A contributor's change to a record that is not its own: this vault keeps its value,
    stamped again here (so it wins on the contributor's side too, and both converge), and a
    conflict lets a person here take the proposal instead."""
    plan.versions.append(
        {
            "record_table": item.table,
            "record_id": item.record_id,
            "field": name,
            "seen": join(f.seen, local_seen),
            _STAMP_HERE: True,
        }
    )
    if not _same(name, local_value, f.value):
        plan.open_conflicts[(item.table, item.record_id, name)] = (local_value, f.value)


def _plan_tombstones(
    session: Session, plan: _Plan, tombstones: list[dict[str, Any]], sender: _Sender
) -> None:
    """A purge of a record this vault holds becomes a request: the record waits in the trash
    until a person here accepts the purge (services/exchange/pending.py), and only then is it
    purged and passed on. A tombstone for a record not here is kept at once (nothing to
    lose), and the held rules apply to it (held.settle_held). A contributor may purge only
    its own records."""
    if sender.contributor:
        allowed = [t for t in tombstones if sender.may_change((str(t["t"]), str(t["id"])))]
        plan.skipped.extend(
            Skipped(str(t["t"]), str(t["id"]), NOT_OWN_PURGE)
            for t in tombstones
            if not sender.may_change((str(t["t"]), str(t["id"])))
        )
        tombstones = allowed
    keys = {(str(t["t"]), str(t["id"])) for t in tombstones}
    already = _load_tombstones(session, keys)
    records = _load_records(session, keys - already)
    seen_here: set[Key] = set()
    now = utcnow()
    for raw in tombstones:
        key = (str(raw["t"]), str(raw["id"]))
        if key in already or key in seen_here:
            continue
        seen_here.add(key)
        clock = int(raw["clock"])
        plan.max_clock = max(plan.max_clock, clock)
        row = {
            "record_table": key[0],
            "record_id": key[1],
            "clock": clock,
            "device_id": str(raw["device"]),
        }
        record = records.get(key)
        if record is None:
            plan.tombstones.append({**row, "purged_at": now})
            continue
        plan.pending.append({**row, "from_device": sender.device_id, "received_at": now})
        plan.purged.append(RecordChange(key[0], key[1], record_label(record)))


@cache
def _foreign_keys(cls: type[Record]) -> tuple[tuple[str, str], ...]:
    """(field, parent table) of each foreign key of a record class."""
    return tuple(
        (column.key, next(iter(column.foreign_keys)).column.table.name)
        for column in inspect(cls).columns
        if column.foreign_keys
    )


def _existing(session: Session, keys: Iterable[Key]) -> set[Key]:
    found: set[Key] = set()
    for table, ids in _by_table(keys).items():
        cls = RECORD_BY_TABLE[table]
        for start in range(0, len(ids), _BATCH):
            rows = session.scalars(
                select(cls.id).where(in_ids(cls.id, ids[start : start + _BATCH]))
            )
            found |= {(table, str(rid)) for rid in rows}
    return found


def _parents_of_new(item: _Incoming) -> list[Key]:
    parents = []
    for name, table in _foreign_keys(RECORD_BY_TABLE[item.table]):
        given = item.fields.get(name)
        if given is not None and given.value is not None:
            parents.append((table, str(given.value)))
    return parents


def _plan_revivals(plan: _Plan, revivable: dict[Key, _Incoming]) -> None:
    """Records purged here that the bundle brings as the parent of a record it creates or
    points at them: they come back, to be held in the trash (held.settle_held) while that
    record refers to them. The others stay purged."""
    wanted: set[Key] = {parent for item in plan.creates for parent in _parents_of_new(item)}
    for record, name, value in plan.sets:
        parent = dict(_foreign_keys(type(record))).get(name)
        if parent is not None and value is not None:
            wanted.add((parent, str(value)))
    revived: set[Key] = set()
    while True:
        newly = (wanted & revivable.keys()) - revived
        if not newly:
            break
        for key in sorted(newly):
            _plan_create(plan, revivable[key])
            wanted.update(_parents_of_new(revivable[key]))
        revived |= newly
    plan.skipped.extend(
        Skipped(table, rid, "purged here") for table, rid in sorted(revivable.keys() - revived)
    )


def _plan_parents(session: Session, plan: _Plan) -> None:
    """Drops new records whose parent is neither here nor created by the bundle."""
    creating = {(item.table, item.record_id) for item in plan.creates}
    wanted = {key for item in plan.creates for key in _parents_of_new(item)} - creating
    present = _existing(session, wanted) | creating
    dropped: set[Key] = set()
    while True:
        newly = {
            (item.table, item.record_id)
            for item in plan.creates
            if (item.table, item.record_id) not in dropped
            and any(parent not in present or parent in dropped for parent in _parents_of_new(item))
        }
        if not newly:
            break
        dropped |= newly
    if not dropped:
        return
    plan.creates = [i for i in plan.creates if (i.table, i.record_id) not in dropped]
    plan.new = [c for c in plan.new if (c.table, c.record_id) not in dropped]
    plan.versions = [v for v in plan.versions if (v["record_table"], v["record_id"]) not in dropped]
    plan.uniform = [u for u in plan.uniform if u[:2] not in dropped]
    plan.open_conflicts = {
        key: values for key, values in plan.open_conflicts.items() if key[:2] not in dropped
    }
    plan.skipped.extend(
        Skipped(table, rid, "refers to a record missing here") for table, rid in sorted(dropped)
    )


def _plan_files(
    session: Session,
    plan: _Plan,
    manifest: dict[str, Any],
    blobs: BlobReader,
    records: dict[Key, Record],
) -> None:
    files = manifest.get("files", [])
    _require(isinstance(files, list))
    # The hash each attachment will have once the plan is carried out.
    hashes: dict[str, str] = {}
    for item in plan.creates:
        if item.table == "attachments":
            hashes[item.record_id] = str(item.fields["sha256"].value)
    for (table, rid), record in records.items():
        if table != "attachments" or not isinstance(record, Attachment):
            continue
        has_chunks = session.scalar(
            select(AttachmentChunk.seq).where(AttachmentChunk.attachment_id == rid).limit(1)
        )
        if has_chunks is None:
            hashes[rid] = record.sha256
    for record, name, value in plan.sets:
        if isinstance(record, Attachment) and name == "sha256":
            hashes[record.id] = str(value)
    for raw in files:
        _require(isinstance(raw, dict))
        rid, offset, size = raw.get("id"), raw.get("offset"), raw.get("size")
        require_record_id(rid)
        _require(type(offset) is int and type(size) is int)
        assert isinstance(rid, str) and isinstance(offset, int) and isinstance(size, int)
        _require(offset >= 0 and size >= 0 and offset + size <= blobs.size)
        if rid not in hashes:
            continue
        digest = hashlib.sha256()
        for piece in blobs.read(offset, size):
            digest.update(piece)
        if digest.hexdigest() != hashes[rid]:
            raise BundleDamagedError(DAMAGED)
        plan.files.append((rid, offset, size))
    plan.blobs = blobs


def plan_import(session: Session, manifest: dict[str, Any], blobs: BlobReader) -> _Plan:
    """Works out what the bundle would change, without changing anything."""
    incoming, tombstones, clock = parse_manifest(manifest)
    _require(is_device_id(manifest.get("sender")))
    sender = _sender(session, str(manifest["sender"]))
    plan = _Plan(max_clock=clock, sender=sender.device_id)
    keys = [(item.table, item.record_id) for item in incoming]
    # Purged here, or purged by the sender (a record it holds travels with its tombstone).
    tombstoned = _load_tombstones(session, keys) | {(str(t["t"]), str(t["id"])) for t in tombstones}
    records = _load_records(session, keys)
    # Only records here have versions to weigh (a new record's are its own).
    versions = load_versions(session, records.keys())
    open_here = {
        (c.record_table, c.record_id, c.field)
        for c in session.scalars(select(Conflict).where(Conflict.resolved_at.is_(None)))
    }
    seen_here: set[Key] = set()
    revivable: dict[Key, _Incoming] = {}
    for item in incoming:
        key = (item.table, item.record_id)
        if key in seen_here:
            continue
        seen_here.add(key)
        for f in item.fields.values():
            plan.max_clock = max(plan.max_clock, f.clock, *f.seen.values(), 0)
        record = records.get(key)
        if record is None and key in tombstoned:
            revivable[key] = item  # purged here: back (held) only if something needs it
        elif record is None:
            _plan_create(plan, item)
        else:
            _plan_update(plan, item, record, versions.get(key, {}), open_here, sender)
    _plan_revivals(plan, revivable)
    _plan_parents(session, plan)
    _plan_tombstones(session, plan, tombstones, sender)
    _plan_files(session, plan, manifest, blobs, records)
    plan.shared = plan_shared(session, manifest)
    plan.max_clock = max(plan.max_clock, plan.shared.max_clock)
    # Before anything is written: a clock out of range would stay this vault's clock.
    require_clock_within(plan.max_clock, sender.local_clock)
    plan.new.extend(RecordChange(*change) for change in plan.shared.new)
    plan.updated.extend(RecordChange(*change) for change in plan.shared.updated)
    labels = {(c.table, c.record_id): c.label for c in plan.new}
    for r in records.values():
        labels[(r.__tablename__, r.id)] = record_label(r)
    plan.conflicts = [
        ConflictPreview(t, rid, labels.get((t, rid), rid[:8]), name, mine, theirs)
        for (t, rid, name), (mine, theirs) in sorted(plan.open_conflicts.items())
    ]
    return plan


def replanned(session: Session, plan: _Plan) -> _Plan | None:
    """A preview's plan for the import's write session: the records it changes loaded again
    there (the preview's were loaded, and left, in its read session), and the purge times
    taken now; None when one of those records is gone."""
    records = _load_records(session, {(r.__tablename__, r.id) for r, _name, _value in plan.sets})
    sets: list[tuple[Record, str, Any]] = []
    for record, name, value in plan.sets:
        here = records.get((record.__tablename__, record.id))
        if here is None:
            return None
        sets.append((here, name, value))
    now = utcnow()
    return replace(
        plan,
        sets=sets,
        tombstones=[{**row, "purged_at": now} for row in plan.tombstones],
        pending=[{**row, "received_at": now} for row in plan.pending],
    )


def preview_of(plan: _Plan, header: BundleHeader, sender_name: str, applied: bool) -> ImportPreview:
    return ImportPreview(
        bundle_id=header.bundle_id,
        sender_device_id=header.sender.device_id,
        sender_name=sender_name,
        created=header.created,
        already_applied=applied,
        new=tuple(plan.new),
        updated=tuple(plan.updated),
        deleted=tuple(plan.deleted),
        restored=tuple(plan.restored),
        purged=tuple(plan.purged),
        conflicts=tuple(plan.conflicts),
        skipped=tuple(plan.skipped),
        files=len(plan.files),
    )


# -- applying -----------------------------------------------------------------------------


def _write_chunks(session: Session, attachment_id: str, pieces: Iterable[bytes]) -> None:
    """Stores a file a chunk at a time, so no whole file is held in memory."""
    session.execute(delete(AttachmentChunk).where(AttachmentChunk.attachment_id == attachment_id))
    for seq, piece in enumerate(pieces):
        session.execute(
            insert(AttachmentChunk), [{"attachment_id": attachment_id, "seq": seq, "data": piece}]
        )


def _record_conflicts(
    session: Session, plan: _Plan, header: BundleHeader, actor: str, local_device: str
) -> None:
    now = utcnow()
    open_rows = {
        (c.record_table, c.record_id, c.field): c
        for c in session.scalars(select(Conflict).where(Conflict.resolved_at.is_(None)))
    }
    for key in plan.close_conflicts:
        row = open_rows.get(key)
        if row is not None:
            row.resolved_at = now
            row.resolution = "elsewhere"
    per_record: dict[Key, dict[str, Any]] = defaultdict(dict)
    for (table, rid, name), (mine, theirs) in plan.open_conflicts.items():
        row = open_rows.get((table, rid, name))
        if row is None:
            row = Conflict(record_table=table, record_id=rid, field=name, detected_at=now)
            session.add(row)
        row.mine, row.theirs = mine, theirs
        row.mine_device, row.theirs_device = local_device, header.sender.device_id
        row.bundle_id = header.bundle_id
        per_record[(table, rid)][name] = [mine, theirs]
    for (table, rid), changes in per_record.items():
        # Both values stay in the history, whichever is shown for now.
        session.add(
            AuditEntry(
                at=now,
                actor=actor,
                action=CONFLICT_ACTION,
                record_table=table,
                record_id=rid,
                changes=changes,
                reason=f"conflict with device {header.sender.device_id[:8]}: [this vault, other]",
            )
        )


def _insert_new(session: Session, creates: list[_Incoming]) -> None:
    """New records in bulk, with the audit entries and search-index rows the session hooks
    would write (bulk_records); one ORM object per record costs several times more."""
    by_model: dict[type[Record], list[_Incoming]] = defaultdict(list)
    for item in creates:
        by_model[RECORD_BY_TABLE[item.table]].append(item)
    actor = str(session.info.get("actor", ""))
    now = utcnow()
    # Parents first: a child row written before its parent leaves a deferred key pending, and
    # while one is pending SQLite checks every row added against its children.
    for model in sorted(by_model, key=RECORD_CLASSES.index):
        items = by_model[model]
        writes = [
            RecordWrite(
                item.record_id,
                {name: _from_json(item.table, name, f.value) for name, f in item.fields.items()},
            )
            for item in items
        ]
        created = {item.record_id: item.created for item in items}
        for start in range(0, len(writes), BULK_BATCH):
            batch = writes[start : start + BULK_BATCH]
            bulk_insert(
                session,
                table_of(model),
                [
                    {
                        **write.values,
                        "id": write.record_id,
                        "created_at": created[write.record_id],
                        "updated_at": now,
                        "updated_by": actor,
                        "version": 1,
                    }
                    for write in batch
                ],
            )
        # The history of a new record leaves the trash mark out, as the audit hook does.
        write_audit(session, model, writes, [])
        live = [write for write in writes if write.values.get("deleted_at") is None]
        write_search_index(session, model, live, [])


def _from_json(table: str, name: str, value: Any) -> Any:
    if value is None or name in plain_fields(RECORD_BY_TABLE[table]):
        return value
    return from_json_value(table, name, value)


def _update_existing(session: Session, sets: list[tuple[Record, str, Any]]) -> None:
    """Changed fields of records already here. Plain edits go in bulk (bulk_records: one scan
    of the search index for all of them, where the hook scans once per record); a move to or
    from the trash goes through the ORM, whose hooks record it as a delete or restore."""
    by_record: dict[Record, dict[str, Any]] = defaultdict(dict)
    for record, name, value in sets:
        by_record[record][name] = from_json_value(record.__tablename__, name, value)
    bulk: dict[type[Record], list[RecordWrite]] = defaultdict(list)
    for record, values in by_record.items():
        if "deleted_at" in values or record.deleted_at is not None:
            for name, value in values.items():
                setattr(record, name, value)
            continue
        old = {name: getattr(record, name) for name in values}
        bulk[type(record)].append(RecordWrite(record.id, values, old))
        # The loaded object must not write its stale values back at the next flush.
        session.expunge(record)
    for model, writes in bulk.items():
        write_records(session, model, [], writes)
        write_audit(session, model, [], writes)
        write_search_index(session, model, [], writes)


def _write_uniform_versions(
    session: Session, uniform: list[tuple[str, str, int, str, Seen]], seq: int
) -> None:
    """One record-wide version row (field_versions.RECORD_VERSION) per new record whose
    fields share one version, instead of one row per field."""
    rows = sorted(uniform)
    # seq (an int) and the field name are literals: not bound again in every row.
    statement = (
        "INSERT OR REPLACE INTO field_versions "
        "(record_table, record_id, field, clock, device_id, seen, seq) "
        f"VALUES (?, ?, '{RECORD_VERSION}', ?, ?, ?, {int(seq)})"
    )
    encoded: dict[int, str] = {}

    def seen_text(seen: Seen) -> str:
        # Records of one write share one vector object: encode it once.
        text_ = encoded.get(id(seen))
        if text_ is None:
            text_ = encoded[id(seen)] = json.dumps(seen)
        return text_

    connection = session.connection()
    for start in range(0, len(rows), 5000):
        connection.exec_driver_sql(
            statement,
            [
                (table, record_id, clock, device, seen_text(seen))
                for table, record_id, clock, device, seen in rows[start : start + 5000]
            ],
        )


def _stamped(row: dict[str, Any], clock: int, device: str) -> dict[str, Any]:
    """A version row as written: rows marked _STAMP_HERE become this import's own edit."""
    if not row.get(_STAMP_HERE):
        return {**row, "seq": clock}
    fields = {key: value for key, value in row.items() if key != _STAMP_HERE}
    seen = {**fields["seen"], device: clock}
    return {**fields, "clock": clock, "device_id": device, "seen": seen, "seq": clock}


def apply_plan(session: Session, plan: _Plan, header: BundleHeader, actor: str) -> None:
    """Carries the plan out in the caller's write session (one transaction)."""
    session.info[APPLYING] = True
    clock, device = tick(session, observed=plan.max_clock)
    # Records may arrive child first (a hearing before its case): check at commit.
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    _write_uniform_versions(session, plan.uniform, clock)
    _insert_new(session, plan.creates)
    _update_existing(session, plan.sets)
    session.flush()
    for attachment_id, offset, size in plan.files:
        assert plan.blobs is not None
        _write_chunks(session, attachment_id, plan.blobs.read(offset, size))
    write_field_versions(session, [_stamped(row, clock, device) for row in plan.versions])
    write_tombstones(
        session, [{**row, "seq": clock} for row in plan.tombstones], keep_versions=True
    )
    _record_conflicts(session, plan, header, actor, device)
    apply_shared(session, plan.shared, clock)
    _hold_for_review(session, plan.pending)
    settle_held(session, stamp=True)
    note_partner_records(session, plan.sender, [(i.table, i.record_id) for i in plan.creates])


def _hold_for_review(session: Session, pending: list[dict[str, Any]]) -> None:
    """Records a partner purged wait in the trash, moved there as a local edit (so the move
    travels on, the purge does not) until a person here accepts or refuses the purge."""
    if not pending:
        return
    session.execute(sqlite_insert(PendingPurge).on_conflict_do_nothing(), pending)
    session.flush()
    now = utcnow()
    for row in pending:
        record = session.get(RECORD_BY_TABLE[row["record_table"]], row["record_id"])
        if record is not None and record.deleted_at is None:
            record.deleted_at = now
            session.flush()
            stamp_fields(session, row["record_table"], row["record_id"], ["deleted_at"])


def mark_applied(
    session: Session,
    header: BundleHeader,
    preview: ImportPreview,
    audit: tuple[int, int] | None = None,
) -> None:
    """Notes the bundle as imported; `audit` (first, last) are the ids of the audit entries
    the import wrote, which is what undoing it takes back (services/exchange/import_undo.py)."""
    summary: dict[str, Any] = dict(preview.counts())
    if audit is not None:
        summary["audit"] = list(audit)
    session.add(
        AppliedBundle(
            bundle_id=header.bundle_id,
            sender_device_id=header.sender.device_id,
            created_at=header.created.replace(tzinfo=None),
            applied_at=utcnow(),
            summary=summary,
        )
    )
    partner = session.get(Partner, header.sender.device_id)
    if partner is not None:
        partner.last_received_at = utcnow()
