"""Bundle format 3: nothing readable outside, the recipient and the signature inside, chunks
that cannot be cut, reordered or extended, and reading bounded in memory."""

from __future__ import annotations

import base64
import tracemalloc
import zlib
from pathlib import Path

import pytest

from casefile.services.exchange import (
    bundle_common,
    bundle_format,
    bundle_legacy,
    bundle_stream,
    devices,
    service,
)
from casefile.services.exchange.bundle_format import PassphraseKey, pack_payload
from casefile.services.exchange.dump import full_dump
from casefile.services.exchange.errors import (
    BundleDamagedError,
    BundleError,
    BundlePassphraseError,
    BundleTooNewError,
    UntrustedDeviceError,
)
from casefile.vault.schema import Partner, Person
from casefile.vault.vault import Vault
from tests.services.exchange.bundle_helpers import (
    PERSON,
    add_person_with_file,
    passphrase_bundle,
    resealed,
    unsealed,
)
from tests.services.exchange.exchange_helpers import (
    BUNDLE_PASSPHRASE,
    FAST_BUNDLE_KDF,
    MakeVault,
    introduce,
)

SEALED = bundle_stream.SEALED_CHUNK


@pytest.fixture
def trio(make_vault: MakeVault) -> tuple[Vault, Vault, Vault]:
    laptop, office, third = make_vault("laptop"), make_vault("office"), make_vault("third")
    introduce(laptop, office, third)
    return laptop, office, third


def _refused(
    vault: Vault, source: bytes | Path, error: type[BundleError], passphrase: str | None
) -> BundleError:
    before = full_dump(vault)
    with pytest.raises(error) as raised:
        service.import_bundle(vault, source, passphrase)
    assert full_dump(vault) == before
    return raised.value


def _encodings(data: bytes) -> list[bytes]:
    return [data, data.hex().encode(), base64.b64encode(data), base64.urlsafe_b64encode(data)]


@pytest.mark.parametrize("mode", ["passphrase", "public-key"])
def test_the_outside_says_nothing_about_who_or_when(
    trio: tuple[Vault, Vault, Vault], mode: str
) -> None:
    laptop, office, _third = trio
    with laptop.write() as session:
        session.add(Person(full_name=PERSON))
    result = service.export_bundle(
        laptop,
        "office",
        passphrase=BUNDLE_PASSPHRASE if mode == "passphrase" else None,
        kdf=FAST_BUNDLE_KDF,
    )
    data = result.data
    assert data[:16] == bundle_format.MAGIC and data[16:18] == b"\x00\x04"
    secrets: list[bytes] = [result.bundle_id.encode(), result.bundle_id.replace("-", "").encode()]
    for vault in (laptop, office):
        me = devices.this_device(vault)
        card = devices.parse_card(me.card)
        secrets += [me.device_id.encode(), *_encodings(card.signing_public)]
        secrets += _encodings(card.agreement_public)
    for secret in secrets:
        assert secret not in data, secret
    for text in ("created", "recipient", "sender", "device", str(result.bundle_id)[:8]):
        assert text.encode() not in data
    outer = bundle_stream.outer_size(
        bundle_stream.MODE_PASSPHRASE if mode == "passphrase" else bundle_stream.MODE_PUBLIC_KEY,
        bundle_stream.VERSION,
    )
    assert outer == (71 if mode == "passphrase" else 149)
    # Everything after the outer header is whole AES-GCM chunks.
    assert (len(data) - outer) % SEALED == (len(data) - outer) or len(data) - outer > SEALED
    assert bundle_format.probe(data).mode == mode


def test_a_passphrase_bundle_made_for_one_vault_is_refused_by_another(
    trio: tuple[Vault, Vault, Vault],
) -> None:
    laptop, office, third = trio
    with laptop.write() as session:
        session.add(Person(full_name=PERSON))
    data = passphrase_bundle(laptop, "office")
    error = _refused(third, data, BundleError, BUNDLE_PASSPHRASE)
    assert type(error) is BundleError and error.exit_code == 8
    assert "another device" in str(error)
    with pytest.raises(BundleError, match="another device"):
        service.preview_bundle(third, data, BUNDLE_PASSPHRASE)
    assert [c.label for c in service.import_bundle(office, data, BUNDLE_PASSPHRASE).new] == [PERSON]


