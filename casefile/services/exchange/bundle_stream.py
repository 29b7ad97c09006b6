"""Bundle formats 3 and 4 (docs/bundle-format.md): nothing readable before decryption, the
payload encrypted in chunks, the signature inside. Format 4 (written) seals one random file
key to any number of recipients and puts the signature last, so it is written as a stream
(seal_pieces); format 3 is still read (and written by tests, seal()).

    outer header: MAGIC (16) | version (u16) | key mode (u8) | key fields | MAC (32)
    (format 4, public key: ephemeral | salt | count (u16) | count wrapped file keys (48))
    then chunks of 64 KiB of plaintext, each AES-256-GCM with the nonce
    counter (11 bytes, big-endian) | last-chunk flag (1 byte), as in age's STREAM.

The plaintext is: inner header length (u32) | inner header (JSON) | Ed25519 signature (64) |
payload (compressed-manifest length (u32) | zlib(manifest) | attachment bytes); format 4
moves the signature after the payload. The signature covers the outer header, the inner
header and SHA-256 of the payload.

Reading never holds more than one chunk, the inner header, and the manifest (capped): a first
pass decrypts, hashes and checks the signature; only then, and after the caller has checked the
sender, does a second pass inflate the manifest and give random access to the attachments.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import secrets
import struct
import unicodedata
import uuid
import zlib
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
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

#: Format 3 is still read (and written by tests); format 4 is written.
VERSION_3 = 3
VERSION = 4
STREAM_VERSIONS = (VERSION_3, VERSION)
#: Format 4 public-key bundles: how many devices one bundle may be sealed to.
MAX_RECIPIENTS = 1024
#: A wrapped file key: 32 bytes under AES-256-GCM (16-byte tag).
WRAPPED = 48
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
_COUNT = struct.Struct(">H")
MAX_INNER_HEADER = 64 * 1024
_FILE_KEY_INFO = b"casefile bundle v3 public-key"
_WRAP_INFO = b"casefile bundle v4 wrap"
_MAC_INFO = {VERSION_3: b"casefile bundle v3 header", VERSION: b"casefile bundle v4 header"}
_PAYLOAD_INFO = {VERSION_3: b"casefile bundle v3 payload", VERSION: b"casefile bundle v4 payload"}
_SIGNATURE_CONTEXT = {
    VERSION_3: b"casefile bundle v3 signature\n",
    VERSION: b"casefile bundle v4 signature\n",
}
_DIGEST = 16  # per-chunk BLAKE2b of the sealed bytes, to notice a file changed between passes


def normalise_passphrase(passphrase: str) -> str:
    """NFC, single spaces, no spaces at the ends: a passphrase read from paper and retyped
    opens the bundle even if the spaces or the keyboard's Unicode form differ."""
    return " ".join(unicodedata.normalize("NFC", passphrase).split())


def outer_size(mode: int, version: int = VERSION_3, recipients: int = 1) -> int:
    if mode == MODE_PASSPHRASE:
        return _START.size + _SCRYPT_FIELDS.size + MAC
    if version == VERSION_3:
        return _START.size + _X25519_FIELDS.size + MAC
    return _START.size + _X25519_FIELDS.size + _COUNT.size + recipients * WRAPPED + MAC


