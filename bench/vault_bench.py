"""Casefile vault benchmark: an encrypted vault at scale, side by side with plain SQLite.

Builds a synthetic vault (10k persons, 10k cases, 50k hearings, 20k ill-treatment reports with
~2 KB narratives, case participants and detention events at scale 1), loads the same rows
into a plain SQLite file with the same schema and pragmas through the same code, and prints
bulk-load time, unlock time, warm query times and file sizes with the encrypted/plain ratio.

The rows are generated before any timer starts. The timed bulk load writes the records through
the app's own bulk writer (casefile/services/open_formats/bulk_records.py, as the CSV import
does) in one transaction; then, timed apart in a second transaction, the audit entries,
search-index rows and field versions that the app's bulk import writes beside them (NOTES below).

    .venv/bin/python bench/vault_bench.py                # full scale, one round
    .venv/bin/python bench/vault_bench.py --scale 0.1    # quick run
    .venv/bin/python bench/vault_bench.py --repeat 3     # medians over three fresh rounds
    .venv/bin/python bench/vault_bench.py --json         # figures as JSON on stdout

Everything happens in a temporary directory that is deleted at the end. Progress goes to
stderr; the table (or the JSON) goes to stdout. This is a script, not a test.

Experiment switches (they change this process only, never the casefile package):
``--cache-size N`` adds ``PRAGMA cache_size = N`` to every connection (encrypted and plain),
``--memory-security off`` turns SQLCipher's process-wide ``cipher_memory_security`` off,
``--lookaside off`` leaves vault connections with SQLite's default lookaside pool,
``--plain-like-vault`` gives the plain engine the vault's secure_delete and busy_timeout too.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import math
import os
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time as clock
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    and_,
    create_engine,
    event,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from casefile.domain.dates import PartialDate
from casefile.services.lists import listing
from casefile.services.lists import status as status_service
from casefile.services.open_formats import bulk_records
from casefile.services.records import hearings
from casefile.vault import engine as vault_engine
from casefile.vault import lookaside as vault_lookaside
from casefile.vault import migrations, search_index
from casefile.vault.keyfile import calibrate_kdf_cost, derive_seconds
from casefile.vault.memory import empty_page_cache
from casefile.vault.recovery import parse_recovery_key
from casefile.vault.schema import (
    RECORD_BY_TABLE,
    Base,
    Case,
    CaseParticipant,
    DetentionEvent,
    DeviceIdentity,
    Hearing,
    IllTreatmentReport,
    Person,
    Record,
)
from casefile.vault.seed import seed_vocabularies
from casefile.vault.vault import Vault

PASSPHRASE = "correct horse battery staple — бенчмарк хранилища 2024"
ACTOR = "bench"
NARRATIVE_BYTES = 2048

# Full-scale row counts (multiplied by --scale).
PERSONS = 10_000
CASES = 10_000
HEARINGS = 50_000
REPORTS = 20_000
DETENTIONS_PER_PERSON = 2

# Targets.
LOAD_TARGET_S = 5.0
LOAD_METRIC = "bulk load, records (s)"
UNLOCK_TARGET_S = 1.5
AGENDA_TARGET_MS = 50.0
AGENDA_RATIO_TARGET = 1.3

# The pragmas the brief asks of the plain database: the vault's, minus its cipher settings,
# secure_delete and busy_timeout (see --plain-like-vault).
PLAIN_PRAGMAS = (
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
)
PLAIN_EXTRA_LIKE_VAULT = (
    "PRAGMA busy_timeout = 5000",
    "PRAGMA secure_delete = ON",
)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- synthetic data ----------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


LATIN_WORDS = _words(
    "detention court hearing lawyer appeal custody police station statement witness "
    "investigator prosecutor evidence medical report injuries bruises interrogation night "
    "cell officers transferred signed protocol complaint refused access family visit "
    "article charge verdict judge session postponed Bishkek Osh Naryn Talas Karakol "
    "Jalal-Abad Batken SIZO IVS GKNB MVD document release bail threatened beaten"
)
CYRILLIC_WORDS = _words(
    "задержание суд заседание адвокат апелляция содержание под стражей отдел милиции "
    "показания свидетель следователь прокурор доказательства медицинское заключение "
    "телесные повреждения допрос ночью камера сотрудники переведён подписал протокол "
    "жалоба отказали доступ родственники свидание статья обвинение приговор судья "
    "отложено Бишкек Ош Нарын Талас Каракол Жалал-Абад Баткен СИЗО ИВС ГКНБ МВД "
    "документ освобождение залог угрожали избили кыргыз жаран укук сот камак"
)
WORD_POOL = LATIN_WORDS + CYRILLIC_WORDS
SURNAMES = _words(
    "Абдыкадыров Иманалиев Токтосунов Жапаров Осмонова Сыдыкова Бакиров Кадыров Мамытов "
    "Асанова Турдубаев Эркинбеков Alymbekov Sadykova Usenov Kasymova Beishenaliev Nurlanov "
    "Omurbekova Ryskulov Temirov Dzhumabaeva Sultanov Chotonov"
)
GIVEN_NAMES = _words(
    "Азамат Бакыт Гульнара Динара Эрлан Жылдыз Кубат Нурлан Айгерим Чолпон Темир Мирлан "
    "Aibek Aizada Bolot Cholpon Elmira Kanat Meerim Ruslan Saltanat Talant Zarina Ulan"
)
PATRONYMICS = _words(
    "Асанович Бакытовна Кубанычбекович Токтогуловна Эсенович Алмазбекович Nurbekovich "
    "Sadyrovna Zhenishbekovich Maratovna"
)
COURTS = (
    "Первомайский районный суд г. Бишкек",
    "Октябрьский районный суд г. Бишкек",
    "Bishkek City Court",
    "Ошский городской суд",
    "Supreme Court of the Kyrgyz Republic",
    "Ленинский районный суд г. Бишкек",
)
PLACES = ("ИВС ГУВД г. Бишкек", "СИЗО-1 Бишкек", "SIZO GKNB", "ИВС г. Ош", "IVS Karakol")


@dataclass(frozen=True)
class Dataset:
    """Rows in foreign-key order, as plain dicts keyed by column name, plus their counts."""

    tables: list[tuple[Table, list[dict[str, Any]]]]
    today: date

    def counts(self) -> dict[str, int]:
        return {table.name: len(rows) for table, rows in self.tables}

    def total_rows(self) -> int:
        return sum(len(rows) for _, rows in self.tables)


def _uuid(rng: random.Random) -> str:
    # uuid4 layout from the seeded generator, so ids are random-looking yet reproducible.
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:32]}"


def _bookkeeping(rng: random.Random, stamp: datetime) -> dict[str, Any]:
    return {
        "id": _uuid(rng),
        "created_at": stamp,
        "updated_at": stamp,
        "updated_by": ACTOR,
        "version": 1,
        "deleted_at": None,
    }


class TextSource:
    """Deterministic pseudo-random prose mixing Cyrillic and Latin words."""

    def __init__(self, rng: random.Random, pool_words: int = 400_000) -> None:
        self._rng = rng
        self._words = rng.choices(WORD_POOL, k=pool_words)

    def words(self, count: int) -> str:
        start = self._rng.randrange(len(self._words) - count)
        return " ".join(self._words[start : start + count])

    def narrative(self, size_bytes: int) -> str:
        """About size_bytes of UTF-8 (cut at a word boundary)."""
        start = self._rng.randrange(len(self._words) - size_bytes // 3)
        parts: list[str] = []
        used = 0
        for word in self._words[start:]:
            used += len(word.encode("utf-8")) + 1
            if used > size_bytes:
                break
            parts.append(word)
        return " ".join(parts) + "."


def build_dataset(scale: float, seed: int, today: date) -> Dataset:
    rng = random.Random(seed)
    words = TextSource(rng)
    stamp = datetime(2024, 1, 1, 12, 0, 0)
    n_persons = max(10, round(PERSONS * scale))
    n_cases = max(10, round(CASES * scale))
    n_hearings = max(10, round(HEARINGS * scale))
    n_reports = max(10, round(REPORTS * scale))

    persons: list[dict[str, Any]] = []
    for _ in range(n_persons):
        name = f"{rng.choice(SURNAMES)} {rng.choice(GIVEN_NAMES)} {rng.choice(PATRONYMICS)}"
        birth = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 55))
        persons.append(
            {
                **_bookkeeping(rng, stamp),
                "full_name": name,
                "name_variants": [name.upper()],
                "aliases": [],
                "sex": rng.choice(("female", "male", "unknown")),
                "birth_date": PartialDate.from_date(birth),
                "nationalities": ["KG"],
                "id_document_type": "passport",
                "id_document_number": f"ID{rng.randrange(10**7):07d}",
                "id_document_issued_by": None,
                "id_document_issued_on": None,
                "profession": rng.choice(("journalist", "журналист", "activist", "юрист")),
                "roles": [rng.choice(("journalist", "activist", "human_rights_defender"))],
                "usual_address": words.words(8),
                "contact_details": None,
                "notes": words.words(20),
                "risk_level": rng.choice(("low", "medium", "high", None)),
            }
        )
    person_ids = [p["id"] for p in persons]

    cases: list[dict[str, Any]] = []
    for number in range(n_cases):
        cases.append(
            {
                **_bookkeeping(rng, stamp),
                "title": f"Дело № {number + 1}/{rng.randrange(18, 25)} — {words.words(4)}",
                "case_numbers": [f"{rng.randrange(10**6):06d}-{rng.randrange(18, 25)}"],
                "summary": words.words(40),
                "status": rng.choice(("investigation", "trial", "appeal", "closed")),
            }
        )
    case_ids = [c["id"] for c in cases]

    # About two participants per person: one or two defendants per case, a lawyer in half.
    participants: list[dict[str, Any]] = []
    for case_id in case_ids:
        roles = ["defendant"] * rng.choice((1, 2)) + ["lawyer"] * rng.choice((0, 1))
        for role, person_id in zip(roles, rng.sample(person_ids, len(roles)), strict=True):
            participants.append(
                {
                    **_bookkeeping(rng, stamp),
                    "case_id": case_id,
                    "person_id": person_id,
                    "role": role,
                }
            )

    detentions: list[dict[str, Any]] = []
    for person_id in person_ids:
        start = today - timedelta(days=rng.randrange(30, 1500))
        for kind in ("police_custody", "pretrial_detention")[:DETENTIONS_PER_PERSON]:
            detentions.append(
                {
                    **_bookkeeping(rng, stamp),
                    "person_id": person_id,
                    "case_id": rng.choice(case_ids),
                    "type": kind,
                    "start": PartialDate.from_date(start),
                    "end": None,
                    "term_until": start + timedelta(days=60),
                    "place": rng.choice(PLACES),
                    "forces": "ГКНБ",
                    "ordering_authority": None,
                    "warrant_shown": rng.choice((True, False, None)),
                    "reasons_given": None,
                    "legal_basis": None,
                    "notes": words.words(10),
                }
            )
            start += timedelta(days=2)

    # Two years back, one year ahead: about 1/36 of them fall in the next 30 days.
    hearings: list[dict[str, Any]] = []
    for _ in range(n_hearings):
        day = today + timedelta(days=rng.randrange(-730, 365))
        hearings.append(
            {
                **_bookkeeping(rng, stamp),
                "case_id": rng.choice(case_ids),
                "scheduled_date": day,
                "scheduled_time": time(rng.randrange(9, 18), rng.choice((0, 15, 30, 45))),
                "court": rng.choice(COURTS),
                "judge": f"{rng.choice(SURNAMES)} {rng.choice(GIVEN_NAMES)[0]}.",
                "kind": rng.choice(("preliminary", "trial_session", "appeal")),
                "closed_to_public": rng.random() < 0.2,
                "defendant_present": None,
                "lawyer_present": None,
                "monitors_present": None,
                "outcome": None if day >= today else rng.choice(("held", "postponed")),
                "notes": words.words(15),
                "postponement_reason": None,
                "postponed_to_id": None,
            }
        )

    reports: list[dict[str, Any]] = []
    for _ in range(n_reports):
        incident = today - timedelta(days=rng.randrange(30, 1500))
        reports.append(
            {
                **_bookkeeping(rng, stamp),
                "victim_id": rng.choice(person_ids),
                "case_id": rng.choice(case_ids) if rng.random() < 0.8 else None,
                "incident_date": PartialDate.from_date(incident),
                "place": rng.choice(PLACES),
                "circumstances": words.narrative(NARRATIVE_BYTES),
                "perpetrators": words.words(6),
                "perpetrator_unit": "ГКНБ",
                "perpetrator_rank": None,
                "methods": ["beating"],
                "injuries": words.words(12),
                "medical_exam_date": None,
                "medical_examiner": None,
                "medical_findings": None,
                "witnesses": None,
                "reported_to": "Ombudsman",
                "reported_on": None,
                "official_response": None,
                "response_on": None,
                "source_id": None,
                "notes": None,
            }
        )

    tables: list[tuple[Table, list[dict[str, Any]]]] = [
        (cast(Table, Person.__table__), persons),
        (cast(Table, Case.__table__), cases),
        (cast(Table, CaseParticipant.__table__), participants),
        (cast(Table, DetentionEvent.__table__), detentions),
        (cast(Table, Hearing.__table__), hearings),
        (cast(Table, IllTreatmentReport.__table__), reports),
    ]
    return Dataset(tables=tables, today=today)


# -- engines -----------------------------------------------------------------------------


def apply_process_settings(cache_size: int | None, memory_security: bool) -> None:
    """Simulates changes to casefile/vault/engine.py inside this process only."""
    if cache_size is not None:
        set_connection_pragmas((*BASE_CONNECTION_PRAGMAS, f"PRAGMA cache_size = {cache_size}"))
    if not memory_security:
        # The engine module's one-time global setup, done first and with memory security off
        # (once on, SQLCipher keeps it on for the life of the process).
        conn = vault_engine.driver().connect(":memory:")
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute("PRAGMA cipher_memory_security = OFF")
        finally:
            conn.close()
        vault_engine._silenced = True


BASE_CONNECTION_PRAGMAS: tuple[str, ...] = tuple(vault_engine.CONNECTION_PRAGMAS)


def set_connection_pragmas(pragmas: tuple[str, ...]) -> None:
    """What engine._on_connect runs on each new vault connection (read at connect time)."""
    vault_engine.CONNECTION_PRAGMAS = cast(Any, pragmas)


def cipher_memory_security_state() -> str:
    conn = vault_engine.driver().connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_memory_security").fetchone()
    finally:
        conn.close()
    return "on" if row and str(row[0]) == "1" else "off"


def create_plain_engine(db_path: Path, pragmas: Sequence[str]) -> Engine:
    """A plain SQLite engine built like the vault's: same pool, same BEGIN handling."""
    engine = create_engine(
        f"sqlite:///{db_path}",
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        pool_use_lifo=True,
        json_serializer=functools.partial(json.dumps, ensure_ascii=False),
        connect_args={"check_same_thread": False},
        hide_parameters=True,
    )

    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        try:
            for pragma in pragmas:
                cursor.execute(pragma)
        finally:
            cursor.close()

    def on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get(vault_engine.WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
    return engine


def create_plain_schema(engine: Engine) -> None:
    """Base.metadata.create_all, the vocabularies, and the Alembic stamp for the schema check."""
    Base.metadata.create_all(engine)
    with vault_engine.writer(engine).begin() as conn:
        conn.exec_driver_sql(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"
        )
        conn.execute(
            text("INSERT INTO alembic_version VALUES (:v)"), {"v": migrations.head_revision()}
        )
    with Session(vault_engine.writer(engine)) as session, session.begin():
        seed_vocabularies(session)
        # What a new vault has beside the ORM tables: the FTS5 search index and the device
        # identity whose clock stamps field versions (keys unused here).
        session.execute(text(f"DROP TABLE IF EXISTS {search_index.RECORDS}"))
        for statement in (
            # Python's SQLite (3.40) predates contentless_delete; the bench only inserts.
            search_index.CREATE_SQL.replace("contentless_delete=1, ", ""),
            search_index.CREATE_RECORDS_SQL,
            search_index.CREATE_RECORDS_INDEX_SQL,
        ):
            session.execute(text(statement))
        session.add(
            DeviceIdentity(
                id=1,
                device_id="0" * 32,
                signing_key=b"",
                signing_public=b"",
                agreement_key=b"",
                agreement_public=b"",
            )
        )


def cache_size_of(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())


def checkpoint_size(engine: Engine, db_path: Path) -> int:
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return db_path.stat().st_size


# -- the measured work (one code path for both databases) --------------------------------

Bound = list[tuple[str, list[tuple[Any, ...]]]]


def bulk_load(engine: Engine, dataset: Dataset) -> float:
    """The timed load: every record, through the app's own bulk writer
    (services/bulk_records.bulk_insert, as the CSV import writes records: values equal in
    every row as SQL literals, one single-row INSERT executemany per batch of
    bulk_records.BATCH), in one write transaction (BEGIN IMMEDIATE ... COMMIT, the commit
    included). The rows were generated before the timer starts. Audit entries, search index
    and field versions are not written here: side_effects_load() times them on their own."""
    start = clock.perf_counter()
    with Session(vault_engine.writer(engine)) as session, session.begin():
        for table, rows in dataset.tables:
            for first in range(0, len(rows), bulk_records.BATCH):
                bulk_records.bulk_insert(session, table, rows[first : first + bulk_records.BATCH])
    return clock.perf_counter() - start


SideWrites = list[tuple[type[Record], list[bulk_records.RecordWrite]]]


def side_writes(dataset: Dataset) -> SideWrites:
    """The records as the bulk writer's RecordWrites (built before any timer starts)."""
    return [
        (
            RECORD_BY_TABLE[table.name],
            [
                bulk_records.RecordWrite(
                    row["id"], {k: v for k, v in row.items() if k not in Record.BOOKKEEPING}
                )
                for row in rows
            ],
        )
        for table, rows in dataset.tables
    ]


SIDE_STEPS: tuple[tuple[str, Callable[..., None]], ...] = (
    ("audit entries", bulk_records.write_audit),
    ("search index", bulk_records.write_search_index),
    ("field versions", bulk_records.write_field_versions),
)


def side_effects_load(engine: Engine, writes: SideWrites) -> dict[str, float]:
    """What the app's bulk import writes beside the records (bulk_records.write_all after
    write_records), for every loaded record, in a second write transaction: an audit entry,
    a search-index row (FTS5, with transliteration keys) and a record-wide field version
    each. Seconds per step, the commit, and the total."""
    times: dict[str, float] = {}
    start = clock.perf_counter()
    with Session(vault_engine.writer(engine)) as session:
        session.info["actor"] = ACTOR
        session.begin()
        for step, write in SIDE_STEPS:
            begun = clock.perf_counter()
            for model, creates in writes:
                write(session, model, creates, [])
            times[step] = clock.perf_counter() - begun
        begun = clock.perf_counter()
        session.commit()
        times["commit"] = clock.perf_counter() - begun
    times["total"] = clock.perf_counter() - start
    return times


def prebind(engine: Engine, dataset: Dataset) -> Bound:
    """The rows as the driver receives them: SQLAlchemy's bind processing done in advance."""
    bound: Bound = []
    for table, rows in dataset.tables:
        compiled = insert(table).compile(dialect=engine.dialect)
        names = list(compiled.positiontup or ())
        procs = [
            table.c[name].type.dialect_impl(engine.dialect).bind_processor(engine.dialect)
            for name in names
        ]
        tuples = [
            tuple(
                value if proc is None else proc(value)
                for proc, value in zip(procs, (row[n] for n in names), strict=True)
            )
            for row in rows
        ]
        bound.append((compiled.string, tuples))
    return bound


def driver_load(engine: Engine, bound: Bound) -> float:
    """The SQLite (and cipher) share of the load: cursor.executemany on pre-bound rows."""
    start = clock.perf_counter()
    with vault_engine.writer(engine).begin() as conn:
        for statement, tuples in bound:
            conn.exec_driver_sql(statement, tuples)
    return clock.perf_counter() - start


def agenda(conn: Connection, today: date) -> list[tuple[Any, ...]]:
    """Hearings in the next 30 days with the case title and the defendants' names."""
    rows = conn.execute(
        select(
            Hearing.id,
            Hearing.scheduled_date,
            Hearing.scheduled_time,
            Hearing.court,
            Case.title,
            Person.full_name,
        )
        .join(Case, Case.id == Hearing.case_id)
        .join(
            CaseParticipant,
            and_(
                CaseParticipant.case_id == Case.id,
                CaseParticipant.role == "defendant",
                CaseParticipant.deleted_at.is_(None),
            ),
        )
        .join(Person, Person.id == CaseParticipant.person_id)
        .where(
            Hearing.scheduled_date >= today,
            Hearing.scheduled_date <= today + timedelta(days=30),
            Hearing.deleted_at.is_(None),
            Case.deleted_at.is_(None),
        )
    ).all()
    # Sorted in Python as services/hearings.agenda_rows does: SQLite's sorter allocates per
    # row with temp_store=MEMORY, an mlock and an munlock each under memory security.
    rows = sorted(rows, key=lambda r: (r[1], r[2] is not None, r[2] or time.min, r[0]))
    grouped: dict[str, list[Any]] = {}
    names: dict[str, list[str]] = defaultdict(list)
    for hearing_id, day, at, court, title, name in rows:
        grouped.setdefault(hearing_id, [day, at, court, title])
        names[hearing_id].append(name)
    return [(*fields, names[hearing_id]) for hearing_id, fields in grouped.items()]


def people(conn: Connection, _today: date) -> list[tuple[Any, ...]]:
    """What listing.list_people reads from persons (without the statuses), sorted as it does."""
    result = conn.execute(
        select(Person.id, Person.full_name).where(Person.deleted_at.is_(None))
    ).all()
    rows = [tuple(row) for row in result]
    rows.sort(key=lambda row: (row[1].casefold(), row[1]))
    return rows


def reports_live(conn: Connection, _today: date) -> int:
    """Live (not deleted) ill-treatment reports: deleted_at is unindexed, so a table scan."""
    return int(
        conn.execute(
            select(func.count())
            .select_from(IllTreatmentReport)
            .where(IllTreatmentReport.deleted_at.is_(None))
        ).scalar_one()
    )


def reports_all(conn: Connection, _today: date) -> int:
    """count(*) of every report: SQLite answers it from the smallest index."""
    return int(conn.execute(select(func.count()).select_from(IllTreatmentReport)).scalar_one())


class ReadOnlyVaultLike:
    """Just what the read-only services need of a Vault (read()), over any engine."""

    generation = 0  # never written to, like a real vault with no writes since opening

    def __init__(self, engine: Engine) -> None:
        self._readers = sessionmaker(bind=engine, expire_on_commit=False, autoflush=False)

    @contextlib.contextmanager
    def read(self, *, keep_pages: bool = True) -> Iterator[Session]:
        with self._readers() as session, session.begin():
            yield session
            if not keep_pages:  # as Vault.read: the same on plain SQLite
                empty_page_cache(session.connection())
            session.rollback()


Work = Callable[[Engine], object]


def on_connection(query: Callable[[Connection, date], object], today: date) -> Work:
    def work(engine: Engine) -> object:
        with engine.connect() as conn, conn.begin():
            return query(conn, today)

    return work


def through_service(
    service: Callable[[Vault, date], object], today: date, pairs: dict[Engine, Vault]
) -> Work:
    def work(engine: Engine) -> object:
        return service(pairs[engine], today)

    return work


def service_list_people(vault: Vault, today: date) -> object:
    # Timed uncached: the statuses are derived again, as after any write.
    status_service.forget_statuses()
    return listing.list_people(vault, today)


def service_agenda(vault: Vault, today: date) -> object:
    # Timed uncached: the agenda is kept until the next write, as after any write.
    hearings.forget_agendas()
    return hearings.agenda(vault, today, today + timedelta(days=30), today=today)


# -- timing helpers ----------------------------------------------------------------------


def p95(samples: Sequence[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def time_warm_pair(
    work: Work, encrypted: Engine, plain: Engine, warmups: int, runs: int
) -> tuple[list[float], list[float]]:
    """Alternates encrypted and plain runs, so background load hits both alike."""
    enc: list[float] = []
    pln: list[float] = []
    for i in range(warmups + runs):
        for engine, samples in ((encrypted, enc), (plain, pln)):
            start = clock.perf_counter()
            work(engine)
            elapsed = clock.perf_counter() - start
            if i >= warmups:
                samples.append(elapsed)
    return enc, pln


# -- one round ---------------------------------------------------------------------------


@dataclass
class Round:
    figures: dict[str, dict[str, float | None]] = field(default_factory=dict)
    info: dict[str, Any] = field(default_factory=dict)

    def put(self, name: str, encrypted: float | None, plain: float | None) -> None:
        self.figures[name] = {"encrypted": encrypted, "plain": plain}


def open_rest_seconds(db_path: Path, key: bytes) -> float:
    """Vault.open minus the KDF: engine, first connection (key check), probe, schema check."""
    start = clock.perf_counter()
    engine = vault_engine.create_vault_engine(db_path, key)
    try:
        vault_engine.probe(engine)
        with engine.connect() as conn:
            migrations.needs_upgrade(conn)
    finally:
        engine.dispose()
    return clock.perf_counter() - start


def plain_open_seconds(db_path: Path, pragmas: Sequence[str]) -> float:
    """The same steps on the plain file."""
    start = clock.perf_counter()
    engine = create_plain_engine(db_path, pragmas)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
        with engine.connect() as conn:
            migrations.needs_upgrade(conn)
    finally:
        engine.dispose()
    return clock.perf_counter() - start


def queries(today: date) -> dict[str, tuple[Work, bool]]:
    """The brief's warm queries, each with whether its p95 is reported."""
    return {
        "agenda": (on_connection(agenda, today), True),
        "people list (id, name)": (on_connection(people, today), False),
        "reports count, live (scan)": (on_connection(reports_live, today), False),
        "reports count(*) (index)": (on_connection(reports_all, today), False),
    }


def new_vault(folder: Path) -> tuple[Vault, bytes]:
    created = Vault.create(folder, PASSPHRASE, actor=ACTOR, kdf_cost=None)
    return created.vault, parse_recovery_key(created.recovery_key)


def new_plain(db_path: Path, pragmas: Sequence[str]) -> Engine:
    engine = create_plain_engine(db_path, pragmas)
    create_plain_schema(engine)
    return engine


def run_round(workdir: Path, dataset: Dataset, args: argparse.Namespace) -> Round:
    result = Round()
    workdir.mkdir()
    today = dataset.today

    # Encrypted: a real vault with the calibrated (production) KDF cost.
    log("  creating the vault (calibrated KDF) ...")
    vault, key = new_vault(workdir / "bench")
    vault_dir, db_path = vault.paths.root, vault.paths.db
    # The plain side gets the cache the vault's connections really have (SQLCipher's build
    # default differs from the stdlib's), so the comparison is of encryption only.
    cache = cache_size_of(vault.engine)
    plain_pragmas: tuple[str, ...] = (*PLAIN_PRAGMAS, f"PRAGMA cache_size = {cache}")
    if args.plain_like_vault:
        plain_pragmas = (*plain_pragmas, *PLAIN_EXTRA_LIKE_VAULT)
    result.info["cache_size_effective"] = cache
    result.info["plain_pragmas"] = list(plain_pragmas)

    writes = side_writes(dataset)
    log(f"  bulk load, encrypted ({dataset.total_rows():,} rows) ...")
    load_enc = bulk_load(vault.engine, dataset)
    log("  audit, search index, field versions, encrypted ...")
    side_enc = side_effects_load(vault.engine, writes)
    size_enc = checkpoint_size(vault.engine, db_path)
    vault.close()

    plain_path = workdir / "plain.db"
    plain = new_plain(plain_path, plain_pragmas)
    log("  bulk load, plain ...")
    load_plain = bulk_load(plain, dataset)
    log("  audit, search index, field versions, plain ...")
    side_plain = side_effects_load(plain, writes)
    size_plain = checkpoint_size(plain, plain_path)
    del writes
    result.put(LOAD_METRIC, load_enc, load_plain)
    result.put(
        "bulk load, rows/s",
        dataset.total_rows() / load_enc,
        dataset.total_rows() / load_plain,
    )
    for step in (*(name for name, _ in SIDE_STEPS), "commit", "total"):
        result.put(f"then, apart: {step} (s)", side_enc[step], side_plain[step])
    result.put(
        "records + all of the above (s)",
        load_enc + side_enc["total"],
        load_plain + side_plain["total"],
    )

    if not args.no_driver_load:
        log("  bulk load at driver level (SQLite + cipher share), both ...")
        bound = prebind(plain, dataset)
        extra_vault, _ = new_vault(workdir / "driver")
        extra_plain = new_plain(workdir / "driver-plain.db", plain_pragmas)
        try:
            drv_enc = driver_load(extra_vault.engine, bound)
            drv_plain = driver_load(extra_plain, bound)
        finally:
            extra_vault.close()
            extra_plain.dispose()
        result.put("bulk load, driver executemany (s)", drv_enc, drv_plain)
        del bound

    log(f"  unlock x{args.opens} ...")
    cost = calibrate_kdf_cost()
    opens: list[float] = []
    kdfs: list[float] = []
    rests: list[float] = []
    plain_rests: list[float] = []
    for _ in range(args.opens):
        start = clock.perf_counter()
        opened = Vault.open(vault_dir, PASSPHRASE, actor=ACTOR)
        opens.append(clock.perf_counter() - start)
        opened.close()
        kdfs.append(derive_seconds(cost))
        rests.append(open_rest_seconds(db_path, key))
        plain_rests.append(plain_open_seconds(plain_path, plain_pragmas))
    result.put("unlock: Vault.open total (s)", statistics.median(opens), None)
    result.put("unlock: Argon2id KDF (s)", statistics.median(kdfs), None)
    result.put(
        "unlock: engine+probe+schema (ms)",
        statistics.median(rests) * 1e3,
        statistics.median(plain_rests) * 1e3,
    )
    result.info["kdf_cost"] = asdict(cost)

    # Warm queries on an opened vault, as the application would run them.
    vault = Vault.open(vault_dir, PASSPHRASE, actor=ACTOR)
    try:
        checks = queries(today)
        # Same answers on both: the plain run is the same work.
        for name, (work, _) in checks.items():
            if work(vault.engine) != work(plain):
                raise SystemExit(f"{name}: encrypted and plain answers differ")
        rows = checks["agenda"][0](plain)
        assert isinstance(rows, list)
        result.info["agenda_hearings"] = len(rows)
        result.info["agenda_rows"] = sum(len(r[-1]) for r in rows)

        for name, (work, with_p95) in checks.items():
            log(f"  warm: {name} ...")
            enc, pln = time_warm_pair(work, vault.engine, plain, args.warmups, args.runs)
            result.put(f"{name} median (ms)", ms(enc), ms(pln))
            if with_p95:
                result.put(f"{name} p95 (ms)", p95(enc) * 1e3, p95(pln) * 1e3)

        pairs = {vault.engine: vault, plain: cast(Vault, ReadOnlyVaultLike(plain))}
        services = {
            "agenda() service": service_agenda,
            "list_people() service": service_list_people,
        }
        for name, service in services.items():
            log(f"  warm: {name} ...")
            work = through_service(service, today, pairs)
            enc, pln = time_warm_pair(work, vault.engine, plain, 1, args.service_runs)
            result.put(f"{name} median (ms)", ms(enc), ms(pln))

        if args.sweep_cache:
            result.info["cache_sweep"] = sweep_cache(vault, plain_path, plain_pragmas, args)
        size_enc = checkpoint_size(vault.engine, db_path)
        size_plain = checkpoint_size(plain, plain_path)
    finally:
        vault.close()
        plain.dispose()
    result.put("file size after checkpoint (MiB)", size_enc / 2**20, size_plain / 2**20)
    return result


def ms(samples: Sequence[float]) -> float:
    return statistics.median(samples) * 1e3


SWEEP_SIZES = (-8000, -32768, -65536, -131072)


def sweep_cache(
    vault: Vault, plain_path: Path, plain_pragmas: Sequence[str], args: argparse.Namespace
) -> list[dict[str, Any]]:
    """Warm queries again under other per-connection cache sizes (KiB when negative)."""
    before = vault_engine.CONNECTION_PRAGMAS
    points: list[dict[str, Any]] = []
    try:
        for size in SWEEP_SIZES:
            log(f"  cache sweep: cache_size = {size} ...")
            set_connection_pragmas((*before, f"PRAGMA cache_size = {size}"))
            vault.engine.dispose()  # new connections pick the pragma up
            plain = create_plain_engine(plain_path, (*plain_pragmas, f"PRAGMA cache_size = {size}"))
            point: dict[str, Any] = {"cache_size": size}
            try:
                for name, (work, _) in queries(date.today()).items():
                    if name == "reports count(*) (index)":
                        continue
                    enc, pln = time_warm_pair(work, vault.engine, plain, args.warmups, args.runs)
                    point[name] = {"encrypted": ms(enc), "plain": ms(pln)}
            finally:
                plain.dispose()
            points.append(point)
    finally:
        set_connection_pragmas(before)
        vault.engine.dispose()
    return points


# -- report ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Metric:
    name: str
    encrypted: float | None
    plain: float | None
    ratio: float | None
    target: str
    verdict: str


def verdicts(name: str, enc: float | None, ratio: float | None) -> tuple[str, str]:
    if enc is None:
        return "", "—"
    if name == LOAD_METRIC:
        return f"≤ {LOAD_TARGET_S:g} s", "OK" if enc <= LOAD_TARGET_S else "MISSED"
    if name == "unlock: Vault.open total (s)":
        return f"≤ {UNLOCK_TARGET_S:g} s", "OK" if enc <= UNLOCK_TARGET_S else "MISSED"
    if name == "agenda median (ms)":
        ok = enc <= AGENDA_TARGET_MS and ratio is not None and ratio <= AGENDA_RATIO_TARGET
        target = f"≤ {AGENDA_TARGET_MS:g} ms, ratio ≤ {AGENDA_RATIO_TARGET:g}"
        return target, "OK" if ok else "MISSED"
    return "", "—"


def summarise(rounds: list[Round]) -> list[Metric]:
    metrics: list[Metric] = []
    for name in rounds[0].figures:
        values: dict[str, float | None] = {}
        for side in ("encrypted", "plain"):
            present = [v for r in rounds if (v := r.figures[name][side]) is not None]
            values[side] = statistics.median(present) if present else None
        enc, pln = values["encrypted"], values["plain"]
        ratio = enc / pln if enc is not None and pln else None
        if name.endswith("rows/s") and ratio:
            ratio = 1 / ratio  # read every ratio as "encrypted costs N times plain"
        target, verdict = verdicts(name, enc, ratio)
        metrics.append(Metric(name, enc, pln, ratio, target, verdict))
    return metrics


def fmt(value: float | None) -> str:
    if value is None:
        return "—"
    if value >= 1000:
        return f"{value:,.0f}"
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}" if value >= 1 else f"{value:.3f}"


def render_table(header: Sequence[str], rows: Sequence[Sequence[str]], right: set[int]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        padded = (
            c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(cells)
        )
        return "| " + " | ".join(padded) + " |"

    rule = "|".join(
        "-" * (w + 1) + ":" if i in right else "-" * (w + 2) for i, w in enumerate(widths)
    )
    return "\n".join([line(header), f"|{rule}|", *(line(r) for r in rows)])


def metrics_table(metrics: list[Metric]) -> str:
    rows = [
        (
            m.name,
            fmt(m.encrypted),
            fmt(m.plain),
            "—" if m.ratio is None else f"{m.ratio:.2f}",
            m.target or "—",
            m.verdict,
        )
        for m in metrics
    ]
    header = ("metric", "encrypted", "plain", "ratio", "target", "verdict")
    return render_table(header, rows, {1, 2, 3})


def sweep_table(points: list[dict[str, Any]]) -> str:
    names = [k for k in points[0] if k != "cache_size"]
    header = ["cache_size", *(f"{n} (ms) enc / plain" for n in names)]
    rows = [
        [
            str(p["cache_size"]),
            *(f"{fmt(p[n]['encrypted'])} / {fmt(p[n]['plain'])}" for n in names),
        ]
        for p in points
    ]
    return render_table(header, rows, set(range(1, len(header))))


def environment(args: argparse.Namespace, dataset: Dataset) -> dict[str, Any]:
    conn = vault_engine.driver().connect(":memory:")
    try:
        cipher_sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
        cipher_version = conn.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        conn.close()
    return {
        "scale": args.scale,
        "seed": args.seed,
        "today": dataset.today.isoformat(),
        "repeat": args.repeat,
        "warmups": args.warmups,
        "runs": args.runs,
        "service_runs": args.service_runs,
        "opens": args.opens,
        "rows": dataset.counts(),
        "total_rows": dataset.total_rows(),
        "narrative_bytes": NARRATIVE_BYTES,
        "cache_size_option": args.cache_size,
        "cipher_memory_security": cipher_memory_security_state(),
        "lookaside": args.lookaside,
        "plain_like_vault": args.plain_like_vault,
        "sqlcipher": f"{cipher_version} (SQLite {cipher_sqlite})",
        "plain_sqlite": sqlite3.sqlite_version,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average_at_end": os.getloadavg()[0],
    }


NOTES = (
    "Bulk load, records: the generated rows (made before any timer starts) written through "
    "the app's bulk writer (services/bulk_records.bulk_insert: single-row INSERT "
    "executemany, batches of 1,000, values equal in every row as literals; bind processing "
    "in Python included) in one write transaction, commit included; identical for both. "
    "The target applies to this figure.",
    "Then, apart: in a second transaction on the same database, what the app's bulk import "
    "(the CSV import) writes beside the records, for every record: audit entries, "
    "search-index rows (FTS5 with transliteration keys; the index is built here, not in the "
    "records figure) and field versions (one record-wide row each). "
    "'records + all of the above' is the whole import path for the set.",
    "Driver executemany: the records again, into fresh databases, with SQLAlchemy's bind "
    "processing done beforehand and nothing inlined: the SQLite (and cipher) share.",
    "Warm figures: median (and p95) after the warm-ups, encrypted and plain alternating. "
    "Plain uses the stdlib sqlite3 (another SQLite version) with the vault's effective "
    "cache_size.",
    "Unlock: median of the opens; the KDF and the rest are timed on their own beside them.",
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="row-count factor (1 = full)")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--repeat", type=int, default=1, help="fresh rounds; medians reported")
    parser.add_argument("--warmups", type=int, default=3)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--service-runs", type=int, default=5, help="runs of the slow services")
    parser.add_argument("--opens", type=int, default=5, help="timed Vault.open calls")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    parser.add_argument("--no-driver-load", action="store_true", help="skip the second load")
    parser.add_argument("--sweep-cache", action="store_true", help="warm queries per cache size")
    parser.add_argument("--cache-size", type=int, default=None, help="experiment: cache_size")
    parser.add_argument("--memory-security", choices=("on", "off"), default="on")
    parser.add_argument("--lookaside", choices=("on", "off"), default="on")
    parser.add_argument("--plain-like-vault", action="store_true")
    parser.add_argument(
        "--merge", nargs="+", type=Path, metavar="JSON", help="table of medians over --json files"
    )
    args = parser.parse_args(argv)
    if args.merge:
        return merge(args.merge)

    if args.lookaside == "off":
        # SQLite's default pool, as before vault/lookaside.py.
        cast(Any, vault_lookaside).enlarge_pool_of = lambda _lib: False
    apply_process_settings(args.cache_size, args.memory_security == "on")
    log("calibrating the KDF ...")
    calibrate_kdf_cost()
    log(f"generating data (scale {args.scale}) ...")
    start = clock.perf_counter()
    dataset = build_dataset(args.scale, args.seed, date.today())
    log(f"  {dataset.total_rows():,} rows in {clock.perf_counter() - start:.1f} s")

    rounds: list[Round] = []
    with tempfile.TemporaryDirectory(prefix="casefile-bench-") as tmp:
        for i in range(args.repeat):
            log(f"round {i + 1}/{args.repeat}")
            workdir = Path(tmp) / f"round{i}"
            rounds.append(run_round(workdir, dataset, args))
            shutil.rmtree(workdir)  # free the disk before the next round

    metrics = summarise(rounds)
    env = environment(args, dataset)
    env.update({k: v for k, v in rounds[0].info.items() if k != "cache_sweep"})
    sweeps = [r.info["cache_sweep"] for r in rounds if "cache_sweep" in r.info]
    if args.json:
        document = {
            "environment": env,
            "metrics": [asdict(m) for m in metrics],
            "rounds": [r.figures for r in rounds],
            "cache_sweep": sweeps,
            "notes": list(NOTES),
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    print(metrics_table(metrics))
    print()
    print(
        f"rows: {env['total_rows']:,} {env['rows']}; agenda: {env['agenda_hearings']} "
        f"hearings, {env['agenda_rows']} defendant rows"
    )
    print(
        f"{env['sqlcipher']}, plain SQLite {env['plain_sqlite']}; KDF {env['kdf_cost']}; "
        f"cipher_memory_security {env['cipher_memory_security']}; "
        f"lookaside {env['lookaside']}; cache_size {env['cache_size_effective']}; "
        f"rounds {args.repeat}; "
        f"load average {env['load_average_at_end']:.1f} on {env['cpus']} CPUs"
    )
    for note in NOTES:
        print(f"* {note}")
    for points in sweeps:
        print()
        print("cache sweep (warm medians):")
        print(sweep_table(points))
    return 0


def merge(files: Sequence[Path]) -> int:
    """Prints the table of medians over the rounds of several --json outputs."""
    documents = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    rounds = [Round(figures=figures) for doc in documents for figures in doc["rounds"]]
    print(metrics_table(summarise(rounds)))
    print()
    for f, doc in zip(files, documents, strict=True):
        env = doc["environment"]
        print(
            f"{f.name}: scale {env['scale']}, memory security {env['cipher_memory_security']}, "
            f"cache_size {env.get('cache_size_effective')}, KDF {env.get('kdf_cost')}, "
            f"load average {env.get('load_average_at_end', 0):.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
