"""One window, consistent (issue 18): another vault starts from a clean window, a new person
lands on their dossier, and the dossier links a person to a case."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from casefile.services.records.drafts import save_record
from casefile.ui.shell.main_window import MainWindow
from casefile.ui.start.controller import AppController
from casefile.vault.vault import Vault
from tests.ui.test_ui_undo import open_window, wait_form
from tests.ui.ui_helpers import PASSPHRASE, FakeDialogs, type_text, unlock

NAME = "Талант Мамасалиев"


def prepare(vault_path: Path) -> dict[str, str]:
    with Vault.open(vault_path, PASSPHRASE) as vault:
        person = save_record(vault, "persons", None, {"full_name": NAME})
        case = save_record(vault, "cases", None, {"title": "Мамасалиев: posts"})
    return {"person": person, "case": case}


def another_vault(vault_path: Path, tmp_path: Path) -> Path:
    """A second vault folder, empty of people."""
    other = tmp_path / "other.casefile"
    shutil.copytree(vault_path, other, ignore=shutil.ignore_patterns("vault.lock"))
    with Vault.open(other, PASSPHRASE) as vault:
        assert vault is not None
    return other


def show_dossier(qtbot: QtBot, window: MainWindow, person_id: str) -> None:
    with qtbot.waitSignal(window.dossier.record_loaded, timeout=5000):
        window.open_record("persons", person_id)
    assert window.current_page_id() == "dossier"


def assert_nothing_of_the_old_vault(window: MainWindow) -> None:
    assert window.current_page_id() == "dashboard"
    for page in (window.dossier, window.case_page):
        assert page.record_id == "" and page.data is None
        assert not page.body.isEnabled()
    assert window.dossier.name_label.text() == ""
    assert not window.dossier.add_to_case_button.isEnabled()
    assert window.people.filter_box.text() == ""
    assert not window.back_action.isEnabled()
    assert window.record_actions.undo_stack.undo_steps == []
    assert window.undo_action.text() == "Undo"


def test_file_open_another_vault_starts_from_a_clean_window(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    vault_path: Path,
    tmp_path: Path,
    dialogs: FakeDialogs,
) -> None:
    ids = prepare(vault_path)
    other = another_vault(vault_path, tmp_path)
    controller, window = open_window(qtbot, make_controller, vault_path)
    window.people.filter_box.setText("Талант")
    with qtbot.waitSignal(window.record_actions.records_changed, timeout=5000):
        window.record_actions.trash("cases", [ids["case"]])
    show_dossier(qtbot, window, ids["person"])

    window.open_vault_action.trigger()  # File › Open another vault…
    assert controller.vault is None and not window.isVisible()
    assert controller.welcome is not None and controller.welcome.isVisible()
    dialogs.open_path = other
    controller.welcome.open_requested.emit()
    unlock(qtbot, controller)
    assert controller.vault is not None and controller.vault.paths.root == other
    assert_nothing_of_the_old_vault(window)


def test_lock_other_vault_starts_from_a_clean_window_and_the_same_vault_does_not(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    vault_path: Path,
    tmp_path: Path,
    dialogs: FakeDialogs,
) -> None:
    ids = prepare(vault_path)
    other = another_vault(vault_path, tmp_path)
    controller, window = open_window(qtbot, make_controller, vault_path)
    show_dossier(qtbot, window, ids["person"])

    # The same vault again: back on the same dossier.
    controller.lock()
    assert not window.dossier.add_to_case_button.isEnabled()  # nothing clickable while locked
    with qtbot.waitSignal(window.dossier.record_loaded, timeout=5000):
        unlock(qtbot, controller)
    assert window.current_page_id() == "dossier"
    assert window.dossier.record_id == ids["person"]
    assert window.dossier.add_to_case_button.isEnabled()

    # Lock › Other vault…: nothing of this one is left.
    controller.lock()
    assert controller.unlock_dialog is not None
    controller.unlock_dialog.other_vault_requested.emit()
    dialogs.open_path = other
    assert controller.welcome is not None
    controller.welcome.open_requested.emit()
    unlock(qtbot, controller)
    assert_nothing_of_the_old_vault(window)


def test_saving_a_new_person_opens_the_dossier(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    _controller, window = open_window(qtbot, make_controller, vault_path)
    form = wait_form(qtbot, window.record_actions.edit("persons"))
    type_text(form.editors["full_name"].edit, "Айпери Тажибек кызы")  # type: ignore[attr-defined]
    qtbot.waitUntil(form.save_button.isEnabled, timeout=2000)
    with qtbot.waitSignal(window.dossier.record_loaded, timeout=5000) as loaded:
        form.save()
    assert window.current_page_id() == "dossier"
    assert window.dossier.record_id == loaded.args[0]
    assert window.dossier.name_label.text() == "Айпери Тажибек кызы"


def test_the_dossier_adds_its_person_to_a_case(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    ids = prepare(vault_path)
    _controller, window = open_window(qtbot, make_controller, vault_path)
    show_dossier(qtbot, window, ids["person"])
    assert window.dossier.add_to_case_button.text() == "Add to a case…"
    qtbot.mouseClick(window.dossier.add_to_case_button, Qt.MouseButton.LeftButton)
    form = wait_form(qtbot, window.record_actions.forms[-1])
    assert form.table == "case_participants"
    assert form.values()["person_id"] == ids["person"]
    form.set_value("case_id", ids["case"])
    form.set_value("role", "defendant")
    with qtbot.waitSignal(window.dossier.record_loaded, timeout=5000):
        form.save()
    rows = window.dossier.cases.table.model().rowCount()
    assert rows == 1


def test_changes_since_lists_the_records_changed_and_opens_them(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    ids = prepare(vault_path)
    controller, window = open_window(qtbot, make_controller, vault_path)
    dialog = window.show_changes()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)
    # Through the plural forms when an English translator is installed (after a test switched
    # the language back), the source text when none is.
    plural = QCoreApplication.translate("ChangesView", "%n record(s) added or changed.", "", 2)
    assert dialog.summary.text() == plural
    assert plural in ("2 record(s) added or changed.", "2 records added or changed.")
    texts = {
        dialog.model.index(row, 2).data(): dialog.model.index(row, 3).data()
        for row in range(dialog.model.rowCount())
    }
    assert texts == {NAME: "added", "Мамасалиев: posts": "added"}
    device = dialog.model.index(0, 5).data()
    assert device.startswith("this laptop")

    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.index(r, 2).data() == NAME)
    with qtbot.waitSignal(window.dossier.record_loaded, timeout=5000):
        dialog.view.activated.emit(dialog.model.index(row, 0))
    assert window.dossier.record_id == ids["person"]

    dialog.days.setValue(1)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)
    controller.lock()  # no window of the vault stays open
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
