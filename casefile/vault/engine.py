"""The SQLCipher engine: raw-key connections with pinned cipher settings that fail closed.

Nothing here runs at import time except silencing SQLCipher's own stderr logging.
"""

from __future__ import annotations

import functools
import json
import logging
import urllib.parse
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, exc
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool, QueuePool

from casefile.errors import EncryptionUnavailableError, Message, VaultCorruptError, message
from casefile.vault import lookaside, search_index
from casefile.vault.integrity import check_integrity
from casefile.vault.name_key import FUNCTION as NAME_KEY_FUNCTION
from casefile.vault.name_key import name_key

log = logging.getLogger(__name__)

PAGE_SIZE = 4096
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"

# Pinned so that a library upgrade with other defaults can never silently change the format.
CIPHER_PINS = (
    "PRAGMA cipher_page_size = 4096",
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA512",
    "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512",
    "PRAGMA kdf_iter = 256000",  # unused with a raw key, pinned for tools that pass a passphrase
    "PRAGMA cipher_plaintext_header_size = 0",
)
CACHE_SIZE_PRAGMA = "PRAGMA cache_size = -32768"  # KiB: 32 MiB per connection, filled on use
CONNECTION_PRAGMAS = (
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA secure_delete = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    # Pages are decrypted and HMAC-checked on every cache miss, so a cache too small for the
    # working set costs far more than on plain SQLite (bench/vault_bench.py --sweep-cache).
    CACHE_SIZE_PRAGMA,
)
# For checking a backup: nothing is written, the journal mode (DELETE for backups) is kept, and
# a backup on read-only media can still be checked.
READ_ONLY_PRAGMAS = (
    "PRAGMA temp_store = MEMORY",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA query_only = ON",
)
WRITE_OPTION = "casefile_write"
#: Pages in the write-ahead log past which a commit copies them into the database (SQLite's
#: own default, put back after a write that left its pages for later: checkpoint_later).
WAL_AUTOCHECKPOINT = 1000
_CHECKPOINT_LATER = "casefile_checkpoint_later"

NOT_A_DATABASE = "file is not a database"
CANNOT_DECRYPT_MESSAGE = (
    "The vault's database cannot be decrypted: the file is damaged, or the key "
    "does not belong to it. Restore it from a backup, or use its recovery key."
)


#: For a page that fails its HMAC or its structure check after the vault was opened.
DAMAGED_IN_USE_MESSAGE = (
    "The vault's database is damaged: part of it could not be read, so this was stopped and "
    "nothing was changed. Check the vault (casefile check, or Tools › Check vault integrity) "
    "to see which pages are damaged, then restore the newest backup that passes its check "
    "(casefile restore BACKUP_FOLDER)."
)
# SQLite's primary result codes for a damaged database: SQLITE_CORRUPT (a page that fails
# SQLCipher's HMAC check, or a broken b-tree) and SQLITE_NOTADB.
_DAMAGE_CODES = (11, 26)
_FULL_CODE = 13  # SQLITE_FULL
_DAMAGE_TEXTS = ("database disk image is malformed", NOT_A_DATABASE, "hmac check failed")


def driver() -> Any:
    """The driver, with SQLite's default lookaside pool enlarged before any connection."""
    from sqlcipher3 import dbapi2

    lookaside.enlarge_default_pool()
    return dbapi2


def memory_security_wanted() -> bool:
    """Whether SQLCipher wipes and locks what it allocates: only where the larger lookaside
    pool could be set. Without it (the Windows driver) every small allocation costs two system
    calls and bulk writes run 8 times slower; since a lock ends the process, wiping freed
    memory only protects the minutes while the vault is open, when its key is in memory too
    (README, security model)."""
    return lookaside.enlarge_default_pool()


_silenced = False


