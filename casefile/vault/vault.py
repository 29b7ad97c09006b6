"""The Vault: create, unlock, read and write sessions, passphrase change, re-key, erase, recover.

A Vault object is an unlocked vault. It holds the OS lock on the folder for its whole life,
and the database key in memory only.
"""

from __future__ import annotations

import functools
import getpass
import itertools
import os
import secrets
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, exc, select, text
from sqlalchemy.orm import Session, sessionmaker

from casefile.errors import (
    BackupError,
    EncryptionUnavailableError,
    FileWriteError,
    VaultCorruptError,
    VaultDamagedInUseError,
    VaultExistsError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from casefile.vault import (
    audit,
    field_versions,
    index_upkeep,
    interrupt,
    memory,
    migrations,
    name_key,
    search_index,
    statuses,
)
from casefile.vault.atomic import fsync_dir
from casefile.vault.backup import (
    DEFAULT_KEEP,
    BackupInfo,
    BackupKind,
    list_backups,
    make_backup,
    new_backup_folder,
    prune_automatic,
    read_only_engine,
)
from casefile.vault.backup_keys import (
    BackupKeysReport,
    replace_recovery_of_backups,
    rewrap_after_passphrase_change,
)
from casefile.vault.duress import (
    SETTING_DURESS,
    DecoyPaths,
    build_decoy,
    enter_duress,
    remove_decoy,
    with_duress,
)
from casefile.vault.engine import (
    DAMAGED_IN_USE_MESSAGE,
    check_file_header,
    checkpoint_later,
    create_vault_engine,
    damage_message,
    is_damage,
    is_disk_full,
    probe,
    raw_key_literal,
    writer,
)
from casefile.vault.integrity import IntegrityReport, check_copy, check_integrity
from casefile.vault.keyfile import (
    KdfCost,
    KeyFile,
    Opened,
    has_pair,
    new_recovery_slot,
    open_passphrase,
    passphrase_pair,
    read_keyfile,
    replace_in_pair,
    unlock,
    with_passphrase,
    write_keyfile,
)
from casefile.vault.lock import VaultLock
from casefile.vault.paths import DB_NAME, KEYS_NAME, RECOVERY_NAME, VaultPaths
from casefile.vault.recovery import format_recovery_key, parse_recovery_key
from casefile.vault.schema import Setting
from casefile.vault.seed import seed_vocabularies
from casefile.vault.unlocking import complete_rekey, key_from_recovery, rekey_staging, unlock_key
from casefile.vault.unlocking import emergency_erase as emergency_erase  # where callers look

SETTING_VAULT_ID = "vault_id"
SETTING_CREATED_AT = "created_at"
SETTING_BACKUP_KEEP = "backup_keep"
#: The desktop app makes an automatic backup at unlock when the newest one is this old.
AUTOMATIC_BACKUP_EVERY = timedelta(days=1)


@dataclass(frozen=True)
class CreatedVault:
    vault: Vault
    recovery_key: str


@dataclass(frozen=True)
class NewRecoveryKey:
    """A recovery key just made, and what happened to the backups' key files on the way.

    ``rekeyed``: the vault was made before key-file format 2, so its old recovery key was the
    database key itself: the database was re-encrypted under a new key (backups made before
    keep the old key, and the old recovery key opens them).
    """

    recovery_key: str
    rekeyed: bool
    backups: BackupKeysReport


@dataclass(frozen=True)
class VaultInfo:
    path: Path
    vault_id: str
    schema_revision: str | None
    cipher_version: str
    created_at: str | None
    size_bytes: int
    key_slots: int
    backups: int
    #: False for a vault made before key-file format 2: its recovery key is the database key.
    recovery_slot: bool = True


#: Told of a slow step of opening: its name and how far it is (0 to 1; None when unknown).
OpenProgress = Callable[[str, float | None], None]


def _require_strong(passphrase: str) -> None:
    # zxcvbn's dictionaries take about 12 MiB and 30 ms to load: only setting a passphrase pays.
    from casefile.domain.passphrase import assess_passphrase

    verdict = assess_passphrase(passphrase)
    if not verdict.acceptable:
        raise WeakPassphraseError(verdict.advice)


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getuser raises various errors when no name is set
        return "local user"


class Vault:
    """An unlocked vault. Use `with vault.write() as s:` for one unit of work.

    ``generation`` counts the write units committed through this object since it was opened,
    so services can cache what they derive (statuses of 10,000 people) until the next write.
    """

    def __init__(
        self, paths: VaultPaths, key: bytes, engine: Engine, lock: VaultLock, actor: str
    ) -> None:
        self.paths = paths
        self._key = key
        self.engine = engine
        self._lock = lock
        self.actor = actor
        self._readers = sessionmaker(bind=engine, expire_on_commit=False, autoflush=False)
        self._writers = sessionmaker(bind=writer(engine), expire_on_commit=False)
        audit.install(self._writers)
        search_index.install(self._writers)
        field_versions.install(self._writers)
        statuses.install(self._writers)
        self._generation = itertools.count(1)
        self.generation = 0
        self._writes_lock = threading.Lock()
        self._writes_waiting = 0  # write units begun and not ended (index merging yields)
        # Opened through the duress slot: key operations then act on the duress slot and the
        # decoy's files (DecoyPaths), never on the vault's recovery slot. Nothing shows it.
        self._duress = isinstance(paths, DecoyPaths)

    # -- creating and opening ------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        actor: str | None = None,
        kdf_cost: KdfCost | None = None,
        enforce_strength: bool = True,
    ) -> CreatedVault:
        """Creates NAME.casefile/ with an encrypted database and its key file."""
        if enforce_strength:
            _require_strong(passphrase)
        paths = VaultPaths.for_new(path)
        if paths.root.exists() and any(paths.root.iterdir()):
            raise VaultExistsError("%1 already exists. Choose another name or place.", paths.root)
        paths.root.parent.mkdir(parents=True, exist_ok=True)
        paths.root.mkdir(mode=0o700, exist_ok=True)
        os.chmod(paths.root, 0o700)
        fd = os.open(paths.db, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        lock = VaultLock(paths.lock)
        lock.acquire()
        key = secrets.token_bytes(32)
        recovery_secret = secrets.token_bytes(32)
        vault_id = str(uuid.uuid4())
        try:
            engine = create_vault_engine(paths.db, key, create=True)
            with writer(engine).begin() as conn:
                migrations.upgrade(conn)
            vault = cls(paths, key, engine, lock, actor or _default_actor())
            with vault.write() as session:
                session.add(Setting(key=SETTING_VAULT_ID, value=vault_id))
                session.add(Setting(key=SETTING_CREATED_AT, value=datetime.now().isoformat()))
                seed_vocabularies(session)
                search_index.rebuild(session)  # empty: records the key scheme in use
            slots = passphrase_pair(key, passphrase, vault_id, kdf_cost)
            write_keyfile(paths.keys, KeyFile(vault_id=vault_id, slots=slots))
            _write_recovery(paths.recovery, key, recovery_secret, vault_id)
            fsync_dir(paths.root)
        except BaseException:
            lock.release()
            shutil.rmtree(paths.root, ignore_errors=True)
            raise
        return CreatedVault(vault, format_recovery_key(recovery_secret))

    @classmethod
    def open(
        cls,
        path: Path,
        passphrase: str,
        *,
        actor: str | None = None,
        upgrade: bool = True,
        progress: OpenProgress | None = None,
    ) -> Vault:
        """Unlocks with the passphrase. Raises a KnownError subclass for every way it can fail;
        the files are left unchanged (only an older schema is upgraded, after a backup).

        progress(step, fraction), if given, hears of the slow steps a first open after an
        update may take: "upgrade" (backup and migrations, fraction None), "search_index"
        (reindexing every record, fraction 0 to 1) and "statuses" (deriving and storing
        everyone's status, fraction 0 to 1)."""
        paths = VaultPaths.locate(path)
        lock = VaultLock(paths.lock)
        lock.acquire()
        try:
            # A plaintext or truncated file is refused before any key work.
            check_file_header(paths.db)
            if paths.pending_keys.exists():  # a re-key was interrupted: it is finished first
                key = unlock_key(paths, passphrase)
            else:
                keyfile = read_keyfile(paths.keys)
                opened = open_passphrase(keyfile, passphrase)
                if opened.duress:
                    decoy = enter_duress(paths, keyfile, opened)
                    return cls._open_with_key(decoy, opened.key, lock, actor, upgrade, progress)
                key = opened.key
            return cls._open_with_key(paths, key, lock, actor, upgrade, progress)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open_with_recovery_key(
        cls, path: Path, recovery_key: str, *, actor: str | None = None
    ) -> Vault:
        """Opens a vault whose key file is gone or whose passphrase is forgotten."""
        secret = parse_recovery_key(recovery_key)
        paths = VaultPaths.locate(path)
        lock = VaultLock(paths.lock)
        lock.acquire()
        try:
            check_file_header(paths.db)
            key = key_from_recovery(paths, secret)
            return cls._open_with_key(paths, key, lock, actor, upgrade=True)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_with_key(
        cls,
        paths: VaultPaths,
        key: bytes,
        lock: VaultLock,
        actor: str | None,
        upgrade: bool,
        progress: OpenProgress | None = None,
    ) -> Vault:
        engine = create_vault_engine(paths.db, key)
        try:
            probe(engine)
            try:
                with engine.connect() as conn:
                    needs_upgrade = migrations.needs_upgrade(conn)
            except exc.DBAPIError:
                # The first page decrypts, but a page the schema needs does not.
                raise VaultCorruptError(damage_message(engine)) from None
            vault = cls(paths, key, engine, lock, actor or _default_actor())
            if needs_upgrade and upgrade:
                if progress is not None:
                    progress("upgrade", None)
                if paths.keys.exists():
                    vault.backup(kind="pre-upgrade")
                try:
                    with writer(engine).begin() as conn:
                        migrations.upgrade(conn)
                except exc.DBAPIError:
                    raise VaultCorruptError(damage_message(engine)) from None
            if upgrade:
                vault._ensure_statuses(progress)
                vault._ensure_search_index(progress)
                vault._ensure_name_keys()
            return vault
        except BaseException:
            engine.dispose()
            raise

    def _ensure_search_index(self, progress: OpenProgress | None = None) -> None:
        """Reindexes once when the index was built under another key scheme (older vaults)."""
        with self.read() as session:
            if search_index.is_current(session):
                return
        report = None if progress is None else functools.partial(progress, "search_index")
        with self.write("search index rebuilt") as session:
            search_index.rebuild(session, report)

    def _ensure_name_keys(self) -> None:
        """Folds the People name index's keys again when this interpreter's Unicode is not
        the one they were folded under (str.casefold follows it; vault/name_key.py)."""
        with self.read() as session:
            stored = session.get(Setting, name_key.UNICODE_SETTING)
            if stored is not None and stored.value == name_key.UNICODE_VERSION:
                return
        with self.write("name keys folded again") as session:
            session.execute(text(f"REINDEX {name_key.INDEX}"))
            session.merge(Setting(key=name_key.UNICODE_SETTING, value=name_key.UNICODE_VERSION))

    def _ensure_statuses(self, progress: OpenProgress | None = None) -> None:
        """Stores the statuses of people whose events were written outside a unit of work
        here (after the upgrade to revision 0006: everyone's, once; vault/statuses.py)."""
        with self.read() as session:
            if not statuses.has_stale(session):
                return
        report = None if progress is None else functools.partial(progress, "statuses")
        with self.write("statuses derived") as session:
            statuses.refresh(session, date.today(), report)

    # -- sessions ------------------------------------------------------------------------

    @contextmanager
    def read(self, *, keep_pages: bool = True) -> Iterator[Session]:
        """A read-only session over a consistent snapshot; nothing is written.

        Objects loaded in it stay readable afterwards (detached, with what was loaded); any
        change made to them is discarded, never flushed. With keep_pages=False, for reads
        through a whole table, the connection's page cache is emptied afterwards: such a read
        would otherwise fill it with pages the next screens do not need.
        """
        with self._known_failures(), self._readers() as session, session.begin():
            # A read on a worker that cancellable() marks stops when its token is cancelled.
            with interrupt.watching(session.connection().connection.dbapi_connection):
                yield session
            # Detach first: a rollback would expire every loaded attribute.
            session.expunge_all()
            if not keep_pages:
                memory.empty_page_cache(session.connection())
            session.rollback()

    @contextmanager
    def write(self, reason: str | None = None) -> Iterator[Session]:
        """One unit of work: BEGIN IMMEDIATE, audited, committed durably or not at all."""
        with self._write_lock_wanted(), self._known_failures(), self._writers() as session:
            session.info["actor"] = self.actor
            if reason:
                session.info["reason"] = reason
            with session.begin():
                yield session
        # Only after the commit: a cache keyed on the generation never misses a change.
        self.generation = next(self._generation)

    def checkpoint_later(self, session: Session) -> None:
        """This write unit's commit leaves its pages in the write-ahead log, to be copied into
        the database file later (engine.checkpoint_later): a bundle's import at 100,000 people
        otherwise waits for that copy too."""
        checkpoint_later(session.connection())

    @property
    def write_wanted(self) -> bool:
        """Whether a write unit has begun and not ended (index merging gives way to it)."""
        return self._writes_waiting > 0

    @contextmanager
    def _write_lock_wanted(self) -> Iterator[None]:
        """Counts the write units waiting or running: index merging gives way to them."""
        with self._writes_lock:
            self._writes_waiting += 1
        try:
            yield
        finally:
            with self._writes_lock:
                self._writes_waiting -= 1

    @contextmanager
    def _known_failures(self) -> Iterator[None]:
        """Turns the driver's "database disk image is malformed" (a page that fails its HMAC
        or structure check, met at any read after opening) into VaultCorruptError, and
        "database or disk is full" into FileWriteError, each saying what to do.

        Every session and connection a service gets passes through here, so no layer above
        the vault meets an SQLCipher exception; anything else passes through unchanged.
        """
        try:
            yield
        except Exception as error:
            if is_damage(error):
                raise VaultDamagedInUseError(DAMAGED_IN_USE_MESSAGE) from None
            if is_disk_full(error):
                raise FileWriteError(
                    "The disk holding the vault %1 is full; free space and try "
                    "again. Nothing was changed.",
                    self.paths.root,
                ) from None
            raise

    # -- facts ---------------------------------------------------------------------------

    @property
    def vault_id(self) -> str:
        return str(self.setting(SETTING_VAULT_ID, ""))

    def setting(self, key: str, default: Any = None) -> Any:
        with self.read() as session:
            row = session.get(Setting, key)
            return default if row is None else row.value

    def set_setting(self, key: str, value: Any) -> None:
        with self.write() as session:
            session.merge(Setting(key=key, value=value))

    def info(self) -> VaultInfo:
        with self._known_failures(), self.engine.connect() as conn:
            cipher = str(conn.exec_driver_sql("PRAGMA cipher_version").scalar_one())
            revision = migrations.current_revision(conn)
        slots = 0
        if self.paths.keys.exists():
            # Ways in: a pair of passphrase slots under one salt is one passphrase.
            slots = len({(slot.kind, slot.salt) for slot in read_keyfile(self.paths.keys).slots})
        return VaultInfo(
            path=self.paths.root,
            vault_id=self.vault_id,
            schema_revision=revision,
            cipher_version=cipher,
            created_at=self.setting(SETTING_CREATED_AT),
            size_bytes=self.paths.db.stat().st_size,
            key_slots=slots,
            backups=len(list_backups(self.paths.backups)),
            recovery_slot=self.has_recovery_slot(),
        )

    # -- integrity and backups -----------------------------------------------------------

    def check(self) -> IntegrityReport:
        return check_integrity(self.engine)

    def backup(
        self,
        dest_parent: Path | None = None,
        *,
        kind: BackupKind = "manual",
        full_check: bool = True,
    ) -> BackupInfo:
        """An encrypted copy with the key file beside it, verified by opening and checking it:
        fully, or (full_check=False, before an import) as a copy (verify_copy: every page's
        authentication; a minute instead of five at 100,000 people)."""
        info = make_backup(self.engine, self._key, self.paths, dest_parent, kind)
        verify = verify_backup if full_check else verify_copy
        report = verify(info.path, self._key)
        if not report.ok:
            shutil.rmtree(info.path, ignore_errors=True)
            raise BackupError(
                "The backup failed its check and was removed: %1", report.as_message()
            )
        if kind == "auto":
            keep = max(1, int(self.setting(SETTING_BACKUP_KEEP, DEFAULT_KEEP)))
            prune_automatic(info.path.parent, keep)
        return info

    def automatic_backup_due(self, now: datetime | None = None) -> bool:
        """Whether the newest automatic backup in backups/ is older than a day (or missing)."""
        autos = [info for info in list_backups(self.paths.backups) if info.kind == "auto"]
        if not autos:
            return True
        return (now or datetime.now()) - autos[-1].made_at >= AUTOMATIC_BACKUP_EVERY

    # -- keys ----------------------------------------------------------------------------

    def change_passphrase(
        self,
        current: str,
        new: str,
        *,
        kdf_cost: KdfCost | None = None,
        enforce_strength: bool = True,
    ) -> BackupKeysReport:
        """Rewrites the key file atomically (an interruption leaves old or new working), then
        the key files of the backups in the vault's folder, so the old passphrase opens
        nothing there. Each replaced key file is overwritten on the disk."""
        if enforce_strength:
            _require_strong(new)
        keyfile = read_keyfile(self.paths.keys)
        opened = self._check_current(keyfile, current)
        if has_pair(keyfile):
            # Same salt and cost: the pair's other slot (a duress slot, maybe) keeps working.
            changed = replace_in_pair(keyfile, opened, new)
        else:
            changed = with_passphrase(keyfile, self._key, new, kdf_cost)
        write_keyfile(self.paths.keys, changed)
        return rewrap_after_passphrase_change(
            self.paths, self._key, new, old_passphrase=current, kdf_cost=kdf_cost
        )

    def set_passphrase_after_recovery(
        self, new: str, *, kdf_cost: KdfCost | None = None, enforce_strength: bool = True
    ) -> None:
        """Writes a fresh key file for the key in memory (the old one is lost or forgotten)."""
        if enforce_strength:
            _require_strong(new)
        slots = passphrase_pair(self._key, new, self.vault_id, kdf_cost)
        write_keyfile(self.paths.keys, KeyFile(vault_id=self.vault_id, slots=slots))
        self._forget_duress()

    def _check_current(self, keyfile: KeyFile, passphrase: str) -> Opened:
        """What ``passphrase`` opens in ``keyfile``, if it is this session's own passphrase
        (the duress one in a session it opened); else WrongPassphraseError."""
        try:
            opened = open_passphrase(keyfile, passphrase)
        except WrongPassphraseError:
            raise WrongPassphraseError("The current passphrase is not correct.") from None
        if opened.key != self._key or opened.duress != self._duress:
            raise WrongPassphraseError("The current passphrase is not correct.")
        return opened

    # -- the duress passphrase (vault/duress.py) ----------------------------------------

    @property
    def duress_set(self) -> bool:
        """Whether a duress passphrase is set (always False in the decoy, as in a vault
        without one)."""
        return bool(self.setting(SETTING_DURESS, False))

    def set_duress(
        self,
        current: str,
        duress_passphrase: str,
        *,
        kdf_cost: KdfCost | None = None,
        enforce_strength: bool = True,
    ) -> None:
        """Sets (or replaces) the duress passphrase: builds the empty decoy, then rewrites
        the key file with the passphrase's slot and the duress slot under a fresh salt."""
        if enforce_strength:
            _require_strong(duress_passphrase)
        keyfile = read_keyfile(self.paths.keys)
        self._check_current(keyfile, current)
        if self._duress:  # in the decoy: as in a vault without the feature, nothing to build
            raise WrongPassphraseError("The current passphrase is not correct.")
        decoy_key = secrets.token_bytes(32)
        changed = with_duress(keyfile, self._key, current, duress_passphrase, decoy_key, kdf_cost)
        created = str(self.setting(SETTING_CREATED_AT, "") or datetime.now().isoformat())
        build_decoy(self.paths.root, decoy_key, self.vault_id, created)
        write_keyfile(self.paths.keys, changed)
        self.set_setting(SETTING_DURESS, True)

    def clear_duress(self, current: str, *, kdf_cost: KdfCost | None = None) -> None:
        """Turns the duress passphrase off: a fresh pair with a random companion, no decoy."""
        keyfile = read_keyfile(self.paths.keys)
        self._check_current(keyfile, current)
        write_keyfile(self.paths.keys, with_passphrase(keyfile, self._key, current, kdf_cost))
        self._forget_duress()

    def _forget_duress(self) -> None:
        """After a key file without the duress slot was written (recovery, re-key, clear)."""
        if self._duress:
            return
        if self.duress_set:
            self.set_setting(SETTING_DURESS, False)
        remove_decoy(self.paths.root)

    def has_recovery_slot(self) -> bool:
        """False for a vault made before key-file format 2: its recovery key is the database
        key itself, and only a re-key (new_recovery_key does one) can retire it."""
        return self.paths.recovery.is_file()

    def new_recovery_key(
        self, passphrase: str, *, kdf_cost: KdfCost | None = None
    ) -> NewRecoveryKey:
        """Replaces the recovery key; the old one then opens neither the vault nor the backups
        under the same key.

        ``passphrase`` must be the current one: it stays. A vault whose recovery key is still
        its database key (made before key-file format 2) is re-keyed for this.
        """
        keyfile = read_keyfile(self.paths.keys)
        self._check_current(keyfile, passphrase)
        if not self.has_recovery_slot():
            recovery_key, report = self._rekey(passphrase, passphrase, kdf_cost)
            return NewRecoveryKey(recovery_key, True, report)
        secret = secrets.token_bytes(32)
        _write_recovery(self.paths.recovery, self._key, secret, self.vault_id)
        report = replace_recovery_of_backups(self.paths, self._key)
        return NewRecoveryKey(format_recovery_key(secret), False, report)

    def rekey(
        self, new_passphrase: str, *, current: str | None = None, kdf_cost: KdfCost | None = None
    ) -> str:
        """A new database key for after a suspected compromise; returns the new recovery key.

        Order: encrypted export under the new key, pending key and recovery files, swap of the
        database, swap of those files. An interruption at any point leaves a vault that opens
        with the passphrase (see unlocking.unlock_key, which finishes a half-done swap).
        Backups in the vault's folder keep the old database key but get a key file for the new
        passphrase; with ``current`` given, one that opens with neither key is destroyed too.
        """
        recovery_key, _report = self._rekey(new_passphrase, current, kdf_cost)
        return recovery_key

    def _rekey(
        self, new_passphrase: str, current: str | None, kdf_cost: KdfCost | None
    ) -> tuple[str, BackupKeysReport]:
        old_key = self._key
        new_key = secrets.token_bytes(32)
        secret = secrets.token_bytes(32)
        self.backup(kind="pre-rekey")
        staged = rekey_staging(self.paths)
        staged.unlink(missing_ok=True)
        raw = self.engine.raw_connection()
        try:
            # Outside any transaction: ATTACH and DETACH refuse to run inside one.
            driver = raw.driver_connection
            assert driver is not None
            driver.execute(
                f'ATTACH DATABASE ? AS rekeyed KEY "{raw_key_literal(new_key)}"', (str(staged),)
            )
            driver.execute("SELECT sqlcipher_export('rekeyed')")
            driver.execute("DETACH DATABASE rekeyed")
        finally:
            raw.close()
        os.chmod(staged, 0o600)
        slots = passphrase_pair(new_key, new_passphrase, self.vault_id, kdf_cost)
        write_keyfile(self.paths.pending_keys, KeyFile(vault_id=self.vault_id, slots=slots))
        _write_recovery(self.paths.pending_recovery, new_key, secret, self.vault_id)
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()
        for leftover in ("-wal", "-shm"):
            Path(str(self.paths.db) + leftover).unlink(missing_ok=True)
        os.replace(staged, self.paths.db)
        fsync_dir(self.paths.root)
        # From here on the database needs the new key, also in this process if the key-file
        # swap below fails (the next open finishes it from the pending key file).
        self._key = new_key
        self.engine = create_vault_engine(self.paths.db, new_key)
        self._readers.configure(bind=self.engine)
        self._writers.configure(bind=writer(self.engine))
        complete_rekey(self.paths)
        probe(self.engine)
        self._forget_duress()  # the new key file has no duress slot
        report = rewrap_after_passphrase_change(
            self.paths,
            new_key,
            new_passphrase,
            old_passphrase=current,
            older_keys=(old_key,),
            kdf_cost=kdf_cost,
        )
        return format_recovery_key(secret), report

    def export_raw_key(self) -> str:
        """The raw key in the form any SQLCipher 4 tool accepts: PRAGMA key = "x'…'"."""
        return raw_key_literal(self._key)

    # -- upkeep --------------------------------------------------------------------------

    def merge_index(
        self,
        should_stop: Callable[[], bool] = lambda: False,
        *,
        pages: int = index_upkeep.STEP_PAGES,
        merged_share: float = index_upkeep.MERGED_SHARE,
    ) -> index_upkeep.MergeRun:
        """Merges the search index's segments in bounded steps (vault/index_upkeep.py), each
        its own short write with no audit entry and no new generation (no record changes),
        until none is needed or should_stop(); a write unit beginning stops it at once."""

        def stop() -> bool:
            return self.write_wanted or should_stop()

        with self._known_failures():
            return index_upkeep.merge_until(
                self.engine, stop, pages=pages, merged_share=merged_share
            )

    # -- closing -------------------------------------------------------------------------

    def checkpoint(self) -> None:
        """Copies into the vault's file the pages a write left in the write-ahead log
        (checkpoint_later), without waiting for readers or writers: for a worker, once the
        user has that write's result, so that no later save waits for the copy."""
        with self._known_failures(), self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")

    def release_memory(self) -> bool:
        """Frees the idle connections' page caches (casefile/vault/memory.py); False, and
        nothing freed, while a read or write is using a connection.

        For pauses in use: the next reads open a connection and start with a cold cache.
        """
        if not memory.release_idle_connections(self.engine):
            return False
        memory.return_freed_heap()
        return True

    def close(self) -> None:
        self.engine.dispose()
        self._key = b""
        search_index.forget_names()
        self._lock.release()
        memory.return_freed_heap()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _write_recovery(path: Path, key: bytes, secret: bytes, vault_id: str) -> None:
    slot = new_recovery_slot(key, secret, vault_id)
    write_keyfile(path, KeyFile(vault_id=vault_id, slots=(slot,)))


def verify_backup(folder: Path, key: bytes) -> IntegrityReport:
    """Checks a backup without writing to it (it may be on read-only media)."""
    try:
        with read_only_engine(folder, key) as engine:
            probe(engine)
            return check_integrity(engine)
    except (VaultCorruptError, EncryptionUnavailableError, OSError) as error:
        return IntegrityReport(pages=0, problems=(str(error),))


def verify_copy(folder: Path, key: bytes) -> IntegrityReport:
    """Checks a copy the vault just made of itself (integrity.check_copy says what that proves
    and what it leaves to the full check); writes nothing."""
    try:
        with read_only_engine(folder, key) as engine:
            probe(engine)
            return check_copy(engine, (folder / DB_NAME).stat().st_size)
    except (VaultCorruptError, EncryptionUnavailableError, OSError) as error:
        return IntegrityReport(pages=0, problems=(str(error),))


def restore_backup(vault_path: Path, backup_folder: Path, passphrase: str) -> Path:
    """Replaces the vault's database and key file with a verified backup.

    The current files are moved aside into backups/ first (never deleted), so a restore can
    itself be undone. Returns the folder holding the previous state.
    """
    paths = VaultPaths.locate(vault_path)
    source = VaultPaths(backup_folder.expanduser().absolute())
    if not source.db.is_file() or not source.keys.is_file():
        raise BackupError("%1 is not a Casefile backup (vault.db and vault.keys).", backup_folder)
    if source.root.resolve() == paths.root.resolve():
        raise BackupError("That folder is the vault itself, not one of its backups.")
    key = unlock(read_keyfile(source.keys), passphrase)
    report = verify_backup(source.root, key)
    if not report.ok:
        raise BackupError("The backup is damaged and was not restored: %1", report.as_message())
    wal = DB_NAME + "-wal"
    with VaultLock(paths.lock):
        # Copy first, so that the vault is without its files only for the few renames below.
        # The recovery file goes with its database: a backup without one (made before key-file
        # format 2) is opened by its database key as recovery key.
        optional = [name for name in (wal, RECOVERY_NAME) if (source.root / name).is_file()]
        names = [DB_NAME, KEYS_NAME, *optional]
        staged: dict[str, Path] = {}
        try:
            for name in names:
                staged[name] = paths.root / (name + ".restoring")
                shutil.copyfile(source.root / name, staged[name])
                os.chmod(staged[name], 0o600)
                with staged[name].open("rb") as handle:
                    os.fsync(handle.fileno())
        except OSError as error:
            for file in staged.values():
                file.unlink(missing_ok=True)
            raise BackupError(
                "The backup could not be copied into the vault: %1", str(error)
            ) from None
        aside = new_backup_folder(paths.backups, "pre-restore", datetime.now())
        for name in (DB_NAME, wal, DB_NAME + "-shm", KEYS_NAME, RECOVERY_NAME):
            current = paths.root / name
            if current.exists():
                os.replace(current, aside / name)
        fsync_dir(aside)
        for name, file in staged.items():
            os.replace(file, paths.root / name)
        fsync_dir(paths.root)
    return aside


def read_settings(session: Session) -> dict[str, Any]:
    return {row.key: row.value for row in session.scalars(select(Setting))}
