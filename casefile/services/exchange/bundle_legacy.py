"""Bundle formats 1 and 2 (docs/bundle-format.md, "Formats 1 and 2"): still read, no longer
written except by tests.

    MAGIC (16) | format version (u16) | header length (u32) | header (JSON)
    | ciphertext length (u64) | ciphertext | Ed25519 signature (64)

The header is readable without a key; the ciphertext is one AES-GCM message, so the whole
file is read: a file larger than MAX_LEGACY_FILE is refused before reading, and zlib output
is capped (a 299 KiB format-1 file used to inflate to hundreds of MiB).
"""

from __future__ import annotations

import json
import os
import struct
import uuid
import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from casefile.services.exchange.blobs import MemoryBlobs
from casefile.services.exchange.bundle_common import (
    CIPHER,
    DAMAGED,
    KEM,
    MAGIC,
    MANIFEST_COMPRESSION,
    MANIFEST_LENGTH,
    MAX_LEGACY_PAYLOAD,
    MAX_MANIFEST,
    NEEDS_PASSPHRASE_MESSAGE,
    OTHER_VAULT_MESSAGE,
    PUBLIC_RAW,
    RAW,
    SIGNATURE_SIZE,
    WRONG_PASSPHRASE_MESSAGE,
    BundleHeader,
    BundleKdf,
    PassphraseKey,
    RecipientKey,
    Sender,
    b64,
    check_kdf,
    device_id_of,
    hkdf,
    inflate,
    scrypt,
    unb64,
    unpack_payload,
)
from casefile.services.exchange.errors import (
    BundleDamagedError,
    BundleError,
    BundlePassphraseError,
)

LEGACY_VERSIONS = (1, 2)
COMPRESSION = "zlib"  # format 1: the whole payload
HKDF_INFO = b"casefile bundle v1"
MAX_HEADER_SIZE = 64 * 1024
PREFIX = struct.Struct(">16sHI")
_LENGTH = struct.Struct(">Q")


def _split(data: bytes) -> tuple[memoryview, memoryview, memoryview, bytes, dict[str, Any]]:
    """prefix (the AEAD's associated data), signed part, ciphertext, signature, header; views,
    not copies, of a file that may be 256 MiB."""
    if len(data) < PREFIX.size or not data.startswith(MAGIC):
        raise BundleDamagedError(DAMAGED)
    _magic, version, header_size = PREFIX.unpack_from(data, 0)
    if version not in LEGACY_VERSIONS or header_size > MAX_HEADER_SIZE:
        raise BundleDamagedError(DAMAGED)
    header_end = PREFIX.size + header_size
    if len(data) < header_end + _LENGTH.size:
        raise BundleDamagedError(DAMAGED)
    (ct_size,) = _LENGTH.unpack_from(data, header_end)
    ct_start = header_end + _LENGTH.size
    if len(data) != ct_start + ct_size + SIGNATURE_SIZE:
        raise BundleDamagedError(DAMAGED)
    header = parse_header_json(data[PREFIX.size : header_end])
    view = memoryview(data)
    return (
        view[:header_end],
        view[: ct_start + ct_size],
        view[ct_start : ct_start + ct_size],
        data[ct_start + ct_size :],
        header,
    )


