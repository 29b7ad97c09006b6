"""What every bundle format shares: keys, headers, limits, and where the bytes come from.

bundle_format.py is the public face (it re-exports these); bundle_stream.py reads and writes
format 3, bundle_legacy.py reads formats 1 and 2.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import os
import struct
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, Literal

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from casefile.services.exchange.errors import BundleDamagedError, BundleError

MAGIC = b"CASEFILE-BUNDLE\n"
CIPHER = "AES-256-GCM"
KEM = "X25519-HKDF-SHA256"
MANIFEST_COMPRESSION = "zlib-manifest"
SIGNATURE_SIZE = 64
RAW = serialization.Encoding.Raw
PUBLIC_RAW = serialization.PublicFormat.Raw
#: magic | format version (u16): the same in every format, so any reader can tell them apart.
VERSION_PREFIX = struct.Struct(">16sH")
MANIFEST_LENGTH = struct.Struct(">I")

#: The most manifest (the JSON, after zlib) a reader accepts. The 10,000-person bench bundle
#: has about 12 MB; a zlib bomb stops here instead of filling memory.
MAX_MANIFEST = 64 * 1024 * 1024
#: The most JSON values (counted by their separators and brackets) a manifest may hold. Parsed,
#: each costs up to about 64 bytes of Python objects, so this keeps a manifest of nothing but
#: "[],[],…" near 200 MiB; the 10,000-person bench bundle holds about 0.8 million.
MAX_MANIFEST_VALUES = 3_000_000
TOO_MANY_CHANGES_MESSAGE = (
    "This bundle holds more changes than one bundle may. Nothing was imported. Ask the sender "
    "to send the people or cases in several bundles."
)
#: Formats 1 and 2 decrypt in one piece, so the whole file is read: larger ones are refused.
MAX_LEGACY_FILE = 256 * 1024 * 1024
#: Format 1 compressed attachments too: its payload may not inflate past this, nor past
#: 4 times its ciphertext plus MAX_MANIFEST (attachments are mostly compressed already).
MAX_LEGACY_PAYLOAD = MAX_LEGACY_FILE + MAX_MANIFEST
#: scrypt cost a reader accepts. Memory is 128 * r * 2^log2_n bytes; beyond the limit a
#: crafted file could make the reader allocate gigabytes before anything is checked.
KDF_LIMITS = {"log2_n": (1, 20), "r": (1, 32), "p": (1, 16)}
MAX_SCRYPT_MEMORY = 512 * 1024 * 1024

DAMAGED = (
    "This file is not a Casefile bundle, or it was altered or cut short after it was made. "
    "Nothing was imported; ask the sender for a new copy."
)
TOO_NEW_MESSAGE = (
    "This bundle was made by a newer version of Casefile. Update Casefile to import it."
)
WRONG_PASSPHRASE_MESSAGE = "The bundle passphrase is not correct."
OTHER_VAULT_MESSAGE = "This bundle was encrypted for another vault."
NEEDS_PASSPHRASE_MESSAGE = "This bundle needs its passphrase."

type BundleSource = bytes | Path
type KeyMode = Literal["passphrase", "public-key"]


@dataclass(frozen=True)
class BundleKdf:
    """scrypt cost for passphrase bundles; the default takes about half a second."""

    log2_n: int = 17
    r: int = 8
    p: int = 1


DEFAULT_KDF = BundleKdf()


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
    """Who made a bundle, for whom, when. In format 3 it is only known after decryption."""

    bundle_id: str
    created: datetime
    sender: Sender
    recipient: str | None
    mode: KeyMode
    fields: dict[str, Any]
    #: Format 4: every device the bundle was sealed to (`recipient` is then None if several).
    recipients: tuple[str, ...] = ()

    def addressed_to(self, device_id: str) -> bool:
        """Whether the sender made this bundle for that device (or for anyone: no recipient)."""
        if self.recipients:
            return device_id in self.recipients
        return self.recipient is None or self.recipient == device_id


def device_id_of(signing_public: bytes) -> str:
    """A device's id: derived from its signing key, so it cannot be claimed by another key."""
    return hashlib.sha256(signing_public).hexdigest()[:32]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(value: Any, size: int | None = None) -> bytes:
    if not isinstance(value, str):
        raise BundleDamagedError(DAMAGED)
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise BundleDamagedError(DAMAGED) from None
    if size is not None and len(data) != size:
        raise BundleDamagedError(DAMAGED)
    return data


