"""Indexes for what large vaults paint first: the People list's name order, overdue hearings.

- ix_persons_name_key: live people by case-folded name, an index on an expression
  (casefile_name_key(full_name), str.casefold, registered on every connection by
  casefile/vault/engine.py). The index stores the key and SQLite keeps it in step with every
  write, whatever writes (forms, CSV import, bundle merges), so the first screen of the
  People list is the index's first rows: cold at 100,000 people, reading and folding every
  name took 0.5-2.3 s (bench/README.md). Equal keys come in row id order, the order the list
  kept before. An expression index rather than a column: a column would be one more field
  that the audit history, field versions and bundles would have to leave out.
- ix_hearings_no_outcome: live hearings with no outcome, by date. The agenda lists the past
  ones on top; without it, 60 days at 1,000,000 hearings read 54,000 rows to find 900
  (1.3 s).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

import json
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the app's statements and key (casefile/vault/name_key.py), so this
# migration never changes with the app code; a test checks that they agree.
NAME_KEY_FUNCTION = "casefile_name_key"
PERSONS_NAME_KEY = (
    "CREATE INDEX ix_persons_name_key ON persons (casefile_name_key(full_name)) "
    "WHERE deleted_at IS NULL"
)
# The Unicode version the keys were folded under; the vault folds them again under another.
UNICODE_SETTING = "name_key_unicode"
HEARINGS_NO_OUTCOME = (
    "CREATE INDEX ix_hearings_no_outcome ON hearings (scheduled_date, scheduled_time, id) "
    "WHERE deleted_at IS NULL AND outcome IS NULL"
)


def _name_key(name: str | None) -> str | None:
    return name.casefold() if name else None


def upgrade() -> None:
    # Registered here too, so the migration runs on any connection (the app's has it).
    driver = op.get_bind().connection.driver_connection
    driver.create_function(NAME_KEY_FUNCTION, 1, _name_key, deterministic=True)
    op.execute(PERSONS_NAME_KEY)
    op.execute(HEARINGS_NO_OUTCOME)
    op.execute(
        sa.text("INSERT OR REPLACE INTO settings (key, value) VALUES (:key, :value)").bindparams(
            key=UNICODE_SETTING, value=json.dumps(unicodedata.unidata_version)
        )
    )


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM settings WHERE key = :key").bindparams(key=UNICODE_SETTING))
    op.execute("DROP INDEX ix_hearings_no_outcome")
    op.execute("DROP INDEX ix_persons_name_key")
