"""Casefile runs on Windows: its main flows in a simulated Windows process, and a lint that
keeps every POSIX-only call in casefile/vault/platform.py.

The simulation (tests/simulated_windows.py) runs in its own process, so that the platform
module decides its branches at import as it would on Windows, and the lookaside pool's
set-up sees a driver without symbols the first time it is asked.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casefile.vault.lookaside import enlarge_pool_of

ROOT = Path(__file__).resolve().parent.parent
PLATFORM_MODULE = ROOT / "casefile" / "vault" / "platform.py"
#: Where the lint looks: the package and the entry scripts that ship with it.
SCANNED = [
    *sorted((ROOT / "casefile").rglob("*.py")),
    ROOT / "main.py",
    ROOT / "packaging/entry.py",
]

#: Modules Windows does not have (or, for msvcrt and winreg, only Windows has).
PLATFORM_MODULES = frozenset(
    {"fcntl", "resource", "termios", "tty", "pty", "pwd", "grp", "posix", "syslog", "msvcrt"}
    | {"winreg", "_winapi"}
)
#: Names of `os` that Windows lacks, or whose use on folders it refuses (O_DIRECTORY: fsync a
#: folder).
POSIX_OS_NAMES = frozenset(
    {"O_CLOEXEC", "O_DIRECTORY", "O_NOFOLLOW", "O_NOCTTY", "O_NONBLOCK", "O_SYNC", "O_DSYNC"}
    | {"O_BINARY", "fchmod", "fchown", "chown", "lchown", "lchmod", "getuid", "geteuid"}
    | {"getgid", "getegid", "setuid", "fork", "forkpty", "setsid", "killpg", "getpgid", "sync"}
    | {"statvfs", "fstatvfs", "uname", "getloadavg", "sched_getaffinity", "mkfifo", "mknod"}
    | {"pipe2", "posix_fadvise", "posix_fallocate", "fdatasync", "nice", "sysconf", "lockf"}
    | {"pread", "pwrite", "openpty", "wait3", "wait4", "WNOHANG", "memfd_create", "chroot"}
)
#: Signals Windows has; every other signal.SIG… name is POSIX-only.
WINDOWS_SIGNALS = frozenset(
    {"SIGINT", "SIGTERM", "SIGABRT", "SIGFPE", "SIGILL", "SIGSEGV", "SIGBREAK", "SIG_DFL"}
    | {"SIG_IGN"}
)
POSIX_SIGNAL_FUNCTIONS = frozenset(
    {"alarm", "pause", "setitimer", "getitimer", "pthread_kill", "pthread_sigmask", "sigwait"}
    | {"siginterrupt", "sigpending"}
)
#: C functions reached through ctypes that only some systems have.
POSIX_C_FUNCTIONS = frozenset({"prctl", "malloc_trim", "mlock", "munlock", "madvise", "mallopt"})


def posix_only_uses(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, what) for each POSIX-only name the module uses."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [
                (node.lineno, f"import {a.name}")
                for a in node.names
                if a.name.split(".")[0] in PLATFORM_MODULES
            ]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.split(".")[0] in PLATFORM_MODULES:
                found.append((node.lineno, f"from {node.module} import …"))
            elif node.module in ("os", "signal"):
                found += [
                    (node.lineno, f"from {node.module} import {a.name}")
                    for a in node.names
                    if a.name in POSIX_OS_NAMES or _posix_signal(a.name)
                ]
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            owner, name = node.value.id, node.attr
            if (owner == "os" and name in POSIX_OS_NAMES) or (
                owner == "signal" and _posix_signal(name)
            ):
                found.append((node.lineno, f"{owner}.{name}"))
            elif name in POSIX_C_FUNCTIONS:
                found.append((node.lineno, f"{owner}.{name} (C function)"))
        elif isinstance(node, ast.Call):
            found += _getattr_use(node) + _process_symbols(node)
    return found


def _posix_signal(name: str) -> bool:
    if name in POSIX_SIGNAL_FUNCTIONS:
        return True
    return name.startswith("SIG") and name not in WINDOWS_SIGNALS


def _getattr_use(node: ast.Call) -> list[tuple[int, str]]:
    """getattr(os, "O_DIRECTORY", 0) and hasattr(os, "fchmod") count too."""
    func = node.func
    if not (isinstance(func, ast.Name) and func.id in ("getattr", "hasattr")):
        return []
    if len(node.args) < 2 or not isinstance(node.args[0], ast.Name):
        return []
    owner, name = node.args[0], node.args[1]
    if not (isinstance(name, ast.Constant) and isinstance(name.value, str)):
        return []
    if (owner.id == "os" and name.value in POSIX_OS_NAMES) or (
        owner.id == "signal" and _posix_signal(name.value)
    ):
        return [(node.lineno, f"{func.id}({owner.id}, {name.value!r})")]
    return []


def _process_symbols(node: ast.Call) -> list[tuple[int, str]]:
    """ctypes.CDLL(None): the process's own symbols (dlopen(NULL)), which Windows refuses."""
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    first = node.args[0] if node.args else None
    if name in ("CDLL", "PyDLL") and isinstance(first, ast.Constant) and first.value is None:
        return [(node.lineno, f"{name}(None)")]
    return []


