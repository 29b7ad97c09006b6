"""Merging a cached realistic vault's full-text index in the app's bounded steps, timed.

Writes to the vault it is given: run it on your own copy (CASEFILE_BENCH_CACHE pointing at a
folder holding a copy of a cached vault), never on the shared cache. Each step is what the app
runs in an idle pause (casefile/vault/index_upkeep.merge_step): its length is how long the
write lock is held. Prints every step's length summary, the segments as they fall, the total,
and the load average.

    CASEFILE_BENCH_CACHE=/tmp/bench-me .venv/bin/python bench/index_merge.py --people 100000
    ... --pages 256 --seconds 20        # a sample of steps of another budget, then stop
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import realistic  # bench/ is not a package: its folder is on the path above


def main() -> int:
    from casefile.vault import index_upkeep
    from casefile.vault.vault import Vault

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--pages", type=int, default=index_upkeep.STEP_PAGES)
    parser.add_argument(
        "--share", type=float, default=index_upkeep.MERGED_SHARE, help="merge all below"
    )
    parser.add_argument(
        "--probe-every", type=float, default=0.0, help="a save every N seconds meanwhile"
    )
    parser.add_argument("--seconds", type=float, default=0.0, help="stop after (0: when done)")
    args = parser.parse_args()
    built = realistic.ensure(args.people)
    print(f"{built.folder}  pages/step {args.pages}  load {os.getloadavg()[0]:.2f}", flush=True)
    steps: list[float] = []
    gave_way = 0
    waits: list[float] = []  # a save's wait while merging (Vault.write stops the step)
    stop_probing = threading.Event()

    def probe_writes(vault: Any) -> None:
        number = 0
        while not stop_probing.wait(args.probe_every):
            number += 1
            started = time.perf_counter()
            vault.set_setting("bench_probe", number)
            waits.append((time.perf_counter() - started) * 1000)

    with Vault.open(built.folder, realistic.PASSPHRASE, actor=realistic.USER) as vault:
        with vault.engine.connect() as connection:
            pages = index_upkeep.segment_pages(connection)
            print(f"segments before: {sorted(pages.values(), reverse=True)}", flush=True)
        alone = []
        for number in range(5):
            started = time.perf_counter()
            vault.set_setting("bench_probe", -number)
            alone.append((time.perf_counter() - started) * 1000)
        print(f"a save alone: median {statistics.median(alone):.1f} ms", flush=True)
        prober = threading.Thread(target=probe_writes, args=(vault,), daemon=True)
        if args.probe_every:
            prober.start()
        begun = last_note = time.perf_counter()
        while True:
            started = time.perf_counter()
            step = index_upkeep.merge_step(
                vault.engine, args.pages, args.share, lambda: vault.write_wanted
            )
            if not step.gave_way:  # the steps that ran: how long each held the write lock
                steps.append((time.perf_counter() - started) * 1000)
            now = time.perf_counter()
            if now - last_note >= 10:
                last_note = now
                print(
                    f"  {now - begun:6.1f} s  {len(steps)} steps  segments {step.segments}  "
                    f"longest {max(steps):.0f} ms  load {os.getloadavg()[0]:.2f}",
                    flush=True,
                )
            if step.gave_way:  # the app waits for the next pause; here, for the save to end
                gave_way += 1
                while vault.write_wanted:
                    time.sleep(0.001)
                continue
            if not step.more or (args.seconds and now - begun >= args.seconds):
                break
        total = time.perf_counter() - begun
        with vault.engine.connect() as connection:
            pages = index_upkeep.segment_pages(connection)
            print(f"segments after: {sorted(pages.values(), reverse=True)}", flush=True)
        stop_probing.set()
        if args.probe_every:
            prober.join()
    ordered = sorted(steps)
    print(
        f"steps {len(steps)}  total {total:.1f} s  segments after {step.segments}  "
        f"median {statistics.median(steps):.1f} ms  "
        f"p95 {ordered[int(0.95 * (len(ordered) - 1))]:.1f} ms  longest {ordered[-1]:.1f} ms  "
        f"load {os.getloadavg()[0]:.2f}",
        flush=True,
    )
    if waits:
        print(
            f"saves while merging: {len(waits)}, steps given way {gave_way}; a save took median "
            f"{statistics.median(waits):.1f} ms, longest {max(waits):.1f} ms",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