def test_a_legacy_bundle_made_for_another_vault_is_refused_too(
    trio: tuple[Vault, Vault, Vault],
) -> None:
    laptop, office, third = trio
    with laptop.read() as session:
        me = devices.identity(session)
        data = bundle_legacy.write_legacy_bundle(
            pack_payload({"sender": me.device_id, "clock": 1, "records": [], "tombstones": []}, []),
            version=2,
            sender=devices.own_sender(me),
            signing_key=me.signing_key,
            key=PassphraseKey(BUNDLE_PASSPHRASE, FAST_BUNDLE_KDF),
            recipient=devices.this_device(office).device_id,
        )
    _refused(third, data, BundleError, BUNDLE_PASSPHRASE)
    service.import_bundle(office, data, BUNDLE_PASSPHRASE)


def test_knowing_the_passphrase_is_not_enough_to_pose_as_the_sender(
    trio: tuple[Vault, Vault, Vault],
) -> None:
    laptop, office, third = trio
    with laptop.write() as session:
        session.add(Person(full_name=PERSON))
    fields, payload = unsealed(office, passphrase_bundle(laptop, "office"), BUNDLE_PASSPHRASE)
    # The third vault (a partner who knows the passphrase) re-encrypts the very same content,
    # claiming the laptop as its sender, but can only sign with its own key.
    forged = resealed(third, payload, fields, sign_as=laptop)
    _refused(office, forged, BundleDamagedError, BUNDLE_PASSPHRASE)
    # Signed by the laptop itself, the same content imports: the test can fail.
    genuine = resealed(laptop, payload, fields)
    assert [c.label for c in service.import_bundle(office, genuine, BUNDLE_PASSPHRASE).new]


def test_a_public_key_bundle_opens_only_with_the_recipients_own_key(
    trio: tuple[Vault, Vault, Vault],
) -> None:
    laptop, office, third = trio
    with laptop.write() as session:
        session.add(Person(full_name=PERSON))
    data = service.export_bundle(laptop, "office").data
    assert bundle_format.probe(data).mode == "public-key"
    error = _refused(third, data, BundlePassphraseError, None)
    assert "another vault" in str(error)
    assert service.import_bundle(office, data).new


@pytest.fixture
def chunked(trio: tuple[Vault, Vault, Vault]) -> tuple[Vault, Vault, bytes]:
    """A bundle of five chunks and a bit (a 300 KB attachment)."""
    laptop, office, _third = trio
    add_person_with_file(laptop, 300_000)
    data = passphrase_bundle(laptop, "office")
    assert (len(data) - 71) // SEALED == 4
    return laptop, office, data


def _chunk(data: bytes, index: int) -> slice:
    start = 71 + index * SEALED
    return slice(start, start + SEALED)


def test_chunks_cut_reordered_or_added_are_refused(chunked: tuple[Vault, Vault, bytes]) -> None:
    _laptop, office, data = chunked
    cut_at_boundary = data[: _chunk(data, 3).stop]
    swapped = bytearray(data)
    swapped[_chunk(data, 1)], swapped[_chunk(data, 2)] = (
        data[_chunk(data, 2)],
        data[_chunk(data, 1)],
    )
    repeated_chunk = (
        data[: _chunk(data, 2).stop] + data[_chunk(data, 1)] + data[_chunk(data, 2).stop :]
    )
    for damaged in (cut_at_boundary, bytes(swapped), repeated_chunk, data + data[_chunk(data, 0)]):
        _refused(office, damaged, BundleDamagedError, BUNDLE_PASSPHRASE)
    # The genuine bundle, from a file, imports with its attachment intact.
    preview = service.import_bundle(office, data, BUNDLE_PASSPHRASE)
    assert [c.label for c in preview.new if c.table == "persons"] == [PERSON]


def test_the_wrong_passphrase_and_damage_are_told_apart(
    chunked: tuple[Vault, Vault, bytes],
) -> None:
    _laptop, office, data = chunked
    _refused(office, data, BundlePassphraseError, "not the passphrase, but long enough")
    later = bytearray(data)
    later[_chunk(data, 2).start + 10] ^= 1
    _refused(office, bytes(later), BundleDamagedError, BUNDLE_PASSPHRASE)
    # A retyped passphrase with other spaces still opens it.
    spaced = "  " + BUNDLE_PASSPHRASE.replace(" ", "   ") + " "
    assert service.import_bundle(office, data, spaced).new


