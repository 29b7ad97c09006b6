"""A purge on one laptop meets a record another laptop linked to it meanwhile: both converge."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from casefile.errors import ValidationError
from casefile.services.exchange import service
from casefile.services.exchange.dump import canonical_dump
from casefile.services.records import trash
from casefile.vault.schema import Consent, Person, Tombstone
from casefile.vault.vault import Vault
from tests.services.exchange.exchange_helpers import (
    BUNDLE_PASSPHRASE,
    FAST_BUNDLE_KDF,
    MakeVault,
    accept_all_purges,
    introduce,
)


def send(source: Vault, target: Vault) -> service.ImportPreview:
    """A bundle from source to target, whose user then accepts the purges it asks for."""
    result = service.export_bundle(
        source, target.actor, passphrase=BUNDLE_PASSPHRASE, kdf=FAST_BUNDLE_KDF
    )
    preview = service.import_bundle(target, result.data, BUNDLE_PASSPHRASE)
    accept_all_purges(target)
    return preview


def rows(vault: Vault, cls: type) -> dict[str, object]:
    """id -> deleted_at of every row of a record table."""
    with vault.read() as session:
        return {r.id: r.deleted_at for r in session.scalars(select(cls))}


def tombstones(vault: Vault) -> set[tuple[str, str]]:
    with vault.read() as session:
        return {(t.record_table, t.record_id) for t in session.scalars(select(Tombstone))}


@pytest.fixture
def diverged(make_vault: MakeVault) -> tuple[Vault, Vault, str, str]:
    """A purged a person that B, not knowing, gave a new consent record."""
    a, b = make_vault("a"), make_vault("b")
    introduce(a, b)
    with a.write() as session:
        person = Person(full_name="Purged Elsewhere")
        session.add(person)
    send(a, b)
    trash.move_to_trash(a, "persons", person.id)
    trash.purge(a, "persons", person.id)
    with b.write() as session:
        consent = Consent(person_id=person.id, share_with_un=True)
        session.add(consent)
    return a, b, person.id, consent.id


@pytest.mark.parametrize("first", ["a", "b"])
def test_a_purge_meeting_a_new_reference_holds_the_record_on_both_sides(
    diverged: tuple[Vault, Vault, str, str], first: str
) -> None:
    a, b, person, consent = diverged
    order = [(a, b), (b, a)] if first == "a" else [(b, a), (a, b)]
    for source, target in order + order:
        send(source, target)
    for vault in (a, b):
        people = rows(vault, Person)
        # Held: still here, in the trash, with its tombstone; the new consent is kept.
        assert people[person] is not None
        assert rows(vault, Consent) == {consent: None}
        assert ("persons", person) in tombstones(vault)
    assert canonical_dump(a) == canonical_dump(b)
    with pytest.raises(ValidationError, match="deleted for good on another laptop"):
        trash.restore(b, "persons", person)


def test_the_import_preview_says_the_record_is_kept(
    diverged: tuple[Vault, Vault, str, str],
) -> None:
    a, b, person, _consent = diverged
    result = service.export_bundle(a, "b", passphrase=BUNDLE_PASSPHRASE, kdf=FAST_BUNDLE_KDF)
    preview = service.import_bundle(b, result.data, BUNDLE_PASSPHRASE)
    # The purge is a request: the person waits in the trash here, nothing is purged yet.
    assert [c.record_id for c in preview.purged] == [person]
    assert rows(b, Person)[person] is not None
    assert ("persons", person) not in tombstones(b)
    # Accepted, the record is held (the new consent refers to it), stamped, and travels.
    accept_all_purges(b)
    assert rows(b, Person)[person] is not None
    assert ("persons", person) in tombstones(b)


def test_a_held_record_goes_when_the_last_reference_is_purged(
    diverged: tuple[Vault, Vault, str, str],
) -> None:
    a, b, person, consent = diverged
    send(a, b)
    send(b, a)
    trash.move_to_trash(b, "consents", consent)
    trash.purge(b, "consents", consent)
    # The purge of the consent took the held person with it here...
    assert person not in rows(b, Person)
    send(b, a)
    send(a, b)
    # ...and the consent's tombstone does the same there.
    for vault in (a, b):
        assert person not in rows(vault, Person)
        assert rows(vault, Consent) == {}
    assert canonical_dump(a) == canonical_dump(b)


def test_a_purge_arriving_after_the_reference_was_purged_too(
    diverged: tuple[Vault, Vault, str, str],
) -> None:
    a, b, person, consent = diverged
    send(a, b)  # B holds the person
    trash.move_to_trash(b, "consents", consent)
    trash.purge(b, "consents", consent)
    send(b, a)  # the consent never reached A; only its tombstone does
    send(a, b)
    for vault in (a, b):
        assert person not in rows(vault, Person)
    assert canonical_dump(a) == canonical_dump(b)
