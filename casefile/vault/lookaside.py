"""A larger SQLite lookaside pool per vault connection, so memory security costs fewer calls.

With ``cipher_memory_security = ON`` SQLCipher's allocator ``mlock``s every ``sqlite3_malloc``
and wipes and ``munlock``s every free: two system calls per SQLite allocation. SQLite serves
most small per-connection allocations (statements, cursors, bound values, expression trees)
from the connection's lookaside pool instead, one block carved into slots and allocated once.
The build default (1200-byte slots, 123 in all) is full as soon as the driver's statement cache
holds a few dozen prepared statements, and every later allocation misses it: the bulk load of
2,608 rows made 84,000 ``mlock`` calls; with this pool, 11,000 (``bench/README.md``).

The block itself comes from ``sqlite3_malloc``, so it is locked while the connection lives and
wiped when it closes. A slot freed while the connection lives is reused without a wipe, as with
SQLite's default pool; the connection's page cache holds decrypted pages just as long.

Python's driver does not expose ``sqlite3_db_config``, so this calls it through ``ctypes`` in
the driver's extension module (which contains SQLCipher). The ``sqlite3*`` handle is the first
field after ``PyObject_HEAD`` in the driver's connection object (``pysqlite_Connection`` in
sqlcipher3's ``src/connection.h``, as in every pysqlite since 2004). The pool can only be set
before the connection has used it, so before its first statement, ``PRAGMA key`` included.
"""

from __future__ import annotations

import ctypes
import functools
import importlib.metadata
import logging
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

SQLITE_OK = 0
SQLITE_DBCONFIG_LOOKASIDE = 1001
SQLITE_DBSTATUS_LOOKASIDE_USED = 0
SQLITE_DBSTATUS_LOOKASIDE_HIT = 4
SQLITE_DBSTATUS_LOOKASIDE_MISS_SIZE = 5
SQLITE_DBSTATUS_LOOKASIDE_MISS_FULL = 6

# 2 MiB per connection. At 1,200-byte slots cursors (about 1,400 bytes) still missed; at 4,096
# nothing missed on size in the benchmark, and 512 slots (split by SQLite into about 460 large
# and 1,400 small ones) left room over the ~930 slots in use at the highest.
SLOT_SIZE = 4096
SLOT_COUNT = 512

# Driver releases whose connection layout was read (db right after PyObject_HEAD). Outside
# them the handle is not read at all: a wrong pointer would crash, a missing pool only slows.
KNOWN_DRIVER_SERIES = ("0.5.", "0.6.")


@functools.cache
def driver_layout_known() -> bool:
    try:
        version = importlib.metadata.version("sqlcipher3")
    except importlib.metadata.PackageNotFoundError:
        return False
    return version.startswith(KNOWN_DRIVER_SERIES)


@dataclass(frozen=True)
class LookasideStatus:
    """sqlite3_db_status counters of one connection's lookaside pool."""

    used: int
    high_water: int
    hits: int
    misses_size: int
    misses_full: int


@functools.cache
def sqlite_library() -> ctypes.CDLL:
    """The driver's copy of SQLite (SQLCipher), for the calls the driver does not expose."""
    from sqlcipher3 import _sqlite3

    # The module is already loaded: this is the same copy of SQLite, not a second one.
    lib = ctypes.CDLL(_sqlite3.__file__)
    lib.sqlite3_db_config.restype = ctypes.c_int
    lib.sqlite3_db_status.argtypes = [
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_int),
        ctypes.c_int,
    ]
    lib.sqlite3_db_status.restype = ctypes.c_int
    return lib


def _handle(dbapi_conn: Any) -> int | None:
    """The connection's sqlite3* (None once closed, or for anything but the driver's type)."""
    from sqlcipher3 import dbapi2

    if type(dbapi_conn) is not dbapi2.Connection or not driver_layout_known():
        return None
    handle = ctypes.c_void_p.from_address(id(dbapi_conn) + object.__basicsize__).value
    return handle or None


def configure(dbapi_conn: Any) -> bool:
    """Gives a fresh connection the larger pool; False (and a warning) if SQLite refused.

    Only speed depends on it, so a refusal is logged rather than raised.
    """
    handle = _handle(dbapi_conn)
    if handle is None:
        log.warning("lookaside not configured: not a sqlcipher3 connection")
        return False
    rc = sqlite_library().sqlite3_db_config(
        ctypes.c_void_p(handle),
        SQLITE_DBCONFIG_LOOKASIDE,
        ctypes.c_void_p(None),
        ctypes.c_int(SLOT_SIZE),
        ctypes.c_int(SLOT_COUNT),
    )
    if rc != SQLITE_OK:
        # SQLITE_BUSY (5): a statement already used the pool.
        log.warning("lookaside not configured: sqlite3_db_config returned %d", rc)
        return False
    return True


def status(dbapi_conn: Any) -> LookasideStatus:
    """The pool's counters now (high-water marks since the connection opened)."""
    handle = _handle(dbapi_conn)
    if handle is None:
        raise ValueError("not an open sqlcipher3 connection")
    lib = sqlite_library()

    def read(op: int) -> tuple[int, int]:
        current, high = ctypes.c_int(), ctypes.c_int()
        rc = lib.sqlite3_db_status(
            ctypes.c_void_p(handle), op, ctypes.byref(current), ctypes.byref(high), 0
        )
        if rc != SQLITE_OK:
            raise RuntimeError(f"sqlite3_db_status({op}) returned {rc}")
        return current.value, high.value

    used, high_water = read(SQLITE_DBSTATUS_LOOKASIDE_USED)
    return LookasideStatus(
        used=used,
        high_water=high_water,
        hits=read(SQLITE_DBSTATUS_LOOKASIDE_HIT)[1],
        misses_size=read(SQLITE_DBSTATUS_LOOKASIDE_MISS_SIZE)[1],
        misses_full=read(SQLITE_DBSTATUS_LOOKASIDE_MISS_FULL)[1],
    )
