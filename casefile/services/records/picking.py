"""Choosing an organisation or a source in a form: few records, not in the search index.

People and cases are picked through the full-text index (services.search.search.pick_people and
pick_cases); organisations and sources are few, so their names are filtered here, folding case
the way Python does for every script.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from casefile.errors import BugError
from casefile.services.search.search import PickRow
from casefile.vault.schema import Organisation, Source
from casefile.vault.vault import Vault

_NAMED: dict[str, Any] = {"organisations": Organisation, "sources": Source}


def pick_named(vault: Vault, table: str, text: str, limit: int = 50) -> list[PickRow]:
    """Live organisations or sources whose name holds every typed word, by name."""
    model = _NAMED.get(table)
    if model is None:
        raise BugError(f"{table!r} is not picked by name")
    words = text.casefold().split()
    with vault.read() as session:
        rows = session.execute(
            select(model.id, model.name).where(model.deleted_at.is_(None)).order_by(model.name)
        ).all()
    found = [row for row in rows if all(word in str(row[1]).casefold() for word in words)]
    return [PickRow(id=row[0], label=row[1], detail="") for row in found[:limit]]
