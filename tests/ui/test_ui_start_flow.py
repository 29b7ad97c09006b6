"""The start flow: welcome, creating a vault, unlocking (wrong, then right), errors in words."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.settings import UiSettings
from casefile.ui.start.controller import AppController
from casefile.ui.start.create_vault import CreateVaultDialog
from casefile.ui.start.recovery_key import RecoveryKeyDialog
from casefile.ui.start.unlock import retry_delay_ms
from casefile.vault.keyfile import KdfCost
from casefile.vault.recovery import parse_recovery_key
from casefile.vault.vault import Vault
from tests.ui.ui_helpers import PASSPHRASE, PEOPLE, FakeDialogs, type_text, unlock

NEW_PASSPHRASE = "seven quiet rivers cross the old stone bridge"


def test_no_vault_shows_the_welcome_screen(
    qtbot: QtBot, make_controller: Callable[..., AppController]
) -> None:
    controller = make_controller()
    controller.start()
    assert controller.welcome is not None and controller.welcome.isVisible()
    assert controller.unlock_dialog is None


def test_create_a_vault_through_the_welcome_screen(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    tmp_path: Path,
    fast_kdf: KdfCost,
) -> None:
    controller = make_controller()
    controller.start()
    assert controller.welcome is not None
    qtbot.mouseClick(controller.welcome.create_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CreateVaultDialog))
    target = tmp_path / "office"
    dialog.location.setText(str(target))

    type_text(dialog.fields.first, "short")
    assert "Too short" in dialog.fields.verdict.text()
    assert not dialog.create_button.isEnabled()
    dialog.fields.first.clear()
    type_text(dialog.fields.first, NEW_PASSPHRASE)
    assert "Strong" in dialog.fields.verdict.text()
    type_text(dialog.fields.second, NEW_PASSPHRASE[:-1])
    assert not dialog.create_button.isEnabled()  # the two differ
    type_text(dialog.fields.second, NEW_PASSPHRASE[-1])
    assert dialog.create_button.isEnabled()

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(isinstance(w, RecoveryKeyDialog) for w in QApplication.topLevelWidgets()),
        timeout=15_000,
    )
    recovery = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RecoveryKeyDialog))
    key = recovery.key_label.text().replace("\n", "")
    assert len(parse_recovery_key(key)) == 32  # complete, with a valid checksum
    assert not recovery.continue_button.isEnabled()
    recovery.reject()  # Escape does not skip the key before it is confirmed
    assert recovery.isVisible()
    recovery.kept_box.setChecked(True)
    with qtbot.waitSignal(controller.vault_opened, timeout=5000):
        qtbot.mouseClick(recovery.continue_button, Qt.MouseButton.LeftButton)

    assert controller.main_window is not None and controller.main_window.isVisible()
    assert controller.main_window.windowTitle() == "Casefile"
    assert (tmp_path / "office.casefile" / "vault.db").is_file()
    # The recovery key was not written anywhere by us.
    for file in (tmp_path / "office.casefile").rglob("*"):
        if file.is_file():
            assert key.encode() not in file.read_bytes()
    # Recent vaults are off by default: the new vault's place is written nowhere.
    assert controller.settings.recent_vaults() == []


def test_wrong_then_right_passphrase(
    qtbot: QtBot, make_controller: Callable[..., AppController], people_vault_path: Path
) -> None:
    controller = make_controller()
    controller.start(people_vault_path)
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()

    type_text(dialog.passphrase, "not the passphrase")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.failures == 1, timeout=10_000)
    assert dialog.field_marked
    assert "not correct" in dialog.message.text()
    assert not dialog.unlock_button.isEnabled()  # the retry delay runs
    assert controller.vault is None
    qtbot.waitUntil(lambda: dialog.unlock_button.isEnabled(), timeout=5000)

    type_text(dialog.passphrase, "x")
    assert not dialog.field_marked  # editing clears the mark
    unlock(qtbot, controller, PASSPHRASE)
    window = controller.main_window
    assert window is not None and window.isVisible()
    window.show_page("people")
    qtbot.waitUntil(lambda: window.people.model.rowCount() == len(PEOPLE), timeout=10_000)
    names = {window.people.model.row_at(n).full_name for n in range(len(PEOPLE))}
    assert names == set(PEOPLE)


def test_window_title_never_holds_personal_data(
    qtbot: QtBot, make_controller: Callable[..., AppController], people_vault_path: Path
) -> None:
    controller = make_controller()
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    window.show_page("people")
    qtbot.waitUntil(lambda: window.people.model.rowCount() == len(PEOPLE), timeout=10_000)
    window.people.select_record(window.people.model.row_at(0).id)
    for widget in QApplication.topLevelWidgets():
        title = widget.windowTitle()
        assert people_vault_path.name not in title
        assert not any(part in title for name in PEOPLE for part in name.split())


def test_retry_delay_grows_and_is_capped() -> None:
    assert [retry_delay_ms(n) for n in range(6)] == [0, 1000, 2000, 4000, 8000, 16000]
    assert retry_delay_ms(20) == 30_000


def test_vault_in_use_is_explained(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    held = Vault.open(vault_path, PASSPHRASE)
    try:
        controller = make_controller()
        controller.start(vault_path)
        dialog = controller.unlock_dialog
        assert dialog is not None
        dialog.passphrase.setText(PASSPHRASE)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "already open" in dialog.message.text(), timeout=10_000)
        assert dialog.failures == 0 and dialog.unlock_button.isEnabled()
    finally:
        held.close()


def test_missing_key_file_points_to_the_recovery_key(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    (vault_path / "vault.keys").unlink()
    controller = make_controller()
    controller.start(vault_path)
    dialog = controller.unlock_dialog
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "recovery key" in dialog.message.text(), timeout=10_000)


def test_recent_vaults_offered_and_remember_nothing_clears_them(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path, tmp_path: Path
) -> None:
    controller = make_controller()
    controller.settings.set_remember_recent(True)
    other = tmp_path / "other.casefile"
    controller.settings.add_recent(other)
    controller.settings.add_recent(vault_path)
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.path == vault_path  # the last one opened
    assert dialog.vault_choice.count() == 2
    dialog.vault_choice.setCurrentIndex(1)
    assert dialog.path == other
    dialog.vault_choice.setCurrentIndex(0)
    dialog.remember.setChecked(False)
    assert dialog.vault_choice.count() == 1
    assert controller.settings.recent_vaults() == []
    controller.settings.add_recent(vault_path)
    assert controller.settings.recent_vaults() == []


def test_a_reindex_at_unlock_says_so_and_shows_how_far_it_is(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    people_vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sqlalchemy import text

    from casefile.ui.start.unlock import UnlockDialog
    from casefile.vault import search_index

    with Vault.open(people_vault_path, PASSPHRASE) as vault, vault.write() as session:
        # As after an update that changed how names are indexed.
        session.execute(
            text("DELETE FROM settings WHERE key = :k"), {"k": search_index.SETTING_INDEX_VERSION}
        )
    seen: list[tuple[str, int, int, int]] = []
    real = UnlockDialog._on_open_progress

    def watched(dialog: UnlockDialog, fraction: float | None, step: str) -> None:
        real(dialog, fraction, step)
        bar = dialog.busy
        seen.append((dialog.message.text(), bar.minimum(), bar.maximum(), bar.value()))

    monkeypatch.setattr(UnlockDialog, "_on_open_progress", watched)
    controller = make_controller()
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    assert seen, "no progress was shown"
    assert {text for text, *_ in seen} == {
        "Rebuilding the search index for this version of Casefile (once)…"
    }
    assert all((low, high) == (0, 100) for _, low, high, _ in seen)
    assert seen[-1][3] == 100


def test_unlock_shows_the_letters_typed_caps_lock_and_the_passphrase_on_request(
    qtbot: QtBot, make_controller: Callable[..., AppController], people_vault_path: Path
) -> None:
    controller = make_controller()
    controller.start(people_vault_path)
    dialog = controller.unlock_dialog
    assert dialog is not None
    field = dialog.passphrase
    assert field.echoMode() == QLineEdit.EchoMode.Password
    click = QTest.KeyAction.Click
    # A capital letter without Shift can only come from Caps Lock.
    QTest.sendKeyEvent(click, field, Qt.Key.Key_A, "A", Qt.KeyboardModifier.NoModifier)
    assert "Caps Lock is on" in dialog.keyboard.text()
    assert "Latin" in dialog.keyboard.text()
    QTest.sendKeyEvent(click, field, Qt.Key.Key_unknown, "ж", Qt.KeyboardModifier.NoModifier)
    assert "Cyrillic" in dialog.keyboard.text()
    assert "Caps Lock" not in dialog.keyboard.text()
    QTest.sendKeyEvent(click, field, Qt.Key.Key_unknown, "Ж", Qt.KeyboardModifier.ShiftModifier)
    assert "Caps Lock" not in dialog.keyboard.text()
    assert field.text() == "AжЖ"
    dialog.show_box.setChecked(True)
    assert field.echoMode() == QLineEdit.EchoMode.Normal
    dialog.show_box.setChecked(False)
    assert field.echoMode() == QLineEdit.EchoMode.Password


def test_printing_the_recovery_sheet_to_a_file_warns_first_and_names_the_vault(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from casefile.vault.recovery import format_recovery_key

    key = format_recovery_key(bytes(range(32)))
    target = tmp_path / "print.pdf"

    def to_file(printer: Any) -> bool:  # what the print dialog does on a laptop with no printer
        printer.setOutputFileName(str(target))
        return True

    dialogs = FakeDialogs(printer_setup=to_file, confirm_answer=False)
    dialog = RecoveryKeyDialog(
        key, dialogs=cast(DialogService, dialogs), vault_name="office", vault_id="0f1e-id"
    )
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    kind, _title, text = dialogs.calls[-1]
    assert kind == "confirm" and str(target) in text and "unencrypted" in text
    assert not target.exists()  # refused: nothing written

    dialogs.confirm_answer = True
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert target.is_file()
    printed = " ".join(page.extract_text() for page in PdfReader(target).pages)
    printed = unicodedata.normalize("NFKC", printed)  # the "ffi" ligature
    for expected in ("office", "0f1e-id", date.today().isoformat(), key.split("-")[0]):
        assert expected in printed, expected


def test_a_session_leaves_no_path_or_name_in_the_settings(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    people_vault_path: Path,
    dialogs: FakeDialogs,
    ui_settings: UiSettings,
    tmp_path: Path,
) -> None:
    controller = make_controller()
    controller.start()  # no vault known: the welcome screen
    assert controller.welcome is not None
    dialogs.open_path = people_vault_path
    qtbot.mouseClick(controller.welcome.open_button, Qt.MouseButton.LeftButton)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    window.show_page("people")
    qtbot.waitUntil(lambda: window.people.model.rowCount() == len(PEOPLE), timeout=10_000)
    with qtbot.waitSignal(controller.vault_locked):
        controller.lock()
    controller.shutdown()
    ui_settings.set_language("ru")  # so that the file is written
    ui_settings.sync()
    settings = (tmp_path / "settings.ini").read_text("utf-8", "replace")
    assert "language" in settings
    assert people_vault_path.name not in settings and str(tmp_path) not in settings
    for name in PEOPLE:
        assert not any(part in settings for part in name.split()), name
