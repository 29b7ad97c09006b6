"""Exchange through a shared folder: acknowledgements, the outbox, the exchange log.

exchange_partners gains acked_seq (the clock up to which the partner confirmed holding what
this vault sent), received_seq (the largest clock of a bundle applied from it: what this
vault acknowledges), told_seq (the received_seq it last told the partner) and scope (the
people and cases a need-to-know partner is sent; NULL: everything).
exchange_outbox lists the bundles this vault wrote into the sync folder, until every
recipient acknowledged them; exchange_sync_log says, per partner, what was sent, received,
pruned or skipped and why.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("exchange_partners") as batch:
        for name in ("acked_seq", "received_seq", "told_seq"):
            batch.add_column(sa.Column(name, sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("scope", sa.JSON(), nullable=True))
    op.create_table(
        "exchange_outbox",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("file_name", sa.String(length=64), nullable=False),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("clock", sa.Integer(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id"),
    )
    op.create_table(
        "exchange_sync_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=True),
        sa.Column("event", sa.String(length=20), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=True),
        sa.Column("file_name", sa.String(length=64), nullable=False),
        sa.Column("file_size", sa.Integer(), nullable=False),
        sa.Column("file_mtime", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_exchange_sync_log_file", "exchange_sync_log", ["file_name"])


def downgrade() -> None:
    op.drop_index("ix_exchange_sync_log_file", table_name="exchange_sync_log")
    op.drop_table("exchange_sync_log")
    op.drop_table("exchange_outbox")
    with op.batch_alter_table("exchange_partners") as batch:
        batch.drop_column("scope")
        for name in ("told_seq", "received_seq", "acked_seq"):
            batch.drop_column(name)