def _nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _signed_message(
    outer: bytes, inner: bytes, payload_hash: bytes, version: int = VERSION_3
) -> bytes:
    return b"".join(
        [_SIGNATURE_CONTEXT[version], outer, _INNER_LENGTH.pack(len(inner)), inner, payload_hash]
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


def compress_manifest(encoded: bytes) -> bytes:
    """zlib of the manifest JSON, after refusing one larger than any reader accepts."""
    if len(encoded) > MAX_MANIFEST or manifest_values(encoded) > MAX_MANIFEST_VALUES:
        raise BundleError(
            "This bundle would hold too many changes for one file. Send the people or cases "
            "in several bundles."
        )
    compressor = zlib.compressobj(level=1)
    return compressor.compress(encoded) + compressor.flush()


def write_stream_bundle(
    payload: bytes,
    *,
    sender: Sender,
    signing_key: bytes,
    key: PassphraseKey | RecipientKey | Sequence[RecipientKey],
    recipient: str | None,
    bundle_id: str | None = None,
) -> bytes:
    """The complete format-4 bundle for a payload made by pack_payload, in memory."""
    (length,) = MANIFEST_LENGTH.unpack_from(payload, 0)
    manifest_end = MANIFEST_LENGTH.size + length
    manifest = compress_manifest(bytes(memoryview(payload)[MANIFEST_LENGTH.size : manifest_end]))
    attachments = memoryview(payload)[manifest_end:]
    out = io.BytesIO()
    seal_stream(
        out,
        [MANIFEST_LENGTH.pack(len(manifest)), manifest, attachments],
        payload_size=MANIFEST_LENGTH.size + len(manifest) + len(attachments),
        manifest_size=length,
        sender=sender,
        signing_key=signing_key,
        key=key,
        recipients=None if recipient is None else (recipient,),
        bundle_id=bundle_id,
    )
    return out.getvalue()


class _ChunkWriter:
    """Seals plaintext fed in any pieces into STREAM chunks, written as each one fills: the
    total is known in advance, so the last chunk is flagged without looking ahead."""

    def __init__(self, out: _Sink, payload_key: bytes, total: int) -> None:
        self._out = out
        self._aead = AESGCM(payload_key)
        self._count = max(1, -(-total // CHUNK))
        self._index = 0
        self._pending = bytearray()
        self._left = total

    def feed(self, data: bytes | memoryview) -> None:
        view = memoryview(data)
        self._left -= len(view)
        if self._left < 0:
            raise ValueError("more plaintext than announced")
        while view:
            take = CHUNK - len(self._pending)
            self._pending += view[:take]
            view = view[take:]
            if len(self._pending) == CHUNK and (self._index < self._count - 1 or not self._left):
                self._flush()

    def _flush(self) -> None:
        last = self._index == self._count - 1
        self._out.write(self._aead.encrypt(_nonce(self._index, last), bytes(self._pending), None))
        self._pending.clear()
        self._index += 1

    def close(self) -> None:
        if self._left or self._index != self._count - (1 if self._pending else 0):
            raise ValueError("less plaintext than announced")
        if self._pending:
            self._flush()


def _wrap_key(shared: bytes, salt: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return hkdf(shared, salt, _WRAP_INFO + ephemeral + recipient)


def seal_stream(out: BinaryIO, payload: Iterable[bytes | memoryview], **options: Any) -> str:
    """seal_pieces, written to `out`; returns the bundle's id."""
    pieces = seal_pieces(payload, **options)
    while True:
        try:
            out.write(next(pieces))
        except StopIteration as done:
            return str(done.value)


class _Sink(list[bytes]):
    def write(self, data: bytes) -> None:
        self.append(data)


def seal_pieces(
    payload: Iterable[bytes | memoryview],
    *,
    payload_size: int,
    manifest_size: int,
    sender: Sender,
    signing_key: bytes,
    key: PassphraseKey | RecipientKey | Sequence[RecipientKey],
    recipients: Sequence[str] | None,
    bundle_id: str | None = None,
    inner_fields: dict[str, Any] | None = None,
) -> Generator[bytes, None, str]:
    """Yields a format-4 bundle's bytes as the payload pieces arrive (bounded memory: one
    chunk at a time), and returns its id. Public-key bundles are sealed to every key given:
    one random file key, wrapped once per recipient (as age does). `payload_size` must be
    exact: the inner header, written first, says it, and the signature comes last."""
    salt = os.urandom(SALT)
    if isinstance(key, PassphraseKey):
        if not key.passphrase:
            raise BundleError("A bundle passphrase is needed.")
        check_kdf(key.kdf)
        fields = _SCRYPT_FIELDS.pack(KDF_SCRYPT, key.kdf.log2_n, key.kdf.r, key.kdf.p, salt)
        start = _START.pack(MAGIC, VERSION, MODE_PASSPHRASE) + fields
        file_key = scrypt(normalise_passphrase(key.passphrase), salt, key.kdf)
    else:
        keys = [key] if isinstance(key, RecipientKey) else list(key)
        if not 1 <= len(keys) <= MAX_RECIPIENTS:
            raise BundleError("A bundle is sealed to between 1 and %1 devices.", MAX_RECIPIENTS)
        # The order of the wrapped keys says nothing about who is who.
        keys.sort(key=lambda _k: secrets.token_bytes(8))
        file_key = secrets.token_bytes(32)
        ephemeral = X25519PrivateKey.generate()
        ephemeral_public = ephemeral.public_key().public_bytes(RAW, PUBLIC_RAW)
        start = (
            _START.pack(MAGIC, VERSION, MODE_PUBLIC_KEY)
            + _X25519_FIELDS.pack(ephemeral_public, salt)
            + _COUNT.pack(len(keys))
        )
        stanzas = []
        for recipient_key in keys:
            shared = ephemeral.exchange(
                X25519PublicKey.from_public_bytes(recipient_key.agreement_public)
            )
            wrap = _wrap_key(shared, salt, ephemeral_public, recipient_key.agreement_public)
            stanzas.append(AESGCM(wrap).encrypt(bytes(12), file_key, start))
        start += b"".join(stanzas)
    outer = start + hmac.digest(hkdf(file_key, None, _MAC_INFO[VERSION]), start, "sha256")
    bundle_id = bundle_id or str(uuid.uuid4())
    listed = sorted(recipients or ())
    fields_inner: dict[str, Any] = {
        "bundle_id": bundle_id,
        "created": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "sender": {
            "device_id": sender.device_id,
            "signing_public": b64(sender.signing_public),
            "agreement_public": b64(sender.agreement_public),
        },
        # A format-3 reader's field, kept for one recipient; several are in "recipients".
        "recipient": listed[0] if len(listed) == 1 else None,
        "recipients": listed,
        "payload_size": payload_size,
        "manifest_size": manifest_size,
        "compression": MANIFEST_COMPRESSION,
    }
    fields_inner.update(inner_fields or {})
    inner = json.dumps(fields_inner, sort_keys=True, separators=(",", ":")).encode("ascii")
    yield outer
    total = _INNER_LENGTH.size + len(inner) + payload_size + SIGNATURE_SIZE
    sink = _Sink()
    writer = _ChunkWriter(sink, hkdf(file_key, None, _PAYLOAD_INFO[VERSION]), total)
    writer.feed(_INNER_LENGTH.pack(len(inner)) + inner)
    payload_hash = hashlib.sha256()
    for part in payload:
        payload_hash.update(part)
        writer.feed(part)
        yield from sink
        sink.clear()
    signature = Ed25519PrivateKey.from_private_bytes(signing_key).sign(
        _signed_message(outer, inner, payload_hash.digest(), VERSION)
    )
    writer.feed(signature)
    writer.close()
    yield from sink
    return bundle_id


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
        start = _START.pack(MAGIC, VERSION_3, MODE_PASSPHRASE) + fields
        file_key = scrypt(normalise_passphrase(key.passphrase), salt, key.kdf)
    else:
        ephemeral = X25519PrivateKey.generate()
        ephemeral_public = ephemeral.public_key().public_bytes(RAW, PUBLIC_RAW)
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(key.agreement_public))
        start = _START.pack(MAGIC, VERSION_3, MODE_PUBLIC_KEY) + _X25519_FIELDS.pack(
            ephemeral_public, salt
        )
        file_key = hkdf(shared, salt, _FILE_KEY_INFO + ephemeral_public + key.agreement_public)
    outer = start + hmac.digest(hkdf(file_key, None, _MAC_INFO[VERSION_3]), start, "sha256")
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
    aead = AESGCM(hkdf(file_key, None, _PAYLOAD_INFO[VERSION_3]))
    sealed = [outer]
    for index, chunk in enumerate(_pieces(plain, CHUNK)):
        sealed.append(aead.encrypt(_nonce(index, index == count - 1), chunk, None))
    return b"".join(sealed)


# -- reading -------------------------------------------------------------------------------


def _file_key(
    stream: BinaryIO, passphrase: str | None, agreement_key: bytes | None
) -> tuple[bytes, KeyMode, bytes, int]:
    """The file key, once the outer header's MAC checks; the outer header; the version."""
    magic, version, mode = _START.unpack(read_exactly(stream, _START.size))
    if (
        magic != MAGIC
        or version not in STREAM_VERSIONS
        or mode not in (MODE_PASSPHRASE, MODE_PUBLIC_KEY)
    ):
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
        stanzas: list[bytes] = []
        if version != VERSION_3:
            count_raw = read_exactly(stream, _COUNT.size)
            (count,) = _COUNT.unpack(count_raw)
            if not 1 <= count <= MAX_RECIPIENTS:
                raise BundleDamagedError(DAMAGED)
            raw += count_raw
            wrapped = read_exactly(stream, count * WRAPPED)
            stanzas = [wrapped[i : i + WRAPPED] for i in range(0, len(wrapped), WRAPPED)]
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
        if version == VERSION_3:
            file_key = hkdf(shared, salt, _FILE_KEY_INFO + ephemeral + own_public)
        else:
            file_key = _unwrap(stanzas, _wrap_key(shared, salt, ephemeral, own_public), start + raw)
            raw += b"".join(stanzas)
        failure = OTHER_VAULT_MESSAGE
    expected = hmac.digest(hkdf(file_key, None, _MAC_INFO[version]), start + raw, "sha256")
    if not hmac.compare_digest(expected, mac):
        raise BundlePassphraseError(failure)
    mode_name: KeyMode = "passphrase" if mode == MODE_PASSPHRASE else "public-key"
    return file_key, mode_name, start + raw + mac, version


def opens_with(source: BundleSource, agreement_key: bytes) -> bool:
    """Whether a public-key bundle (format 3 or 4) was sealed to this key: the outer header
    only, no database, no decryption of the payload. Anything else (passphrase bundles,
    damage) says True, so that opening it properly gives the reason."""
    try:
        with open_source(source) as (stream, _size):
            _file_key(stream, None, agreement_key)
    except BundlePassphraseError as error:
        return error.message.template != OTHER_VAULT_MESSAGE
    except (BundleError, OSError, struct.error):
        return True
    return True


def _unwrap(stanzas: list[bytes], wrap: bytes, associated: bytes) -> bytes:
    """The file key from the one stanza this vault's key opens (each is tried: the stanzas
    do not say whose they are)."""
    aead = AESGCM(wrap)
    for stanza in stanzas:
        try:
            return aead.decrypt(bytes(12), stanza, associated)
        except InvalidTag:
            continue
    raise BundlePassphraseError(OTHER_VAULT_MESSAGE)


class _Chunks:
    """Decrypts chunks of one file by index, straight from the source."""

    def __init__(self, source: BundleSource, outer: bytes, size: int, payload_key: bytes) -> None:
        start = len(outer)
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
        #: SHA-256 of the whole file as the first pass read it (the outer header, then every
        #: chunk): what an import compares before it reuses a preview's plan.
        self.whole = hashlib.sha256(outer)

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
                self.whole.update(sealed)
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

    @property
    def bundle_digest(self) -> bytes:
        """SHA-256 of the whole bundle file as its signature was checked (the first pass)."""
        return self._chunks.whole.digest()

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
        recipients = fields.get("recipients", [])
        if not isinstance(recipients, list) or len(recipients) > MAX_RECIPIENTS:
            raise BundleDamagedError(DAMAGED)
        header = BundleHeader(
            bundle_id=str(uuid.UUID(str(fields["bundle_id"]))),
            created=datetime.fromisoformat(str(fields["created"])),
            sender=Sender(
                device_id=str(sender["device_id"]),
                signing_public=signing_public,
                agreement_public=unb64(sender["agreement_public"], 32),
            ),
            recipient=None if recipient is None else str(recipient),
            recipients=tuple(str(device) for device in recipients),
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
    signature. Holds one chunk and the inner header at a time. Format 3 has the signature
    before the payload, format 4 after it (so a writer can stream)."""
    with open_source(source) as (stream, size):
        file_key, mode, outer, version = _file_key(stream, passphrase, agreement_key)
        payload_key = hkdf(file_key, None, _PAYLOAD_INFO[version])
        chunks = _Chunks(source, outer, size, payload_key)
        reader = chunks.read(stream, 0, chunks.count - 1, record=True)
        trailing = SIGNATURE_SIZE if version != VERSION_3 else 0
        head = bytearray()
        needed: int | None = None
        for chunk in reader:
            head += chunk
            if needed is None and len(head) >= _INNER_LENGTH.size:
                (inner_size,) = _INNER_LENGTH.unpack_from(head, 0)
                if inner_size > MAX_INNER_HEADER:
                    raise BundleDamagedError(DAMAGED)
                needed = _INNER_LENGTH.size + inner_size + SIGNATURE_SIZE - trailing
            if needed is not None and len(head) >= needed:
                break
        else:
            raise BundleDamagedError(DAMAGED)
        assert needed is not None
        inner_end = needed - SIGNATURE_SIZE + trailing
        inner = bytes(head[_INNER_LENGTH.size : inner_end])
        header = _inner_header(inner, mode)
        claimed = header.fields["payload_size"]
        if version == VERSION_3:
            signature = bytes(head[inner_end:needed])
            payload_hash = hashlib.sha256(head[needed:])
            payload_size = len(head) - needed
            del head
            for chunk in reader:
                payload_hash.update(chunk)
                payload_size += len(chunk)
        else:
            # The plaintext must be exactly inner header | payload | signature.
            if chunks.plain_size != needed + claimed + SIGNATURE_SIZE:
                raise BundleDamagedError(DAMAGED)
            payload_hash = hashlib.sha256()
            tail = bytearray()
            position = 0
            payload_end = needed + claimed
            for chunk in _chain(bytes(head), reader):
                end = position + len(chunk)
                lo, hi = max(position, needed), min(end, payload_end)
                if lo < hi:
                    payload_hash.update(memoryview(chunk)[lo - position : hi - position])
                if end > payload_end:
                    tail += memoryview(chunk)[max(payload_end - position, 0) :]
                position = end
            del head
            signature = bytes(tail)
            payload_size = claimed if len(signature) == SIGNATURE_SIZE else -1
    if payload_size != claimed:
        raise BundleDamagedError(DAMAGED)
    try:
        Ed25519PublicKey.from_public_bytes(header.sender.signing_public).verify(
            signature, _signed_message(outer, inner, payload_hash.digest(), version)
        )
    except (InvalidSignature, ValueError):
        raise BundleDamagedError(DAMAGED) from None
    return StreamBundle(header, chunks, needed, payload_size)


def _chain(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


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
