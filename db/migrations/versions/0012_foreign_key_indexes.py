"""Indexes on the two foreign keys' child columns that had none.

SQLite checks a foreign key from the child's side through an index on the child column, and
scans the whole child table when there is none: for every hearing purged, and for every
hearing added while a deferred key is pending (a bundle merge defers its keys, records may
arrive child first). A partner's bundle of 10,000 people into a vault of 50,000 hearings
spent minutes in those scans (bench/README.md). Partial indexes: most rows hold no key.

- ix_hearings_postponed_to: hearings.postponed_to_id -> hearings.id
- ix_ill_treatment_reports_source: ill_treatment_reports.source_id -> sources.id

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX ix_hearings_postponed_to ON hearings (postponed_to_id) "
        "WHERE postponed_to_id IS NOT NULL"
    )
    op.execute(
        "CREATE INDEX ix_ill_treatment_reports_source ON ill_treatment_reports (source_id) "
        "WHERE source_id IS NOT NULL"
    )


def downgrade() -> None:
    op.execute("DROP INDEX ix_ill_treatment_reports_source")
    op.execute("DROP INDEX ix_hearings_postponed_to")
