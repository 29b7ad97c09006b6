"""The main command-line flows in a process that looks like Windows to Casefile.

    python -m tests.simulated_windows WORK_FOLDER     (run by tests/test_portability.py)

Before Casefile is imported, this process loses what Windows does not have: the POSIX-only
names of `os` (O_CLOEXEC, O_DIRECTORY, fchmod, fchown, getuid…), and the `fcntl` and `resource`
modules. `casefile.vault.platform` is imported with sys.platform = "win32", so it takes its
Windows branches: the vault's lock through `msvcrt.locking` (here a stand-in with the same
per-handle semantics, built on flock), no folder fsync, no prctl. The SQLite driver exports
no symbols, as on Windows (only PyInit__sqlite3): `lookaside.sqlite_library()` is None.

Only `platform` sees sys.platform = "win32": the rest of the standard library (pathlib,
subprocess) would take Windows branches that cannot run on Linux. Prints one JSON object.
"""

from __future__ import annotations

import os
import sys
import types
from pathlib import Path

#: What `os` lacks on Windows, among what Casefile or its libraries might reach for.
POSIX_ONLY_OS = (
    "O_CLOEXEC",
    "O_DIRECTORY",
    "O_NOFOLLOW",
    "O_NOCTTY",
    "O_NONBLOCK",
    "O_SYNC",
    "O_DSYNC",
    "fchmod",
    "fchown",
    "chown",
    "lchown",
    "getuid",
    "geteuid",
    "getgid",
    "getegid",
    "fork",
    "setsid",
    "killpg",
    "sync",
    "statvfs",
    "fstatvfs",
    "getloadavg",
    "sched_getaffinity",
    "mkfifo",
    "pipe2",
    "posix_fadvise",
    "posix_fallocate",
    "fdatasync",
)
PASSPHRASE = "correct horse battery staple for tests only"
NEW_PASSPHRASE = "seven amber lanterns drift over quiet harbours"
locking_calls: list[int] = []


def fake_msvcrt() -> types.ModuleType:
    """msvcrt.locking's contract: an exclusive lock per handle, OSError when it is taken."""
    import fcntl

    flock = fcntl.flock
    module = types.ModuleType("msvcrt")
    module.LK_UNLCK = 0  # type: ignore[attr-defined]
    module.LK_NBLCK = 2  # type: ignore[attr-defined]

    def locking(fd: int, mode: int, nbytes: int) -> None:
        locking_calls.append(mode)
        if mode == 0:
            flock(fd, fcntl.LOCK_UN)
            return
        try:
            flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PermissionError(13, "Permission denied") from None

    module.locking = locking  # type: ignore[attr-defined]
    return module


def install() -> None:
    """Makes this process look like Windows to Casefile (see the module docstring)."""
    msvcrt = fake_msvcrt()
    # Libraries that choose their own Linux or Windows code at import (platformdirs picks its
    # Unix class by sys.platform, which then needs os.getuid) load first: the simulation is of
    # Casefile's code, and of what its libraries do on Linux when called from it.
    import platformdirs  # noqa: F401

    for name in POSIX_ONLY_OS:
        if hasattr(os, name):
            delattr(os, name)
    for name in ("fcntl", "resource", "termios"):
        sys.modules[name] = None  # type: ignore[assignment]  # import raises ImportError
    import casefile.vault  # the package itself, before the platform flips

    # Only while platform is imported: the standard library takes a present msvcrt for
    # Windows too (subprocess would import _winapi).
    real = sys.platform
    sys.platform = "win32"
    sys.modules["msvcrt"] = msvcrt
    try:
        import casefile.vault.platform  # noqa: F401 - decides its branches now
    finally:
        sys.platform = real
        del sys.modules["msvcrt"]
    import casefile.vault.lookaside as lookaside

    lookaside.sqlite_library = lambda: None  # type: ignore[assignment]


def main(work: Path) -> dict[str, object]:
    install()
    import io
    import json
    from contextlib import redirect_stderr, redirect_stdout
    from datetime import date

    import casefile.vault.keyfile as keyfile
    from casefile.cli.main import main as casefile
    from casefile.demo.build import DEMO_PASSPHRASE
    from casefile.services.open_formats.file_exports import export_agenda
    from casefile.services.records.attachments import add_attachment
    from casefile.vault import lookaside, platform
    from casefile.vault.vault import Vault

    # The test suite's key-derivation cost (production code calibrates to ~0.7 s).
    fast = keyfile.KdfCost(memory_kib=8, time_cost=1, parallelism=1)
    keyfile.calibrate_kdf_cost = lambda *a, **k: fast  # type: ignore[assignment]
    results: dict[str, object] = {
        "platform_windows": platform.WINDOWS,
        "cloexec": platform.CLOEXEC,
        "has_fchmod": hasattr(os, "fchmod"),
    }

    def run(name: str, *argv: str, **env: str) -> None:
        for variable in ("CASEFILE_PASSPHRASE", "CASEFILE_NEW_PASSPHRASE", "CASEFILE_VAULT"):
            os.environ.pop(variable, None)
        os.environ.update(env)
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = casefile(list(argv))
        results[name] = {"code": code, "out": out.getvalue()[-2000:], "err": err.getvalue()}

    demo = work / "demo.casefile"
    run("init", "init", str(work / "office"), CASEFILE_NEW_PASSPHRASE=PASSPHRASE)
    run("demo", "demo", str(work / "demo"))
    opened = {"CASEFILE_PASSPHRASE": DEMO_PASSPHRASE, "CASEFILE_VAULT": str(demo)}
    with Vault.open(demo, DEMO_PASSPHRASE) as vault:
        from casefile.services.lists.listing import list_people

        person = list_people(vault)[0].id
        add_attachment(
            vault, "persons", person, "Scan", io.BytesIO(b"%PDF-1.4 scan\n" * 100), "scan.pdf"
        )
        results["lookaside_enlarged"] = lookaside.enlarge_default_pool()
        results["memory_security"] = memory_security_setting()
        # The lock is the Windows one: a second opener is refused while this one holds it.
        run("info_while_open", "info", **opened)
        results["ics_hearings"] = export_agenda(
            vault, work / "agenda.ics", date(2000, 1, 1), date(2100, 1, 1), with_names=False
        )
    results["ics_starts"] = (work / "agenda.ics").read_bytes()[:15].decode()
    run(
        "report",
        "report",
        person,
        "--template",
        "wgad",
        "--override-consent",
        "simulated Windows test",
        "-o",
        str(work / "wgad.pdf"),
        **opened,
    )
    run("export", "export", "json", str(work / "export"), "--attachments", **opened)
    results["exported_attachments"] = sorted(
        p.name for p in (work / "export" / "attachments").rglob("*") if p.is_file()
    )
    run("backup", "backup", **opened)
    run("passwd", "passwd", **opened, CASEFILE_NEW_PASSPHRASE=NEW_PASSPHRASE)
    run("info_new_passphrase", "info", CASEFILE_PASSPHRASE=NEW_PASSPHRASE, CASEFILE_VAULT=str(demo))
    results["locking_calls"] = len(locking_calls)
    print(json.dumps(results))
    return results


def memory_security_setting() -> int:
    """SQLCipher's process-wide memory security as it is now (1 on, 0 off)."""
    from casefile.vault.engine import driver

    conn = driver().connect(":memory:")
    try:
        return int(conn.execute("PRAGMA cipher_memory_security").fetchone()[0])
    finally:
        conn.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
