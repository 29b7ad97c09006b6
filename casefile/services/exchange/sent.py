"""What this vault knows its partners hold: the highest clock it ever sent out, and which
records each partner created or was sent.

The first bounds what a partner's version vector may claim to have seen of this vault's own
changes (more is forged). The second is what a contributor may change.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from casefile.vault.schema import Partner, PartnerRecord, Setting

#: Vault setting: this vault's clock when it last wrote a bundle (any scope, any partner).
SETTING_HIGHEST_SENT = "exchange_highest_sent_clock"
_BATCH = 5000


def highest_sent_clock(session: Session) -> int:
    """The highest clock of this vault that any bundle carried out of it."""
    row = session.get(Setting, SETTING_HIGHEST_SENT)
    stored = row.value if row is not None and type(row.value) is int else 0
    # Vaults from before the setting: every full bundle moved a partner's mark.
    marks = session.scalar(select(func.max(Partner.last_sent_seq))) or 0
    return max(stored, int(marks))


def note_sent(
    session: Session, partner: str, clock: int, records: Iterable[tuple[str, str]]
) -> None:
    """Records, in the caller's write transaction, that a bundle made at `clock` left for
    `partner` carrying `records` (table, id)."""
    if clock > highest_sent_clock(session):
        session.merge(Setting(key=SETTING_HIGHEST_SENT, value=clock))
    note_partner_records(session, partner, records)


def note_partner_records(
    session: Session, partner: str, records: Iterable[tuple[str, str]]
) -> None:
    """Remembers that `partner` holds these records (it created them or was sent them)."""
    rows = [
        {"device_id": partner, "record_table": table, "record_id": record_id}
        for table, record_id in records
    ]
    statement = sqlite_insert(PartnerRecord).on_conflict_do_nothing()
    for start in range(0, len(rows), _BATCH):
        session.execute(statement, rows[start : start + _BATCH])
