"""Schema upgrades with Alembic, run at open time on the unlocked connection."""

from __future__ import annotations

from functools import cache

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from casefile.assets import migrations_dir
from casefile.errors import VaultCorruptError, VaultTooNewError


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def script_directory() -> ScriptDirectory:
    """Parsed once per process: compiling the scripts costs tens of milliseconds per open."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    if head is None:  # pragma: no cover - the package always ships migrations
        raise RuntimeError("no migrations found")
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def needs_upgrade(connection: Connection) -> bool:
    """True when the vault is older than this program; raises when it is newer or unknown."""
    revision = current_revision(connection)
    if revision is None:
        if inspect(connection).get_table_names():
            raise VaultCorruptError("The vault has tables but no schema version. It is damaged.")
        raise VaultCorruptError("The vault's database is empty. Restore it from a backup.")
    if not _known(script_directory(), revision):
        raise VaultTooNewError(
            "This vault was written by a newer version of Casefile. "
            "Update Casefile to open it; the vault has not been changed."
        )
    return revision != head_revision()


def _known(scripts: ScriptDirectory, revision: str) -> bool:
    return revision in {script.revision for script in scripts.walk_revisions()}


def upgrade(connection: Connection, target: str = "head") -> None:
    """Runs the migrations inside the caller's transaction, so an upgrade is all or nothing."""
    command.upgrade(alembic_config(connection), target)
