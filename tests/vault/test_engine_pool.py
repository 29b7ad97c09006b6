"""The vault's connection pool keeps one idle connection; overlapping reads open more.

Each connection keeps its own page cache of decrypted pages and a lookaside block, so only
one is kept between reads (casefile/vault/engine.py).
"""

from __future__ import annotations

from typing import Any

from casefile.vault import memory
from casefile.vault.vault import Vault


def _driver_connection(connection: Any) -> Any:
    return connection.connection.dbapi_connection


def test_overlapping_reads_get_their_own_connections_and_one_is_kept(vault: Vault) -> None:
    first = vault.engine.connect()
    second = vault.engine.connect()
    first_driver, second_driver = _driver_connection(first), _driver_connection(second)
    assert first_driver is not second_driver
    first.close()  # kept
    with_two = memory.sqlite_heap_bytes()
    second.close()  # another one is already kept: this one is closed
    assert vault.engine.pool.checkedin() == 1
    assert with_two - memory.sqlite_heap_bytes() >= 1024 * 1024  # its lookaside block at least
    with vault.engine.connect() as again:
        assert _driver_connection(again) is first_driver
    with vault.read() as session:
        session.connection()
        assert _driver_connection(session.connection()) is first_driver  # reads reuse it too
