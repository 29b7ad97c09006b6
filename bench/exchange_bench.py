"""Exchange benchmark: export and import of one bundle with many changed records and files.

Creates two vaults in a temporary folder, fills the first with N people, N/2 cases, N/2
hearings and N/2 case participants (all through the ORM, so field versions are stamped as in
use) plus F MB of attachments, then times: exporting a bundle of everything since the last one
(with the production scrypt cost), importing it into the second vault (preview included, one
transaction), a replay of the same bundle, and a small incremental bundle afterwards.

    .venv/bin/python bench/exchange_bench.py                    # 10,000 people, 50 MB
    .venv/bin/python bench/exchange_bench.py --people 2000 --mb 5
    .venv/bin/python bench/exchange_bench.py --memory-security off    # an experiment

``--memory-security off`` turns SQLCipher's process-wide ``cipher_memory_security`` off in this
process only (the vault always runs with it on), to show how much of the time is SQLCipher's
mlock/munlock per SQLite allocation (bench/csv_import_bench.py has the same switch).

Progress goes to stderr, figures to stdout. This is a script, not a test.

Measured 2026-11-23 on the shared 2-core machine (load about 1), 10,000 people = 25,050
records and 50 files of 1 MB (a 51.3 MB bundle), memory security on: export 6.9 s (scrypt
included), preview 3.3 s, import 8.2 s, replay 1.2 s, 100 edits exchanged 1.2 s; the code
before, same run conditions: export 14.2 s, preview 6.1 s, import 35.5 s. The issue's target
(10 s each) is met. Where the time went and what changed: bench/README.md, "Change bundles".
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import select, text

from casefile.domain.models import Case, CaseParticipant, Hearing, Person, new_id
from casefile.services import attachments
from casefile.services.exchange import devices, service
from casefile.services.exchange.dump import canonical_dump
from casefile.vault import engine as vault_engine
from casefile.vault.keyfile import KdfCost
from casefile.vault.vault import Vault

PASSPHRASE = "bench vault passphrase, not for real use"
BUNDLE_PASSPHRASE = "bench bundle passphrase"
VAULT_KDF = KdfCost(memory_kib=8, time_cost=1, parallelism=1)  # vault unlock is not measured


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _fill(vault: Vault, people: int, megabytes: int) -> None:
    """Ids are given up front, so each batch is one flush (no flush per record)."""
    for start in range(0, people, 2000):
        with vault.write() as session:
            session.execute(text("PRAGMA defer_foreign_keys = ON"))  # parents in the same batch
            for i in range(start, min(start + 2000, people)):
                person_id = new_id()
                session.add(
                    Person(
                        id=person_id,
                        full_name=f"Person {i}",
                        name_variants=[f"Variant {i}"],
                        profession="journalist",
                        notes="notes " * 30,
                    )
                )
                if i % 2 == 0:
                    case_id = new_id()
                    session.add(Case(id=case_id, title=f"Case {i}", summary="summary " * 20))
                    session.add(
                        CaseParticipant(case_id=case_id, person_id=person_id, role="defendant")
                    )
                    session.add(Hearing(case_id=case_id, scheduled_date=date(2024, 6, 3)))
    with vault.read() as session:
        owners = list(session.scalars(select(Case.id).limit(megabytes)))
    for owner in owners:
        data = io.BytesIO(os.urandom(1_000_000))
        attachments.add_attachment(vault, "cases", owner, "scan", data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--mb", type=int, default=50, help="megabytes of attachments (1 MB files)")
    parser.add_argument("--memory-security", choices=("on", "off"), default="on")
    args = parser.parse_args()
    if args.memory_security == "off":
        # Before the engine module's one-time setup: once on, it stays on in this process.
        conn = vault_engine._dbapi().connect(":memory:")
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute("PRAGMA cipher_memory_security = OFF")
        finally:
            conn.close()
        vault_engine._silenced = True
    with tempfile.TemporaryDirectory() as tmp:
        laptop = Vault.create(
            Path(tmp) / "laptop",
            PASSPHRASE,
            actor="laptop",
            kdf_cost=VAULT_KDF,
            enforce_strength=False,
        ).vault
        office = Vault.create(
            Path(tmp) / "office",
            PASSPHRASE,
            actor="office",
            kdf_cost=VAULT_KDF,
            enforce_strength=False,
        ).vault
        for vault, other, name in ((laptop, office, "office"), (office, laptop, "laptop")):
            card = devices.parse_card(devices.this_device(other).card)
            devices.trust_device(vault, card, name)
        _log(f"filling: {args.people} people, {args.mb} MB of files ...")
        started = time.perf_counter()
        _fill(laptop, args.people, args.mb)
        fill_s = time.perf_counter() - started

        started = time.perf_counter()
        bundle = service.export_bundle(laptop, "office", passphrase=BUNDLE_PASSPHRASE)
        export_s = time.perf_counter() - started

        started = time.perf_counter()
        preview = service.preview_bundle(office, bundle.data, BUNDLE_PASSPHRASE)
        preview_s = time.perf_counter() - started

        started = time.perf_counter()
        result = service.import_bundle(office, bundle.data, BUNDLE_PASSPHRASE)
        import_s = time.perf_counter() - started

        started = time.perf_counter()
        service.import_bundle(office, bundle.data, BUNDLE_PASSPHRASE)
        replay_s = time.perf_counter() - started

        with laptop.write() as session:
            for person in session.scalars(select(Person).limit(100)):
                person.profession = "lawyer"
        started = time.perf_counter()
        small = service.export_bundle(laptop, "office", passphrase=BUNDLE_PASSPHRASE)
        service.import_bundle(office, small.data, BUNDLE_PASSPHRASE)
        small_s = time.perf_counter() - started
        equal = canonical_dump(laptop) == canonical_dump(office)
        laptop.close()
        office.close()

    print(f"SQLCipher memory sec.  {args.memory_security:>10}")
    print(f"records in bundle      {bundle.records:>10,}")
    print(f"files in bundle        {bundle.files:>10,}")
    print(f"bundle size            {len(bundle.data) / 1e6:>10.1f} MB")
    print(f"fill (not exchange)    {fill_s:>10.2f} s")
    print(f"export                 {export_s:>10.2f} s  (scrypt N=2^17 included)")
    print(f"preview                {preview_s:>10.2f} s")
    print(f"import                 {import_s:>10.2f} s  ({len(result.new):,} new, one transaction)")
    print(f"replay (no-op)         {replay_s:>10.2f} s")
    print(f"100 edits, both ways   {small_s:>10.2f} s  ({small.records} records)")
    print(f"vaults equal after     {equal!s:>10}")
    print(f"preview said new       {len(preview.new):>10,}")


if __name__ == "__main__":
    main()
