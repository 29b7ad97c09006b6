"""The bundle file, format version 2 (docs/bundle-format.md): parse, sign, encrypt, verify.

    MAGIC (16) | format version (u16) | header length (u32) | header (JSON)
    | ciphertext length (u64) | ciphertext | Ed25519 signature (64)

The signature covers everything before it; the header is also the AEAD's associated data.
Reading checks, in this order: the framing, the signature, the sender's trust (a callback),
then decrypts. So a bundle altered anywhere is refused as damaged before any key work, and
a tag failure after a valid signature can only mean the wrong passphrase or key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import struct
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from casefile.services.exchange.errors import (
    BundleDamagedError,
    BundleError,
    BundlePassphraseError,
    BundleTooNewError,
)

MAGIC = b"CASEFILE-BUNDLE\n"
#: Written: 2 (a record's shared version once per record, not per field). Read: 1 and 2.
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
CIPHER = "AES-256-GCM"
COMPRESSION = "zlib"  # format 1: the whole payload
#: Format 2: only the manifest is compressed; attachments (scans, photos, PDFs) are mostly
#: compressed already, and zlib over 50 MB of them took longer than everything else but the
#: database work.
MANIFEST_COMPRESSION = "zlib-manifest"
KEM = "X25519-HKDF-SHA256"
SIGNATURE_SIZE = 64
_PREFIX = struct.Struct(">16sHI")
_LENGTH = struct.Struct(">Q")
_MANIFEST_LENGTH = struct.Struct(">I")
MAX_HEADER_SIZE = 64 * 1024
HKDF_INFO = b"casefile bundle v1"
RAW = serialization.Encoding.Raw
PUBLIC_RAW = serialization.PublicFormat.Raw

DAMAGED = (
    "This file is not a Casefile bundle, or it was altered or cut short after it was made. "
    "Nothing was imported; ask the sender for a new copy."
)


@dataclass(frozen=True)
class BundleKdf:
    """scrypt cost for passphrase bundles; the default takes about half a second."""

    log2_n: int = 17
    r: int = 8
    p: int = 1


DEFAULT_KDF = BundleKdf()
# What a reader accepts: enough room above the default, not enough to exhaust memory.
_KDF_LIMITS = {"log2_n": (1, 20), "r": (1, 32), "p": (1, 16)}


@dataclass(frozen=True)
class Sender:
    device_id: str
    signing_public: bytes
    agreement_public: bytes


@dataclass(frozen=True)
class PassphraseKey:
    """Encrypt under a key derived from a bundle passphrase."""

    passphrase: str
    kdf: BundleKdf = DEFAULT_KDF


@dataclass(frozen=True)
class RecipientKey:
    """Encrypt to a partner's X25519 public key (the office's, say): no shared passphrase."""

    device_id: str
    agreement_public: bytes


@dataclass(frozen=True)
class BundleHeader:
    bundle_id: str
    created: datetime
    sender: Sender
    recipient: str | None
    mode: Literal["passphrase", "public-key"]
    fields: dict[str, Any]


def device_id_of(signing_public: bytes) -> str:
    """A device's id: derived from its signing key, so it cannot be claimed by another key."""
    return hashlib.sha256(signing_public).hexdigest()[:32]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, size: int | None = None) -> bytes:
    if not isinstance(value, str):
        raise BundleDamagedError(DAMAGED)
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise BundleDamagedError(DAMAGED) from None
    if size is not None and len(data) != size:
        raise BundleDamagedError(DAMAGED)
    return data


# -- payload: manifest plus attachment bytes -----------------------------------------------


