"""New arrest in one form: typed into the real widgets, saved in one transaction, Cancel
writes nothing, the step undoes as one, saving lands on the dossier."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from casefile.domain.dates import PartialDate
from casefile.services.records.drafts import save_record
from casefile.ui.editors.new_arrest import NewArrestDialog
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.start.controller import AppController
from casefile.vault.schema import RECORD_BY_TABLE, Charge, DetentionEvent, Person
from casefile.vault.vault import Vault
from tests.ui.test_ui_undo import focus, open_window, press_ctrl_z
from tests.ui.ui_helpers import FakeDialogs

TABLES = ("persons", "cases", "case_participants", "charges", "detention_events")


def live_counts(vault: Vault) -> dict[str, int]:
    with vault.read() as session:
        return {
            table: int(
                session.scalar(
                    select(func.count())
                    .select_from(RECORD_BY_TABLE[table])
                    .where(RECORD_BY_TABLE[table].deleted_at.is_(None))
                )
                or 0
            )
            for table in TABLES
        }


def no_chooser(_parent: Any, _table: str, _text: str) -> tuple[str, str] | None:
    raise AssertionError("no picker expected")


def fill_in(qtbot: QtBot, dialog: NewArrestDialog, name: str = "Azamat Tologonov") -> None:
    """The task as a monitor types it: Tab from field to field, dates with dots."""
    qtbot.keyClicks(dialog.full_name, name)
    qtbot.keyClicks(dialog.birth_date.line, "1990")
    qtbot.keyClicks(dialog.arrested_on.line, "01.12.2026 18:30")
    qtbot.keyClicks(dialog.place, "Bishkek, Chuy avenue 100")
    qtbot.keyClicks(dialog.forces, "GKNB")
    qtbot.keyClicks(dialog.custody_place, "IVS GUVD Bishkek")
    qtbot.keyClicks(dialog.new_case_title, "Tologonov case")
    qtbot.keyClicks(dialog.case_number, "01-123/26")
    qtbot.keyClicks(dialog.articles, "278 part 3, 329")
    dialog.decision.setFocus()
    qtbot.keyClick(dialog.decision, Qt.Key.Key_Down)  # pre-trial detention
    qtbot.keyClicks(dialog.decision_date.line, "03.12.2026")
    qtbot.keyClicks(dialog.term_until.line, "03.02.2027")
    qtbot.keyClicks(dialog.court, "Pervomaisky district court")


def open_dialog(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> NewArrestDialog:
    dialog = NewArrestDialog(runner, dialogs, vault, chooser=no_chooser)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_arrest_form_saves_everything_at_once(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    dialog = open_dialog(qtbot, runner, dialogs, vault)
    assert not dialog.save_button.isEnabled()
    fill_in(qtbot, dialog)
    assert dialog.arrested_on.time_value() == time(18, 30)
    assert "18:30" in dialog.deadline.text() or dialog.deadline.text() == ""
    assert dialog.save_button.isEnabled(), dialog.footer.text()
    with qtbot.waitSignal(dialog.arrest_saved, timeout=5000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    result, change = saved.args[0]
    assert change is not None
    assert live_counts(vault) == {
        "persons": 1,
        "cases": 1,
        "case_participants": 1,
        "charges": 2,
        "detention_events": 3,
    }
    with vault.read() as session:
        person = session.get(Person, result.person_id)
        assert person is not None and person.full_name == "Azamat Tologonov"
        assert person.birth_date == PartialDate(1990)
        arrest = session.get(DetentionEvent, result.arrest_id)
        assert arrest is not None
        assert (arrest.start.earliest, arrest.start_time) == (date(2026, 12, 1), time(18, 30))
        assert (arrest.place, arrest.forces) == ("Bishkek, Chuy avenue 100", "GKNB")
        decision = session.get(DetentionEvent, result.decision_id)
        assert decision is not None and decision.type == "pretrial_detention"
        assert decision.term_until == date(2027, 2, 3)
        assert sorted(c.article for c in session.scalars(select(Charge))) == ["278 part 3", "329"]


def test_cancel_creates_nothing(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    before = live_counts(vault)
    dialog = open_dialog(qtbot, runner, dialogs, vault)
    fill_in(qtbot, dialog)
    dialogs.confirm_answer = False  # "Close the form?" — no: it stays, with what was typed
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.full_name.text() == "Azamat Tologonov"
    dialogs.confirm_answer = True
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    runner.wait()
    assert live_counts(vault) == before


def test_a_known_name_offers_the_person_already_in_the_vault(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    known = save_record(vault, "persons", None, {"full_name": "Азамат Төлөгөнов"})
    dialog = open_dialog(qtbot, runner, dialogs, vault)
    qtbot.keyClicks(dialog.full_name, "Azamat Tologonov")
    qtbot.waitUntil(lambda: dialog.duplicates_list.count() == 1, timeout=5000)
    qtbot.mouseClick(dialog.use_duplicate_button, Qt.MouseButton.LeftButton)
    assert dialog.existing_person_radio.isChecked()
    assert dialog.person.value() == known
    qtbot.keyClicks(dialog.arrested_on.line, "01.12.2026")
    with qtbot.waitSignal(dialog.arrest_saved, timeout=5000) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args[0][0].person_id == known
    assert live_counts(vault)["persons"] == 1


def test_an_unreadable_date_keeps_save_off_and_says_why(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    dialog = open_dialog(qtbot, runner, dialogs, vault)
    qtbot.keyClicks(dialog.full_name, "Someone")
    qtbot.keyClicks(dialog.arrested_on.line, "31.02.2026")
    assert not dialog.save_button.isEnabled()
    assert dialog.footer.text().startswith("Date and time")


def test_from_the_menu_to_the_dossier_and_back_with_one_ctrl_z(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    controller, window = open_window(qtbot, make_controller, vault_path)
    vault = controller.vault
    assert vault is not None
    actions = window.record_actions
    assert actions.new_arrest_action in window.file_menu.actions()
    assert actions.new_arrest_action.shortcut().toString() == "Ctrl+Shift+A"
    actions.new_arrest_action.trigger()
    dialog = actions.arrest_dialog
    assert dialog is not None
    fill_in(qtbot, dialog)
    with qtbot.waitSignal(window.dossier.record_loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert window.current_page_id() == "dossier"
    assert window.dossier.record_id
    assert live_counts(vault)["detention_events"] == 3
    qtbot.waitUntil(lambda: window.undo_action.text() == "Undo: adding person “Azamat Tologonov”")
    focus(qtbot, window, window.nav)
    with qtbot.waitSignal(actions.records_changed, timeout=5000):
        press_ctrl_z(qtbot, window)
    assert live_counts(vault) == dict.fromkeys(TABLES, 0)