def test_posix_only_names_appear_only_in_the_platform_module() -> None:
    offenders = []
    for path in SCANNED:
        if path == PLATFORM_MODULE:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        offenders += [
            f"{path.relative_to(ROOT)}:{line}: {what}" for line, what in posix_only_uses(tree)
        ]
    assert offenders == [], "move these into casefile/vault/platform.py:\n" + "\n".join(offenders)


def test_the_platform_module_itself_uses_them() -> None:
    """The lint finds what it looks for (else it would pass by seeing nothing)."""
    tree = ast.parse(PLATFORM_MODULE.read_text(encoding="utf-8"))
    seen = {what for _line, what in posix_only_uses(tree)}
    for expected in (
        "import fcntl",
        "import resource",
        "import msvcrt",
        "getattr(os, 'O_CLOEXEC')",
        "getattr(os, 'O_DIRECTORY')",
        "hasattr(os, 'fchmod')",
        "os.fchmod",
        "CDLL(None)",
    ):
        assert expected in seen, expected
    assert any("prctl" in what for what in seen)


@pytest.mark.parametrize(
    ("source", "what"),
    [
        ("import os\nfd = os.open('x', os.O_WRONLY | os.O_CLOEXEC)", "os.O_CLOEXEC"),
        ("import fcntl", "import fcntl"),
        ("from resource import setrlimit", "from resource import …"),
        ("import signal\nsignal.signal(signal.SIGHUP, print)", "signal.SIGHUP"),
        ("import signal\nsignal.alarm(3)", "signal.alarm"),
        ("import os\nflags = getattr(os, 'O_DIRECTORY', 0)", "getattr(os, 'O_DIRECTORY')"),
        ("import ctypes\nctypes.CDLL(None).prctl(4, 0)", "CDLL(None)"),
        ("import os\nos.fsync(os.open('.', os.O_RDONLY | os.O_DIRECTORY))", "os.O_DIRECTORY"),
    ],
)
def test_the_lint_catches(source: str, what: str) -> None:
    assert what in {found for _line, found in posix_only_uses(ast.parse(source))}


def test_the_lint_lets_portable_code_pass() -> None:
    source = (
        "import os, signal\n"
        "fd = os.open('x', os.O_WRONLY | os.O_CREAT)\n"
        "os.fsync(fd)\n"
        "signal.signal(signal.SIGINT, signal.SIG_DFL)\n"
    )
    assert posix_only_uses(ast.parse(source)) == []


# -- the flows on a simulated Windows ---------------------------------------------------------


def test_main_cli_flows_on_a_simulated_windows(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEFILE_")}
    env["PYTHONPATH"] = str(ROOT)
    env["HOME"] = str(tmp_path / "home")
    done = subprocess.run(
        [sys.executable, "-m", "tests.simulated_windows", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    # The simulation took hold: Windows branches, no O_CLOEXEC or fchmod, no driver symbols.
    assert results["platform_windows"] is True
    assert (results["cloexec"], results["has_fchmod"]) == (0, False)
    assert results["lookaside_enlarged"] is False
    # Without the pool, memory security is off (8 times slower bulk writes; README).
    assert results["memory_security"] == 0
    assert results["locking_calls"] > 0  # the vault lock went through msvcrt.locking
    for flow in ("init", "demo", "report", "export", "backup", "passwd", "info_new_passphrase"):
        assert results[flow]["code"] == 0, (flow, results[flow]["err"])
    # Nothing on stderr but what the commands say on purpose (no warning at every start).
    assert results["init"]["err"] == ""
    assert results["info_while_open"]["code"] == 6  # refused by the Windows lock
    assert results["ics_hearings"] > 0 and results["ics_starts"] == "BEGIN:VCALENDAR"
    assert results["exported_attachments"] == ["scan.pdf"]
    assert (tmp_path / "wgad.pdf").read_bytes().startswith(b"%PDF")
    assert list((tmp_path / "demo.casefile" / "backups").iterdir())


def test_no_lookaside_pool_where_the_driver_exports_no_symbols() -> None:
    assert enlarge_pool_of(None) is False
