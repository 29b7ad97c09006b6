"""One undo stack (issue 18, finding 2): every change the user makes is undone exactly, in
turn, by name; Redo puts it back; a step whose record changed since is dropped, not applied."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casefile.services.records.drafts import save_record
from casefile.services.records.hearings import record_outcome
from casefile.ui.pages.record_dialogs import Postponement
from casefile.ui.shell.main_window import MainWindow
from casefile.ui.start.controller import AppController
from casefile.vault.schema import Hearing, Person
from casefile.vault.vault import Vault
from tests.ui.test_ui_undo import focus, open_window, press_ctrl_z
from tests.ui.ui_helpers import PASSPHRASE, FakeDialogs

HEARING_DAY = date.today() + timedelta(days=3)
WRONG_DAY = date(2202, 12, 21)
EARLIER_DAY = date.today() + timedelta(days=20)
NEW_DAY = date.today() + timedelta(days=30)


def prepare(vault_path: Path) -> dict[str, str]:
    """A person, and two cases with a hearing each; the other case's hearing was edited
    earlier by the same user (the edit finding 2's second Ctrl+Z took back)."""
    with Vault.open(vault_path, PASSPHRASE) as vault:
        person = save_record(vault, "persons", None, {"full_name": "Талант Мамасалиев"})
        case = save_record(vault, "cases", None, {"title": "Мамасалиев: posts"})
        other_case = save_record(vault, "cases", None, {"title": "Other case"})
        hearing = save_record(
            vault,
            "hearings",
            None,
            {"case_id": case, "scheduled_date": HEARING_DAY, "scheduled_time": time(10, 0)},
        )
        other = save_record(
            vault, "hearings", None, {"case_id": other_case, "scheduled_date": WRONG_DAY}
        )
        save_record(vault, "hearings", other, {"scheduled_date": EARLIER_DAY})
    return {"person": person, "case": case, "hearing": hearing, "other": other}


def trashed(vault: Vault, cls: type[Person] | type[Hearing], record_id: str) -> bool:
    with vault.read() as session:
        record = session.get(cls, record_id)
        assert record is not None
        return record.deleted_at is not None


def hearing_row(vault: Vault, hearing_id: str) -> Hearing:
    with vault.read() as session:
        hearing = session.get(Hearing, hearing_id)
        assert hearing is not None
        return hearing


def postpone_on_the_agenda(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, hearing_id: str
) -> None:
    window.show_page("agenda")
    with qtbot.waitSignal(window.agenda.agenda_loaded, timeout=10_000):
        window.agenda.show_date(HEARING_DAY)
    assert window.agenda.select_hearing(hearing_id)
    dialogs.answers["PostponeDialog"] = Postponement(NEW_DAY, time(14, 0), "Judge ill")
    with qtbot.waitSignal(window.agenda.agenda_loaded, timeout=10_000):
        window.agenda.postpone_selected()


def test_finding_2_ctrl_z_undoes_exactly_the_named_changes(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    vault_path: Path,
    dialogs: FakeDialogs,
) -> None:
    ids = prepare(vault_path)
    controller, window = open_window(qtbot, make_controller, vault_path)
    vault = controller.vault
    assert vault is not None
    actions = window.record_actions

    # Trash the person, restore it from the Trash page, postpone the hearing.
    with qtbot.waitSignal(actions.records_changed, timeout=5000):
        actions.trash("persons", [ids["person"]])
    window.show_page("trash")
    qtbot.waitUntil(lambda: window.trash.model.rowCount() == 1, timeout=5000)
    window.trash.view.selectRow(0)
    with qtbot.waitSignal(window.trash.records_changed, timeout=5000):
        window.trash.restore_button.click()
    assert not trashed(vault, Person, ids["person"])
    postpone_on_the_agenda(qtbot, window, dialogs, ids["hearing"])
    new_id = hearing_row(vault, ids["hearing"]).postponed_to_id
    assert new_id is not None

    # Ctrl+Z takes back the postponement, and says so beforehand.
    when = HEARING_DAY.strftime("%d.%m.%Y")
    qtbot.waitUntil(
        lambda: (
            window.undo_action.text()
            == f"Undo: postponement of the {when} hearing, case Мамасалиев: posts"
        ),
        timeout=5000,
    )
    focus(qtbot, window, window.agenda.view)
    with qtbot.waitSignal(actions.records_changed, timeout=5000):
        press_ctrl_z(qtbot, window)
    old = hearing_row(vault, ids["hearing"])
    assert (old.outcome, old.postponed_to_id, old.postponement_reason) == (None, None, None)
    assert trashed(vault, Hearing, new_id)
    assert "postponement" in window.statusBar().currentMessage()

    # Then the restore from the trash, then the move to the trash: nothing else.
    qtbot.waitUntil(
        lambda: (
            window.undo_action.text() == "Undo: restoring person “Талант Мамасалиев” from the trash"
        ),
        timeout=5000,
    )
    with qtbot.waitSignal(actions.records_changed, timeout=5000):
        press_ctrl_z(qtbot, window)
    assert trashed(vault, Person, ids["person"])
    qtbot.waitUntil(
        lambda: window.undo_action.text() == "Undo: moving person “Талант Мамасалиев” to the trash",
        timeout=5000,
    )
    with qtbot.waitSignal(actions.records_changed, timeout=5000):
        press_ctrl_z(qtbot, window)
    assert not trashed(vault, Person, ids["person"])

    # Nothing is left: the other case's hearing keeps its earlier edit.
    qtbot.waitUntil(lambda: window.undo_action.text() == "Undo", timeout=5000)
    assert not window.undo_action.isEnabled()
    press_ctrl_z(qtbot, window)
    qtbot.wait(200)
    assert hearing_row(vault, ids["other"]).scheduled_date == EARLIER_DAY
    assert not [call for call in dialogs.calls if call[0] == "error"]


def test_redo_applies_a_step_again_and_a_stale_step_is_dropped_with_a_message(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    vault_path: Path,
    dialogs: FakeDialogs,
) -> None:
    ids = prepare(vault_path)
    controller, window = open_window(qtbot, make_controller, vault_path)
    vault = controller.vault
    assert vault is not None
    stack = window.record_actions.undo_stack
    postpone_on_the_agenda(qtbot, window, dialogs, ids["hearing"])
    new_id = hearing_row(vault, ids["hearing"]).postponed_to_id
    assert new_id is not None and not window.redo_action.isEnabled()

    focus(qtbot, window, window.agenda.view)
    with qtbot.waitSignal(stack.records_changed, timeout=5000):
        press_ctrl_z(qtbot, window)
    assert hearing_row(vault, ids["hearing"]).postponed_to_id is None
    when = HEARING_DAY.strftime("%d.%m.%Y")
    assert window.redo_action.text() == (
        f"Redo: postponement of the {when} hearing, case Мамасалиев: posts"
    )
    assert window.undo_action.text() == "Undo" and window.redo_action.isEnabled()

    # Ctrl+Shift+Z (or Ctrl+Y) puts it back: the same new hearing, linked again.
    with qtbot.waitSignal(stack.records_changed, timeout=5000):
        qtbot.keyClick(
            window.agenda.view,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert hearing_row(vault, ids["hearing"]).postponed_to_id == new_id
    assert not trashed(vault, Hearing, new_id)
    assert "Redone: postponement" in window.statusBar().currentMessage()
    assert window.undo_action.text().startswith("Undo: postponement of the")

    # The new hearing changes outside the stack (as a partner's bundle would change it):
    # Ctrl+Z no longer applies, says why, and leaves both hearings alone.
    record_outcome(vault, new_id, "held")
    with qtbot.waitSignal(stack.changed, timeout=5000):
        press_ctrl_z(qtbot, window)
    qtbot.waitUntil(lambda: "info" in dialogs.kinds(), timeout=5000)
    _kind, _title, text = dialogs.calls[-1]
    assert "can no longer be undone" in text and "postponement of the" in text
    assert hearing_row(vault, ids["hearing"]).postponed_to_id == new_id
    assert hearing_row(vault, new_id).outcome == "held"
    assert stack.undo_steps == [] and window.undo_action.text() == "Undo"


def test_ctrl_y_redoes_and_a_new_change_empties_redo(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    ids = prepare(vault_path)
    controller, window = open_window(qtbot, make_controller, vault_path)
    vault = controller.vault
    assert vault is not None
    actions = window.record_actions
    with qtbot.waitSignal(actions.records_changed, timeout=5000):
        actions.trash("persons", [ids["person"]])
    focus(qtbot, window, window.people.view)
    with qtbot.waitSignal(actions.records_changed, timeout=5000):
        press_ctrl_z(qtbot, window)
    assert not trashed(vault, Person, ids["person"])
    with qtbot.waitSignal(actions.records_changed, timeout=5000):
        qtbot.keyClick(window.people.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert trashed(vault, Person, ids["person"])

    press_ctrl_z(qtbot, window)
    qtbot.waitUntil(lambda: bool(actions.undo_stack.redo_steps), timeout=5000)
    with qtbot.waitSignal(actions.records_changed, timeout=5000):
        actions.trash("hearings", [ids["other"]])
    assert not window.redo_action.isEnabled() and window.redo_action.text() == "Redo"
