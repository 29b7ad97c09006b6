"""Carries a cached realistic vault (bench/realistic.py) to this code's schema head by Alembic,
instead of building it afresh: at 100,000 people a build takes over 15 minutes, an upgrade of
a copy seconds to a few minutes. Both the vault and its plain twin are upgraded, so the twin
keeps the same rows and indexes. No pre-upgrade backup is made (the source stays as it was).

    .venv/bin/python bench/migrate_cached.py --people 100000 --source realistic-p100000-r0006-…
    .venv/bin/python bench/migrate_cached.py --people 10000 --source … --move   # rename, no copy
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import realistic  # noqa: E402 - bench scripts are run from the repository's root


def upgrade_plain(db: Path) -> None:
    """The plain twin (no key) through the same migrations."""
    from sqlalchemy import create_engine

    from casefile.vault import engine as vault_engine
    from casefile.vault import migrations

    vault_engine.driver()

    # The plain SQLite dialect over SQLCipher's module: the pysqlcipher one always sends a key.
    def connect() -> object:
        conn = vault_engine.driver().connect(str(db))
        vault_engine.register_functions(conn)
        return conn

    engine = create_engine("sqlite://", creator=connect)
    try:
        with engine.begin() as conn:
            migrations.upgrade(conn)
    finally:
        engine.dispose()


def upgrade_vault(folder: Path) -> None:
    from casefile.vault import migrations
    from casefile.vault.engine import create_vault_engine, writer
    from casefile.vault.keyfile import read_keyfile, unlock

    key = unlock(read_keyfile(folder / "vault.keys"), realistic.PASSPHRASE)
    engine = create_vault_engine(folder / "vault.db", key)
    try:
        with writer(engine).begin() as conn:
            migrations.upgrade(conn)
    finally:
        engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, required=True)
    parser.add_argument("--source", required=True, help="the cached folder's name")
    parser.add_argument("--move", action="store_true", help="rename the source, no copy")
    args = parser.parse_args()
    source = realistic.CACHE / args.source
    target = realistic.CACHE / realistic.cache_key(args.people)
    if target.exists():
        print(f"{target} exists already", file=sys.stderr)
        return 1
    started = time.perf_counter()
    if args.move:
        source.rename(target)
    else:
        shutil.copytree(source, target)
    copied = time.perf_counter() - started
    upgrade_vault(target / "bench.casefile")
    upgraded = time.perf_counter() - started - copied
    upgrade_plain(target / "plain.db")
    plain = time.perf_counter() - started - copied - upgraded
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.setdefault("migrated", []).append(
        {
            "from": args.source,
            "copy_s": round(copied, 1),
            "upgrade_s": round(upgraded, 1),
            "plain_upgrade_s": round(plain, 1),
            "load": realistic.load_average(),
        }
    )
    meta_path.write_text(json.dumps(meta, indent=2))
    print(json.dumps(meta["migrated"][-1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
