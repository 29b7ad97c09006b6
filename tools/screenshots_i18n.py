"""Screenshots of the interface in Russian and Kyrgyz at 1366×768, into docs/screenshots/.

    .venv/bin/python tools/screenshots_i18n.py [--out DIR]

Builds the demo vault in a temporary folder (cheap key derivation: fine for pictures, never for
real data), opens it, and switches the language while the window is open, as a user would from
Tools > Language. Writes welcome-ky, unlock-ky, dashboard-ru, dashboard-ky, people-ru,
dossier-ky and editor-ky (the person form with a mistyped date).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from casefile.ui.i18n import language as i18n
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.style import application_style
from casefile.ui.start.controller import AppController

SIZE = (1366, 768)
ROOT = Path(__file__).resolve().parents[1]


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def settle(app: QApplication, seconds: float = 0.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    out: Path = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)

    from casefile.demo.build import DEMO_PASSPHRASE, build_demo_vault
    from casefile.vault.keyfile import KdfCost

    app = QApplication(sys.argv[:1])
    app.setStyle(application_style())
    app.setQuitOnLastWindowClosed(False)
    with tempfile.TemporaryDirectory(prefix="casefile-shots-") as tmp:
        temp = Path(tmp)
        settings = UiSettings(QSettings(str(temp / "settings.ini"), QSettings.Format.IniFormat))
        demo = temp / "demo.casefile"
        cheap = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
        build_demo_vault(demo, kdf_cost=cheap).vault.close()
        controller = AppController(
            dialogs=DialogService(),
            settings=settings,
            default_path=temp / "none.casefile",
            demo_path=demo,
        )
        i18n.set_language("ky")
        controller.start()
        assert controller.welcome is not None
        controller.welcome.resize(*SIZE)
        settle(app)
        save(controller.welcome, out, "welcome-ky")

        controller.show_unlock(demo, prefill=DEMO_PASSPHRASE, hint="")
        dialog = controller.unlock_dialog
        assert dialog is not None
        settle(app)
        save(dialog, out, "unlock-ky")
        dialog.try_unlock()
        wait_until(app, lambda: controller.main_window is not None and controller.vault is not None)
        window = controller.main_window
        assert window is not None
        window.showNormal()
        window.resize(*SIZE)
        wait_until(app, lambda: window.dashboard.lists["hearings"].count() > 0)

        for code in ("ru", "ky"):
            window.language_menu.choose(code)
            window.show_page("dashboard")
            wait_until(app, lambda: window.menuBar().actions()[0].text() == "&Файл")
            settle(app, 1.5)  # the dashboard reloads its items in the new language
            window.statusBar().clearMessage()  # e.g. "automatic backup made", from before
            save(window, out, f"dashboard-{code}")
            if code == "ru":
                window.show_page("people")
                wait_until(app, lambda: window.people.model.rowCount() > 0)
                settle(app)
                save(window, out, "people-ru")
            else:
                person = next(
                    r for r in window.people.model.rows() if r.full_name == "Талант Мамасалиев"
                )
                window.open_record("persons", person.id)
                wait_until(app, lambda: window.dossier.data is not None)
                settle(app)
                save(window, out, "dossier-ky")
                form = window.record_actions.edit("persons", person.id)
                form.resize(1040, 680)  # its size on a 1366×768 screen
                wait_until(app, lambda form=form: bool(form.is_loaded))
                form.editors["birth_date"].edit.line.setText("31.02.1979")
                form.check()
                settle(app)
                save(form, out, "editor-ky")
                form.discard_and_close()

        QTimer.singleShot(0, controller.lock)
        wait_until(app, lambda: controller.vault is None)
        controller.shutdown()
        settle(app, 0.1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
