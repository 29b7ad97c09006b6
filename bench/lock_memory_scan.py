"""What a locked Casefile still holds in memory, read as a forensic examiner would (issue 15).

Makes a vault of 42 people with known names, starts the desktop app on it in a child process
(offscreen), unlocks it with a known passphrase and shows the People list, then reads the
child's memory through /proc/PID/mem over its writable and anonymous mappings and counts the
known secrets: every name (UTF-8 and UTF-16), the database key (raw, and as hex text in ASCII
and UTF-16) and the passphrase (UTF-8 and UTF-16). Then it locks (the controller's lock(), as
Ctrl+L and auto-lock call it) and reads again: the process that shows the unlock screen.

    .venv/bin/python bench/lock_memory_scan.py                      # the lock as shipped
    .venv/bin/python bench/lock_memory_scan.py --design in-process  # the lock before issue 15
    .venv/bin/python bench/lock_memory_scan.py --json               # one JSON line (tests)

With --design process (the default), a lock ends the process that held the vault and a fresh
one shows the unlock screen (casefile/ui/start/relaunch.py); the scan after the lock reads the
fresh one, and also checks that the old one is gone. With --design in-process the same
process shows the unlock screen, as before: the scan shows what it kept.

Also prints the lock-to-unlock-screen time (to the fresh window's first paint) and, apart, one
key derivation at the calibrated production cost (what unlocking adds). Linux only; the app
sets PR_SET_DUMPABLE=0, so reading its memory needs root (or CAP_SYS_PTRACE).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "lock scan passphrase amber quartz lantern 7731"
FIRST = ("Жылдызкан", "Бактыгүл", "Нурсултанбек", "Zarinakhon", "Эрмекбай", "Oskonbaevna")
LAST = ("Осмонкулова", "Токтогулова", "Abdrakhmanov", "Жээнбекова", "Kasymbekuulu", "Сатыбалдиев")
#: 42 names: each first name with each surname and a number (no two alike).
NAMES = tuple(
    f"{first} {last} {n}"
    for n, (first, last) in enumerate((f, s) for f in FIRST for s in (*LAST, "Чолпонбаев"))
)
_STARTUP = re.compile(r"casefile-startup: monotonic=([0-9.]+)")


# -- reading another process's memory ---------------------------------------------------------


def regions(pid: int) -> list[tuple[int, int]]:
    """The mappings that can hold data the process made: writable ones and anonymous ones."""
    found = []
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        parts = line.split(maxsplit=5)
        span, perms = parts[0], parts[1]
        path = parts[5] if len(parts) > 5 else ""
        if "r" not in perms or path in ("[vvar]", "[vsyscall]", "[vdso]", "[vvar_vclock]"):
            continue
        if "w" in perms or not path or path.startswith("["):
            start, end = (int(value, 16) for value in span.split("-"))
            found.append((start, end))
    return found


def scan(pid: int, needles: dict[str, list[bytes]]) -> dict[str, int]:
    """How often each needle (any of its encodings) occurs in the process's memory."""
    counts = dict.fromkeys(needles, 0)
    longest = max(len(form) for forms in needles.values() for form in forms)
    chunk = 32 * 1024 * 1024
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for start, end in regions(pid):
            offset, tail = start, b""
            while offset < end:
                size = min(chunk, end - offset)
                try:
                    mem.seek(offset)
                    data = mem.read(size)
                except (OSError, ValueError):
                    data = b""
                offset += size
                if not data:
                    tail = b""
                    continue
                block = tail + data
                for label, forms in needles.items():
                    # A hit lying across two chunks is counted once: the tail is shorter
                    # than any needle that could lie wholly inside it.
                    counts[label] += sum(
                        block.count(form) - tail.count(form) for form in forms if form
                    )
                tail = data[-(longest - 1) :]
    return counts


def needles_for(key: bytes) -> dict[str, list[bytes]]:
    found: dict[str, list[bytes]] = {
        "key (raw)": [key],
        "key (hex)": [
            form.encode(encoding)
            for form in (key.hex(), key.hex().upper())
            for encoding in ("ascii", "utf-16-le")
        ],
        "passphrase": [PASSPHRASE.encode("utf-8"), PASSPHRASE.encode("utf-16-le")],
    }
    for name in NAMES:
        found[f"name:{name}"] = [name.encode("utf-8"), name.encode("utf-16-le")]
    return found


def summary(counts: dict[str, int]) -> dict[str, int]:
    names = {label: n for label, n in counts.items() if label.startswith("name:")}
    return {
        "key_raw": counts["key (raw)"],
        "key_hex": counts["key (hex)"],
        "passphrase": counts["passphrase"],
        "name_hits": sum(names.values()),
        "names_found": sum(1 for n in names.values() if n),
        "names": len(names),
    }


# -- the child: the app, driven as a person would ---------------------------------------------


