"""The case page: defendants with their statuses, the hearing chain with postponements."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casefile.services.records.drafts import save_record
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.pages.case_page import CasePage, ChainRow
from casefile.ui.pages.record_dialogs import Postponement
from casefile.vault.keyfile import KdfCost
from casefile.vault.vault import Vault
from tests.ui import record_fakes
from tests.ui.ui_helpers import FakeDialogs, unlock

demo_vault = record_fakes.demo_vault  # the module-scoped fixture


def open_case(qtbot: QtBot, runner: TaskRunner, vault: Vault, case_id: str) -> CasePage:
    page = CasePage(runner, FakeDialogs())  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1170, 720)
    page.show()
    page.set_vault(vault)
    with qtbot.waitSignal(page.record_loaded, timeout=30_000):
        page.show_record(case_id)
    return page


def test_group_trial_shows_defendants_statuses_and_postponements(
    qtbot: QtBot, runner: TaskRunner, demo_vault: Vault
) -> None:
    from casefile.services.lists.listing import list_cases, list_people

    case = next(c for c in list_cases(demo_vault) if "Pasture" in c.title)
    page = open_case(qtbot, runner, demo_vault, case.id)
    assert page.title_label.text() == case.title
    assert "closed to the public" in page.facts_label.text()
    defendants = page.defendants.table.row_model.rows()
    assert len(defendants) == case.defendants == 9
    people = {p.id: p for p in list_people(demo_vault)}
    for row in defendants:
        assert row.status.status == people[row.person_id].current_status
        assert row.status.days_in_custody == people[row.person_id].days_in_custody
    held = [r for r in defendants if r.status.status == "pretrial_detention"]
    assert held and all(r.status.days_in_custody > 400 for r in held)

    chain: list[ChainRow] = page.chain_model.rows()
    postponed = [r for r in chain if r.item.postponed_to_id]
    assert postponed
    by_id = {r.id: r for r in chain}
    for row in postponed:
        target = by_id[row.item.postponed_to_id]
        assert row.to_date == target.item.scheduled_date
        assert target.from_date == row.item.scheduled_date
        text = page.chain_model.index(chain.index(row), 6).data()
        assert f"→ to {target.item.scheduled_date:%d.%m.%Y}" in text

    # Opening a postponed hearing leads to its new date; a defendant opens their dossier.
    first = postponed[0]
    page.hearings.table.row_opened.emit(first)
    assert page.hearings.table.selected_row().id == first.item.postponed_to_id
    opened: list[tuple[str, str]] = []
    page.record_activated.connect(lambda table, rid: opened.append((table, rid)))
    page.defendants.table.row_opened.emit(defendants[0])
    assert opened == [("persons", defendants[0].person_id)]


def test_postpone_from_the_case_page_keeps_the_old_date(
    qtbot: QtBot, runner: TaskRunner, vault: Vault
) -> None:
    case_id = save_record(vault, "cases", None, {"title": "Test case", "status": "trial"})
    old_day = date.today() + timedelta(days=3)
    hearing_id = save_record(
        vault,
        "hearings",
        None,
        {"case_id": case_id, "scheduled_date": old_day, "kind": "trial_session"},
    )
    page = open_case(qtbot, runner, vault, case_id)
    page.records_changed.connect(page.reload)
    dialogs: Any = page.dialogs
    new_day = old_day + timedelta(days=14)
    dialogs.answers["PostponeDialog"] = Postponement(new_day, time(11, 30), "Judge on leave")
    page.hearings.table.select_id(hearing_id)
    with qtbot.waitSignal(page.record_loaded, timeout=30_000):
        page.postpone_selected()
    chain: list[ChainRow] = page.chain_model.rows()
    assert [r.item.scheduled_date for r in chain] == [old_day, new_day]
    old, new = chain
    assert old.item.outcome == "postponed" and old.item.postponed_to_id == new.id
    assert old.item.postponement_reason == "Judge on leave"
    assert new.item.scheduled_time == time(11, 30)
    assert page.hearings.table.selected_row().id == new.id  # the new hearing is shown


def test_open_record_and_back_through_the_main_window(
    qtbot: QtBot, make_controller: Any, tmp_path: Path
) -> None:
    """Lists, dossier and case page link to each other; Back (Alt+Left) walks the way back."""
    from casefile.demo.build import DEMO_PASSPHRASE, build_demo_vault

    fast = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
    created = build_demo_vault(tmp_path / "demo", kdf_cost=fast)
    created.vault.close()
    controller = make_controller()
    controller.start(created.vault.paths.root)
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    window = controller.main_window
    assert window is not None
    assert not window.back_action.isEnabled()

    # People list: Enter on a row opens the dossier.
    window.show_page("people")
    people = window.people
    qtbot.waitUntil(lambda: people.model.rowCount() > 0, timeout=30_000)
    person = next(r for r in people.model.rows() if r.full_name == "Талант Мамасалиев")
    people.select_record(person.id)
    with qtbot.waitSignal(window.dossier.record_loaded, timeout=30_000):
        people.view.activated.emit(people.view.currentIndex())
    assert window.current_page_id() == "dossier"
    assert window.dossier.record_id == person.id
    assert window.back_action.isEnabled()

    # A hearing in the dossier opens its case page with that hearing selected.
    hearing = window.dossier.hearings.table.row_model.row_at(0)
    with qtbot.waitSignal(window.case_page.record_loaded, timeout=30_000):
        window.dossier.hearings.table.row_opened.emit(hearing)
    assert window.current_page_id() == "case"
    assert window.case_page.record_id == hearing.case_id
    assert window.case_page.hearings.table.selected_row().id == hearing.id

    # Back: the dossier again, then the people list.
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page_id() == "dossier"
    assert window.dossier.record_id == person.id
    window.back_action.trigger()
    assert window.current_page_id() == "people"
    window.back_action.trigger()
    assert window.current_page_id() == "dashboard"  # where the session started
    assert not window.back_action.isEnabled()

    # The ill-treatment list is a real list; a report opens at its victim's dossier.
    window.show_page("ill_treatment")
    reports = window.pages["ill_treatment"]
    qtbot.waitUntil(lambda: reports.model.rowCount() > 0, timeout=30_000)  # type: ignore[attr-defined]
    report = reports.model.row_at(0)  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.dossier.record_loaded, timeout=30_000):
        window.open_record("ill_treatment_reports", report.id)
    assert window.dossier.record_id == report.victim_id
    window.show_page("interventions")
    interventions = window.pages["interventions"]
    qtbot.waitUntil(lambda: interventions.model.rowCount() > 0, timeout=30_000)  # type: ignore[attr-defined]

    # Pages reload after a refresh, and locking clears them.
    window.show_page("agenda")
    qtbot.waitUntil(lambda: window.agenda.count_label.text() != "", timeout=30_000)
    controller.lock()
    assert window.dossier.data is None and window.agenda.model.rowCount() == 0


def test_dashboard_ill_treatment_item_opens_the_report_in_its_victims_dossier(
    qtbot: QtBot, make_controller: Any, tmp_path: Path
) -> None:
    from casefile.demo.build import DEMO_PASSPHRASE, build_demo_vault

    fast = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
    created = build_demo_vault(tmp_path / "demo", kdf_cost=fast)
    created.vault.close()
    controller = make_controller()
    controller.start(created.vault.paths.root)
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    window = controller.main_window
    assert window is not None
    items = window.dashboard.lists["ill_treatment"]
    qtbot.waitUntil(lambda: items.count() > 0, timeout=30_000)
    item = items.item(0)
    table, report_id = item.data(Qt.ItemDataRole.UserRole)
    assert table == "ill_treatment_reports"
    with qtbot.waitSignal(window.dossier.record_loaded, timeout=30_000):
        items.itemActivated.emit(item)
    assert window.current_page_id() == "dossier"
    assert window.dossier.ill_treatment.table.selected_row().id == report_id
