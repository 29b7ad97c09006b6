"""The exchange use cases: send changes, preview and receive a bundle, settle conflicts."""

from __future__ import annotations

import gc
import hashlib
import hmac
import secrets
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import exc, func, select
from sqlalchemy.orm import Session

from casefile.errors import RecordNotFoundError, ValidationError
from casefile.services.exchange import acks, bundle_format, devices, safeguards, scopes
from casefile.services.exchange.blobs import BlobReader
from casefile.services.exchange.bundle_format import (
    DAMAGED,
    BundleHeader,
    BundleKdf,
    BundleSource,
    PassphraseKey,
    RecipientKey,
    open_bundle,
    pack_payload,
    write_bundle,
)
from casefile.services.exchange.bundle_stream import StreamBlobs
from casefile.services.exchange.changes import Selection, collect
from casefile.services.exchange.errors import (
    BundleDamagedError,
    BundleError,
    ConflictNotFoundError,
    UntrustedDeviceError,
)
from casefile.services.exchange.merge import (
    CheckedPlan,
    ImportPreview,
    apply_plan,
    mark_applied,
    plan_import,
    preview_of,
    record_label,
    replanned,
)
from casefile.services.exchange.sent import note_sent
from casefile.services.records.history import from_json_value
from casefile.vault.field_versions import stamp_fields
from casefile.vault.schema import (
    RECORD_BY_TABLE,
    AppliedBundle,
    AuditEntry,
    Conflict,
    Partner,
    utcnow,
)
from casefile.vault.vault import Vault

type Resolution = Literal["mine", "theirs", "edit"]


@dataclass(frozen=True)
class ExportResult:
    data: bytes
    bundle_id: str
    partner: str
    records: int
    purges: int
    files: int


@dataclass(frozen=True)
class ConflictInfo:
    id: int
    table: str
    record_id: str
    label: str
    field: str
    mine: Any
    theirs: Any
    other_device: str
    detected_at: datetime


def export_bundle(
    vault: Vault,
    partner: str,
    *,
    passphrase: str | None = None,
    kdf: BundleKdf | None = None,
    selection: Selection | None = None,
    deliver: Callable[[bytes], None] | None = None,
) -> ExportResult:
    """A bundle for a partner. With a passphrase it is encrypted under it; without one, to
    the partner's public key. Without a selection it holds what changed since the last
    bundle to that partner, whose high-water mark then moves on (also with everything).

    `deliver` writes the bundle where it goes (write_atomic: written, synced, renamed); the
    mark moves only after it returns, so a failed write leaves the changes for the next
    bundle. Without it the bytes returned count as delivered (tests, in-memory callers)."""
    selection = selection or Selection()
    bundle_id = str(uuid.uuid4())
    with vault.read() as session:
        target = devices.find_partner(session, partner)
        me = devices.identity(session)
        collected = collect(
            session,
            sender=me.device_id,
            clock=me.clock,
            since=target.last_sent_seq,
            selection=selection,
        )
        clock = me.clock
        key: PassphraseKey | RecipientKey = (
            PassphraseKey(passphrase, kdf or bundle_format.DEFAULT_KDF)
            if passphrase
            else RecipientKey(target.device_id, target.agreement_public)
        )
        data = write_bundle(
            pack_payload(collected.manifest, collected.blobs),
            sender=devices.own_sender(me),
            signing_key=me.signing_key,
            key=key,
            recipient=target.device_id,
            bundle_id=bundle_id,
        )
        target_id, target_name = target.device_id, target.name
    if deliver is not None:
        deliver(data)
    with vault.write("bundle sent") as session:
        # What left: bounds the vectors partners may claim of ours, and what a contributor
        # may change (sent.py).
        note_sent(session, target_id, clock, _record_keys(collected.manifest))
        if not selection.partial:
            row = session.get(Partner, target_id)
            assert row is not None
            row.last_sent_seq = max(row.last_sent_seq, clock)
            row.last_sent_at = utcnow()
    return ExportResult(
        data, bundle_id, target_name, collected.records, collected.tombstones, collected.attachments
    )


