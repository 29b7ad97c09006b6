"""The daily automatic backup made in the background after unlocking."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from casefile.ui.start.controller import AppController
from casefile.vault.backup import list_backups
from casefile.vault.vault import Vault
from tests.ui.ui_helpers import PASSPHRASE, unlock


def automatic_backups(vault_path: Path) -> list[Path]:
    return [info.path for info in list_backups(vault_path / "backups") if info.kind == "auto"]


def test_unlocking_makes_a_verified_automatic_backup_once_a_day(
    qtbot: QtBot, make_controller: Callable[..., AppController], people_vault_path: Path
) -> None:
    controller = make_controller(automatic_backups=True)
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: len(automatic_backups(people_vault_path)) == 1, timeout=20_000)
    window = controller.main_window
    assert window is not None
    qtbot.waitUntil(lambda: "Automatic backup made" in window.statusBar().currentMessage())
    backup = automatic_backups(people_vault_path)[0]
    with Vault.open(backup, PASSPHRASE) as copy:
        assert copy.check().ok

    with qtbot.waitSignal(controller.vault_locked):
        controller.lock()
    unlock(qtbot, controller)
    controller.runner.wait()
    assert len(automatic_backups(people_vault_path)) == 1  # not due again the same day


def test_a_backup_is_due_when_the_newest_automatic_one_is_a_day_old(vault: Vault) -> None:
    assert vault.automatic_backup_due()
    info = vault.backup(kind="auto")
    assert not vault.automatic_backup_due()
    assert vault.automatic_backup_due(now=info.made_at + timedelta(days=1))
    vault.backup(kind="manual")
    assert not vault.automatic_backup_due(now=datetime.now())
