"""Helpers for exchange tests (imported by the tests and the conftest)."""

from __future__ import annotations

from collections.abc import Callable

from casefile.services.exchange import devices
from casefile.services.exchange.bundle_format import BundleKdf
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
