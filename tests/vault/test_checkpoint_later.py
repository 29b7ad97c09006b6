"""A write that leaves its pages in the write-ahead log for later (Vault.checkpoint_later):
the database file takes them at a later commit past the threshold, or when the last
connection closes, and the connection's threshold is put back for the next write."""

from __future__ import annotations

import secrets
from pathlib import Path

from sqlalchemy.orm import Session

from casefile.vault.engine import WAL_AUTOCHECKPOINT
from casefile.vault.schema import Setting
from casefile.vault.vault import Vault
from tests.conftest import PASSPHRASE

# More pages than the threshold (4 KiB pages): a commit of them is checkpointed at once.
_LARGE = "x" * (WAL_AUTOCHECKPOINT * 4096 * 3 // 2)


def _threshold(session: Session) -> int:
    return int(session.connection().exec_driver_sql("PRAGMA wal_autocheckpoint").scalar_one())


def _size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def _wal(vault: Vault) -> Path:
    return vault.paths.db.with_name(vault.paths.db.name + "-wal")


def test_a_large_write_is_copied_into_the_database_at_its_commit(vault: Vault) -> None:
    before = _size(vault.paths.db)
    with vault.write() as session:
        session.add(Setting(key="large", value=_LARGE))
    assert _size(vault.paths.db) - before >= len(_LARGE)


def test_a_write_checkpointed_later_stays_in_the_log_until_a_later_commit(vault: Vault) -> None:
    before = _size(vault.paths.db)
    with vault.write() as session:
        vault.checkpoint_later(session)
        assert _threshold(session) == 0
        session.add(Setting(key="large", value=_LARGE))
    assert _size(vault.paths.db) == before  # its pages are in the log alone
    assert _size(_wal(vault)) >= len(_LARGE)
    assert vault.setting("large") == _LARGE  # and read from there
    with vault.write() as session:
        assert _threshold(session) == WAL_AUTOCHECKPOINT  # put back for the next write
        session.add(Setting(key="small", value=secrets.token_hex(8)))
    assert _size(vault.paths.db) - before >= len(_LARGE)  # the next commit copied them


def test_closing_the_vault_copies_what_was_left_in_the_log(vault_path: Path) -> None:
    vault = Vault.open(vault_path, PASSPHRASE, actor="tester")
    before = _size(vault.paths.db)
    with vault.write() as session:
        vault.checkpoint_later(session)
        session.add(Setting(key="large", value=_LARGE))
    assert _size(vault.paths.db) == before
    vault.close()
    assert _size(vault.paths.db) - before >= len(_LARGE)
    with Vault.open(vault_path, PASSPHRASE, actor="tester") as again:
        assert again.setting("large") == _LARGE


def test_a_checkpoint_copies_what_was_left_and_the_next_save_copies_nothing(vault: Vault) -> None:
    before = _size(vault.paths.db)
    with vault.write() as session:
        vault.checkpoint_later(session)
        session.add(Setting(key="large", value=_LARGE))
    with vault.read() as session:  # a reader meanwhile does not stop it
        vault.checkpoint()
        assert session.get(Setting, "large") is not None
    copied = _size(vault.paths.db)
    assert copied - before >= len(_LARGE)
    with vault.write() as session:
        session.add(Setting(key="small", value=secrets.token_hex(8)))
    assert _size(vault.paths.db) == copied  # the save's commit had nothing left to copy
    assert vault.setting("large") == _LARGE
