"""The People list's sort key: a name case-folded, as an SQL function for the name index.

ix_persons_name_key (migration 0009) indexes casefile_name_key(full_name), so every
connection that may write people, or check or rebuild that index (integrity checks,
backups, VACUUM), registers the function first (engine.register_functions). It must give
the same key for the same name for as long as the index lives: str.casefold depends on the
Unicode version of the interpreter, which the vault records and checks (name_key_current).
"""

from __future__ import annotations

import unicodedata

#: The SQL name of the key function.
FUNCTION = "casefile_name_key"
#: The index that stores the keys (migration 0009).
INDEX = "ix_persons_name_key"
#: The Unicode version of this interpreter's str.casefold, and the setting that records the
#: one the index's keys were folded under (the vault folds them again when they differ).
UNICODE_VERSION = unicodedata.unidata_version
UNICODE_SETTING = "name_key_unicode"


def name_key(name: str | None) -> str | None:
    """The sort key of a name: case-folded (Cyrillic too, unlike SQLite's NOCASE); None for
    no name, which the list shows last."""
    return name.casefold() if name else None
