"""The key file ``vault.keys``: the vault's random database key, wrapped in key slots.

The database key is 32 random bytes. Each key slot holds it encrypted (AES-256-GCM) under a
key derived from a secret: a passphrase through Argon2id, or the recovery key (32 random
bytes, so HKDF-SHA256 is enough). The file is JSON with a SHA-256 checksum over its contents,
which tells the two failures apart:

* checksum mismatch, bad JSON, missing fields: the file is damaged (``KeyFileDamagedError``);
* the file is intact but no slot's authentication tag verifies: the passphrase is wrong
  (``WrongPassphraseError``).

The checksum is not a security measure (anyone can recompute it); authenticity comes from
AES-GCM, whose associated data binds the format version, the vault id and each slot's KDF
parameters, so a file whose parameters were changed does not open.

Format versions: 1 held passphrase slots only (the recovery key was the database key
itself). 2 adds recovery slots, which live in their own file ``vault.recovery`` beside the
key file, so an emergency erase of ``vault.keys`` or a damaged key file leaves them. Version 1
files are still read; every file written is version 2.

Passphrase slots come in pairs sharing one salt and cost (``passphrase_pair``): the slot of
the passphrase, and a companion that is either random bytes or the duress slot
(``vault/duress.py``), which wraps the decoy's key under the duress passphrase with
associated data naming that role. One Argon2id derivation of what was typed then tries both,
so the duress check costs two AES-GCM tag checks, and a file with a duress slot has the same
shape as one without.

Cheap KDF costs in tests: ``KdfCost`` does not enforce the production floor, so tests pass an
explicit ``KdfCost(memory_kib=8, time_cost=1, parallelism=1)``. Production code gets its cost
only from ``calibrate_kdf_cost()``, which never goes below the floor; there is deliberately no
switch, setting or environment variable that selects a fast KDF.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import hmac
import json
import math
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casefile.errors import (
    BugError,
    InvalidRecoveryKeyError,
    KeyFileDamagedError,
    KeyFileMissingError,
    WrongPassphraseError,
)
from casefile.vault.atomic import write_atomic_shredding

FORMAT_MARKER: Final = "casefile-keyfile"
FORMAT_VERSION: Final = 2
KEYFILE_NAME: Final = "vault.keys"

DB_KEY_BYTES: Final = 32
SALT_BYTES: Final = 16
NONCE_BYTES: Final = 12
_TAG_BYTES: Final = 16
KDF_ALGORITHM: Final = "argon2id"
#: A recovery secret is 256 random bits: no stretching can add to that.
RECOVERY_KDF: Final = "hkdf-sha256"
_RECOVERY_INFO: Final = b"casefile recovery slot"

# Production floor (OWASP-style Argon2id minimum with margin) and calibration ceiling.
MIN_MEMORY_KIB: Final = 64 * 1024
MIN_TIME_COST: Final = 3
MAX_PARALLELISM: Final = 4
MAX_CALIBRATED_MEMORY_KIB: Final = 1024 * 1024

# Sanity limits for parameters read from a file: a tampered file must not be able to make us
# allocate absurd amounts of memory or spin for hours before failing.
_MAX_FILE_MEMORY_KIB: Final = 4 * 1024 * 1024
_MAX_FILE_TIME_COST: Final = 100
_MAX_FILE_PARALLELISM: Final = 64
_MAX_KEYFILE_BYTES: Final = 1024 * 1024

# Slot kinds: the layout is the same (KDF parameters + wrapped key); per-member slots could be
# added as another kind.
SlotKind = Literal["passphrase", "recovery"]
PASSPHRASE: Final[SlotKind] = "passphrase"
RECOVERY: Final[SlotKind] = "recovery"
_KDF_OF_KIND: Final[dict[str, str]] = {PASSPHRASE: KDF_ALGORITHM, RECOVERY: RECOVERY_KDF}

DAMAGED_MESSAGE: Final = (
    "The key file of this vault is damaged. Open the vault with its recovery key."
)
NEWER_VERSION_MESSAGE: Final = (
    "The key file of this vault was written by a newer version of Casefile. "
    "Install the newer version to open this vault."
)
MISSING_MESSAGE: Final = (
    "This vault's key file is missing. It may have been erased. "
    "Open the vault with its recovery key."
)
WRONG_PASSPHRASE_MESSAGE: Final = "The passphrase is not correct."
WRONG_RECOVERY_KEY_MESSAGE: Final = "This recovery key does not open this vault."


@dataclass(frozen=True)
class KdfCost:
    """Argon2id cost parameters.

    No floor is enforced here, so tests can use a cheap cost; only ``calibrate_kdf_cost``
    (the sole source of costs in production) guarantees the production floor.
    """

    memory_kib: int
    time_cost: int
    parallelism: int

    def meets_floor(self) -> bool:
        """Whether this cost is at least the production floor."""
        return (
            self.memory_kib >= MIN_MEMORY_KIB
            and self.time_cost >= MIN_TIME_COST
            and 1 <= self.parallelism <= MAX_PARALLELISM
        )


@dataclass(frozen=True)
class KeySlot:
    """One way to open the vault: the database key encrypted under a derived key.

    ``cost`` is the Argon2id cost of a passphrase slot; a recovery slot has none.
    """

    kind: SlotKind
    label: str
    salt: bytes
    cost: KdfCost | None
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class KeyFile:
    """The contents of ``vault.keys``."""

    vault_id: str
    slots: tuple[KeySlot, ...]
    format_version: int = FORMAT_VERSION

    def to_bytes(self) -> bytes:
        """Serialise to JSON with a checksum over everything else."""
        body: dict[str, Any] = {
            "format": FORMAT_MARKER,
            "format_version": self.format_version,
            "vault_id": self.vault_id,
            "slots": [_slot_to_json(slot) for slot in self.slots],
        }
        body["checksum"] = _checksum(body)
        # Indented for humans who open it in an editor; the checksum does not depend on layout.
        return (json.dumps(body, sort_keys=True, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        """Parse and verify a key file; any damage raises ``KeyFileDamagedError``."""
        try:
            doc = json.loads(data.decode("utf-8"))
        except (ValueError, RecursionError):  # also UnicodeDecodeError and JSONDecodeError
            raise KeyFileDamagedError(DAMAGED_MESSAGE) from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT_MARKER:
            raise KeyFileDamagedError(DAMAGED_MESSAGE)
        version = _as_int(doc.get("format_version"))
        if version < 1:
            raise KeyFileDamagedError(DAMAGED_MESSAGE)
        # Checked before the checksum: a newer version may compute the checksum differently.
        if version > FORMAT_VERSION:
            raise KeyFileDamagedError(NEWER_VERSION_MESSAGE)
        checksum = doc.pop("checksum", None)
        if not isinstance(checksum, str) or not hmac.compare_digest(
            checksum.encode("ascii", "replace"), _checksum(doc).encode("ascii")
        ):
            raise KeyFileDamagedError(DAMAGED_MESSAGE)
        vault_id = doc.get("vault_id")
        raw_slots = doc.get("slots")
        if not isinstance(vault_id, str) or not vault_id:
            raise KeyFileDamagedError(DAMAGED_MESSAGE)
        if not isinstance(raw_slots, list) or not raw_slots:
            raise KeyFileDamagedError(DAMAGED_MESSAGE)
        slots = tuple(_slot_from_json(raw) for raw in raw_slots)
        return cls(vault_id=vault_id, slots=slots, format_version=version)


def _as_int(value: object) -> int:
    # JSON true/false arrive as bool, which is an int subclass; they are not valid numbers here.
    if not isinstance(value, int) or isinstance(value, bool):
        raise KeyFileDamagedError(DAMAGED_MESSAGE)
    return value


def _canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _checksum(body: dict[str, Any]) -> str:
    return hashlib.sha256(_canonical(body)).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, length: int) -> bytes:
    if not isinstance(value, str):
        raise KeyFileDamagedError(DAMAGED_MESSAGE)
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise KeyFileDamagedError(DAMAGED_MESSAGE) from None
    if len(raw) != length:
        raise KeyFileDamagedError(DAMAGED_MESSAGE)
    return raw


def _kdf_json(salt: bytes, cost: KdfCost | None) -> dict[str, Any]:
    if cost is None:
        return {"algorithm": RECOVERY_KDF, "salt": _b64(salt)}
    return {
        "algorithm": KDF_ALGORITHM,
        "salt": _b64(salt),
        "memory_kib": cost.memory_kib,
        "time_cost": cost.time_cost,
        "parallelism": cost.parallelism,
    }


def _slot_to_json(slot: KeySlot) -> dict[str, Any]:
    return {
        "kind": slot.kind,
        "label": slot.label,
        "kdf": _kdf_json(slot.salt, slot.cost),
        "nonce": _b64(slot.nonce),
        "ciphertext": _b64(slot.ciphertext),
    }


def _slot_from_json(raw: object) -> KeySlot:
    if not isinstance(raw, dict):
        raise KeyFileDamagedError(DAMAGED_MESSAGE)
    kind = raw.get("kind")
    label = raw.get("label")
    kdf = raw.get("kdf")
    if not isinstance(kind, str) or not isinstance(label, str) or not isinstance(kdf, dict):
        raise KeyFileDamagedError(DAMAGED_MESSAGE)
    if kind not in _KDF_OF_KIND or kdf.get("algorithm") != _KDF_OF_KIND[kind]:
        # The checksum matched, so this is a deliberate value we do not know: a newer version.
        raise KeyFileDamagedError(NEWER_VERSION_MESSAGE)
    salt = _unb64(kdf.get("salt"), SALT_BYTES)
    nonce = _unb64(raw.get("nonce"), NONCE_BYTES)
    ciphertext = _unb64(raw.get("ciphertext"), DB_KEY_BYTES + _TAG_BYTES)
    if kind == RECOVERY:
        return KeySlot(RECOVERY, label, salt, None, nonce, ciphertext)
    memory = _as_int(kdf.get("memory_kib"))
    time_cost = _as_int(kdf.get("time_cost"))
    parallelism = _as_int(kdf.get("parallelism"))
    # Argon2 itself requires memory >= 8 * parallelism; the upper limits stop resource abuse.
    if not (
        1 <= parallelism <= _MAX_FILE_PARALLELISM
        and 8 * parallelism <= memory <= _MAX_FILE_MEMORY_KIB
        and 1 <= time_cost <= _MAX_FILE_TIME_COST
    ):
        raise KeyFileDamagedError(DAMAGED_MESSAGE)
    cost = KdfCost(memory_kib=memory, time_cost=time_cost, parallelism=parallelism)
    return KeySlot(PASSPHRASE, label, salt, cost, nonce, ciphertext)


def _slot_aad(
    format_version: int,
    vault_id: str,
    kind: str,
    label: str,
    salt: bytes,
    cost: KdfCost | None,
    *,
    duress: bool = False,
) -> bytes:
    # Binds everything that describes the slot: a slot copied into another vault, or with
    # changed KDF parameters or label, fails authentication. The duress role is bound here
    # only, never written in the file: which tag verifies says which slot opened.
    fields: dict[str, Any] = {
        "format": FORMAT_MARKER,
        "format_version": format_version,
        "vault_id": vault_id,
        "kind": kind,
        "label": label,
        "kdf": _kdf_json(salt, cost),
    }
    if duress:
        fields["role"] = "duress"
    return _canonical(fields)


def _derive(passphrase: str, salt: bytes, cost: KdfCost) -> bytes:
    # NFC so that the same visible passphrase typed on different keyboards or systems
    # (precomposed "й" versus "и" + combining breve) derives the same key.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    derived: bytes = hash_secret_raw(
        secret=secret,
        salt=salt,
        time_cost=cost.time_cost,
        memory_cost=cost.memory_kib,
        parallelism=cost.parallelism,
        hash_len=DB_KEY_BYTES,
        type=Type.ID,
    )
    return derived


def derive_seconds(cost: KdfCost) -> float:
    """Wall-clock seconds one key derivation at ``cost`` takes on this machine."""
    start = time.perf_counter()
    _derive("benchmark", b"\0" * SALT_BYTES, cost)
    return time.perf_counter() - start


def _scaled(cost: KdfCost, factor: float) -> KdfCost:
    # Derivation time grows about linearly with memory x passes. Spend the work on memory
    # first (it is what makes GPU guessing expensive), up to the ceiling, then on passes.
    work = cost.memory_kib * cost.time_cost * factor
    time_cost = max(MIN_TIME_COST, math.ceil(work / MAX_CALIBRATED_MEMORY_KIB))
    memory = int(work / time_cost) // 1024 * 1024  # whole MiB
    memory = min(MAX_CALIBRATED_MEMORY_KIB, max(MIN_MEMORY_KIB, memory))
    return KdfCost(memory, time_cost, cost.parallelism)


@functools.cache
def calibrate_kdf_cost(target_seconds: float = 0.7) -> KdfCost:
    """The Argon2id cost for new key slots: about 0.5-1 s here, never below the floor.

    Starts at the floor (64 MiB, t=3, p=min(4, CPUs)), raises memory up to 1 GiB and then
    the number of passes. On a machine where the floor alone takes longer, the floor is kept.
    Cached per process, as calibrating takes a few seconds.
    """
    low, high = 0.5, 1.0
    parallelism = max(1, min(MAX_PARALLELISM, os.cpu_count() or 1))
    floor = KdfCost(MIN_MEMORY_KIB, MIN_TIME_COST, parallelism)
    cost = floor
    for _ in range(8):  # bounded: timing noise must not make calibration loop for ever
        elapsed = derive_seconds(cost)
        if low <= elapsed <= high or (elapsed > high and cost == floor):
            break
        new = _scaled(cost, target_seconds / max(elapsed, 1e-3))
        if new == cost:
            break
        cost = new
    return cost


def _check_db_key(db_key: bytes) -> None:
    if len(db_key) != DB_KEY_BYTES:
        raise BugError(f"database key must be {DB_KEY_BYTES} bytes, got {len(db_key)}")


def new_passphrase_slot(
    db_key: bytes,
    passphrase: str,
    vault_id: str,
    cost: KdfCost | None = None,
    label: str = "passphrase",
    *,
    salt: bytes | None = None,
    duress: bool = False,
) -> KeySlot:
    """Wrap ``db_key`` under ``passphrase``; ``cost=None`` uses the calibrated production cost.

    ``salt`` is given for the second slot of a pair; ``duress`` makes it a duress slot.
    """
    _check_db_key(db_key)
    if not vault_id:
        raise BugError("vault_id must not be empty")
    if cost is None:
        cost = calibrate_kdf_cost()
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    nonce = os.urandom(NONCE_BYTES)
    wrapping_key = _derive(passphrase, salt, cost)
    aad = _slot_aad(FORMAT_VERSION, vault_id, PASSPHRASE, label, salt, cost, duress=duress)
    ciphertext = AESGCM(wrapping_key).encrypt(nonce, db_key, aad)
    return KeySlot(
        kind=PASSPHRASE, label=label, salt=salt, cost=cost, nonce=nonce, ciphertext=ciphertext
    )


def filler_slot(like: KeySlot) -> KeySlot:
    """A slot shaped like ``like`` (same salt, cost and label) that nothing opens."""
    ciphertext = os.urandom(DB_KEY_BYTES + _TAG_BYTES)
    return KeySlot(like.kind, like.label, like.salt, like.cost, os.urandom(NONCE_BYTES), ciphertext)


def shuffled(first: KeySlot, second: KeySlot) -> tuple[KeySlot, KeySlot]:
    """The two slots of a pair in random order, so a slot's place says nothing of its role."""
    return (first, second) if secrets.randbelow(2) else (second, first)


