"""Clicks and keystrokes for issue 18's other two tasks, before and after, with the same data:

- a lawyer postponing tomorrow's 10:00 hearing to a date three weeks on, at 14:00, with a
  reason (Hearings page, select the row, "Postponed to…", the dialog, OK);
- staff printing the summaries for tomorrow's hearings (three cases, two courts).

Drives the real main window offscreen (or under Xvfb with QT_QPA_PLATFORM=xcb) and counts as
bench/arrest_clicks.py does: a click for each field clicked into, button, menu and menu
entry, two for a list; a keystroke for each character typed.

"Before" is the old way as far as it can still be driven:

- postponing: the same page and buttons, but the dialog is the old one, QDateEdit and
  QTimeEdit with a "Time" check box, loaded from the git history (the parent of fe2d7df, the
  main of the day issue 18 was filed) and driven for real. The date typed with dots over its
  preselected suggestion does not become that date (the issue saw 2202 under xdotool; the
  script prints what it reads here), so it is counted as it must be typed to give the right
  day: a click on the day section, the digits without dots (the sections advance by
  themselves), a click on the hour, its two digits;
- printing: there was no court-day list, so a summary per case: select the hearing, "Open
  case", Reports › "Report for this person or case…", Print…, OK in the printer dialog,
  Close, back to Hearings; driven in today's window, where that way still exists.

"After" is "Postponed to…" with the one date entry ("21.12.2026 14:00" typed over the
suggestion), and Hearings › Day › next day › "Court-day list…" › Print…, OK.

    PYTHONPATH=. .venv/bin/python bench/hearing_clicks.py

Needs git and the repository's history for the old dialog. Prints figures; nothing is timed.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any, cast

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import select

from bench.arrest_clicks import Counter, wait
from casefile.domain.dates import PartialDate
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.locking import ClipboardGuard
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.pages.record_dialogs import PostponeDialog
from casefile.ui.reports.court_day import CourtDayDialog
from casefile.ui.reports.dialog import ReportDialog
from casefile.ui.shell.main_window import MainWindow
from casefile.vault.keyfile import KdfCost
from casefile.vault.schema import (
    Case,
    CaseParticipant,
    Consent,
    DetentionEvent,
    Hearing,
    Person,
)
from casefile.vault.vault import Vault

PASSPHRASE = "hearing clicks benchmark passphrase"
#: The main of the day issue 18 was filed (the parent of its first change, fe2d7df).
BEFORE_COMMIT = "fe2d7df^"
TOMORROW = date.today() + timedelta(days=1)
NEW_DATE = TOMORROW + timedelta(days=21)
REASON = "the judge is ill"
#: What the old date field read after "dd.mm.yyyy" was typed over its suggestion.
OLD_WAY_WITH_DOTS: list[date] = []
#: Tomorrow's hearings: case, defendant, court, time. The lawyer postpones the first.
HEARINGS = (
    ("Tologonov case", "Azamat Tologonov", "Pervomaisky district court", time(10, 0)),
    ("Asanova case", "Aigul Asanova", "Pervomaisky district court", time(11, 30)),
    ("Usenov case", "Asan Usenov", "Bishkek city court", time(14, 0)),
)


class BenchDialogs:
    """The window's questions, answered as the user does, counting the click that answers."""

    def __init__(self, counter: Counter, asker: Callable[[Any], Any]) -> None:
        self.counter = counter
        self.asker = asker
        self.printed: list[Path] = []
        self.folder = Path(tempfile.mkdtemp(prefix="hearing-clicks-"))

    def ask(self, dialog: Any) -> Any:
        try:
            return self.asker(dialog)
        finally:
            dialog.deleteLater()

    def choose_printer(self, _parent: QWidget | None, printer: QPrinter) -> bool:
        self.counter.click()  # OK in the printer dialog
        path = self.folder / f"printed-{len(self.printed)}.pdf"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        self.printed.append(path)
        return True

    def confirm(self, *_args: Any, **_kwargs: Any) -> bool:
        self.counter.click()
        return True

    def __getattr__(self, name: str) -> Any:
        raise SystemExit(f"unexpected dialog: {name}")


