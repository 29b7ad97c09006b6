"""Finds the run-time assets (migrations, seed vocabularies, resources).

Installed wheels carry them under casefile/_assets; a source checkout has them at the top level.
"""

from __future__ import annotations

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
