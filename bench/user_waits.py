"""What a user waits for, from the app's own entry points, on a realistic vault at each scale.

For each scale (bench/realistic.py builds the vault once and caches it under /tmp):

- unlock: passphrase entered in the real unlock dialog (AppController, offscreen) until the
  dashboard is painted with its data; the key derivation (fixed Argon2id cost) is timed apart,
  and so is the Undo label's query, which runs beside the dashboard. First unlock of the
  process (after the imports the app makes in the background while the user types), then
  again after a lock.
- unlock_evicted: the same, with the vault's file pages first dropped from the OS cache
  (posix_fadvise DONTNEED; Linux), as at the first unlock after the laptop starts.
- lists: People and Hearings first paint (reload to painted rows), then per keystroke in each
  list's filter box (a word typed a letter at a time): from the filter firing (after its
  150 ms debounce) to the list repainted with the new rows; warm, and after an idle pause
  (the app then closes its idle connections: Vault.release_memory). Then typing faster than
  reads finish (a letter every 200 ms, each past the debounce): last letter to its list.
  Memory (RSS) with both lists loaded.
- cold (not in the default parts): `--cold N` fresh processes, each opening the vault as the
  lists part does and painting People, then Hearings, once (the lists part's "cold" sample),
  and the same on the plain twin; median / p95 / max, and per sample what the paint waited on:
  the process's CPU time, bytes read from storage, garbage collection, preemptions.
- evicted (not in the default parts; Linux only): each filter word typed three times, on the
  vault and then on its plain twin (separate processes): first after the vault's pages were
  dropped from the OS page cache (posix_fadvise DONTNEED on its files, as this VM's kernel
  drops file pages unread for about a minute, and a laptop's after boot or memory pressure)
  and its idle connections closed (as the app does in a pause); then after the connections
  alone were closed (the pages still in the OS cache); then again at once (warm). Per
  keystroke: the time and the bytes read from storage (/proc/self/io read_bytes).
- services, on the vault and on its plain twin (same rows, same SQLite, no encryption; a
  separate process, so SQLCipher's memory security is off there), with the ratio: each
  keystroke's filter window (the service read behind the list), search per keystroke, the
  agenda for 30 days (warm, and after a pause), the dashboard, the Undo label's query.
- csv: importing 10,000 new hearings into a copy of the full vault (dry run apart).

Every figure comes with the machine's load average. Nothing is asserted: this prints.

    .venv/bin/python bench/user_waits.py --people 10000
    .venv/bin/python bench/user_waits.py --people 10000 --people 30000 --people 100000
    .venv/bin/python bench/user_waits.py --people 10000 --parts services,lists --json out.json
    .venv/bin/python bench/user_waits.py --people 10000 --memory-security off
    .venv/bin/python bench/user_waits.py --people 100000 --parts cold --cold 20
    .venv/bin/python bench/user_waits.py --people 100000 --parts evicted
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import gc
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import realistic  # noqa: E402 - bench/ is the script's folder

PARTS = ("unlock", "unlock_evicted", "lists", "services", "csv")  # "cold", "evicted" by name
# Words typed a letter at a time into each filter box: common words and names, as typed.
HEARING_WORDS = ("бишкек", "суд", "жапаров", "appeal")
# With two status words ("released": half of everyone; "house": House arrest), whose labels
# match from three letters typed (list_page.label_matches).
PEOPLE_WORDS = ("асанова", "bakyt", "журналист", "released", "house")
SEARCH_WORDS = ("Асанова Гульнара", "tazhib", "Бишкек суд", "СИЗО")
# Names typed with a slip (found by the fuzzy pass): Токтосунов, Чотонов, Рыскулов, Иманалиев.
SEARCH_TYPOS = ("Токтосунв", "Chotonof", "Ryskulof Ruslan", "Imanaliyev")
PAUSE_WORDS = {"hearings": "октябрьский", "people": "турдубаев"}
SEARCH_PAUSE_WORDS = "Жапаров суд"
TYPING_GAP_S = 0.2
# The People filter's coded labels in English, for the services part's FilterWord codes as
# the page computes them (ListPage, list_page.label_matches): casefile/ui/i18n/labels.py holds
# them but imports Qt, which the services part runs without. Statuses, then risk levels.
PEOPLE_LABELS = {
    "no_record": "No detention record",
    "disappeared": "Disappeared",
    "police_custody": "Police custody",
    "pretrial_detention": "Pre-trial detention",
    "imprisoned": "Imprisoned",
    "house_arrest": "House arrest",
    "travel_ban": "Travel ban",
    "probation": "Probation",
    "expelled": "Expelled",
    "released": "Released",
    "low": "Low",
    "medium": "Medium",
    "high": "High",
    "critical": "Critical",
}


def label_codes(word: str) -> frozenset[str]:
    """The People codes whose English label has a word `word` begins, from three letters (as
    list_page.label_matches: split on spaces and on what is not a letter or digit)."""
    if len(word) < 3:
        return frozenset()
    folded = word.casefold()
    return frozenset(
        code
        for code, label in PEOPLE_LABELS.items()
        if any(
            part.startswith(folded)
            for part in {*label.casefold().split(), *re.findall(r"[^\W_]+", label.casefold())}
        )
    )


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def load() -> str:
    return realistic.load_average()


def p95(samples: Sequence[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def summary(samples: Sequence[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(samples), 1),
        "p95": round(p95(samples), 1),
        "max": round(max(samples), 1),
        "n": len(samples),
    }


def prefixes(word: str) -> list[str]:
    return [word[:n] for n in range(1, len(word) + 1)]


def rss_mib() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def imports_as_the_app() -> None:
    """As the app's run() does once PySide6 is imported: its import hook then stops keeping
    the source of every later module (casefile/ui/kit/import_sources.py)."""
    from casefile.ui.kit.import_sources import stop_caching_imported_sources

    stop_caching_imported_sources()


# -- a plain twin that services can read like a vault ---------------------------------------


class PlainVault:
    """What read-only services need of a Vault, over the plain twin (sqlcipher3, no key)."""

    generation = 0
    actor = realistic.USER

    def __init__(self, path: Path) -> None:
        from sqlalchemy import create_engine, event
        from sqlalchemy.orm import sessionmaker
        from sqlalchemy.pool import QueuePool

        from casefile.vault import engine as vault_engine
        from casefile.vault import search_index

        self.engine = create_engine(
            "sqlite://",
            module=vault_engine.driver(),
            creator=lambda: vault_engine.driver().connect(
                str(path), check_same_thread=False, uri=False
            ),
            poolclass=QueuePool,
            pool_size=1,
            max_overflow=7,
            pool_use_lifo=True,
        )

        def on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None
            # The name key index's function (migration 0009), where the code has it.
            getattr(vault_engine, "register_functions", lambda _conn: None)(dbapi_conn)
            for pragma in vault_engine.CONNECTION_PRAGMAS:
                if "secure_delete" not in pragma:
                    dbapi_conn.execute(pragma)
            # The vocabulary tables, as the vault's connections make them, where the code does.
            getattr(search_index, "prepare_connection", lambda _conn: None)(dbapi_conn)

        event.listen(self.engine, "connect", on_connect)
        event.listen(self.engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        self._readers = sessionmaker(bind=self.engine, expire_on_commit=False, autoflush=False)

    @contextlib.contextmanager
    def read(self, *, keep_pages: bool = True) -> Iterator[Any]:
        from casefile.vault import memory

        with self._readers() as session, session.begin():
            yield session
            session.expunge_all()
            if not keep_pages:
                memory.empty_page_cache(session.connection())
            session.rollback()

    def release_memory(self) -> bool:
        from casefile.vault import memory

        return memory.release_idle_connections(self.engine)

    def close(self) -> None:
        self.engine.dispose()


# -- services (run on the vault, and in another process on its plain twin) ------------------


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def services_suite(vault: Any, repeat: int) -> dict[str, Any]:
    from casefile.services.lists import paged, status
    from casefile.services.lists.dashboard import dashboard
    from casefile.services.lists.query import FilterWord, ListQuery
    from casefile.services.records import hearings
    from casefile.services.records.history import last_saved_record
    from casefile.services.search.search import search

    today = date.today()
    out: dict[str, Any] = {"load_start": load()}
    people, hearing_list = paged.PeopleList(), paged.HearingsList()

    def window(lister: Any, word: str) -> object:
        coded = label_codes if lister is people else lambda _w: frozenset()
        words = tuple(FilterWord(w, coded(w)) for w in word.split())
        return lister.window(vault, ListQuery(words=words))

    # Warm-up: the first read of each kind loads modules and the first pages.
    window(hearing_list, "")
    window(people, "")
    for name, lister, words in (
        ("filter_hearings", hearing_list, HEARING_WORDS),
        ("filter_people", people, PEOPLE_WORDS),
    ):
        samples, slowest = [], ("", 0.0)
        for word in words:
            for prefix in prefixes(word):
                ms = timed(lambda lister=lister, prefix=prefix: window(lister, prefix))
                samples.append(ms)
                slowest = max(slowest, (prefix, ms), key=lambda pair: pair[1])
        out[name] = summary(samples) | {"slowest": slowest[0]}
        vault.release_memory()
        word = PAUSE_WORDS[name.split("_")[1]]
        after = []
        for prefix in prefixes(word):
            vault.release_memory()
            after.append(timed(lambda lister=lister, prefix=prefix: window(lister, prefix)))
        out[name + "_after_pause"] = summary(after)
    samples = []
    for words in SEARCH_WORDS:
        for prefix in prefixes(words):
            samples.append(timed(lambda prefix=prefix: search(vault, prefix)))
    out["search"] = summary(samples)
    # After a pause: the page caches closed before each letter, as filter_*_after_pause.
    samples = []
    for prefix in prefixes(SEARCH_PAUSE_WORDS):
        vault.release_memory()
        samples.append(timed(lambda prefix=prefix: search(vault, prefix)))
    out["search_after_pause"] = summary(samples)
    samples = []
    for words in SEARCH_TYPOS:
        for prefix in prefixes(words):
            samples.append(timed(lambda prefix=prefix: search(vault, prefix)))
    out["search_typos"] = summary(samples)
    found = search(vault, SEARCH_TYPOS[0])
    out["search_typos_found"] = sum(hit.fuzzy for group in found for hit in group.hits)
    end = today + timedelta(days=30)
    # What the user sees (the agenda may be kept until the next write), then the read itself
    # as after a write: warm, and after a pause (page caches closed).
    forget = getattr(hearings, "forget_agendas", lambda: None)

    def agenda(read: bool, pause: bool) -> float:
        if read:
            forget()
        if pause:
            vault.release_memory()
        return timed(lambda: hearings.agenda(vault, today, end, today=today))

    for name, read, pause in (
        ("agenda_warm", False, False),
        ("agenda_after_pause", False, True),
        ("agenda_read_warm", True, False),
        ("agenda_read_after_pause", True, True),
    ):
        out[name] = summary([agenda(read, pause) for _ in range(repeat)])
    # The agenda page's first paint of a week, read as after a write: with agenda_screen, a
    # screen of the week, its count and the overdue hearings (outcome missing, 60 days back);
    # before it, the whole week and every hearing of the 60 days (agenda_page.load_agenda).
    screen = getattr(hearings, "agenda_screen", None)
    week_end, overdue_from = today + timedelta(days=6), today - timedelta(days=60)

    def page_read() -> object:
        if screen is not None:
            return screen(vault, today, week_end, today=today, overdue_from=overdue_from)
        shown = hearings.agenda(vault, today, week_end, today=today)
        past = hearings.agenda(vault, overdue_from, today - timedelta(days=1), today=today)
        return shown + [row for row in past if row.needs_outcome]

    for name, pause in (("agenda_page_week_warm", False), ("agenda_page_week_after_pause", True)):
        samples = []
        for _ in range(repeat):
            forget()
            if pause:
                vault.release_memory()
            samples.append(timed(page_read))
        out[name] = summary(samples)
    # The whole 30 days as a screen (AGENDA_SCREEN rows) and the count.
    if screen is not None:
        samples = []
        for _ in range(repeat):
            forget()
            samples.append(timed(lambda: screen(vault, today, end, today=today)))
        out["agenda_screen_30_days_read_warm"] = summary(samples)
    dash = []
    for _ in range(max(2, repeat // 3)):
        status.forget_statuses()
        vault.release_memory()
        dash.append(timed(lambda: dashboard(vault, today)))
    out["dashboard_after_write"] = summary(dash)
    out["dashboard_warm"] = summary([timed(lambda: dashboard(vault, today)) for _ in range(3)])
    undo = []
    for _ in range(3):
        vault.release_memory()
        undo.append(timed(lambda: last_saved_record(vault)))
    out["undo_label_query"] = summary(undo)
    other = type(vault).__new__(type(vault))
    other.__dict__.update(vault.__dict__)
    other.actor = "someone who saved nothing"
    out["undo_label_query_no_saves"] = summary([timed(lambda: last_saved_record(other))])
    out["load_end"] = load()
    return out


def run_services(folder: Path, plain: Path | None, repeat: int) -> dict[str, Any]:
    if plain is not None:
        vault: Any = PlainVault(plain)
    else:
        from casefile.vault.vault import Vault

        vault = Vault.open(folder, realistic.PASSPHRASE, actor=realistic.USER)
    try:
        return services_suite(vault, repeat)
    finally:
        vault.close()


# -- the app: unlock to the dashboard painted ----------------------------------------------


class _Paints:
    """Notes the time of the next paint of a widget after arm()."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def __init__(self, owner: _Paints) -> None:
                super().__init__()
                self.owner = owner

            def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt
                owner = self.owner
                mine = owner.widget is None or watched is owner.widget
                if owner.armed and mine and event.type() == QEvent.Type.Paint:
                    owner.at, owner.armed = time.perf_counter(), False
                return False

        self.filter = Filter(self)
        self.armed, self.at = False, 0.0
        self.widget: Any = None  # installed on the application: only this widget's paints

    def arm(self) -> None:
        self.armed, self.at = True, 0.0


