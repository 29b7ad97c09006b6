"""Indexes on the stored statuses, so that a status word in the People filter reads its own.

A status word ("released", "house") matched the stored statuses by reading person_statuses
whole, a row per person with detention events (100,000 rows at 100,000 people), and every
one was read again for each keystroke (bench/README.md). Now:

- ix_person_statuses_status (status, as_of, valid_until, person_id): the entries of a word's
  statuses alone, with what tells whether each holds on a day and the person, no table row;
- ix_person_statuses_as_of and ix_person_statuses_valid_until: the statuses that do not hold
  on a day (asked for before their as_of, or past their valid_until), derived again by the
  readers, usually few, without reading every row for them. Most statuses have no
  valid_until (no event ahead): that index holds the others alone.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX ix_person_statuses_status ON person_statuses "
        "(status, as_of, valid_until, person_id)"
    )
    op.execute("CREATE INDEX ix_person_statuses_as_of ON person_statuses (as_of)")
    op.execute(
        "CREATE INDEX ix_person_statuses_valid_until ON person_statuses (valid_until) "
        "WHERE valid_until IS NOT NULL"
    )


def downgrade() -> None:
    op.execute("DROP INDEX ix_person_statuses_valid_until")
    op.execute("DROP INDEX ix_person_statuses_as_of")
    op.execute("DROP INDEX ix_person_statuses_status")
