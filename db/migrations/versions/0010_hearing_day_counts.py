"""Live hearings counted per day, kept by triggers: the Hearings list counts without reading them.

hearing_day_counts holds, per day, how many hearings the Hearings list shows on it: not in the
trash, and their case not in the trash (a hearing of a trashed case is hidden until the case
is restored). The list's count, and its place of today, are then a sum over a row per day
(about 1,100 at 1,000,000 hearings) instead of a count over the 1,000,000 entries of the date
index, which at that size is larger than the page cache (bench/README.md).

Triggers keep it, whatever writes (forms, CSV import, bundle merges, plain SQL): on hearings,
for a row inserted, deleted, or moved to another day, case, or in or out of the trash; on
cases, for a case moved in or out of the trash (its hearings' days). A case's hidden hearings
are those whose case row exists and is in the trash, as the list's own reads decide
(services/lists/paged.py); foreign keys (on in every connection of the vault) keep a case
inserted before its hearings and deleted after them, so inserting or deleting a case changes
no count and has no trigger (a row trigger costs every single-row INSERT a statement journal:
bench/README.md). Days whose count falls to zero are deleted. A migration that rebuilds
hearings or cases (batch_alter_table) drops their triggers with the old table: it must
create them again.

It is filled here in two passes: the live date index alone, grouped by day in its own order
(no sort, no table row read), then the hearings of trashed cases (usually none) taken off.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the statements, so this migration never changes with the app code
# (casefile/vault/schema.py models the table; tests compare the counts with the hearings).
DAY_COUNTS = (
    "CREATE TABLE hearing_day_counts (day DATE NOT NULL, live INTEGER NOT NULL, "
    "PRIMARY KEY (day)) WITHOUT ROWID"
)
# Whether a hearing row (NEW or OLD) is one the list shows (its case found by primary key).
_SHOWN = (
    "{row}.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM cases WHERE cases.id = "
    "{row}.case_id AND cases.deleted_at IS NOT NULL)"
)
_ADD = (
    "INSERT INTO hearing_day_counts (day, live) SELECT {row}.scheduled_date, 1 WHERE "
    f"{_SHOWN} ON CONFLICT (day) DO UPDATE SET live = live + 1;"
)
_REMOVE = (
    f"UPDATE hearing_day_counts SET live = live - 1 WHERE day = {{row}}.scheduled_date AND "
    f"{_SHOWN}; DELETE FROM hearing_day_counts WHERE day = {{row}}.scheduled_date AND live = 0;"
)
# A case's live hearings, per day, with a sign: taken off when it goes to the trash, added
# back when it comes out.
_CASE = (
    "INSERT INTO hearing_day_counts (day, live) SELECT scheduled_date, {sign}count(*) FROM "
    "hearings WHERE case_id = {row}.id AND deleted_at IS NULL GROUP BY scheduled_date "
    "ON CONFLICT (day) DO UPDATE SET live = live + excluded.live; "
    "DELETE FROM hearing_day_counts WHERE live = 0;"
)
_MOVED = (
    "OLD.scheduled_date IS NOT NEW.scheduled_date OR OLD.case_id IS NOT NEW.case_id OR "
    "(OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL)"
)
TRIGGERS = (
    "CREATE TRIGGER tr_hearing_days_inserted AFTER INSERT ON hearings "
    f"BEGIN {_ADD.format(row='NEW')} END",
    "CREATE TRIGGER tr_hearing_days_updated AFTER UPDATE OF scheduled_date, case_id, deleted_at "
    f"ON hearings WHEN {_MOVED} BEGIN {_REMOVE.format(row='OLD')} {_ADD.format(row='NEW')} END",
    "CREATE TRIGGER tr_hearing_days_deleted AFTER DELETE ON hearings "
    f"BEGIN {_REMOVE.format(row='OLD')} END",
    "CREATE TRIGGER tr_hearing_days_case_trashed AFTER UPDATE OF deleted_at ON cases "
    "WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL "
    f"BEGIN {_CASE.format(sign='-', row='NEW')} END",
    "CREATE TRIGGER tr_hearing_days_case_restored AFTER UPDATE OF deleted_at ON cases "
    "WHEN OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL "
    f"BEGIN {_CASE.format(sign='', row='NEW')} END",
)
TRIGGER_NAMES = (
    "inserted",
    "updated",
    "deleted",
    "case_trashed",
    "case_restored",
)
# The live date index alone (ix_hearings_live_order), in its order.
FILL = (
    "INSERT INTO hearing_day_counts (day, live) SELECT scheduled_date, count(*) FROM hearings "
    "WHERE deleted_at IS NULL GROUP BY scheduled_date"
)
# Trashed cases first (CROSS JOIN keeps SQLite's order): else it read every hearing's row for
# its case.
HIDDEN = (
    "INSERT INTO hearing_day_counts (day, live) SELECT h.scheduled_date, -count(*) "
    "FROM cases AS c CROSS JOIN hearings AS h ON h.case_id = c.id "
    "WHERE c.deleted_at IS NOT NULL AND h.deleted_at IS NULL GROUP BY h.scheduled_date "
    "ON CONFLICT (day) DO UPDATE SET live = live + excluded.live"
)
EMPTY_DAYS = "DELETE FROM hearing_day_counts WHERE live = 0"


def upgrade() -> None:
    op.execute(DAY_COUNTS)
    op.execute(FILL)
    op.execute(HIDDEN)
    op.execute(EMPTY_DAYS)
    for trigger in TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER tr_hearing_days_{name}")
    op.execute("DROP TABLE hearing_day_counts")