def passphrase_pair(
    db_key: bytes, passphrase: str, vault_id: str, cost: KdfCost | None = None
) -> tuple[KeySlot, KeySlot]:
    """The passphrase's slot and a random companion under the same salt and cost.

    Every key file written has such a pair, so one whose companion is a duress slot
    (``with_duress``) looks the same.
    """
    slot = new_passphrase_slot(db_key, passphrase, vault_id, cost)
    return shuffled(slot, filler_slot(slot))


@dataclass(frozen=True)
class Opened:
    """What a passphrase opened: a key, whether through a duress slot, and that slot."""

    key: bytes
    duress: bool
    slot: KeySlot


def open_passphrase(keyfile: KeyFile, passphrase: str) -> Opened:
    """The key a passphrase slot wraps, the duress slot's included.

    One derivation per distinct salt and cost: the two slots of a pair cost one, so telling
    a duress passphrase apart adds two tag checks (microseconds), never a derivation.
    Raises ``WrongPassphraseError`` when no slot opens.
    """
    derived: dict[tuple[bytes, KdfCost], bytes] = {}
    for slot in keyfile.slots:
        if slot.kind != PASSPHRASE or slot.cost is None:
            continue
        wrapping_key = derived.get((slot.salt, slot.cost))
        if wrapping_key is None:
            wrapping_key = _derive(passphrase, slot.salt, slot.cost)
            derived[(slot.salt, slot.cost)] = wrapping_key
        for duress in (False, True):
            db_key = _open_slot(keyfile, slot, wrapping_key, duress=duress)
            if db_key is not None:
                return Opened(db_key, duress, slot)
    raise WrongPassphraseError(WRONG_PASSPHRASE_MESSAGE)


