"""Resident memory of the desktop app itself, at the benchmark scale, as a user reaches it.

Builds the benchmark vault (10k persons, 50k hearings and the rest of bench/vault_bench.py's
dataset; bench/ui_first_paint.py's child process), then, offscreen, in this process: the Qt
application as main.py sets it up, the app's controller, the vault unlocked and the main window
opened on the dashboard; then the People list, then the Hearings list (each until every id is
read and the rows on screen are painted); then each list sorted by another column (which reads
that column of every row). After each group of steps it waits, with no input, for the app's
pause release (casefile/ui/kit/locking.py PAUSE_MSECS, then Vault.release_memory frees the idle
connections' page caches). It prints the resident memory (RSS) after each step, with SQLite's
own heap (its page caches, statements and lookaside pools) apart. Target from the issue: the
lists at 10k persons and 50k hearings in <= 150 MiB.

    .venv/bin/python bench/app_memory.py               # full scale
    .venv/bin/python bench/app_memory.py --scale 0.1   # quick run
    .venv/bin/python bench/app_memory.py --vault DIR   # an existing benchmark vault
    .venv/bin/python bench/app_memory.py --vault COPY --passphrase P   # a copy of a realistic
                                          # vault (bench/realistic.py's PASSPHRASE); it writes

A script that prints figures, not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "ui first paint benchmark passphrase"  # bench/ui_first_paint.py's
TARGET_RSS_MIB = 150.0
SIZE = (1366, 768)


def rss_mib() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def sqlite_heap_mib() -> float:
    """SQLite's sqlite3_memory_used(): what its page caches and statements hold now."""
    from casefile.vault.memory import sqlite_heap_bytes

    return sqlite_heap_bytes() / (1024 * 1024)


def measure(folder: Path, passphrase: str = PASSPHRASE) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from casefile.vault.platform import limit_malloc_arenas

    limit_malloc_arenas()  # as casefile/app.py's GUI entry does, before Qt starts a thread
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from casefile.ui.kit.import_sources import stop_caching_imported_sources
    from casefile.ui.kit.style import application_style

    stop_caching_imported_sources()  # as casefile/ui/start/application.py's run() does
    app = QApplication(sys.argv[:1])
    app.setStyle(application_style())
    app.setQuitOnLastWindowClosed(False)
    steps: list[tuple[str, float, float | None]] = [("Qt application", rss_mib(), None)]

    def wait(condition: Callable[[], bool], timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the window did not get there in time")
            app.processEvents()
            time.sleep(0.002)

    def settle(seconds: float = 0.5) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)

    def note(step: str) -> None:
        settle()
        steps.append((step, rss_mib(), sqlite_heap_mib()))
        print(f"  {step}: {steps[-1][1]:.0f} MiB", file=sys.stderr)

    def pause(step: str) -> None:
        # The app's own release: no input for PAUSE_MSECS (casefile/ui/kit/locking.py).
        released: list[bool] = []

        def on_paused() -> None:
            released.append(True)

        controller.idle.paused.connect(on_paused)
        controller.idle.wait_for_next_pause()
        wait(lambda: bool(released), timeout=PAUSE_MSECS / 1000 + 30)
        wait(lambda: not controller.runner.busy)  # the release runs on a worker
        controller.idle.paused.disconnect(on_paused)
        note(step)

    from casefile.ui.i18n.language import set_language
    from casefile.ui.kit.dialogs import DialogService
    from casefile.ui.kit.locking import PAUSE_MSECS
    from casefile.ui.kit.settings import UiSettings
    from casefile.ui.start.controller import AppController
    from casefile.vault.vault import Vault

    set_language("en")
    with tempfile.TemporaryDirectory(prefix="casefile-memory-") as tmp:
        settings = UiSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        controller = AppController(
            dialogs=DialogService(),
            settings=settings,
            default_path=folder,
            demo_path=Path(tmp) / "no-demo.casefile",
            automatic_backups=False,  # the daily copy of the vault is not what is measured
        )
        controller.open_main(Vault.open(folder, passphrase, actor="bench"))
        window = controller.main_window
        assert window is not None
        window.showNormal()
        window.resize(*SIZE)
        wait(lambda: window.dashboard.lists["hearings"].count() > 0)
        note("unlocked, dashboard shown")
        for page in (window.people, window.hearings):
            controller.idle.wait_for_next_pause()  # as a click would: no pause mid-step
            window.show_page(page.page_id)
            wait(lambda page=page: page.model.rowCount() > 0 and not page._loading)
            wait(lambda page=page: getattr(page.model, "has_ids", True))
            note(f"{page.page_id} list shown")
        pause("both lists, after a pause")
        for page, column_id in ((window.people, "birth"), (window.hearings, "court")):
            controller.idle.wait_for_next_pause()
            window.show_page(page.page_id)
            column = [c.id for c in page.model.columns].index(column_id)
            page.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
            wait(lambda page=page: not page._loading and page.model.has_ids)
            note(f"{page.page_id} sorted by {column_id}")
        pause("sorted lists, after a pause")
        controller.runner.wait()
        window.set_vault(None)
        assert controller.vault is not None
        controller.vault.close()

    print(f"{'step':<32} {'RSS':>8} {'SQLite heap':>12}")
    for step, rss, heap in steps:
        heap_text = "" if heap is None else f"{heap:9.1f} MiB"
        print(f"{step:<32} {rss:5.0f} MiB {heap_text:>12}")
    for label, name in (
        ("with both lists shown", "hearings list shown"),
        ("the same after a pause in input", "both lists, after a pause"),
    ):
        rss = next(rss for step, rss, _ in steps if step == name)
        verdict = "met" if rss <= TARGET_RSS_MIB else "missed"
        print(f"{label}: {rss:.0f} MiB (target <= {TARGET_RSS_MIB:.0f} MiB: {verdict})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--vault", type=Path, help="an existing vault built by the benchmarks")
    parser.add_argument(
        "--passphrase", default=PASSPHRASE, help="the vault's (bench/realistic.py's for its own)"
    )
    args = parser.parse_args()
    if args.vault is not None:
        measure(args.vault, args.passphrase)
        return 0
    with tempfile.TemporaryDirectory(prefix="casefile-bench-") as tmp:
        folder = Path(tmp) / "bench.casefile"
        print(f"building the vault at scale {args.scale} in a child process …", file=sys.stderr)
        builder = ROOT / "bench" / "ui_first_paint.py"
        subprocess.run(
            [sys.executable, str(builder), "--build", str(folder), "--scale", str(args.scale)],
            check=True,
        )
        measure(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
