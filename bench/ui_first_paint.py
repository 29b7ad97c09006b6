"""Time to first paint of the People and Hearings lists at the benchmark scale, and memory.

Builds a synthetic vault (10k persons, 50k hearings and the rest of bench/vault_bench.py's
dataset at scale 1) in a child process with Core bulk inserts, so the dataset's Python objects
never count towards this process's memory. Then, offscreen, for each list page (both read the
vault a page at a time: casefile/ui/kit/paged_model.py):

    reload  ->  window read on the worker  ->  model filled  ->  first paint
            ->  (hearings) every id in order read next, off the GUI thread

and prints each step for a first (cold) reload, warm ones, and one just after a write (caches
kept per write are derived again); then, warm, a sort by another
column and a jump to three quarters down the list (until that page is painted); and this
process's resident memory: after the Qt app, after opening the vault, and with both lists
loaded, with what the lists add over the open vault. Targets from the issue: first paint
<= 100 ms, memory <= 150 MiB RSS.

    .venv/bin/python bench/ui_first_paint.py               # full scale
    .venv/bin/python bench/ui_first_paint.py --scale 0.1   # quick run
    .venv/bin/python bench/ui_first_paint.py --repeat 3    # medians of three reloads
    .venv/bin/python bench/ui_first_paint.py --vault DIR   # a copy of a vault built before

A script that prints figures, not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "ui first paint benchmark passphrase"
TARGET_PAINT_MS = 100.0
TARGET_RSS_MIB = 150.0


def rss_mib() -> float:
    """Resident memory of this process now (Linux /proc; else the peak from getrusage)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)
    except (OSError, ValueError, IndexError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)


