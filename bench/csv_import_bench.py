"""CSV import benchmark: 10k people and 10k hearings, dry run and import, against the 5 s target.

Creates a temporary encrypted vault with 200 cases, writes a 10k-row people CSV (Cyrillic
names, partial dates, vocabulary labels) and a 10k-row hearings CSV (cases named by number),
then times, for each: the dry run (plan_import), the import (run_import, one transaction with
audit entries and search-index rows), and a second import of the same people file with one
changed column (10k updates). Also times a full JSON and CSV export of the result.

    .venv/bin/python bench/csv_import_bench.py
    .venv/bin/python bench/csv_import_bench.py --rows 2000   # a quick run
    .venv/bin/python bench/csv_import_bench.py --memory-security off   # an experiment

``--memory-security off`` turns SQLCipher's process-wide ``cipher_memory_security`` off in this
process only (the vault always runs with it on): it shows how much of the time is the
mlock/munlock pair SQLCipher then makes for every SQLite allocation.

Everything happens in a temporary directory that is deleted at the end. This is a script,
not a test.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sys
import tempfile
import time as clock
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select

from casefile.services.open_formats.csv_import import ImportKind, plan_import, run_import
from casefile.services.open_formats.export import export_csv, export_json
from casefile.services.records.drafts import save_record
from casefile.vault import engine as vault_engine
from casefile.vault.keyfile import KdfCost
from casefile.vault.schema import AuditEntry, Person
from casefile.vault.vault import Vault

TARGET_SECONDS = 5.0
PASSPHRASE = "benchmark passphrase that is long enough to pass"
# Unlocking is not what is measured here; keep key derivation cheap.
BENCH_KDF = KdfCost(memory_kib=8, time_cost=1, parallelism=1)

FIRST = ["Айпери", "Бектур", "Чолпон", "Азамат", "Гулнара", "Эркин", "Нургуль", "Темирлан"]
LAST = ["Асанов", "Жолдошева", "Токтогулов", "Сыдыкова", "Мамытов", "Абдыкадырова"]
SEX = ["Мужской", "Женский", "male", "female", "unknown"]
ROLES = ["journalist", "Правозащитник", "lawyer\nactivist", ""]
KINDS = ["Судебное заседание", "appeal", "preliminary", ""]


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def people_csv(rows: int, rng: random.Random) -> bytes:
    body = []
    for number in range(rows):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {number:05d}"
        year = rng.randint(1950, 2005)
        birth = rng.choice([f"{year}", f"{rng.randint(1, 12):02d}.{year}", f"c. {year}"])
        body.append([name, birth, rng.choice(SEX), rng.choice(ROLES), "Бишкек", "заметка " * 5])
    return _csv(["full_name", "birth_date", "sex", "roles", "usual_address", "notes"], body)


def hearings_csv(rows: int, cases: int, rng: random.Random) -> bytes:
    start = date(2020, 1, 1)
    body = []
    for number in range(rows):
        day = start + timedelta(days=number // cases)
        body.append(
            [
                f"{number % cases}-2024",
                day.strftime("%d.%m.%Y"),
                f"{9 + number % 8}:00",
                "Первомайский районный суд",
                rng.choice(KINDS),
                rng.choice(["да", "нет", ""]),
            ]
        )
    return _csv(
        ["case", "scheduled_date", "scheduled_time", "court", "kind", "lawyer_present"], body
    )


_last_cpu = 0.0


def timed[T](label: str, action: Callable[[], T]) -> tuple[T, float]:
    """The result and the wall-clock seconds; the CPU seconds are kept for line()."""
    global _last_cpu
    cpu = clock.process_time()
    started = clock.perf_counter()
    result = action()
    seconds = clock.perf_counter() - started
    _last_cpu = clock.process_time() - cpu
    return result, seconds


def line(label: str, seconds: float, target: float | None = TARGET_SECONDS) -> None:
    verdict = "" if target is None else ("  ok" if seconds <= target else "  OVER TARGET")
    print(f"  {label:<42} {seconds:6.2f} s wall {_last_cpu:6.2f} s CPU{verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--memory-security", choices=("on", "off"), default="on")
    args = parser.parse_args()
    if args.memory_security == "off":
        # The engine module's one-time global setup, done first with memory security off
        # (once on, SQLCipher keeps it on for the life of the process).
        conn = vault_engine.driver().connect(":memory:")
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute("PRAGMA cipher_memory_security = OFF")
        finally:
            conn.close()
        vault_engine._silenced = True
    rng = random.Random(2024)
    with tempfile.TemporaryDirectory() as folder:
        created = Vault.create(
            Path(folder) / "bench", PASSPHRASE, actor="bench", kdf_cost=BENCH_KDF
        )
        with created.vault as vault:
            for number in range(args.cases):
                save_record(
                    vault,
                    "cases",
                    None,
                    {"title": f"Дело {number}", "case_numbers": [f"{number}-2024"]},
                )
            people = people_csv(args.rows, rng)
            hearings = hearings_csv(args.rows, args.cases, rng)
            print(
                f"CSV import, {args.rows} rows each (people {len(people) / 1e6:.1f} MB, "
                f"hearings {len(hearings) / 1e6:.1f} MB); target <= {TARGET_SECONDS:.0f} s; "
                f"SQLCipher memory security {args.memory_security}"
            )
            plan, seconds = timed("", lambda: plan_import(vault, ImportKind.PEOPLE, people))
            line(f"people: dry run ({len(plan.rows)} rows)", seconds)
            result, seconds = timed("", lambda: run_import(vault, ImportKind.PEOPLE, people))
            line(f"people: import ({result.created} created)", seconds)

            plan, seconds = timed("", lambda: plan_import(vault, ImportKind.HEARINGS, hearings))
            line(f"hearings: dry run ({len(plan.rows)} rows)", seconds)
            result, seconds = timed("", lambda: run_import(vault, ImportKind.HEARINGS, hearings))
            line(f"hearings: import ({result.created} created)", seconds)

            export_dir = Path(folder) / "export"
            _done, seconds = timed("", lambda: export_csv(vault, export_dir / "csv"))
            line("export: CSV, every table", seconds, None)
            # Re-import the exported people with one field changed: 10k updates.
            exported = (export_dir / "csv" / "persons.csv").read_bytes()
            changed = exported.replace("Бишкек".encode(), "Ош".encode())
            result, seconds = timed("", lambda: run_import(vault, ImportKind.PEOPLE, changed))
            line(f"people: re-import ({result.updated} updated)", seconds)
            _done, seconds = timed("", lambda: export_json(vault, export_dir / "json"))
            line("export: JSON, everything", seconds, None)

            with vault.read() as session:
                persons = session.scalar(select(func.count()).select_from(Person))
                audit = session.scalar(select(func.count()).select_from(AuditEntry))
            print(f"  vault now holds {persons} persons and {audit} audit entries")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"  {os.cpu_count()} CPUs, load average {load:.1f} (other processes slow wall times)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
