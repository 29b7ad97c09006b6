"""The hearings agenda: postpone in two clicks and a date, outcomes, flags, iCalendar export."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from casefile.services.records.drafts import save_record
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.pages.agenda_page import AgendaPage
from casefile.ui.pages.record_dialogs import Outcome, Postponement
from casefile.vault.vault import Vault
from tests.ui.ui_helpers import FakeDialogs

DEFENDANT = "ТАЖИБЕКОВ Айбек Русланович"
JUDGE = "Канат Дүйшөнбиев"
CASE_TITLE = "Тажибеков: Facebook posts"


def next_monday() -> date:
    today = date.today()
    return today + timedelta(days=7 - today.weekday())


@pytest.fixture
def hearing(vault: Vault) -> dict[str, str]:
    person_id = save_record(vault, "persons", None, {"full_name": DEFENDANT})
    case_id = save_record(
        vault,
        "cases",
        None,
        {"title": CASE_TITLE, "status": "trial", "case_numbers": ["№ 1-234/26"]},
    )
    save_record(
        vault,
        "case_participants",
        None,
        {"case_id": case_id, "person_id": person_id, "role": "defendant"},
    )
    hearing_id = save_record(
        vault,
        "hearings",
        None,
        {
            "case_id": case_id,
            "scheduled_date": next_monday(),
            "scheduled_time": time(10, 0),
            "court": "Октябрьский районный суд г. Бишкек",
            "judge": JUDGE,
            "kind": "trial_session",
        },
    )
    return {"person": person_id, "case": case_id, "hearing": hearing_id}


def open_agenda(
    qtbot: QtBot, runner: TaskRunner, vault: Vault, day: date
) -> tuple[AgendaPage, FakeDialogs]:
    dialogs = FakeDialogs()
    page = AgendaPage(runner, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1170, 700)
    page.show()
    page.set_vault(vault)
    with qtbot.waitSignal(page.agenda_loaded, timeout=30_000):
        page.show_date(day)
    return page, dialogs


def test_postponed_to_creates_the_linked_hearing_and_keeps_the_old_date(
    qtbot: QtBot, runner: TaskRunner, vault: Vault, hearing: dict[str, str]
) -> None:
    from casefile.services.lists.dossiers import get_case_page

    monday = next_monday()
    page, dialogs = open_agenda(qtbot, runner, vault, monday)
    assert page.period() == (monday, monday + timedelta(days=6))
    assert [row.id for row in page.rows()] == [hearing["hearing"]]
    row = page.rows()[0]
    assert row.defendants == (DEFENDANT,) and row.judge == JUDGE
    assert page.model.index(0, 3).data() == DEFENDANT

    new_day = monday + timedelta(days=2)
    dialogs.answers["PostponeDialog"] = Postponement(new_day, time(14, 30), "Prosecutor absent")
    changed: list[bool] = []
    page.records_changed.connect(lambda: changed.append(True))
    page.select_hearing(hearing["hearing"])  # click one
    with qtbot.waitSignal(page.agenda_loaded, timeout=30_000):
        page.postpone_button.click()  # click two; the injected dialog gives the date
    assert dialogs.calls == [("ask", "PostponeDialog", "")]
    assert changed == [True]

    # In the vault: both hearings, linked, the old one keeping its date.
    case = get_case_page(vault, hearing["case"], date.today())
    assert len(case.hearings) == 2
    old, new = case.hearings
    assert old.id == hearing["hearing"]
    assert old.scheduled_date == monday and old.scheduled_time == time(10, 0)
    assert old.outcome == "postponed" and old.postponement_reason == "Prosecutor absent"
    assert old.postponed_to_id == new.id and new.postponed_from_id == old.id
    assert new.scheduled_date == new_day and new.scheduled_time == time(14, 30)
    assert new.judge == JUDGE

    # On the agenda: the new hearing, selected; the old one still there, postponed.
    assert [r.id for r in page.rows()] == [old.id, new.id]
    assert page.selected_row().id == new.id
    assert page.model.index(0, 7).data() == f"postponed → {new_day:%d.%m.%Y}"

    # Postponing the old one again is refused with an explanation, without a dialog.
    page.select_hearing(old.id)
    page.postpone_selected()
    assert dialogs.kinds() == ["ask", "info"]


def test_record_outcome_and_flag_of_a_past_hearing_without_one(
    qtbot: QtBot, runner: TaskRunner, vault: Vault, hearing: dict[str, str]
) -> None:
    past = date.today() - timedelta(days=10)
    past_id = save_record(
        vault,
        "hearings",
        None,
        {"case_id": hearing["case"], "scheduled_date": past, "kind": "preliminary"},
    )
    page, dialogs = open_agenda(qtbot, runner, vault, next_monday())
    rows = page.rows()
    # The overdue hearing is listed on top of next week's, flagged.
    assert [r.id for r in rows] == [past_id, hearing["hearing"]]
    assert rows[0].needs_outcome
    assert "outcome missing" in page.model.index(0, 7).data()
    assert "outcome missing: 1" in page.count_label.text()

    dialogs.answers["OutcomeDialog"] = Outcome("held", "Defence motions heard")
    page.select_hearing(past_id)
    with qtbot.waitSignal(page.agenda_loaded, timeout=30_000):
        page.outcome_button.click()
    assert [r.id for r in page.rows()] == [hearing["hearing"]]  # no longer overdue
    page.show_date(past)
    qtbot.waitUntil(lambda: any(r.id == past_id for r in page.rows()), timeout=30_000)
    done = next(r for r in page.rows() if r.id == past_id)
    assert done.outcome == "held" and not done.needs_outcome


def export(
    qtbot: QtBot, page: AgendaPage, dialogs: FakeDialogs, with_names: bool, target: Path
) -> str:
    dialogs.save_answer = target
    count = len(dialogs.calls)
    (page.export_named_action if with_names else page.export_plain_action).trigger()
    qtbot.waitUntil(lambda: dialogs.kinds()[-1] == "info", timeout=30_000)
    kinds = [kind for kind, _t, _x in dialogs.calls[count:]]
    assert kinds == ["confirm", "save_file", "info"]
    assert "NOT encrypted" in dialogs.calls[count][2]
    return target.with_suffix(".ics").read_bytes().decode("utf-8")


def test_ics_export_with_and_without_names(
    qtbot: QtBot, runner: TaskRunner, vault: Vault, hearing: dict[str, str], tmp_path: Path
) -> None:
    page, dialogs = open_agenda(qtbot, runner, vault, next_monday())

    # Declined: nothing asked further, nothing written.
    dialogs.confirm_answer = False
    page.export_plain_action.trigger()
    assert dialogs.kinds() == ["confirm"]
    dialogs.confirm_answer = True

    named = export(qtbot, page, dialogs, True, tmp_path / "named.ics")
    unfolded = named.replace("\r\n ", "")
    assert unfolded.startswith("BEGIN:VCALENDAR\r\n")
    assert f"UID:{hearing['hearing']}@casefile" in unfolded
    assert CASE_TITLE in unfolded and DEFENDANT in unfolded and JUDGE in unfolded

    plain = export(qtbot, page, dialogs, False, tmp_path / "plain")  # .ics is added
    unfolded = plain.replace("\r\n ", "")
    assert "№ 1-234/26" in unfolded
    for name in (CASE_TITLE, DEFENDANT, JUDGE, "ТАЖИБЕКОВ", "Тажибеков"):
        assert name not in unfolded
    assert "Октябрьский районный суд" in unfolded  # courts are public
    assert oct(tmp_path.joinpath("plain.ics").stat().st_mode & 0o777) == "0o600"


def test_day_and_week_views(
    qtbot: QtBot, runner: TaskRunner, vault: Vault, hearing: dict[str, str]
) -> None:
    monday = next_monday()
    page, _dialogs = open_agenda(qtbot, runner, vault, monday + timedelta(days=1))
    assert len(page.rows()) == 1
    with qtbot.waitSignal(page.agenda_loaded, timeout=30_000):
        page.set_mode("day")
    assert page.period() == (monday + timedelta(days=1),) * 2
    assert page.rows() == [] and page.empty_label.isVisible()
    with qtbot.waitSignal(page.agenda_loaded, timeout=30_000):
        page.step(-1)
    assert [r.id for r in page.rows()] == [hearing["hearing"]]
    opened: list[tuple[str, str]] = []
    page.record_activated.connect(lambda table, rid: opened.append((table, rid)))
    page.view.activated.emit(page.model.index(0, 0))
    assert opened == [("hearings", hearing["hearing"])]


def test_hearings_list_opens_at_todays_hearings(
    qtbot: QtBot, runner: TaskRunner, vault: Vault, ui_settings: Any
) -> None:
    """50 past hearings, then upcoming ones: the list starts at the first upcoming one."""
    from casefile.services.lists.listing import HearingRow
    from casefile.ui.kit.locking import ClipboardGuard
    from casefile.ui.pages.list_page import ListPage
    from casefile.ui.pages.record_lists import HEARINGS

    today = date.today()
    rows = [
        HearingRow(
            str(n), "c", "Case", today + timedelta(days=n - 50), None, None, None, "x", None, None
        )
        for n in range(80)
    ]
    page = ListPage(
        "hearings_test",
        "hearings",
        HEARINGS.columns,
        lambda _vault: rows,
        runner,
        ui_settings,
        ClipboardGuard(),
        start_at=HEARINGS.start_at,
    )
    qtbot.addWidget(page)
    page.resize(900, 300)
    page.show()
    page.set_vault(vault)
    with qtbot.waitSignal(page.rows_loaded, timeout=30_000):
        page.reload()
    qtbot.waitUntil(lambda: page.view.rowAt(0) == 50, timeout=5_000)
    page.set_filter("nothing matches this")
    page._scroll_to_start()  # all filtered out: no error, stays at the end
    assert page.proxy.rowCount() == 0


def test_postpone_and_outcome_dialogs_give_plain_answers(qtbot: QtBot) -> None:
    from casefile.ui.pages.record_dialogs import OutcomeDialog, PostponeDialog

    old = date(2026, 11, 24)
    dialog = PostponeDialog(None, "24.11.2026 — Case", old, time(10, 0))
    qtbot.addWidget(dialog)
    entry = dialog.date_entry
    assert entry.text() == "01.12.2026 10:00"  # a week later, at the old time, to start with
    assert dialog.answer() == Postponement(date(2026, 12, 1), time(10, 0), "")
    entry.line.selectAll()
    qtbot.keyClicks(entry.line, "03.12.2026 9:15")
    dialog.reason.setText("  Judge on leave ")
    assert dialog.answer() == Postponement(date(2026, 12, 3), time(9, 15), "Judge on leave")
    entry.line.selectAll()
    qtbot.keyClicks(entry.line, "03.12.2026")
    assert dialog.answer().new_time is None  # no time typed: none stored

    # Never before the old date: said in the date's line, and OK waits.
    entry.line.selectAll()
    qtbot.keyClicks(entry.line, "23.11.2026")
    assert entry.message.kind() == "error"
    assert "cannot be before" in entry.message.full_text()
    assert not dialog.ok_button.isEnabled()

    outcome = OutcomeDialog(None, "24.11.2026 — Case", "held")
    qtbot.addWidget(outcome)
    assert outcome.answer() == Outcome("held", None)
    outcome.choice.setCurrentIndex(0)
    outcome.notes.setPlainText("Adjourned sine die")
    assert outcome.answer() == Outcome(None, "Adjourned sine die")


def test_a_long_period_paints_its_first_screen_then_the_rest(
    qtbot: QtBot,
    runner: TaskRunner,
    vault: Vault,
    hearing: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from casefile.services.records import hearings

    monkeypatch.setattr(hearings, "AGENDA_SCREEN", 2)
    monday = next_monday()
    for offset in range(1, 5):
        save_record(
            vault,
            "hearings",
            None,
            {"case_id": hearing["case"], "scheduled_date": monday + timedelta(days=offset)},
        )
    dialogs = FakeDialogs()
    page = AgendaPage(runner, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()
    page.set_vault(vault)
    page.mode = "week"
    painted: list[int] = []
    page.model.modelReset.connect(lambda: painted.append(page.model.rowCount()))
    with qtbot.waitSignal(page.agenda_loaded, timeout=30_000) as loaded:
        page.show_date(monday)
    # The first screen (two), counted as the whole week, then all five, the first still chosen.
    assert painted == [2, 5]
    assert loaded.args == [5]
    assert page.count_label.text() == "Hearings: 5"
    assert page.selected_row().id == hearing["hearing"]
    assert [row.scheduled_date for row in page.rows()] == [
        monday + timedelta(days=n) for n in range(5)
    ]
