"""Exchange benchmark: export and import of one bundle with many changed records and files.

Creates two vaults in a temporary folder, fills the first with N people, N/2 cases, N/2
hearings and N/2 case participants (all through the ORM, so field versions are stamped as in
use) plus F MB of attachments, then times: exporting a bundle of everything since the last one
(with the production scrypt cost, written to a file), previewing it from the file, importing
it from the file in a fresh process (its time and peak resident memory; the same changes as
a format-2 bundle into a copy of the vault, for comparison), a replay of the same bundle, and
a small incremental bundle afterwards. It also imports three small files signed by the
trusted sender that inflate to 1 GiB (format-3 manifests, a format-1 payload) and prints what
they cost. Peak memory is VmHWM, reset before the import (Linux), else ru_maxrss.

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
(10 s each) is met. Where the time went and what changed: bench/README.md, "Change bundles";
format 3 and its memory: bench/README.md, "Change bundles, format 3".
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from datetime import date
from pathlib import Path

from sqlalchemy import select, text

from casefile.services.exchange import bundle_format, bundle_legacy, bundle_stream, devices, service
from casefile.services.exchange.bundle_format import (
    MAX_MANIFEST,
    BundleKdf,
    PassphraseKey,
    Sender,
)
from casefile.services.exchange.changes import Selection, collect
from casefile.services.exchange.dump import canonical_dump
from casefile.services.exchange.errors import BundleError
from casefile.services.records import attachments
from casefile.vault import engine as vault_engine
from casefile.vault.atomic import write_atomic
from casefile.vault.keyfile import KdfCost
from casefile.vault.schema import Case, CaseParticipant, Hearing, Person, new_id
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


def _reset_peak() -> bool:
    """Linux lets a process reset its peak resident memory (VmHWM) by writing 5 to
    /proc/self/clear_refs, so the import's own peak shows even below the opening's."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _peak_rss_mib() -> float | None:
    """Peak resident memory: VmHWM on Linux, else ru_maxrss (not on Windows)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024


def _current_rss_mib() -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _child_import(vault_path: str, bundle: str, passphrase: str) -> None:
    """Runs in a fresh process: open the vault, import the bundle from its file, print the
    peak resident memory before and after, and the time."""
    vault = Vault.open(Path(vault_path), PASSPHRASE, actor="office")
    with vault.read() as session:
        session.execute(text("SELECT count(*) FROM persons")).scalar()
    before = _current_rss_mib() if _reset_peak() else _peak_rss_mib()
    started = time.perf_counter()
    try:
        result = service.import_bundle(vault, Path(bundle), passphrase or None)
        outcome = f"imported {len(result.new)} new"
    except BundleError as error:
        outcome = f"refused: {type(error).__name__}"
    elapsed = time.perf_counter() - started
    vault.close()
    print(f"{before}\t{_peak_rss_mib()}\t{elapsed}\t{outcome}")


def _measure_import(vault: Path, bundle: Path, passphrase: str | None) -> tuple[str, str]:
    """Peak memory and time of one import from a file, in a fresh process."""
    line = (
        subprocess.run(
            [sys.executable, __file__, "--child-import", str(vault), str(bundle), passphrase or ""],
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    before, after, elapsed, outcome = line.split("\t")
    if before == "None":
        return f"{float(elapsed):.2f} s, {outcome}", "peak memory: not measurable here"
    grew = float(after) - float(before)
    return (
        f"{float(elapsed):.2f} s, {outcome}",
        f"peak RSS {float(after):.0f} MiB (+{grew:.0f} MiB over the opened vault)",
    )


def _bombs(laptop: Vault, office: Vault, folder: Path) -> list[tuple[str, Path, str]]:
    """Small files (about 1 MB) signed by the trusted laptop that inflate to 1 GiB: format-3
    bundles whose manifest does, and a format-1 bundle whose payload does."""
    compressor = zlib.compressobj(level=9)
    bomb = b"".join(compressor.compress(bytes(1024 * 1024)) for _ in range(1024))
    bomb += compressor.flush()
    office_id = devices.this_device(office).device_id
    with laptop.read() as session:
        me = devices.identity(session)
        sender, signing_key = devices.own_sender(me), me.signing_key
    key = PassphraseKey(BUNDLE_PASSPHRASE, BundleKdf(log2_n=4, r=1, p=1))
    streams = [
        bundle_stream.seal(
            [len(bomb).to_bytes(4, "big"), bomb],
            manifest_size=claimed,
            sender=sender,
            signing_key=signing_key,
            key=key,
            recipient=office_id,
        )
        for claimed in (1000, MAX_MANIFEST)
    ]
    # write_legacy_bundle compresses what it is given (1 GiB in memory here): the legacy bomb
    # is sealed from the zeros' zlib stream directly.
    legacy = _legacy_bomb(sender, signing_key, key, office_id, bomb)
    made: list[tuple[str, Path, str]] = []
    for name, data in (
        ("format 3, 1 GiB manifest claiming 1000 bytes", streams[0]),
        ("format 3, 1 GiB manifest claiming the 64 MiB limit", streams[1]),
        ("format 1, payload inflating to 1 GiB", legacy),
    ):
        path = folder / f"bomb-{len(made)}.cfbundle"
        path.write_bytes(data)
        made.append((name, path, BUNDLE_PASSPHRASE))
    return made


def _legacy_bomb(
    sender: Sender, signing_key: bytes, key: PassphraseKey, recipient: str, zeros: bytes
) -> bytes:
    """A format-1 bundle whose ciphertext is the given zlib stream (1 GiB of zeros)."""
    import json
    import os

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from casefile.services.exchange.bundle_common import b64, scrypt

    salt, nonce = os.urandom(16), os.urandom(12)
    header = {
        "bundle_id": "5b0c4b1e-4a55-4d8e-9b43-3a1d2f0e6c11",
        "created": "2026-12-04T00:00:00+00:00",
        "sender": {
            "device_id": sender.device_id,
            "signing_public": b64(sender.signing_public),
            "agreement_public": b64(sender.agreement_public),
        },
        "recipient": recipient,
        "key": {
            "mode": "passphrase",
            "kdf": "scrypt",
            "log2_n": key.kdf.log2_n,
            "r": key.kdf.r,
            "p": key.kdf.p,
            "salt": b64(salt),
        },
        "cipher": "AES-256-GCM",
        "nonce": b64(nonce),
        "compression": "zlib",
    }
    encoded = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")
    prefix = bundle_legacy.PREFIX.pack(bundle_format.MAGIC, 1, len(encoded)) + encoded
    content_key = scrypt(key.passphrase, salt, key.kdf)
    ciphertext = AESGCM(content_key).encrypt(nonce, zeros, prefix)
    signed = prefix + len(ciphertext).to_bytes(8, "big") + ciphertext
    return signed + Ed25519PrivateKey.from_private_bytes(signing_key).sign(signed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--mb", type=int, default=50, help="megabytes of attachments (1 MB files)")
    parser.add_argument("--memory-security", choices=("on", "off"), default="on")
    parser.add_argument("--child-import", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_import:
        _child_import(*args.child_import)
        return
    if args.memory_security == "off":
        # Before the engine module's one-time setup: once on, it stays on in this process.
        conn = vault_engine.driver().connect(":memory:")
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
        office_path = Path(tmp) / "office"
        office = Vault.create(
            office_path,
            PASSPHRASE,
            actor="office",
            kdf_cost=VAULT_KDF,
            enforce_strength=False,
        ).vault
        office_path = office.paths.root  # NAME.casefile
        for vault, other, name in ((laptop, office, "office"), (office, laptop, "laptop")):
            card = devices.parse_card(devices.this_device(other).card)
            devices.trust_device(vault, card, name)
        _log(f"filling: {args.people} people, {args.mb} MB of files ...")
        started = time.perf_counter()
        _fill(laptop, args.people, args.mb)
        fill_s = time.perf_counter() - started

        bundle_path = Path(tmp) / "bundle.cfbundle"
        started = time.perf_counter()
        bundle = service.export_bundle(
            laptop,
            "office",
            passphrase=BUNDLE_PASSPHRASE,
            deliver=lambda data: write_atomic(bundle_path, data),
        )
        export_s = time.perf_counter() - started
        manifest_mb = len(json.dumps(bundle_manifest_size_probe(laptop)).encode()) / 1e6
        bombs = _bombs(laptop, office, Path(tmp))
        office_id = devices.this_device(office).device_id

        _log("preview ...")
        started = time.perf_counter()
        preview = service.preview_bundle(office, bundle_path, BUNDLE_PASSPHRASE)
        preview_s = time.perf_counter() - started

        _log("import, in a fresh process ...")
        office.close()
        # The same changes as a format-2 bundle, into a copy of the office vault as it was:
        # what the import cost before format 3.
        legacy_office = Path(tmp) / "office-format-2.casefile"
        shutil.copytree(office_path, legacy_office, ignore=shutil.ignore_patterns("vault.lock"))
        legacy_path = Path(tmp) / "bundle-format-2.cfbundle"
        legacy_path.write_bytes(_as_format_2(laptop, office_id))
        import_line, import_memory = _measure_import(office_path, bundle_path, BUNDLE_PASSPHRASE)
        legacy_line, legacy_memory = _measure_import(legacy_office, legacy_path, BUNDLE_PASSPHRASE)
        bomb_lines = [
            (name, *_measure_import(office_path, path, passphrase))
            for name, path, passphrase in bombs
        ]
        office = Vault.open(office_path, PASSPHRASE, actor="office")

        started = time.perf_counter()
        service.import_bundle(office, bundle_path, BUNDLE_PASSPHRASE)
        replay_s = time.perf_counter() - started

        with laptop.write() as session:
            for person in session.scalars(select(Person).limit(100)):
                person.profession = "lawyer"
        started = time.perf_counter()
        small = service.export_bundle(laptop, "office", passphrase=BUNDLE_PASSPHRASE)
        # 100 overwrites is over the mass-change limit on purpose: accepted, as a person would.
        service.import_bundle(office, small.data, BUNDLE_PASSPHRASE, accept_mass_changes=True)
        small_s = time.perf_counter() - started
        equal = canonical_dump(laptop) == canonical_dump(office)
        laptop.close()
        office.close()

    print(f"SQLCipher memory sec.  {args.memory_security:>10}")
    print(f"bundle format          {bundle_format.FORMAT_VERSION:>10}")
    print(f"records in bundle      {bundle.records:>10,}")
    print(f"files in bundle        {bundle.files:>10,}")
    print(f"bundle size            {len(bundle.data) / 1e6:>10.1f} MB")
    print(f"manifest (JSON)        {manifest_mb:>10.1f} MB  (limit {MAX_MANIFEST >> 20} MiB)")
    print(f"fill (not exchange)    {fill_s:>10.2f} s")
    print(f"export                 {export_s:>10.2f} s  (scrypt N=2^17 and the write included)")
    print(f"preview                {preview_s:>10.2f} s  (from the file)")
    print(f"import                 {import_line}  (from the file, fresh process)")
    print(f"  memory               {import_memory}")
    print(f"import, format 2       {legacy_line}  (the same changes, for comparison)")
    print(f"  memory               {legacy_memory}")
    for name, line, memory in bomb_lines:
        print(f"bomb: {name}: {line}; {memory}")
    print(f"replay (no-op)         {replay_s:>10.2f} s")
    print(f"100 edits, both ways   {small_s:>10.2f} s  ({small.records} records)")
    print(f"vaults equal after     {equal!s:>10}")
    print(f"preview said new       {len(preview.new):>10,}")


def _as_format_2(vault: Vault, recipient: str) -> bytes:
    """Everything in the vault as the format-2 bundle the previous version wrote."""
    with vault.read() as session:
        me = devices.identity(session)
        collected = collect(
            session,
            sender=me.device_id,
            clock=me.clock,
            since=0,
            selection=Selection(everything=True),
        )
        return bundle_legacy.write_legacy_bundle(
            bundle_format.pack_payload(collected.manifest, collected.blobs),
            version=2,
            sender=devices.own_sender(me),
            signing_key=me.signing_key,
            key=PassphraseKey(BUNDLE_PASSPHRASE),
            recipient=recipient,
        )


def bundle_manifest_size_probe(vault: Vault) -> dict[str, object]:
    """The manifest of an --all bundle, to report its size against the limit."""
    with vault.read() as session:
        me = devices.identity(session)
        return collect(
            session,
            sender=me.device_id,
            clock=me.clock,
            since=0,
            selection=Selection(everything=True),
        ).manifest


if __name__ == "__main__":
    main()