def unlock(keyfile: KeyFile, passphrase: str) -> bytes:
    """Return the database key, or raise ``WrongPassphraseError`` if no passphrase slot opens.

    The file's checksum was verified when it was read, so an authentication failure here means
    a wrong passphrase, not damage. (A slot altered on purpose with the checksum recomputed
    also lands here: AES-GCM cannot tell tampering from a wrong key.) The duress passphrase
    is a wrong one here: only opening the vault acts on it (``Vault.open``).
    """
    opened = open_passphrase(keyfile, passphrase)
    if opened.duress:
        raise WrongPassphraseError(WRONG_PASSPHRASE_MESSAGE)
    return opened.key


def _open_slot(
    keyfile: KeyFile, slot: KeySlot, wrapping_key: bytes, *, duress: bool = False
) -> bytes | None:
    aad = _slot_aad(
        keyfile.format_version,
        keyfile.vault_id,
        slot.kind,
        slot.label,
        slot.salt,
        slot.cost,
        duress=duress,
    )
    try:
        db_key = AESGCM(wrapping_key).decrypt(slot.nonce, slot.ciphertext, aad)
    except InvalidTag:
        return None
    if len(db_key) != DB_KEY_BYTES:
        raise KeyFileDamagedError(DAMAGED_MESSAGE)
    return db_key


