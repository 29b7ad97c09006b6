"""Locking (by hand and when idle) and search from the toolbar box."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from casefile.ui.kit.locking import CLEAR_AFTER_MSECS, PASSWORD_MANAGER_HINT
from casefile.ui.shell.main_window import MainWindow
from casefile.ui.start.controller import AppController
from casefile.vault import memory
from casefile.vault.schema import Person
from tests.ui.ui_helpers import PEOPLE, type_text, unlock


def open_people(qtbot: QtBot, controller: AppController) -> MainWindow:
    window = controller.main_window
    assert window is not None
    window.show_page("people")
    qtbot.waitUntil(lambda: window.people.model.rowCount() == len(PEOPLE), timeout=10_000)
    return window


def test_lock_clears_models_and_shows_the_unlock_dialog(
    qtbot: QtBot, make_controller: Callable[..., AppController], people_vault_path: Path
) -> None:
    controller = make_controller()
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    window = open_people(qtbot, controller)
    window.people.view.selectRow(0)
    window.people.copy_selection()
    assert QGuiApplication.clipboard().text()
    secondary = QDialog(None)
    secondary.show()

    with qtbot.waitSignal(controller.vault_locked):
        window.lock_action.trigger()

    assert controller.vault is None
    assert window.people.model.rowCount() == 0
    assert window.cases.model.rowCount() == 0
    assert not window.isVisible()
    assert not secondary.isVisible()
    assert QGuiApplication.clipboard().text() == ""  # it held our copy
    assert controller.unlock_dialog is not None and controller.unlock_dialog.isVisible()

    unlock(qtbot, controller)
    assert window.isVisible()
    assert window.current_page_id() == "people"  # back where the user was
    qtbot.waitUntil(lambda: window.people.model.rowCount() == len(PEOPLE), timeout=10_000)


def test_clipboard_text_from_elsewhere_survives_locking(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    people_vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller = make_controller()
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    window = open_people(qtbot, controller)
    window.people.view.selectRow(0)
    window.people.copy_selection()
    # What follows is another program's copy.
    monkeypatch.setattr(controller.clipboard.watch, "owns_clipboard", lambda: False)
    QGuiApplication.clipboard().setText("copied from another program")
    with qtbot.waitSignal(controller.vault_locked):
        controller.lock()
    assert QGuiApplication.clipboard().text() == "copied from another program"


def test_copies_are_marked_and_cleared_after_30_s_and_at_lock(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    people_vault_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    controller = make_controller()
    watch = controller.clipboard.watch
    assert watch.clear_after_msecs == CLEAR_AFTER_MSECS == 30_000
    watch.set_clear_after_msecs(300)  # the application's watch: set back at the end
    request.addfinalizer(lambda: watch.set_clear_after_msecs(CLEAR_AFTER_MSECS))
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    window = open_people(qtbot, controller)
    clipboard = QGuiApplication.clipboard()
    # Ctrl+C in a text field, as a person copies: marked for clipboard managers at once.
    box = window.search_box
    type_text(box, "Тажибеков")
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    data = clipboard.mimeData()
    assert clipboard.text() == "Тажибеков"
    assert data is not None and bytes(data.data(PASSWORD_MANAGER_HINT).data()) == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)  # cleared after its time
    # A copy from a list, then the lock clears it at once.
    window.people.view.selectRow(0)
    window.people.copy_selection()
    data = clipboard.mimeData()
    assert data is not None and data.hasFormat(PASSWORD_MANAGER_HINT)
    with qtbot.waitSignal(controller.vault_locked):
        controller.lock()
    assert clipboard.text() == ""


def test_lock_hands_over_to_a_fresh_process_and_ends_this_one(
    qtbot: QtBot, make_controller: Callable[..., AppController], people_vault_path: Path
) -> None:
    started: list[tuple[Path, str, bool]] = []

    def relaunch(vault: Path, page: str) -> bool:
        started.append((vault, page, controller.vault is None))
        return True

    controller = make_controller(relaunch=relaunch)
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    window = open_people(qtbot, controller)
    window.people.view.selectRow(0)
    window.people.copy_selection()
    with qtbot.waitSignal(controller.finished, timeout=5000):
        controller.lock()
    # Closed before the fresh process was started: it can take the vault's lock at once.
    assert started == [(people_vault_path, "people", True)]
    assert controller.vault is None and controller.unlock_dialog is None
    assert not window.isVisible()
    assert QGuiApplication.clipboard().text() == ""


def test_a_fresh_process_offers_the_vault_and_returns_to_the_page(
    qtbot: QtBot, make_controller: Callable[..., AppController], people_vault_path: Path
) -> None:
    controller = make_controller()
    controller.start(people_vault_path, page="people")
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None and window.current_page_id() == "people"


def test_a_record_page_is_handed_over_with_its_record(
    qtbot: QtBot, make_controller: Callable[..., AppController], people_vault_path: Path
) -> None:
    started: list[str] = []
    locking = make_controller(relaunch=lambda _vault, page: started.append(page) or True)
    locking.start(people_vault_path)
    unlock(qtbot, locking)
    window = open_people(qtbot, locking)
    person = window.people.model.row_at(0)
    window.open_record("persons", person.id)
    qtbot.waitUntil(lambda: window.dossier.name_label.text() == person.full_name, timeout=10_000)
    with qtbot.waitSignal(locking.finished, timeout=5000):
        locking.lock()
    assert started == [f"dossier:{person.id}"]

    fresh = make_controller()
    fresh.start(people_vault_path, page=started[0])
    unlock(qtbot, fresh)
    again = fresh.main_window
    assert again is not None
    qtbot.waitUntil(lambda: again.dossier.name_label.text() == person.full_name, timeout=10_000)
    assert again.current_page_id() == "dossier"


def test_ctrl_l_locks(
    qtbot: QtBot, make_controller: Callable[..., AppController], people_vault_path: Path
) -> None:
    controller = make_controller()
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    window.activateWindow()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(controller.vault_locked, timeout=3000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_locks_after_idle_timeout_and_input_postpones_it(
    qtbot: QtBot, make_controller: Callable[..., AppController], people_vault_path: Path
) -> None:
    controller = make_controller(idle_msecs=600)
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    # Typing keeps it open past the timeout...
    for _ in range(4):
        qtbot.wait(250)
        qtbot.keyClick(window.search_box, Qt.Key.Key_Shift)
    assert controller.vault is not None
    # ...and without input it locks.
    with qtbot.waitSignal(controller.vault_locked, timeout=3000):
        pass
    assert controller.vault is None
    assert window.people.model.rowCount() == 0


def test_search_finds_uppercase_cyrillic_name_by_lowercase_fragment(
    qtbot: QtBot, make_controller: Callable[..., AppController], people_vault_path: Path
) -> None:
    controller = make_controller()
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = window.search_panel
    with qtbot.waitSignal(panel.results_shown, timeout=10_000) as shown:
        type_text(window.search_box, "тажиб")
    assert window.current_page_id() == "search"
    assert shown.args == [1]
    assert panel.hits[0].label == PEOPLE[0]
    assert "<b>" in panel.results.toHtml() or "font-weight" in panel.results.toHtml()

    panel.open_hit(0)
    assert window.current_page_id() == "dossier"  # a hit opens the person's dossier
    qtbot.waitUntil(lambda: window.dossier.name_label.text() == PEOPLE[0], timeout=10_000)
    window.back_action.trigger()
    assert window.current_page_id() == "search"


def test_search_is_debounced(
    qtbot: QtBot, make_controller: Callable[..., AppController], people_vault_path: Path
) -> None:
    controller = make_controller()
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    shown: list[int] = []
    window.search_panel.results_shown.connect(shown.append)
    type_text(window.search_box, "Example")
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    qtbot.wait(300)
    assert shown == [2]  # one search for the whole word, not one per letter


def test_enter_in_the_search_box_opens_the_top_result(
    qtbot: QtBot, make_controller: Callable[..., AppController], people_vault_path: Path
) -> None:
    controller = make_controller()
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    # Enter before the debounce: the search runs at once and its top result opens.
    type_text(window.search_box, "Tajibekof")  # a slip: ТАЖИБЕКОВ, found with an edit
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page_id() == "dossier", timeout=10_000)
    qtbot.waitUntil(lambda: window.dossier.name_label.text() == PEOPLE[0], timeout=10_000)
    panel = window.search_panel
    assert panel.hits[panel.top].fuzzy and "similar spelling" in panel.results.toPlainText()
    # Enter once the results are shown: the top one, the exact hit before a fuzzy one.
    window.search_box.clear()
    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        type_text(window.search_box, "Alice Exampl")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.current_page_id() == "dossier"
    qtbot.waitUntil(lambda: window.dossier.name_label.text() == PEOPLE[1], timeout=10_000)


def test_help_and_new_use_the_dialog_service(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    people_vault_path: Path,
    dialogs: object,
) -> None:
    controller = make_controller()
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    window.help_action.trigger()
    assert [kind for kind, *_ in dialogs.calls] == ["info"]  # type: ignore[attr-defined]
    window.new_action.trigger()  # Ctrl+N: a menu of record kinds, no dialog
    menu = window.findChild(QMenu, "newRecordMenu")
    assert menu is not None and menu.isVisible()
    menu.close()
    assert all(isinstance(w, QWidget) for w in (window.nav, window.stack))


def test_a_pause_in_input_gives_back_the_vaults_idle_page_caches(
    qtbot: QtBot, make_controller: Callable[..., AppController], people_vault_path: Path
) -> None:
    controller = make_controller(pause_msecs=400)
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None and controller.vault is not None
    window.show_page("people")
    qtbot.waitUntil(lambda: window.people.model.rowCount() == len(PEOPLE), timeout=10_000)
    controller.runner.wait()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Shift)  # the pause starts now
    with controller.vault.read():
        pass
    assert controller.vault.engine.pool.checkedin() > 0
    before = memory.sqlite_heap_bytes()

    with qtbot.waitSignal(controller.idle.paused, timeout=3000):
        pass

    # Released on a worker.
    qtbot.waitUntil(lambda: controller.vault.engine.pool.checkedin() == 0, timeout=3000)
    assert memory.sqlite_heap_bytes() < before
    assert controller.vault is not None  # paused, not locked
    window.people.reload()  # the next read opens a connection again
    qtbot.waitUntil(lambda: window.people.model.rowCount() == len(PEOPLE), timeout=10_000)


def test_no_release_while_a_worker_uses_the_vault(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    people_vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller = make_controller(pause_msecs=200)
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    vault, window = controller.vault, controller.main_window
    assert vault is not None and window is not None
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=10_000)  # the dashboard's read
    controller.runner.wait()
    started, finish = threading.Event(), threading.Event()

    def hold_a_connection() -> int:
        with vault.read() as session:
            started.set()
            finish.wait(10)
            return int(session.scalar(select(func.count()).select_from(Person)) or 0)

    released: list[bool] = []
    idle_after_release: list[int] = []
    release = vault.release_memory

    def spied_release() -> bool:
        released.append(release())
        # Read here: the index upkeep may check a connection out just after the release.
        idle_after_release.append(vault.engine.pool.checkedin())
        return released[-1]

    monkeypatch.setattr(vault, "release_memory", spied_release)
    results: list[object] = []
    controller.runner.run(hold_a_connection, results.append)
    assert started.wait(5)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Shift)  # the pause starts now
    with qtbot.waitSignal(controller.idle.paused, timeout=3000):
        pass
    assert released == []  # not even tried: a worker is using the vault
    finish.set()
    qtbot.waitUntil(lambda: results == [len(PEOPLE)], timeout=5000)
    # Tried again after another pause, now with nothing running.
    qtbot.waitUntil(lambda: released == [True], timeout=3000)
    assert idle_after_release[-1] == 0
