"""Launch benchmark: from starting the `casefile` process to its unlock dialog painted.

    .venv/bin/python bench/launch_bench.py
    .venv/bin/python bench/launch_bench.py --runs 20
    QT_QPA_PLATFORM=xcb DISPLAY=:99 .venv/bin/python bench/launch_bench.py   # under Xvfb
    .venv/bin/python bench/launch_bench.py --executable dist/Casefile/Casefile   # frozen build

Target (issue 3): launch to passphrase prompt <= 0.5 s. Each run starts `python main.py` (what
the `casefile` command does with no subcommand) with a throw-away home folder holding one vault
at the default place, so the app shows the unlock dialog. The app is asked, through
CASEFILE_EXIT_AFTER_PROMPT=1 (casefile/ui/start/application.py), to print time.monotonic() when its
first window paints and to quit; the figure is that time minus time.monotonic() just before
the process was started. The platform is the caller's QT_QPA_PLATFORM (offscreen if unset).
Figures only, never assertions: they depend on the machine and its load (printed too).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from casefile.vault.keyfile import KdfCost

ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 0.5
#: Thrown-away vault: the cheapest key derivation is fine (the prompt comes before any KDF).
THROWAWAY_KDF = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
LINE = re.compile(
    r"casefile-startup: monotonic=(?P<t>[\d.]+) since_run=(?P<run>[\d.]+) cpu=(?P<cpu>[\d.]+) "
    r"window=(?P<window>\S+) deferred_loaded=(?P<loaded>\S+)"
)


def isolated_env(home: Path, bytecode_cache: bool = True) -> dict[str, str]:
    """The caller's environment with a throw-away home, settings and data folder."""
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        CASEFILE_EXIT_AFTER_PROMPT="1",
        # Compiled modules kept between runs, as an installed copy has them (pip compiles at
        # install), in the throw-away folder rather than the checkout.
        PYTHONPYCACHEPREFIX=str(home / "pycache"),
    )
    if bytecode_cache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    else:  # every module compiled from source at each launch (a read-only or unusual setup)
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def make_vault(env: dict[str, str]) -> Path:
    """A vault at the default place for that environment (found the way the app finds it)."""
    code = (
        "import sys; from casefile.vault.paths import default_vault_path; "
        "print(default_vault_path())"
    )
    where = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    path = Path(where.stdout.strip())
    path.parent.mkdir(parents=True, exist_ok=True)
    from casefile.vault.vault import Vault

    created = Vault.create(
        path, "launch bench throw-away passphrase", actor="bench", kdf_cost=THROWAWAY_KDF
    )
    created.vault.close()
    return path


@dataclass(frozen=True)
class Launch:
    """One launch, in seconds: from process start and from run() to the first paint."""

    total: float
    in_run: float
    cpu: float
    window: str
    loaded: str


def launch(env: dict[str, str], checkout: Path = ROOT, executable: Path | None = None) -> Launch:
    """Starts the app once (the checkout's main.py, or a frozen build's executable) and reads
    its start-up line."""
    command = [str(executable)] if executable else [sys.executable, str(checkout / "main.py")]
    before = time.monotonic()
    done = subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=checkout,
    )
    match = LINE.search(done.stderr)
    if match is None:
        raise SystemExit(f"no start-up line (exit {done.returncode}):\n{done.stderr}")
    return Launch(
        total=float(match["t"]) - before,
        in_run=float(match["run"]),
        cpu=float(match["cpu"]),
        window=match["window"],
        loaded=match["loaded"],
    )


def process_floor(env: dict[str, str], code: str, runs: int) -> float:
    """Median wall time of `python -c code` (what no app can go below)."""
    times = []
    for _ in range(runs):
        before = time.monotonic()
        subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
        times.append(time.monotonic() - before)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="launches to time (default 10)")
    parser.add_argument(
        "--checkout",
        type=Path,
        default=ROOT,
        help="run another checkout's main.py, e.g. a git worktree of an earlier commit (it needs "
        "the start-up line of casefile/ui/start/application.py)",
    )
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="compile Casefile's modules from source at each launch (PYTHONDONTWRITEBYTECODE=1)",
    )
    parser.add_argument(
        "--executable",
        type=Path,
        help="time a frozen build's window executable instead (make dist: dist/Casefile/Casefile)",
    )
    args = parser.parse_args()
    exe = args.executable.resolve() if args.executable else None
    with tempfile.TemporaryDirectory(prefix="casefile-launch-") as folder:
        env = isolated_env(Path(folder), bytecode_cache=not args.no_bytecode_cache)
        make_vault(env)
        print(
            f"{exe or args.checkout}: platform {env['QT_QPA_PLATFORM']}, {os.cpu_count()} CPUs, "
            f"load average {os.getloadavg()[0]:.2f}, Python {sys.version.split()[0]}"
        )
        first = launch(env, args.checkout, exe)  # fills the file cache; reported apart
        results = [launch(env, args.checkout, exe) for _ in range(args.runs)]
        totals = [r.total for r in results]
        median = statistics.median(totals)
        verdict = "met" if median <= TARGET_S else "missed"
        print(f"first launch (cold file cache): {first.total * 1000:.0f} ms")
        print(
            f"launch to prompt over {args.runs} runs: median {median * 1000:.0f} ms, "
            f"min {min(totals) * 1000:.0f} ms, max {max(totals) * 1000:.0f} ms "
            f"(target <= {TARGET_S * 1000:.0f} ms: {verdict})"
        )
        print(
            f"  CPU time by then: median {statistics.median(r.cpu for r in results) * 1000:.0f} ms "
            f"(less sensitive to the machine's load than the wall time)"
        )
        print(
            f"  of which after QApplication setup began (run()): "
            f"median {statistics.median(r.in_run for r in results) * 1000:.0f} ms"
        )
        print(f"  window painted first: {', '.join(sorted({r.window for r in results}))}")
        print(
            "  deferred modules loaded by then: " + ", ".join(sorted({r.loaded for r in results}))
        )
        floor_python = process_floor(env, "pass", 5)
        floor_qt = process_floor(env, "import PySide6.QtWidgets", 5)
        print(
            f"floors: python -c pass {floor_python * 1000:.0f} ms, "
            f"import PySide6.QtWidgets {floor_qt * 1000:.0f} ms (process start to exit)"
        )
        print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