def _recovery_wrapping_key(secret: bytes, salt: bytes) -> bytes:
    if len(secret) != DB_KEY_BYTES:
        raise BugError(f"a recovery secret must be {DB_KEY_BYTES} bytes, got {len(secret)}")
    hkdf = HKDF(algorithm=SHA256(), length=DB_KEY_BYTES, salt=salt, info=_RECOVERY_INFO)
    return hkdf.derive(secret)


def new_recovery_slot(db_key: bytes, secret: bytes, vault_id: str) -> KeySlot:
    """Wrap ``db_key`` under a recovery secret (32 random bytes, shown as the recovery key)."""
    _check_db_key(db_key)
    if not vault_id:
        raise BugError("vault_id must not be empty")
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    aad = _slot_aad(FORMAT_VERSION, vault_id, RECOVERY, RECOVERY, salt, None)
    ciphertext = AESGCM(_recovery_wrapping_key(secret, salt)).encrypt(nonce, db_key, aad)
    return KeySlot(RECOVERY, RECOVERY, salt, None, nonce, ciphertext)


def unlock_recovery(keyfile: KeyFile, secret: bytes) -> bytes:
    """The database key a recovery slot of ``keyfile`` wraps under ``secret``.

    Raises ``InvalidRecoveryKeyError`` when none opens: a recovery key that was replaced.
    """
    for slot in keyfile.slots:
        if slot.kind != RECOVERY:
            continue
        db_key = _open_slot(keyfile, slot, _recovery_wrapping_key(secret, slot.salt))
        if db_key is not None:
            return db_key
    raise InvalidRecoveryKeyError(WRONG_RECOVERY_KEY_MESSAGE)


