"""GUI test fixtures: a fake dialog service, settings in a temp file, a controller, people."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.start.controller import AppController
from casefile.vault.vault import Vault
from tests.ui.ui_helpers import PASSPHRASE, PEOPLE, FakeDialogs


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def ui_settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_controller(
    qtbot: QtBot, dialogs: FakeDialogs, ui_settings: UiSettings, tmp_path: Path
) -> Iterator[Callable[..., AppController]]:
    made: list[AppController] = []

    def make(**kwargs: Any) -> AppController:
        options: dict[str, Any] = {
            "dialogs": dialogs,
            "settings": ui_settings,
            "default_path": tmp_path / "data" / "main.casefile",
            "demo_path": tmp_path / "data" / "demo" / "demo.casefile",
            "unlock_delay_base_ms": 50,
            "automatic_backups": False,  # on in test_ui_automatic_backup.py only
            # A frozen test process would keep every later test's cyclic garbage.
            "freeze_startup_objects": False,
        }
        options.update(kwargs)
        controller = AppController(**options)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()
        controller.runner.wait()


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait()


@pytest.fixture
def people_vault_path(vault_path: Path) -> Path:
    """The test vault with a few people in it (closed again)."""
    from casefile.vault.schema import Person

    with Vault.open(vault_path, PASSPHRASE, actor="tester") as vault, vault.write() as session:
        for name in PEOPLE:
            session.add(Person(full_name=name))
    return vault_path