def build(folder: Path, scale: float) -> None:
    """Child process: create the vault (cheap KDF) and bulk-load the dataset."""
    sys.path.insert(0, str(ROOT / "bench"))
    import vault_bench

    from casefile.vault.keyfile import KdfCost
    from casefile.vault.vault import Vault

    started = time.perf_counter()
    dataset = vault_bench.build_dataset(scale, 2024, date.today())
    created = Vault.create(
        folder,
        PASSPHRASE,
        actor="bench",
        kdf_cost=KdfCost(memory_kib=8, time_cost=1, parallelism=1),
    )
    seconds = vault_bench.bulk_load(created.vault.engine, dataset)
    created.vault.close()
    counts = dataset.counts()
    print(
        f"built: {counts.get('persons', 0):,} persons, {counts.get('hearings', 0):,} hearings, "
        f"{dataset.total_rows():,} rows in all; bulk load {seconds:.1f} s, "
        f"total {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )


def measure(folder: Path, repeat: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QSettings, Qt
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QStackedWidget

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    baseline = rss_mib()

    from casefile.ui.kit.locking import ClipboardGuard
    from casefile.ui.kit.settings import UiSettings
    from casefile.ui.kit.tasks import TaskRunner
    from casefile.ui.pages.list_page import ListPage
    from casefile.ui.pages.record_lists import HEARINGS, PEOPLE
    from casefile.vault.vault import Vault

    class PaintWatch(QObject):
        """Notes the time of the first paint of a viewport after arm()."""

        def __init__(self) -> None:
            super().__init__()
            self.armed = False
            self.painted_at = 0.0

        def arm(self) -> None:
            self.armed, self.painted_at = True, 0.0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
            if self.armed and event.type() == QEvent.Type.Paint:
                self.painted_at = time.perf_counter()
                self.armed = False
            return False

    def wait(condition: object, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():  # type: ignore[operator]
            if time.monotonic() > deadline:
                raise TimeoutError("the list did not load in time")
            app.processEvents()
            # Sleep a little between rounds, as Qt's event loop would: spinning here would hold
            # the GIL against the worker thread that runs the query, and slow it down.
            time.sleep(0.001)

    def run_until_painted(page: Any, watch: Any, action: Any, done: Any) -> float:
        """Runs action(), waits for done() and the next paint; milliseconds to that paint."""
        start = time.perf_counter()
        action()
        wait(done)
        watch.arm()
        page.view.viewport().update()
        wait(lambda: watch.painted_at > 0)
        return float(watch.painted_at - start) * 1000

    with tempfile.TemporaryDirectory(prefix="casefile-paint-") as tmp:
        settings = UiSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        started = time.perf_counter()
        vault = Vault.open(folder, PASSPHRASE, actor="bench")
        print(f"vault opened (cheap KDF): {(time.perf_counter() - started) * 1000:.0f} ms")
        after_vault = rss_mib()
        runner = TaskRunner()
        pages: list[tuple[Any, Any, Any, str]] = []
        # One window with the pages stacked, as the main window holds them.
        window = QStackedWidget()
        window.resize(1170, 700)
        window.show()
        print()
        print(
            f"{'list':<10} {'run':<5} {'rows':>7} {'window':>8} {'fill':>6} {'paint':>6} "
            f"{'total':>7} {'all ids':>8}   (ms; total = reload to first painted rows)"
        )
        totals: dict[str, list[float]] = {}
        after_write: dict[str, float] = {}
        others: list[str] = []
        for spec, other_sort in ((PEOPLE, "birth"), (HEARINGS, "court")):
            page = ListPage(
                spec.page_id,
                spec.table,
                spec.columns,
                spec.loader,
                runner,
                settings,
                ClipboardGuard(),
                start_at=spec.start_at,
                paged=spec.paged,
            )
            window.addWidget(page)
            window.setCurrentWidget(page)
            app.processEvents()
            watch = PaintWatch()
            page.view.viewport().installEventFilter(watch)
            marks: dict[str, float] = {}
            on_window, on_ids = page._on_window_loaded, page._on_ids_loaded

            def window_loaded(
                window: Any,
                number: int,
                original: Any = on_window,
                marks: Any = marks,
                watch: Any = watch,
            ) -> None:
                marks["loaded"] = time.perf_counter()
                original(window, number)
                marks["filled"] = time.perf_counter()
                watch.arm()

            def ids_loaded(*args: Any, original: Any = on_ids, marks: Any = marks) -> None:
                original(*args)
                marks["ids"] = time.perf_counter()

            page._on_window_loaded = window_loaded  # type: ignore[method-assign]
            page._on_ids_loaded = ids_loaded  # type: ignore[method-assign, assignment]
            page.set_vault(vault)
            for run in range(2 + repeat):
                if run == 1 + repeat:
                    # After a write: what the vault derives per write (the People list's name
                    # order, statuses) is derived again, as after every edit in the app.
                    vault.set_setting("bench.touched", run)
                loaded: list[int] = []
                connection = page.rows_loaded.connect(loaded.append)
                marks.clear()
                start = time.perf_counter()
                page.reload()
                wait(lambda loaded=loaded: bool(loaded))
                page.rows_loaded.disconnect(connection)
                wait(lambda watch=watch: watch.painted_at > 0)
                wait(lambda page=page: page.model.has_ids)
                runner.wait()
                app.processEvents()
                query = (marks["loaded"] - start) * 1000
                fill = (marks["filled"] - marks["loaded"]) * 1000
                paint = (watch.painted_at - marks["filled"]) * 1000
                total = (watch.painted_at - start) * 1000
                ids = f"{(marks['ids'] - start) * 1000:8.0f}" if "ids" in marks else f"{'-':>8}"
                name = "cold" if run == 0 else "write" if run == 1 + repeat else f"warm{run}"
                print(
                    f"{spec.page_id:<10} {name:<5} {loaded[0]:>7,} {query:>8.0f} {fill:>6.0f} "
                    f"{paint:>6.0f} {total:>7.0f} {ids}"
                )
                if run == 1 + repeat:
                    after_write[spec.page_id] = total
                elif run:
                    totals.setdefault(spec.page_id, []).append(total)
            pages.append((spec, page, watch, other_sort))
        runner.wait()
        app.processEvents()
        loaded_rss = rss_mib()
        # Then, warm, each list sorted by another column (which reads that column of every
        # row) and a jump down it; memory again after that.
        for spec, page, watch, other_sort in pages:
            window.setCurrentWidget(page)
            app.processEvents()
            # Warm: the vault orders every id before the first paint.
            column = [c.id for c in spec.columns].index(other_sort)
            sorted_ms = run_until_painted(
                page,
                watch,
                lambda page=page, column=column: page.view.sortByColumn(
                    column, Qt.SortOrder.AscendingOrder
                ),
                lambda page=page: not page._loading and page.model.has_ids,
            )
            # A jump three quarters down: that page is read by id, then painted.
            target = page.model.rowCount() * 3 // 4
            jump_ms = run_until_painted(
                page,
                watch,
                lambda page=page, target=target: page.view.scrollTo(
                    page.proxy.index(target, 0), QAbstractItemView.ScrollHint.PositionAtTop
                ),
                lambda page=page, target=target: page.model.row_at(target) is not None,
            )
            others.append(
                f"{spec.page_id}: sorted by {other_sort}, to first paint {sorted_ms:.0f} ms; "
                f"jump to row {target:,}, to its page painted {jump_ms:.0f} ms"
            )
            page.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
            wait(lambda page=page: not page._loading and page.model.has_ids)
        runner.wait()
        app.processEvents()
        sorted_rss = rss_mib()
        print()
        for line in others:
            print(line)
        for page_id, values in totals.items():
            print(
                f"{page_id}: warm reload to first paint, median {statistics.median(values):.0f} ms "
                f"(target <= {TARGET_PAINT_MS:.0f} ms); after a write {after_write[page_id]:.0f} ms"
            )
        print(
            f"memory (RSS): Qt app {baseline:.0f} MiB, + vault open {after_vault:.0f} MiB, "
            f"both lists loaded {loaded_rss:.0f} MiB (the lists add "
            f"{loaded_rss - after_vault:.0f} MiB; target <= {TARGET_RSS_MIB:.0f} MiB); "
            f"after sorting each by another column {sorted_rss:.0f} MiB"
        )
        for _spec, page, _watch, _other in pages:
            page.set_vault(None)
        window.close()
        vault.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=2, help="warm reloads after the first")
    parser.add_argument("--vault", type=Path, help="a benchmark vault built before (copied)")
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)  # the child's job
    args = parser.parse_args()
    if args.build is not None:
        build(args.build, args.scale)
        return 0
    with tempfile.TemporaryDirectory(prefix="casefile-bench-") as tmp:
        folder = Path(tmp) / "bench.casefile"
        if args.vault is not None:  # the measure writes once: a copy keeps the original
            shutil.copytree(args.vault, folder)
            measure(folder, args.repeat)
            return 0
        print(f"building the vault at scale {args.scale} in a child process …", file=sys.stderr)
        subprocess.run(
            [sys.executable, __file__, "--build", str(folder), "--scale", str(args.scale)],
            check=True,
        )
        measure(folder, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
