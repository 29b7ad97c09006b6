"""Replicas for exchange tests: copies of the template vault, each with its own device keys."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from casefile.services.exchange import devices
from casefile.vault.vault import Vault
from tests.services.exchange.exchange_helpers import PASSPHRASE, MakeVault, introduce


@pytest.fixture
def make_vault(template_vault: Path, tmp_path: Path) -> Iterator[MakeVault]:
    opened: list[Vault] = []

    def make(name: str) -> Vault:
        target = tmp_path / f"{name}.casefile"
        shutil.copytree(template_vault, target, ignore=shutil.ignore_patterns("vault.lock"))
        vault = Vault.open(target, PASSPHRASE, actor=name)
        devices.new_device_keys(vault)
        devices.set_device_name(vault, name)
        opened.append(vault)
        return vault

    yield make
    for vault in opened:
        vault.close()


@pytest.fixture
def pair(make_vault: MakeVault) -> tuple[Vault, Vault]:
    """A laptop and an office that trust each other both ways."""
    laptop, office = make_vault("laptop"), make_vault("office")
    introduce(laptop, office)
    return laptop, office
