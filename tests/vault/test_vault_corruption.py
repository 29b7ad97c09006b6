"""Damaged, truncated, empty and unencrypted database files: named errors or reports in words,
never another traceback, and never a change to the files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import exc as sqlalchemy_exc
from sqlalchemy import select, text, update

from casefile.errors import EncryptionUnavailableError, VaultCorruptError
from casefile.vault import engine as vault_engine
from casefile.vault import search_index
from casefile.vault.engine import CIPHER_PINS, CONNECTION_PRAGMAS, PAGE_SIZE
from casefile.vault.schema import Attachment
from casefile.vault.vault import Vault

PASSPHRASE = "correct horse battery staple for tests only"


def snapshot(folder: Path) -> dict[str, str]:
    digests: dict[str, str] = {}
    for file in sorted(folder.rglob("*")):
        if file.is_file() and file.name != "vault.lock":
            digests[file.relative_to(folder).as_posix()] = hashlib.sha256(
                file.read_bytes()
            ).hexdigest()
    return digests


def flip(db: Path, offset: int, count: int = 16) -> None:
    data = bytearray(db.read_bytes())
    for i in range(offset, offset + count):
        data[i] ^= 0xA5
    db.write_bytes(bytes(data))


def open_and_check(vault_path: Path) -> tuple[int, ...] | VaultCorruptError:
    """The damaged pages the check reports, or the error opening raised."""
    try:
        vault = Vault.open(vault_path, PASSPHRASE)
    except VaultCorruptError as error:
        return error
    try:
        report = vault.check()
        assert not report.ok
        return report.damaged_pages
    finally:
        vault.close()


def test_damaged_page_is_reported_by_number(vault_path: Path) -> None:
    db = vault_path / "vault.db"
    flip(db, PAGE_SIZE * 4 + 1000)  # the middle of page 5
    before = snapshot(vault_path)
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        report = vault.check()
    finally:
        vault.close()
    assert not report.ok
    assert report.damaged_pages == (5,)
    assert report.pages == db.stat().st_size // PAGE_SIZE
    text = report.describe()
    assert "page 5" in text
    assert f"1 of {report.pages} pages are damaged" in text
    assert "Restore from a backup" in text
    assert snapshot(vault_path) == before


def test_intact_vault_reports_ok(vault_path: Path) -> None:
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        report = vault.check()
    finally:
        vault.close()
    assert report.ok
    assert report.damaged_pages == ()
    assert "intact" in report.describe()


def test_any_damaged_page_is_named_or_refused(vault_path: Path) -> None:
    """Any single page may be hit: the answer is always that page's number, in words.

    A sample of pages (every fourth, and the first and last few) keeps this fast; a sweep of
    all of them found the same two outcomes.
    """
    db = vault_path / "vault.db"
    original = db.read_bytes()
    pages = len(original) // PAGE_SIZE
    sample = sorted({1, 2, 3, 5, *range(6, pages, 4), pages - 1, pages})
    outcomes: dict[int, str] = {}
    for page in sample:
        flip(db, (page - 1) * PAGE_SIZE + 1500)
        before = snapshot(vault_path)
        outcome = open_and_check(vault_path)
        assert snapshot(vault_path) == before, f"page {page}: the files changed"
        assert not (vault_path / "vault.db-wal").exists()
        if isinstance(outcome, VaultCorruptError):
            message = str(outcome)
            assert "damaged" in message, message
            assert "backup" in message, message
            # Page 1 holds the schema: nothing more can be said; otherwise the page is named.
            assert page == 1 or f"page {page}" in message, message
            outcomes[page] = "refused"
        else:
            assert outcome == (page,), f"page {page}: the check reported {outcome}"
            outcomes[page] = "reported"
        db.write_bytes(original)
    assert outcomes[1] == "refused"
    assert outcomes[2] == "refused"  # the schema revision, which opening reads
    assert outcomes[5] == "reported"
    assert "reported" in outcomes.values()


def test_a_page_damaged_after_opening_is_a_known_error_on_read_and_write(
    vault_path: Path,
) -> None:
    """Damage met at any time, not only while opening: VaultCorruptError saying what to do."""
    from casefile.vault.engine import DAMAGED_IN_USE_MESSAGE
    from casefile.vault.schema import Person

    db = vault_path / "vault.db"
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        with vault.write() as session:
            session.add_all(Person(full_name=f"P{n}", notes="x" * 400) for n in range(100))
        with vault.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            root = conn.exec_driver_sql(
                "SELECT rootpage FROM sqlite_master WHERE name = 'persons'"
            ).scalar_one()
        with db.open("r+b") as handle:  # in place, as a failing disk would
            handle.seek((root - 1) * PAGE_SIZE + 1500)  # the people's table's top page
            handle.write(os.urandom(16))
        assert vault.release_memory()  # no page stays cached: the next read meets the damage
        with pytest.raises(VaultCorruptError) as raised, vault.read() as session:
            session.execute(select(Person.notes)).all()
        assert str(raised.value) == DAMAGED_IN_USE_MESSAGE
        assert "casefile check" in DAMAGED_IN_USE_MESSAGE and "restore" in DAMAGED_IN_USE_MESSAGE
        assert raised.value.exit_code == 5
        with (
            pytest.raises(VaultCorruptError, match="nothing was changed"),
            vault.write() as session,
        ):
            session.execute(update(Person).values(notes="changed"))
        # The connection that met the damage is dropped, not reused: work on intact pages
        # goes on (it refused every write with "attempt to write a readonly database").
        vault.set_setting("still_writable", True)
        assert vault.setting("still_writable") is True
    finally:
        vault.close()


def test_errors_that_are_not_damage_pass_through(vault: Vault) -> None:
    with pytest.raises(ValueError, match="ours"), vault.read():
        raise ValueError("ours")
    with pytest.raises(sqlalchemy_exc.OperationalError), vault.read() as session:
        session.execute(text("SELECT * FROM no_such_table"))


def test_damaged_first_page_is_refused_on_open(vault_path: Path) -> None:
    flip(vault_path / "vault.db", 1000)
    before = snapshot(vault_path)
    with pytest.raises(VaultCorruptError, match="cannot be decrypted: the file is damaged"):
        Vault.open(vault_path, PASSPHRASE)
    assert snapshot(vault_path) == before


def test_page_the_schema_needs_is_refused_with_its_number(vault_path: Path) -> None:
    # Page 2 holds the schema revision, which opening reads.
    flip(vault_path / "vault.db", PAGE_SIZE + 1000)
    with pytest.raises(VaultCorruptError, match="page 2") as caught:
        Vault.open(vault_path, PASSPHRASE)
    assert "Restore" in str(caught.value)


def test_structural_damage_is_reported_in_words(vault_path: Path) -> None:
    # Every page authentic, but an index disagrees with its table (as a bug or a foreign tool
    # writing with the key could leave it).
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        with vault.write() as session:
            session.add(Attachment(record_table="persons", record_id="r1", title="t", sha256=""))
        raw = vault.engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert driver is not None
            driver.execute("PRAGMA writable_schema = ON")
            driver.execute(
                "UPDATE sqlite_master SET sql = replace(sql, '(record_id)', '(title)') "
                "WHERE name = 'ix_attachments_record_id'"
            )
            driver.execute("PRAGMA writable_schema = OFF")
        finally:
            raw.close()
    finally:
        vault.close()
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        report = vault.check()
    finally:
        vault.close()
    assert not report.ok
    assert report.damaged_pages == ()
    text = report.describe()
    assert "structure is inconsistent" in text
    assert "ix_attachments_record_id" in text


def cut_mid_page(size: int) -> int:
    return size - PAGE_SIZE // 2


def cut_half(size: int) -> int:
    return (size // PAGE_SIZE // 2) * PAGE_SIZE


def cut_to_one_page(size: int) -> int:
    return PAGE_SIZE


def cut_last_page(size: int) -> int:
    return size - PAGE_SIZE


@pytest.mark.parametrize("cut", [cut_mid_page, cut_half, cut_to_one_page, cut_last_page])
def test_truncated_database(vault_path: Path, cut: Any) -> None:
    db = vault_path / "vault.db"
    with db.open("r+b") as handle:
        handle.truncate(cut(db.stat().st_size))
    before = snapshot(vault_path)
    if cut is cut_mid_page:  # caught by the size check before SQLite sees the file
        with pytest.raises(VaultCorruptError, match="truncated"):
            Vault.open(vault_path, PASSPHRASE)
        assert snapshot(vault_path) == before
        return
    try:
        vault = Vault.open(vault_path, PASSPHRASE)
    except VaultCorruptError as error:
        assert "Restore it from a backup" in str(error)
    else:
        try:
            report = vault.check()
        finally:
            vault.close()
        assert not report.ok, "a truncated database must not pass its check"
        assert report.describe()
    assert snapshot(vault_path) == before


def test_empty_database(vault_path: Path) -> None:
    (vault_path / "vault.db").write_bytes(b"")
    before = snapshot(vault_path)
    with pytest.raises(VaultCorruptError, match="empty"):
        Vault.open(vault_path, PASSPHRASE)
    assert snapshot(vault_path) == before


def test_plaintext_database_is_refused(vault_path: Path) -> None:
    db = vault_path / "vault.db"
    db.unlink()
    plain = sqlite3.connect(db)
    plain.execute("CREATE TABLE persons (full_name TEXT)")
    plain.execute("INSERT INTO persons VALUES ('Плейн Текст')")
    plain.commit()
    plain.close()
    before = snapshot(vault_path)
    with pytest.raises(EncryptionUnavailableError, match="not encrypted"):
        Vault.open(vault_path, PASSPHRASE)
    assert snapshot(vault_path) == before
    assert not (vault_path / "vault.db-wal").exists()


# -- failing closed without SQLCipher --------------------------------------------------------


class FakeCursor:
    def __init__(self, cipher_version: str | None) -> None:
        self.cipher_version = cipher_version
        self.executed: list[str] = []
        self._last = ""

    def execute(self, sql: str) -> FakeCursor:
        self.executed.append(sql)
        self._last = sql
        return self

    def fetchone(self) -> tuple[str] | None:
        if self._last == "PRAGMA cipher_version" and self.cipher_version is not None:
            return (self.cipher_version,)
        return None

    def close(self) -> None:
        pass


class FakeConnection:
    def __init__(self, cipher_version: str | None) -> None:
        self.isolation_level: str | None = "DEFERRED"
        self.fake_cursor = FakeCursor(cipher_version)
        self.functions: list[str] = []

    def cursor(self) -> FakeCursor:
        return self.fake_cursor

    def create_function(self, name: str, *_args: Any, **_kwargs: Any) -> None:
        self.functions.append(name)


@pytest.mark.parametrize("version", ["", None])
def test_no_cipher_version_fails_closed_before_any_other_pragma(version: str | None) -> None:
    conn = FakeConnection(version)
    with pytest.raises(EncryptionUnavailableError, match="refuses"):
        vault_engine._on_connect(conn, None)
    assert conn.fake_cursor.executed == [*CIPHER_PINS, "PRAGMA cipher_version"]
    assert conn.functions == []
    with pytest.raises(EncryptionUnavailableError):
        vault_engine._on_connect_read_only(FakeConnection(version), None)


def test_cipher_version_present_configures_the_connection() -> None:
    conn = FakeConnection("4.6.1 community")
    vault_engine._on_connect(conn, None)
    assert conn.isolation_level is None
    assert conn.fake_cursor.executed == [
        *CIPHER_PINS,
        "PRAGMA cipher_version",
        *CONNECTION_PRAGMAS,
        *search_index.VOCABULARY_TABLES,
    ]


def test_plain_sqlite_driver_fails_closed(tmp_path: Path) -> None:
    # What would happen if the driver were plain SQLite: the pins are silently ignored, and
    # cipher_version gives no row.
    conn = sqlite3.connect(tmp_path / "would-be-plaintext.db")
    try:
        with pytest.raises(EncryptionUnavailableError):
            vault_engine._on_connect(conn, None)
    finally:
        conn.close()
    assert (tmp_path / "would-be-plaintext.db").read_bytes() == b""
