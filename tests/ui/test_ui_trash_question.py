"""Moving a person or a case to the trash asks first, naming it and what goes with it, with
Cancel as the default; the status line then names the record (issue 18, finding 4)."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from casefile.services.records.attachments import add_attachment
from casefile.services.records.drafts import save_record
from casefile.services.records.trash import move_to_trash
from casefile.services.records.trash_contents import trash_contents
from casefile.ui.i18n.language import set_language
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.start.controller import AppController
from casefile.vault.schema import Case, Person
from casefile.vault.vault import Vault
from tests.ui.test_ui_undo import focus, open_window
from tests.ui.ui_helpers import PASSPHRASE, FakeDialogs

NAME = "Талант Мамасалиев"


def add_dossier(vault: Vault) -> dict[str, str]:
    """A person with 9 detention events (one more in the trash), 2 charges, a part in a case
    with 3 hearings, and a scanned document."""
    person = save_record(vault, "persons", None, {"full_name": NAME})
    case = save_record(vault, "cases", None, {"title": "Мамасалиев: posts"})
    save_record(
        vault,
        "case_participants",
        None,
        {"case_id": case, "person_id": person, "role": "defendant"},
    )
    for month in range(1, 11):
        event = save_record(
            vault,
            "detention_events",
            None,
            {"person_id": person, "type": "police_custody", "start": f"01.{month:02}.2025"},
        )
    move_to_trash(vault, "detention_events", event)
    for article in ("330", "341"):
        save_record(
            vault, "charges", None, {"person_id": person, "case_id": case, "article": article}
        )
    for day in (3, 10, 17):
        save_record(
            vault, "hearings", None, {"case_id": case, "scheduled_date": date(2026, 12, day)}
        )
    add_attachment(vault, "persons", person, "Scan", io.BytesIO(b"%PDF-1.4\n"), "scan.pdf")
    return {"person": person, "case": case}


def test_what_goes_with_a_person_and_a_case_is_counted(vault: Vault) -> None:
    ids = add_dossier(vault)
    person = trash_contents(vault, "persons", [ids["person"]])
    assert person.labels == (NAME,)
    assert dict(person.counts) == {
        "case_participants": 1,
        "charges": 2,
        "detention_events": 9,  # not the one already in the trash
        "attachments": 1,
    }
    case = trash_contents(vault, "cases", [ids["case"]])
    assert dict(case.counts) == {"case_participants": 1, "charges": 2, "hearings": 3}


@pytest.fixture(autouse=True)
def english() -> None:
    """The English translator is installed, as in the app: its plural forms are the real ones."""
    set_language("en")


def prepare(vault_path: Path) -> dict[str, str]:
    with Vault.open(vault_path, PASSPHRASE) as vault:
        return add_dossier(vault)


def in_trash(vault: Vault, cls: type[Person] | type[Case], record_id: str) -> bool:
    with vault.read() as session:
        record = session.get(cls, record_id)
        assert record is not None
        return record.deleted_at is not None


def test_delete_on_a_person_asks_first_and_names_it(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    vault_path: Path,
    dialogs: FakeDialogs,
) -> None:
    ids = prepare(vault_path)
    controller, window = open_window(qtbot, make_controller, vault_path)
    vault = controller.vault
    assert vault is not None
    window.show_page("people")
    qtbot.waitUntil(lambda: window.people.model.row_of_id(ids["person"]) >= 0, timeout=5000)
    window.people.select_record(ids["person"])
    focus(qtbot, window, window.people.view)

    # Cancel: nothing moves, nothing to undo.
    dialogs.confirm_answer = False
    qtbot.keyClick(window.people.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "confirm" in dialogs.kinds(), timeout=5000)
    _kind, title, text = dialogs.calls[-1]
    assert title == "Move to the trash"
    assert text.startswith(
        f"Move “{NAME}” to the trash, with 9 detention events, 2 charges, "
        "a part in 1 case and 1 attached file?"
    )
    qtbot.wait(100)
    assert not in_trash(vault, Person, ids["person"])
    assert window.record_actions.undo_stack.undo_steps == []

    dialogs.confirm_answer = True
    with qtbot.waitSignal(window.record_actions.records_changed, timeout=5000):
        qtbot.keyClick(window.people.view, Qt.Key.Key_Delete)
    assert in_trash(vault, Person, ids["person"])
    assert window.statusBar().currentMessage() == (
        f"Moved to the trash: person “{NAME}”. Ctrl+Z puts it back."
    )


def test_a_case_form_asks_before_its_case_goes_and_stays_open_on_cancel(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    vault_path: Path,
    dialogs: FakeDialogs,
) -> None:
    ids = prepare(vault_path)
    controller, window = open_window(qtbot, make_controller, vault_path)
    vault = controller.vault
    assert vault is not None
    form = window.record_actions.edit("cases", ids["case"])
    assert form is not None
    qtbot.waitUntil(lambda: form.is_loaded, timeout=5000)
    dialogs.confirm_answer = False
    qtbot.mouseClick(form.trash_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "confirm" in dialogs.kinds(), timeout=5000)
    assert "3 hearings" in dialogs.calls[-1][2]
    assert window.record_actions.forms == [form] and form.isVisible()
    assert not in_trash(vault, Case, ids["case"])

    dialogs.confirm_answer = True
    with qtbot.waitSignal(window.record_actions.records_changed, timeout=5000):
        qtbot.mouseClick(form.trash_button, Qt.MouseButton.LeftButton)
    assert in_trash(vault, Case, ids["case"]) and window.record_actions.forms == []


def test_the_real_question_defaults_to_cancel(qtbot: QtBot) -> None:
    seen: list[tuple[str, str]] = []

    def answer_with_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        default = box.defaultButton()
        assert default is not None
        seen.append((default.text(), box.button(QMessageBox.StandardButton.Yes).text()))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer_with_enter)
    moved = DialogService().confirm(
        None, "Move to the trash", "Move?", danger=True, action="Move to the trash"
    )
    assert moved is False
    assert seen == [("Cancel", "Move to the trash")]