def child(vault: Path, design: str, signal_file: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from casefile.vault.platform import disable_core_dumps

    disable_core_dumps()  # as casefile/app.py does
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from casefile.ui.i18n.language import set_language
    from casefile.ui.kit.dialogs import DialogService
    from casefile.ui.kit.settings import UiSettings
    from casefile.ui.start.controller import AppController
    from casefile.ui.start.relaunch import start_locked

    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    set_language("en")
    settings = UiSettings(QSettings(str(signal_file) + ".ini", QSettings.Format.IniFormat))

    def relaunch(folder: Path, page: str) -> bool:
        pid = start_locked(folder, page)
        print(f"RELAUNCHED {pid}", flush=True)
        return pid is not None

    controller = AppController(
        dialogs=DialogService(),
        settings=settings,
        default_path=vault,
        demo_path=vault.parent / "no-demo.casefile",
        automatic_backups=False,
        relaunch=relaunch if design == "process" else None,
    )
    controller.finished.connect(app.quit)

    def opened() -> None:
        window = controller.main_window
        assert window is not None
        window.show_page("people")

        def loaded() -> None:
            if window.people.model.rowCount() < len(NAMES):
                QTimer.singleShot(50, loaded)
                return
            print(f"UNLOCKED {os.getpid()}", flush=True)
            wait_for_lock()

        loaded()

    def wait_for_lock() -> None:
        if not signal_file.exists():
            QTimer.singleShot(50, wait_for_lock)
            return
        controller.lock()
        if design != "process":
            print(f"LOCKED {time.monotonic():.6f}", flush=True)

    controller.vault_opened.connect(opened)
    controller.start(vault)
    dialog = controller.unlock_dialog
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)  # as typed: into the line edit
    dialog.try_unlock()
    app.exec()
    controller.shutdown()


# -- the parent: build, start, scan, lock, scan -----------------------------------------------


def build_vault(folder: Path) -> tuple[Path, bytes]:
    from casefile.vault.keyfile import KdfCost, read_keyfile, unlock
    from casefile.vault.schema import Person
    from casefile.vault.vault import Vault

    # A cheap key derivation: the scan is about memory, and unlocking is timed apart.
    cost = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
    created = Vault.create(folder / "scan", PASSPHRASE, actor="bench", kdf_cost=cost)
    with created.vault as vault:
        with vault.write() as session:
            session.add_all(Person(full_name=name) for name in NAMES)
        root = vault.paths.root
    return root, unlock(read_keyfile(root / "vault.keys"), PASSPHRASE)


def read_line(stream: object, prefix: str, deadline: float) -> str:
    while time.monotonic() < deadline:
        line = stream.readline()  # type: ignore[attr-defined]
        if not line:
            raise RuntimeError(f"the app ended before saying {prefix!r}")
        if line.startswith(prefix):
            return str(line)
    raise TimeoutError(prefix)


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def run(design: str) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="casefile-lockscan-") as tmp:
        folder = Path(tmp)
        vault, key = build_vault(folder)
        needles = needles_for(key)
        signal_file = folder / "lock-now"
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            PYTHONPATH=str(ROOT),
            CASEFILE_REPORT_STARTUP="1",  # the fresh process says when its window painted
            HOME=str(folder),
            XDG_CONFIG_HOME=str(folder / "config"),
            XDG_DATA_HOME=str(folder / "data"),
        )
        process = subprocess.Popen(
            [sys.executable, __file__, "--child", str(vault), "--design", design,
             "--signal", str(signal_file)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )  # fmt: skip
        fresh_pid: int | None = None
        try:
            deadline = time.monotonic() + 120
            pid = int(read_line(process.stdout, "UNLOCKED", deadline).split()[1])
            before = summary(scan(pid, needles))
            locked_at = time.monotonic()
            signal_file.touch()
            if design == "process":
                fresh_pid = int(read_line(process.stdout, "RELAUNCHED", deadline).split()[1])
                line = read_line(process.stderr, "casefile-startup", deadline)
                found = _STARTUP.search(line)
                assert found is not None, line
                painted = float(found.group(1))
                process.wait(timeout=30)
                old_gone = not alive(pid)
                after = summary(scan(fresh_pid, needles))
                scanned = fresh_pid
            else:
                painted = float(read_line(process.stdout, "LOCKED", deadline).split()[1])
                old_gone = False
                after = summary(scan(pid, needles))
                scanned = pid
            return {
                "design": design,
                "before_lock": before,
                "after_lock": after,
                "scanned_pid_after": scanned,
                "old_process_gone": old_gone,
                "lock_to_unlock_screen_s": round(painted - locked_at, 3),
            }
        finally:
            for victim in (fresh_pid, process.pid):
                if victim is not None and alive(victim):
                    os.kill(victim, signal.SIGKILL)
            process.wait(timeout=10)


def derive_time() -> float:
    from casefile.vault.keyfile import calibrate_kdf_cost, derive_seconds

    cost = calibrate_kdf_cost()
    return derive_seconds(cost)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--design", choices=("process", "in-process"), default="process")
    parser.add_argument("--json", action="store_true", help="one JSON line, no derivation time")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--signal", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child, args.design, args.signal)
        return
    result = run(args.design)
    if args.json:
        print(json.dumps(result))
        return
    for when in ("before_lock", "after_lock"):
        counts = result[when]
        assert isinstance(counts, dict)
        print(
            f"{when.replace('_', ' ')}: key raw {counts['key_raw']}, key hex {counts['key_hex']}, "
            f"passphrase {counts['passphrase']}, names {counts['names_found']} of "
            f"{counts['names']} ({counts['name_hits']} hits)"
        )
    print(f"old process gone after lock: {result['old_process_gone']}")
    print(f"lock -> unlock screen painted: {result['lock_to_unlock_screen_s']} s")
    print(f"one key derivation at the calibrated cost (unlock adds it): {derive_time():.2f} s")


if __name__ == "__main__":
    main()
