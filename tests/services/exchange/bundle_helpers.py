"""Real format-3 bundles for the bundle tests: made by one test vault, for another."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from casefile.services.exchange import bundle_stream, devices, service
from casefile.services.exchange.bundle_common import PassphraseKey, RecipientKey
from casefile.services.records import attachments
from casefile.vault.schema import Person
from casefile.vault.vault import Vault
from tests.services.exchange.exchange_helpers import BUNDLE_PASSPHRASE, FAST_BUNDLE_KDF

PERSON = "Aigerim Streamed"


def add_person_with_file(vault: Vault, size: int) -> str:
    """A person with one attachment of `size` bytes (random, so zlib cannot shrink it)."""
    with vault.write() as session:
        person = Person(full_name=PERSON)
        session.add(person)
    content = bytes((i * 7919 + i // 251) % 256 for i in range(size))
    attachments.add_attachment(vault, "persons", person.id, "scan", io.BytesIO(content))
    return person.id


def passphrase_bundle(source: Vault, target: str) -> bytes:
    return service.export_bundle(
        source, target, passphrase=BUNDLE_PASSPHRASE, kdf=FAST_BUNDLE_KDF
    ).data


def unsealed(vault: Vault, data: bytes, passphrase: str | None) -> tuple[dict[str, Any], bytes]:
    """The inner header's fields and the whole payload of a bundle this vault can open."""
    with vault.read() as session:
        agreement_key = devices.identity(session).agreement_key
    opened = bundle_stream.verify_stream(data, passphrase=passphrase, agreement_key=agreement_key)
    return dict(opened.header.fields), b"".join(opened.payload())


def resealed(
    signer: Vault,
    payload: bytes,
    fields: dict[str, Any],
    *,
    passphrase: str | None = BUNDLE_PASSPHRASE,
    to: Vault | None = None,
    sign_as: Vault | None = None,
    tamper: Callable[[bytes], bytes] | None = None,
) -> bytes:
    """A bundle with this payload and these inner fields, signed with `signer`'s key and
    claiming to come from `sign_as` (by default the signer itself)."""
    with signer.read() as session:
        signing_key = devices.identity(session).signing_key
    claimed = devices.this_device(sign_as or signer)
    sender = devices.parse_card(claimed.card)
    key: PassphraseKey | RecipientKey
    if to is None:
        assert passphrase is not None
        key = PassphraseKey(passphrase, FAST_BUNDLE_KDF)
    else:
        card = devices.parse_card(devices.this_device(to).card)
        key = RecipientKey(card.device_id, card.agreement_public)
    return bundle_stream.seal(
        [payload],
        manifest_size=0,  # the fields say, whatever they say
        sender=sender,
        signing_key=signing_key,
        key=key,
        recipient=None,  # as above
        inner_fields=fields,
        tamper=tamper,
    )
