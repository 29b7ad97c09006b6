"""Bundle format 3 (docs/bundle-format.md, "The file"): nothing readable before decryption,
the payload encrypted in chunks, the signature inside.

    outer header: MAGIC (16) | version 3 (u16) | key mode (u8) | key fields | MAC (32)
    then chunks of 64 KiB of plaintext, each AES-256-GCM with the nonce
    counter (11 bytes, big-endian) | last-chunk flag (1 byte), as in age's STREAM.

The plaintext is: inner header length (u32) | inner header (JSON) | Ed25519 signature (64) |
payload (compressed-manifest length (u32) | zlib(manifest) | attachment bytes). The signature
covers the outer header, the inner header and SHA-256 of the payload.

Reading never holds more than one chunk, the inner header, and the manifest (capped): a first
pass decrypts, hashes and checks the signature; only then, and after the caller has checked the
sender, does a second pass inflate the manifest and give random access to the attachments.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import struct
import unicodedata
import uuid
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from casefile.services.exchange.blobs import PIECE
from casefile.services.exchange.bundle_common import (
    DAMAGED,
    MAGIC,
    MANIFEST_COMPRESSION,
    MANIFEST_LENGTH,
    MAX_MANIFEST,
    MAX_MANIFEST_VALUES,
    NEEDS_PASSPHRASE_MESSAGE,
    OTHER_VAULT_MESSAGE,
    PUBLIC_RAW,
    RAW,
    SIGNATURE_SIZE,
    WRONG_PASSPHRASE_MESSAGE,
    BundleHeader,
    BundleKdf,
    BundleSource,
    Inflater,
    KeyMode,
    PassphraseKey,
    RecipientKey,
    Sender,
    b64,
    check_kdf,
    device_id_of,
    hkdf,
    manifest_values,
    open_source,
    parse_manifest,
    read_exactly,
    scrypt,
    unb64,
)
from casefile.services.exchange.errors import (
    BundleDamagedError,
    BundleError,
    BundlePassphraseError,
)

VERSION = 3
#: Plaintext per chunk; each chunk on disk is 16 bytes longer (the GCM tag).
CHUNK = 64 * 1024
TAG = 16
SEALED_CHUNK = CHUNK + TAG
MODE_PASSPHRASE = 1
MODE_PUBLIC_KEY = 2
KDF_SCRYPT = 1
SALT = 16
MAC = 32
#: magic | version | mode
_START = struct.Struct(">16sHB")
#: kdf | log2_n | r | p | salt
_SCRYPT_FIELDS = struct.Struct(">BBBB16s")
#: ephemeral X25519 public key | salt
_X25519_FIELDS = struct.Struct(">32s16s")
_INNER_LENGTH = struct.Struct(">I")
MAX_INNER_HEADER = 64 * 1024
_FILE_KEY_INFO = b"casefile bundle v3 public-key"
_MAC_INFO = b"casefile bundle v3 header"
_PAYLOAD_INFO = b"casefile bundle v3 payload"
_SIGNATURE_CONTEXT = b"casefile bundle v3 signature\n"
_DIGEST = 16  # per-chunk BLAKE2b of the sealed bytes, to notice a file changed between passes


def normalise_passphrase(passphrase: str) -> str:
    """NFC, single spaces, no spaces at the ends: a passphrase read from paper and retyped
    opens the bundle even if the spaces or the keyboard's Unicode form differ."""
    return " ".join(unicodedata.normalize("NFC", passphrase).split())


def outer_size(mode: int) -> int:
    fields = _SCRYPT_FIELDS.size if mode == MODE_PASSPHRASE else _X25519_FIELDS.size
    return _START.size + fields + MAC


def _nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _signed_message(outer: bytes, inner: bytes, payload_hash: bytes) -> bytes:
    return b"".join(
        [_SIGNATURE_CONTEXT, outer, _INNER_LENGTH.pack(len(inner)), inner, payload_hash]
    )


# -- writing -------------------------------------------------------------------------------


