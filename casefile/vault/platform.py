"""What differs between Windows, macOS and Linux, in one place: file flags and modes, the
vault's lock, and process hardening (no core dumps that could hold decrypted records or keys).

Every POSIX-only call of the package is here, each guarded, so the rest runs on Windows.
"""

from __future__ import annotations

import ctypes
import errno
import functools
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

# Decided once, at import: tests/test_portability.py imports this module as Windows would.
WINDOWS = sys.platform == "win32"
LINUX = sys.platform.startswith("linux")

#: Open flags for a new private file: no handle inherited by child processes (POSIX; Windows
#: handles are not inherited by default) and no newline translation (Windows).
CLOEXEC = getattr(os, "O_CLOEXEC", 0)
BINARY = getattr(os, "O_BINARY", 0)

#: Whether a file held open can be replaced by os.replace and still be written through its
#: descriptor (POSIX). Windows refuses to replace a file that is open.
REPLACED_FILE_STAYS_WRITABLE = not WINDOWS


def set_mode(fd: int, mode: int) -> None:
    """Sets exactly `mode` on an open file where the OS has modes (the umask may have
    changed the bits given to os.open); Windows has none to set."""
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode)


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries to disk, so a rename inside it survives a power cut."""
    if WINDOWS:
        # Windows cannot open a folder as a file; NTFS journals renames itself.
        return
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | CLOEXEC)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems (certain network and FUSE mounts) cannot sync folders at all;
        # there is nothing better to do there than what the file system already does.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


if sys.platform == "win32":  # spelled out for mypy, which checks each branch for its platform
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
    """RLIMIT_CORE=0 everywhere it exists, and PR_SET_DUMPABLE=0 on Linux.

    Windows has neither, and nothing to do: its error reporting keeps a full memory dump only
    where an administrator turned on LocalDumps (docs/install.md).
    """
    try:
        import resource
    except ImportError:  # Windows: no warning on every start
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        log.warning("could not disable core dumps (RLIMIT_CORE)")
    if LINUX:
        # The process's own symbols include libc's. ctypes.util.find_library would import
        # subprocess and friends and run ldconfig: tens of ms before the first window.
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            log.warning("could not set PR_SET_DUMPABLE=0")


_PR_GET_DUMPABLE = 3


def core_dumps_possible() -> bool:
    """Whether this process could still write a core dump (for checking worker processes)."""
    try:
        import resource
    except ImportError:  # Windows writes no core files
        return False
    if resource.getrlimit(resource.RLIMIT_CORE)[0] != 0:
        return True
    if LINUX:
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0))
    return False


@functools.cache
def malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim (hands the heap's free pages back); None elsewhere (macOS, Windows,
    musl), where the allocator's own policy applies."""
    if not LINUX:
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):  # musl has no malloc_trim
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


# glibc's mallopt parameter for the number of malloc arenas (malloc.h).
_M_ARENA_MAX = -8
#: Arenas the process may use: the GUI thread and the task runner's workers share them.
MALLOC_ARENAS = 2


def limit_malloc_arenas(arenas: int = MALLOC_ARENAS) -> bool:
    """Caps glibc's malloc arenas before any thread starts; False where not done (other
    systems, musl). Each worker thread otherwise gets an arena of its own, whose freed pieces
    malloc_trim cannot all hand back: with two, the process holding both lists at 10,000
    people was 3–5 MiB smaller and no slower (bench/README.md)."""
    if not LINUX:
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError, TypeError):  # musl has no mallopt
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_ARENA_MAX, arenas))


# -- Windows: sleep and screen-lock messages (read by ui/kit/session_signals.py) ---------------


class _MessageHead(ctypes.Structure):
    """The first fields of Windows' MSG (winuser.h): window, message id, wParam. The same
    layout as C on 32 and 64 bits (UINT is padded to the pointer-sized WPARAM)."""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wparam", ctypes.c_size_t),
    )


def read_windows_message(address: int) -> tuple[int, int]:
    """(message id, wParam) of the MSG at ``address``, as Qt's native event filter passes it
    for "windows_generic_MSG" (Qt owns the memory; it is only read, and only these fields)."""
    head = _MessageHead.from_address(address)
    return int(head.message), int(head.wparam)


#: WTSRegisterSessionNotification's flag: this session's changes only.
_NOTIFY_FOR_THIS_SESSION = 0

if sys.platform == "win32":  # spelled out for mypy: WinDLL exists only there

    def _wtsapi32() -> ctypes.WinDLL | None:
        try:
            return ctypes.WinDLL("wtsapi32")
        except OSError:
            return None

    def register_session_notifications(hwnd: int) -> bool:
        """Asks Windows to send WM_WTSSESSION_CHANGE (screen locked, session disconnected)
        to the window ``hwnd``; False when it refuses."""
        library = _wtsapi32()
        if library is None:
            return False
        register = library.WTSRegisterSessionNotification
        register.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
        register.restype = ctypes.c_int
        return bool(register(hwnd, _NOTIFY_FOR_THIS_SESSION))

    def unregister_session_notifications(hwnd: int) -> None:
        library = _wtsapi32()
        if library is not None:
            unregister = library.WTSUnRegisterSessionNotification
            unregister.argtypes = [ctypes.c_void_p]
            unregister.restype = ctypes.c_int
            unregister(hwnd)

else:

    def register_session_notifications(hwnd: int) -> bool:
        """Windows only: elsewhere there is nothing to register with."""
        return False

    def unregister_session_notifications(hwnd: int) -> None:
        return None
