"""The one search picker: searched off the GUI thread, driven by the keyboard, late results
dropped. The record fields' picker and the report picker are both built on it."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot

from casefile.ui.editors.pickers import PickerDialog
from casefile.ui.kit.search_picker import SearchPicker
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.reports.picker import ReportPickerDialog
from tests.ui.ui_helpers import type_text

NAMES = {"p1": "Айбек Тажибеков", "p2": "Alice Example", "p3": "Alina Other"}


def search_names(text: str) -> list[tuple[str, str]]:
    return [(key, name) for key, name in NAMES.items() if text.lower() in name.lower()]


def test_both_pickers_are_the_one_search_picker() -> None:
    assert issubclass(PickerDialog, SearchPicker)
    assert issubclass(ReportPickerDialog, SearchPicker)


def test_typing_narrows_and_the_keyboard_chooses(qtbot: QtBot, runner: TaskRunner) -> None:
    picker = SearchPicker(
        runner, search_names, title="Pick", placeholder="Type", choose_text="Choose", name="t"
    )
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitUntil(lambda: picker.results.count() == 3, timeout=5000)  # all, before typing
    assert picker.search.objectName() == "tSearch" and picker.windowTitle() == "Pick"
    type_text(picker.search, "ali")
    qtbot.waitUntil(lambda: picker.results.count() == 2, timeout=5000)
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.chosen == "p3"
    type_text(picker.search, "zzz")
    qtbot.waitUntil(lambda: picker.status.text() == "Nothing found.", timeout=5000)


def test_a_result_for_a_closed_picker_is_dropped(qtbot: QtBot, runner: TaskRunner) -> None:
    release = threading.Event()

    def slow(text: str) -> list[tuple[str, str]]:
        release.wait(5)
        return search_names(text)

    picker = SearchPicker(runner, slow, title="", placeholder="", choose_text="", name="t")
    picker.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(picker)
    release.set()
    runner.wait()
    qtbot.wait(50)  # the late result is delivered to nothing, without an error
