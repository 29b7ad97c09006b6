"""Exchange between laptops: device keys, partners, field versions, tombstones, conflicts.

Creates this vault's Ed25519 signing key and X25519 agreement key (kept inside the
encrypted vault), and gives every existing field a first version so that the first bundle
to a partner carries everything.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import hashlib
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here: the record tables and bookkeeping columns as they were at this revision.
RECORD_TABLES = (
    "organisations",
    "persons",
    "person_organisations",
    "consents",
    "cases",
    "case_participants",
    "charges",
    "detention_events",
    "hearings",
    "ill_treatment_reports",
    "interventions",
    "sources",
    "source_links",
    "attachments",
)
BOOKKEEPING = {"id", "created_at", "updated_at", "updated_by", "version"}
RAW = serialization.Encoding.Raw
PUBLIC_RAW = serialization.PublicFormat.Raw
PRIVATE_RAW = serialization.PrivateFormat.Raw
NO_ENCRYPTION = serialization.NoEncryption()


def _create_tables() -> None:
    op.create_table(
        "exchange_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("signing_key", sa.LargeBinary(), nullable=False),
        sa.Column("signing_public", sa.LargeBinary(), nullable=False),
        sa.Column("agreement_key", sa.LargeBinary(), nullable=False),
        sa.Column("agreement_public", sa.LargeBinary(), nullable=False),
        sa.Column("clock", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_identity")),
    )
    op.create_table(
        "exchange_partners",
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("signing_public", sa.LargeBinary(), nullable=False),
        sa.Column("agreement_public", sa.LargeBinary(), nullable=False),
        sa.Column("fingerprint", sa.String(length=80), nullable=False),
        sa.Column("trusted", sa.Boolean(), nullable=False),
        sa.Column("last_sent_seq", sa.Integer(), nullable=False),
        sa.Column("last_sent_at", sa.DateTime(), nullable=True),
        sa.Column("last_received_at", sa.DateTime(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_exchange_partners")),
    )
    op.create_table(
        "field_versions",
        sa.Column("record_table", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("clock", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("seen", sa.JSON(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "record_table", "record_id", "field", name=op.f("pk_field_versions")
        ),
    )
    with op.batch_alter_table("field_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_field_versions_seq"), ["seq"], unique=False)
    op.create_table(
        "exchange_tombstones",
        sa.Column("record_table", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("clock", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("purged_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("record_table", "record_id", name=op.f("pk_exchange_tombstones")),
    )
    with op.batch_alter_table("exchange_tombstones", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_tombstones_seq"), ["seq"], unique=False)
    op.create_table(
        "exchange_applied_bundles",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("sender_device_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_exchange_applied_bundles")),
    )
    op.create_table(
        "exchange_conflicts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_table", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("mine", sa.JSON(), nullable=False),
        sa.Column("theirs", sa.JSON(), nullable=False),
        sa.Column("mine_device", sa.String(length=32), nullable=False),
        sa.Column("theirs_device", sa.String(length=32), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=20), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_conflicts")),
    )
    with op.batch_alter_table("exchange_conflicts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_exchange_conflicts_record", ["record_table", "record_id"], unique=False
        )


def _create_identity() -> str:
    signing = Ed25519PrivateKey.generate()
    agreement = X25519PrivateKey.generate()
    signing_public = signing.public_key().public_bytes(RAW, PUBLIC_RAW)
    device_id = hashlib.sha256(signing_public).hexdigest()[:32]
    op.get_bind().execute(
        sa.text(
            "INSERT INTO exchange_identity (id, device_id, name, signing_key, signing_public, "
            "agreement_key, agreement_public, clock, created_at) VALUES "
            "(1, :device_id, '', :sk, :sp, :ak, :ap, 1, :now)"
        ),
        {
            "device_id": device_id,
            "sk": signing.private_bytes(RAW, PRIVATE_RAW, NO_ENCRYPTION),
            "sp": signing_public,
            "ak": agreement.private_bytes(RAW, PRIVATE_RAW, NO_ENCRYPTION),
            "ap": agreement.public_key().public_bytes(RAW, PUBLIC_RAW),
            "now": datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
        },
    )
    return device_id


def _backfill_field_versions(device_id: str) -> None:
    bind = op.get_bind()
    for table in RECORD_TABLES:
        columns = [row[1] for row in bind.exec_driver_sql(f"PRAGMA table_info({table})")]
        for column in columns:
            if column in BOOKKEEPING:
                continue
            bind.execute(
                sa.text(
                    "INSERT INTO field_versions (record_table, record_id, field, clock, "
                    "device_id, seen, seq) SELECT :table, id, :field, 1, :device, "
                    f"json_object(:device, 1), 1 FROM {table}"
                ),
                {"table": table, "field": column, "device": device_id},
            )


def upgrade() -> None:
    _create_tables()
    _backfill_field_versions(_create_identity())


def downgrade() -> None:
    op.drop_table("exchange_conflicts")
    op.drop_table("exchange_applied_bundles")
    op.drop_table("exchange_tombstones")
    op.drop_table("field_versions")
    op.drop_table("exchange_partners")
    op.drop_table("exchange_identity")