def test_a_file_swapped_between_the_passes_is_refused(
    chunked: tuple[Vault, Vault, bytes], tmp_path: Path
) -> None:
    _laptop, office, data = chunked
    path = tmp_path / "in.cfbundle"
    path.write_bytes(data)
    with office.read() as session:
        key = devices.identity(session).agreement_key
    opened = bundle_stream.verify_stream(path, passphrase=BUNDLE_PASSPHRASE, agreement_key=key)
    # Someone who knows the passphrase swaps the file for another one under the same key.
    fields, payload = unsealed(office, data, BUNDLE_PASSPHRASE)
    altered = bytearray(path.read_bytes())
    altered[_chunk(data, 3)] = bytes(SEALED)
    path.write_bytes(bytes(altered))
    with pytest.raises(BundleDamagedError):
        _manifest, blobs = opened.contents()
        for _piece in blobs.read(0, blobs.size):
            pass
    assert fields["recipient"] == devices.this_device(office).device_id and payload


def test_a_path_is_read_in_bounded_memory(trio: tuple[Vault, Vault, Vault], tmp_path: Path) -> None:
    laptop, office, _third = trio
    add_person_with_file(laptop, 12_000_000)
    path = tmp_path / "big.cfbundle"
    result = service.export_bundle(
        laptop,
        "office",
        passphrase=BUNDLE_PASSPHRASE,
        kdf=FAST_BUNDLE_KDF,
        deliver=path.write_bytes,
    )
    del result
    with office.read() as session:
        key = devices.identity(session).agreement_key
    tracemalloc.start()
    try:
        header, manifest, blobs = bundle_format.open_bundle(
            path, passphrase=BUNDLE_PASSPHRASE, agreement_key=key, check_sender=lambda h: None
        )
        total = sum(len(piece) for piece in blobs.read(0, blobs.size))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total == 12_000_000 and manifest["files"] and header.mode == "passphrase"
    # The caller's last piece, the parts of the next and the next: 3 MiB, not the 12 MB file.
    assert peak < 4 * 1024 * 1024, peak
    preview = service.import_bundle(office, path, BUNDLE_PASSPHRASE)
    assert [c.label for c in preview.new if c.table == "persons"] == [PERSON]


@pytest.mark.parametrize("claimed", [1000, 4 * 1024 * 1024, 2**40])
def test_a_manifest_that_inflates_past_the_limit_is_refused_in_bounded_memory(
    trio: tuple[Vault, Vault, Vault], monkeypatch: pytest.MonkeyPatch, claimed: int
) -> None:
    laptop, office, _third = trio
    monkeypatch.setattr(bundle_stream, "MAX_MANIFEST", 4 * 1024 * 1024)
    monkeypatch.setattr(bundle_common, "MAX_MANIFEST", 4 * 1024 * 1024)
    compressor = zlib.compressobj(level=9)
    bomb = b"".join(compressor.compress(bytes(1024 * 1024)) for _ in range(256))
    bomb += compressor.flush()  # 256 MiB of zeros in about 250 KB
    fields = {"recipient": devices.this_device(office).device_id, "manifest_size": claimed}
    payload = len(bomb).to_bytes(4, "big") + bomb
    data = resealed(laptop, payload, fields)  # signed by a trusted partner's own key
    assert len(data) < 400_000
    tracemalloc.start()
    try:
        _refused(office, data, BundleDamagedError, BUNDLE_PASSPHRASE)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 12 * 1024 * 1024, peak  # the 4 MiB limit, a chunk, zlib's window


