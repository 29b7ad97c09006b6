"""Process hardening at start: no core dumps that could hold decrypted records or keys."""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

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