def pack_payload(manifest: dict[str, Any], blobs: list[bytes]) -> bytes:
    """manifest length (u32) | manifest (JSON) | the blobs one after another."""
    encoded = json.dumps(manifest, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return b"".join([_MANIFEST_LENGTH.pack(len(encoded)), encoded, *blobs])


def unpack_payload(payload: bytes) -> tuple[dict[str, Any], memoryview]:
    """The manifest and the blob area (offsets in the manifest are relative to it)."""
    try:
        (length,) = _MANIFEST_LENGTH.unpack_from(payload, 0)
        start = _MANIFEST_LENGTH.size
        if start + length > len(payload):
            raise BundleDamagedError(DAMAGED)
        manifest = json.loads(payload[start : start + length].decode("utf-8"))
    except (struct.error, UnicodeDecodeError, ValueError, RecursionError):
        raise BundleDamagedError(DAMAGED) from None
    if not isinstance(manifest, dict):
        raise BundleDamagedError(DAMAGED)
    return manifest, memoryview(payload)[start + length :]


def _compress(payload: bytes, *, whole: bool) -> bytes:
    """zlib (level 1) over the whole payload, or only over its manifest."""
    compressor = zlib.compressobj(level=1)
    if whole:
        return compressor.compress(payload) + compressor.flush()
    (length,) = _MANIFEST_LENGTH.unpack_from(payload, 0)
    end = _MANIFEST_LENGTH.size + length
    manifest = compressor.compress(memoryview(payload)[_MANIFEST_LENGTH.size : end])
    manifest += compressor.flush()
    return b"".join([_MANIFEST_LENGTH.pack(len(manifest)), manifest, memoryview(payload)[end:]])


def _decompress(data: bytes, *, whole: bool) -> bytes:
    """The payload (manifest length, manifest, blobs) from what _compress made."""
    if whole:
        return zlib.decompress(data)
    (length,) = _MANIFEST_LENGTH.unpack_from(data, 0)
    end = _MANIFEST_LENGTH.size + length
    if end > len(data):
        raise zlib.error("manifest cut short")
    manifest = zlib.decompress(memoryview(data)[_MANIFEST_LENGTH.size : end])
    return b"".join([_MANIFEST_LENGTH.pack(len(manifest)), manifest, memoryview(data)[end:]])


# -- writing -------------------------------------------------------------------------------


def _scrypt(passphrase: str, salt: bytes, kdf: BundleKdf) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**kdf.log2_n, r=kdf.r, p=kdf.p).derive(
        passphrase.encode("utf-8")
    )


def _hkdf(shared: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=HKDF_INFO).derive(shared)


def write_bundle(
    payload: bytes,
    *,
    sender: Sender,
    signing_key: bytes,
    key: PassphraseKey | RecipientKey,
    recipient: str | None,
    bundle_id: str | None = None,
) -> bytes:
    """The complete signed and encrypted bundle for a payload."""
    bundle_id = bundle_id or str(uuid.uuid4())
    salt = os.urandom(16)
    key_fields: dict[str, Any]
    if isinstance(key, PassphraseKey):
        if not key.passphrase:
            raise BundleError("A bundle passphrase is needed.")
        content_key = _scrypt(key.passphrase, salt, key.kdf)
        key_fields = {
            "mode": "passphrase",
            "kdf": "scrypt",
            "log2_n": key.kdf.log2_n,
            "r": key.kdf.r,
            "p": key.kdf.p,
            "salt": _b64(salt),
        }
    else:
        ephemeral = X25519PrivateKey.generate()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(key.agreement_public))
        content_key = _hkdf(shared, salt)
        key_fields = {
            "mode": "public-key",
            "kem": KEM,
            "ephemeral": _b64(ephemeral.public_key().public_bytes(RAW, PUBLIC_RAW)),
            "recipient_key": _b64(key.agreement_public),
            "salt": _b64(salt),
        }
    nonce = os.urandom(12)
    header = {
        "bundle_id": bundle_id,
        "created": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "sender": {
            "device_id": sender.device_id,
            "signing_public": _b64(sender.signing_public),
            "agreement_public": _b64(sender.agreement_public),
        },
        "recipient": recipient,
        "key": key_fields,
        "cipher": CIPHER,
        "nonce": _b64(nonce),
        "compression": COMPRESSION if FORMAT_VERSION == 1 else MANIFEST_COMPRESSION,
    }
    encoded = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")
    prefix = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(encoded)) + encoded
    compressed = _compress(payload, whole=FORMAT_VERSION == 1)
    ciphertext = AESGCM(content_key).encrypt(nonce, compressed, prefix)
    signed = prefix + _LENGTH.pack(len(ciphertext)) + ciphertext
    signature = Ed25519PrivateKey.from_private_bytes(signing_key).sign(signed)
    return signed + signature


# -- reading -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Parts:
    prefix: bytes
    signed: bytes
    ciphertext: bytes
    signature: bytes
    header: dict[str, Any]