def check_kdf(kdf: BundleKdf) -> None:
    """Refuses a cost outside the limits (a damaged or hostile file), before any work."""
    for name, (low, high) in KDF_LIMITS.items():
        value = getattr(kdf, name)
        if type(value) is not int or not low <= value <= high:
            raise BundleDamagedError(DAMAGED)
    if 128 * kdf.r * 2**kdf.log2_n > MAX_SCRYPT_MEMORY:
        raise BundleDamagedError(DAMAGED)
    # scrypt's own rule, N < 2^(16 r): the library refuses the rest (as a MemoryError).
    if kdf.log2_n >= 16 * kdf.r:
        raise BundleDamagedError(DAMAGED)


def scrypt(passphrase: str, salt: bytes, kdf: BundleKdf) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**kdf.log2_n, r=kdf.r, p=kdf.p).derive(
        passphrase.encode("utf-8")
    )


def hkdf(secret: bytes, salt: bytes | None, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


# -- payload: manifest plus attachment bytes -----------------------------------------------


def pack_payload(manifest: dict[str, Any], blobs: list[bytes]) -> bytes:
    """manifest length (u32) | manifest (JSON) | the blobs one after another."""
    encoded = json.dumps(manifest, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return b"".join([MANIFEST_LENGTH.pack(len(encoded)), encoded, *blobs])


def unpack_payload(payload: bytes | bytearray) -> tuple[dict[str, Any], memoryview]:
    """The manifest and the blob area (offsets in the manifest are relative to it)."""
    try:
        (length,) = MANIFEST_LENGTH.unpack_from(payload, 0)
        start = MANIFEST_LENGTH.size
        if start + length > len(payload):
            raise BundleDamagedError(DAMAGED)
        manifest = parse_manifest(memoryview(payload)[start : start + length])
    except struct.error:
        raise BundleDamagedError(DAMAGED) from None
    return manifest, memoryview(payload)[start + length :]


def manifest_values(encoded: bytes) -> int:
    """An upper bound of the values a JSON text parses into (cheap: no parsing)."""
    return encoded.count(b",") + encoded.count(b"[") + encoded.count(b"{") + 1


def parse_manifest(encoded: bytes | bytearray | memoryview) -> dict[str, Any]:
    text = bytes(encoded)
    # Before parsing: a small manifest of tiny values parses into far more memory than it is.
    if manifest_values(text) > MAX_MANIFEST_VALUES:
        raise BundleError(TOO_MANY_CHANGES_MESSAGE)
    try:
        manifest = json.loads(text.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleDamagedError(DAMAGED) from None
    if not isinstance(manifest, dict):
        raise BundleDamagedError(DAMAGED)
    return manifest


class Inflater:
    """zlib with a hard cap on the output: a few KiB claiming gigabytes stop at `limit`.
    Output is kept in pieces and joined at the end, so a bomb stops at about `limit` bytes
    of memory (a growing bytearray peaked at twice that)."""

    _STEP = 1024 * 1024

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._zlib = zlib.decompressobj()
        self._pieces: list[bytes] = []
        self.size = 0

    def feed(self, data: bytes | memoryview) -> None:
        try:
            while data:
                room = self._limit + 1 - self.size
                piece = self._zlib.decompress(data, min(room, self._STEP))
                self._pieces.append(piece)
                self.size += len(piece)
                if self.size > self._limit:
                    raise BundleDamagedError(DAMAGED)
                data = self._zlib.unconsumed_tail
                if self._zlib.eof and (data or self._zlib.unused_data):
                    raise BundleDamagedError(DAMAGED)
        except zlib.error:
            raise BundleDamagedError(DAMAGED) from None

    def finish(self) -> bytes:
        if not self._zlib.eof:
            raise BundleDamagedError(DAMAGED)
        joined = b"".join(self._pieces)
        self._pieces = []
        return joined


def inflate(data: bytes | memoryview, limit: int) -> bytes:
    inflater = Inflater(limit)
    inflater.feed(data)
    return inflater.finish()


# -- where the bytes come from ---------------------------------------------------------------


@contextmanager
def open_source(source: BundleSource) -> Iterator[tuple[BinaryIO, int]]:
    """The bundle as a seekable stream and its size; a Path is never read whole here."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        yield io.BytesIO(source), len(source)
        return
    if source.is_dir():  # Windows says "access denied" for a folder; say what it is
        raise BundleError("%1 is a folder, not a bundle file.", source.name)
    handle = open(source, "rb")  # noqa: SIM115 - closed below, after the caller is done
    with handle:
        size = os.fstat(handle.fileno()).st_size
        yield handle, size


def read_exactly(stream: BinaryIO, size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise BundleDamagedError(DAMAGED)
    return data
