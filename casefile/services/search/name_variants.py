"""Suggested other spellings of a person's name, and adding one with a click.

The suggestions come from casefile.domain.transliteration.suggest_variants, without the
spellings the person already has (full name, other spellings, aliases).
"""

from __future__ import annotations

from typing import cast

from casefile.domain.transliteration import NameVariants, suggest_variants
from casefile.services.records.drafts import get_live, save_record
from casefile.vault.schema import Person
from casefile.vault.vault import Vault


def _known(person: Person) -> set[str]:
    return {
        " ".join(name.split()).casefold()
        for name in (person.full_name, *(person.name_variants or ()), *(person.aliases or ()))
        if name
    }


def suggestions_for(vault: Vault, person_id: str) -> NameVariants:
    """Latin and Cyrillic spellings of the person's name not yet recorded for them."""
    with vault.read() as session:
        person = cast(Person, get_live(session, "persons", person_id))
        known = _known(person)
        suggested = suggest_variants(person.full_name)
    return NameVariants(
        latin=tuple(s for s in suggested.latin if s.casefold() not in known),
        cyrillic=tuple(s for s in suggested.cyrillic if s.casefold() not in known),
    )


def add_name_variant(vault: Vault, person_id: str, spelling: str) -> bool:
    """Adds a spelling to the person's other spellings (one audited save); False when the
    person already has it."""
    spelling = " ".join(spelling.split())
    with vault.read() as session:
        person = cast(Person, get_live(session, "persons", person_id))
        if not spelling or spelling.casefold() in _known(person):
            return False
        variants = [*(person.name_variants or ()), spelling]
        version = person.version
    save_record(vault, "persons", person_id, {"name_variants": variants}, expected_version=version)
    return True
