"""A realistic benchmark vault, built once per scale and schema and cached under /tmp.

"Realistic" means what a vault holds after use, not only its records: every record also has
its audit entry, its search-index row and its field version (written by the app's own bulk
writer, as a CSV import or a partner's bundle writes them, under the actor "import"), and the
vault's own user ("bench") then edited a few hundred records through the app's services (audit
updates, per-field versions, search-index updates). The key file has a fixed Argon2id cost
(BENCH_KDF), so unlock figures do not depend on what calibration picked on the day.

Scales (people: hearings, ill-treatment narratives of ~2 KB), the others follow the people:
as many cases, two detention events each, one or two defendants and half a lawyer per case:

    10,000: 50,000 hearings, 20,000 narratives (the issue's small scale)
    30,000: 210,000 hearings, 60,000 narratives
    100,000: 1,000,000 hearings, 200,000 narratives (the issue's large scale)

Each is built in a child process (its Python objects never count in a bench's memory), then a
plain twin is written with sqlcipher_export (same rows, same SQLite, no encryption). Both live
in /tmp/casefile-bench/<key>/ with meta.json (counts, build time, load); the key names the
schema revision and the search-index scheme, so a schema change builds afresh.

    .venv/bin/python bench/realistic.py --people 10000        # build (or say where it is)
    .venv/bin/python bench/realistic.py --people 10000 --force

Never in the repository: the 100,000-people vault takes several GB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(os.environ.get("CASEFILE_BENCH_CACHE", "/tmp/casefile-bench"))
PASSPHRASE = "realistic bench vault — passphrase 2026"
USER = "bench"  # the vault's own user: opens it and made the last edits
IMPORTER = "import"  # the actor of the bulk-written records
GENERATOR = "g2"  # bump when the generated data changes
SEED = 2026
SCALES: dict[int, tuple[int, int]] = {
    10_000: (50_000, 20_000),
    30_000: (210_000, 60_000),
    100_000: (1_000_000, 200_000),
}
EDITS = 300  # records the user edits through the services after the import
CHUNK = 20_000  # records per write transaction while building


def scale_of(people: int) -> tuple[int, int]:
    if people in SCALES:
        return SCALES[people]
    # Between the named scales: hearings grow as people^1.3, narratives as people.
    return round(50_000 * (people / 10_000) ** 1.3), people * 2


def bench_kdf() -> Any:
    from casefile.vault.keyfile import KdfCost

    # About what calibration picks here (bench/README.md); fixed, so every vault costs the same.
    return KdfCost(memory_kib=256 * 1024, time_cost=3, parallelism=2)


@dataclass(frozen=True)
class Built:
    folder: Path  # the vault (NAME.casefile)
    plain: Path  # its plain twin (a SQLite file)
    meta: dict[str, Any]

    @property
    def people(self) -> int:
        return int(self.meta["counts"]["persons"])


def cache_key(people: int) -> str:
    from casefile.vault import migrations, search_index

    return (
        f"realistic-p{people}-r{migrations.head_revision()}-{search_index.INDEX_VERSION}-"
        f"{GENERATOR}"
    )


def ensure(people: int, *, force: bool = False) -> Built:
    """The cached vault of this scale, built first (in a child process) when missing."""
    home = CACHE / cache_key(people)
    meta_path = home / "meta.json"
    if force and home.exists():
        shutil.rmtree(home)
    if not meta_path.exists():
        if home.exists():
            shutil.rmtree(home)  # a build that did not finish
        home.mkdir(parents=True)
        print(f"building the realistic vault of {people:,} people in {home} …", file=sys.stderr)
        subprocess.run(
            [sys.executable, __file__, "--child", str(home), "--people", str(people)],
            check=True,
            env={**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(ROOT))},
        )
    meta = json.loads(meta_path.read_text())
    return Built(home / "bench.casefile", home / "plain.db", meta)


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


# -- the build (child process) -------------------------------------------------------------


def _batches(people: int, today: date) -> Iterator[tuple[Any, list[dict[str, Any]]]]:
    """(table, rows) in foreign-key order, CHUNK rows at a time, from one seeded generator."""
    sys.path.insert(0, str(ROOT / "bench"))
    import vault_bench as vb

    from casefile.domain.dates import PartialDate
    from casefile.vault.schema import (
        Case,
        CaseParticipant,
        DetentionEvent,
        Hearing,
        IllTreatmentReport,
        Person,
    )

    n_hearings, n_reports = scale_of(people)
    rng = random.Random(SEED)
    words = vb.TextSource(rng)
    stamp = datetime(2024, 1, 1, 12, 0, 0)

    def chunked(table: Any, rows: Iterator[dict[str, Any]]) -> Iterator[Any]:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) == CHUNK:
                yield table.__table__, batch
                batch = []
        if batch:
            yield table.__table__, batch

    person_ids: list[str] = []
    case_ids: list[str] = []

    def persons() -> Iterator[dict[str, Any]]:
        for _ in range(people):
            name = f"{rng.choice(vb.SURNAMES)} {rng.choice(vb.GIVEN_NAMES)} " + rng.choice(
                vb.PATRONYMICS
            )
            birth = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 55))
            row = {
                **vb._bookkeeping(rng, stamp),
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
            person_ids.append(row["id"])
            yield row

    def cases() -> Iterator[dict[str, Any]]:
        for number in range(people):
            row = {
                **vb._bookkeeping(rng, stamp),
                "title": f"Дело № {number + 1}/{rng.randrange(18, 25)} — {words.words(4)}",
                "case_numbers": [f"{rng.randrange(10**6):06d}-{rng.randrange(18, 25)}"],
                "summary": words.words(40),
                "status": rng.choice(("investigation", "trial", "appeal", "closed")),
            }
            case_ids.append(row["id"])
            yield row

    def participants() -> Iterator[dict[str, Any]]:
        for case_id in case_ids:
            roles = ["defendant"] * rng.choice((1, 2)) + ["lawyer"] * rng.choice((0, 1))
            for role, person_id in zip(roles, rng.sample(person_ids, len(roles)), strict=True):
                yield {
                    **vb._bookkeeping(rng, stamp),
                    "case_id": case_id,
                    "person_id": person_id,
                    "role": role,
                }

    def detentions() -> Iterator[dict[str, Any]]:
        for person_id in person_ids:
            start = today - timedelta(days=rng.randrange(30, 1500))
            # Most people were released; some are held, some under house arrest or a ban.
            kinds = ["police_custody", "pretrial_detention"]
            fate = rng.random()
            if fate < 0.55:
                kinds.append("release")
            elif fate < 0.7:
                kinds.append("house_arrest")
            elif fate < 0.8:
                kinds.append("travel_ban")
            for kind in kinds:
                yield {
                    **vb._bookkeeping(rng, stamp),
                    "person_id": person_id,
                    "case_id": rng.choice(case_ids),
                    "type": kind,
                    "start": PartialDate.from_date(start),
                    "end": None,
                    "term_until": start + timedelta(days=60)
                    if kind == "pretrial_detention"
                    else None,
                    "place": rng.choice(vb.PLACES),
                    "forces": "ГКНБ",
                    "ordering_authority": None,
                    "warrant_shown": rng.choice((True, False, None)),
                    "reasons_given": None,
                    "legal_basis": None,
                    "notes": words.words(10),
                }
                start += timedelta(days=rng.randrange(2, 200))
                if start > today:
                    break

    def hearings() -> Iterator[dict[str, Any]]:
        for _ in range(n_hearings):
            day = today + timedelta(days=rng.randrange(-730, 365))
            yield {
                **vb._bookkeeping(rng, stamp),
                "case_id": rng.choice(case_ids),
                "scheduled_date": day,
                "scheduled_time": dtime(rng.randrange(9, 18), rng.choice((0, 15, 30, 45))),
                "court": rng.choice(vb.COURTS),
                "judge": f"{rng.choice(vb.SURNAMES)} {rng.choice(vb.GIVEN_NAMES)[0]}.",
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

    def reports() -> Iterator[dict[str, Any]]:
        for _ in range(n_reports):
            incident = today - timedelta(days=rng.randrange(30, 1500))
            answered = rng.random() < 0.3
            yield {
                **vb._bookkeeping(rng, stamp),
                "victim_id": rng.choice(person_ids),
                "case_id": rng.choice(case_ids) if rng.random() < 0.8 else None,
                "incident_date": PartialDate.from_date(incident),
                "place": rng.choice(vb.PLACES),
                "circumstances": words.narrative(vb.NARRATIVE_BYTES),
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
                "official_response": words.words(8) if answered else None,
                "response_on": None,
                "source_id": None,
                "notes": None,
            }

    yield from chunked(Person, persons())
    yield from chunked(Case, cases())
    yield from chunked(CaseParticipant, participants())
    yield from chunked(DetentionEvent, detentions())
    yield from chunked(Hearing, hearings())
    yield from chunked(IllTreatmentReport, reports())


def _user_edits(vault: Any, rng: random.Random) -> None:
    """A few hundred edits through the app's own service, as the user makes them."""
    from sqlalchemy import select

    from casefile.services.records.drafts import save_record
    from casefile.vault.schema import Hearing, Person

    with vault.read() as session:
        people = list(session.scalars(select(Person.id).limit(5000)))
        hearings = list(session.scalars(select(Hearing.id).limit(5000)))
    for number in range(EDITS):
        if number % 2:
            save_record(vault, "persons", rng.choice(people), {"notes": f"checked {number}"})
        else:
            save_record(vault, "hearings", rng.choice(hearings), {"notes": f"moved {number}"})


