"""IN lists bound as one JSON text, not one parameter per id.

The driver keeps prepared statements in a cache, and SQLite keeps a statement's bound values
until it is bound again. An ``IN (?, ?, …)`` of 500 ids leaves 500 small values in the
connection's lookaside pool for as long as the statement stays cached, so a few such
statements fill the pool, and under SQLCipher's memory security every later allocation of the
transaction costs an mlock and an munlock (an import of 25,000 records: 1.1 million). One JSON
text is one allocation, outside the pool.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, func, select


def in_ids(column: Any, values: Iterable[str]) -> ColumnElement[bool]:
    """``column IN (SELECT value FROM json_each(:values))``."""
    each = func.json_each(json.dumps(list(values))).table_valued("value")
    result: ColumnElement[bool] = column.in_(select(each.c.value))
    return result
