"""A received bundle taken back, and the backup made before imports at most once a day."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from casefile.services.exchange import devices, safeguards, service
from casefile.services.exchange.import_undo import (
    ImportNotUndoableError,
    received_bundles,
    undo_import,
)
from casefile.services.records.undo import StaleChangeError
from casefile.vault.backup import list_backups
from casefile.vault.schema import Person
from casefile.vault.vault import Vault
from tests.services.exchange.exchange_helpers import (
    BUNDLE_PASSPHRASE,
    FAST_BUNDLE_KDF,
    MakeVault,
    introduce,
)


@pytest.fixture
def pair(make_vault: MakeVault) -> tuple[Vault, Vault]:
    laptop, office = make_vault("laptop"), make_vault("office")
    introduce(laptop, office)
    return laptop, office


def _share(source: Vault, target: Vault) -> str:
    bundle = service.export_bundle(
        source, devices.this_device(target).name, passphrase=BUNDLE_PASSPHRASE, kdf=FAST_BUNDLE_KDF
    )
    service.import_bundle(target, bundle.data, BUNDLE_PASSPHRASE)
    return bundle.bundle_id


def _person(vault: Vault, name: str, profession: str) -> str:
    with vault.write() as session:
        person = Person(full_name=name, profession=profession)
        session.add(person)
        session.flush()
        return person.id


def _people(vault: Vault) -> dict[str, tuple[str | None, bool]]:
    """Each person's profession and whether they are in the trash, by name."""
    with vault.read() as session:
        return {
            p.full_name: (p.profession, p.deleted_at is not None)
            for p in session.scalars(select(Person))
        }


def test_undoing_an_import_restores_what_it_changed_and_trashes_what_it_added(
    pair: tuple[Vault, Vault],
) -> None:
    laptop, office = pair
    known = _person(laptop, "Azamat Known", "journalist")
    _share(laptop, office)
    with laptop.write() as session:
        found = session.get(Person, known)
        assert found is not None
        found.profession = "blogger"
    _person(laptop, "Bermet New", "lawyer")
    bundle_id = _share(laptop, office)
    assert _people(office) == {
        "Azamat Known": ("blogger", False),
        "Bermet New": ("lawyer", False),
    }
    received = {r.bundle_id: r for r in received_bundles(office)}
    assert received[bundle_id].undoable
    assert received[bundle_id].counts["new"] == 1
    assert received[bundle_id].counts["updated"] == 1

    assert undo_import(office, bundle_id) > 0

    assert _people(office) == {
        "Azamat Known": ("journalist", False),
        "Bermet New": ("lawyer", True),  # in the trash, not gone
    }
    after = {r.bundle_id: r for r in received_bundles(office)}[bundle_id]
    assert not after.undoable and after.undone_at is not None
    with pytest.raises(ImportNotUndoableError):
        undo_import(office, bundle_id)


def test_an_import_whose_records_were_edited_since_is_not_undone(
    pair: tuple[Vault, Vault],
) -> None:
    laptop, office = pair
    person_id = _person(laptop, "Cholpon Edited", "journalist")
    bundle_id = _share(laptop, office)
    with office.write() as session:
        found = session.get(Person, person_id)
        assert found is not None
        found.profession = "activist"
    with pytest.raises(StaleChangeError):
        undo_import(office, bundle_id)
    assert _people(office) == {"Cholpon Edited": ("activist", False)}
    assert {r.bundle_id: r for r in received_bundles(office)}[bundle_id].undoable


def test_an_unknown_bundle_cannot_be_undone(pair: tuple[Vault, Vault]) -> None:
    _laptop, office = pair
    with pytest.raises(ImportNotUndoableError):
        undo_import(office, "00000000-0000-4000-8000-000000000000")


def test_imports_are_backed_up_first_at_most_once_a_day(pair: tuple[Vault, Vault]) -> None:
    laptop, office = pair
    _person(laptop, "Person one", "journalist")
    _share(laptop, office)
    assert [b.kind for b in list_backups(office.paths.backups)] == ["pre-import"]
    _person(laptop, "Person two", "journalist")
    _share(laptop, office)  # a backup of this day is there: undo is the way back
    assert [b.kind for b in list_backups(office.paths.backups)] == ["pre-import"]
    # A day later the next import is preceded by a backup again.
    safeguards.backup_before_import(office, now=datetime.now() + timedelta(days=1, minutes=1))
    assert [b.kind for b in list_backups(office.paths.backups)] == ["pre-import"] * 2
