"""Panic erase in the app (issue 15): one question, then only the recovery key opens the vault;
and a key file erased from outside ends the running session."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casefile.errors import KeyFileMissingError
from casefile.ui.shell.panic import SHORTCUT
from casefile.ui.start.controller import AppController
from casefile.vault.keyfile import KdfCost
from casefile.vault.schema import Person
from casefile.vault.vault import CreatedVault, Vault, emergency_erase
from tests.ui.ui_helpers import FakeDialogs, unlock

FAST_KDF = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
PASSPHRASE = "panic button passphrase for tests only please"


@pytest.fixture
def made(tmp_path: Path) -> CreatedVault:
    created = Vault.create(tmp_path / "field", PASSPHRASE, actor="tester", kdf_cost=FAST_KDF)
    with created.vault as vault:
        with vault.write() as session:
            session.add(Person(full_name="Айбек Сыдыков"))
        vault.backup()
    return created


def test_panic_erase_asks_once_then_only_the_recovery_key_opens(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    dialogs: FakeDialogs,
    made: CreatedVault,
) -> None:
    root = made.vault.paths.root
    controller = make_controller()
    controller.start(root)
    unlock(qtbot, controller, PASSPHRASE)
    window = controller.main_window
    assert window is not None and controller.panic is not None
    assert controller.panic.action.shortcut().toString() == SHORTCUT
    assert controller.panic.action in window.file_menu.actions()

    # Answered "no" (Enter and Escape both mean no): nothing happens.
    dialogs.confirm_answer = False
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert dialogs.calls[-1][0] == "confirm"
    assert controller.vault is not None and (root / "vault.keys").exists()

    dialogs.confirm_answer = True
    started = time.perf_counter()
    with qtbot.waitSignal(controller.finished, timeout=5000):
        qtbot.keyClick(
            window,
            Qt.Key.Key_E,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    elapsed = time.perf_counter() - started
    print(
        f"panic erase: {controller.erase_seconds:.3f} s erasing and closing, {elapsed:.3f} s in all"
    )

    assert controller.vault is None and not window.isVisible()
    assert [p for p in root.rglob("*") if p.name.startswith("vault.keys")] == []
    (backup,) = (root / "backups").iterdir()
    for folder in (root, backup):
        with pytest.raises(KeyFileMissingError):
            Vault.open(folder, PASSPHRASE)
        with Vault.open_with_recovery_key(folder, made.recovery_key) as vault, vault.read() as s:
            assert [p.full_name for p in s.query(Person)] == ["Айбек Сыдыков"]


def test_a_key_file_erased_from_outside_ends_the_session(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    made: CreatedVault,
) -> None:
    root = made.vault.paths.root
    controller = make_controller()
    controller.start(root)
    unlock(qtbot, controller, PASSPHRASE)
    with qtbot.waitSignal(controller.finished, timeout=5000):
        emergency_erase(root)  # as `casefile erase` does from a terminal
    assert controller.vault is None
    assert controller.unlock_dialog is None