def parse_header_json(encoded: bytes) -> dict[str, Any]:
    try:
        header = json.loads(encoded.decode("ascii"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleDamagedError(DAMAGED) from None
    if not isinstance(header, dict):
        raise BundleDamagedError(DAMAGED)
    return header


def _header(fields: dict[str, Any]) -> BundleHeader:
    try:
        sender = fields["sender"]
        signing_public = unb64(sender["signing_public"], 32)
        result = BundleHeader(
            bundle_id=str(uuid.UUID(str(fields["bundle_id"]))),
            created=datetime.fromisoformat(str(fields["created"])),
            sender=Sender(
                device_id=str(sender["device_id"]),
                signing_public=signing_public,
                agreement_public=unb64(sender["agreement_public"], 32),
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
    """The header of a format 1 or 2 bundle whose signature checks; nothing is decrypted."""
    _prefix, signed, _ciphertext, signature, fields = _split(data)
    header = _header(fields)
    try:
        Ed25519PublicKey.from_public_bytes(header.sender.signing_public).verify(signature, signed)
    except (InvalidSignature, ValueError):
        raise BundleDamagedError(DAMAGED) from None
    return header


def _content_key(
    header: BundleHeader, passphrase: str | None, agreement_key: bytes | None
) -> bytes:
    key = header.fields["key"]
    if not isinstance(key, dict):
        raise BundleDamagedError(DAMAGED)
    salt = unb64(key.get("salt"), 16)
    if header.mode == "passphrase":
        if key.get("kdf") != "scrypt":
            raise BundleDamagedError(DAMAGED)
        cost = BundleKdf(key.get("log2_n"), key.get("r"), key.get("p"))  # type: ignore[arg-type]
        check_kdf(cost)
        if not passphrase:
            raise BundlePassphraseError(NEEDS_PASSPHRASE_MESSAGE)
        return scrypt(passphrase, salt, cost)
    if key.get("kem") != KEM:
        raise BundleDamagedError(DAMAGED)
    ephemeral = unb64(key.get("ephemeral"), 32)
    if agreement_key is None:
        raise BundlePassphraseError(OTHER_VAULT_MESSAGE)
    mine = X25519PrivateKey.from_private_bytes(agreement_key)
    if unb64(key.get("recipient_key"), 32) != mine.public_key().public_bytes(RAW, PUBLIC_RAW):
        raise BundlePassphraseError(OTHER_VAULT_MESSAGE)
    try:
        shared = mine.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    except ValueError:  # an all-zero shared secret: a crafted ephemeral key
        raise BundleDamagedError(DAMAGED) from None
    return hkdf(shared, salt, HKDF_INFO)


def _decompress(data: bytes, *, whole: bool) -> bytes:
    """The payload (manifest length, manifest, blobs), every zlib output capped."""
    if whole:
        payload = inflate(data, min(MAX_LEGACY_PAYLOAD, 4 * len(data) + MAX_MANIFEST))
        if payload[: MANIFEST_LENGTH.size] > MANIFEST_LENGTH.pack(MAX_MANIFEST):
            raise BundleDamagedError(DAMAGED)
        return payload
    try:
        (length,) = MANIFEST_LENGTH.unpack_from(data, 0)
    except struct.error:
        raise BundleDamagedError(DAMAGED) from None
    end = MANIFEST_LENGTH.size + length
    if end > len(data):
        raise BundleDamagedError(DAMAGED)
    manifest = inflate(memoryview(data)[MANIFEST_LENGTH.size : end], MAX_MANIFEST)
    return b"".join([MANIFEST_LENGTH.pack(len(manifest)), manifest, memoryview(data)[end:]])


def open_legacy(
    data: bytes,
    *,
    passphrase: str | None,
    agreement_key: bytes | None,
    check_sender: Callable[[BundleHeader], None],
) -> tuple[BundleHeader, dict[str, Any], MemoryBlobs]:
    """Verifies, checks the sender, decrypts: the header, the manifest, the attachments."""
    prefix, _signed, ciphertext, _signature, _fields = _split(data)
    header = read_header(data)
    check_sender(header)
    content_key = _content_key(header, passphrase, agreement_key)
    nonce = unb64(header.fields.get("nonce"), 12)
    try:
        compressed = AESGCM(content_key).decrypt(nonce, ciphertext, prefix)
    except InvalidTag:
        message = WRONG_PASSPHRASE_MESSAGE if header.mode == "passphrase" else OTHER_VAULT_MESSAGE
        raise BundlePassphraseError(message) from None
    del ciphertext
    payload = _decompress(compressed, whole=header.fields["compression"] == COMPRESSION)
    manifest, blobs = unpack_payload(payload)
    return header, manifest, MemoryBlobs(blobs)


def write_legacy_bundle(
    payload: bytes,
    *,
    version: int,
    sender: Sender,
    signing_key: bytes,
    key: PassphraseKey | RecipientKey,
    recipient: str | None,
    bundle_id: str | None = None,
) -> bytes:
    """A format 1 or 2 bundle, as older Casefiles wrote them (tests of the reader only)."""
    if version not in LEGACY_VERSIONS:
        raise ValueError(f"not a legacy format: {version}")
    salt = os.urandom(16)
    key_fields: dict[str, Any]
    if isinstance(key, PassphraseKey):
        if not key.passphrase:
            raise BundleError("A bundle passphrase is needed.")
        content_key = scrypt(key.passphrase, salt, key.kdf)
        key_fields = {
            "mode": "passphrase",
            "kdf": "scrypt",
            "log2_n": key.kdf.log2_n,
            "r": key.kdf.r,
            "p": key.kdf.p,
            "salt": b64(salt),
        }
    else:
        ephemeral = X25519PrivateKey.generate()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(key.agreement_public))
        content_key = hkdf(shared, salt, HKDF_INFO)
        key_fields = {
            "mode": "public-key",
            "kem": KEM,
            "ephemeral": b64(ephemeral.public_key().public_bytes(RAW, PUBLIC_RAW)),
            "recipient_key": b64(key.agreement_public),
            "salt": b64(salt),
        }
    nonce = os.urandom(12)
    header = {
        "bundle_id": bundle_id or str(uuid.uuid4()),
        "created": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "sender": {
            "device_id": sender.device_id,
            "signing_public": b64(sender.signing_public),
            "agreement_public": b64(sender.agreement_public),
        },
        "recipient": recipient,
        "key": key_fields,
        "cipher": CIPHER,
        "nonce": b64(nonce),
        "compression": COMPRESSION if version == 1 else MANIFEST_COMPRESSION,
    }
    encoded = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")
    prefix = PREFIX.pack(MAGIC, version, len(encoded)) + encoded
    compressor = zlib.compressobj(level=1)
    if version == 1:
        compressed = compressor.compress(payload) + compressor.flush()
    else:
        (length,) = MANIFEST_LENGTH.unpack_from(payload, 0)
        end = MANIFEST_LENGTH.size + length
        manifest = compressor.compress(payload[MANIFEST_LENGTH.size : end]) + compressor.flush()
        compressed = MANIFEST_LENGTH.pack(len(manifest)) + manifest + payload[end:]
    ciphertext = AESGCM(content_key).encrypt(nonce, compressed, prefix)
    signed = prefix + _LENGTH.pack(len(ciphertext)) + ciphertext
    return signed + Ed25519PrivateKey.from_private_bytes(signing_key).sign(signed)
