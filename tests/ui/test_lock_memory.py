"""Lock leaves nothing to find (issue 15): the memory of the app, read through /proc/PID/mem,
holds the key, the passphrase and the names before the lock, and none of them after it.

Runs bench/lock_memory_scan.py, which drives the real app in a child process; the lock ends
that process and a fresh one shows the unlock screen (casefile/ui/start/relaunch.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.geteuid() != 0,
    reason="reads another process's memory: Linux, as root (the app is not dumpable)",
)
def test_after_lock_no_process_holds_the_key_the_passphrase_or_a_name() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "lock_memory_scan.py"), "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    before, after = result["before_lock"], result["after_lock"]
    # The scan finds what is there: the unlocked app holds them all.
    assert before["key_raw"] >= 1 and before["key_hex"] >= 1 and before["passphrase"] >= 1
    assert before["names_found"] == before["names"] == 42
    # After the lock: the process that held them is gone, and the one showing the unlock
    # screen never had them.
    assert result["old_process_gone"]
    assert after == {**after, "key_raw": 0, "key_hex": 0, "passphrase": 0, "name_hits": 0}
