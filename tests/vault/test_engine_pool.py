"""The vault's connection pool hands out the connection checked in last (LIFO).

Each connection keeps its own page cache of decrypted pages, so the one used last is the warm
one (casefile/vault/engine.py).
"""

from __future__ import annotations

from typing import Any

from casefile.vault.vault import Vault


def _driver_connection(connection: Any) -> Any:
    return connection.connection.dbapi_connection


def test_the_connection_checked_in_last_is_handed_out_first(vault: Vault) -> None:
    first = vault.engine.connect()
    second = vault.engine.connect()
    first_driver, second_driver = _driver_connection(first), _driver_connection(second)
    assert first_driver is not second_driver
    first.close()
    second.close()  # checked in last
    with vault.engine.connect() as again:
        assert _driver_connection(again) is second_driver
    with vault.read():
        pass
    with vault.engine.connect() as again:
        assert _driver_connection(again) is second_driver  # reads reuse it too
