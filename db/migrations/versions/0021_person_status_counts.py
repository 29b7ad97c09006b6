"""Stored statuses counted per status, kept by triggers; their terms and 48-hour custodies
indexed: the dashboard's tallies without reading every stored status.

The dashboard summed everyone's stored status in one pass over person_statuses (a row per
person with detention events: 100,000 rows, 15 MiB at 100,000 people) before its first
paint; at the first unlock after the computer started, those pages came from the disk
(bench/README.md). Now:

- person_status_counts holds, per status, how many stored statuses there are, whatever holds
  on which day; the dashboard takes off those that do not count today (not holding on the
  day, marked stale, their person in the trash: found through their own indexes, usually few);
- ix_person_statuses_term (term_until, as_of, valid_until, person_id), for rows with a term:
  the terms ending by a day, counted and listed from the index alone;
- ix_person_statuses_custody_over_48h (custody_started, as_of, valid_until, person_id, and
  the flag itself, which SQLite reads from the index only if it holds it), for rows over 48
  hours in police custody, likewise.

Triggers keep the counts on every insert, delete, and change of status of a stored status,
whatever writes (vault/statuses.py deletes and inserts them). A migration that rebuilds
person_statuses (batch_alter_table) drops its triggers with the old table: it must create
them again.

Revision ID: 0021
Revises: 0018
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0021"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the statements, so this migration never changes with the app code
# (casefile/vault/schema.py models the table; tests compare the counts with the rows).
COUNT_TABLE = (
    "CREATE TABLE person_status_counts (status VARCHAR(30) NOT NULL, "
    "people INTEGER NOT NULL, PRIMARY KEY (status))"
)
_ADD = (
    "INSERT INTO person_status_counts (status, people) VALUES (NEW.status, 1) "
    "ON CONFLICT (status) DO UPDATE SET people = people + 1;"
)
_TAKE = "UPDATE person_status_counts SET people = people - 1 WHERE status = OLD.status;"
TRIGGERS = (
    f"CREATE TRIGGER tr_person_status_counted AFTER INSERT ON person_statuses BEGIN {_ADD} END",
    f"CREATE TRIGGER tr_person_status_uncounted AFTER DELETE ON person_statuses BEGIN {_TAKE} END",
    "CREATE TRIGGER tr_person_status_recounted AFTER UPDATE OF status ON person_statuses "
    f"WHEN OLD.status IS NOT NEW.status BEGIN {_TAKE} {_ADD} END",
)
TRIGGER_NAMES = ("counted", "uncounted", "recounted")
FILL = (
    "INSERT INTO person_status_counts (status, people) "
    "SELECT status, count(*) FROM person_statuses GROUP BY status"
)
INDEXES = (
    "CREATE INDEX ix_person_statuses_term ON person_statuses "
    "(term_until, as_of, valid_until, person_id) WHERE term_until IS NOT NULL",
    "CREATE INDEX ix_person_statuses_custody_over_48h ON person_statuses "
    "(custody_started, as_of, valid_until, person_id, police_custody_over_48h) "
    "WHERE police_custody_over_48h AND custody_started IS NOT NULL",
)


def upgrade() -> None:
    op.execute(COUNT_TABLE)
    op.execute(FILL)
    for trigger in TRIGGERS:
        op.execute(trigger)
    for index in INDEXES:
        op.execute(index)


def downgrade() -> None:
    op.execute("DROP INDEX ix_person_statuses_custody_over_48h")
    op.execute("DROP INDEX ix_person_statuses_term")
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER tr_person_status_{name}")
    op.execute("DROP TABLE person_status_counts")
