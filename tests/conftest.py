"""Shared fixtures: a template vault built once per session and copied per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casefile.vault.keyfile import KdfCost
from casefile.vault.vault import Vault

#: Test-only key derivation cost: production code always calibrates above the floor.
FAST_KDF = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
PASSPHRASE = "correct horse battery staple for tests only"


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("template")
    created = Vault.create(root / "template", PASSPHRASE, actor="tester", kdf_cost=FAST_KDF)
    created.vault.close()
    return created.vault.paths.root


@pytest.fixture
def vault_path(template_vault: Path, tmp_path: Path) -> Path:
    """A fresh copy of the template vault (closed) for this test alone."""
    target = tmp_path / "test.casefile"
    shutil.copytree(template_vault, target, ignore=shutil.ignore_patterns("vault.lock"))
    return target


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    """A fresh, unlocked vault for this test alone."""
    opened = Vault.open(vault_path, PASSPHRASE, actor="tester")
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> KdfCost:
    """Makes code that calibrates the KDF use the test cost instead."""
    import casefile.vault.keyfile as keyfile

    monkeypatch.setattr(keyfile, "calibrate_kdf_cost", lambda *a, **k: FAST_KDF)
    return FAST_KDF
