"""Full-text search index (FTS5) over names, case titles, charges, places and narratives.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the statements, so this migration never changes with the app code.
CREATE = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "kind UNINDEXED, record_id UNINDEXED, title, body, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)


def _list(column: str) -> str:
    return f"coalesce((SELECT group_concat(value, ' ') FROM json_each({column})), '')"


BACKFILL = [
    "INSERT INTO search_index SELECT 'person', id, full_name, "
    f"trim({_list('name_variants')} || ' ' || {_list('aliases')} || ' ' || "
    "coalesce(profession, '')) FROM persons WHERE deleted_at IS NULL",
    "INSERT INTO search_index SELECT 'case', id, title, "
    f"trim({_list('case_numbers')} || ' ' || coalesce(summary, '')) "
    "FROM cases WHERE deleted_at IS NULL",
    "INSERT INTO search_index SELECT 'charge', id, trim(article || ' ' || code), "
    "coalesce(wording, '') FROM charges WHERE deleted_at IS NULL",
    "INSERT INTO search_index SELECT 'ill_treatment', id, coalesce(place, ''), "
    "trim(coalesce(circumstances, '') || ' ' || coalesce(perpetrators, '') || ' ' || "
    "coalesce(injuries, '') || ' ' || coalesce(witnesses, '')) "
    "FROM ill_treatment_reports WHERE deleted_at IS NULL",
    "INSERT INTO search_index SELECT 'detention_event', id, coalesce(place, ''), "
    "trim(coalesce(ordering_authority, '') || ' ' || coalesce(notes, '')) "
    "FROM detention_events WHERE deleted_at IS NULL",
    "INSERT INTO search_index SELECT 'hearing', id, coalesce(court, ''), "
    "trim(coalesce(judge, '') || ' ' || coalesce(notes, '')) "
    "FROM hearings WHERE deleted_at IS NULL",
]


def upgrade() -> None:
    op.execute(CREATE)
    for statement in BACKFILL:
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP TABLE search_index")