def silence_sqlcipher_logging() -> None:
    """SQLCipher prints HMAC failures to stderr on a wrong key; they say nothing to a user."""
    global _silenced
    if _silenced:
        return
    conn = driver().connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        # Process-wide: wipe freed memory and lock pages holding key material.
        if memory_security_wanted():
            conn.execute("PRAGMA cipher_memory_security = ON")
    finally:
        conn.close()
    _silenced = True


def raw_key_literal(key: bytes) -> str:
    """SQLCipher's raw-key form x'…': no key derivation, so opening takes about 1 ms."""
    if len(key) != 32:
        raise ValueError("a vault key is 32 bytes")
    return f"x'{key.hex()}'"


def check_file_header(db_path: Path) -> None:
    """Refuses plaintext, empty or truncated database files before SQLite sees them."""
    with db_path.open("rb") as handle:
        header = handle.read(len(SQLITE_PLAIN_HEADER))
    size = db_path.stat().st_size
    if header == SQLITE_PLAIN_HEADER:
        raise EncryptionUnavailableError(
            "This vault's database is not encrypted. Casefile refuses to open it, "
            "so that nothing is ever written in plaintext."
        )
    if size == 0:
        raise VaultCorruptError("The vault's database file is empty. Restore it from a backup.")
    if size % PAGE_SIZE:
        raise VaultCorruptError(
            "The vault's database file is truncated (it ends in the middle of a page). "
            "Restore it from a backup."
        )


def create_vault_engine(
    db_path: Path, key: bytes, *, create: bool = False, read_only: bool = False
) -> Engine:
    """An engine over an existing (or, with create=True, a new) encrypted database file.

    Opening never creates a file: SQLite is told mode=rw, so a missing file is an error.
    With read_only=True (for backups) it is told mode=ro and the file is never written.
    """
    if create and read_only:
        raise ValueError("a new database cannot be read-only")
    silence_sqlcipher_logging()
    if not create:
        check_file_header(db_path)
    mode = "rwc" if create else "ro" if read_only else "rw"
    url = URL.create(
        "sqlite+pysqlcipher",
        password=raw_key_literal(key),
        database="file:" + urllib.parse.quote(str(db_path)),
        query={"uri": "true", "mode": mode},
    )
    driver()  # before the dialect opens a connection
    engine = create_engine(
        url,
        poolclass=QueuePool,
        # One idle connection kept: each holds its own page cache of decrypted pages and a
        # lookaside block, and more idle ones cost memory for no speed (bench/README.md).
        pool_size=1,
        max_overflow=7,
        pool_use_lifo=True,  # with more than one kept, the warm one first
        # JSON columns (audit values, versions) keep Cyrillic as UTF-8: escaped as \uXXXX
        # an audit entry took 2.4 times the size of its text, and every byte is encrypted.
        json_serializer=functools.partial(json.dumps, ensure_ascii=False),
        connect_args={"check_same_thread": False},
        hide_parameters=True,
    )
    event.listen(engine, "connect", _on_connect_read_only if read_only else _on_connect)
    event.listen(engine, "begin", _on_begin)
    event.listen(engine, "handle_error", _on_error)
    event.listen(engine, "checkin", _on_checkin)
    return engine


def checkpoint_later(connection: Connection) -> None:
    """The commit of this connection's transaction leaves its pages in the write-ahead log
    instead of copying them into the database before it returns (SQLite's checkpoint after a
    commit past WAL_AUTOCHECKPOINT pages). They are as durable there; a later commit past the
    threshold copies them, or the close of the last connection (a pause's memory release,
    closing the vault). For a large write that someone waits for; the setting is put back
    when the connection returns to the pool."""
    connection.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
    connection.connection.info[_CHECKPOINT_LATER] = True


def _on_checkin(dbapi_conn: Any, record: Any) -> None:
    if record.info.pop(_CHECKPOINT_LATER, False) and dbapi_conn is not None:
        dbapi_conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT}")


def _on_error(context: Any) -> None:
    # A connection that met a damaged page refuses every later write with "attempt to write
    # a readonly database": SQLAlchemy is told to drop it (and the pool's idle ones) instead
    # of handing it out again, so the next unit of work meets the damage itself, or none.
    if is_damage(context.original_exception):
        context.is_disconnect = True


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    _configure(dbapi_conn, CONNECTION_PRAGMAS)
    search_index.prepare_connection(dbapi_conn)