def _record_keys(manifest: dict[str, Any]) -> list[tuple[str, str]]:
    return [(str(record["t"]), str(record["id"])) for record in manifest["records"]]


def _sender_check(session: Session) -> Callable[[BundleHeader], None]:
    me = devices.identity(session)

    def check(header: BundleHeader) -> None:
        sender = header.sender
        if sender.device_id == me.device_id:
            raise BundleError(
                "This bundle was made by this vault itself; there is nothing to import."
            )
        partner = session.get(Partner, sender.device_id)
        known = partner is not None and partner.signing_public == sender.signing_public
        if not known or partner is None or not partner.trusted:
            print_ = devices.fingerprint(sender.signing_public, sender.agreement_public)
            raise UntrustedDeviceError(
                "This bundle was signed by a device this vault does not trust "
                "(fingerprint %1). Compare the fingerprint with the sender, by phone "
                "for example, and add the device as trusted before importing. Nothing was "
                "imported.",
                print_,
            )
        # A passphrase opens a bundle anywhere; the recipient inside says where it belongs.
        if not header.addressed_to(me.device_id):
            raise BundleError(
                "This bundle was made for another device (%1), not this "
                "vault. Nothing was imported; ask the sender for a bundle made for this vault.",
                (header.recipient or ",".join(header.recipients))[:8],
            )

    return check


def _open(
    session: Session, source: BundleSource, passphrase: str | None
) -> tuple[BundleHeader, dict[str, Any], BlobReader]:
    """Opens a bundle (bytes, or a Path read a chunk at a time): the signature and the
    sender's trust are checked before the manifest is even inflated."""
    me = devices.identity(session)
    header, manifest, blobs = open_bundle(
        source,
        passphrase=passphrase,
        agreement_key=me.agreement_key,
        check_sender=_sender_check(session),
    )
    if manifest.get("sender") != header.sender.device_id:
        raise BundleDamagedError(DAMAGED)
    return header, manifest, blobs


def _partner_name(session: Session, device_id: str) -> str:
    row = session.get(Partner, device_id)
    return row.name if row is not None else device_id[:8]


def preview_bundle(
    vault: Vault, source: BundleSource, passphrase: str | None = None
) -> ImportPreview:
    """Verifies and decrypts a bundle and says what importing it would do; changes nothing.
    `source` is the bundle's bytes or its Path (a Path is never read whole).

    The preview keeps its plan (ImportPreview.checked) for import_bundle, which carries it out
    instead of opening and planning the bundle again while nothing was written to the vault
    and the bundle is the same (import_bundle says how that is known). Kept for streamed
    bundles (formats 3 and 4) only: older ones hold their attachments in memory."""
    # Before the read: a write committed during it moves the count on, so the import plans
    # again rather than carry out a plan made on an older snapshot.
    generation = vault.generation
    # The collector paused as for the import (_collector_paused): parsing and planning make as
    # many live objects, none in cycles.
    with _collector_paused(), vault.read() as session:
        header, manifest, blobs = _open(session, source, passphrase)
        name = _partner_name(session, header.sender.device_id)
        if session.get(AppliedBundle, header.bundle_id) is not None:
            return ImportPreview(
                header.bundle_id, header.sender.device_id, name, header.created, True
            )
        plan = plan_import(session, manifest, blobs)
        preview = preview_of(plan, header, name, False)
        if not isinstance(blobs, StreamBlobs):
            return preview
        checked = CheckedPlan(
            generation,
            _last_audit_entry(session),
            blobs.bundle_digest,
            _passphrase_digest(passphrase),
            header,
            name,
            _bookkeeping(manifest),
            plan,
        )
        return replace(preview, checked=checked)


def _bookkeeping(manifest: dict[str, Any]) -> dict[str, Any]:
    """The manifest as the import's bookkeeping after the merge reads it (acks.note_received,
    scopes.note_held_scope): its records and tombstones, which the plan holds, cut to the first
    (whether it carries changes), and no files: the rest need not stay in memory meanwhile."""
    kept = {key: value for key, value in manifest.items() if key not in _PLANNED}
    for key in ("records", "tombstones"):
        kept[key] = manifest[key][:1]
    return kept