def _split(data: bytes) -> _Parts:
    if len(data) < _PREFIX.size or not data.startswith(MAGIC):
        raise BundleDamagedError(DAMAGED)
    _magic, version, header_size = _PREFIX.unpack_from(data, 0)
    if version > FORMAT_VERSION:
        raise BundleTooNewError(
            "This bundle was made by a newer version of Casefile. Update Casefile to import it."
        )
    if version not in READABLE_VERSIONS or header_size > MAX_HEADER_SIZE:
        raise BundleDamagedError(DAMAGED)
    header_end = _PREFIX.size + header_size
    if len(data) < header_end + _LENGTH.size:
        raise BundleDamagedError(DAMAGED)
    (ct_size,) = _LENGTH.unpack_from(data, header_end)
    ct_start = header_end + _LENGTH.size
    if len(data) != ct_start + ct_size + SIGNATURE_SIZE:
        raise BundleDamagedError(DAMAGED)
    try:
        header = json.loads(data[_PREFIX.size : header_end].decode("ascii"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleDamagedError(DAMAGED) from None
    if not isinstance(header, dict):
        raise BundleDamagedError(DAMAGED)
    return _Parts(
        prefix=data[:header_end],
        signed=data[: ct_start + ct_size],
        ciphertext=data[ct_start : ct_start + ct_size],
        signature=data[ct_start + ct_size :],
        header=header,
    )


def _header(fields: dict[str, Any]) -> BundleHeader:
    try:
        sender = fields["sender"]
        signing_public = _unb64(sender["signing_public"], 32)
        result = BundleHeader(
            bundle_id=str(uuid.UUID(str(fields["bundle_id"]))),
            created=datetime.fromisoformat(str(fields["created"])),
            sender=Sender(
                device_id=str(sender["device_id"]),
                signing_public=signing_public,
                agreement_public=_unb64(sender["agreement_public"], 32),
            ),
            recipient=None if fields.get("recipient") is None else str(fields["recipient"]),
            mode=fields["key"]["mode"],
            fields=fields,
        )
    except (KeyError, TypeError, ValueError):
        raise BundleDamagedError(DAMAGED) from None
    if result.mode not in ("passphrase", "public-key"):
        raise BundleDamagedError(DAMAGED)
    if result.sender.device_id != device_id_of(signing_public):
        raise BundleDamagedError(DAMAGED)
    if fields.get("cipher") != CIPHER or fields.get("compression") not in (
        COMPRESSION,
        MANIFEST_COMPRESSION,
    ):
        raise BundleDamagedError(DAMAGED)
    return result


def read_header(data: bytes) -> BundleHeader:
    """The header of a bundle whose signature checks; nothing is decrypted."""
    parts = _split(data)
    header = _header(parts.header)
    try:
        Ed25519PublicKey.from_public_bytes(header.sender.signing_public).verify(
            parts.signature, parts.signed
        )
    except (InvalidSignature, ValueError):
        raise BundleDamagedError(DAMAGED) from None
    return header


def _content_key(
    header: BundleHeader, passphrase: str | None, agreement_key: bytes | None
) -> bytes:
    key = header.fields["key"]
    salt = _unb64(key.get("salt"), 16)
    if header.mode == "passphrase":
        if key.get("kdf") != "scrypt":
            raise BundleDamagedError(DAMAGED)
        cost = {name: key.get(name) for name in _KDF_LIMITS}
        for name, (low, high) in _KDF_LIMITS.items():
            value = cost[name]
            if not isinstance(value, int) or not low <= value <= high:
                raise BundleDamagedError(DAMAGED)
        if not passphrase:
            raise BundlePassphraseError("This bundle needs its passphrase.")
        return _scrypt(passphrase, salt, BundleKdf(**cost))
    if key.get("kem") != KEM:
        raise BundleDamagedError(DAMAGED)
    ephemeral = _unb64(key.get("ephemeral"), 32)
    if agreement_key is None:
        raise BundlePassphraseError("This bundle was encrypted for another vault.")
    mine = X25519PrivateKey.from_private_bytes(agreement_key)
    if _unb64(key.get("recipient_key"), 32) != mine.public_key().public_bytes(RAW, PUBLIC_RAW):
        raise BundlePassphraseError("This bundle was encrypted for another vault.")
    return _hkdf(mine.exchange(X25519PublicKey.from_public_bytes(ephemeral)), salt)


def open_bundle(
    data: bytes,
    *,
    passphrase: str | None,
    agreement_key: bytes | None,
    check_sender: Callable[[BundleHeader], None],
) -> tuple[BundleHeader, bytes]:
    """Verifies, checks the sender, decrypts; returns the header and the payload.

    Raises BundleDamagedError, BundleTooNewError, BundlePassphraseError, or whatever
    check_sender raises (an untrusted device).
    """
    parts = _split(data)
    header = read_header(data)
    check_sender(header)
    content_key = _content_key(header, passphrase, agreement_key)
    nonce = _unb64(header.fields.get("nonce"), 12)
    try:
        compressed = AESGCM(content_key).decrypt(nonce, parts.ciphertext, parts.prefix)
    except InvalidTag:
        message = (
            "The bundle passphrase is not correct."
            if header.mode == "passphrase"
            else "This bundle was encrypted for another vault."
        )
        raise BundlePassphraseError(message) from None
    try:
        return header, _decompress(compressed, whole=header.fields["compression"] == COMPRESSION)
    except (zlib.error, struct.error):
        raise BundleDamagedError(DAMAGED) from None
