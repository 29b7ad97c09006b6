"""Finds the run-time assets (migrations, seed vocabularies, resources).

Installed wheels carry them under casefile/_assets; a source checkout has them at the top level.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _asset_root() -> Path:
    bundled = _PACKAGE_DIR / "_assets"
    if (bundled / "db" / "migrations").is_dir():
        return bundled
    return _PACKAGE_DIR.parent


def migrations_dir() -> Path:
    return _asset_root() / "db" / "migrations"


def seed_dir() -> Path:
    return _asset_root() / "db" / "seed"


def resources_dir() -> Path:
    return _asset_root() / "resources"


#: What every installation must carry, relative to the asset root: `casefile selftest` and
#: the packaging tests (tests/frozen) check a wheel and a frozen build against it.
REQUIRED_ASSETS: tuple[str, ...] = (
    "db/migrations/env.py",
    "db/seed/vocabularies.json",
    "resources/fonts/DejaVuSans.ttf",
    "resources/fonts/DejaVuSans-Bold.ttf",
    "resources/fonts/DejaVuSans-Oblique.ttf",
    "resources/fonts/DejaVuSans-BoldOblique.ttf",
    "resources/translations/casefile_en.qm",
    "resources/translations/casefile_ru.qm",
    "resources/translations/casefile_ky.qm",
    "resources/translations/qtbase_ky.qm",
    "resources/translations/reports_ru.ts",
    "resources/translations/reports_ky.ts",
    "resources/icons/lock.svg",
    "resources/icons/app/casefile.svg",
    "resources/wordlists/eff_large_wordlist.txt",
    "resources/wordlists/weak_ru.txt",
    "resources/wordlists/weak_ky.txt",
    "resources/wordlists/weak_names.txt",
)


def missing_assets(revisions: Sequence[str] = ()) -> list[str]:
    """The required assets this installation lacks (relative paths); [] when complete.

    Args:
        revisions: migration revisions whose scripts must be there (the vault layer's
            RELEASED_REVISIONS; this module sits below it).
    """
    root = _asset_root()
    missing = [name for name in REQUIRED_ASSETS if not (root / name).is_file()]
    versions = migrations_dir() / "versions"
    found = {path.name.split("_", 1)[0] for path in versions.glob("*.py")}
    missing += [
        f"db/migrations/versions/{revision}_*.py" for revision in revisions if revision not in found
    ]
    return missing
