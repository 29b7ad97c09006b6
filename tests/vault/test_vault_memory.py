"""Vault.release_memory frees idle connections' page caches and keeps the vault usable."""

from __future__ import annotations

import sys

import pytest
from sqlalchemy import func, select

from casefile.vault import memory
from casefile.vault.lookaside import SLOT_COUNT, SLOT_SIZE
from casefile.vault.schema import Person
from casefile.vault.vault import Vault


def _add_people(vault: Vault, count: int) -> None:
    with vault.write("people for the cache") as session:
        session.add_all(Person(full_name=f"Айбек Токтогулов {n:05d}") for n in range(count))


def _count_people(vault: Vault) -> int:
    with vault.read() as session:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)


def test_releasing_frees_the_idle_connections_caches_and_the_vault_reads_on(vault: Vault) -> None:
    _add_people(vault, 2000)
    assert _count_people(vault) == 2000
    before = memory.sqlite_heap_bytes()

    assert vault.release_memory() is True

    after = memory.sqlite_heap_bytes()
    # At least the idle connection's lookaside block (2 MiB) and its cached pages are gone.
    assert before - after >= SLOT_SIZE * SLOT_COUNT
    assert vault.engine.pool.checkedin() == 0
    assert _count_people(vault) == 2000
    _add_people(vault, 1)
    assert _count_people(vault) == 2001


def test_nothing_is_released_while_a_connection_is_in_use(vault: Vault) -> None:
    _add_people(vault, 10)
    with vault.read() as session:
        session.connection()
        idle = vault.engine.connect()  # a second one, returned: idle in the pool
        idle.close()
        assert vault.release_memory() is False
        assert vault.engine.pool.checkedin() == 1  # left for later
        assert session.scalar(select(func.count()).select_from(Person)) == 10
    assert vault.release_memory() is True
    assert vault.engine.pool.checkedin() == 0
    assert _count_people(vault) == 10


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_heap_is_handed_back_on_linux() -> None:
    assert memory.return_freed_heap() is True


def _read_every_name(vault: Vault, *, keep_pages: bool) -> int:
    with vault.read(keep_pages=keep_pages) as session:
        # Through the table, not an index: every page of it.
        return len(session.execute(select(Person.full_name, Person.notes)).all())


def test_a_read_that_keeps_no_pages_leaves_the_cache_empty(vault: Vault) -> None:
    _add_people(vault, 3000)
    vault.release_memory()
    with vault.read() as session:
        session.connection()  # one connection, its lookaside pool, nothing of the table cached
    base = memory.sqlite_heap_bytes()

    assert _read_every_name(vault, keep_pages=False) == 3000
    assert memory.sqlite_heap_bytes() - base < 64 * 1024

    assert _read_every_name(vault, keep_pages=True) == 3000
    assert memory.sqlite_heap_bytes() - base > 256 * 1024  # the pages a kept read leaves


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_the_malloc_arenas_are_capped_on_glibc() -> None:
    from casefile.vault.platform import limit_malloc_arenas

    # mallopt answers 1 when glibc took the setting (this test process has threads already;
    # the cap then applies to arenas made from now on).
    assert limit_malloc_arenas() is True


def test_the_gui_entry_caps_the_arenas_before_qt_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    import casefile.app
    import casefile.vault.platform as platform

    calls: list[str] = []
    monkeypatch.setattr(platform, "disable_core_dumps", lambda: calls.append("core dumps"))
    monkeypatch.setattr(platform, "limit_malloc_arenas", lambda: calls.append("arenas") or True)
    fake_application = type(sys)("casefile.ui.start.application")
    fake_application.run = lambda argv, vault: calls.append("qt") or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "casefile.ui.start.application", fake_application)
    assert casefile.app.main([]) == 0
    assert calls == ["core dumps", "arenas", "qt"]
