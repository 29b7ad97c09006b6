"""This vault's device identity and its partners: keys, names, trust, fingerprints.

A device card is the text a partner needs to trust this vault: both public keys. The
fingerprint is six groups of five digits, easy to read out over the phone in any language.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, get_args

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from casefile.errors import ValidationError
from casefile.services.exchange.bundle_format import (
    BundleHeader,
    BundleSource,
    Sender,
    device_id_of,
    verify_bundle,
)
from casefile.services.exchange.errors import UnknownPartnerError
from casefile.vault.schema import DeviceIdentity, Partner
from casefile.vault.vault import Vault

CARD_PREFIX = "casefile-device-1:"
#: A partner's changes apply like this vault's own; a contributor's apply only to the records
#: it created or was sent, and arrive as conflicts elsewhere.
type PartnerRole = Literal["partner", "contributor"]
ROLES: tuple[str, ...] = get_args(PartnerRole.__value__)
_FINGERPRINT_CONTEXT = b"casefile device fingerprint v1"
RAW = serialization.Encoding.Raw


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    name: str
    fingerprint: str
    card: str


@dataclass(frozen=True)
class PartnerInfo:
    device_id: str
    name: str
    fingerprint: str
    trusted: bool
    last_sent_at: datetime | None
    last_received_at: datetime | None
    role: str = "partner"


def fingerprint(signing_public: bytes, agreement_public: bytes) -> str:
    """Six groups of five digits over both public keys (about 100 bits), as Signal does."""
    digest = hashlib.sha256(_FINGERPRINT_CONTEXT + signing_public + agreement_public).digest()
    groups = [int.from_bytes(digest[i : i + 5], "big") % 100_000 for i in range(0, 30, 5)]
    return " ".join(f"{group:05d}" for group in groups)


def card_of(signing_public: bytes, agreement_public: bytes) -> str:
    return CARD_PREFIX + base64.urlsafe_b64encode(signing_public + agreement_public).decode()


def parse_card(text: str) -> Sender:
    """A device card back into the keys; ValidationError if it is mistyped."""
    cleaned = "".join(text.split())
    if not cleaned.startswith(CARD_PREFIX):
        raise ValidationError(
            "This is not a Casefile device card (one starts with %1).", CARD_PREFIX
        )
    try:
        raw = base64.urlsafe_b64decode(cleaned.removeprefix(CARD_PREFIX))
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 64:
        raise ValidationError("This device card is incomplete or mistyped.")
    return Sender(device_id_of(raw[:32]), raw[:32], raw[32:])


def bundle_header(
    vault: Vault, source: BundleSource, passphrase: str | None = None
) -> BundleHeader:
    """Who signed a bundle, for whom, when: signature checked, nothing trusted or imported.
    Format 3 hides all of it until decrypted, so this needs the bundle's passphrase, or (a
    bundle sent to this vault's key) the vault's own key, which it takes from `vault`."""
    with vault.read() as session:
        agreement_key = identity(session).agreement_key
    return verify_bundle(source, passphrase=passphrase, agreement_key=agreement_key)


def sender_of_bundle(vault: Vault, source: BundleSource, passphrase: str | None = None) -> Sender:
    """The device that signed a bundle (see bundle_header)."""
    return bundle_header(vault, source, passphrase).sender


def identity(session: Session) -> DeviceIdentity:
    row = session.get(DeviceIdentity, 1)
    if row is None:  # pragma: no cover - the migration always creates it
        raise RuntimeError("the vault has no device identity")
    return row


def own_sender(row: DeviceIdentity) -> Sender:
    return Sender(row.device_id, row.signing_public, row.agreement_public)


def this_device(vault: Vault) -> DeviceInfo:
    with vault.read() as session:
        row = identity(session)
        return DeviceInfo(
            device_id=row.device_id,
            name=row.name,
            fingerprint=fingerprint(row.signing_public, row.agreement_public),
            card=card_of(row.signing_public, row.agreement_public),
        )


def set_device_name(vault: Vault, name: str) -> None:
    with vault.write("device name") as session:
        identity(session).name = _clean_name(name)


def new_device_keys(vault: Vault) -> DeviceInfo:
    """Gives this vault a new identity, e.g. after copying a vault to another laptop, so the
    two copies do not pose as one device."""
    signing = Ed25519PrivateKey.generate()
    agreement = X25519PrivateKey.generate()
    no_encryption = serialization.NoEncryption()
    private_raw = serialization.PrivateFormat.Raw
    public_raw = serialization.PublicFormat.Raw
    with vault.write("new device keys") as session:
        row = identity(session)
        row.signing_key = signing.private_bytes(RAW, private_raw, no_encryption)
        row.signing_public = signing.public_key().public_bytes(RAW, public_raw)
        row.agreement_key = agreement.private_bytes(RAW, private_raw, no_encryption)
        row.agreement_public = agreement.public_key().public_bytes(RAW, public_raw)
        row.device_id = device_id_of(row.signing_public)
    return this_device(vault)


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())[:120]
    if not cleaned:
        raise ValidationError("Please give the device a name.", field="name")
    return cleaned


def _info(row: Partner) -> PartnerInfo:
    return PartnerInfo(
        device_id=row.device_id,
        name=row.name,
        fingerprint=row.fingerprint,
        trusted=row.trusted,
        last_sent_at=row.last_sent_at,
        last_received_at=row.last_received_at,
        role=row.role,
    )


def trust_device(
    vault: Vault,
    sender: Sender,
    name: str,
    *,
    trusted: bool = True,
    role: PartnerRole = "partner",
) -> PartnerInfo:
    """Adds a partner device (or renames it and sets its trust and role). The keys of a known
    device never change: a different key under the same id is refused."""
    if role not in ROLES:
        raise ValidationError("A device is trusted as a partner or as a contributor.")
    with vault.write("trust device") as session:
        if sender.device_id == identity(session).device_id:
            raise ValidationError("That is this vault's own device.")
        row = session.get(Partner, sender.device_id)
        if row is None:
            row = Partner(
                device_id=sender.device_id,
                signing_public=sender.signing_public,
                agreement_public=sender.agreement_public,
                fingerprint=fingerprint(sender.signing_public, sender.agreement_public),
                last_sent_seq=0,
            )
            session.add(row)
        elif row.agreement_public != sender.agreement_public:
            raise ValidationError("This device's keys differ from the ones known for it.")
        row.name = _clean_name(name)
        row.trusted = trusted
        row.role = role
        session.flush()
        return _info(row)


def set_trust(vault: Vault, partner: str, trusted: bool) -> PartnerInfo:
    with vault.write("trust device") as session:
        row = find_partner(session, partner)
        row.trusted = trusted
        return _info(row)


def list_partners(vault: Vault) -> list[PartnerInfo]:
    with vault.read() as session:
        return [_info(row) for row in session.scalars(select(Partner).order_by(Partner.name))]


def find_partner(session: Session, name_or_id: str) -> Partner:
    """By exact name (case-insensitive) or by a device id prefix of at least 6 characters."""
    wanted = name_or_id.strip()
    rows = list(session.scalars(select(Partner)))
    by_name = [row for row in rows if row.name.casefold() == wanted.casefold()]
    if len(by_name) == 1:
        return by_name[0]
    if len(wanted) >= 6:
        by_id = [row for row in rows if row.device_id.startswith(wanted.lower())]
        if len(by_id) == 1:
            return by_id[0]
    if len(by_name) > 1:
        raise UnknownPartnerError('Several partners are called "%1"; use the device id.', wanted)
    raise UnknownPartnerError('No partner device "%1". Add it as a trusted device first.', wanted)
