"""What the open window holds: the main window with People and Hearings shown has not loaded
the parts only a later action needs (the fuzzy matcher, the CSV and exchange windows, the
disclosure log's report data), and each still loads and works when that action comes.

Runs in a fresh process, so sys.modules holds only what the app itself imported.
bench/user_waits.py measures the memory this keeps off.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from casefile.vault.schema import Person
from casefile.vault.vault import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

#: Loaded by a later action, never by opening the window and its lists.
LATER = (
    "rapidfuzz",  # the first search's fuzzy pass
    "casefile.ui.open_formats.csv_import_dialog",  # File › Import CSV…
    "casefile.ui.open_formats.export_dialog",  # File › Export…
    "casefile.services.exchange.bundle_format",  # the exchange windows (their key bindings)
    "casefile.services.exchange.sync",  # a sync, when a folder is set
    "cryptography.hazmat.primitives.asymmetric.ed25519",
    "casefile.ui.pages.disclosure_log_view",  # Reports › Disclosure log
    "casefile.reports.catalogue",
    "reportlab",
)
#: Not even by the lists alone (as bench/user_waits.py builds them): the hearing actions'
#: dialogs and services load with the pages that offer them.
NOT_FOR_THE_LISTS = (*LATER, "casefile.ui.pages.hearing_actions", "casefile.services.records.undo")

WINDOW = """
import json, sys, tempfile, time
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.settings import UiSettings
from casefile.ui.start.controller import AppController
from casefile.vault.vault import Vault

watched = json.loads(sys.argv[3])
tmp = Path(tempfile.mkdtemp())
controller = AppController(
    dialogs=DialogService(),
    settings=UiSettings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)),
    default_path=Path(sys.argv[1]),
    demo_path=tmp / "demo.casefile",
    automatic_backups=False,
    freeze_startup_objects=False,
)
controller.open_main(Vault.open(Path(sys.argv[1]), sys.argv[2], actor="tester"))
window = controller.main_window
window.show()
rows = {}
for page in (window.people, window.hearings):
    window.show_page(page.page_id)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (
        page._loading or not getattr(page.model, "has_ids", True)
    ):
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    rows[page.page_id] = page.model.rowCount()
# The automatic folder sync's first look, a few seconds after unlock (no folder is set).
assert window.exchange.folder_sync.run(quiet=True)
controller.runner.wait()
app.processEvents()
loaded = [name for name in watched if name in sys.modules]

from casefile.services.search.search import search

hits = [hit for group in search(controller.vault, "Tolegonv") for hit in group.hits]
found = [(hit.label, hit.fuzzy) for hit in hits]
print(json.dumps({"rows": rows, "loaded": loaded, "found": found,
                  "rapidfuzz_after": "rapidfuzz" in sys.modules}))
controller.shutdown()
controller.runner.wait()
"""

LISTS = """
import json, sys
from casefile.ui.pages.list_page import ListPage
from casefile.ui.pages.record_lists import HEARINGS, PEOPLE
print(json.dumps([name for name in json.loads(sys.argv[1]) if name in sys.modules]))
"""


def _run(code: str, *args: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_the_window_with_both_lists_leaves_later_parts_unloaded(vault_path: Path) -> None:
    with Vault.open(vault_path, PASSPHRASE, actor="tester") as vault, vault.write() as session:
        session.add(Person(full_name="Азамат Төлөгөнов"))

    report = json.loads(_run(WINDOW, str(vault_path), PASSPHRASE, json.dumps(LATER)))

    assert report["rows"]["people"] == 1
    assert report["loaded"] == []
    # The first search with a slip loads the matcher and finds through it.
    assert ["Азамат Төлөгөнов", True] in report["found"]
    assert report["rapidfuzz_after"]


def test_the_lists_alone_load_no_actions() -> None:
    assert json.loads(_run(LISTS, json.dumps(NOT_FOR_THE_LISTS))) == []
