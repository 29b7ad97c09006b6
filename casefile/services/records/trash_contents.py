"""What moving a person or a case to the trash takes out of sight with it, for the question
asked first ("Move … with 9 detention events and 3 charges to the trash?").

The trash marks only the record itself (services/records/trash.py), but every page, list and
search leaves out the rows that refer to it, so those are what the question counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, inspect, select

from casefile.errors import BugError
from casefile.services.exchange.ids import in_ids
from casefile.services.records.labels import record_label
from casefile.vault.schema import RECORD_BY_TABLE, Attachment
from casefile.vault.vault import Vault


@dataclass(frozen=True)
class TrashContents:
    """The records asked about, as lists name them, and the live records that hang off them."""

    labels: tuple[str, ...]
    counts: tuple[tuple[str, int], ...]  # (table, how many), tables in schema order


def trash_contents(
    vault: Vault, table: str, record_ids: Sequence[str], lang: str = "en"
) -> TrashContents:
    """Names the live records among record_ids and counts what refers to them."""
    model = RECORD_BY_TABLE.get(table)
    if model is None:
        raise BugError(f"unknown record table {table!r}")
    ids = list(dict.fromkeys(record_ids))
    with vault.read() as session:
        records = session.scalars(
            select(model).where(in_ids(model.id, ids), model.deleted_at.is_(None))
        ).all()
        order = {record_id: index for index, record_id in enumerate(ids)}
        labels = tuple(
            record_label(session, record, lang)
            for record in sorted(records, key=lambda r: order.get(r.id, 0))
        )
        counts: list[tuple[str, int]] = []
        for other_table, other in RECORD_BY_TABLE.items():
            condition: ColumnElement[bool] | None = None
            for column in inspect(other).columns:
                if table in {fk.column.table.name for fk in column.foreign_keys}:
                    match = in_ids(column, ids)
                    condition = match if condition is None else condition | match
            if other is Attachment:
                condition = (Attachment.record_table == table) & in_ids(Attachment.record_id, ids)
            if condition is None:
                continue
            count = session.scalar(
                select(func.count())
                .select_from(other)
                .where(condition, other.deleted_at.is_(None), ~in_ids(other.id, ids))
            )
            if count:
                counts.append((other_table, int(count)))
    return TrashContents(labels, tuple(counts))
