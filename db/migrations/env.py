"""Alembic environment: runs only on a connection the vault layer hands over."""

from __future__ import annotations

from alembic import context

from casefile.domain.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Casefile migrations run through casefile.vault.migrations, on an unlocked vault; "
        "no passphrase or key is ever read from alembic.ini."
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot alter columns in place
    compare_type=True,
)
context.run_migrations()
