"""Fakes and fixtures shared by the record page tests (dossier, case page, agenda)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from casefile.vault.keyfile import KdfCost
from casefile.vault.vault import Vault


@dataclass
class FakeRecordDialogs:
    """Answers the record pages' questions at once."""

    open_path: Path | None = None
    save_path: Path | None = None
    postponement: Any = None
    outcome: Any = None
    asked: list[str] = field(default_factory=list)

    def open_file(self, parent: QWidget | None, title: str) -> Path | None:
        self.asked.append("open_file")
        return self.open_path

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, file_filter: str = ""
    ) -> Path | None:
        self.asked.append("save_file")
        return self.save_path

    def ask_postponement(self, parent: QWidget | None, *args: Any) -> Any:
        self.asked.append("postponement")
        return self.postponement

    def ask_outcome(self, parent: QWidget | None, *args: Any) -> Any:
        self.asked.append("outcome")
        return self.outcome


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """The demo vault, built once per test module (tests must not change it)."""
    from casefile.demo.build import build_demo_vault

    fast = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
    created = build_demo_vault(tmp_path_factory.mktemp("demo") / "demo", kdf_cost=fast)
    yield created.vault
    created.vault.close()
