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
    PASSPHRASE,
)


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


def test_the_backup_is_made_outside_the_imports_write_transaction(
    pair: tuple[Vault, Vault],
) -> None:
    # At 100,000 people the copy takes minutes: made inside the import's transaction, every
    # other write waited for it. Another write while it runs must go through, and the backup
    # holds that write but not the import, which is planned again after it.
    laptop, office = pair
    _person(laptop, "From the laptop", "journalist")
    bundle = service.export_bundle(
        laptop, devices.this_device(office).name, passphrase=BUNDLE_PASSPHRASE, kdf=FAST_BUNDLE_KDF
    )
    made: list[str] = []

    def backup_beside_a_write(vault: Vault) -> None:
        # With the import's transaction open, this write would wait, then fail ("locked").
        _person(vault, "Written while the backup ran", "lawyer")
        safeguards.backup_before_import(vault, force=True)
        made.append("backup")

    preview = service.import_bundle(
        office,
        bundle.data,
        BUNDLE_PASSPHRASE,
        backup_due=lambda _vault: True,
        backup=backup_beside_a_write,
    )
    assert made == ["backup"]  # once, though the bundle was planned twice
    assert [change.label for change in preview.new] == ["From the laptop"]
    assert set(_people(office)) == {"From the laptop", "Written while the backup ran"}
    backups = list_backups(office.paths.backups)
    assert [b.kind for b in backups] == ["pre-import"]
    copy = Vault.open(backups[0].path, PASSPHRASE)
    with copy:
        assert set(_people(copy)) == {"Written while the backup ran"}
    # Undo takes back the import alone, not the write made during its backup.
    undo_import(office, bundle.bundle_id)
    assert _people(office) == {
        "From the laptop": ("journalist", True),
        "Written while the backup ran": ("lawyer", False),
    }


def test_no_backup_is_asked_for_when_none_is_due_or_nothing_changes(
    pair: tuple[Vault, Vault],
) -> None:
    laptop, office = pair
    asked: list[str] = []
    _person(laptop, "Someone", "journalist")
    bundle = service.export_bundle(
        laptop, devices.this_device(office).name, passphrase=BUNDLE_PASSPHRASE, kdf=FAST_BUNDLE_KDF
    )
    service.import_bundle(
        office,
        bundle.data,
        BUNDLE_PASSPHRASE,
        backup_due=lambda _vault: False,
        backup=lambda _vault: asked.append("backup"),
    )
    assert asked == []
    assert set(_people(office)) == {"Someone"}
    again = service.export_bundle(
        laptop, devices.this_device(office).name, passphrase=BUNDLE_PASSPHRASE, kdf=FAST_BUNDLE_KDF
    )  # nothing new since
    service.import_bundle(
        office,
        again.data,
        BUNDLE_PASSPHRASE,
        backup_due=lambda _vault: True,
        backup=lambda _vault: asked.append("backup"),
    )
    assert asked == []
