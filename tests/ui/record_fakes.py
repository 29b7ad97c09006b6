"""Fixtures shared by the record page tests (dossier, case page, agenda)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from casefile.vault.keyfile import KdfCost
from casefile.vault.vault import Vault


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """The demo vault, built once per test module (tests must not change it)."""
    from casefile.demo.build import build_demo_vault

    fast = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
    created = build_demo_vault(tmp_path_factory.mktemp("demo") / "demo", kdf_cost=fast)
    yield created.vault
    created.vault.close()
