"""Detention events take an optional time of start (arrest, police custody).

The 48-hour rule for police custody is judged by hours when the time of arrest is known
(casefile/domain/detention.py); a date alone still gives the calendar-day reading.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A nullable column with no default: SQLite adds it in place, no table copy needed.
    op.add_column("detention_events", sa.Column("start_time", sa.Time(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("detention_events") as batch:
        batch.drop_column("start_time")
