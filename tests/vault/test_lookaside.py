"""Every vault connection gets the larger lookaside pool before its first statement."""

from __future__ import annotations

import importlib.metadata
import sqlite3
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from casefile.vault import lookaside
from casefile.vault.engine import create_vault_engine
from casefile.vault.vault import Vault

# Distinct statements, so the driver's statement cache keeps each one prepared, as the app's
# many queries do: together they hold more lookaside memory than SQLite's default pool has.
STATEMENTS = 120


def busy_work(dbapi_conn: Any) -> None:
    cursor = dbapi_conn.cursor()
    try:
        for n in range(STATEMENTS):
            cursor.execute(f"SELECT name, {n} FROM sqlite_master WHERE name > ? ORDER BY 1", ("",))
            cursor.fetchall()
    finally:
        cursor.close()


def pooled_connections(engine: Engine, count: int) -> list[lookaside.LookasideStatus]:
    """Checks out count connections at once (so each is a new one) and works each."""
    found = []
    with ExitStack() as stack:
        for _ in range(count):
            conn = stack.enter_context(engine.connect())
            dbapi_conn = conn.connection.dbapi_connection
            busy_work(dbapi_conn)
            found.append(lookaside.status(dbapi_conn))
    return found


def test_default_pool_overflows_under_the_same_work(tmp_path: Path) -> None:
    # The contrast that makes the next test meaningful: a driver connection left as it is.
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(str(tmp_path / "scratch.db"))
    try:
        busy_work(conn)
        assert lookaside.status(conn).misses_full > 0
    finally:
        conn.close()


def test_every_vault_connection_has_the_larger_pool(vault: Vault) -> None:
    for found in pooled_connections(vault.engine, 3):
        assert found.misses_full == 0
        assert found.hits > 0


def test_read_only_engine_connections_have_it_too(vault: Vault) -> None:
    # The engine backups are checked with.
    engine = create_vault_engine(vault.paths.db, vault._key, read_only=True)
    try:
        for found in pooled_connections(engine, 2):
            assert found.misses_full == 0
    finally:
        engine.dispose()


def test_refused_once_a_statement_has_used_the_pool(tmp_path: Path) -> None:
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(str(tmp_path / "scratch.db"))
    try:
        conn.execute("SELECT 1").fetchall()
        assert lookaside.configure(conn) is False
    finally:
        conn.close()


def test_other_drivers_and_closed_connections_are_left_alone(tmp_path: Path) -> None:
    from sqlcipher3 import dbapi2

    plain = sqlite3.connect(tmp_path / "plain.db")
    try:
        assert lookaside.configure(plain) is False
    finally:
        plain.close()
    closed = dbapi2.connect(str(tmp_path / "scratch.db"))
    closed.close()
    assert lookaside.configure(closed) is False


def test_an_unknown_driver_release_is_not_poked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlcipher3 import dbapi2

    monkeypatch.setattr(importlib.metadata, "version", lambda name: "1.0.0")
    lookaside.driver_layout_known.cache_clear()
    conn = dbapi2.connect(str(tmp_path / "scratch.db"))
    try:
        assert lookaside.configure(conn) is False
        assert conn.execute("SELECT 1").fetchall() == [(1,)]
    finally:
        conn.close()
        monkeypatch.undo()
        lookaside.driver_layout_known.cache_clear()
    assert lookaside.driver_layout_known()
