"""A hidden start-up switch that tests a packaged build without a person at the keyboard.

With CASEFILE_SMOKE_DEMO=1 the app does what a first-time user does with the demo: "Explore
the demo" on the welcome screen (the demo vault is built first if it is not there), Unlock
with the demo's passphrase, which the unlock dialog fills in itself, wait until the main
window has loaded its pages, then close the window. It prints one `casefile-smoke:` line per
step to stderr, and the exit status is 1 if a step failed, an error was shown, or it took
longer than TIMEOUT_MS. Messages go to stderr instead of modal boxes, and every question is
answered no.

It opens nothing but the demo vault, with the passphrase the README prints: it cannot open
a real vault. Used by tests/frozen (the frozen build) and tests/test_packaging.py (from source).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from casefile.ui.kit.dialogs import DialogService

if TYPE_CHECKING:
    from casefile.ui.start.controller import AppController

ENV = "CASEFILE_SMOKE_DEMO"  # application.SMOKE_ENV
TIMEOUT_MS = 180_000
#: The runner must stay idle this long before the window counts as loaded.
SETTLE_MS = 500


def enabled() -> bool:
    return os.environ.get(ENV) == "1"


def say(text: str) -> None:
    sys.stderr.write(f"casefile-smoke: {text}\n")
    sys.stderr.flush()


class SmokeDialogs(DialogService):
    """Prints what would be shown and answers every question no; an error fails the run."""

    def __init__(self) -> None:
        self.errors = 0

    def confirm(self, parent: QWidget | None, title: str, text: str, **_: object) -> bool:
        say(f"question answered no: {title}")
        return False

    def ask_unsaved_changes(self, parent: QWidget | None, text: str) -> str:
        return "discard"

    def choose_folder(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        return None

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        say(f"message: {title}")

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors += 1
        say(f"error shown: {title}: {' '.join(text.split())}")

    def ask_text(self, *args: object, **kwargs: object) -> str | None:
        return None


class DemoSmoke(QObject):
    """Drives the controller through the demo: explore, unlock, load, close."""

    def __init__(self, controller: AppController, dialogs: SmokeDialogs) -> None:
        super().__init__(controller)
        self._controller = controller
        self._dialogs = dialogs
        self._failed = False
        self._loaded = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._on_settle_timeout)
        controller.vault_opened.connect(self._on_controller_vault_opened)
        controller.runner.busy_changed.connect(self._on_runner_busy_changed)

    def start(self) -> None:
        """Call after controller.start(): the welcome screen must be showing."""
        QTimer.singleShot(TIMEOUT_MS, self._on_timeout)
        welcome = self._controller.welcome
        if welcome is None or not welcome.isVisible():
            self._fail("the welcome screen is not showing (is there a vault at the default place?)")
            return
        say("welcome screen shown; exploring the demo")
        welcome.demo_requested.emit()
        self._unlock_when_asked()

    def _unlock_when_asked(self) -> None:
        dialog = self._controller.unlock_dialog
        if dialog is None or not dialog.isVisible() or not dialog.passphrase.text():
            QTimer.singleShot(100, self._unlock_when_asked)  # the demo vault is being built
            return
        say(f"unlocking {dialog.path.name}")
        dialog.try_unlock()

    def _on_controller_vault_opened(self) -> None:
        say("vault opened; main window shown")
        self._settle.start()

    def _on_runner_busy_changed(self, busy: bool) -> None:
        if busy:
            self._settle.stop()
        elif self._controller.vault is not None and not self._loaded:
            self._settle.start()

    def _on_settle_timeout(self) -> None:
        window = self._controller.main_window
        if self._controller.runner.busy or window is None or self._loaded:
            return
        self._loaded = True
        say(f"main window loaded ({window.windowTitle()}); closing it")
        window.close()

    def _on_timeout(self) -> None:
        self._fail(f"not done after {TIMEOUT_MS // 1000} s")
        QApplication.exit(1)

    def _fail(self, why: str) -> None:
        self._failed = True
        say(f"failed: {why}")
        QTimer.singleShot(0, lambda: QApplication.exit(1))

    def finish(self, code: int) -> int:
        """The exit status, after the event loop ended and the controller shut down."""
        ok = code == 0 and not self._failed and self._loaded and self._dialogs.errors == 0
        errors = self._dialogs.errors
        say("closed cleanly" if ok else f"failed (exit {code}, errors shown {errors})")
        return 0 if ok else 1