def seed(vault: Vault) -> str:
    """The three cases, their defendants (held) and tomorrow's hearings; the first's id."""
    first = ""
    with vault.write() as session:
        for title, name, court, at in HEARINGS:
            person = Person(full_name=name)
            case = Case(title=title, case_numbers=[f"01-{len(name)}/26"])
            session.add_all([person, case])
            session.flush()
            session.add(CaseParticipant(case_id=case.id, person_id=person.id, role="defendant"))
            # Consent to share: a summary of someone who did not consent is not made at all.
            session.add(Consent(person_id=person.id, share_with_un=True, share_with_embassies=True))
            session.add(
                DetentionEvent(
                    person_id=person.id,
                    type="pretrial_detention",
                    start=PartialDate.from_date(date.today() - timedelta(days=30)),
                )
            )
            hearing = Hearing(case_id=case.id, scheduled_date=TOMORROW, scheduled_time=at)
            hearing.court = court
            session.add(hearing)
            session.flush()
            first = first or hearing.id
    return first


def open_window(folder: Path, dialogs: BenchDialogs) -> tuple[MainWindow, Vault, TaskRunner]:
    created = Vault.create(
        folder,
        PASSPHRASE,
        actor="bench",
        kdf_cost=KdfCost(memory_kib=8, time_cost=1, parallelism=1),
    )
    vault = created.vault
    runner = TaskRunner()
    settings = UiSettings(
        QSettings(str(folder.parent / f"{folder.name}.ini"), QSettings.Format.IniFormat)
    )
    window = MainWindow(runner, cast(DialogService, dialogs), settings, ClipboardGuard())
    window.resize(1366, 768)
    window.show()
    window.set_vault(vault)
    return window, vault, runner