def with_passphrase(
    keyfile: KeyFile,
    db_key: bytes,
    new_passphrase: str,
    cost: KdfCost | None = None,
    *,
    label: str = "passphrase",
) -> KeyFile:
    """A copy of ``keyfile`` whose passphrase slots are replaced by a pair for ``new_passphrase``
    (its slot and a random companion: a duress slot is dropped).

    Slots of other kinds are kept. ``db_key`` must be the key ``unlock`` returned for this file.
    """
    slot = new_passphrase_slot(db_key, new_passphrase, keyfile.vault_id, cost, label)
    others = tuple(s for s in keyfile.slots if s.kind != PASSPHRASE)
    if others and keyfile.format_version != FORMAT_VERSION:
        # Their associated data names the old version: they would no longer open.
        raise BugError("slots of an older key file cannot be carried into a newer one")
    return KeyFile(vault_id=keyfile.vault_id, slots=(*shuffled(slot, filler_slot(slot)), *others))


def has_pair(keyfile: KeyFile) -> bool:
    """Whether the file's passphrase slots are one pair sharing a salt and cost."""
    slots = [s for s in keyfile.slots if s.kind == PASSPHRASE]
    return (
        keyfile.format_version == FORMAT_VERSION
        and len(slots) == 2
        and slots[0].salt == slots[1].salt
        and slots[0].cost == slots[1].cost
    )


