"""The search index is merged in the user's pauses, on a worker; input and locking stop it
(ui/kit/index_upkeep.py, vault/index_upkeep.py)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from casefile.services.records.drafts import save_record
from casefile.ui.start.controller import AppController
from casefile.vault import index_upkeep
from casefile.vault.index_upkeep import MergeRun
from casefile.vault.vault import Vault
from tests.ui.ui_helpers import PASSPHRASE, unlock


def _fragment(path: Path) -> int:
    """Writes people one unit at a time with FTS5's own merging off; returns the segments."""
    with Vault.open(path, PASSPHRASE, actor="tester") as vault:
        with vault.write() as session:
            session.execute(
                text("INSERT INTO search_index(search_index, rank) VALUES('automerge', 0)")
            )
        for number in range(12):
            save_record(vault, "persons", None, {"full_name": f"Асанов Бакыт {number}"})
        with vault.write() as session:
            session.execute(
                text("INSERT INTO search_index(search_index, rank) VALUES('automerge', 4)")
            )
        return _segments(vault)


def _segments(vault: Vault) -> int:
    with vault.read() as session:
        return index_upkeep.segment_count(session.connection())


def _pause(qtbot: QtBot, controller: AppController) -> None:
    """Input now, then nothing: the pause begins."""
    window = controller.main_window
    assert window is not None
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=10_000)  # the dashboard's read
    controller.runner.wait()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Shift)


class _EndlessMerge:
    """Stands in for Vault.merge_index: runs until told to stop, and notes where it ran."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.stopped: list[bool] = []
        self.on_gui_thread: list[bool] = []

    def as_method(self) -> Callable[..., MergeRun]:
        def merge_index(vault: Vault, should_stop: Callable[[], bool], **kw: Any) -> MergeRun:
            return self.merge_index(vault, should_stop, **kw)

        return merge_index

    def merge_index(self, vault: Vault, should_stop: Callable[[], bool], **_kw: Any) -> MergeRun:
        self.on_gui_thread.append(threading.current_thread() is threading.main_thread())
        self.started.set()
        for _ in range(2000):  # at most 10 s
            if should_stop():
                self.stopped.append(True)
                return MergeRun(steps=1, done=False, longest_ms=0.0, segments=-1)
            threading.Event().wait(0.005)
        self.stopped.append(False)
        return MergeRun(steps=1, done=False, longest_ms=0.0, segments=-1)


def test_a_pause_merges_the_index_on_a_worker(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    people_vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _fragment(people_vault_path)
    threads: list[bool] = []
    merge = Vault.merge_index

    def spied(vault: Vault, *args: Any, **kwargs: Any) -> MergeRun:
        threads.append(threading.current_thread() is threading.main_thread())
        return merge(vault, *args, **kwargs)

    monkeypatch.setattr(Vault, "merge_index", spied)
    controller = make_controller(pause_msecs=200)
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    assert controller.vault is not None and threads == []  # not before a pause
    _pause(qtbot, controller)

    with qtbot.waitSignal(controller.index_upkeep.run_finished, timeout=10_000) as blocker:
        pass

    run = blocker.args[0]
    assert isinstance(run, MergeRun) and run.done
    assert threads == [False]  # on a worker
    assert before > 1 and _segments(controller.vault) == 1
    # Merged and no write since: the next pause asks nothing of the vault.
    controller.index_upkeep.start()
    assert not controller.index_upkeep.running and threads == [False]


def _merging_endlessly(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    people_vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[AppController, _EndlessMerge]:
    """An unlocked controller in a pause, running a merge that never ends by itself."""
    endless = _EndlessMerge()
    monkeypatch.setattr(Vault, "merge_index", endless.as_method())
    controller = make_controller(pause_msecs=200)
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    _pause(qtbot, controller)
    qtbot.waitUntil(endless.started.is_set, timeout=10_000)
    return controller, endless


def test_input_stops_the_merging(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    people_vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller, endless = _merging_endlessly(qtbot, make_controller, people_vault_path, monkeypatch)
    assert controller.index_upkeep.running and endless.on_gui_thread == [False]

    window = controller.main_window
    assert window is not None
    with qtbot.waitSignal(controller.index_upkeep.run_finished, timeout=5000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_A)  # the user types

    assert endless.stopped == [True]  # told to stop, not run out
    assert controller.vault is not None  # input, not a lock


def test_locking_stops_the_merging_and_none_starts_after(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    people_vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller, endless = _merging_endlessly(qtbot, make_controller, people_vault_path, monkeypatch)

    controller.lock()

    assert controller.vault is None and controller.unlock_dialog is not None
    assert endless.stopped == [True]  # stopped before the vault closed
    qtbot.waitUntil(lambda: not controller.index_upkeep.running, timeout=5000)  # delivered
    controller.index_upkeep.start()  # a late pause: no vault, nothing runs
    assert not controller.index_upkeep.running and len(endless.on_gui_thread) == 1
