"""Launch: `casefile` with no subcommand paints the unlock dialog before the vault stack loads.

Runs the real entry point (main.py, as the console script does) in a fresh process with its
start-up hook (casefile/ui/start/application.py, CASEFILE_EXIT_AFTER_PROMPT), which reports the
first window painted and which of the deferred modules were imported by then, and quits. No timing
here: bench/launch_bench.py measures the time.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from casefile.ui.start.application import DEFERRED_MODULES

ROOT = Path(__file__).resolve().parents[2]


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
        CASEFILE_EXIT_AFTER_PROMPT="1",
    )
    env.pop("CASEFILE_VAULT", None)
    return env


def _default_vault_path(env: dict[str, str]) -> Path:
    code = "from casefile.vault.paths import default_vault_path; print(default_vault_path())"
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return Path(done.stdout.strip())


def test_launch_paints_the_unlock_dialog_before_the_vault_stack_loads(
    template_vault: Path, tmp_path: Path
) -> None:
    env = _environment(tmp_path / "home")
    target = _default_vault_path(env)
    target.parent.mkdir(parents=True)
    shutil.copytree(template_vault, target, ignore=shutil.ignore_patterns("vault.lock"))

    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 0, done.stderr
    line = re.search(r"casefile-startup: .*window=(\S+) deferred_loaded=(\S+)", done.stderr)
    assert line is not None, done.stderr
    assert line[1] == "UnlockDialog"
    # sqlalchemy, SQLCipher, argon2, cryptography, reportlab, pypdf, the vault and services.
    assert {"sqlalchemy", "reportlab", "casefile.services"} <= set(DEFERRED_MODULES)
    assert line[2] == "none"


def test_launch_without_a_vault_paints_the_welcome_screen(tmp_path: Path) -> None:
    env = _environment(tmp_path / "home")
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 0, done.stderr
    line = re.search(r"casefile-startup: .*window=(\S+) deferred_loaded=(\S+)", done.stderr)
    assert line is not None, done.stderr
    assert (line[1], line[2]) == ("WelcomeWindow", "none")


def test_warm_up_imports_the_main_window_on_a_worker_thread_without_qt_complaints() -> None:
    # A fresh process: in this one the test session has imported the window already.
    code = (
        "import sys, threading\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from casefile.ui.start import vault_stack\n"
        "assert 'casefile.ui.shell.main_window' not in sys.modules\n"
        "worker = threading.Thread(target=vault_stack.warm_up)\n"
        "worker.start(); worker.join()\n"
        "print(sorted(m for m in ('casefile.ui.shell.main_window', 'casefile.vault.vault',\n"
        "    'casefile.services.lists.listing') if m in sys.modules))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(
        ["casefile.services.lists.listing", "casefile.ui.shell.main_window", "casefile.vault.vault"]
    )
    # Widgets or pixmaps made off the GUI thread would warn here.
    assert "thread" not in done.stderr.lower(), done.stderr
