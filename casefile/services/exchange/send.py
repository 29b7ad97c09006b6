"""One bundle for several partners, written as a stream: sealed once to every recipient's
key (bundle format 4), its files read from the vault a chunk at a time, so an `--all` bundle
with gigabytes of attachments never sits in memory."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from casefile.services.exchange import acks, bundle_stream, devices, scopes
from casefile.services.exchange.bundle_common import MANIFEST_LENGTH, RecipientKey
from casefile.services.exchange.changes import Collected, Selection, collect, file_pieces
from casefile.services.exchange.errors import BundleError
from casefile.services.exchange.ids import in_ids
from casefile.services.exchange.sent import note_sent
from casefile.vault.schema import Attachment, Partner, utcnow
from casefile.vault.vault import Vault


@dataclass(frozen=True)
class SentBundle:
    """A bundle written for some partners (not yet counted as delivered)."""

    bundle_id: str
    recipients: tuple[str, ...]
    clock: int
    since: int
    records: int
    purges: int
    files: int
    acks: dict[str, int]
    record_keys: tuple[tuple[str, str], ...]
    partial: bool


def _payload(
    session: Session, manifest_encoded: bytes, collected: Collected
) -> tuple[int, Iterator[bytes]]:
    compressed = bundle_stream.compress_manifest(manifest_encoded)
    files = collected.manifest["files"]
    size = MANIFEST_LENGTH.size + len(compressed) + sum(int(f["size"]) for f in files)
    wanted = [str(f["id"]) for f in files]
    hashes: dict[str, str] = {}
    for start in range(0, len(wanted), 5000):
        rows = session.execute(
            select(Attachment.id, Attachment.sha256).where(
                in_ids(Attachment.id, wanted[start : start + 5000])
            )
        )
        hashes.update({str(a): str(h) for a, h in rows})

    def pieces() -> Iterator[bytes]:
        yield MANIFEST_LENGTH.pack(len(compressed))
        yield compressed
        for entry in files:
            digest = hashlib.sha256()
            for piece in file_pieces(session, entry["id"]):
                digest.update(piece)
                yield piece
            if digest.hexdigest() != hashes.get(entry["id"]):
                raise BundleError(
                    "A file in this vault does not match its checksum; run the integrity "
                    "check. No bundle was made."
                )

    return size, pieces()


def write_to(
    vault: Vault,
    partners: Sequence[str],
    out: BinaryIO,
    *,
    selection: Selection | None = None,
    since: int | None = None,
    scope: Selection | None = None,
) -> SentBundle:
    """make_bundle, written to the stream `out`."""

    def deliver(pieces: Iterator[bytes]) -> None:
        for piece in pieces:
            out.write(piece)

    return make_bundle(vault, partners, deliver, selection=selection, since=since, scope=scope)


def make_bundle(
    vault: Vault,
    partners: Sequence[str],
    deliver: Callable[[Iterator[bytes]], None],
    *,
    selection: Selection | None = None,
    since: int | None = None,
    scope: Selection | None = None,
    purges: Sequence[tuple[str, str]] = (),
) -> SentBundle:
    """Makes one bundle for all `partners` (names or device ids), handing its bytes as they
    are made to `deliver` (write_atomic, say: a failure leaves nothing). Without a
    selection it holds what changed since `since` (by default, the lowest of the partners'
    high-water marks), and tells each partner what this vault received from it. With a
    scope (one partner only), only records in that scope go, and the bundle says which
    people and cases the partner holds ("scope_held")."""
    selection = selection or Selection()
    bundle_id = str(uuid.uuid4())
    with vault.read() as session:
        targets = [devices.find_partner(session, name) for name in partners]
        if not targets:
            raise BundleError("Choose at least one partner.")
        if scope is not None and len(targets) != 1:
            raise ValueError("a scoped bundle is for one partner")
        me = devices.identity(session)
        start = min(t.last_sent_seq for t in targets) if since is None else since
        collected = collect(
            session,
            sender=me.device_id,
            clock=me.clock,
            since=start,
            selection=selection,
            lazy_files=True,
            skip_device=targets[0].device_id if len(targets) == 1 else None,
            scope=scope,
            scope_partner=targets[0].device_id if scope is not None else None,
        )
        ids = tuple(sorted({t.device_id for t in targets}))
        told = acks.acks_for(session, ids)
        manifest: dict[str, Any] = dict(collected.manifest)
        if told:
            manifest[acks.ACKS_KEY] = told
        if purges:
            # Records that left the partner's scope: purges it holds in its trash until a
            # person there accepts them (never passed back: see changes.collect).
            listed = {(t["t"], t["id"]) for t in manifest["tombstones"]}
            manifest["tombstones"] = [
                *manifest["tombstones"],
                *(
                    {"t": t, "id": i, "clock": me.clock, "device": me.device_id}
                    for t, i in purges
                    if (t, i) not in listed
                ),
            ]
        if scope is not None:
            manifest[scopes.SCOPE_KEY] = {
                "people": list(scope.person_ids),
                "cases": list(scope.case_ids),
            }
        encoded = json.dumps(manifest, ensure_ascii=False, separators=(",", ":")).encode()
        del manifest
        size, payload = _payload(session, encoded, collected)
        deliver(
            bundle_stream.seal_pieces(
                payload,
                payload_size=size,
                manifest_size=len(encoded),
                sender=devices.own_sender(me),
                signing_key=me.signing_key,
                key=[RecipientKey(t.device_id, t.agreement_public) for t in targets],
                recipients=ids,
                bundle_id=bundle_id,
            )
        )
        keys = tuple((str(r["t"]), str(r["id"])) for r in collected.manifest["records"])
        return SentBundle(
            bundle_id,
            ids,
            me.clock,
            start,
            collected.records,
            collected.tombstones,
            collected.attachments,
            told,
            keys,
            selection.partial,
        )


def note_delivered(vault: Vault, sent: SentBundle) -> None:
    """Once the bundle is where it goes: each partner's mark moves on, what it holds of ours
    is remembered (sent.py), and the acknowledgements it carried count as told."""
    with vault.write("bundle sent") as session:
        for device_id in sent.recipients:
            note_sent(session, device_id, sent.clock, sent.record_keys)
            row = session.get(Partner, device_id)
            if row is not None and not sent.partial:
                row.last_sent_seq = max(row.last_sent_seq, sent.clock)
                row.last_sent_at = utcnow()
        acks.note_told(session, sent.acks)
