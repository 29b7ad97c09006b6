"""The generic table model: Qt's model checks, typed sorting, filtering, data() never raising."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casefile.ui.kit.locking import ClipboardGuard
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.table_model import (
    ID_ROLE,
    SORT_ROLE,
    Column,
    RowFilterProxy,
    RowTableModel,
    text_key,
)
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.pages.list_page import ListPage


@dataclass(frozen=True)
class Row:
    id: str
    name: str
    days: int
    born: date | None


ROWS = [
    Row("a", "ТАЖИБЕКОВ Айбек", 9, date(1990, 5, 1)),
    Row("b", "alice", 10, None),
    Row("c", "Bob", 100, date(1985, 1, 2)),
    Row("d", "Ёлкин", 2, date(2001, 12, 31)),
]

COLUMNS = (
    Column("name", "Name", lambda r: r.name, lambda r: text_key(r.name)),
    Column("days", "Days", lambda r: r.days, numeric=True),
    Column("born", "Born", lambda r: r.born),
    Column("broken", "Broken", lambda r: 1 / 0, lambda r: 1 / 0),
)


@pytest.fixture
def model(qtbot: QtBot) -> RowTableModel:
    table = RowTableModel(COLUMNS)
    table.set_rows(ROWS)
    return table


def column_texts(model: RowTableModel | RowFilterProxy, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_passes_qt_model_tester(qtmodeltester: ModelTester, model: RowTableModel) -> None:
    qtmodeltester.check(model, force_py=True)


def test_proxy_passes_qt_model_tester(qtmodeltester: ModelTester, model: RowTableModel) -> None:
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_text("b")
    qtmodeltester.check(proxy, force_py=True)


def test_sorts_numbers_as_numbers(model: RowTableModel) -> None:
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert column_texts(model, 1) == ["2", "9", "10", "100"]  # not "10" < "100" < "2" < "9"
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert column_texts(model, 1) == ["100", "10", "9", "2"]


def test_sorts_dates_as_dates_with_empty_last(model: RowTableModel) -> None:
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert column_texts(model, 2) == ["02.01.1985", "01.05.1990", "31.12.2001", ""]


def test_sorts_names_case_insensitively_in_any_script(model: RowTableModel) -> None:
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert column_texts(model, 0) == ["alice", "Bob", "ТАЖИБЕКОВ Айбек", "Ёлкин"]


def test_proxy_forwards_sort_to_the_typed_keys(model: RowTableModel) -> None:
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert column_texts(proxy, 1) == ["2", "9", "10", "100"]
    assert [proxy.index(r, 1).data(SORT_ROLE) for r in range(4)] == [2, 9, 10, 100]


def test_sort_keeps_selection_on_the_same_record(qtbot: QtBot, model: RowTableModel) -> None:
    persistent = [model.index(model.row_of_id("c"), 0)]
    from PySide6.QtCore import QPersistentModelIndex

    kept = QPersistentModelIndex(persistent[0])
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert kept.data(ID_ROLE) == "c"


def test_data_never_raises(model: RowTableModel) -> None:
    broken = model.index(0, 3)
    assert broken.data() == ""
    assert broken.data(SORT_ROLE) is None
    assert model.data(QModelIndex()) is None
    assert model.index(99, 0).data() is None
    model.sort(3)  # a failing key sorts as empty, no exception


def test_filter_matches_lowercase_fragment_of_uppercase_cyrillic(model: RowTableModel) -> None:
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_text("тажиб")
    assert column_texts(proxy, 0) == ["ТАЖИБЕКОВ Айбек"]
    proxy.set_filter_text("ali 10")  # every word must appear, in any column
    assert column_texts(proxy, 0) == ["alice"]
    proxy.set_filter_text("")
    assert proxy.rowCount() == 4


def test_clear_empties_the_model(model: RowTableModel) -> None:
    model.clear()
    assert model.rowCount() == 0


def test_column_visibility_is_remembered_as_ids_only(qtbot: QtBot, tmp_path: object) -> None:
    store = QSettings(f"{tmp_path}/s.ini", QSettings.Format.IniFormat)
    settings = UiSettings(store)
    runner = TaskRunner()
    page = ListPage(
        "things", "things", COLUMNS, lambda _v: ROWS, runner, settings, ClipboardGuard()
    )
    qtbot.addWidget(page)
    page.set_column_shown(1, False)
    assert settings.hidden_columns("things") == {"days"}
    again = ListPage(
        "things", "things", COLUMNS, lambda _v: ROWS, runner, settings, ClipboardGuard()
    )
    qtbot.addWidget(again)
    assert again.view.isColumnHidden(1)
    assert not again.view.isColumnHidden(0)
    menu = again.column_menu()
    assert [a.isChecked() for a in menu.actions()] == [True, False, True, True]
    store.sync()
    text = (tmp_path / "s.ini").read_text()  # type: ignore[operator]
    assert "days" in text and "alice" not in text


def test_filter_survives_new_rows_and_sorting(model: RowTableModel) -> None:
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_text("b")  # Latin b: not the Cyrillic б of "ТАЖИБЕКОВ"
    assert column_texts(proxy, 0) == ["Bob"]
    model.sort(1, Qt.SortOrder.DescendingOrder)  # row numbers change
    assert column_texts(proxy, 0) == ["Bob"]
    model.set_rows([*ROWS, Row("e", "Bobby", 1, None)])
    assert sorted(column_texts(proxy, 0)) == ["Bob", "Bobby"]


def test_a_slow_older_load_never_replaces_a_newer_one(qtbot: QtBot, tmp_path: object) -> None:
    import threading

    settings = UiSettings(QSettings(f"{tmp_path}/s.ini", QSettings.Format.IniFormat))
    runner = TaskRunner()
    release_first = threading.Event()
    calls: list[int] = []

    def loader(_vault: object) -> list[Row]:
        calls.append(1)
        if len(calls) == 1:
            release_first.wait(10)  # the first load is slow and returns old rows
            return ROWS[:1]
        return ROWS

    page = ListPage("things", "things", COLUMNS[:3], loader, runner, settings, ClipboardGuard())
    qtbot.addWidget(page)
    page.set_vault(object())  # type: ignore[arg-type]  # a stand-in the loader ignores
    page.reload()
    qtbot.waitUntil(lambda: len(calls) >= 1)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == len(ROWS))
    release_first.set()
    runner.wait()
    qtbot.wait(50)  # let the late result arrive on the GUI thread
    assert page.model.rowCount() == len(ROWS)
