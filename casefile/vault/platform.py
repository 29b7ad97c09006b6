"""What differs between Windows, macOS and Linux, in one place: file flags and modes, the
vault's lock, and process hardening (no core dumps that could hold decrypted records or keys).

Every POSIX-only call of the package is here, each guarded, so the rest runs on Windows.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys

log = logging.getLogger(__name__)

#: Open flags for a new private file: no handle inherited by child processes (POSIX; Windows
#: handles are not inherited by default) and no newline translation (Windows).
CLOEXEC = getattr(os, "O_CLOEXEC", 0)
BINARY = getattr(os, "O_BINARY", 0)


def set_mode(fd: int, mode: int) -> None:
    """Sets exactly `mode` on an open file where the OS has modes (the umask may have
    changed the bits given to os.open); Windows has none to set."""
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode)


if sys.platform == "win32":
    import msvcrt

    def lock_fd(fd: int) -> None:
        """An exclusive lock on the file's first byte; OSError if another process holds it."""
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def unlock_fd(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def lock_fd(fd: int) -> None:
        """An exclusive lock on the file; OSError if another process holds it."""
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


_PR_SET_DUMPABLE = 4


def disable_core_dumps() -> None:
    """RLIMIT_CORE=0 everywhere it exists, and PR_SET_DUMPABLE=0 on Linux."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        log.warning("could not disable core dumps (RLIMIT_CORE)")
    if sys.platform.startswith("linux"):
        # The process's own symbols include libc's. ctypes.util.find_library would import
        # subprocess and friends and run ldconfig: tens of ms before the first window.
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            log.warning("could not set PR_SET_DUMPABLE=0")


_PR_GET_DUMPABLE = 3


def core_dumps_possible() -> bool:
    """Whether this process could still write a core dump (for checking worker processes)."""
    import resource

    if resource.getrlimit(resource.RLIMIT_CORE)[0] != 0:
        return True
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0))
    return False
