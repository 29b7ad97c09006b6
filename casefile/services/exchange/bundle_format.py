"""The bundle file (docs/bundle-format.md): which format a file is, writing format 3, and
opening any readable format with the sender checked before anything is used.

Format 3 (bundle_stream.py) shows nothing but what decryption needs, and is read in bounded
memory from the file. Formats 1 and 2 (bundle_legacy.py) are still read, whole, up to
MAX_LEGACY_FILE. Every reader looks at the size and the first bytes before anything else.
"""

from __future__ import annotations

import secrets
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from casefile.services.exchange import bundle_legacy, bundle_stream
from casefile.services.exchange.blobs import BlobReader
from casefile.services.exchange.bundle_common import (
    CIPHER,
    DAMAGED,
    DEFAULT_KDF,
    KEM,
    MAGIC,
    MAX_LEGACY_FILE,
    MAX_MANIFEST,
    SIGNATURE_SIZE,
    TOO_NEW_MESSAGE,
    VERSION_PREFIX,
    BundleHeader,
    BundleKdf,
    BundleSource,
    KeyMode,
    PassphraseKey,
    RecipientKey,
    Sender,
    device_id_of,
    open_source,
    pack_payload,
    read_exactly,
    unpack_payload,
)
from casefile.services.exchange.errors import (
    BundleDamagedError,
    BundleError,
    BundleTooNewError,
)

__all__ = [
    "BUNDLE_SUFFIX",
    "CIPHER",
    "DAMAGED",
    "DEFAULT_KDF",
    "FORMAT_VERSION",
    "KEM",
    "MAGIC",
    "MAX_LEGACY_FILE",
    "MAX_MANIFEST",
    "READABLE_VERSIONS",
    "SIGNATURE_SIZE",
    "BundleHeader",
    "BundleKdf",
    "BundleProbe",
    "BundleSource",
    "KeyMode",
    "PassphraseKey",
    "RecipientKey",
    "Sender",
    "default_file_name",
    "device_id_of",
    "open_bundle",
    "pack_payload",
    "probe",
    "unpack_payload",
    "verify_bundle",
    "write_bundle",
]

#: Written: 4 (docs/bundle-format.md). Read: 1, 2, 3 and 4.
FORMAT_VERSION = bundle_stream.VERSION
READABLE_VERSIONS = (*bundle_legacy.LEGACY_VERSIONS, *bundle_stream.STREAM_VERSIONS)
LEGACY_TOO_LARGE_MESSAGE = (
    "This bundle is in an old format that must be read whole, and it is larger than "
    "%1 MiB. Ask the sender to update Casefile and send it again."
)
BUNDLE_SUFFIX = ".cfbundle"
_MODES: dict[int, KeyMode] = {
    bundle_stream.MODE_PASSPHRASE: "passphrase",
    bundle_stream.MODE_PUBLIC_KEY: "public-key",
}


def default_file_name() -> str:
    """A name that says nothing about the partner or the time: a seized USB stick full of
    `to-<partner>` files was a list of who works with whom."""
    return f"casefile-{secrets.token_hex(4)}{BUNDLE_SUFFIX}"


@dataclass(frozen=True)
class BundleProbe:
    """What the first bytes and the size say, before any key work: enough to know whether to
    ask for a passphrase. Nothing in it is authenticated yet."""

    version: int
    mode: KeyMode
    size: int

    @property
    def legacy(self) -> bool:
        return self.version in bundle_legacy.LEGACY_VERSIONS


def probe(source: BundleSource) -> BundleProbe:
    """Refuses at once a file that is not a bundle, is too new, or (formats 1 and 2) too
    large to read whole. Reads at most the legacy header (64 KiB), never the whole file."""
    with open_source(source) as (stream, size):
        return _probe(stream, size)


def _probe(stream: Any, size: int) -> BundleProbe:
    start = stream.read(VERSION_PREFIX.size)
    if len(start) < VERSION_PREFIX.size or not start.startswith(MAGIC):
        raise BundleDamagedError(DAMAGED)
    _magic, version = VERSION_PREFIX.unpack(start)
    if version > FORMAT_VERSION:
        raise BundleTooNewError(TOO_NEW_MESSAGE)
    if version not in READABLE_VERSIONS:
        raise BundleDamagedError(DAMAGED)
    if version in bundle_stream.STREAM_VERSIONS:
        mode = _MODES.get(read_exactly(stream, 1)[0])
        if mode is None:
            raise BundleDamagedError(DAMAGED)
        return BundleProbe(version, mode, size)
    if size > MAX_LEGACY_FILE:
        raise BundleError(LEGACY_TOO_LARGE_MESSAGE, MAX_LEGACY_FILE // (1024 * 1024))
    (header_size,) = struct.unpack(">I", read_exactly(stream, 4))
    if header_size > bundle_legacy.MAX_HEADER_SIZE:
        raise BundleDamagedError(DAMAGED)
    fields = bundle_legacy.parse_header_json(read_exactly(stream, header_size))
    key = fields.get("key")
    mode = key.get("mode") if isinstance(key, dict) else None
    if mode not in ("passphrase", "public-key"):
        raise BundleDamagedError(DAMAGED)
    return BundleProbe(version, mode, size)


def _read_legacy(source: BundleSource) -> bytes:
    if isinstance(source, bytes):
        return source
    with open_source(source) as (stream, size):
        _probe(stream, size)
        stream.seek(0)
        return read_exactly(stream, size)


def write_bundle(
    payload: bytes,
    *,
    sender: Sender,
    signing_key: bytes,
    key: PassphraseKey | RecipientKey | Sequence[RecipientKey],
    recipient: str | None,
    bundle_id: str | None = None,
) -> bytes:
    """The complete signed and encrypted bundle (format 4) for a payload from pack_payload."""
    return bundle_stream.write_stream_bundle(
        payload,
        sender=sender,
        signing_key=signing_key,
        key=key,
        recipient=recipient,
        bundle_id=bundle_id,
    )


def verify_bundle(
    source: BundleSource, *, passphrase: str | None, agreement_key: bytes | None
) -> BundleHeader:
    """Who signed a bundle, the signature checked: formats 1 and 2 without any key, format 3
    only with its passphrase or this vault's agreement key. Nothing is trusted or applied."""
    found = probe(source)
    if found.legacy:
        return bundle_legacy.read_header(_read_legacy(source))
    return bundle_stream.verify_stream(
        source, passphrase=passphrase, agreement_key=agreement_key
    ).header


def open_bundle(
    source: BundleSource,
    *,
    passphrase: str | None,
    agreement_key: bytes | None,
    check_sender: Callable[[BundleHeader], None],
) -> tuple[BundleHeader, dict[str, Any], BlobReader]:
    """Verifies, checks the sender, then decrypts: the header, the manifest and the
    attachment area. Raises BundleDamagedError, BundleTooNewError, BundlePassphraseError, or
    whatever check_sender raises (an untrusted device, a bundle for another vault)."""
    found = probe(source)
    if found.legacy:
        return bundle_legacy.open_legacy(
            _read_legacy(source),
            passphrase=passphrase,
            agreement_key=agreement_key,
            check_sender=check_sender,
        )
    return bundle_stream.open_stream(
        source, passphrase=passphrase, agreement_key=agreement_key, check_sender=check_sender
    )
