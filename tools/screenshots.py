"""Screenshots of the app at 1366×768 from a freshly built demo vault, into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py --out /tmp/shots

The demo vault is built in a temporary folder with a cheap key derivation (fine for pictures,
never for real data) and removed afterwards; settings go to a temporary file. It also prints
timings: the list's first paint at 10,000 rows, and loading the demo's people list.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.style import application_style
from casefile.ui.start.controller import AppController
from casefile.vault.schema import Person

SIZE = (1366, 768)
ROOT = Path(__file__).resolve().parents[1]


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, out: Path, name: str) -> Path:
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return path


@dataclass(frozen=True)
class _Row:
    id: str
    full_name: str
    current_status: str
    days_in_custody: int
    birth_date: str | None
    risk_level: str | None


def time_first_paint(app: QApplication, settings: UiSettings) -> float:
    """Seconds from handing 10,000 rows to the people list to their first paint."""
    from casefile.ui.kit.locking import ClipboardGuard
    from casefile.ui.kit.tasks import TaskRunner
    from casefile.ui.pages.list_page import ListPage
    from casefile.ui.pages.record_lists import PEOPLE

    rows = [
        _Row(str(n), f"Person {n:05}", "pretrial_detention", n % 900, "1980-01", "high")
        for n in range(10_000)
    ]
    page = ListPage(
        "bench",
        "persons",
        PEOPLE.columns,
        lambda _v: rows,
        TaskRunner(),
        settings,
        ClipboardGuard(),
    )
    page.resize(*SIZE)
    page.show()
    settle(app, 0.2)
    started = time.perf_counter()
    page.model.set_rows(rows)
    page.view.viewport().repaint()
    elapsed = time.perf_counter() - started
    page.close()
    return elapsed


def save_editor(app: QApplication, window: Any, out: Path) -> None:
    """The person form of a demo person, with an end-before-start message showing."""
    window.show_page("people")
    wait_until(app, lambda: window.people.model.rowCount() > 0)
    person = window.people.model.row_at(0)
    form = window.record_actions.edit("persons", person.id)
    form.resize(1040, 680)  # its size on a 1366×768 screen (offscreen's screen is smaller)
    wait_until(app, lambda: form.is_loaded)
    form.set_value("birth_date", None)
    form.editors["birth_date"].edit.line.setText("12.05.1990")
    form.editors["id_document_issued_on"].edit.line.setText("03.2016")
    form.set_value("id_document_type", "Passport")
    form.editors["id_document_issued_on"].edit.line.setText("1985")
    form.check()
    settle(app)
    save(form, out, "editor")
    form.discard_and_close()


def save_arrest_form(app: QApplication, window: Any, out: Path) -> None:
    """File › New arrest… filled in as a monitor types it, a demo person's name offered as a
    possible duplicate."""
    dialog = window.record_actions.new_arrest()
    dialog.resize(1040, 680)  # its size on a 1366×768 screen
    dialog.full_name.setText("Талант Мамасалиев")
    dialog.birth_date.set_text("1979")
    dialog.arrested_on.set_text("01.12.2026 18:30")
    dialog.place.setText("Бишкек, пр. Чүй 100")
    dialog.forces.setText("ГКНБ")
    dialog.custody_place.setText("ИВС ГУВД г. Бишкек")
    dialog.new_case_title.setText("Дело Мамасалиева")
    dialog.case_number.setText("01-123/26")
    dialog.articles.setText("278 ч. 3, 329")
    dialog.decision.setCurrentIndex(1)
    dialog.decision_date.set_text("03.12.2026")
    dialog.term_until.set_text("03.02.2027")
    dialog.court.setText("Первомайский районный суд")
    wait_until(app, lambda: dialog.duplicates_list.count() > 0)
    dialog.full_name.setFocus()
    settle(app)
    save(dialog, out, "new-arrest")
    dialog.discard_and_close()  # no question: the real dialog service would wait for a click


def take_record_pages(app: QApplication, window: Any, out: Path) -> None:
    """The dossier of a person with a long detention history, the closed group trial's case
    page (defendants, then the hearing chain), and this week's hearings agenda."""
    # Looked up in the vault: the People list holds only the pages shown so far.
    vault = window.dashboard._vault or window.people._vault
    with vault.read() as session:
        person_id = session.scalars(
            select(Person.id).where(Person.full_name == "Талант Мамасалиев")
        ).one()
    window.open_record("persons", person_id)
    wait_until(app, lambda: window.dossier.data is not None)
    settle(app)
    save(window, out, "dossier")

    window.show_page("cases")
    case = next(r for r in window.cases.model.rows() if "Pasture" in r.title)
    window.open_record("cases", case.id)
    wait_until(app, lambda: window.case_page.data is not None)
    settle(app)
    save(window, out, "case")
    # Further down the same page: the hearing chain with its postponements.

    window.show_page("agenda")
    wait_until(app, lambda: window.agenda.model.rowCount() > 0)
    settle(app)
    save(window, out, "agenda")


