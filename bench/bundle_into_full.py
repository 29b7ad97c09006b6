"""A partner's bundle of 10,000 people imported into a full realistic vault (issue 16).

`exchange_bench.py` imports into a vault holding nothing else; what an office waits for is the
import into its own vault, at 10,000 or 100,000 people. This script copies a cached realistic
vault (bench/realistic.py; the cache itself is never written), makes a laptop vault with N
people (bench/exchange_bench.py's fill: a case and a hearing for every second person, F MB of
files), trusts the two devices both ways, exports one bundle, previews it and imports it into
the copy as the Exchange dialog does (the import carries out the preview's plan; --replan: it
opens and plans the bundle again, as before 2026-12-06; --no-preview: no preview at all),
timing the pre-import backup (copy and check; made only when the newest backup is a day old,
so --backup-due) apart from the merge, and the vault's close after it (which copies the pages
the import left in the write-ahead log into the file).

    .venv/bin/python bench/bundle_into_full.py --scale 10000
    .venv/bin/python bench/bundle_into_full.py --scale 100000 --mb 0

Prints figures to stdout, progress to stderr. The copy is removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import exchange_bench  # noqa: E402 - bench scripts are run from the repository's root
import realistic  # noqa: E402

from casefile.services.exchange import devices, safeguards, service  # noqa: E402
from casefile.vault.atomic import write_atomic  # noqa: E402
from casefile.vault.vault import Vault  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10_000, help="people in the full vault")
    parser.add_argument("--people", type=int, default=10_000, help="people in the bundle")
    parser.add_argument("--mb", type=int, default=50, help="megabytes of files in the bundle")
    parser.add_argument(
        "--backup-due", action="store_true", help="as when the newest backup is a day old"
    )
    parser.add_argument(
        "--replan", action="store_true", help="the import plans again, not from the preview"
    )
    parser.add_argument("--no-preview", action="store_true", help="import without a preview")
    args = parser.parse_args()
    source = realistic.CACHE / realistic.cache_key(args.scale)
    if not (source / "meta.json").is_file():
        sys.exit(f"no cached vault at {source}: build it with bench/realistic.py")
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(dir=realistic.CACHE) as tmp:
        office_path = Path(tmp) / "office.casefile"
        exchange_bench._log(f"copying {source.name} …")
        started = time.perf_counter()
        shutil.copytree(source / "bench.casefile", office_path)
        copy_s = time.perf_counter() - started
        laptop = Vault.create(
            Path(tmp) / "laptop",
            exchange_bench.PASSPHRASE,
            actor="laptop",
            kdf_cost=exchange_bench.VAULT_KDF,
            enforce_strength=False,
        ).vault
        office = Vault.open(office_path, realistic.PASSPHRASE, actor=realistic.USER)
        for vault, other, name in ((laptop, office, "office"), (office, laptop, "laptop")):
            card = devices.parse_card(devices.this_device(other).card)
            devices.trust_device(vault, card, name)
        exchange_bench._log(f"filling the laptop: {args.people} people, {args.mb} MB …")
        exchange_bench._fill(laptop, args.people, args.mb)
        bundle_path = Path(tmp) / "bundle.cfbundle"
        bundle = service.export_bundle(
            laptop,
            "office",
            passphrase=exchange_bench.BUNDLE_PASSPHRASE,
            deliver=lambda data: write_atomic(bundle_path, data),
        )
        laptop.close()
        backup_s: list[float] = []

        def timed_backup(vault: Vault) -> None:
            began = time.perf_counter()
            safeguards.backup_before_import(vault, force=True)
            backup_s.append(time.perf_counter() - began)

        previewed = None
        preview_s = 0.0
        if not args.no_preview:
            exchange_bench._log("previewing …")
            started = time.perf_counter()
            previewed = service.preview_bundle(
                office, bundle_path, exchange_bench.BUNDLE_PASSPHRASE
            )
            preview_s = time.perf_counter() - started
        exchange_bench._log("importing …")
        started = time.perf_counter()
        preview = service.import_bundle(
            office,
            bundle_path,
            exchange_bench.BUNDLE_PASSPHRASE,
            # The cached vault's copy may hold no backup: the backup is made only when asked.
            backup_due=lambda _vault: args.backup_due,
            backup=timed_backup,
            checked=None if args.replan else previewed,
        )
        import_s = time.perf_counter() - started
        # Closing copies what the import left in the write-ahead log into the file (in the
        # app: a pause's memory release, or the next large commit).
        started = time.perf_counter()
        office.close()
        close_s = time.perf_counter() - started
    backup = sum(backup_s)
    print(f"full vault              {args.scale:>10,} people (copy {copy_s:.1f} s)")
    print(f"load (1 min) at start   {load:>10.2f}")
    print(f"bundle                  {bundle.records:>10,} records, {bundle.files} files")
    print(f"new records             {len(preview.new):>10,}")
    how = "no preview" if args.no_preview else "planned again" if args.replan else "its plan"
    print(f"preview                 {preview_s:>10.2f} s (the import: {how})")
    print(f"import, all             {import_s:>10.2f} s")
    print(f"  of which the backup   {backup:>10.2f} s ({len(backup_s)} made)")
    print(f"  the merge alone       {import_s - backup:>10.2f} s")
    print(f"closing the vault       {close_s:>10.2f} s (the log copied into the file)")


if __name__ == "__main__":
    main()
