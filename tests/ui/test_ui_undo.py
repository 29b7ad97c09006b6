"""The main window's record actions: Ctrl+N, forms from lists, Delete to the trash, Ctrl+Z."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from casefile.errors import RecordNotFoundError
from casefile.services.records.drafts import load_record, save_record
from casefile.ui.editors.field_widgets import DateField, PartialDateField
from casefile.ui.editors.record_form import RecordForm
from casefile.ui.kit.settings import UiSettings
from casefile.ui.shell.main_window import MainWindow
from casefile.ui.start.controller import AppController
from casefile.vault.schema import Person
from casefile.vault.vault import Vault
from tests.ui.ui_helpers import PASSPHRASE, FakeDialogs, type_text, unlock

OLD_DATE = date(2025, 5, 12)
NEW_DATE = date(2025, 6, 20)


def open_window(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> tuple[AppController, MainWindow]:
    controller = make_controller()
    controller.start(vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None and controller.vault is not None
    window.activateWindow()
    return controller, window


def prepare(vault_path: Path) -> dict[str, str]:
    with Vault.open(vault_path, PASSPHRASE, actor="tester") as vault:
        person = save_record(vault, "persons", None, {"full_name": "Undo Person"})
        case = save_record(vault, "cases", None, {"title": "Undo Case"})
        hearing = save_record(
            vault, "hearings", None, {"case_id": case, "scheduled_date": OLD_DATE}
        )
    return {"person": person, "case": case, "hearing": hearing}


def wait_form(qtbot: QtBot, form: RecordForm | None) -> RecordForm:
    assert form is not None
    qtbot.waitUntil(lambda: form.is_loaded, timeout=5000)
    return form


def focus(qtbot: QtBot, window: MainWindow, widget: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)


def press_ctrl_z(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Z as the user presses it, on whatever has the keyboard focus."""
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_undo_restores_a_changed_hearing_date(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    ids = prepare(vault_path)
    controller, window = open_window(qtbot, make_controller, vault_path)
    vault = controller.vault
    assert vault is not None

    form = wait_form(qtbot, window.record_actions.edit("hearings", ids["hearing"]))
    date_field = form.editors["scheduled_date"]
    assert isinstance(date_field, DateField)
    assert date_field.value() == OLD_DATE
    form.set_value("scheduled_date", NEW_DATE)
    with qtbot.waitSignal(window.record_actions.undo_stack.changed, timeout=5000):
        form.save()
    qtbot.waitUntil(lambda: not window.record_actions.forms, timeout=5000)
    assert load_record(vault, "hearings", ids["hearing"])["scheduled_date"] == NEW_DATE
    # The menu entry names what will be undone.
    assert window.undo_action.text() == (
        f"Undo: changes to the {NEW_DATE:%d.%m.%Y} hearing, case Undo Case"
    )

    # In a text field Ctrl+Z belongs to the field's own typing: the vault is left alone.
    window.show_page("hearings")
    focus(qtbot, window, window.search_box)
    press_ctrl_z(qtbot, window)
    qtbot.wait(300)
    assert load_record(vault, "hearings", ids["hearing"])["scheduled_date"] == NEW_DATE

    focus(qtbot, window, window.hearings.view)
    with qtbot.waitSignal(window.record_actions.records_changed, timeout=5000):
        press_ctrl_z(qtbot, window)
    assert load_record(vault, "hearings", ids["hearing"])["scheduled_date"] == OLD_DATE
    assert "Undone" in window.statusBar().currentMessage()


def test_delete_moves_to_trash_and_ctrl_z_brings_back(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    ids = prepare(vault_path)
    controller, window = open_window(qtbot, make_controller, vault_path)
    vault = controller.vault
    assert vault is not None
    window.show_page("people")
    qtbot.waitUntil(lambda: window.people.model.row_of_id(ids["person"]) >= 0, timeout=5000)
    window.people.select_record(ids["person"])
    focus(qtbot, window, window.people.view)

    with qtbot.waitSignal(window.record_actions.records_changed, timeout=5000):
        qtbot.keyClick(window.people.view, Qt.Key.Key_Delete)
    with vault.read() as session:
        person = session.get(Person, ids["person"])
        assert person is not None and person.deleted_at is not None
    assert "trash" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.people.model.row_of_id(ids["person"]) < 0, timeout=5000)

    focus(qtbot, window, window.people.view)
    with qtbot.waitSignal(window.record_actions.records_changed, timeout=5000):
        press_ctrl_z(qtbot, window)
    with vault.read() as session:
        person = session.get(Person, ids["person"])
        assert person is not None and person.deleted_at is None
    qtbot.waitUntil(lambda: window.people.model.row_of_id(ids["person"]) >= 0, timeout=5000)


def test_ctrl_n_offers_the_current_lists_kind_and_the_saved_event_shows_in_the_list(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    ids = prepare(vault_path)
    _controller, window = open_window(qtbot, make_controller, vault_path)
    window.show_page("people")
    menu = window.new_record_menu()
    default = menu.defaultAction()
    assert default is not None and default.data() == "persons"
    window.show_page("hearings")
    hearings_default = window.new_record_menu().defaultAction()
    assert hearings_default is not None and hearings_default.data() == "hearings"

    window.show_page("people")
    qtbot.waitUntil(lambda: window.people.model.row_of_id(ids["person"]) >= 0, timeout=5000)
    detention = next(action for action in menu.actions() if action.data() == "detention_events")
    detention.trigger()
    form = wait_form(qtbot, window.record_actions.forms[-1])
    assert form.table == "detention_events" and form.record_id is None
    form.set_value("person_id", ids["person"])
    form.set_value("type", "pretrial_detention")
    start = date.today().replace(day=1)
    line = form.editors["start"]
    assert isinstance(line, PartialDateField)
    type_text(line.edit.line, start.strftime("%d.%m.%Y"))
    with qtbot.waitSignal(window.people.rows_loaded, timeout=5000):
        form.save()

    row = window.people.model.row_at(window.people.model.row_of_id(ids["person"]))
    assert row is not None
    assert row.current_status == "pretrial_detention"
    assert row.days_in_custody == (date.today() - start).days + 1


def test_locking_closes_forms_without_asking_and_saves_nothing(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    vault_path: Path,
    dialogs: FakeDialogs,
) -> None:
    ids = prepare(vault_path)
    controller, window = open_window(qtbot, make_controller, vault_path)
    form = wait_form(qtbot, window.record_actions.edit("persons", ids["person"]))
    form.set_value("full_name", "Typed But Not Saved")
    assert form.is_dirty()
    controller.lock()
    assert window.record_actions.forms == []
    assert "ask_unsaved_changes" not in dialogs.kinds()
    unlock(qtbot, controller)
    assert controller.vault is not None
    assert load_record(controller.vault, "persons", ids["person"])["full_name"] == "Undo Person"


def test_closing_the_window_asks_about_unsaved_forms(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    vault_path: Path,
    dialogs: FakeDialogs,
    ui_settings: UiSettings,
) -> None:
    ids = prepare(vault_path)
    controller, window = open_window(qtbot, make_controller, vault_path)
    form = wait_form(qtbot, window.record_actions.edit("persons", ids["person"]))
    form.resize(form.minimumWidth(), 450)
    form.set_value("full_name", "Saved On Quit")

    dialogs.unsaved_answer = "cancel"
    window.close()
    assert window.isVisible() and controller.vault is not None
    assert dialogs.kinds() == ["ask_unsaved_changes"]

    dialogs.unsaved_answer = "save"
    with qtbot.waitSignal(window.record_actions.record_saved, timeout=5000):
        window.close()
    assert window.isVisible()  # saved; the user closes again when ready
    assert load_record(controller.vault, "persons", ids["person"])["full_name"] == "Saved On Quit"
    assert ui_settings.geometry("form_persons") is not None  # the form's size is remembered

    window.record_actions.edit("persons", ids["person"])
    qtbot.waitUntil(lambda: window.record_actions.forms[-1].is_loaded, timeout=5000)
    assert window.record_actions.forms[-1].size().height() == 450


def test_a_form_moves_its_record_to_the_trash_and_ctrl_z_brings_it_back(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    ids = prepare(vault_path)
    controller, window = open_window(qtbot, make_controller, vault_path)
    vault = controller.vault
    assert vault is not None
    form = wait_form(qtbot, window.record_actions.edit("hearings", ids["hearing"]))
    form.set_value("court", "changed, then thrown away")
    with qtbot.waitSignal(window.record_actions.records_changed, timeout=5000):
        qtbot.mouseClick(form.trash_button, Qt.MouseButton.LeftButton)
    assert window.record_actions.forms == []
    with pytest.raises(RecordNotFoundError):
        load_record(vault, "hearings", ids["hearing"])
    assert window.undo_action.text() == (
        f"Undo: moving the {OLD_DATE:%d.%m.%Y} hearing, case Undo Case to the trash"
    )

    with qtbot.waitSignal(window.record_actions.records_changed, timeout=5000):
        window.undo_action.trigger()  # Edit > Undo
    assert load_record(vault, "hearings", ids["hearing"])["court"] is None


def test_new_records_from_a_record_page_are_linked_to_it(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    from casefile.ui.shell.record_actions import preset_for

    assert preset_for("ill_treatment_reports", {"persons": "p1"}) == {"victim_id": "p1"}
    assert preset_for("charges", {"persons": "p1", "cases": "c1"}) == {
        "person_id": "p1",
        "case_id": "c1",
    }
    assert preset_for("cases", {"persons": "p1"}) == {}

    ids = prepare(vault_path)
    _controller, window = open_window(qtbot, make_controller, vault_path)
    menu = window.record_actions.new_menu("detention_events", window, {"persons": ids["person"]})
    default = menu.defaultAction()
    assert default is not None and default.data() == "detention_events"
    default.trigger()
    form = wait_form(qtbot, window.record_actions.forms[-1])
    assert form.values()["person_id"] == ids["person"]
    assert form.editors["person_id"].display.text() == "Undo Person"  # type: ignore[attr-defined]


def test_ctrl_n_on_a_dossier_offers_a_detention_event_for_that_person(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    ids = prepare(vault_path)
    _controller, window = open_window(qtbot, make_controller, vault_path)
    window.open_record("persons", ids["person"])
    qtbot.waitUntil(lambda: window.current_page_id() == "dossier", timeout=5000)
    menu = window.new_record_menu()
    default = menu.defaultAction()
    assert default is not None and default.data() == "detention_events"
    default.trigger()
    form = wait_form(qtbot, window.record_actions.forms[-1])
    assert form.values()["person_id"] == ids["person"]


def test_f2_in_a_list_edits_the_selected_record(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    ids = prepare(vault_path)
    _controller, window = open_window(qtbot, make_controller, vault_path)
    window.show_page("people")
    qtbot.waitUntil(lambda: window.people.model.row_of_id(ids["person"]) >= 0, timeout=5000)
    window.people.select_record(ids["person"])
    focus(qtbot, window, window.people.view)
    qtbot.keyClick(window.people.view, Qt.Key.Key_F2)
    form = wait_form(qtbot, window.record_actions.forms[-1])
    assert (form.table, form.record_id) == ("persons", ids["person"])
    assert form.values()["full_name"] == "Undo Person"


def test_ctrl_z_walks_back_a_new_record_a_trash_and_a_save_in_turn(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    ids = prepare(vault_path)
    controller, window = open_window(qtbot, make_controller, vault_path)
    vault = controller.vault
    assert vault is not None
    actions = window.record_actions

    form = wait_form(qtbot, actions.edit("hearings", ids["hearing"]))
    form.set_value("scheduled_date", NEW_DATE)
    with qtbot.waitSignal(actions.record_saved, timeout=5000):
        form.save()
    form = wait_form(qtbot, actions.edit("persons"))
    type_text(form.editors["full_name"].edit, "Новый Человек")  # type: ignore[attr-defined]
    with qtbot.waitSignal(actions.record_saved, timeout=5000) as saved:
        qtbot.waitUntil(form.save_button.isEnabled, timeout=2000)
        form.save()
    new_person = str(saved.args[1])
    qtbot.waitUntil(lambda: window.undo_action.text() == "Undo: adding person “Новый Человек”")
    with qtbot.waitSignal(actions.records_changed, timeout=5000):
        actions.trash("persons", [ids["person"]])
    assert [step.name.kind for step in actions.undo_stack.undo_steps] == [
        "save",
        "create",
        "trash",
    ]

    def person_trashed(person_id: str) -> bool:
        with vault.read() as session:
            person = session.get(Person, person_id)
            assert person is not None
            return person.deleted_at is not None

    focus(qtbot, window, window.people.view)
    with qtbot.waitSignal(actions.records_changed, timeout=5000):
        press_ctrl_z(qtbot, window)  # the trash
    assert not person_trashed(ids["person"])
    with qtbot.waitSignal(actions.records_changed, timeout=5000):
        press_ctrl_z(qtbot, window)  # the new person goes to the trash, not away for good
    assert person_trashed(new_person)
    assert "in the trash" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.undo_action.text().startswith("Undo: changes to the"))
    with qtbot.waitSignal(actions.records_changed, timeout=5000):
        press_ctrl_z(qtbot, window)  # the hearing's date
    assert load_record(vault, "hearings", ids["hearing"])["scheduled_date"] == OLD_DATE
    assert actions.undo_stack.undo_steps == []
    assert len(actions.undo_stack.redo_steps) == 3
