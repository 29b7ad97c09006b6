"""Start-up objects are moved out of the cycle collector's reach once the main window opens."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casefile.ui.start.controller import AppController
from tests.ui.ui_helpers import unlock


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()  # the rest of the test run collects as before


def test_opening_the_main_window_freezes_the_start_up_objects(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    people_vault_path: Path,
    unfrozen: None,
) -> None:
    controller = make_controller(freeze_startup_objects=True)
    controller.start(people_vault_path)
    assert gc.get_freeze_count() == 0
    unlock(qtbot, controller)
    assert controller.main_window is not None
    assert gc.get_freeze_count() > 10_000  # modules, Qt wrappers, the ORM's mappings
