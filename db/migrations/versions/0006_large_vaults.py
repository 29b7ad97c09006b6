"""What large vaults need: the audit actor index, a small search index, statuses kept on write.

- ix_audit_entries_actor: the Undo label asks for this actor's last save; without it SQLite
  chose the record index and read every audit entry. ix_persons_live_risk: the People filter
  finds the people of a risk level without reading every person.
- The search index keeps no copy of the text (contentless FTS5, with contentless_delete for
  updates): its content table held every narrative again, and each list filter read its rows.
  search_records maps each index row to its record (kind, id), with an index on the record id,
  so an update deletes one row instead of scanning the index. Row ids are grouped by kind, and
  a hearing's by date and time, so a list reads one kind, or a hearing's days, as a range.
  Each hearing's row also holds its case's title and numbers (column context), which the
  Hearings filter matches. Prefix indexes of one to four letters serve the first keystrokes
  (a transliteration key counts its mark as a letter).
  The documents are carried over from the old content table, so nothing is indexed again:
  one pass over it, then one over the map (each GROUP BY or sort of a million rows costs an
  allocation per row under memory security).
- person_statuses: each person's derived status, stored when their detention events change
  (triggers mark them in person_status_stale, whatever wrote the events; the vault derives
  the statuses again before each write commits). All are marked here: the first open
  derives them once.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the statements (casefile/vault/search_index.py and statuses.py hold the
# app's), so this migration never changes with the app code.
AUDIT_ACTOR = "CREATE INDEX ix_audit_entries_actor ON audit_entries (actor)"
PERSONS_RISK = (
    "CREATE INDEX ix_persons_live_risk ON persons (risk_level, id, deleted_at) "
    "WHERE deleted_at IS NULL AND risk_level IS NOT NULL"
)

SEARCH_RECORDS = (
    "CREATE TABLE search_records (id INTEGER NOT NULL, kind VARCHAR(30) NOT NULL, "
    "record_id VARCHAR(36) NOT NULL, PRIMARY KEY (id))"
)
SEARCH_RECORDS_RECORD = "CREATE UNIQUE INDEX ix_search_records_record ON search_records (record_id)"
NEW_INDEX = (
    "CREATE VIRTUAL TABLE search_index_new USING fts5(title, body, context, content='', "
    "contentless_delete=1, prefix='1 2 3 4', tokenize='unicode61 remove_diacritics 2')"
)
# Row ids: the kind's code in bits 56-62; a hearing's day (since 1900-01-01) in bits 39-55
# and its minute of the day plus one (0: no time) in bits 28-38; then the row's number in the
# old index, so that the old row is found again from the new id (_OLD) and nothing is sorted.
KIND_CODES = {
    "person": 1,
    "case": 2,
    "charge": 3,
    "ill_treatment": 4,
    "detention_event": 5,
    "hearing": 6,
}
_DAY = "max(0, CAST(julianday(h.scheduled_date) - julianday('1900-01-01') AS INTEGER))"
_MINUTE = (
    "CASE WHEN h.scheduled_time IS NULL THEN 0 ELSE CAST(substr(h.scheduled_time, 1, 2) AS "
    "INTEGER) * 60 + CAST(substr(h.scheduled_time, 4, 2) AS INTEGER) + 1 END"
)
_CODE = "CASE c.c0 " + " ".join(f"WHEN '{k}' THEN {v}" for k, v in KIND_CODES.items()) + " END"
_HEARING = (
    f"coalesce((SELECT ({_DAY} << 39) + (({_MINUTE}) << 28) FROM hearings AS h "
    "WHERE h.id = c.c1), 0)"
)
# One pass over the old index's rows, in their order; a record indexed twice keeps its newest
# row (OR REPLACE on the record id's unique index).
MAP = (
    "INSERT OR REPLACE INTO search_records (id, kind, record_id) "
    f"SELECT ({_CODE} << 56) + CASE c.c0 WHEN 'hearing' THEN {_HEARING} ELSE 0 END + c.id, "
    "c.c0, c.c1 FROM search_index_content AS c "
    f"WHERE c.c0 IN ({', '.join(repr(k) for k in KIND_CODES)}) ORDER BY c.id"
)
_OLD = (
    "CASE WHEN r.kind = 'hearing' THEN r.id & ((1 << 28) - 1) ELSE r.id & ((1 << 56) - 1) END"
)
# A hearing's context: its case's indexed title (with its transliteration keys) and numbers.
_CONTEXT = (
    "CASE WHEN r.kind != 'hearing' THEN '' ELSE (SELECT trim(coalesce(cc.c2, '') || ' ' || "
    "coalesce((SELECT group_concat(value, ' ') FROM json_each(k.case_numbers)), '')) "
    "FROM hearings AS h JOIN cases AS k ON k.id = h.case_id "
    "LEFT JOIN search_records AS rc ON rc.record_id = k.id "
    "LEFT JOIN search_index_content AS cc ON cc.id = rc.id & ((1 << 56) - 1) "
    "WHERE h.id = r.record_id) END"
)
# Then one pass over the map in row-id order: FTS5 takes rows fastest in that order.
COPY_DOCUMENTS = (
    "INSERT INTO search_index_new (rowid, title, body, context) "
    f"SELECT r.id, c.c2, c.c3, coalesce({_CONTEXT}, '') FROM search_records AS r "
    f"JOIN search_index_content AS c ON c.id = {_OLD} ORDER BY r.id"
)

PERSON_STATUSES = (
    "CREATE TABLE person_statuses (person_id VARCHAR(36) NOT NULL, status VARCHAR(30) NOT NULL, "
    "days_in_custody INTEGER NOT NULL, custody_started DATE, term_until DATE, "
    "police_custody_over_48h BOOLEAN NOT NULL, as_of DATE NOT NULL, valid_until DATE, "
    "days_growing BOOLEAN NOT NULL, PRIMARY KEY (person_id))"
)
STALE = (
    "CREATE TABLE person_status_stale (person_id VARCHAR(36) NOT NULL, PRIMARY KEY (person_id))"
)
_MARK = "INSERT OR IGNORE INTO person_status_stale (person_id) VALUES ({row}.person_id);"
TRIGGERS = (
    "CREATE TRIGGER tr_detention_events_inserted AFTER INSERT ON detention_events "
    f"BEGIN {_MARK.format(row='NEW')} END",
    "CREATE TRIGGER tr_detention_events_updated AFTER UPDATE ON detention_events "
    f"BEGIN {_MARK.format(row='OLD')} {_MARK.format(row='NEW')} END",
    "CREATE TRIGGER tr_detention_events_deleted AFTER DELETE ON detention_events "
    f"BEGIN {_MARK.format(row='OLD')} END",
)
MARK_EVERYONE = (
    "INSERT INTO person_status_stale (person_id) SELECT DISTINCT person_id FROM detention_events"
)


def upgrade() -> None:
    op.execute(AUDIT_ACTOR)
    op.execute(PERSONS_RISK)
    op.execute(SEARCH_RECORDS)
    op.execute(SEARCH_RECORDS_RECORD)
    op.execute(MAP)
    op.execute(NEW_INDEX)
    op.execute(COPY_DOCUMENTS)
    op.execute("DROP TABLE search_index")
    op.execute("ALTER TABLE search_index_new RENAME TO search_index")
    op.execute(PERSON_STATUSES)
    op.execute(STALE)
    for trigger in TRIGGERS:
        op.execute(trigger)
    op.execute(MARK_EVERYONE)


def downgrade() -> None:
    for name in ("inserted", "updated", "deleted"):
        op.execute(f"DROP TRIGGER tr_detention_events_{name}")
    op.execute("DROP TABLE person_status_stale")
    op.execute("DROP TABLE person_statuses")
    # The old index cannot be rebuilt from here: opening with the older program reindexes.
    op.execute("DROP TABLE search_index")
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, record_id UNINDEXED, "
        "title, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute("DELETE FROM settings WHERE key = 'search_index_version'")
    op.execute("DROP TABLE search_records")
    op.execute("DROP INDEX ix_persons_live_risk")
    op.execute("DROP INDEX ix_audit_entries_actor")
