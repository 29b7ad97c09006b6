"""Every connection of the process gets the larger lookaside pool, through SQLite's public API."""

from __future__ import annotations

from casefile.vault import lookaside, memory
from casefile.vault.engine import driver, silence_sqlcipher_logging


def test_a_new_connection_reserves_the_larger_pool() -> None:
    assert lookaside.enlarge_default_pool()
    before = memory.sqlite_heap_bytes()
    conn = driver().connect(":memory:")
    try:
        # SQLite allocates the whole pool when the connection opens; its default is 147 KB.
        assert memory.sqlite_heap_bytes() - before >= lookaside.SLOT_SIZE * lookaside.SLOT_COUNT
        conn.execute("PRAGMA key = 'x'")
        conn.execute("CREATE TABLE t (a)")
        assert conn.execute("SELECT count(*) FROM t").fetchone() == (0,)
    finally:
        conn.close()


def test_a_driver_without_sqlite_symbols_leaves_the_default() -> None:
    # The Windows driver exports only PyInit__sqlite3: vaults still open, only slower.
    assert lookaside.enlarge_pool_of(None) is False


def test_memory_security_is_on_where_the_pool_is_set() -> None:
    silence_sqlcipher_logging()
    conn = driver().connect(":memory:")
    try:
        assert conn.execute("PRAGMA cipher_memory_security").fetchone() == ("1",)
    finally:
        conn.close()
