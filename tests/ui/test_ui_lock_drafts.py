"""Drafts survive lock (issue 15): what was typed in an open form is kept, encrypted inside the
vault, and offered back in its form after unlocking; only Discard throws it away."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from casefile.services.records.form_drafts import form_drafts
from casefile.ui.editors.field_widgets import date_entry_of
from casefile.ui.editors.record_form import RecordForm
from casefile.ui.start.controller import AppController
from casefile.vault.schema import Person
from casefile.vault.vault import Vault
from tests.ui.ui_helpers import PASSPHRASE, FakeDialogs, type_text, unlock

TESTIMONY = "Его задержали у дома в 6 утра; в отделе били по ногам."


def open_forms(controller: AppController) -> list[RecordForm]:
    window = controller.main_window
    assert window is not None
    return list(window.record_actions.forms)


def test_a_draft_is_restored_after_auto_lock_and_only_discard_drops_it(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    people_vault_path: Path,
    dialogs: FakeDialogs,
) -> None:
    controller = make_controller(idle_msecs=1500)
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    form = window.record_actions.edit("persons")
    assert form is not None
    qtbot.waitUntil(lambda: form.is_loaded, timeout=5000)
    type_text(form.editors["full_name"].edit, "Нуржан Абдыкалыков")  # type: ignore[attr-defined]
    type_text(form.editors["notes"].edit, TESTIMONY)  # type: ignore[attr-defined]
    entry = date_entry_of(form.editors["birth_date"])
    assert entry is not None
    type_text(entry.line, "12.1989")

    # No input: the idle lock closes the form, keeping what was typed.
    with qtbot.waitSignal(controller.vault_locked, timeout=10_000):
        pass
    assert open_forms(controller) == []
    with Vault.open(people_vault_path, PASSPHRASE) as vault:
        (draft,) = form_drafts(vault)
        with vault.read() as session:
            assert session.query(Person).filter_by(full_name="Нуржан Абдыкалыков").count() == 0
    # Encrypted inside the vault: the typed text is in no file of the vault folder.
    for file in people_vault_path.rglob("*"):
        if file.is_file():
            assert "Абдыкалыков".encode() not in file.read_bytes()
            assert "Абдыкалыков".encode("utf-16-le") not in file.read_bytes()

    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: len(open_forms(controller)) == 1, timeout=5000)
    (restored,) = open_forms(controller)
    qtbot.waitUntil(lambda: restored.draft_bar is not None, timeout=5000)
    assert restored.editors["full_name"].value() == "Нуржан Абдыкалыков"
    assert restored.editors["notes"].value() == TESTIMONY
    restored_entry = date_entry_of(restored.editors["birth_date"])
    assert restored_entry is not None and restored_entry.text() == "12.1989"
    assert restored.is_dirty()

    # Cancel asks, and "cancel" keeps it; a lock keeps it again (the same draft).
    dialogs.unsaved_answer = "cancel"
    restored.reject()
    assert restored.isVisible()
    with qtbot.waitSignal(controller.vault_locked):
        controller.lock()
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: len(open_forms(controller)) == 1, timeout=5000)
    (again,) = open_forms(controller)
    qtbot.waitUntil(lambda: again.draft_bar is not None, timeout=5000)
    assert again.draft_key == draft.key
    assert again.editors["notes"].value() == TESTIMONY

    # Discard throws it away for good.
    assert again.discard_draft_button is not None
    again.discard_draft_button.click()
    vault = controller.vault
    assert vault is not None
    qtbot.waitUntil(lambda: form_drafts(vault) == [], timeout=5000)
    with qtbot.waitSignal(controller.vault_locked):
        controller.lock()
    unlock(qtbot, controller)
    qtbot.wait(300)
    assert open_forms(controller) == []


def test_a_saved_draft_is_gone(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    people_vault_path: Path,
) -> None:
    controller = make_controller()
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    form = window.record_actions.edit("persons")
    assert form is not None
    qtbot.waitUntil(lambda: form.is_loaded, timeout=5000)
    type_text(form.editors["full_name"].edit, "Saved After Lock")  # type: ignore[attr-defined]
    with qtbot.waitSignal(controller.vault_locked):
        controller.lock()
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: len(open_forms(controller)) == 1, timeout=5000)
    (restored,) = open_forms(controller)
    qtbot.waitUntil(lambda: restored.draft_bar is not None, timeout=5000)
    qtbot.waitUntil(restored.save_button.isEnabled, timeout=3000)
    with qtbot.waitSignal(restored.record_saved, timeout=5000):
        restored.save()
    vault = controller.vault
    assert vault is not None
    qtbot.waitUntil(lambda: form_drafts(vault) == [], timeout=5000)
    with vault.read() as session:
        assert session.query(Person).filter_by(full_name="Saved After Lock").count() == 1
