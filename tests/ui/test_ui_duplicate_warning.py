"""A new person whose name matches a stored one across scripts: open the existing dossier
instead, or save the new one anyway."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from casefile.services.records.drafts import save_record
from casefile.ui.editors.field_widgets import TextField
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.shell.record_actions import RecordActions
from casefile.vault.schema import Person
from casefile.vault.vault import Vault
from tests.ui.ui_helpers import FakeDialogs, type_text


def _names(vault: Vault) -> list[str]:
    with vault.read() as session:
        return sorted(session.scalars(select(Person.full_name)))


def _type_name_and_save(qtbot: QtBot, actions: RecordActions, name: str) -> None:
    form = actions.edit("persons")
    assert form is not None
    qtbot.waitUntil(lambda: form.is_loaded, timeout=5000)
    editor = form.editors["full_name"]
    assert isinstance(editor, TextField)
    type_text(editor.edit, name)
    qtbot.waitUntil(form.save_button.isEnabled, timeout=2000)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)


def test_a_duplicate_across_scripts_offers_the_existing_dossier(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    existing = save_record(
        vault, "persons", None, {"full_name": "Тажибек кызы Махабат", "birth_date": "1990"}
    )
    window = QWidget()
    qtbot.addWidget(window)
    actions = RecordActions(runner, dialogs, window)  # type: ignore[arg-type]  # FakeDialogs
    actions.set_vault(vault)
    dialogs.confirm_answer = True  # open the existing dossier
    with qtbot.waitSignal(actions.open_requested, timeout=5000) as opened:
        _type_name_and_save(qtbot, actions, "Tazhibek kyzy Makhabat")
    assert opened.args == ["persons", existing]
    kind, title, text = dialogs.calls[-1]
    assert (kind, title) == ("confirm", "Possible duplicate")
    assert "Тажибек кызы Махабат (1990)" in text
    qtbot.waitUntil(lambda: not actions.forms, timeout=2000)
    assert _names(vault) == ["Тажибек кызы Махабат"]  # nothing new was saved

    dialogs.confirm_answer = False  # a different person after all: save the new one
    with qtbot.waitSignal(actions.record_saved, timeout=5000):
        _type_name_and_save(qtbot, actions, "Tazhibek kyzy Makhabat")
    assert _names(vault) == ["Tazhibek kyzy Makhabat", "Тажибек кызы Махабат"]


def test_no_question_without_a_match(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    save_record(vault, "persons", None, {"full_name": "Тажибек кызы Махабат"})
    window = QWidget()
    qtbot.addWidget(window)
    actions = RecordActions(runner, dialogs, window)  # type: ignore[arg-type]  # FakeDialogs
    actions.set_vault(vault)
    with qtbot.waitSignal(actions.record_saved, timeout=5000):
        _type_name_and_save(qtbot, actions, "Tazhibek kyzy Aiperi")
    assert not [call for call in dialogs.calls if call[0] == "confirm"]
    assert "Tazhibek kyzy Aiperi" in _names(vault)