#: What the plan holds of a manifest.
_PLANNED = frozenset({"records", "tombstones", "files"})


#: The key of the passphrase digests a kept plan holds: a digest of a passphrase alone could
#: be tried against guesses, one under a key that never leaves this process tells only
#: whether the import was given the same passphrase.
_PASSPHRASE_KEY = secrets.token_bytes(32)


def _passphrase_digest(passphrase: str | None) -> bytes:
    given = b"\x00" if passphrase is None else b"\x01" + passphrase.encode("utf-8", "surrogatepass")
    return hmac.digest(_PASSPHRASE_KEY, given, "sha256")


def _bundle_digest(source: BundleSource) -> bytes:
    """SHA-256 of the bundle as it is now; a Path is read a piece at a time."""
    if isinstance(source, Path):
        try:
            with source.open("rb") as stream:
                return hashlib.file_digest(stream, "sha256").digest()
        except OSError:
            return b""  # gone, or a folder now: opened again, which says what is wrong
    return hashlib.sha256(source).digest()


def _still_holds(
    vault: Vault,
    session: Session,
    source: BundleSource,
    passphrase: str | None,
    checked: CheckedPlan,
) -> bool:
    """Whether a preview's plan may be carried out in this write session: nothing was written
    to the vault since its read (the write count, and the newest audit entry for a write that
    committed but had not yet counted), and the bundle is byte for byte the one it verified,
    opened with the same passphrase. Its attachments are read again at the import, each chunk
    checked against the one the preview's signature check read (bundle_stream._Chunks)."""
    # The audit entry first: its read begins the write transaction, after which no other
    # write can commit.
    return (
        checked.last_audit == _last_audit_entry(session)
        and checked.generation == vault.generation
        and hmac.compare_digest(checked.passphrase, _passphrase_digest(passphrase))
        and hmac.compare_digest(checked.bundle, _bundle_digest(source))
    )


def _pre_import_backup(vault: Vault) -> None:
    safeguards.backup_before_import(vault, force=True)


def import_bundle(
    vault: Vault,
    source: BundleSource,
    passphrase: str | None = None,
    *,
    accept_mass_changes: bool = False,
    backup_due: Callable[[Vault], bool] = safeguards.pre_import_backup_due,
    backup: Callable[[Vault], None] = _pre_import_backup,
    checked: ImportPreview | None = None,
) -> ImportPreview:
    """Verifies, decrypts and merges a bundle in one transaction, after a backup of the vault
    when one is due (`backup_due`) and the bundle changes something, and always before a mass
    change a person accepted (`backup` makes it).
    A bundle already imported changes nothing (its preview says so). One that would delete,
    purge or overwrite many records raises MassChangeError unless accept_mass_changes.

    Whether a backup is wanted is known only from the plan, made in the write transaction;
    the copy takes minutes at 100,000 people, and made there it kept every other write
    waiting. So that transaction is then given up before anything is written, the copy is
    made outside it (a snapshot of the committed vault, while other writes go on), and the
    bundle is planned again in a new one: whatever was written meanwhile is planned against.

    `checked` is this bundle's preview (preview_bundle): its plan is carried out instead of
    opening and planning the bundle again when it still holds (_still_holds); otherwise the
    bundle is opened and planned as without it.
    """
    kept = None if checked is None else checked.checked
    backed_up = False
    with _collector_paused():
        while True:
            try:
                return _import(
                    vault,
                    source,
                    passphrase,
                    accept_mass_changes=accept_mass_changes,
                    backup_due=None if backed_up else backup_due,
                    checked=kept,
                )
            except _BackupFirstError:
                backup(vault)
                backed_up = True


class _BackupFirstError(Exception):
    """Leaves the import's write transaction unwritten, for a backup to be made first."""