def test_an_untrusted_sender_is_refused_before_the_manifest_is_inflated(
    trio: tuple[Vault, Vault, Vault], make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    _laptop, office, _third = trio
    stranger = make_vault("stranger")
    introduce(stranger)  # knows nobody, nobody knows it
    compressor = zlib.compressobj(level=9)
    bomb = compressor.compress(bytes(8 * 1024 * 1024)) + compressor.flush()
    fields = {"recipient": devices.this_device(office).device_id, "manifest_size": 10}
    data = resealed(stranger, len(bomb).to_bytes(4, "big") + bomb, fields)
    inflated: list[int] = []
    original = bundle_common.Inflater.feed
    monkeypatch.setattr(
        bundle_common.Inflater, "feed", lambda self, d: inflated.append(1) or original(self, d)
    )
    _refused(office, data, UntrustedDeviceError, BUNDLE_PASSPHRASE)
    assert inflated == []


def test_size_and_magic_are_checked_before_reading(tmp_path: Path) -> None:
    not_bundle = tmp_path / "notes.txt"
    not_bundle.write_bytes(b"hello" * 1000)
    with pytest.raises(BundleDamagedError):
        bundle_format.probe(not_bundle)
    newer = tmp_path / "newer.cfbundle"
    newer.write_bytes(bundle_format.MAGIC + b"\x00\x05" + bytes(200))
    with pytest.raises(BundleTooNewError):
        bundle_format.probe(newer)
    huge = tmp_path / "huge-old.cfbundle"
    with huge.open("wb") as handle:
        handle.write(bundle_format.MAGIC + b"\x00\x02")
        handle.truncate(bundle_format.MAX_LEGACY_FILE + 1)  # sparse: nothing to read
    with pytest.raises(BundleError, match="larger than 256 MiB"):
        bundle_format.probe(huge)
    with pytest.raises(BundleError, match="folder"):
        bundle_format.probe(tmp_path)


def test_a_legacy_zlib_bomb_is_capped(
    trio: tuple[Vault, Vault, Vault], monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, office, _third = trio
    monkeypatch.setattr(bundle_legacy, "MAX_LEGACY_PAYLOAD", 4 * 1024 * 1024)
    with laptop.read() as session:
        me = devices.identity(session)
        manifest = b'{"sender":"' + me.device_id.encode() + b'","pad":"' + b" " * (64 << 20)
        data = bundle_legacy.write_legacy_bundle(
            len(manifest).to_bytes(4, "big") + manifest + b'"}',
            version=1,
            sender=devices.own_sender(me),
            signing_key=me.signing_key,
            key=PassphraseKey(BUNDLE_PASSPHRASE, FAST_BUNDLE_KDF),
            recipient=None,
        )
    assert len(data) < 1_000_000
    tracemalloc.start()
    try:
        _refused(office, data, BundleDamagedError, BUNDLE_PASSPHRASE)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 24 * 1024 * 1024, peak


def test_a_failed_delivery_leaves_the_changes_for_the_next_bundle(
    trio: tuple[Vault, Vault, Vault],
) -> None:
    laptop, office, _third = trio
    with laptop.write() as session:
        session.add(Person(full_name=PERSON))

    def unplugged(data: bytes) -> None:
        raise OSError(5, "Input/output error")

    with pytest.raises(OSError):
        service.export_bundle(laptop, "office", deliver=unplugged)
    with laptop.read() as session:
        row = session.query(Partner).filter_by(name="office").one()
        assert row.last_sent_seq == 0 and row.last_sent_at is None
    delivered: list[bytes] = []
    result = service.export_bundle(laptop, "office", deliver=delivered.append)
    assert result.records == 1 and delivered == [result.data]
    with laptop.read() as session:
        assert session.query(Partner).filter_by(name="office").one().last_sent_seq > 0
    assert service.export_bundle(laptop, "office").records == 0
    assert [c.label for c in service.import_bundle(office, delivered[0]).new] == [PERSON]


def test_a_manifest_of_tiny_values_is_refused_before_it_is_parsed(
    trio: tuple[Vault, Vault, Vault],
) -> None:
    laptop, office, _third = trio
    sender = devices.this_device(laptop).device_id
    # 6 MB of valid JSON that would parse into 3 million empty lists (about 200 MB).
    manifest = b'{"sender":"' + sender.encode() + b'","records":[' + b"[]," * 3_000_000 + b"[]]}"
    compressed = zlib.compress(manifest, 9)
    fields = {"recipient": devices.this_device(office).device_id, "manifest_size": len(manifest)}
    data = resealed(laptop, len(compressed).to_bytes(4, "big") + compressed, fields)
    tracemalloc.start()
    try:
        _refused(office, data, BundleError, BUNDLE_PASSPHRASE)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 40 * 1024 * 1024, peak  # the manifest text, never its parsed objects


def test_a_sender_cannot_write_more_values_than_a_reader_takes(
    trio: tuple[Vault, Vault, Vault], monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, _office, _third = trio
    monkeypatch.setattr(bundle_stream, "MAX_MANIFEST_VALUES", 10)
    with laptop.write() as session:
        session.add(Person(full_name="One of many"))
    with pytest.raises(BundleError, match="several bundles"):
        passphrase_bundle(laptop, "office")