def replace_in_pair(keyfile: KeyFile, opened: Opened, new_passphrase: str) -> KeyFile:
    """A copy of a paired ``keyfile`` where the slot ``opened`` (from ``open_passphrase``) now
    opens with ``new_passphrase``, under the pair's salt and cost; the companion is kept.

    That keeps a duress slot through a passphrase change (its passphrase is not known here).
    The role stays: the duress slot's passphrase changed stays a duress one.
    """
    slot = opened.slot
    new = new_passphrase_slot(
        opened.key,
        new_passphrase,
        keyfile.vault_id,
        slot.cost,
        slot.label,
        salt=slot.salt,
        duress=opened.duress,
    )
    return KeyFile(keyfile.vault_id, tuple(new if s is slot else s for s in keyfile.slots))


def read_keyfile(path: Path) -> KeyFile:
    """Read and verify the key file at ``path``."""
    try:
        with open(path, "rb") as f:
            # Bounded read: a real key file is a few KiB; anything huge is not ours.
            data = f.read(_MAX_KEYFILE_BYTES + 1)
    except FileNotFoundError:
        raise KeyFileMissingError(MISSING_MESSAGE) from None
    except IsADirectoryError:
        raise KeyFileDamagedError(DAMAGED_MESSAGE) from None
    if len(data) > _MAX_KEYFILE_BYTES:
        raise KeyFileDamagedError(DAMAGED_MESSAGE)
    return KeyFile.from_bytes(data)


def write_keyfile(path: Path, keyfile: KeyFile) -> None:
    """Write the key file atomically, readable by its owner only; the file it replaces is
    overwritten, so an old passphrase's slot does not stay in free space."""
    write_atomic_shredding(path, keyfile.to_bytes(), 0o600)