def _import(
    vault: Vault,
    source: BundleSource,
    passphrase: str | None,
    *,
    accept_mass_changes: bool,
    backup_due: Callable[[Vault], bool] | None,
    checked: CheckedPlan | None,
) -> ImportPreview:
    """The import in one write transaction; raises _BackupFirstError, having written nothing, when
    a backup is wanted first (backup_due is None once it was made)."""
    try:
        with vault.write("bundle import") as session:
            plan = None
            if checked is not None and _still_holds(vault, session, source, passphrase, checked):
                header, manifest, name = checked.header, checked.manifest, checked.sender_name
                plan = replanned(session, checked.plan)
            if plan is None:
                header, manifest, blobs = _open(session, source, passphrase)
                name = _partner_name(session, header.sender.device_id)
            session.info["reason"] = f"bundle import from {name}"
            if session.get(AppliedBundle, header.bundle_id) is not None:
                return ImportPreview(
                    header.bundle_id, header.sender.device_id, name, header.created, True
                )
            if plan is None:
                plan = plan_import(session, manifest, blobs)
            preview = preview_of(plan, header, name, False)
            mass = safeguards.check_mass_changes(session, preview, accept=accept_mass_changes)
            if backup_due is not None and (
                mass or (any(preview.counts().values()) and backup_due(vault))
            ):
                raise _BackupFirstError
            # Its pages are copied from the write-ahead log into the vault's file later, not in the
            # commit the user waits for (bench/README.md); they are as durable in the log.
            vault.checkpoint_later(session)
            # One writer at a time: the entries between these ids are this import's own.
            first = _last_audit_entry(session)
            apply_plan(session, plan, header, vault.actor)
            session.flush()
            last = _last_audit_entry(session)
            mark_applied(session, header, preview, (first + 1, last) if last > first else None)
            acks.note_received(session, devices.identity(session).device_id, manifest)
            scopes.note_held_scope(session, manifest)
            return preview
    except exc.IntegrityError:
        raise BundleError(
            "The bundle refers to records that are not in this vault, so nothing was imported. "
            "Ask the sender for a bundle with everything."
        ) from None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a bundle is merged: the parsed manifest's many live
    objects (none in cycles) made it run full passes, a fifth of an import's time."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _last_audit_entry(session: Session) -> int:
    return int(session.scalar(select(func.max(AuditEntry.id))) or 0)


# -- conflicts ------------------------------------------------------------------------------


def _conflict_info(session: Session, row: Conflict) -> ConflictInfo:
    cls = RECORD_BY_TABLE.get(row.record_table)
    record = None if cls is None else session.get(cls, row.record_id)
    return ConflictInfo(
        id=row.id,
        table=row.record_table,
        record_id=row.record_id,
        label=row.record_id[:8] if record is None else record_label(record),
        field=row.field,
        mine=row.mine,
        theirs=row.theirs,
        other_device=row.theirs_device,
        detected_at=row.detected_at,
    )


def open_conflicts(vault: Vault) -> list[ConflictInfo]:
    with vault.read() as session:
        rows = session.scalars(
            select(Conflict).where(Conflict.resolved_at.is_(None)).order_by(Conflict.id)
        )
        return [_conflict_info(session, row) for row in rows]


def resolve_conflict(vault: Vault, conflict_id: int, choice: Resolution, value: Any = None) -> None:
    """Settles a conflict: keep this vault's value, the other's, or an edited one (in the
    stored JSON form). The result is a new local version that wins on every side."""
    with vault.write(f"conflict resolved: {choice}") as session:
        row = session.get(Conflict, conflict_id)
        if row is None or row.resolved_at is not None:
            raise ConflictNotFoundError("There is no open conflict number %1.", conflict_id)
        cls = RECORD_BY_TABLE.get(row.record_table)
        record = None if cls is None else session.get(cls, row.record_id)
        if record is None:
            raise RecordNotFoundError("The record of this conflict no longer exists.")
        chosen = {"mine": row.mine, "theirs": row.theirs}.get(choice, value)
        if choice not in ("mine", "theirs", "edit"):
            raise ValidationError("Choose mine, theirs or edit.")
        try:
            setattr(record, row.field, from_json_value(row.record_table, row.field, chosen))
        except (TypeError, ValueError) as error:
            raise ValidationError(
                "This value does not fit the field: %1", str(error), field=row.field
            ) from None
        stamp_fields(session, row.record_table, row.record_id, [row.field])
        row.resolved_at = utcnow()
        row.resolution = choice
