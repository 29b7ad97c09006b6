"""Alembic environment: runs only on a connection the vault layer hands over."""

from __future__ import annotations

from alembic import context

from casefile.vault.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Casefile migrations run through casefile.vault.migrations, on an unlocked vault; "
        "no passphrase or key is ever read from alembic.ini."
    )


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    # The FTS5 index and its shadow tables are managed by hand, not by autogenerate.
    return not (type_ == "table" and name is not None and name.startswith("search_index"))


context.configure(
    connection=connection,
    include_name=include_name,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot alter columns in place
    compare_type=True,
)
context.run_migrations()
