"""Unanswered ill-treatment reports counted, kept by triggers: the dashboard's number without
reading every one.

unanswered_report_count holds one row: how many reports the dashboard counts as unanswered
(not in the trash, no official response or a blank one, their victim not in the trash). The
dashboard read that number by counting the entries of ix_ill_treatment_unanswered, which at
140,000 such reports took 0.08 s warm and, with the file's pages not yet read since the
computer started, seconds (bench/README.md): the first unlock of the day waited for it.

Triggers keep it, whatever writes (forms, bundle merges, plain SQL): on reports, for a row
inserted, deleted, or changed in its response, trash mark or victim; on persons, for a person
moved in or out of the trash (their reports). Foreign keys (on in every connection of the
vault) keep a person inserted before their reports and deleted after them, so inserting or
deleting a person changes no count and has no trigger (as in 0010). A migration that rebuilds
these tables (batch_alter_table) drops their triggers with the old table: it must create
them again.

Revision ID: 0017
Revises: 0012
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the statements, so this migration never changes with the app code
# (casefile/vault/schema.py models the table; tests compare the count with the reports).
COUNT_TABLE = (
    "CREATE TABLE unanswered_report_count (id INTEGER NOT NULL CHECK (id = 1), "
    "live INTEGER NOT NULL, PRIMARY KEY (id))"
)
_UNANSWERED = (
    "{row}.deleted_at IS NULL AND ({row}.official_response IS NULL OR "
    "trim({row}.official_response) = '')"
)
# Whether a report row (NEW or OLD) is counted (its victim found by primary key).
_COUNTED = (
    f"({_UNANSWERED} AND NOT EXISTS (SELECT 1 FROM persons WHERE persons.id = "
    "{row}.victim_id AND persons.deleted_at IS NOT NULL))"
)
_ADD = "UPDATE unanswered_report_count SET live = live {sign} {amount};"
# A person's counted reports: taken off when they go to the trash, added back when they return.
_THEIRS = (
    f"(SELECT count(*) FROM ill_treatment_reports AS r WHERE r.victim_id = NEW.id AND "
    f"{_UNANSWERED.format(row='r')})"
)
TRIGGERS = (
    "CREATE TRIGGER tr_unanswered_inserted AFTER INSERT ON ill_treatment_reports "
    f"WHEN {_COUNTED.format(row='NEW')} BEGIN {_ADD.format(sign='+', amount=1)} END",
    "CREATE TRIGGER tr_unanswered_updated AFTER UPDATE OF deleted_at, official_response, "
    f"victim_id ON ill_treatment_reports WHEN {_COUNTED.format(row='OLD')} IS NOT "
    f"{_COUNTED.format(row='NEW')} BEGIN "
    + _ADD.format(sign="+", amount=f"(CASE WHEN {_COUNTED.format(row='NEW')} THEN 1 ELSE -1 END)")
    + " END",
    "CREATE TRIGGER tr_unanswered_deleted AFTER DELETE ON ill_treatment_reports "
    f"WHEN {_COUNTED.format(row='OLD')} BEGIN {_ADD.format(sign='-', amount=1)} END",
    "CREATE TRIGGER tr_unanswered_person_trashed AFTER UPDATE OF deleted_at ON persons "
    "WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL "
    f"BEGIN {_ADD.format(sign='-', amount=_THEIRS)} END",
    "CREATE TRIGGER tr_unanswered_person_restored AFTER UPDATE OF deleted_at ON persons "
    "WHEN OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL "
    f"BEGIN {_ADD.format(sign='+', amount=_THEIRS)} END",
)
TRIGGER_NAMES = ("inserted", "updated", "deleted", "person_trashed", "person_restored")
# The partial index ix_ill_treatment_unanswered alone, and the trashed people's index.
FILL = (
    "INSERT INTO unanswered_report_count (id, live) SELECT 1, count(*) "
    f"FROM ill_treatment_reports AS r WHERE {_UNANSWERED.format(row='r')} "
    "AND r.victim_id NOT IN (SELECT id FROM persons WHERE deleted_at IS NOT NULL)"
)


def upgrade() -> None:
    op.execute(COUNT_TABLE)
    op.execute(FILL)
    for trigger in TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER tr_unanswered_{name}")
    op.execute("DROP TABLE unanswered_report_count")
