"""Bundle format 4: one bundle sealed to many partners, written and read as a stream in
bounded memory; formats 2 and 3 still import."""

from __future__ import annotations

import hashlib
import io
import json
import tracemalloc
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from casefile.services.exchange import bundle_legacy, bundle_stream, devices, send, service
from casefile.services.exchange.bundle_common import (
    MANIFEST_LENGTH,
    PassphraseKey,
    RecipientKey,
    pack_payload,
)
from casefile.services.exchange.changes import Selection, collect
from casefile.services.exchange.dump import full_dump
from casefile.services.exchange.errors import BundlePassphraseError
from casefile.vault.schema import Attachment, Person
from casefile.vault.vault import Vault
from tests.services.exchange.bundle_helpers import add_person_with_file
from tests.services.exchange.exchange_helpers import (
    BUNDLE_PASSPHRASE,
    FAST_BUNDLE_KDF,
    MakeVault,
    introduce,
)

MIB = 1024 * 1024


def _names(vault: Vault) -> set[str]:
    with vault.read() as session:
        return {p.full_name for p in session.query(Person)}


def test_one_bundle_opens_for_each_recipient_and_no_one_else(make_vault: MakeVault) -> None:
    office, first, second, third = (make_vault(n) for n in ("office", "m1", "m2", "m3"))
    introduce(office, first, second, third)
    with office.write() as session:
        session.add(Person(full_name="Nurlan For Two"))
    out = io.BytesIO()
    sent = send.write_to(office, ["m1", "m2"], out)
    data = out.getvalue()
    assert data[16:19] == b"\x00\x04\x02"
    assert data[19 + 48 : 19 + 50] == b"\x00\x02"  # two wrapped keys, nothing says whose
    for vault in (first, second, third):
        assert devices.this_device(vault).device_id.encode() not in data
    assert set(sent.recipients) == {devices.this_device(v).device_id for v in (first, second)}
    for vault in (first, second):
        preview = service.import_bundle(vault, data)
        assert [c.label for c in preview.new] == ["Nurlan For Two"]
        assert "Nurlan For Two" in _names(vault)
    # The outer header alone tells a folder sync which files are its own.
    for vault, expected in ((first, True), (second, True), (third, False)):
        with vault.read() as session:
            key = devices.identity(session).agreement_key
        assert bundle_stream.opens_with(data, key) is expected
    before = full_dump(third)
    with pytest.raises(BundlePassphraseError, match="another vault"):
        service.import_bundle(third, data)
    assert full_dump(third) == before


def test_a_recipient_list_is_signed_inside(make_vault: MakeVault) -> None:
    """A bundle sealed to m1 only but whose wrapped key is copied: still not m2's."""
    office, first, second = (make_vault(n) for n in ("office", "m1", "m2"))
    introduce(office, first, second)
    out = io.BytesIO()
    send.write_to(office, ["m1"], out)
    with pytest.raises(BundlePassphraseError):
        service.import_bundle(second, out.getvalue())


def test_format_2_and_3_bundles_still_import(make_vault: MakeVault) -> None:
    office, laptop = make_vault("office"), make_vault("laptop")
    introduce(office, laptop)
    with laptop.write() as session:
        session.add(Person(full_name="Old Format Two"))
    with laptop.read() as session:
        me = devices.identity(session)
        collected = collect(
            session, sender=me.device_id, clock=me.clock, since=0, selection=Selection()
        )
        target = devices.this_device(office)
        two = bundle_legacy.write_legacy_bundle(
            pack_payload(collected.manifest, collected.blobs),
            version=2,
            sender=devices.own_sender(me),
            signing_key=me.signing_key,
            key=PassphraseKey(BUNDLE_PASSPHRASE, FAST_BUNDLE_KDF),
            recipient=target.device_id,
        )
        encoded = json.dumps(collected.manifest).encode()
        compressed = zlib.compress(encoded)
        three = bundle_stream.seal(
            [MANIFEST_LENGTH.pack(len(compressed)), compressed],
            manifest_size=len(encoded),
            sender=devices.own_sender(me),
            signing_key=me.signing_key,
            key=RecipientKey(target.device_id, devices.parse_card(target.card).agreement_public),
            recipient=target.device_id,
        )
    assert two[16:18] == b"\x00\x02" and three[16:18] == b"\x00\x03"
    assert [c.label for c in service.import_bundle(office, three).new] == ["Old Format Two"]
    again = service.import_bundle(office, two, BUNDLE_PASSPHRASE)
    assert not again.already_applied and again.new == ()
    assert "Old Format Two" in _names(office)


