"""Everyone in the vault whose name an outside document must not print, wherever it appears.

The report's own circle (its subjects, co-defendants, victims, witnesses) is gathered with the
report (gathering.py). A free text may also name anyone else: a relative, or a person who asked
for initials or withdrew consent in another case. One read of every live person's names and
latest consent, once per batch, gives the redaction those people too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from casefile.vault.schema import Consent, Person
from casefile.vault.vault import Vault

RELATIVE_ROLE = "relative"


@dataclass(frozen=True)
class ProtectedPerson:
    id: str
    full_name: str
    other_names: tuple[str, ...]


def protected_in(session: Session, today: date) -> list[ProtectedPerson]:
    """Relatives without a consent in force that allows their full name, and anyone whose
    latest consent asks for initials or has been withdrawn."""
    latest: dict[str, Consent] = {}
    for given in session.scalars(
        select(Consent)
        .where(Consent.deleted_at.is_(None))
        .order_by(Consent.person_id, Consent.given_on, Consent.created_at)
    ):
        latest[given.person_id] = given  # oldest first: the last one stays
    found: list[ProtectedPerson] = []
    rows = session.execute(
        select(Person.id, Person.full_name, Person.name_variants, Person.aliases, Person.roles)
        .where(Person.deleted_at.is_(None))
        .order_by(Person.id)
    )
    for person_id, full_name, variants, aliases, roles in rows:
        consent = latest.get(person_id)
        in_force = consent is not None and (
            consent.withdrawn_on is None or consent.withdrawn_on > today
        )
        if consent is not None and (not in_force or consent.name_usage == "initials"):
            protect = True
        else:
            allows_name = in_force and consent is not None and consent.name_usage != "initials"
            protect = RELATIVE_ROLE in (roles or ()) and not allows_name
        if protect:
            others = tuple(n for n in (*(variants or ()), *(aliases or ())) if n)
            found.append(ProtectedPerson(person_id, full_name, others))
    return found


def protected_people(vault: Vault, today: date) -> list[ProtectedPerson]:
    """protected_in, in its own read."""
    with vault.read() as session:
        return protected_in(session, today)
