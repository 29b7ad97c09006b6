"""The court-day list window from the agenda, and every future hearing to a calendar file."""

from __future__ import annotations

import io
import stat
from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from casefile.services.records.drafts import save_record
from casefile.services.records.hearings import postpone_hearing
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.pages.agenda_exports import CalendarChoice, CalendarExportDialog
from casefile.ui.reports.court_day import CourtDayDialog, period_of
from casefile.ui.start.controller import AppController
from casefile.vault.vault import Vault
from tests.ui.test_ui_agenda_page import open_agenda
from tests.ui.ui_helpers import FakeDialogs, type_text, unlock

MONDAY = date.today() + timedelta(days=7 - date.today().weekday())
DEFENDANT = "Тажибеков Айбек Русланович"
LAWYER = "Үмүт Жаңылова"
OCTOBER = "Октябрьский районный суд г. Бишкек"


def pdf_text(pdf: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


@pytest.fixture
def hearings(vault: Vault) -> dict[str, str]:
    """Next Monday: one hearing at 10:00 and one postponed to Wednesday; a hearing in a year."""
    case = save_record(
        vault, "cases", None, {"title": "Тажибеков: посты", "case_numbers": ["№ 1-234/26"]}
    )
    for name, role in ((DEFENDANT, "defendant"), (LAWYER, "lawyer")):
        person = save_record(vault, "persons", None, {"full_name": name})
        save_record(
            vault,
            "case_participants",
            None,
            {"case_id": case, "person_id": person, "role": role},
        )
    ids = {
        name: save_record(
            vault,
            "hearings",
            None,
            {"case_id": case, "scheduled_date": day, "scheduled_time": at, "court": OCTOBER},
        )
        for name, day, at in (
            ("monday", MONDAY, time(10, 0)),
            ("moved", MONDAY, time(15, 0)),
            ("far", MONDAY + timedelta(days=365), time(9, 0)),
        )
    }
    ids["wednesday"] = postpone_hearing(
        vault, ids["moved"], MONDAY + timedelta(days=2), time(11, 0), ""
    )
    return ids


def make_list(
    qtbot: QtBot, runner: TaskRunner, vault: Vault, dialogs: FakeDialogs, mode: str = "day"
) -> CourtDayDialog:
    dialog = CourtDayDialog(vault, runner, dialogs, day=MONDAY, mode=mode)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20_000)
    return dialog


def test_the_agenda_asks_for_the_list_of_the_period_shown(
    qtbot: QtBot, runner: TaskRunner, vault: Vault, hearings: dict[str, str]
) -> None:
    page, _dialogs = open_agenda(qtbot, runner, vault, MONDAY)
    with qtbot.waitSignal(page.court_day_requested, timeout=1000) as asked:
        page.court_day_button.click()
    assert asked.args == [MONDAY, "week"]
    page.set_mode("day")
    with qtbot.waitSignal(page.court_day_requested, timeout=1000) as asked:
        page.court_day_button.click()
    assert asked.args == [MONDAY, "day"]


def test_preview_then_save_writes_the_pdf_after_the_warning(
    qtbot: QtBot, runner: TaskRunner, vault: Vault, hearings: dict[str, str], tmp_path: Path
) -> None:
    dialogs = FakeDialogs()
    dialog = make_list(qtbot, runner, vault, dialogs)
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    text = pdf_text(dialog.pdf or b"")
    assert OCTOBER in text and DEFENDANT in text and LAWYER in text
    assert "postponed → " in text and "10:00" in text
    assert "in memory only" in dialog.status.text()

    dialogs.confirm_answer = False  # the warning answered No: nothing is written
    dialog.save_button.click()
    assert dialogs.calls[-1][:2] == ("confirm", "Save an unencrypted copy")
    assert "NOT encrypted" in dialogs.calls[-1][2] and "names" in dialogs.calls[-1][2]
    dialogs.confirm_answer = True
    dialogs.save_answer = tmp_path / "list.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    saved = dialogs.save_answer.read_bytes()
    assert saved == dialog.pdf
    assert stat.S_IMODE(dialogs.save_answer.stat().st_mode) == 0o600
    suggested = next(call[2] for call in dialogs.calls if call[0] == "save_pdf_path")
    assert suggested == f"court-day-{MONDAY.isoformat()}.pdf"  # no name in the file name


