"""A postponed hearing shows as "postponed → new date" on the dashboard, in the agenda and on
the case page (issue 18, finding 3), not as a plain upcoming hearing."""

from __future__ import annotations

from datetime import date, time, timedelta

from pytestqt.qtbot import QtBot

from casefile.services.records.drafts import save_record
from casefile.services.records.hearings import postpone_hearing
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.pages.dashboard import DashboardPage
from casefile.vault.vault import Vault
from tests.ui.test_ui_agenda_page import open_agenda
from tests.ui.test_ui_case_page import open_case

TOMORROW = date.today() + timedelta(days=1)
NEW_DAY = date.today() + timedelta(days=40)


def postponed_hearing(vault: Vault) -> tuple[str, str, str]:
    """A case whose hearing tomorrow was postponed by 40 days: (case, old, new)."""
    case = save_record(vault, "cases", None, {"title": "Мамасалиев: posts"})
    old = save_record(
        vault,
        "hearings",
        None,
        {"case_id": case, "scheduled_date": TOMORROW, "scheduled_time": time(10, 0)},
    )
    new = postpone_hearing(vault, old, NEW_DAY, time(14, 0), "Judge ill")
    return case, old, new


def test_the_dashboard_marks_a_postponed_hearing_with_its_new_date(
    qtbot: QtBot, runner: TaskRunner, vault: Vault
) -> None:
    case = save_record(vault, "cases", None, {"title": "Still on"})
    save_record(vault, "hearings", None, {"case_id": case, "scheduled_date": TOMORROW})
    postponed_hearing(vault)
    page = DashboardPage(runner)
    qtbot.addWidget(page)
    page.set_vault(vault)
    with qtbot.waitSignal(page.data_loaded, timeout=10_000):
        page.reload()
    hearings = page.lists["hearings"]
    texts = [hearings.item(row).text() for row in range(hearings.count())]
    marked = [text for text in texts if "Мамасалиев" in text]
    assert marked == [
        f"{TOMORROW:%d.%m.%Y} 10:00 — postponed → {NEW_DAY:%d.%m.%Y} — Мамасалиев: posts"
    ]
    (plain,) = [text for text in texts if "Still on" in text]
    assert "postponed" not in plain


def test_the_agenda_shows_the_new_date_even_outside_its_week(
    qtbot: QtBot, runner: TaskRunner, vault: Vault
) -> None:
    _case, old, _new = postponed_hearing(vault)
    page, _dialogs = open_agenda(qtbot, runner, vault, TOMORROW)
    row = page.model.row_of_id(old)
    assert row >= 0
    assert page.model.index(row, 7).data() == f"postponed → {NEW_DAY:%d.%m.%Y}"
    page.select_hearing(old)
    assert f"postponed → {NEW_DAY:%d.%m.%Y}" in page.details.text()


def test_the_case_page_shows_postponed_then_the_new_date(
    qtbot: QtBot, runner: TaskRunner, vault: Vault
) -> None:
    case, old, new = postponed_hearing(vault)
    page = open_case(qtbot, runner, vault, case)
    rows = {row.id: index for index, row in enumerate(page.chain_model.rows())}
    assert page.chain_model.index(rows[old], 5).data() == f"postponed → {NEW_DAY:%d.%m.%Y}"
    assert page.chain_model.index(rows[new], 5).data() == "next"
