"""Schema upgrades with Alembic, run at open time on the unlocked connection.

Opening an up-to-date vault reads its revision with one query and never imports Alembic,
which with Mako and Pygments costs about 11 MiB in the desktop process.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from casefile.assets import migrations_dir
from casefile.errors import VaultCorruptError, VaultTooNewError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# Every revision in db/migrations/versions, oldest first; tests/vault/test_migrations.py checks
# this against the scripts, so adding a migration without listing it here fails the build.
RELEASED_REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0017",
    "0018",
    "0021",
)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def script_directory() -> ScriptDirectory:
    """Parsed once per process: compiling the scripts costs tens of milliseconds per open."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return RELEASED_REVISIONS[-1]


def current_revision(connection: Connection) -> str | None:
    """The revision Alembic recorded in the vault, or None when it recorded none."""
    if not _has_table(connection, "alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def needs_upgrade(connection: Connection) -> bool:
    """True when the vault is older than this program; raises when it is newer or unknown."""
    revision = current_revision(connection)
    if revision is None:
        tables = connection.execute(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
        ).scalar()
        if tables:
            raise VaultCorruptError("The vault has tables but no schema version. It is damaged.")
        raise VaultCorruptError("The vault's database is empty. Restore it from a backup.")
    if revision not in RELEASED_REVISIONS:
        raise VaultTooNewError(
            "This vault was written by a newer version of Casefile. "
            "Update Casefile to open it; the vault has not been changed."
        )
    return revision != head_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    """Runs the migrations inside the caller's transaction, so an upgrade is all or nothing."""
    from alembic import command

    command.upgrade(alembic_config(connection), target)


def _has_table(connection: Connection, name: str) -> bool:
    found = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"), {"name": name}
    ).first()
    return found is not None
