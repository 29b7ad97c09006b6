"""The task runner (results and errors back on the GUI thread) and how errors are shown."""

from __future__ import annotations

import sys
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from casefile.errors import (
    KeyFileMissingError,
    VaultCorruptError,
    VaultDamagedInUseError,
    VaultInUseError,
    WrongPassphraseError,
)
from casefile.ui.kit import tasks
from casefile.ui.kit.errors import bug_text, describe_known, install_excepthook
from casefile.ui.kit.tasks import Cancelled, TaskContext, TaskRunner, run_with_progress
from tests.ui.ui_helpers import PEOPLE, FakeDialogs


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    seen: list[tuple[object, bool]] = []
    worker_threads: list[threading.Thread] = []

    def work() -> int:
        worker_threads.append(threading.current_thread())
        return 42

    runner.run(work, lambda result: seen.append((result, threading.current_thread() is main)))
    main = threading.main_thread()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(42, True)]
    assert worker_threads[0] is not main


def test_error_goes_to_the_failed_callback(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[BaseException] = []

    def fail() -> None:
        raise WrongPassphraseError("no")

    runner.run(fail, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], WrongPassphraseError)


def test_error_without_callback_goes_to_the_handler(qtbot: QtBot) -> None:
    handled: list[BaseException] = []
    runner = TaskRunner(error_handler=handled.append)
    runner.run(lambda: 1 / 0, lambda _r: None)
    qtbot.waitUntil(lambda: bool(handled))
    assert isinstance(handled[0], ZeroDivisionError)
    runner.wait()


def test_discarded_results_are_dropped(qtbot: QtBot, runner: TaskRunner) -> None:
    release = threading.Event()
    seen: list[object] = []
    runner.run(lambda: release.wait(5), seen.append)
    runner.discard_pending()  # the vault locks while the task runs
    with qtbot.waitSignal(runner.busy_changed, timeout=5000):
        release.set()
    assert seen == []


def test_progress_and_cancel(qtbot: QtBot, runner: TaskRunner) -> None:
    started = threading.Event()
    finished: list[object] = []

    def long_work(context: TaskContext) -> str:
        context.report(0.5, "half")
        started.set()
        for _ in range(200):
            context.check()
            threading.Event().wait(0.01)
        return "done"

    dialog = run_with_progress(runner, None, "Backup", "Working", long_work, finished.append)
    started.wait(5)
    qtbot.waitUntil(lambda: dialog.labelText() == "half")  # progress reached the dialog
    (button,) = dialog.findChildren(QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    runner.wait()
    qtbot.wait(50)
    assert finished == []  # cancelled work delivers nothing and shows no error


def test_a_long_task_hands_freed_heap_back_and_a_short_one_does_not(
    qtbot: QtBot, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    trims: list[str] = []
    monkeypatch.setattr(tasks, "return_freed_heap", lambda: trims.append("trim") or True)
    results: list[object] = []

    def task() -> str:
        time.sleep(0.02)
        return "done"

    monkeypatch.setattr(tasks, "TRIM_AFTER_SECONDS", 3600.0)  # the task is short
    runner.run(task, results.append)
    runner.wait()
    qtbot.waitUntil(lambda: results == ["done"], timeout=3000)
    assert trims == []
    monkeypatch.setattr(tasks, "TRIM_AFTER_SECONDS", 0.01)  # the same task is long
    runner.run(task, results.append)
    runner.wait()
    qtbot.waitUntil(lambda: results == ["done", "done"], timeout=3000)
    assert trims == ["trim"]


def test_cancelled_is_an_exception() -> None:
    with pytest.raises(Cancelled):
        raise Cancelled


def test_known_errors_in_plain_words() -> None:
    assert "another Casefile window" in describe_known(VaultInUseError("x"))
    assert "recovery key" in describe_known(KeyFileMissingError("x"))
    assert "not correct" in describe_known(WrongPassphraseError("x"))
    # Damage met in use is not "cannot be opened": the vault is open, one read failed.
    in_use = describe_known(VaultDamagedInUseError("x"))
    assert "nothing was changed" in in_use and "cannot be opened" not in in_use
    assert "cannot be opened" in describe_known(VaultCorruptError("x"))


def test_bug_text_leaves_out_the_message() -> None:
    try:
        raise ValueError("ТАЖИБЕКОВ lives at 12 Secret Street")
    except ValueError as error:
        text = bug_text(error)
    assert "ValueError" in text
    assert "ТАЖИБЕКОВ" not in text and "Secret" not in text


def test_excepthook_shows_a_dialog_without_record_contents(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str], dialogs: FakeDialogs
) -> None:
    previous = install_excepthook(dialogs)  # type: ignore[arg-type]
    try:
        try:
            raise RuntimeError(f"failed for {PEOPLE[0]}")
        except RuntimeError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = previous
    assert dialogs.kinds() == ["error"]
    text = dialogs.calls[0][2]
    assert PEOPLE[0] not in text
    assert "RuntimeError" in text
    assert PEOPLE[0] not in capsys.readouterr().err
