"""The case page: defendants with their statuses, the hearing chain with postponements."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

import record_fakes
from pytestqt.qtbot import QtBot
from record_fakes import FakeRecordDialogs
from ui_helpers import FakeDialogs

from casefile.services.drafts import save_record
from casefile.ui.case_page import CasePage, ChainRow
from casefile.ui.record_dialogs import Postponement
from casefile.ui.tasks import TaskRunner
from casefile.vault.vault import Vault

demo_vault = record_fakes.demo_vault  # the module-scoped fixture


def open_case(qtbot: QtBot, runner: TaskRunner, vault: Vault, case_id: str) -> CasePage:
    page = CasePage(runner, FakeDialogs(), FakeRecordDialogs())  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1170, 720)
    page.show()
    page.set_vault(vault)
    with qtbot.waitSignal(page.record_loaded, timeout=10_000):
        page.show_record(case_id)
    return page


def test_group_trial_shows_defendants_statuses_and_postponements(
    qtbot: QtBot, runner: TaskRunner, demo_vault: Vault
) -> None:
    from casefile.services.listing import list_cases, list_people

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
        assert f"→ postponed to {target.item.scheduled_date:%d.%m.%Y}" in text

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
    record_dialogs: Any = page.record_dialogs
    new_day = old_day + timedelta(days=14)
    record_dialogs.postponement = Postponement(new_day, time(11, 30), "Judge on leave")
    page.hearings.table.select_id(hearing_id)
    with qtbot.waitSignal(page.record_loaded, timeout=10_000):
        page.postpone_selected()
    chain: list[ChainRow] = page.chain_model.rows()
    assert [r.item.scheduled_date for r in chain] == [old_day, new_day]
    old, new = chain
    assert old.item.outcome == "postponed" and old.item.postponed_to_id == new.id
    assert old.item.postponement_reason == "Judge on leave"
    assert new.item.scheduled_time == time(11, 30)
    assert page.hearings.table.selected_row().id == new.id  # the new hearing is shown
