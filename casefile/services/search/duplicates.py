"""Possible duplicates of a person about to be saved: the same name across scripts and spellings
("Tazhibek kyzy Makhabat" and "Тажибек кызы Махабат"), with a birth year that does not contradict.

Candidates come from the search index's transliteration keys (never LIKE), then each of their
names (full name, other spellings, aliases) is compared word by word with
casefile.domain.transliteration.same_name: same words in any order, particles ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import combinations

from sqlalchemy import select
from sqlalchemy import text as sql_text

from casefile.domain.dates import PartialDate
from casefile.domain.transliteration import is_particle, name_tokens, same_name, token_keys
from casefile.errors import ValidationError
from casefile.vault.schema import Person
from casefile.vault.search_index import KEY_MARK, RECORDS, TABLE, kind_range
from casefile.vault.vault import Vault

# Words looked up: a longer name is cut to this many (the first ones).
_MAX_WORDS = 6
_CANDIDATES_PER_QUERY = 50
# Either birth date marked approximate: years this far apart still do not contradict.
_APPROXIMATE_YEARS = 2

_PEOPLE = kind_range("person")
# People are one range of the index's rows; search_records names the record of each.
_CANDIDATES_SQL = sql_text(
    f"SELECT r.record_id FROM {TABLE} AS s CROSS JOIN {RECORDS} AS r ON r.id = s.rowid "
    f"WHERE {TABLE} MATCH :q AND s.rowid BETWEEN {_PEOPLE[0]} AND {_PEOPLE[1]} LIMIT :limit"
)


@dataclass(frozen=True)
class PossibleDuplicate:
    """A stored person who may be the one being entered."""

    id: str
    full_name: str
    birth_date: str  # as stored ("1990", "c. 1985"), or "" when unknown
    matched: str  # the stored name, other spelling or alias that matched


def _as_partial(value: PartialDate | date | str | None) -> PartialDate | None:
    if value is None or isinstance(value, PartialDate):
        return value
    if isinstance(value, date):
        return PartialDate.from_date(value)
    if not value.strip():
        return None
    try:
        return PartialDate.parse(value)
    except ValidationError:
        return None  # an unreadable date contradicts nothing


def years_contradict(first: PartialDate | None, second: PartialDate | None) -> bool:
    """True when both birth years are known and too far apart to be the same person."""
    if first is None or second is None:
        return False
    slack = _APPROXIMATE_YEARS if first.approximate or second.approximate else 0
    return abs(first.year - second.year) > slack


def _queries(full_name: str) -> list[str]:
    """FTS5 queries for people holding every word (or all but one, for three or more)."""
    groups = []
    for token in name_tokens(full_name):
        keys = token_keys(token)
        if keys and not is_particle(token):
            groups.append("(" + " OR ".join(f'"{KEY_MARK}{key}"' for key in keys) + ")")
    groups = groups[:_MAX_WORDS]
    if len(groups) < 1:
        return []
    queries = [" AND ".join(groups)]
    if len(groups) >= 3:
        queries.extend(" AND ".join(rest) for rest in combinations(groups, len(groups) - 1))
    return queries


def find_possible_duplicates(
    vault: Vault,
    full_name: str,
    birth_date: PartialDate | date | str | None = None,
    *,
    exclude_id: str | None = None,
    limit: int = 10,
) -> list[PossibleDuplicate]:
    """Live people whose name matches `full_name` across scripts and whose birth year does not
    contradict `birth_date`; the person being edited (`exclude_id`) is left out."""
    born = _as_partial(birth_date)
    queries = _queries(full_name)
    if not queries:
        return []
    found: list[PossibleDuplicate] = []
    with vault.read() as session:
        ids: dict[str, None] = {}
        for query in queries:
            rows = session.execute(_CANDIDATES_SQL, {"q": query, "limit": _CANDIDATES_PER_QUERY})
            ids.update((row[0], None) for row in rows)
        ids.pop(exclude_id or "", None)
        if not ids:
            return []
        people = session.scalars(
            select(Person).where(Person.id.in_(list(ids)), Person.deleted_at.is_(None))
        ).all()
        order = {record_id: index for index, record_id in enumerate(ids)}
        for person in sorted(people, key=lambda p: order[p.id]):
            if years_contradict(born, person.birth_date):
                continue
            names = [person.full_name, *(person.name_variants or ()), *(person.aliases or ())]
            matched = next((name for name in names if name and same_name(full_name, name)), None)
            if matched is None:
                continue
            found.append(
                PossibleDuplicate(
                    id=person.id,
                    full_name=person.full_name,
                    birth_date=person.birth_date.to_text() if person.birth_date else "",
                    matched=matched,
                )
            )
            if len(found) >= limit:
                break
    return found