def _pieces(parts: list[memoryview], size: int) -> Iterator[bytes]:
    """The concatenation of parts in pieces of `size` bytes (the last may be shorter)."""
    pending: list[memoryview] = []
    held = 0
    for part in parts:
        while part:
            take = part[: size - held]
            pending.append(take)
            held += len(take)
            part = part[len(take) :]
            if held == size:
                yield b"".join(pending)
                pending, held = [], 0
    if pending:
        yield b"".join(pending)


def write_stream_bundle(
    payload: bytes,
    *,
    sender: Sender,
    signing_key: bytes,
    key: PassphraseKey | RecipientKey,
    recipient: str | None,
    bundle_id: str | None = None,
) -> bytes:
    """The complete format-3 bundle for a payload made by pack_payload."""
    (length,) = MANIFEST_LENGTH.unpack_from(payload, 0)
    manifest_end = MANIFEST_LENGTH.size + length
    values = manifest_values(bytes(memoryview(payload)[MANIFEST_LENGTH.size : manifest_end]))
    if length > MAX_MANIFEST or values > MAX_MANIFEST_VALUES:
        raise BundleError(
            "This bundle would hold too many changes for one file. Send the people or cases "
            "in several bundles."
        )
    compressor = zlib.compressobj(level=1)
    manifest = compressor.compress(memoryview(payload)[MANIFEST_LENGTH.size : manifest_end])
    manifest += compressor.flush()
    return seal(
        [MANIFEST_LENGTH.pack(len(manifest)), manifest, memoryview(payload)[manifest_end:]],
        manifest_size=length,
        sender=sender,
        signing_key=signing_key,
        key=key,
        recipient=recipient,
        bundle_id=bundle_id,
    )