def _pattern(size: int) -> Iterator[bytes]:
    block = hashlib.shake_256(b"stream").digest(MIB)
    for start in range(0, size, MIB):
        yield block[: min(MIB, size - start)]


def test_a_bundle_larger_than_the_memory_limit_round_trips(tmp_path: Path) -> None:
    """48 MiB of attachment area sealed and read back while Python never holds 8 MiB."""
    size, limit = 48 * MIB, 8 * MIB
    signing = Ed25519PrivateKey.generate()
    agreement = X25519PrivateKey.generate()
    raw = bundle_stream.RAW, bundle_stream.PUBLIC_RAW
    signing_public = signing.public_key().public_bytes(*raw)
    agreement_public = agreement.public_key().public_bytes(*raw)
    sender = bundle_stream.Sender(
        bundle_stream.device_id_of(signing_public), signing_public, agreement_public
    )
    manifest = json.dumps({"files": [{"id": "f", "offset": 0, "size": size}]}).encode()
    compressed = zlib.compress(manifest)
    path = tmp_path / "large.cfbundle"
    tracemalloc.start()
    try:
        with path.open("wb") as out:
            bundle_stream.seal_stream(
                out,
                [MANIFEST_LENGTH.pack(len(compressed)), compressed, *_pattern(size)],
                payload_size=MANIFEST_LENGTH.size + len(compressed) + size,
                manifest_size=len(manifest),
                sender=sender,
                signing_key=signing.private_bytes_raw(),
                key=RecipientKey(sender.device_id, agreement_public),
                recipients=[sender.device_id],
            )
        _current, written_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        opened = bundle_stream.verify_stream(
            path, passphrase=None, agreement_key=agreement.private_bytes_raw()
        )
        read_manifest, blobs = opened.contents()
        digest = hashlib.sha256()
        for piece in blobs.read(0, size):
            digest.update(piece)
        _current, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert path.stat().st_size > size > 5 * limit
    assert written_peak < limit and read_peak < limit, (written_peak, read_peak)
    expected = hashlib.sha256()
    for piece in _pattern(size):
        expected.update(piece)
    assert digest.digest() == expected.digest()
    assert read_manifest["files"][0]["size"] == size
    # Cut at a chunk boundary, or one byte short: refused.
    data = path.read_bytes()
    outer = bundle_stream.outer_size(bundle_stream.MODE_PUBLIC_KEY, bundle_stream.VERSION)
    for cut in (data[: outer + bundle_stream.SEALED_CHUNK * 3], data[:-1]):
        with pytest.raises(Exception, match="altered"):
            bundle_stream.verify_stream(
                cut, passphrase=None, agreement_key=agreement.private_bytes_raw()
            )


def test_an_everything_bundle_with_files_streams_from_the_vault(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    office, laptop = make_vault("office"), make_vault("laptop")
    introduce(office, laptop)
    size = 12 * MIB
    add_person_with_file(laptop, size)
    path = tmp_path / "all.cfbundle"
    tracemalloc.start()
    try:
        with path.open("wb") as out:
            sent = send.write_to(laptop, ["office"], out, selection=Selection(True))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sent.files == 1 and path.stat().st_size > size
    assert peak < 6 * MIB, peak
    send.note_delivered(laptop, sent)
    service.import_bundle(office, path)
    with office.read() as session, laptop.read() as theirs:
        mine = session.query(Attachment).one()
        assert mine.sha256 == theirs.query(Attachment).one().sha256
