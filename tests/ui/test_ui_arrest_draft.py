"""The New arrest form keeps its typing over a lock, like record forms: restored after
unlocking with the Discard bar; saving or discarding deletes the draft."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from casefile.services.records.form_drafts import NEW_ARREST_FORM, form_drafts
from casefile.ui.editors.new_arrest import NewArrestDialog
from casefile.ui.start.controller import AppController
from casefile.vault.schema import DetentionEvent, Person
from casefile.vault.vault import Vault
from tests.ui.test_ui_new_arrest import fill_in
from tests.ui.ui_helpers import PASSPHRASE, unlock


def arrest_dialog(qtbot: QtBot, controller: AppController) -> NewArrestDialog:
    window = controller.main_window
    assert window is not None
    qtbot.waitUntil(lambda: window.record_actions.arrest_dialog is not None, timeout=5000)
    dialog = window.record_actions.arrest_dialog
    assert dialog is not None
    return dialog


def lock_and_unlock(qtbot: QtBot, controller: AppController) -> None:
    with qtbot.waitSignal(controller.vault_locked):
        controller.lock()
    unlock(qtbot, controller)


def test_the_arrest_form_comes_back_after_a_lock_and_saves_once(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    controller = make_controller()
    controller.start(vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    window.record_actions.new_arrest_action.trigger()
    dialog = arrest_dialog(qtbot, controller)
    fill_in(qtbot, dialog)

    with qtbot.waitSignal(controller.vault_locked):
        controller.lock()
    assert window.record_actions.arrest_dialog is None
    with Vault.open(vault_path, PASSPHRASE) as vault:
        (draft,) = form_drafts(vault)
        assert draft.table == NEW_ARREST_FORM
        with vault.read() as session:
            assert session.query(Person).count() == 0
    for file in vault_path.rglob("*"):  # inside the encrypted vault only
        if file.is_file():
            assert b"Tologonov" not in file.read_bytes()

    unlock(qtbot, controller)
    restored = arrest_dialog(qtbot, controller)
    assert restored.draft_bar is not None and restored.isVisible()
    assert restored.draft_key == draft.key
    assert restored.full_name.text() == "Azamat Tologonov"
    assert restored.arrested_on.text() == "01.12.2026 18:30"
    assert restored.term_until.text() == "03.02.2027"
    assert restored.decision.currentData() == "pretrial_detention"
    assert restored.articles.text() == "278 part 3, 329"
    assert restored.check()

    # Locked again with the restored form: the same draft, not a second one.
    lock_and_unlock(qtbot, controller)
    again = arrest_dialog(qtbot, controller)
    vault = controller.vault
    assert vault is not None
    assert [d.key for d in form_drafts(vault)] == [draft.key]
    with qtbot.waitSignal(again.arrest_saved, timeout=10_000):
        again.save()
    qtbot.waitUntil(lambda: form_drafts(vault) == [], timeout=5000)
    with vault.read() as session:
        assert session.query(Person).filter_by(full_name="Azamat Tologonov").count() == 1
        assert session.query(DetentionEvent).count() == 3


def test_discard_on_the_bar_drops_the_arrest_draft(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    controller = make_controller()
    controller.start(vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    window.record_actions.new_arrest_action.trigger()
    dialog = arrest_dialog(qtbot, controller)
    qtbot.keyClicks(dialog.full_name, "Nurlan Asanov")
    lock_and_unlock(qtbot, controller)
    restored = arrest_dialog(qtbot, controller)
    assert restored.full_name.text() == "Nurlan Asanov"
    assert restored.discard_draft_button is not None
    restored.discard_draft_button.click()
    vault = controller.vault
    assert vault is not None
    qtbot.waitUntil(lambda: form_drafts(vault) == [], timeout=5000)
    assert window.record_actions.arrest_dialog is None
    lock_and_unlock(qtbot, controller)
    qtbot.wait(300)
    assert window.record_actions.arrest_dialog is None
    vault = controller.vault
    assert vault is not None
    with vault.read() as session:
        assert session.query(Person).count() == 0