def seal(
    payload: list[bytes | memoryview],
    *,
    manifest_size: int,
    sender: Sender,
    signing_key: bytes,
    key: PassphraseKey | RecipientKey,
    recipient: str | None,
    bundle_id: str | None = None,
    inner_fields: dict[str, Any] | None = None,
    tamper: Callable[[bytes], bytes] | None = None,
) -> bytes:
    """Signs and encrypts a payload that is ready (manifest already compressed). Tests use it
    directly to make bundles no honest writer makes: `inner_fields` override the inner
    header's, `tamper` rewrites the signed plaintext just before encryption."""
    payload_parts = [memoryview(part) for part in payload]
    payload_hash = hashlib.sha256()
    for part in payload_parts:
        payload_hash.update(part)
    salt = os.urandom(SALT)
    if isinstance(key, PassphraseKey):
        if not key.passphrase:
            raise BundleError("A bundle passphrase is needed.")
        check_kdf(key.kdf)
        fields = _SCRYPT_FIELDS.pack(KDF_SCRYPT, key.kdf.log2_n, key.kdf.r, key.kdf.p, salt)
        start = _START.pack(MAGIC, VERSION, MODE_PASSPHRASE) + fields
        file_key = scrypt(normalise_passphrase(key.passphrase), salt, key.kdf)
    else:
        ephemeral = X25519PrivateKey.generate()
        ephemeral_public = ephemeral.public_key().public_bytes(RAW, PUBLIC_RAW)
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(key.agreement_public))
        start = _START.pack(MAGIC, VERSION, MODE_PUBLIC_KEY) + _X25519_FIELDS.pack(
            ephemeral_public, salt
        )
        file_key = hkdf(shared, salt, _FILE_KEY_INFO + ephemeral_public + key.agreement_public)
    outer = start + hmac.digest(hkdf(file_key, None, _MAC_INFO), start, "sha256")
    fields_inner: dict[str, Any] = {
        "bundle_id": bundle_id or str(uuid.uuid4()),
        "created": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "sender": {
            "device_id": sender.device_id,
            "signing_public": b64(sender.signing_public),
            "agreement_public": b64(sender.agreement_public),
        },
        "recipient": recipient,
        "payload_size": sum(len(part) for part in payload_parts),
        "manifest_size": manifest_size,
        "compression": MANIFEST_COMPRESSION,
    }
    fields_inner.update(inner_fields or {})
    inner = json.dumps(fields_inner, sort_keys=True, separators=(",", ":")).encode("ascii")
    signature = Ed25519PrivateKey.from_private_bytes(signing_key).sign(
        _signed_message(outer, inner, payload_hash.digest())
    )
    plain = [memoryview(_INNER_LENGTH.pack(len(inner)) + inner + signature), *payload_parts]
    if tamper is not None:
        plain = [memoryview(tamper(b"".join(plain)))]
    total = sum(len(part) for part in plain)
    count = -(-total // CHUNK)
    aead = AESGCM(hkdf(file_key, None, _PAYLOAD_INFO))
    sealed = [outer]
    for index, chunk in enumerate(_pieces(plain, CHUNK)):
        sealed.append(aead.encrypt(_nonce(index, index == count - 1), chunk, None))
    return b"".join(sealed)


# -- reading -------------------------------------------------------------------------------


def _file_key(
    stream: BinaryIO, passphrase: str | None, agreement_key: bytes | None
) -> tuple[bytes, KeyMode, bytes]:
    """The file key, once the outer header's MAC checks; and the outer header."""
    magic, version, mode = _START.unpack(read_exactly(stream, _START.size))
    if magic != MAGIC or version != VERSION or mode not in (MODE_PASSPHRASE, MODE_PUBLIC_KEY):
        raise BundleDamagedError(DAMAGED)
    start = _START.pack(magic, version, mode)
    if mode == MODE_PASSPHRASE:
        raw = read_exactly(stream, _SCRYPT_FIELDS.size)
        kdf_id, log2_n, r, p, salt = _SCRYPT_FIELDS.unpack(raw)
        cost = BundleKdf(log2_n, r, p)
        if kdf_id != KDF_SCRYPT:
            raise BundleDamagedError(DAMAGED)
        check_kdf(cost)
        mac = read_exactly(stream, MAC)
        if not passphrase:
            raise BundlePassphraseError(NEEDS_PASSPHRASE_MESSAGE)
        file_key = scrypt(normalise_passphrase(passphrase), salt, cost)
        failure = WRONG_PASSPHRASE_MESSAGE
    else:
        raw = read_exactly(stream, _X25519_FIELDS.size)
        ephemeral, salt = _X25519_FIELDS.unpack(raw)
        mac = read_exactly(stream, MAC)
        if agreement_key is None:
            raise BundlePassphraseError(OTHER_VAULT_MESSAGE)
        # No recipient key outside: this vault tries its own key, and the MAC says if it fits.
        mine = X25519PrivateKey.from_private_bytes(agreement_key)
        try:
            shared = mine.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        except ValueError:  # a low-order point gives an all-zero secret: crafted, not ours
            raise BundlePassphraseError(OTHER_VAULT_MESSAGE) from None
        own_public = mine.public_key().public_bytes(RAW, PUBLIC_RAW)
        file_key = hkdf(shared, salt, _FILE_KEY_INFO + ephemeral + own_public)
        failure = OTHER_VAULT_MESSAGE
    expected = hmac.digest(hkdf(file_key, None, _MAC_INFO), start + raw, "sha256")
    if not hmac.compare_digest(expected, mac):
        raise BundlePassphraseError(failure)
    return file_key, "passphrase" if mode == MODE_PASSPHRASE else "public-key", start + raw + mac


class _Chunks:
    """Decrypts chunks of one file by index, straight from the source."""

    def __init__(self, source: BundleSource, start: int, size: int, payload_key: bytes) -> None:
        sealed = size - start
        self.source = source
        self.start = start
        self.count = -(-sealed // SEALED_CHUNK)
        self.last_size = sealed - (self.count - 1) * SEALED_CHUNK
        # An empty last chunk is never written: a file cut at a chunk boundary fails here.
        if self.count < 1 or self.last_size <= TAG:
            raise BundleDamagedError(DAMAGED)
        self.plain_size = (self.count - 1) * CHUNK + self.last_size - TAG
        self._aead = AESGCM(payload_key)
        self.digests = bytearray()

    def read(self, stream: BinaryIO, first: int, last: int, *, record: bool) -> Iterator[bytes]:
        """Chunks first..last, authenticated; the first pass records a digest of each, the
        second checks it, so a file swapped between the passes is refused."""
        for index in range(first, last + 1):
            final = index == self.count - 1
            stream.seek(self.start + index * SEALED_CHUNK)
            sealed = read_exactly(stream, self.last_size if final else SEALED_CHUNK)
            digest = hashlib.blake2b(sealed, digest_size=_DIGEST).digest()
            if record:
                self.digests += digest
            elif self.digests[index * _DIGEST : (index + 1) * _DIGEST] != digest:
                raise BundleDamagedError(DAMAGED)
            try:
                yield self._aead.decrypt(_nonce(index, final), sealed, None)
            except InvalidTag:
                raise BundleDamagedError(DAMAGED) from None

    def plain(self, start: int, size: int) -> Iterator[bytes]:
        """The plaintext bytes [start, start + size), chunk by chunk (second pass only)."""
        if size <= 0:
            return
        end = start + size
        if start < 0 or end > self.plain_size:
            raise BundleDamagedError(DAMAGED)
        first, last = start // CHUNK, (end - 1) // CHUNK
        with open_source(self.source) as (stream, _size):
            for index, chunk in enumerate(self.read(stream, first, last, record=False), first):
                base = index * CHUNK
                yield chunk[max(start - base, 0) : min(end - base, len(chunk))]


class StreamBlobs:
    """The attachment area of a format-3 bundle (blobs.BlobReader): each read decrypts only
    the chunks it covers, from the file."""

    def __init__(self, chunks: _Chunks, start: int, size: int) -> None:
        self._chunks = chunks
        self._start = start
        self._size = size

    @property
    def size(self) -> int:
        return self._size

    def read(self, offset: int, size: int) -> Iterator[bytes]:
        if offset < 0 or size < 0 or offset + size > self._size:
            raise ValueError("outside the attachment area")
        # Whole PIECEs but the last, as the vault stores attachments in chunks of that size.
        pending: list[bytes] = []
        held = 0
        for part in self._chunks.plain(self._start + offset, size):
            while held + len(part) >= PIECE:
                take = PIECE - held
                pending.append(part[:take])
                part = part[take:]
                piece = b"".join(pending)
                pending, held = [], 0
                yield piece
            if part:
                pending.append(part)
                held += len(part)
        if pending:
            yield b"".join(pending)


class StreamBundle:
    """A format-3 bundle whose first pass is done: authenticated, signature checked."""

    def __init__(
        self, header: BundleHeader, chunks: _Chunks, payload_start: int, payload_size: int
    ) -> None:
        self.header = header
        self._chunks = chunks
        self._payload_start = payload_start
        self._payload_size = payload_size

    def payload(self) -> Iterator[bytes]:
        """The decrypted payload, chunk by chunk (a second pass, as contents())."""
        return self._chunks.plain(self._payload_start, self._payload_size)

    def contents(self) -> tuple[dict[str, Any], StreamBlobs]:
        """The second pass: the manifest (inflated with a cap) and the attachment area."""
        head = b"".join(self._chunks.plain(self._payload_start, MANIFEST_LENGTH.size))
        (compressed,) = MANIFEST_LENGTH.unpack(head)
        if MANIFEST_LENGTH.size + compressed > self._payload_size:
            raise BundleDamagedError(DAMAGED)
        # The signed header says how large the manifest is (at most MAX_MANIFEST): zlib may
        # not give one byte more, so a bomb stops at the size its own sender claimed.
        inflater = Inflater(min(self.header.fields["manifest_size"], MAX_MANIFEST))
        manifest_start = self._payload_start + MANIFEST_LENGTH.size
        for part in self._chunks.plain(manifest_start, compressed):
            inflater.feed(part)
        encoded = inflater.finish()
        if len(encoded) != self.header.fields["manifest_size"]:
            raise BundleDamagedError(DAMAGED)
        manifest = parse_manifest(encoded)
        del encoded
        blobs_start = manifest_start + compressed
        blobs_size = self._payload_size - MANIFEST_LENGTH.size - compressed
        return manifest, StreamBlobs(self._chunks, blobs_start, blobs_size)


def _inner_header(encoded: bytes, mode: KeyMode) -> BundleHeader:
    try:
        fields = json.loads(encoded.decode("ascii"))
        if not isinstance(fields, dict):
            raise BundleDamagedError(DAMAGED)
        sender = fields["sender"]
        signing_public = unb64(sender["signing_public"], 32)
        recipient = fields["recipient"]
        header = BundleHeader(
            bundle_id=str(uuid.UUID(str(fields["bundle_id"]))),
            created=datetime.fromisoformat(str(fields["created"])),
            sender=Sender(
                device_id=str(sender["device_id"]),
                signing_public=signing_public,
                agreement_public=unb64(sender["agreement_public"], 32),
            ),
            recipient=None if recipient is None else str(recipient),
            mode=mode,
            fields=fields,
        )
        sizes = (fields["payload_size"], fields["manifest_size"])
    except (KeyError, TypeError, ValueError, UnicodeDecodeError, RecursionError):
        raise BundleDamagedError(DAMAGED) from None
    if header.sender.device_id != device_id_of(signing_public):
        raise BundleDamagedError(DAMAGED)
    if any(type(size) is not int or size < 0 for size in sizes) or sizes[1] > MAX_MANIFEST:
        raise BundleDamagedError(DAMAGED)
    if fields.get("compression") != MANIFEST_COMPRESSION:
        raise BundleDamagedError(DAMAGED)
    return header


def verify_stream(
    source: BundleSource, *, passphrase: str | None, agreement_key: bytes | None
) -> StreamBundle:
    """The first pass: derive the key, decrypt every chunk once, hash the payload, check the
    signature. Holds one chunk and the inner header at a time."""
    with open_source(source) as (stream, size):
        file_key, mode, outer = _file_key(stream, passphrase, agreement_key)
        chunks = _Chunks(source, len(outer), size, hkdf(file_key, None, _PAYLOAD_INFO))
        reader = chunks.read(stream, 0, chunks.count - 1, record=True)
        head = bytearray()
        needed: int | None = None
        for chunk in reader:
            head += chunk
            if needed is None and len(head) >= _INNER_LENGTH.size:
                (inner_size,) = _INNER_LENGTH.unpack_from(head, 0)
                if inner_size > MAX_INNER_HEADER:
                    raise BundleDamagedError(DAMAGED)
                needed = _INNER_LENGTH.size + inner_size + SIGNATURE_SIZE
            if needed is not None and len(head) >= needed:
                break
        else:
            raise BundleDamagedError(DAMAGED)
        assert needed is not None
        inner = bytes(head[_INNER_LENGTH.size : needed - SIGNATURE_SIZE])
        signature = bytes(head[needed - SIGNATURE_SIZE : needed])
        header = _inner_header(inner, mode)
        payload_hash = hashlib.sha256(head[needed:])
        payload_size = len(head) - needed
        del head
        for chunk in reader:
            payload_hash.update(chunk)
            payload_size += len(chunk)
    if payload_size != header.fields["payload_size"]:
        raise BundleDamagedError(DAMAGED)
    try:
        Ed25519PublicKey.from_public_bytes(header.sender.signing_public).verify(
            signature, _signed_message(outer, inner, payload_hash.digest())
        )
    except (InvalidSignature, ValueError):
        raise BundleDamagedError(DAMAGED) from None
    return StreamBundle(header, chunks, needed, payload_size)


def open_stream(
    source: BundleSource,
    *,
    passphrase: str | None,
    agreement_key: bytes | None,
    check_sender: Callable[[BundleHeader], None],
) -> tuple[BundleHeader, dict[str, Any], StreamBlobs]:
    """Both passes, with the caller's check of the sender (trust, recipient) in between."""
    bundle = verify_stream(source, passphrase=passphrase, agreement_key=agreement_key)
    check_sender(bundle.header)
    manifest, blobs = bundle.contents()
    return bundle.header, manifest, blobs