def save_court_day(app: QApplication, window: Any, out: Path) -> None:
    """The court-day list of the agenda's week, previewed before printing."""
    agenda = window.agenda
    dialog = window.reports.open_court_day(agenda.anchor, "week")
    assert dialog is not None
    dialog.resize(1040, 700)  # its size on a 1366×768 screen
    wait_until(app, dialog.print_button.isEnabled)
    settle(app, 0.6)
    save(dialog, out, "court-day")
    dialog.reject()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    from casefile.demo.build import DEMO_PASSPHRASE, build_demo_vault
    from casefile.vault.keyfile import KdfCost

    app = QApplication(sys.argv[:1])
    app.setStyle(application_style())
    app.setQuitOnLastWindowClosed(False)
    from casefile.ui.i18n.language import set_language

    set_language("en")  # as the app does at start: English plural forms come from a translator
    with tempfile.TemporaryDirectory(prefix="casefile-shots-") as tmp:
        temp = Path(tmp)
        settings = UiSettings(QSettings(str(temp / "settings.ini"), QSettings.Format.IniFormat))
        print(f"list first paint, 10,000 rows: {time_first_paint(app, settings) * 1000:.0f} ms")

        demo = temp / "demo.casefile"
        build_demo_vault(
            demo, kdf_cost=KdfCost(memory_kib=8, time_cost=1, parallelism=1)
        ).vault.close()
        controller = AppController(
            dialogs=DialogService(),
            settings=settings,
            default_path=temp / "none.casefile",
            demo_path=demo,
        )

        controller.start()
        assert controller.welcome is not None
        controller.welcome.resize(*SIZE)
        settle(app)
        save(controller.welcome, out, "welcome")

        controller.show_unlock(demo, prefill=DEMO_PASSPHRASE, hint="")
        dialog = controller.unlock_dialog
        assert dialog is not None
        settle(app)
        save(dialog, out, "unlock")
        dialog.try_unlock()
        wait_until(app, lambda: controller.main_window is not None and controller.vault is not None)
        window = controller.main_window
        assert window is not None
        window.showNormal()
        window.resize(*SIZE)
        wait_until(app, lambda: window.dashboard.lists["hearings"].count() > 0)
        settle(app)
        save(window, out, "dashboard")

        started = time.perf_counter()
        window.show_page("people")
        wait_until(app, lambda: window.people.model.rowCount() > 0)
        app.processEvents()
        print(f"demo people list loaded and shown: {(time.perf_counter() - started) * 1000:.0f} ms")
        settle(app)
        save(window, out, "people")

        for page, name in ((window.cases, "cases"), (window.hearings, "hearings")):
            window.show_page(page.page_id)
            wait_until(app, lambda page=page: page.model.rowCount() > 0)
            settle(app)
            save(window, out, name)

        save_editor(app, window, out)
        save_arrest_form(app, window, out)

        take_record_pages(app, window, out)
        save_court_day(app, window, out)

        shown: list[int] = []
        window.search_panel.results_shown.connect(shown.append)
        window.search_box.setText("бишкек")
        wait_until(app, lambda: bool(shown))
        settle(app)
        save(window, out, "search")
        window.search_box.clear()

        QTimer.singleShot(0, controller.lock)
        wait_until(app, lambda: controller.vault is None)
        controller.shutdown()
        settle(app, 0.1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
