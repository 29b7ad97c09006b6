"""Starting the GUI: QApplication, style, translations, error hook, then the start flow.

Only Qt and light Casefile modules are imported before the first window is painted; SQLAlchemy,
SQLCipher and the services load afterwards (on a worker thread), so the unlock or welcome
window appears in well under a second.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from casefile.assets import resources_dir
from casefile.ui.i18n.language import normalise, set_language
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.errors import install_excepthook
from casefile.ui.kit.import_sources import stop_caching_imported_sources
from casefile.ui.kit.settings import UiSettings
from casefile.ui.start import on_demand, vault_stack
from casefile.ui.start.controller import AppController
from casefile.ui.start.relaunch import relaunch_locked, take_locked_start
from casefile.vault.paths import default_vault_path

if TYPE_CHECKING:
    from casefile.ui.start.smoke import DemoSmoke, SmokeDialogs

#: Start-up measurement (bench/launch_bench.py, tests/ui/test_ui_launch.py). Set to 1 to print
#: one line to stderr when the first window (the unlock dialog, or the welcome screen) paints:
#: ``casefile-startup: monotonic=T since_run=S cpu=C window=CLASS deferred_loaded=M,…|none``,
#: where T is time.monotonic() (comparable across processes on Linux and macOS), C the process's
#: CPU seconds so far, and M the modules of DEFERRED_MODULES already imported by then.
TIMING_ENV = "CASEFILE_REPORT_STARTUP"
#: Set to 1 to print that line and quit right after it (for measuring without a person).
EXIT_ENV = "CASEFILE_EXIT_AFTER_PROMPT"
#: Set to 1 for the packaged build's smoke test: it opens the demo vault and quits (smoke.py).
SMOKE_ENV = "CASEFILE_SMOKE_DEMO"
#: What the first window must not wait for: the vault stack, the services, the reports.
DEFERRED_MODULES = (
    "sqlalchemy",
    "sqlcipher3",
    "argon2",
    "cryptography",
    "reportlab",
    "pypdf",
    "casefile.vault.vault",
    "casefile.services",
    "casefile.reports",
)


class _FirstPaint(QObject):
    """Reports the first paint of a window (start-up time measurement)."""

    def __init__(self, started: float) -> None:
        super().__init__()
        self._started = started
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        painted = event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
        if not self.done and painted:
            assert isinstance(watched, QWidget)
            self.done = True
            now = time.monotonic()
            loaded = [name for name in DEFERRED_MODULES if name in sys.modules]
            sys.stderr.write(
                f"casefile-startup: monotonic={now:.6f} since_run={now - self._started:.6f} "
                f"cpu={time.process_time():.6f} window={type(watched.window()).__name__} "
                f"deferred_loaded={','.join(loaded) or 'none'}\n"
            )
            sys.stderr.flush()
            if os.environ.get(EXIT_ENV) == "1":
                QTimer.singleShot(0, QApplication.quit)
        return False


def _install_translators(language: str) -> None:
    """The stored interface language, or the computer's if none was chosen (ui/i18n)."""
    set_language(normalise(language))


def _smoke_test() -> tuple[type[SmokeDialogs], type[DemoSmoke]]:
    """The packaged build's smoke test (smoke.py): loaded only when it is asked for."""
    from casefile.ui.start.smoke import DemoSmoke, SmokeDialogs

    return SmokeDialogs, DemoSmoke


def _install_style() -> None:
    """Fusion with the bundled icons for Qt's standard ones (casefile/ui/kit/style.py)."""
    QApplication.setStyle(on_demand.application_style())


def run(argv: Sequence[str] | None = None, vault: Path | None = None) -> int:
    """Creates the application, shows the start flow and runs the event loop."""
    started = time.monotonic()
    stop_caching_imported_sources()  # before the vault stack and the pages are imported
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    assert isinstance(app, QApplication)
    app.setApplicationName("Casefile")
    app.setOrganizationName("Casefile")
    app.setApplicationDisplayName("Casefile")
    # The window icon, and the .desktop file's name for Wayland (packaging/linux).
    app.setDesktopFileName("org.casefile.Casefile")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "app" / "casefile.svg")))
    app.setStyle("Fusion")
    app.setQuitOnLastWindowClosed(False)  # windows hide and reappear while locking

    smoke = _smoke_test() if os.environ.get(SMOKE_ENV) == "1" else None
    dialogs = smoke[0]() if smoke is not None else DialogService()
    install_excepthook(dialogs)
    timing: _FirstPaint | None = None
    if os.environ.get(TIMING_ENV) == "1" or os.environ.get(EXIT_ENV) == "1":
        timing = _FirstPaint(started)
        app.installEventFilter(timing)

    settings = UiSettings.default()
    _install_translators(settings.language)
    default = default_vault_path()
    locked_vault, page = take_locked_start()
    controller = AppController(
        dialogs=dialogs,
        settings=settings,
        default_path=default,
        demo_path=default.parent / "demo" / "demo.casefile",
        # The smoke test drives one process from start to end.
        relaunch=None if smoke is not None else relaunch_locked,
    )
    controller.finished.connect(app.quit)
    controller.start(vault or locked_vault, page=page)
    demo_smoke = None
    if smoke is not None:  # a test of the packaged build (smoke.py)
        smoke_dialogs, demo_smoke_class = smoke
        assert isinstance(dialogs, smoke_dialogs)
        demo_smoke = demo_smoke_class(controller, dialogs)
        demo_smoke.start()
    QTimer.singleShot(0, _install_style)  # after the first window's paint, in practice
    if os.environ.get(EXIT_ENV) != "1":
        QTimer.singleShot(300, lambda: controller.runner.run(vault_stack.warm_up, lambda _r: None))
    code = app.exec()
    controller.shutdown()
    if demo_smoke is not None:
        return demo_smoke.finish(int(code))
    return int(code)
