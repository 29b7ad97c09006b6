"""Everyone in the vault whose name an outside document must not print, wherever it appears.

The report's own circle (its subjects, co-defendants, victims, witnesses) is gathered with the
report (gathering.py). A free text may also name anyone else: a relative, or a person who asked
for initials or withdrew consent in another case. One read of every live person's names and
latest consent, once per batch, gives the redaction those people too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, cast, or_, select, true
from sqlalchemy.orm import Session

from casefile.vault.schema import Consent, Person

RELATIVE_ROLE = "relative"
_MAX_IDS = 5000


@dataclass(frozen=True)
class ProtectedPerson:
    id: str
    full_name: str
    other_names: tuple[str, ...]


def protected_in(session: Session, today: date) -> list[ProtectedPerson]:
    """Relatives without a consent in force that allows their full name, and anyone whose
    latest consent asks for initials or has been withdrawn."""
    latest: dict[str, tuple[str, date | None]] = {}
    for person_id, usage, withdrawn_on in session.execute(
        select(Consent.person_id, Consent.name_usage, Consent.withdrawn_on)
        .where(Consent.deleted_at.is_(None))
        .order_by(Consent.person_id, Consent.given_on, Consent.created_at)
    ):
        latest[person_id] = (usage, withdrawn_on)  # oldest first: the last one stays
    refused: set[str] = set()  # asked for initials, or withdrew
    allowed: set[str] = set()  # a consent in force that allows the full name
    for person_id, (usage, withdrawn_on) in latest.items():
        in_force = withdrawn_on is None or withdrawn_on > today
        (allowed if in_force and usage != "initials" else refused).add(person_id)
    # Only these rows are read: people with such a consent, and relatives (the roles are a
    # JSON list; the LIKE runs in SQL), not every name in a vault of 100,000 people.
    relative = cast(Person.roles, String).like(f'%"{RELATIVE_ROLE}"%')
    # Past SQLite's bound-parameter limit, every live person is read and filtered here.
    wanted = or_(Person.id.in_(refused), relative) if len(refused) <= _MAX_IDS else true()
    rows = session.execute(
        select(Person.id, Person.full_name, Person.name_variants, Person.aliases, Person.roles)
        .where(Person.deleted_at.is_(None), wanted)
        .order_by(Person.id)
    )
    found: list[ProtectedPerson] = []
    for person_id, full_name, variants, aliases, roles in rows:
        if person_id in allowed or (person_id not in refused and RELATIVE_ROLE not in roles):
            continue
        others = tuple(n for n in (*(variants or ()), *(aliases or ())) if n)
        found.append(ProtectedPerson(person_id, full_name, others))
    return found