def old_dialogs_module() -> ModuleType:
    """The old record_dialogs.py, from the history, as a module of its own."""
    root = Path(__file__).resolve().parent.parent
    source = subprocess.run(
        ["git", "show", f"{BEFORE_COMMIT}:casefile/ui/pages/record_dialogs.py"],
        cwd=root,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    spec = importlib.util.spec_from_loader("old_record_dialogs", loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    exec(compile(source, "old_record_dialogs.py", "exec"), module.__dict__)
    return module


def go_to_hearings(counter: Counter, window: MainWindow) -> None:
    """Hearings in the navigation (one click), Day, then › to tomorrow (two clicks)."""
    counter.click()
    window.show_page("agenda")
    agenda = window.agenda
    counter.click(2)
    agenda.day_button.click()
    agenda.next_button.click()
    wait(lambda: len(agenda.rows()) == len(HEARINGS))


def select_hearing(counter: Counter, window: MainWindow, hearing_id: str) -> None:
    counter.click()
    assert window.agenda.select_hearing(hearing_id)


def postponed_to(vault: Vault, hearing_id: str) -> tuple[date, time | None] | None:
    with vault.read() as session:
        old = session.get(Hearing, hearing_id)
        if old is None or old.postponed_to_id is None:
            return None
        new = session.get(Hearing, old.postponed_to_id)
        assert new is not None
        return new.scheduled_date, new.scheduled_time


def postpone_before(counter: Counter, old: ModuleType) -> Callable[[Any], Any]:
    def ask(dialog: Any) -> Any:
        assert isinstance(dialog, PostponeDialog)
        found = dialog.date_entry.time_value()
        # First as the user typed it: with dots, over the preselected date.
        tried = old.PostponeDialog(None, "", dialog.old_date, found)
        tried.show()
        tried.date_edit.setFocus()
        tried.date_edit.selectAll()
        QTest.keyClicks(tried.date_edit, f"{NEW_DATE:%d.%m.%Y}")
        OLD_WAY_WITH_DOTS.append(tried.date_edit.date().toPython())
        tried.deleteLater()
        before = old.PostponeDialog(None, "", dialog.old_date, found)
        before.show()
        edit = before.date_edit
        # The day section, clicked at the field's left edge, then the digits only.
        counter.click()
        QTest.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(8, edit.height() // 2))
        typed = NEW_DATE.strftime("%d%m%Y")
        QTest.keyClicks(edit, typed)
        counter.keys += len(typed)
        if before.date_edit.date().toPython() != NEW_DATE:
            raise SystemExit(f"the old date field reads {before.date_edit.date().toPython()}")
        counter.click()  # the hour section
        before.time_edit.setFocus()
        before.time_edit.setSelectedSection(before.time_edit.Section.HourSection)
        QTest.keyClicks(before.time_edit, "14")
        counter.keys += 2
        counter.type(before.reason, REASON)
        counter.click()  # OK
        answer = before.answer()
        before.deleteLater()
        return answer

    return ask


def postpone_after(counter: Counter) -> Callable[[Any], Any]:
    def ask(dialog: Any) -> Any:
        assert isinstance(dialog, PostponeDialog)
        dialog.show()
        # Focused, the suggestion selected: typing replaces it.
        typed = f"{NEW_DATE:%d.%m.%Y} 14:00"
        QTest.keyClicks(dialog.date_entry.line, typed)
        counter.keys += len(typed)
        counter.type(dialog.reason, REASON)
        wait(dialog.ok_button.isEnabled)
        counter.click()
        return dialog.answer()

    return ask


def postponing(way: str, folder: Path) -> Counter:
    counter = Counter()
    asker = (
        postpone_before(counter, old_dialogs_module())
        if way == "before"
        else postpone_after(counter)
    )
    dialogs = BenchDialogs(counter, asker)
    window, vault, runner = open_window(folder, dialogs)
    try:
        first = seed(vault)
        go_to_hearings(counter, window)
        select_hearing(counter, window, first)
        counter.click()
        window.agenda.postpone_button.click()
        wait(lambda: postponed_to(vault, first) is not None)
        wait(lambda: bool(window.record_actions.undo_stack.undo_steps))
        found = postponed_to(vault, first)
        if found != (NEW_DATE, time(14, 0)):
            raise SystemExit(f"{way}: postponed to {found}, not {NEW_DATE} 14:00")
    finally:
        window.set_vault(None)
        runner.wait()
        window.close()
        vault.close()
    return counter


def open_dialog(window: MainWindow, kind: type[QDialog]) -> QDialog:
    found: list[QDialog] = []

    def shown() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
        ]
        return bool(found)

    wait(shown)
    return found[0]


def printing(way: str, folder: Path) -> tuple[Counter, int]:
    counter = Counter()
    dialogs = BenchDialogs(counter, lambda _dialog: None)
    window, vault, runner = open_window(folder, dialogs)
    try:
        seed(vault)
        go_to_hearings(counter, window)
        if way == "before":
            with vault.read() as session:
                ids = [
                    h.id for h in session.scalars(select(Hearing).order_by(Hearing.scheduled_time))
                ]
            for number, hearing_id in enumerate(ids, 1):
                if window.current_page_id() != "agenda":
                    counter.click()  # back to Hearings
                    window.show_page("agenda")
                    wait(lambda: len(window.agenda.rows()) == len(HEARINGS))
                select_hearing(counter, window, hearing_id)
                counter.click()
                window.agenda.open_button.click()
                wait(lambda: window.current_page_id() == "case")
                counter.click(2)  # Reports › Report for this person or case…
                window.reports.report_action.trigger()
                dialog = cast(ReportDialog, open_dialog(window, ReportDialog))
                wait(dialog.print_button.isEnabled, 60)
                counter.click()
                dialog.print_button.click()
                wait(lambda number=number: len(dialogs.printed) >= number)  # type: ignore[misc]
                counter.click()
                dialog.close_button.click()
                wait(lambda dialog=dialog: not dialog.isVisible())  # type: ignore[misc]
        else:
            counter.click()
            window.agenda.court_day_button.click()
            court = cast(CourtDayDialog, open_dialog(window, CourtDayDialog))
            wait(court.print_button.isEnabled, 60)
            counter.click()
            court.print_button.click()
            counter.click()
            court.close_button.click()
    finally:
        window.set_vault(None)
        runner.wait()
        window.close()
        vault.close()
    return counter, len(dialogs.printed)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert app is not None
    with tempfile.TemporaryDirectory() as tmp:
        rows = [
            ("postpone, before (QDateEdit)", postponing("before", Path(tmp) / "p0.casefile"), None),
            ("postpone, after (DateEntry)", postponing("after", Path(tmp) / "p1.casefile"), None),
        ]
        for way, label in (
            ("before", "print, before (a report each)"),
            ("after", "print, after (court-day list)"),
        ):
            counter, printed = printing(way, Path(tmp) / f"{way}.casefile")
            rows.append((label, counter, printed))
    print(f"hearing postponed {TOMORROW} 10:00 -> {NEW_DATE} 14:00; three hearings tomorrow")
    print(
        f"old dialog, {NEW_DATE:%d.%m.%Y} typed with dots over the suggestion: {OLD_WAY_WITH_DOTS}"
    )
    print(f"{'':34}{'clicks':>8}{'keystrokes':>12}{'print jobs':>12}")
    for label, counter, printed in rows:
        jobs = "" if printed is None else str(printed)
        print(f"{label:34}{counter.clicks:>8}{counter.keys:>12}{jobs:>12}")


if __name__ == "__main__":
    main()