def _wait(app: Any, condition: Callable[[], bool], timeout: float = 600.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("waited too long")
        app.processEvents()
        time.sleep(0.0005)  # as an event loop would: spinning holds the GIL against workers


def _unlock_once(app: Any, controller: Any, folder: Path, paints: _Paints) -> dict[str, float]:
    """Passphrase entered in the unlock dialog to the dashboard painted with its data."""
    controller.start(folder)
    dialog = controller.unlock_dialog
    assert dialog is not None
    _wait(app, dialog.isVisible)
    app.processEvents()
    marks: dict[str, float] = {}

    def note(name: str) -> Callable[..., None]:
        return lambda *_args: marks.setdefault(name, time.perf_counter())

    opened = note("opened")
    controller.vault_opened.connect(opened)
    dialog.passphrase.setText(realistic.PASSPHRASE)
    started = time.perf_counter()
    dialog.try_unlock()
    _wait(app, lambda: controller.main_window is not None and "opened" in marks)
    window = controller.main_window
    dashboard = window.dashboard
    paints.widget = dashboard
    # The Undo label no longer reads the vault at unlock (the undo stack starts empty).
    loaded = note("data")
    dashboard.data_loaded.connect(loaded)
    _wait(app, lambda: "data" in marks)
    paints.arm()
    dashboard.update()
    _wait(app, lambda: paints.at > 0)
    controller.runner.wait()
    dashboard.data_loaded.disconnect(loaded)
    controller.vault_opened.disconnect(opened)
    controller.lock()
    app.processEvents()
    return {
        "to_first_paint": (paints.at - started) * 1000,
        "to_vault_open": (marks["opened"] - started) * 1000,
        "open_to_data": (marks["data"] - marks["opened"]) * 1000,
    }


def run_unlock(folder: Path, repeat: int, *, evict_pages: bool = False) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    imports_as_the_app()
    from casefile.ui.kit.dialogs import DialogService
    from casefile.ui.kit.settings import UiSettings
    from casefile.ui.start import vault_stack
    from casefile.ui.start.controller import AppController
    from casefile.vault.keyfile import read_keyfile, unlock

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    out: dict[str, Any] = {"load_start": load()}
    keys = folder / "vault.keys"
    kdf = [timed(lambda: unlock(read_keyfile(keys), realistic.PASSPHRASE)) for _ in range(2)]
    out["kdf"] = summary(kdf)
    with tempfile.TemporaryDirectory() as tmp:
        settings = UiSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        controller = AppController(
            dialogs=DialogService(),
            settings=settings,
            default_path=Path(tmp) / "none.casefile",
            demo_path=Path(tmp) / "demo.casefile",
            automatic_backups=False,
        )
        # As the app does once the prompt is painted, while the user types the passphrase
        # (casefile/ui/start/application.py): the vault stack's imports, in the background.
        imported: list[float] = []
        began = time.perf_counter()
        controller.runner.run(
            vault_stack.warm_up, lambda _r: imported.append(time.perf_counter() - began)
        )
        _wait(app, lambda: bool(imported))
        out["warm_up_while_typing"] = round(imported[0] * 1000, 1)
        paints = _Paints()
        app.installEventFilter(paints.filter)
        if evict_pages:
            evict(sorted(path for path in folder.iterdir() if path.is_file()))
        runs = [_unlock_once(app, controller, folder, paints) for _ in range(1 + repeat)]
        controller.shutdown()
    out["first"] = {k: round(v, 1) for k, v in runs[0].items()}
    if len(runs) > 1:
        out["again"] = {k: round(statistics.median(r[k] for r in runs[1:]), 1) for k in runs[0]}
    out["load_end"] = load()
    return out


# -- the lists: first paint, filter keystrokes, memory ---------------------------------------


class _PageClock:
    """Times a list page's loads: from an action to the rows of its newest load painted."""

    def __init__(self, app: Any, page: Any) -> None:
        self.app, self.page = app, page
        self.paints = _Paints()
        page.view.viewport().installEventFilter(self.paints.filter)
        self.filled = False
        original = page._on_window_loaded

        def window_loaded(result: Any, number: int) -> None:
            original(result, number)
            if number == page._load_number:
                self.filled = True
                self.paints.arm()

        page._on_window_loaded = window_loaded

    def until_painted(self, action: Callable[[], None]) -> float:
        self.filled = False
        self.paints.arm()
        begun = time.perf_counter()
        action()
        _wait(self.app, lambda: self.filled)
        self.page.view.viewport().update()
        _wait(self.app, lambda: self.paints.at > 0)
        return (self.paints.at - begun) * 1000

    def keystroke(self, text: str) -> float:
        # The filter's debounce is left out: timed from the filter firing.
        self.page.filter_box.setText(text)
        return self.until_painted(self.page._filter_timer.timeout.emit)


class _Costs:
    """What the process spent between start and stop(): CPU time (every thread), bytes read
    from storage (/proc/self/io: page-cache misses, of the vault or of modules), garbage
    collections (time, oldest generation), involuntary context switches (preempted)."""

    def __init__(self) -> None:
        self.gc_ms, self.gc_generation, self._gc_at = 0.0, -1, 0.0
        gc.callbacks.append(self._on_gc)
        self._start = self._now()

    @staticmethod
    def _now() -> tuple[float, int, int]:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return time.process_time(), read_bytes(), usage.ru_nivcsw

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_at = time.perf_counter()
        else:
            self.gc_ms += (time.perf_counter() - self._gc_at) * 1000
            self.gc_generation = max(self.gc_generation, info["generation"])

    def stop(self) -> dict[str, float]:
        gc.callbacks.remove(self._on_gc)
        cpu, read, preempted = (b - a for a, b in zip(self._start, self._now(), strict=True))
        return {
            "cpu_ms": round(cpu * 1000, 1),
            "read_kib": read // 1024,
            "gc_ms": round(self.gc_ms, 1),
            "gc_generation": self.gc_generation,
            "preempted": preempted,
        }


def read_bytes() -> int:
    """Bytes this process (every thread) has had read from storage: page-cache misses."""
    io = dict(line.split(": ") for line in Path("/proc/self/io").read_text().splitlines())
    return int(io["read_bytes"])


def database_files(folder: Path, plain: Path | None) -> list[Path]:
    """The files a list reads: the vault's database (or the plain twin) and its WAL."""
    db = plain if plain is not None else folder / "vault.db"
    return [db, Path(f"{db}-wal")]


def evict(files: Sequence[Path]) -> None:
    """Drops these files' clean pages from the OS page cache, as a kernel does to pages unread
    for a while (Linux: posix_fadvise DONTNEED; it reads and writes nothing)."""
    if not hasattr(os, "posix_fadvise"):
        raise SystemExit("the evicted part needs os.posix_fadvise (Linux)")
    for path in files:
        try:
            fd = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            continue  # the WAL, gone with the last connection
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def _measure_list(
    app: Any,
    runner: Any,
    vault: Any,
    page_id: str,
    page: Any,
    repeat: int,
    cold: bool = False,
    evicted: Sequence[Path] = (),
) -> dict[str, Any]:
    """Every figure of one list; `cold`: its first paint alone, with what it waited on;
    `evicted` (the database's files): its keystrokes with them out of the OS cache alone."""
    out: dict[str, Any] = {}
    clock = _PageClock(app, page)

    def settle() -> None:
        # The ids follow the first screen, read once it is painted: wait for them too.
        _wait(app, lambda: page.model.has_ids)
        runner.wait()

    page.set_vault(vault)
    costs = _Costs()
    first = [clock.until_painted(page.reload)]
    spent = costs.stop()
    settle()  # the ids read after the first screen, before the next reload
    if cold:
        return {page_id: round(first[0], 1)} | {f"{page_id}_{k}": v for k, v in spent.items()}
    if evicted:
        return _evicted_keystrokes(app, vault, page_id, page, clock, settle, evicted)
    for _ in range(repeat):
        first.append(clock.until_painted(page.reload))
        settle()
    out[f"{page_id}_first_paint"] = {"cold": round(first[0], 1)} | summary(first[1:])
    vault.release_memory()
    out[f"{page_id}_first_paint_after_pause"] = round(clock.until_painted(page.reload), 1)
    settle()
    words = HEARING_WORDS if page_id == "hearings" else PEOPLE_WORDS
    typed = [p for word in words for p in prefixes(word)]
    samples = [clock.keystroke(p) for p in typed]
    settle()
    out[f"{page_id}_keystroke"] = summary(samples)
    # Which keystrokes set the tail (in the JSON only).
    out[f"{page_id}_keystroke_each"] = {
        p: round(ms, 1) for p, ms in zip(typed, samples, strict=True)
    }
    after = []
    for prefix in prefixes(PAUSE_WORDS[page_id]):
        settle()
        vault.release_memory()
        after.append(clock.keystroke(prefix))
    out[f"{page_id}_keystroke_after_pause"] = summary(after)
    # Faster than the reads: a letter every TYPING_GAP_S, each past the debounce.
    fast = []
    for word in words:
        settle()
        page.set_filter("")
        _wait(app, lambda: not page._loading)
        settle()
        for prefix in prefixes(word)[:-1]:
            page.filter_box.setText(prefix)
            page._filter_timer.timeout.emit()
            until = time.perf_counter() + TYPING_GAP_S
            _wait(app, lambda until=until: time.perf_counter() >= until)
        fast.append(clock.keystroke(word))
    settle()
    out[f"{page_id}_typing_last_letter"] = summary(fast)
    page.set_filter("")
    _wait(app, lambda: not page._loading)
    settle()
    app.processEvents()
    return out


#: The evicted part's passes over each word: the vault's pages out of the OS cache and its
#: idle connections closed; the connections closed alone; the same word again at once.
EVICTED_PASSES = ("evicted", "after_pause", "again")


def _evicted_keystrokes(
    app: Any,
    vault: Any,
    page_id: str,
    page: Any,
    clock: _PageClock,
    settle: Callable[[], None],
    files: Sequence[Path],
) -> dict[str, Any]:
    """Each word typed a letter at a time, once per pass of EVICTED_PASSES, from an empty
    filter whose list is loaded; per keystroke the time and the KiB read from storage."""
    words = HEARING_WORDS if page_id == "hearings" else PEOPLE_WORDS
    times: dict[str, list[float]] = {name: [] for name in EVICTED_PASSES}
    reads: dict[str, list[float]] = {name: [] for name in EVICTED_PASSES}
    each: dict[str, dict[str, list[float]]] = {}
    for word in words:
        for name in EVICTED_PASSES:
            page.set_filter("")
            _wait(app, lambda: not page._loading)
            settle()
            if name != "again":
                vault.release_memory()
            if name == "evicted":
                evict(files)
            for prefix in prefixes(word):
                before = read_bytes()
                ms = clock.keystroke(prefix)
                kib = (read_bytes() - before) / 1024
                times[name].append(ms)
                reads[name].append(kib)
                each.setdefault(prefix, {})[name] = [round(ms, 1), round(kib)]
            settle()
            log(
                f"    {page_id} {word!r} {name}: "
                + ", ".join(
                    f"{each[p][name][0]:.0f} ms {each[p][name][1]} KiB" for p in prefixes(word)
                )
            )
    out: dict[str, Any] = {}
    for name in EVICTED_PASSES:
        out[f"{page_id}_keystroke_{name}"] = summary(times[name])
        out[f"{page_id}_keystroke_{name}_read_kib"] = summary(reads[name])
    out[f"{page_id}_keystroke_evicted_each"] = each  # prefix: pass: [ms, KiB read]
    page.set_filter("")
    _wait(app, lambda: not page._loading)
    settle()
    return out


def run_lists(
    folder: Path,
    repeat: int,
    plain: Path | None = None,
    cold: bool = False,
    evicted: bool = False,
) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QStackedWidget

    imports_as_the_app()
    from casefile.ui.kit.locking import ClipboardGuard
    from casefile.ui.kit.settings import UiSettings
    from casefile.ui.kit.tasks import TaskRunner
    from casefile.ui.pages.list_page import ListPage
    from casefile.ui.pages.record_lists import HEARINGS, PEOPLE
    from casefile.vault.vault import Vault

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    out: dict[str, Any] = {"load_start": load()}
    if plain is not None:
        vault: Any = PlainVault(plain)
    else:
        vault = Vault.open(folder, realistic.PASSPHRASE, actor=realistic.USER)
    out["rss_vault_open"] = round(rss_mib(), 1)
    runner = TaskRunner()
    window = QStackedWidget()
    window.resize(1170, 700)
    window.show()
    with tempfile.TemporaryDirectory() as tmp:
        settings = UiSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        pages = []
        for spec in (PEOPLE, HEARINGS):
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
            pages.append((spec.page_id, page))
        # As the app's controller does once its window is built (ui/start/controller.py):
        # otherwise a full collection in a first paint walks every start-up object.
        gc.freeze()
        for page_id, page in pages:
            window.setCurrentWidget(page)
            app.processEvents()
            files = database_files(folder, plain) if evicted else ()
            out.update(_measure_list(app, runner, vault, page_id, page, repeat, cold, files))
    runner.wait()
    app.processEvents()
    out["rss_both_lists"] = round(rss_mib(), 1)
    # Of which SQLite's heap: the connections' page caches, statements and lookaside pools.
    from casefile.vault.memory import sqlite_heap_bytes

    out["sqlite_heap_mib_both_lists"] = round(sqlite_heap_bytes() / 2**20, 1)
    for _page_id, page in pages:
        page.set_vault(None)
    runner.wait()
    app.processEvents()
    window.close()
    vault.close()
    out["load_end"] = load()
    return out


# -- CSV import into the full vault ----------------------------------------------------------


def run_csv(folder: Path) -> dict[str, Any]:
    """10,000 new hearings (of 200 existing cases, by case number) into a copy of the vault."""
    import csv
    import io
    import random

    from sqlalchemy import select

    from casefile.services.open_formats.csv_import import ImportKind, plan_import, run_import
    from casefile.vault.schema import Case
    from casefile.vault.vault import Vault

    out: dict[str, Any] = {"load_start": load()}
    with tempfile.TemporaryDirectory(prefix="casefile-csv-") as tmp:
        copy = Path(tmp) / "copy.casefile"
        begun = time.perf_counter()
        shutil.copytree(folder, copy)
        out["copy_s"] = round(time.perf_counter() - begun, 1)
        with Vault.open(copy, realistic.PASSPHRASE, actor=realistic.USER) as vault:
            with vault.read() as session:
                # By title (unique here; numbers may repeat among 100,000 cases).
                numbers = list(session.execute(select(Case.title).limit(200)).scalars())
            rng = random.Random(7)
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            writer.writerow(["case", "scheduled_date", "scheduled_time", "court", "kind"])
            start = date(2030, 1, 1)
            for number in range(10_000):
                day = start + timedelta(days=number // len(numbers))
                writer.writerow(
                    [
                        numbers[number % len(numbers)],
                        day.strftime("%d.%m.%Y"),
                        f"{9 + number % 8}:00",
                        "Первомайский районный суд",
                        rng.choice(["preliminary", "trial_session", "appeal"]),
                    ]
                )
            data = buffer.getvalue().encode("utf-8")
            out["dry_run_s"] = round(
                timed(lambda: plan_import(vault, ImportKind.HEARINGS, data)) / 1000, 2
            )
            # Python's heap at its highest in a dry run (the import plans the same way), apart:
            # tracemalloc slows Python down. The process's RSS peak is the KDF's 256 MiB.
            tracemalloc.start()
            checked = plan_import(vault, ImportKind.HEARINGS, data)
            out["dry_run_python_peak_mib"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
            tracemalloc.stop()
            # As the import dialog does: Import after the dry run reuses its judgement.
            out["import_s"] = round(
                timed(lambda: run_import(vault, ImportKind.HEARINGS, data, checked=checked)) / 1000,
                2,
            )

    out["load_end"] = load()
    return out


# -- orchestration ---------------------------------------------------------------------------


def memory_security_off() -> None:
    """SQLCipher's process-wide memory security off, before the vault turns it on (this
    process only, for the comparison: casefile/vault/engine.py turns it on)."""
    from casefile.vault import engine as vault_engine

    conn = vault_engine.driver().connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_memory_security = OFF")
    finally:
        conn.close()
    vault_engine._silenced = True


def child(part: str, folder: Path, plain: Path | None, repeat: int) -> dict[str, Any]:
    from casefile.vault.platform import limit_malloc_arenas

    limit_malloc_arenas()  # as the app's entry does, before any thread starts
    if os.environ.get("CASEFILE_BENCH_MEMORY_SECURITY") == "off":
        memory_security_off()
    if os.environ.get("CASEFILE_BENCH_QUICK") == "1":
        # One word each: for code whose keystrokes take seconds at the large scale.
        global HEARING_WORDS, PEOPLE_WORDS, SEARCH_WORDS, SEARCH_TYPOS
        HEARING_WORDS, PEOPLE_WORDS, SEARCH_WORDS = HEARING_WORDS[:1], PEOPLE_WORDS[:1], ("СИЗО",)
        SEARCH_TYPOS = SEARCH_TYPOS[:1]
        PAUSE_WORDS.update(hearings="октяб", people="турду")
    if part == "unlock":
        return run_unlock(folder, repeat)
    if part == "unlock_evicted":
        return run_unlock(folder, repeat, evict_pages=True)
    if part == "lists":
        return run_lists(folder, repeat)
    if part == "cold":
        return run_lists(folder, repeat, plain, cold=True)
    if part == "evicted":
        return run_lists(folder, repeat, plain, evicted=True)
    if part == "services":
        return run_services(folder, plain, repeat)
    if part == "csv":
        return run_csv(folder)
    raise SystemExit(f"unknown part {part}")


def spawn(part: str, built: realistic.Built, plain: bool, repeat: int) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile(suffix=".json") as result:
        command = [
            sys.executable,
            __file__,
            "--child",
            part,
            "--folder",
            str(built.folder),
            "--out",
            result.name,
            "--repeat",
            str(repeat),
        ]
        if plain:
            command += ["--plain", str(built.plain)]
        log(f"  {part}{' (plain)' if plain else ''} … load {load()}")
        done = subprocess.run(command, check=False)
        if done.returncode:
            return {"error": f"exit status {done.returncode}"}
        return dict(json.loads(Path(result.name).read_text()))


def cold_paints(built: realistic.Built, processes: int) -> list[dict[str, Any]]:
    """The lists' cold first paints of `processes` fresh processes on the vault, and as many
    on its plain twin, taking turns (a slow spell of the machine falls on both)."""
    turns = [[spawn("cold", built, plain, 0) for plain in (False, True)] for _ in range(processes)]
    return [cold_summary([turn[side] for turn in turns]) for side in (0, 1)]


def cold_summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    runs = [run for run in runs if "error" not in run]
    out: dict[str, Any] = {"load_start": runs[0]["load_start"], "load_end": runs[-1]["load_end"]}
    for page_id in ("people", "hearings"):
        out[f"{page_id}_first_paint_cold"] = summary([run[page_id] for run in runs])
        # What each paint waited on, slowest first, with the process's turn (in the JSON;
        # the slowest two printed).
        out[f"{page_id}_cold_each"] = sorted(
            (
                {"turn": turn} | {k: v for k, v in run.items() if k.startswith(page_id)}
                for turn, run in enumerate(runs, 1)
            ),
            key=lambda sample: -sample[page_id],
        )
        out[f"{page_id}_cold_slowest"] = out[f"{page_id}_cold_each"][:2]
    return out


def ratio(enc: Any, plain: Any) -> str:
    if not isinstance(enc, dict) or not isinstance(plain, dict):
        return ""
    if not plain.get("median"):
        return ""
    return f"{enc['median'] / plain['median']:.2f}"


def render(results: dict[str, Any]) -> str:
    lines = []
    for people, parts in results.items():
        meta = parts["meta"]
        counts = meta["counts"]
        lines.append(
            f"\n## {int(people):,} people, {counts['hearings']:,} hearings, "
            f"{counts['ill_treatment_reports']:,} narratives ({meta['records']:,} records, "
            f"{meta['bytes']['vault'] / 2**20:,.0f} MiB)"
        )
        enc = parts.get("services", {})
        plain = parts.get("services_plain", {})
        plain = {**plain, **parts.get("cold_plain", {}), **parts.get("evicted_plain", {})}
        unlock_evicted = {f"evicted_{k}": v for k, v in parts.get("unlock_evicted", {}).items()}
        shown = {
            **parts.get("unlock", {}),
            **unlock_evicted,
            **parts.get("lists", {}),
            **parts.get("cold", {}),
            **parts.get("evicted", {}),
        }
        for key, value in {**shown, **enc}.items():
            if key.endswith("_each"):
                continue
            twin = plain.get(key)
            extra = f"   plain {twin}  ratio {ratio(value, twin)}" if twin else ""
            lines.append(f"{key:<36} {value}{extra}")
        if "csv" in parts:
            lines.append(f"csv {parts['csv']}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, action="append")
    parser.add_argument("--parts", default=",".join(PARTS))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cold", type=int, default=20, help="processes of the cold part")
    parser.add_argument("--json", type=Path, help="write the figures here too")
    parser.add_argument(
        "--memory-security",
        choices=("on", "off"),
        default="on",
        help="off: SQLCipher's cipher_memory_security off in the measuring processes",
    )
    parser.add_argument("--quick", action="store_true", help="one word per filter box")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--plain", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        figures = child(args.child, args.folder, args.plain, args.repeat)
        args.out.write_text(json.dumps(figures))
        return 0
    if args.memory_security == "off":
        os.environ["CASEFILE_BENCH_MEMORY_SECURITY"] = "off"
    # An installed app imports compiled bytecode (pip and the frozen build compile it); a
    # checkout under PYTHONDONTWRITEBYTECODE=1 would compile every module at each first unlock.
    compileall.compile_dir(ROOT / "casefile", quiet=1)
    log(f"bytecode: compiled ({'not written by imports' if sys.dont_write_bytecode else 'cached'})")
    if args.quick:
        os.environ["CASEFILE_BENCH_QUICK"] = "1"
    results: dict[str, Any] = {}
    for people in args.people or [10_000]:
        built = realistic.ensure(people)
        parts: dict[str, Any] = {"meta": built.meta}
        results[str(people)] = parts
        for part in args.parts.split(","):
            if part == "cold":
                parts[part], parts["cold_plain"] = cold_paints(built, args.cold)
            elif part == "evicted":
                parts[part] = spawn(part, built, False, args.repeat)
                parts["evicted_plain"] = spawn(part, built, True, args.repeat)
            else:
                parts[part] = spawn(part, built, False, args.repeat)
            if part == "services":
                parts["services_plain"] = spawn(part, built, True, args.repeat)
            if args.json is not None:  # as they come: a later part may fail
                args.json.write_text(json.dumps(results, indent=1))
        print(render({str(people): parts}), flush=True)
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
