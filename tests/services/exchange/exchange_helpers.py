"""Helpers for exchange tests (imported by the tests and the conftest)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from casefile.services.exchange import devices
from casefile.services.exchange.bundle_format import (
    BundleKdf,
    PassphraseKey,
    pack_payload,
    write_bundle,
)
from casefile.services.exchange.changes import Selection, collect
from casefile.vault.vault import Vault

PASSPHRASE = "correct horse battery staple for tests only"  # the template's
#: Test-only scrypt cost for bundles.
FAST_BUNDLE_KDF = BundleKdf(log2_n=4, r=1, p=1)
BUNDLE_PASSPHRASE = "bundle passphrase for tests"

type MakeVault = Callable[[str], Vault]


def introduce(*vaults: Vault) -> None:
    """Every vault trusts every other, by its device card."""
    for vault in vaults:
        card = devices.this_device(vault)
        sender = devices.parse_card(card.card)
        for other in vaults:
            if other is not vault:
                devices.trust_device(other, sender, card.name)


def accept_all_purges(vault: Vault) -> int:
    """A person here accepts every purge partners asked for (they wait in the trash)."""
    from casefile.services.exchange import pending

    requests = pending.list_requests(vault)
    if not requests:
        return 0
    return pending.accept_purges(vault, [(r.table, r.record_id) for r in requests])


type Manifest = dict[str, Any]


def manifest_of(vault: Vault, *, everything: bool = True) -> tuple[Manifest, list[bytes]]:
    """A real manifest (a copy to alter) and the files of everything this vault would send."""
    with vault.read() as session:
        me = devices.identity(session)
        collected = collect(
            session,
            sender=me.device_id,
            clock=me.clock,
            since=0,
            selection=Selection(everything=everything),
        )
    return copy.deepcopy(collected.manifest), collected.blobs


def signed_bundle(vault: Vault, manifest: Manifest, blobs: list[bytes], to: Vault) -> bytes:
    """A bundle from `vault` holding exactly this manifest, signed with its own key."""
    with vault.read() as session:
        me = devices.identity(session)
        sender, signing_key = devices.own_sender(me), me.signing_key
    recipient = devices.this_device(to).device_id
    return write_bundle(
        pack_payload(manifest, blobs),
        sender=sender,
        signing_key=signing_key,
        key=PassphraseKey(BUNDLE_PASSPHRASE, FAST_BUNDLE_KDF),
        recipient=recipient,
    )
