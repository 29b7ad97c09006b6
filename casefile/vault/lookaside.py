"""A larger default SQLite lookaside pool, so memory security costs fewer system calls.

With ``cipher_memory_security = ON`` SQLCipher's allocator ``mlock``s every ``sqlite3_malloc``
and wipes and ``munlock``s every free. SQLite serves most small per-connection allocations
from the connection's lookaside pool instead; the build default (123 slots) is full as soon as
the driver's statement cache holds a few dozen statements (figures in ``bench/README.md``).

The driver does not expose ``sqlite3_db_config``, so the process-wide default is set through
SQLite's public C API (``sqlite3_shutdown``, ``sqlite3_config(SQLITE_CONFIG_LOOKASIDE)``,
``sqlite3_initialize``), once, before the process's first connection. Where the driver's
module exports no SQLite symbols (the Windows build), nothing is changed and only speed differs.
"""

from __future__ import annotations

import ctypes
import functools
import logging

log = logging.getLogger(__name__)

SQLITE_OK = 0
SQLITE_CONFIG_LOOKASIDE = 13

# 2 MiB per connection: 4,096-byte slots hold a cursor; 512 of them left room over the most
# in use at once (bench/README.md).
SLOT_SIZE = 4096
SLOT_COUNT = 512


@functools.cache
def sqlite_library() -> ctypes.CDLL | None:
    """The driver's copy of SQLite (SQLCipher) for calls the driver does not expose, if it
    exports them (its module is already loaded: this is the same copy, not a second one)."""
    from sqlcipher3 import _sqlite3

    lib = ctypes.CDLL(_sqlite3.__file__)
    try:
        lib.sqlite3_config.restype = ctypes.c_int
        lib.sqlite3_memory_used.restype = ctypes.c_int64
    except AttributeError:
        return None
    return lib


@functools.cache
def enlarge_default_pool() -> bool:
    """Gives every later connection of this process the larger pool; False where not possible.

    Must run before the first connection is opened (sqlite3_shutdown requires none open); the
    vault's engine module calls it before it first hands out the driver.
    """
    return enlarge_pool_of(sqlite_library())


def enlarge_pool_of(lib: ctypes.CDLL | None) -> bool:
    """Sets the default pool in this copy of SQLite; False (and a log line) if it cannot."""
    if lib is None:
        log.info("lookaside left at the default: the driver exports no SQLite symbols")
        return False
    if lib.sqlite3_shutdown() != SQLITE_OK:
        return False
    rc = lib.sqlite3_config(
        ctypes.c_int(SQLITE_CONFIG_LOOKASIDE), ctypes.c_int(SLOT_SIZE), ctypes.c_int(SLOT_COUNT)
    )
    if lib.sqlite3_initialize() != SQLITE_OK:  # pragma: no cover - SQLite could not start
        raise RuntimeError("SQLite did not initialise again")
    if rc != SQLITE_OK:
        log.warning("lookaside left at the default: sqlite3_config returned %d", rc)
        return False
    return True
