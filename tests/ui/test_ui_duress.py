"""The duress passphrase in the app (issue 15): set in Tools › Duress passphrase…, typed into
the real unlock dialog it opens the empty decoy with nothing on screen to say so, and only
the recovery key opens the vault afterwards."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casefile.errors import WrongPassphraseError
from casefile.services.lists.listing import list_people
from casefile.ui.start.controller import AppController
from casefile.vault.keyfile import KdfCost
from casefile.vault.schema import Person
from casefile.vault.vault import CreatedVault, Vault
from tests.ui.accessibility import unnamed_widgets
from tests.ui.ui_helpers import FakeDialogs, unlock

FAST_KDF = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
PASSPHRASE = "duress test passphrase for the real vault only"
DURESS = "violet tractor umbrellas quietly harvest seven moons"


@pytest.fixture
def made(tmp_path: Path) -> CreatedVault:
    created = Vault.create(tmp_path / "field", PASSPHRASE, actor="tester", kdf_cost=FAST_KDF)
    with created.vault as vault:
        with vault.write() as session:
            session.add(Person(full_name="Айбек Сыдыков"))
        vault.backup()
    return created


def type_into_unlock(qtbot: QtBot, controller: AppController, passphrase: str) -> None:
    dialog = controller.unlock_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def test_set_in_the_dialog_then_typed_at_unlock_opens_the_decoy(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    dialogs: FakeDialogs,
    made: CreatedVault,
    fast_kdf: KdfCost,
) -> None:
    root = made.vault.paths.root
    controller = make_controller()
    controller.start(root)
    unlock(qtbot, controller, PASSPHRASE)
    window = controller.main_window
    assert window is not None
    assert window.maintenance.duress_action in window.tools_menu.actions()
    dialog = window.maintenance.duress_passphrase()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.is_set is False, timeout=10_000)
    assert dialog.status.text() == "No duress passphrase is set."
    assert not dialog.set_button.isEnabled() and not dialog.clear_button.isEnabled()
    assert unnamed_widgets(dialog) == []  # a screen reader names every field
    qtbot.keyClicks(dialog.current, "not the passphrase at all")
    qtbot.keyClicks(dialog.fields.first, DURESS)
    qtbot.keyClicks(dialog.fields.second, DURESS)
    assert dialog.set_button.isEnabled()
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert dialog.message.text() == "The current passphrase is not correct."
    dialog.current.selectAll()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    with qtbot.waitSignal(dialog.duress_changed, timeout=20_000) as changed:
        qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert changed.args == [True]
    assert dialogs.kinds()[-1] == "info"

    # Locked, then the duress passphrase typed into the real unlock dialog.
    controller.lock()
    unlock_dialog = controller.unlock_dialog
    assert unlock_dialog is not None
    with qtbot.waitSignal(controller.vault_opened, timeout=20_000):
        type_into_unlock(qtbot, controller, DURESS)
    vault = controller.vault
    assert vault is not None
    # Nothing on screen says so: the same folder, no message, no extra dialog; no records.
    assert vault.paths.root == root
    assert controller.vault_path == root
    assert dialogs.kinds()[-1] == "info"  # the one from setting it; nothing since
    assert list_people(vault) == []
    assert window.isVisible()
    controller.shutdown()

    with pytest.raises(WrongPassphraseError):
        Vault.open(root, PASSPHRASE)
    with Vault.open_with_recovery_key(root, made.recovery_key) as real, real.read() as session:
        assert [p.full_name for p in session.query(Person)] == ["Айбек Сыдыков"]


def test_the_normal_and_a_wrong_passphrase_behave_as_before_with_duress_set(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    made: CreatedVault,
) -> None:
    root = made.vault.paths.root
    with Vault.open(root, PASSPHRASE) as vault:
        vault.set_duress(PASSPHRASE, DURESS, kdf_cost=FAST_KDF)
    controller = make_controller()
    controller.start(root)
    dialog = controller.unlock_dialog
    assert dialog is not None
    type_into_unlock(qtbot, controller, "not the passphrase at all")
    qtbot.waitUntil(lambda: dialog.failures == 1, timeout=10_000)
    assert dialog.message.text().startswith("That passphrase is not correct.")
    qtbot.waitUntil(lambda: not dialog.waiting, timeout=5_000)
    dialog.passphrase.clear()
    with qtbot.waitSignal(controller.vault_opened, timeout=20_000):
        type_into_unlock(qtbot, controller, PASSPHRASE)
    assert controller.vault is not None
    assert len(list_people(controller.vault)) == 1
    assert (root / "vault.keys").is_file()


def test_turn_off_in_the_dialog(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    made: CreatedVault,
    fast_kdf: KdfCost,
) -> None:
    root = made.vault.paths.root
    with Vault.open(root, PASSPHRASE) as vault:
        vault.set_duress(PASSPHRASE, DURESS, kdf_cost=FAST_KDF)
    controller = make_controller()
    controller.start(root)
    unlock(qtbot, controller, PASSPHRASE)
    assert controller.main_window is not None
    dialog = controller.main_window.maintenance.duress_passphrase()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.is_set is True, timeout=10_000)
    assert dialog.status.text() == "A duress passphrase is set."
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    assert dialog.clear_button.isEnabled() and not dialog.set_button.isEnabled()
    with qtbot.waitSignal(dialog.duress_changed, timeout=20_000) as changed:
        qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert changed.args == [False]
    assert not (root / ".spare").exists()
    controller.shutdown()
    with pytest.raises(WrongPassphraseError):
        Vault.open(root, DURESS)
