"""Giving memory back while the user pauses: idle connections' page caches, then the C heap.

Every pooled connection keeps its page cache of decrypted pages (engine.CACHE_SIZE_PRAGMA) for
as long as it lives, and a reader on a worker thread opens a second one beside the GUI thread's
(figures: bench/app_memory.py, bench/README.md). Closing the connections nobody holds frees
them; SQLCipher wipes the pages as it does (cipher_memory_security), so decrypted records also
stop lingering in memory.

glibc keeps freed blocks in its heap rather than returning them, so the freed caches would
still count against the process until ``malloc_trim`` hands the free pages back to the system.
Elsewhere (macOS, Windows, musl) the allocator's own policy applies and nothing is called.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from casefile.vault.lookaside import sqlite_library
from casefile.vault.platform import malloc_trim

if TYPE_CHECKING:  # light to import: the task runner uses it before SQLAlchemy is loaded
    from sqlalchemy import Connection, Engine


def release_idle_connections(engine: Engine) -> bool:
    """Closes the pooled connections when none is in use; the next read opens one (~20 ms).

    False, and nothing closed, while a connection is checked out: QueuePool.dispose() then
    loses count of it and allows one connection more than its limit.
    """
    pool: Any = engine.pool
    if pool.checkedout():
        return False
    pool.dispose()
    return True


def empty_page_cache(connection: Connection) -> None:
    """Frees the pages this connection's cache holds and no statement is using."""
    connection.exec_driver_sql("PRAGMA shrink_memory")


def return_freed_heap() -> bool:
    """Hands the C heap's free pages back to the system (glibc); False where not available."""
    trim = malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


@functools.cache
def _memory_used() -> Callable[[], int]:
    lib = sqlite_library()
    if lib is None:
        raise RuntimeError("the driver exports no SQLite symbols here")
    used: Callable[[], int] = lib.sqlite3_memory_used
    return used


def sqlite_heap_bytes() -> int:
    """What SQLite holds now in this process: page caches, statements, lookaside pools."""
    return int(_memory_used()())
