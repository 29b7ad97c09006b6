"""Tools menu: back up now, change passphrase, integrity check, settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casefile.errors import WrongPassphraseError
from casefile.services.records.drafts import save_record
from casefile.ui.kit.settings import UiSettings
from casefile.ui.shell.main_window import MainWindow
from casefile.ui.start.controller import AppController
from casefile.vault.keyfile import KdfCost
from casefile.vault.vault import SETTING_BACKUP_KEEP, Vault
from tests.ui.ui_helpers import PASSPHRASE, FakeDialogs, unlock

NEW_PASSPHRASE = "violet tractor umbrellas quietly harvest seven moons"


def open_window(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> tuple[AppController, MainWindow]:
    controller = make_controller()
    controller.start(vault_path)
    unlock(qtbot, controller)
    assert controller.main_window is not None
    return controller, controller.main_window


def test_tools_menu_offers_the_maintenance_actions(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    _controller, window = open_window(qtbot, make_controller, vault_path)
    names = [action.objectName() for action in window.tools_menu.actions()]
    for name in (
        "backupNowAction",
        "backupToAction",
        "changePassphraseAction",
        "checkIntegrityAction",
        "settingsAction",
    ):
        assert name in names


def test_backup_now_makes_a_verified_backup(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    vault_path: Path,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    with Vault.open(vault_path, PASSPHRASE, actor="tester") as vault:
        person_id = save_record(vault, "persons", None, {"full_name": "Backed Up"})
    _controller, window = open_window(qtbot, make_controller, vault_path)

    with qtbot.waitSignal(window.maintenance.backup_made, timeout=20_000) as blocker:
        window.maintenance.backup_action.trigger()
    info = blocker.args[0]
    assert info.path.parent == vault_path / "backups"
    assert (info.path / "vault.db").is_file() and (info.path / "vault.keys").is_file()
    assert dialogs.kinds()[-1] == "info"
    assert str(info.path) in dialogs.calls[-1][2]

    dialogs.folder_answer = tmp_path / "usb"
    dialogs.folder_answer.mkdir()
    with qtbot.waitSignal(window.maintenance.backup_made, timeout=20_000) as blocker:
        window.maintenance.backup_to_action.trigger()
    elsewhere = blocker.args[0]
    assert elsewhere.path.parent == tmp_path / "usb"

    # Each backup is a complete vault that opens with the passphrase and holds the record.
    with Vault.open(elsewhere.path, PASSPHRASE, actor="tester") as copy:
        assert copy.check().ok
        from casefile.services.records.drafts import load_record

        assert load_record(copy, "persons", person_id)["full_name"] == "Backed Up"


def test_backup_message_keeps_a_folder_path_holding_placeholders(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    vault_path: Path,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    # Issue 13: chained replaces spliced the size into a path containing "%2".
    _controller, window = open_window(qtbot, make_controller, vault_path)
    dialogs.folder_answer = tmp_path / "usb %1 %2 stick"
    dialogs.folder_answer.mkdir()
    with qtbot.waitSignal(window.maintenance.backup_made, timeout=20_000) as blocker:
        window.maintenance.backup_to_action.trigger()
    info = blocker.args[0]
    assert info.path.parent == dialogs.folder_answer
    message = dialogs.calls[-1][2]
    assert f"\n{info.path}\n" in message
    assert message.count("%") == str(info.path).count("%")


def test_backup_to_a_folder_cancelled_makes_nothing(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    vault_path: Path,
    dialogs: FakeDialogs,
) -> None:
    _controller, window = open_window(qtbot, make_controller, vault_path)
    dialogs.folder_answer = None
    window.maintenance.backup_to_action.trigger()
    qtbot.wait(200)
    assert dialogs.kinds() == ["choose_folder"]
    assert not (vault_path / "backups").exists() or not any((vault_path / "backups").iterdir())


def test_change_passphrase_then_reopen_with_the_new_one(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    vault_path: Path,
    dialogs: FakeDialogs,
    fast_kdf: KdfCost,
) -> None:
    controller, window = open_window(qtbot, make_controller, vault_path)
    dialog = window.maintenance.change_passphrase()
    assert dialog is not None
    assert not dialog.ok_button.isEnabled()
    dialog.current.setText("not the passphrase at all")
    dialog.fields.first.setText(NEW_PASSPHRASE)
    dialog.fields.second.setText("violet tractor")
    assert not dialog.ok_button.isEnabled()  # the two differ
    dialog.fields.second.setText(NEW_PASSPHRASE)
    assert dialog.ok_button.isEnabled()

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert "not correct" in dialog.message.text()
    assert dialog.isVisible()

    dialog.current.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.passphrase_changed, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialogs.kinds()[-1] == "info"

    controller.lock()
    unlock(qtbot, controller, NEW_PASSPHRASE)
    assert controller.vault is not None
    controller.shutdown()
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PASSPHRASE, actor="tester")
    Vault.open(vault_path, NEW_PASSPHRASE, actor="tester").close()


def test_integrity_check_reports_ok(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    vault_path: Path,
    dialogs: FakeDialogs,
) -> None:
    _controller, window = open_window(qtbot, make_controller, vault_path)
    with qtbot.waitSignal(window.maintenance.check_finished, timeout=20_000) as blocker:
        window.maintenance.check_action.trigger()
    assert blocker.args[0].ok
    kind, _title, text = dialogs.calls[-1]
    assert kind == "info" and "intact" in text


def test_settings_are_stored_and_applied(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    vault_path: Path,
    ui_settings: UiSettings,
) -> None:
    assert not ui_settings.remember_recent  # off until the user turns it on
    ui_settings.set_remember_recent(True)
    controller, window = open_window(qtbot, make_controller, vault_path)
    assert ui_settings.recent_vaults()  # remembered on unlock
    dialog = window.maintenance.open_settings()
    qtbot.waitUntil(dialog.backup_keep.isEnabled, timeout=5000)
    assert dialog.backup_keep.value() == 7
    dialog.idle_minutes.setValue(9)
    dialog.remember_recent.setChecked(False)
    dialog.backup_keep.setValue(3)
    dialog.accept()

    assert ui_settings.idle_minutes == 9
    assert controller.idle.idle_msecs == 9 * 60_000
    assert not ui_settings.remember_recent and ui_settings.recent_vaults() == []
    vault = controller.vault
    assert vault is not None
    qtbot.waitUntil(lambda: vault.setting(SETTING_BACKUP_KEEP) == 3, timeout=5000)