def _on_connect_read_only(dbapi_conn: Any, _record: Any) -> None:
    _configure(dbapi_conn, READ_ONLY_PRAGMAS)


def register_functions(dbapi_conn: Any) -> None:
    """The SQL functions the schema's indexes use (casefile/vault/name_key.py): on every
    connection that writes, checks or copies the vault's tables."""
    dbapi_conn.create_function(NAME_KEY_FUNCTION, 1, name_key, deterministic=True)


def _configure(dbapi_conn: Any, pragmas: tuple[str, ...]) -> None:
    # The driver must not open transactions on its own: we emit BEGIN ourselves in _on_begin.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    try:
        for pragma in CIPHER_PINS:
            cursor.execute(pragma)
        row = cursor.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise EncryptionUnavailableError(
                "SQLCipher is not available, so the vault cannot be encrypted. "
                "Casefile refuses to start. Reinstall Casefile."
            )
        for pragma in pragmas:
            cursor.execute(pragma)
    finally:
        cursor.close()
    register_functions(dbapi_conn)


def _on_begin(conn: Any) -> None:
    # Writers take the write lock up front, so two writers never deadlock on upgrade.
    write = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def writer(engine: Engine) -> Engine:
    """The same engine and pool, but each transaction starts with BEGIN IMMEDIATE."""
    return engine.execution_options(**{WRITE_OPTION: True})


def is_not_a_database(error: BaseException) -> bool:
    """SQLCipher's answer to a wrong key or a damaged first page."""
    orig = error.orig if isinstance(error, exc.DBAPIError) else error
    return NOT_A_DATABASE in str(orig)


def _driver_error(error: BaseException) -> BaseException | None:
    """The driver's own exception, bare or wrapped by SQLAlchemy; None for anything else."""
    if isinstance(error, exc.DBAPIError):
        return error.orig
    driver_error: type[BaseException] = driver().Error
    return error if isinstance(error, driver_error) else None


def is_damage(error: BaseException) -> bool:
    """Whether a driver error (bare or wrapped by SQLAlchemy) says the database is damaged."""
    orig = _driver_error(error)
    if orig is None:
        return False
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in _DAMAGE_CODES  # extended codes keep the primary one low
    text = str(orig).lower()
    return any(part in text for part in _DAMAGE_TEXTS)


def is_disk_full(error: BaseException) -> bool:
    """Whether a driver error is SQLITE_FULL: the disk holding the database has no room."""
    orig = _driver_error(error)
    if orig is None:
        return False
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF == _FULL_CODE
    return "database or disk is full" in str(orig).lower()


def probe(engine: Engine) -> None:
    """Reads the schema once, turning SQLCipher's low-level errors into vault errors."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
    except exc.DBAPIError as error:
        if is_not_a_database(error):
            raise VaultCorruptError(CANNOT_DECRYPT_MESSAGE) from None
        raise VaultCorruptError(damage_message(engine)) from None


def damage_message(engine: Engine) -> Message:
    """Why a database that decrypts cannot be read, naming its damaged pages if it can."""
    # A damaged schema makes even the connection set-up fail (journal_mode reads the schema),
    # so the check runs on connections that only key the database and read.
    diagnostic = create_engine(
        engine.url,
        poolclass=NullPool,
        connect_args={"check_same_thread": False},
        hide_parameters=True,
    )
    event.listen(diagnostic, "connect", _on_connect_read_only)
    event.listen(diagnostic, "begin", _on_begin)
    try:
        report = check_integrity(diagnostic)
    finally:
        diagnostic.dispose()
    if report.ok:
        return message(
            "The vault's database is damaged and cannot be read. Restore it from a backup."
        )
    return message("The vault's database is damaged and cannot be read. %1", report.as_message())
