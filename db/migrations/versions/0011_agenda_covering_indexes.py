"""Covering indexes for the agenda's rows: each hearing's case, defendants and postponements.

After a pause in use the vault has dropped its decrypted pages, and every page read again is
decrypted and checked. The agenda's first screen read, per hearing, its case through the
primary key and then the table, each defendant's participant row and person row the same
way, and every hearing of its case to find its postponements (bench/README.md). These
indexes answer those reads alone, one page per lookup:

- ix_cases_live_titles: a live case's title and numbers by its id.
- ix_case_participants_live_roles: a case's live participants by role, with the person.
- ix_persons_live_ids: a live person's name by id.
- ix_hearings_postponements: the hearings that were postponed, by case, with their link;
  few hearings are, so a case with none costs one index probe.
- ix_hearings_no_outcome (0009) again with deleted_at and outcome, NULL in every entry: the
  count of overdue hearings then reads the index alone, not each hearing's row.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of casefile/vault/schema.py's declarations; deleted_at comes last in the
# live-row indexes so that SQLite sees them covering the queries' "deleted_at IS NULL" too.
CASES_LIVE_TITLES = (
    "CREATE INDEX ix_cases_live_titles ON cases (id, title, case_numbers, deleted_at) "
    "WHERE deleted_at IS NULL"
)
CASE_PARTICIPANTS_LIVE_ROLES = (
    "CREATE INDEX ix_case_participants_live_roles ON case_participants "
    "(case_id, role, person_id, deleted_at) WHERE deleted_at IS NULL"
)
PERSONS_LIVE_IDS = (
    "CREATE INDEX ix_persons_live_ids ON persons (id, full_name, deleted_at) "
    "WHERE deleted_at IS NULL"
)
HEARINGS_NO_OUTCOME = (
    "CREATE INDEX ix_hearings_no_outcome ON hearings "
    "(scheduled_date, scheduled_time, id, deleted_at, outcome) "
    "WHERE deleted_at IS NULL AND outcome IS NULL"
)
HEARINGS_NO_OUTCOME_0009 = (
    "CREATE INDEX ix_hearings_no_outcome ON hearings (scheduled_date, scheduled_time, id) "
    "WHERE deleted_at IS NULL AND outcome IS NULL"
)
HEARINGS_POSTPONEMENTS = (
    "CREATE INDEX ix_hearings_postponements ON hearings (case_id, id, postponed_to_id) "
    "WHERE postponed_to_id IS NOT NULL"
)


def upgrade() -> None:
    op.execute(CASES_LIVE_TITLES)
    op.execute(CASE_PARTICIPANTS_LIVE_ROLES)
    op.execute(PERSONS_LIVE_IDS)
    op.execute(HEARINGS_POSTPONEMENTS)
    op.execute("DROP INDEX ix_hearings_no_outcome")
    op.execute(HEARINGS_NO_OUTCOME)


def downgrade() -> None:
    op.execute("DROP INDEX ix_hearings_no_outcome")
    op.execute(HEARINGS_NO_OUTCOME_0009)
    op.execute("DROP INDEX ix_hearings_postponements")
    op.execute("DROP INDEX ix_persons_live_ids")
    op.execute("DROP INDEX ix_case_participants_live_roles")
    op.execute("DROP INDEX ix_cases_live_titles")
