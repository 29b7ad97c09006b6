"""An open record form takes a new interface language at once, labels and buttons."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from casefile.ui.i18n import language as i18n
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.shell.record_actions import RecordActions
from casefile.vault.vault import Vault
from tests.ui.ui_helpers import FakeDialogs


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    i18n.set_language("en")


def _texts(form: QWidget) -> set[str]:
    labels = {label.text() for label in form.findChildren(QLabel) if label.text()}
    return labels | {button.text() for button in form.findChildren(QPushButton)}


def test_an_open_person_form_relabels_in_the_new_language(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault, back_to_english: None
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    actions = RecordActions(runner, dialogs, window)  # type: ignore[arg-type]  # FakeDialogs
    actions.set_vault(vault)
    form = actions.edit("persons")
    assert form is not None
    qtbot.waitUntil(lambda: form.is_loaded, timeout=5000)
    english = _texts(form)
    assert {"Full name *", "Still needed: Full name", "Save"} <= english
    i18n.set_language("ru")  # Qt posts the LanguageChange events: they come next
    qtbot.waitUntil(lambda: "Полное имя *" in _texts(form), timeout=5000)
    russian = _texts(form)
    assert {"Ещё нужно: Полное имя", "Сохранить", "Отмена"} <= russian, russian
    assert not english & russian  # no text left in English
