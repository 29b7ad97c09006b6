"""Other processes: a second opener is refused, kill -9 loses no commit, no core dumps."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from casefile.vault.schema import Person
from casefile.vault.vault import Vault

PASSPHRASE = "correct horse battery staple for tests only"
PROJECT = Path(__file__).resolve().parents[2]
IN_USE_EXIT = 42

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX processes and signals")


def child_env(vault_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(PROJECT), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    env["CASEFILE_TEST_VAULT"] = str(vault_path)
    env["CASEFILE_TEST_PASSPHRASE"] = PASSPHRASE
    env["PYTHONUNBUFFERED"] = "1"
    return env


def snapshot(folder: Path) -> dict[str, str]:
    digests: dict[str, str] = {}
    for file in sorted(folder.rglob("*")):
        if file.is_file():
            digests[file.relative_to(folder).as_posix()] = hashlib.sha256(
                file.read_bytes()
            ).hexdigest()
    return digests


SECOND_OPENER = f"""
import os, sys
from pathlib import Path
from casefile.errors import VaultInUseError
from casefile.vault.vault import Vault

try:
    vault = Vault.open(
        Path(os.environ["CASEFILE_TEST_VAULT"]), os.environ["CASEFILE_TEST_PASSPHRASE"]
    )
except VaultInUseError as error:
    print(error)
    sys.exit({IN_USE_EXIT})
vault.close()
print("opened")
"""


def test_second_process_is_refused_while_the_vault_is_open(vault_path: Path) -> None:
    holder = Vault.open(vault_path, PASSPHRASE)
    try:
        with holder.write() as session:
            session.add(Person(full_name="Held open"))
        before = snapshot(vault_path)
        child = subprocess.run(
            [sys.executable, "-c", SECOND_OPENER],
            env=child_env(vault_path),
            capture_output=True,
            text=True,
            timeout=60,
        )
        # The exit code is only given after catching VaultInUseError (an import error or any
        # other failure exits with 1).
        assert child.returncode == IN_USE_EXIT, child.stderr
        assert "open in another window or process" in child.stdout
        assert snapshot(vault_path) == before
        with holder.read() as session:  # the holder is undisturbed
            assert session.query(Person).filter_by(full_name="Held open").count() == 1
    finally:
        holder.close()


WRITER = """
import os
from pathlib import Path
from casefile.vault.schema import Person
from casefile.vault.vault import Vault

vault = Vault.open(
    Path(os.environ["CASEFILE_TEST_VAULT"]), os.environ["CASEFILE_TEST_PASSPHRASE"], actor="child"
)
print("open", flush=True)
i = 0
while True:
    with vault.write() as session:
        # Rows of a few KiB, so that commits span several pages of the WAL.
        session.add(Person(full_name=f"kill-test {i}", notes=f"note {i} " * (200 + i % 500)))
    print(f"committed {i}", flush=True)
    i += 1
"""


def test_kill_9_loses_no_reported_commit(vault_path: Path) -> None:
    kill_after = random.randint(15, 45)
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER],
        env=child_env(vault_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    reported: set[int] = set()
    deadline = time.monotonic() + 60
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "open", child.stderr and child.stderr.read()
        while len(reported) < kill_after:
            line = child.stdout.readline()
            assert line, f"the writer died early: {child.stderr and child.stderr.read()}"
            assert time.monotonic() < deadline, "the writer is too slow"
            reported.add(int(line.removeprefix("committed ")))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        # Lines it printed before it died were reported too.
        for line in child.stdout.read().splitlines():
            if line.startswith("committed "):
                reported.add(int(line.removeprefix("committed ")))
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL

    vault = Vault.open(vault_path, PASSPHRASE)  # the OS dropped the dead process's lock
    try:
        with vault.read() as session:
            names = session.scalars(
                select(Person.full_name).where(Person.full_name.like("kill-test %"))
            ).all()
        present = {int(name.removeprefix("kill-test ")) for name in names}
        missing = reported - present
        assert not missing, f"killed after {kill_after}: reported but lost {sorted(missing)}"
        # Commits are atomic and in order: no gaps, at most the one in flight beyond the report.
        assert present == set(range(len(present)))
        assert len(present) - len(reported) in (0, 1)
        report = vault.check()
        assert report.ok, report.describe()
        with vault.write() as session:  # and it takes writes again
            session.add(Person(full_name="after the crash"))
    finally:
        vault.close()


HARDENING = """
import ctypes, json, resource
from casefile.vault import platform as hardening

libc = ctypes.CDLL(None, use_errno=True)
PR_GET_DUMPABLE = 3


def state():
    return {
        "core": resource.getrlimit(resource.RLIMIT_CORE),
        "dumpable": libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0),
    }


before = state()
hardening.disable_core_dumps()
print(json.dumps({"before": before, "after": state()}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux only")
def test_core_dumps_are_disabled(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", HARDENING],
        env=child_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    states = json.loads(result.stdout)
    assert states["before"]["dumpable"] == 1  # control: an ordinary process is dumpable
    assert states["after"]["core"] == [0, 0]
    assert states["after"]["dumpable"] == 0