def build(home: Path, people: int) -> None:
    sys.path.insert(0, str(ROOT))
    from sqlalchemy.orm import Session

    from casefile.services.open_formats import bulk_records
    from casefile.vault.engine import writer
    from casefile.vault.schema import RECORD_BY_TABLE, Record
    from casefile.vault.vault import Vault

    started = time.perf_counter()
    load_before = load_average()
    folder = home / "bench.casefile"
    created = Vault.create(
        folder, PASSPHRASE, actor=USER, kdf_cost=bench_kdf(), enforce_strength=False
    )
    vault = created.vault
    counts: dict[str, int] = {}
    records_seconds = side_seconds = 0.0
    for table, rows in _batches(people, date.today()):
        model = RECORD_BY_TABLE[table.name]
        counts[table.name] = counts.get(table.name, 0) + len(rows)
        writes = [
            bulk_records.RecordWrite(
                row["id"], {k: v for k, v in row.items() if k not in Record.BOOKKEEPING}
            )
            for row in rows
        ]
        with Session(writer(vault.engine)) as session:
            session.info["actor"] = IMPORTER
            session.begin()
            begun = time.perf_counter()
            for first in range(0, len(rows), bulk_records.BATCH):
                bulk_records.bulk_insert(session, table, rows[first : first + bulk_records.BATCH])
            records_seconds += time.perf_counter() - begun
            begun = time.perf_counter()
            bulk_records.write_audit(session, model, writes, [])
            bulk_records.write_search_index(session, model, writes, [])
            bulk_records.write_field_versions(session, model, writes, [])
            session.commit()
            side_seconds += time.perf_counter() - begun
        done = sum(counts.values())
        print(
            f"  {table.name}: {counts[table.name]:,} ({done:,} records, "
            f"{time.perf_counter() - started:.0f} s)",
            file=sys.stderr,
            flush=True,
        )
    begun = time.perf_counter()
    _user_edits(vault, random.Random(SEED + 1))
    edits_seconds = time.perf_counter() - begun
    with vault.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.close()
    begun = time.perf_counter()
    export_plain(folder, home / "plain.db")
    export_seconds = time.perf_counter() - begun
    meta = {
        "people": people,
        "counts": counts,
        "records": sum(counts.values()),
        "edits": EDITS,
        "built": datetime.now().isoformat(timespec="seconds"),
        "seconds": {
            "records": round(records_seconds, 1),
            "audit_index_versions": round(side_seconds, 1),
            "edits": round(edits_seconds, 1),
            "plain_export": round(export_seconds, 1),
            "total": round(time.perf_counter() - started, 1),
        },
        "load": {"before": load_before, "after": load_average()},
        "bytes": {
            "vault": (folder / "vault.db").stat().st_size,
            "plain": (home / "plain.db").stat().st_size,
        },
    }
    (home / "meta.json").write_text(json.dumps(meta, indent=2))
    print(json.dumps(meta, indent=2), file=sys.stderr)


def export_plain(folder: Path, target: Path) -> None:
    """The vault's rows in a plain SQLite file (sqlcipher_export with an empty key)."""
    from casefile.vault import engine as vault_engine
    from casefile.vault.keyfile import read_keyfile, unlock

    key = unlock(read_keyfile(folder / "vault.keys"), PASSPHRASE)

    conn = vault_engine.driver().connect(str(folder / "vault.db"))
    try:
        conn.isolation_level = None
        vault_engine.register_functions(conn)  # the export builds the name key index again
        conn.execute(f'PRAGMA key = "{vault_engine.raw_key_literal(key)}"')
        for pragma in vault_engine.CIPHER_PINS:
            conn.execute(pragma)
        conn.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--force", action="store_true", help="build again")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        build(args.child, args.people)
        return 0
    built = ensure(args.people, force=args.force)
    print(built.folder)
    print(json.dumps(built.meta, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
