"""Lists sort from the keyboard: Ctrl+Shift+S sorts by the current cell's column, again the
other way; Left and Right choose the column."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casefile.services.records.drafts import save_record
from casefile.ui.start.controller import AppController
from casefile.vault.vault import Vault
from tests.ui.test_ui_undo import focus, open_window
from tests.ui.ui_helpers import PASSPHRASE


def titles(window: object) -> list[str]:
    page = window.cases  # type: ignore[attr-defined]
    model = page.view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_ctrl_shift_s_sorts_by_the_current_column_both_ways(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    with Vault.open(vault_path, PASSPHRASE, actor="tester") as vault:
        for title in ("Bravo", "Alpha", "Charlie"):
            save_record(vault, "cases", None, {"title": title})
    _controller, window = open_window(qtbot, make_controller, vault_path)
    window.show_page("cases")
    page = window.cases
    qtbot.waitUntil(lambda: page.view.model().rowCount() == 3, timeout=5000)
    focus(qtbot, window, page.view)
    page.view.setCurrentIndex(page.view.model().index(0, 0))
    qtbot.keyClick(
        page.view,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert titles(window) == ["Alpha", "Bravo", "Charlie"]
    qtbot.keyClick(
        page.view,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert titles(window) == ["Charlie", "Bravo", "Alpha"]
    header = page.view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0,
        Qt.SortOrder.DescendingOrder,
    )
