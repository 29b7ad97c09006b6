"""Folder sync at an office's scale: 1 office and M monitors exchanging only through one
shared folder (casefile.services.exchange.sync), with P people at the office.

Prints: the time and folder bytes of the first full round (office writes one bundle sealed to
all monitors, each monitor imports it and acknowledges, the office prunes), the time for
every vault to converge after E random edits spread over all vaults, the office's outbox
disk use, and the peak resident memory of this process (ru_maxrss: every vault lives in it).
With --scope N (default 200) each monitor has a need-to-know scope of N random people and
gets its own bundle; with --scope 0 one bundle is sealed to all monitors and holds everything.

    .venv/bin/python bench/sync_office.py                       # 50 monitors, 10,000 people
    .venv/bin/python bench/sync_office.py --monitors 5 --people 2000 --edits 100
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from casefile.services.exchange import devices, scopes, sync
from casefile.vault.keyfile import KdfCost
from casefile.vault.schema import OutboxBundle, Person
from casefile.vault.vault import Vault

sys.path.insert(0, str(Path(__file__).resolve().parent))
from exchange_bench import _fill

PASSPHRASE = "bench vault passphrase, not for real use"
VAULT_KDF = KdfCost(memory_kib=8, time_cost=1, parallelism=1)


def _create(root: Path, name: str) -> Vault:
    vault = Vault.create(
        root / name, PASSPHRASE, actor=name, kdf_cost=VAULT_KDF, enforce_strength=False
    ).vault
    devices.set_device_name(vault, name)
    return vault


def _trust(a: Vault, b: Vault) -> None:
    for x, y in ((a, b), (b, a)):
        info = devices.this_device(x)
        devices.trust_device(y, devices.parse_card(info.card), info.name)


def _names(vault: Vault) -> dict[str, str]:
    with vault.read() as session:
        return {str(i): str(n) for i, n in session.execute(select(Person.id, Person.full_name))}


def _converged(office: Vault, monitors: list[Vault]) -> bool:
    """Every person a monitor holds has the office's name for it."""
    names = _names(office)
    return all(
        names.get(person_id) == name
        for monitor in monitors
        for person_id, name in _names(monitor).items()
    )


def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.glob("cf-*.cfbundle"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--monitors", type=int, default=50)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--edits", type=int, default=100)
    parser.add_argument("--scope", type=int, default=200)
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "shared"
        folder.mkdir()
        office = _create(root, "office")
        _fill(office, args.people, 0)
        monitors = [_create(root, f"m{i}") for i in range(args.monitors)]
        for monitor in monitors:
            _trust(office, monitor)
        rng = random.Random(1)
        if args.scope:
            with office.read() as session:
                ids = list(session.scalars(select(Person.id)))
            for i in range(args.monitors):
                scopes.set_scope(office, f"m{i}", rng.sample(ids, args.scope))
        start = time.perf_counter()
        sync.sync(office, folder)
        written = time.perf_counter() - start
        size = _folder_bytes(folder)
        print(f"office wrote {len(list(folder.glob('cf-*.cfbundle')))} bundles")
        imports = []
        for monitor in monitors:
            t = time.perf_counter()
            sync.sync(monitor, folder)
            imports.append(time.perf_counter() - t)
        t = time.perf_counter()
        sync.sync(office, folder)
        back = time.perf_counter() - t
        full = time.perf_counter() - start
        print(
            f"first full round: {full:.1f} s (office writes {written:.1f} s, "
            f"{len(list(folder.glob('cf-*.cfbundle')))} bundles, {size / 1e6:.1f} MB for "
            f"{args.monitors} monitors; each monitor imports in "
            f"{min(imports):.1f}-{max(imports):.1f} s; office reads the acknowledgements "
            f"{back:.1f} s); folder after: {_folder_bytes(folder) / 1e6:.2f} MB"
        )
        everyone = [office, *monitors]
        for n in range(args.edits):
            vault = rng.choice(everyone)
            with vault.write() as session:
                person = session.scalars(select(Person).offset(rng.randrange(50)).limit(1)).one()
                person.full_name = f"Edited {n}"
        start = time.perf_counter()
        rounds = 0
        while True:
            rounds += 1
            for vault in everyone:
                sync.sync(vault, folder)
            if _converged(office, monitors) or rounds > 6:
                break
        converged = time.perf_counter() - start
        with office.read() as session:
            outbox = session.scalar(select(func.sum(OutboxBundle.size))) or 0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"converge after {args.edits} random edits: {converged:.1f} s in {rounds} rounds "
            f"of every vault syncing; office outbox {outbox / 1e6:.2f} MB; folder "
            f"{_folder_bytes(folder) / 1e6:.2f} MB; peak RSS of the process {peak:.0f} MiB"
        )
        for vault in everyone:
            vault.close()
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
