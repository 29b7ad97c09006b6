"""Screenshot of the report window: a WGAD preview of a demo person, at 1366×768.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/report_screenshot.py [--out DIR]

The demo vault is built in a temporary folder with a cheap key derivation (pictures only) and
deleted afterwards; the picture goes to docs/screenshots/report-preview.png.
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

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))

from render_reports import DEMO_SUBMITTER, DEMO_TODAY, THROWAWAY_KDF, pick_person

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1366, 768)


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the report window did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from casefile.demo.build import build_demo_vault
    from casefile.services.reporting.submitter import SUBMITTER_SETTING
    from casefile.ui.kit.dialogs import DialogService
    from casefile.ui.kit.style import application_style
    from casefile.ui.kit.tasks import TaskRunner
    from casefile.ui.reports.dialog import ReportDialog

    app = QApplication(sys.argv[:1])
    app.setStyle(application_style())
    from casefile.ui.i18n import language as i18n

    i18n.set_language("en")  # English plural forms ("3 pages")
    with tempfile.TemporaryDirectory(prefix="casefile-shot-") as temp:
        created = build_demo_vault(Path(temp) / "demo", kdf_cost=THROWAWAY_KDF, today=DEMO_TODAY)
        with created.vault as vault:
            vault.set_setting(SUBMITTER_SETTING, DEMO_SUBMITTER)
            person_id = pick_person(vault, DEMO_TODAY)
            from casefile.services.records.drafts import load_record

            name = str(load_record(vault, "persons", person_id)["full_name"])
            runner = TaskRunner()
            dialog = ReportDialog(
                vault, runner, DialogService(), person_id, name, template="wgad", today=DEMO_TODAY
            )
            dialog.resize(*SIZE)
            dialog.show()
            wait_until(app, lambda: dialog.check is not None and not dialog._building)
            for code in ("II", "III"):
                dialog.options.categories[code].setChecked(True)
            dialog.rebuild()
            wait_until(app, lambda: not dialog._building and dialog.save_button.isEnabled())
            end = time.monotonic() + 0.5
            while time.monotonic() < end:
                app.processEvents()
                time.sleep(0.01)
            path = args.out / "report-preview.png"
            if not dialog.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            print(f"saved {path}")
            dialog.close()
            runner.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
