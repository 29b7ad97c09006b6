"""Partner roles, purges that wait for a person, and the records each partner holds.

A partner is a full "partner" or a "contributor" (exchange_partners.role). A purge received
from a partner no longer removes the record at once: it waits in exchange_pending_purges,
the record in the trash, until someone here accepts it. exchange_partner_records lists the
records a contributor created or was sent, which are the only ones it may change.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("exchange_partners") as batch:
        batch.add_column(
            sa.Column("role", sa.String(length=20), nullable=False, server_default="partner")
        )
    op.create_table(
        "exchange_pending_purges",
        sa.Column("record_table", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("clock", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("from_device", sa.String(length=32), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("record_table", "record_id"),
    )
    op.create_table(
        "exchange_partner_records",
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("record_table", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "record_table", "record_id"),
    )


def downgrade() -> None:
    op.drop_table("exchange_partner_records")
    op.drop_table("exchange_pending_purges")
    with op.batch_alter_table("exchange_partners") as batch:
        batch.drop_column("role")
