"""What the duress passphrase and the panic button cost (issue 15), at the production KDF cost.

Prints, each the median of a few runs:

* one Argon2id derivation at the calibrated cost;
* opening the key file (what unlock spends before the database): a single passphrase slot
  (files written before the pairs), a pair with a random companion, a pair with a duress
  slot, each for the passphrase, the duress passphrase and a wrong one;
* Vault.open end to end with the passphrase, and with the duress passphrase (erase, rewrite,
  open the decoy), on a vault of 42 people with two backups;
* setting a duress passphrase (building the decoy, two derivations);
* the panic button in the app: Ctrl+Shift+E with the confirmation answered, to the session
  ended (offscreen), and the erase alone.

    .venv/bin/python bench/key_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casefile.vault import keyfile as keyfiles
from casefile.vault.duress import with_duress
from casefile.vault.keyfile import (
    KeyFile,
    calibrate_kdf_cost,
    derive_seconds,
    new_passphrase_slot,
    open_passphrase,
    passphrase_pair,
)
from casefile.vault.schema import Person
from casefile.vault.unlocking import emergency_erase
from casefile.vault.vault import Vault

REAL = "bench passphrase amber quartz lantern 7731"
DURESS = "bench duress violet tractor umbrellas harvest"
WRONG = "not the passphrase at all, typed in haste"
VAULT_ID = "3f2c1a9e-0000-4000-8000-000000000001"


def median_seconds(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def try_open(keyfile: KeyFile, passphrase: str) -> None:
    with contextlib.suppress(Exception):
        open_passphrase(keyfile, passphrase)


def derivations(keyfile: KeyFile, typed: str) -> int:
    """How many Argon2id derivations opening ``keyfile`` with ``typed`` runs (load-proof)."""
    real = keyfiles._derive
    count = 0

    def counting(*args: object) -> bytes:
        nonlocal count
        count += 1
        return real(*args)  # type: ignore[arg-type]

    keyfiles._derive = counting  # type: ignore[assignment]
    try:
        try_open(keyfile, typed)
    finally:
        keyfiles._derive = real  # type: ignore[assignment]
    return count


def key_files(runs: int) -> None:
    cost = calibrate_kdf_cost()
    print(
        f"Argon2id at the calibrated cost ({cost.memory_kib // 1024} MiB, t={cost.time_cost}, "
        f"p={cost.parallelism}): {median_seconds(lambda: derive_seconds(cost), runs):.3f} s"
    )
    key, decoy = os.urandom(32), os.urandom(32)
    single = KeyFile(VAULT_ID, (new_passphrase_slot(key, REAL, VAULT_ID, cost),))
    pair = KeyFile(VAULT_ID, passphrase_pair(key, REAL, VAULT_ID, cost))
    duress = with_duress(pair, key, REAL, DURESS, decoy, cost)
    print("opening the key file: seconds (Argon2id derivations)   passphrase / duress / wrong")
    cases = (("one slot (before)", single), ("pair", pair), ("pair with duress", duress))
    for name, keyfile in cases:
        cells = []
        for typed in (REAL, DURESS, WRONG):
            seconds = median_seconds(lambda k=keyfile, t=typed: try_open(k, t), runs)
            cells.append(f"{seconds:.3f} s ({derivations(keyfile, typed)})")
        print(f"  {name:<20} " + "  ".join(f"{c:>14}" for c in cells))


def make_vault(folder: Path) -> Path:
    created = Vault.create(folder / "bench", REAL, actor="bench")
    with created.vault as vault:
        with vault.write() as session:
            for n in range(42):
                session.add(Person(full_name=f"Person {n}"))
        vault.backup()
        vault.backup()
    return created.vault.paths.root


def vault_opens(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        template = make_vault(Path(tmp))
        with Vault.open(template, REAL) as vault:
            started = time.perf_counter()
            vault.set_duress(REAL, DURESS, enforce_strength=False)
            print(
                f"setting a duress passphrase (decoy built): {time.perf_counter() - started:.3f} s"
            )
        normal = median_seconds(lambda: Vault.open(template, REAL).close(), runs)
        print(f"Vault.open with the passphrase (duress set): {normal:.3f} s")
        durations = []
        for run in range(runs):
            copy = Path(tmp) / f"copy{run}.casefile"
            shutil.copytree(template, copy, ignore=shutil.ignore_patterns("vault.lock"))
            start = time.perf_counter()
            Vault.open(copy, DURESS).close()
            durations.append(time.perf_counter() - start)
        print(
            "Vault.open with the duress passphrase (erase, rewrite, open the decoy): "
            f"{statistics.median(durations):.3f} s"
        )
        erases = []
        for run in range(runs):
            copy = Path(tmp) / f"erase{run}.casefile"
            shutil.copytree(template, copy, ignore=shutil.ignore_patterns("vault.lock"))
            start = time.perf_counter()
            emergency_erase(copy)
            erases.append(time.perf_counter() - start)
        print(f"emergency_erase alone (vault and 2 backups): {statistics.median(erases):.4f} s")


def panic_in_app() -> None:
    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from casefile.ui.kit.dialogs import DialogService
    from casefile.ui.kit.settings import UiSettings
    from casefile.ui.start.controller import AppController

    class Yes(DialogService):
        def confirm(self, parent: QWidget | None, title: str, text: str, **_: object) -> bool:
            return True

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        root = make_vault(Path(tmp))
        settings = UiSettings(
            QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        )
        controller = AppController(
            dialogs=Yes(),
            settings=settings,
            default_path=root,
            demo_path=Path(tmp) / "demo.casefile",
            automatic_backups=False,
        )
        controller.start(root)
        dialog = controller.unlock_dialog
        assert dialog is not None
        loop = QEventLoop()
        controller.vault_opened.connect(loop.quit)
        dialog.passphrase.setText(REAL)
        dialog.try_unlock()
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()
        window = controller.main_window
        assert window is not None and controller.vault is not None
        window.activateWindow()
        app.processEvents()
        ended = QEventLoop()
        controller.finished.connect(ended.quit)
        start = time.perf_counter()
        QTest.keyClick(
            window,
            Qt.Key.Key_E,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        if controller.vault is not None:
            QTimer.singleShot(10_000, ended.quit)
            ended.exec()
        total = time.perf_counter() - start
        print(
            f"panic erase in the app: Ctrl+Shift+E to the session ended {total:.3f} s "
            f"(erasing and closing {controller.erase_seconds or 0:.3f} s)"
        )
        controller.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    key_files(args.runs)
    vault_opens(args.runs)
    panic_in_app()


if __name__ == "__main__":
    main()
