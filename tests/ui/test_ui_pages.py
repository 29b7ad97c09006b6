"""The dashboard (from the demo vault) and the trash page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casefile.ui.shell.main_window import MainWindow
from casefile.ui.start.controller import AppController
from casefile.vault.keyfile import KdfCost
from casefile.vault.vault import Vault
from tests.ui.ui_helpers import PEOPLE, FakeDialogs, unlock


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    from casefile.demo.build import build_demo_vault

    fast = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
    created = build_demo_vault(tmp_path / "demo", kdf_cost=fast)
    created.vault.close()
    return created.vault.paths.root


def open_demo(qtbot: QtBot, controller: AppController, demo_path: Path) -> MainWindow:
    from casefile.demo.build import DEMO_PASSPHRASE

    controller.start(demo_path)
    window = controller.main_window
    assert window is None
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    window = controller.main_window
    assert window is not None
    return window


def test_dashboard_items_open_their_records(
    qtbot: QtBot, make_controller: Callable[..., AppController], demo_path: Path
) -> None:
    controller = make_controller()
    window = open_demo(qtbot, controller, demo_path)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: dashboard.lists["terms"].count() > 0, timeout=10_000)
    assert window.current_page_id() == "dashboard"
    assert dashboard.findChild(object, "tile_pretrial_detention") is not None
    for key in ("hearings", "terms", "police", "ill_treatment"):
        assert dashboard.lists[key].count() > 0, key

    item = dashboard.lists["terms"].item(0)
    table, person_id = item.data(Qt.ItemDataRole.UserRole)
    assert table == "persons"
    dashboard.lists["terms"].itemActivated.emit(item)
    assert window.current_page_id() == "dossier"  # the item opens the person's dossier
    qtbot.waitUntil(lambda: window.dossier.data is not None, timeout=10_000)
    assert window.dossier.data.dossier.id == person_id
    window.back_action.trigger()
    assert window.current_page_id() == "dashboard"


def test_status_tile_filters_the_people_list(
    qtbot: QtBot, make_controller: Callable[..., AppController], demo_path: Path
) -> None:
    controller = make_controller()
    window = open_demo(qtbot, controller, demo_path)
    qtbot.waitUntil(lambda: window.dashboard.lists["terms"].count() > 0, timeout=10_000)
    tile = window.dashboard.findChild(object, "tile_house_arrest")
    count = int(tile.text().split("\n")[0])
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.current_page_id() == "people"
    people = window.people
    qtbot.waitUntil(lambda: people.model.rowCount() > 0, timeout=10_000)
    assert people.proxy.rowCount() == count
    statuses = {people.proxy.index(r, 1).data() for r in range(people.proxy.rowCount())}
    assert statuses == {"House arrest"}


def test_trash_restore(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    people_vault_path: Path,
    dialogs: FakeDialogs,
) -> None:
    from casefile.services.lists.listing import list_people
    from casefile.services.records.trash import move_to_trash
    from tests.ui.ui_helpers import PASSPHRASE

    with Vault.open(people_vault_path, PASSPHRASE) as vault:
        alice = next(row for row in list_people(vault) if row.full_name == "Alice Example")
        move_to_trash(vault, "persons", alice.id)

    controller = make_controller()
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    window.show_page("trash")
    trash = window.trash
    qtbot.waitUntil(lambda: trash.model.rowCount() == 1, timeout=10_000)
    assert not trash.restore_button.isEnabled()
    trash.view.selectRow(0)
    assert trash.restore_button.isEnabled()

    dialogs.confirm_answer = False
    qtbot.mouseClick(trash.purge_button, Qt.MouseButton.LeftButton)
    assert dialogs.kinds() == ["confirm"]  # asked, and nothing happened on "No"
    assert trash.model.rowCount() == 1

    with qtbot.waitSignal(trash.rows_loaded, timeout=10_000):
        qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert trash.model.rowCount() == 0
    window.show_page("people")
    qtbot.waitUntil(lambda: window.people.model.rowCount() == len(PEOPLE), timeout=10_000)


def test_dashboard_lists_the_oldest_reports_and_a_line_to_the_rest(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from datetime import date

    from casefile.demo.build import DEMO_PASSPHRASE
    from casefile.services.lists import dashboard as dashboard_service

    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        total = dashboard_service.dashboard(vault, date.today()).unanswered_ill_treatment_count
    assert total >= 2
    monkeypatch.setattr(dashboard_service, "UNANSWERED_SHOWN", 1)
    controller = make_controller()
    window = open_demo(qtbot, controller, demo_path)
    reports = window.dashboard.lists["ill_treatment"]
    qtbot.waitUntil(lambda: reports.count() > 0, timeout=10_000)
    assert reports.count() == 2  # the oldest report, then the line to the others
    assert reports.item(0).data(Qt.ItemDataRole.UserRole)[0] == "ill_treatment_reports"
    more = reports.item(1)
    assert more.text() == f"{total - 1} more: open the full list"
    assert window.dashboard.boxes["ill_treatment"].title().endswith(f"({total})")
    reports.itemActivated.emit(more)
    assert window.current_page_id() == "ill_treatment"


def test_every_dashboard_list_shows_its_first_items_and_a_line_to_the_others(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from casefile.ui.pages import dashboard as dashboard_page

    monkeypatch.setattr(dashboard_page, "SECTION_SHOWN", 1)
    controller = make_controller()
    window = open_demo(qtbot, controller, demo_path)
    dashboard = window.dashboard
    terms = dashboard.lists["terms"]
    qtbot.waitUntil(lambda: terms.count() > 0, timeout=10_000)
    total = int(dashboard.boxes["terms"].title().rsplit("(", 1)[1].rstrip(")"))
    assert total >= 2
    assert terms.count() == 2
    assert terms.item(1).text() == f"{total - 1} more: open the full list"
    # The others are the people in pre-trial detention: the People list, filtered.
    terms.itemActivated.emit(terms.item(1))
    assert window.current_page_id() == "people"
    qtbot.waitUntil(lambda: window.people.proxy.rowCount() > 0, timeout=10_000)
    shown = {window.people.proxy.index(r, 1).data() for r in range(window.people.proxy.rowCount())}
    assert shown == {"Pre-trial detention"}

    window.show_page("dashboard")
    hearings = dashboard.lists["hearings"]
    assert hearings.count() == 2  # the demo has several hearings this week
    hearings.itemActivated.emit(hearings.item(1))
    assert window.current_page_id() == "agenda"


def test_trash_accepts_a_partners_deletion(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    people_vault_path: Path,
    dialogs: FakeDialogs,
) -> None:
    from sqlalchemy import select

    from casefile.services.lists.listing import list_people
    from casefile.services.records.trash import move_to_trash
    from casefile.vault.schema import PendingPurge, Person, Tombstone
    from tests.ui.ui_helpers import PASSPHRASE

    partner = "ab" * 16
    with Vault.open(people_vault_path, PASSPHRASE) as vault:
        alice = next(row for row in list_people(vault) if row.full_name == "Alice Example")
        bob = next(row for row in list_people(vault) if row.full_name != "Alice Example")
        move_to_trash(vault, "persons", alice.id)
        move_to_trash(vault, "persons", bob.id)
        # What an import leaves when a partner purged Alice (tests/services/exchange cover it).
        with vault.write() as session:
            session.add(
                PendingPurge(
                    record_table="persons",
                    record_id=alice.id,
                    clock=1,
                    device_id=partner,
                    from_device=partner,
                )
            )

    controller = make_controller()
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    window.show_page("trash")
    trash = window.trash
    qtbot.waitUntil(lambda: trash.model.rowCount() == 2, timeout=10_000)
    asked = {
        trash.proxy.index(r, 0).data(): trash.proxy.index(r, 4).data()
        for r in range(trash.proxy.rowCount())
    }
    assert asked == {"Alice Example": partner[:8], bob.full_name: ""}
    row_of = {trash.proxy.index(r, 0).data(): r for r in range(trash.proxy.rowCount())}
    trash.view.selectRow(row_of[bob.full_name])
    assert not trash.accept_button.isEnabled()
    trash.view.selectRow(row_of["Alice Example"])
    assert trash.accept_button.isEnabled()

    dialogs.confirm_answer = True
    with qtbot.waitSignal(trash.rows_loaded, timeout=10_000):
        qtbot.mouseClick(trash.accept_button, Qt.MouseButton.LeftButton)
    assert dialogs.kinds() == ["confirm"]
    assert trash.model.rowCount() == 1
    vault = controller.vault
    assert vault is not None
    with vault.read() as session:
        assert session.get(Person, alice.id) is None
        assert session.get(Person, bob.id) is not None
        assert list(session.scalars(select(PendingPurge))) == []
        assert [t.record_id for t in session.scalars(select(Tombstone))] == [alice.id]