def test_choices_rebuild_without_names_for_the_week_and_in_russian(
    qtbot: QtBot, runner: TaskRunner, vault: Vault, hearings: dict[str, str]
) -> None:
    dialog = make_list(qtbot, runner, vault, FakeDialogs())
    with qtbot.waitSignal(dialog.preview_updated, timeout=20_000):
        dialog.week_button.setChecked(True)
    with qtbot.waitSignal(dialog.preview_updated, timeout=20_000):
        dialog.names.setChecked(False)
    with qtbot.waitSignal(dialog.preview_updated, timeout=20_000):
        dialog.language.setCurrentIndex(1)
    assert dialog.choice is not None
    assert (dialog.choice.start, dialog.choice.end) == period_of(MONDAY, "week")
    text = pdf_text(dialog.pdf or b"")
    assert "Заседания недели" in text and "№ 1-234/26" in text
    assert DEFENDANT not in text and LAWYER not in text and "посты" not in text
    assert text.count(OCTOBER) == 2  # Monday and Wednesday


def test_a_date_that_is_not_a_day_disables_save_and_print(
    qtbot: QtBot, runner: TaskRunner, vault: Vault, hearings: dict[str, str]
) -> None:
    dialog = make_list(qtbot, runner, vault, FakeDialogs())
    dialog.date_entry.line.selectAll()
    with qtbot.waitSignal(dialog.preview_updated, timeout=20_000):
        type_text(dialog.date_entry.line, "12.2026")  # a month, not a day
    assert not dialog.save_button.isEnabled() and dialog.pdf is None
    with qtbot.waitSignal(dialog.preview_updated, timeout=20_000):
        dialog.date_entry.set_text(f"{MONDAY:%d.%m.%Y}")
    assert dialog.save_button.isEnabled()


def test_print_paints_every_page(
    qtbot: QtBot, runner: TaskRunner, vault: Vault, hearings: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "printed.pdf"
    dialogs = FakeDialogs()

    def choose(printer: QPrinter) -> bool:
        # A PDF printer stands in for paper, so the painted pages can be counted.
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    dialogs.printer_setup = choose
    dialog = make_list(qtbot, runner, vault, dialogs)
    dialog.print_button.click()
    assert len(pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages) == dialog.preview.page_count
    assert dialog.status.text() == "Sent to the printer."


def test_the_main_window_opens_the_list_and_a_lock_closes_it(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    controller = make_controller()
    controller.start(vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    assert "Court-day list…" in [a.text() for a in window.reports_menu.actions()]
    window.agenda.court_day_requested.emit(MONDAY, "week")
    (shown,) = window.reports.windows
    assert isinstance(shown, CourtDayDialog) and shown.week_button.isChecked()
    qtbot.waitUntil(lambda: shown.pdf is not None, timeout=20_000)
    controller.lock()
    assert window.reports.windows == [] and not shown.isVisible()


def test_every_future_hearing_to_a_calendar_with_a_reminder(
    qtbot: QtBot, runner: TaskRunner, vault: Vault, hearings: dict[str, str], tmp_path: Path
) -> None:
    page, dialogs = open_agenda(qtbot, runner, vault, MONDAY)
    dialogs.answers["CalendarExportDialog"] = CalendarChoice(False, timedelta(days=1))
    dialogs.save_answer = tmp_path / "all"
    page.export_future_action.trigger()
    qtbot.waitUntil(lambda: dialogs.calls[-1][0] == "info", timeout=20_000)
    data = (tmp_path / "all.ics").read_text("utf-8").replace("\r\n ", "")
    assert f"UID:{hearings['far']}@casefile" in data  # a year ahead, far outside the week
    assert f"UID:{hearings['moved']}@casefile" in data  # the postponed one, at its new date
    assert data.count("BEGIN:VEVENT") == 3 == data.count("TRIGGER:-P1D")
    assert DEFENDANT not in data
    kinds = [call[0] for call in dialogs.calls]
    assert kinds[-4:] == ["ask", "confirm", "save_file", "info"]
    assert "Hearings exported: 3" in dialogs.calls[-1][2]

    dialogs.answers["CalendarExportDialog"] = None  # cancelled: nothing more is asked
    page.export_future_action.trigger()
    assert dialogs.calls[-1][:2] == ("ask", "CalendarExportDialog")


def test_the_calendar_dialog_defaults_to_no_names_and_a_day_before(qtbot: QtBot) -> None:
    dialog = CalendarExportDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.answer() == CalendarChoice(False, timedelta(days=1))
    dialog.named.setChecked(True)
    dialog.reminder.setCurrentIndex(0)
    assert dialog.answer() == CalendarChoice(True, None)
