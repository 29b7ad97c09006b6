"""The import carries out its preview's plan while it holds, and plans again when it does not:
a write to the vault since the preview, another bundle or other bytes, another passphrase."""

from __future__ import annotations

import gc
import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from casefile.services.exchange import devices, merge, safeguards, service
from casefile.services.exchange.dump import full_dump
from casefile.services.exchange.errors import BundleDamagedError, BundlePassphraseError
from casefile.services.exchange.merge import ImportPreview
from casefile.services.records import trash
from casefile.services.records.attachments import add_attachment
from casefile.vault.engine import WAL_AUTOCHECKPOINT
from casefile.vault.schema import Conflict, PendingPurge, Person
from casefile.vault.vault import Vault
from tests.services.exchange.exchange_helpers import (
    BUNDLE_PASSPHRASE,
    FAST_BUNDLE_KDF,
    PASSPHRASE,
)


@pytest.fixture
def plans(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """One entry per bundle planned, by the preview or by the import."""
    made: list[str] = []

    def counted(*args: Any, **kwargs: Any) -> Any:
        made.append("plan")
        return merge.plan_import(*args, **kwargs)

    monkeypatch.setattr(service, "plan_import", counted)
    return made


def _bundle(laptop: Vault, office: Vault) -> bytes:
    return service.export_bundle(
        laptop, devices.this_device(office).name, passphrase=BUNDLE_PASSPHRASE, kdf=FAST_BUNDLE_KDF
    ).data


def _person(vault: Vault, name: str, profession: str = "journalist") -> str:
    with vault.write() as session:
        person = Person(full_name=name, profession=profession)
        session.add(person)
        session.flush()
        return person.id


def _set_profession(vault: Vault, person_id: str, profession: str) -> None:
    with vault.write() as session:
        person = session.get(Person, person_id)
        assert person is not None
        person.profession = profession


def _people(vault: Vault) -> dict[str, str | None]:
    with vault.read() as session:
        return {p.full_name: p.profession for p in session.scalars(select(Person))}


_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?")
#: The exchange clock (a hybrid logical clock: milliseconds since 1970 at least).
_CLOCK = re.compile(r"\b\d{13}\b")


def _rows(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, with the moments written and the clock ticked at the import
    (which differ run to run) masked."""

    def masked(value: Any) -> Any:
        if type(value) is int and value >= 10**12:
            return "<clock>"
        if isinstance(value, str):
            return _CLOCK.sub("<clock>", _TIME.sub("<time>", value))
        return value

    return {
        table: sorted((tuple(masked(v) for v in row) for row in rows), key=repr)
        for table, rows in full_dump(vault).items()
    }


def _previewed(laptop: Vault, office: Vault, name: str) -> tuple[bytes, ImportPreview]:
    """A bundle from the laptop with one new person, and the office's preview of it."""
    _person(laptop, name)
    data = _bundle(laptop, office)
    return data, service.preview_bundle(office, data, BUNDLE_PASSPHRASE)


def _not_due(_vault: Vault) -> bool:
    return False


def _diverged(laptop: Vault, office: Vault) -> bytes:
    """A bundle that creates, updates, moves to the trash, asks to purge and conflicts."""
    shared = {name: _person(laptop, name) for name in ("Edited", "Trashed", "Purged", "Both")}
    service.import_bundle(office, _bundle(laptop, office), BUNDLE_PASSPHRASE)
    _set_profession(laptop, shared["Edited"], "judge")
    trash.move_to_trash(laptop, "persons", shared["Trashed"])
    trash.move_to_trash(laptop, "persons", shared["Purged"])
    trash.purge(laptop, "persons", shared["Purged"])
    _set_profession(laptop, shared["Both"], "said the laptop")
    _set_profession(office, shared["Both"], "said the office")
    new = _person(laptop, "New")
    add_attachment(laptop, "persons", new, "Scan", io.BytesIO(b"%PDF-1.4 scan" * 5000), "s.pdf")
    return _bundle(laptop, office)


def test_the_previews_plan_is_carried_out_and_writes_what_planning_again_writes(
    pair: tuple[Vault, Vault], plans: list[str], tmp_path: Path
) -> None:
    laptop, office = pair
    path = tmp_path / "changes.cfbundle"
    path.write_bytes(_diverged(laptop, office))
    plans.clear()
    # A twin of the office vault as it is now: it imports the same bundle without a preview.
    twin = Vault.open(office.backup(kind="manual", full_check=False).path, PASSPHRASE)
    twin.actor = office.actor
    with twin:
        preview = service.preview_bundle(office, path, BUNDLE_PASSPHRASE)
        assert preview.checked is not None
        counts = {"new": 2, "updated": 1, "deleted": 1, "purged": 1, "conflicts": 1, "files": 1}
        assert {k: v for k, v in preview.counts().items() if v} == counts
        result = service.import_bundle(
            office, path, BUNDLE_PASSPHRASE, backup_due=_not_due, checked=preview
        )
        assert plans == ["plan"]  # the preview's, carried out
        assert result.counts() == preview.counts()
        assert result.checked is None
        service.import_bundle(twin, path, BUNDLE_PASSPHRASE, backup_due=_not_due)
        assert plans == ["plan", "plan"]
        assert _rows(office) == _rows(twin)
    people = _people(office)
    assert people["Edited"] == "judge" and people["New"] == "journalist"
    with office.read() as session:
        assert len(session.scalars(select(Conflict)).all()) == 1
        assert len(session.scalars(select(PendingPurge)).all()) == 1


def test_a_write_since_the_preview_makes_the_import_plan_again(
    pair: tuple[Vault, Vault], plans: list[str]
) -> None:
    # The preview saw an update; a local edit of the same field since makes it a conflict,
    # which only a new plan sees.
    laptop, office = pair
    person = _person(laptop, "Edited on both")
    service.import_bundle(office, _bundle(laptop, office), BUNDLE_PASSPHRASE)
    plans.clear()
    _set_profession(laptop, person, "said the laptop")
    data = _bundle(laptop, office)
    preview = service.preview_bundle(office, data, BUNDLE_PASSPHRASE)
    assert len(preview.updated) == 1 and not preview.conflicts
    _set_profession(office, person, "said the office")
    result = service.import_bundle(
        office, data, BUNDLE_PASSPHRASE, backup_due=_not_due, checked=preview
    )
    assert plans == ["plan", "plan"]
    assert [(c.mine, c.theirs) for c in result.conflicts] == [
        ("said the office", "said the laptop")
    ]
    with office.read() as session:
        assert [c.field for c in session.scalars(select(Conflict))] == ["profession"]


def test_another_bundle_at_the_same_path_is_planned_again(
    pair: tuple[Vault, Vault], plans: list[str], tmp_path: Path
) -> None:
    laptop, office = pair
    path = tmp_path / "changes.cfbundle"
    _person(laptop, "In the first bundle")
    path.write_bytes(_bundle(laptop, office))
    preview = service.preview_bundle(office, path, BUNDLE_PASSPHRASE)
    _person(laptop, "In the second bundle")
    path.write_bytes(_bundle(laptop, office))  # the file was replaced after the preview
    result = service.import_bundle(
        office, path, BUNDLE_PASSPHRASE, backup_due=_not_due, checked=preview
    )
    assert plans == ["plan", "plan"]
    assert [c.label for c in result.new] == ["In the second bundle"]
    assert set(_people(office)) == {"In the second bundle"}


def test_other_bytes_are_planned_again(pair: tuple[Vault, Vault], plans: list[str]) -> None:
    laptop, office = pair
    first, preview = _previewed(laptop, office, "Someone")
    _person(laptop, "Someone else")
    second = _bundle(laptop, office)
    service.import_bundle(office, second, BUNDLE_PASSPHRASE, backup_due=_not_due, checked=preview)
    assert plans == ["plan", "plan"]
    assert set(_people(office)) == {"Someone else"}
    # Altered bytes are opened again, and refused as they are without a preview.
    damaged = bytearray(first)
    damaged[len(damaged) // 2] ^= 1
    with pytest.raises(BundleDamagedError):
        service.import_bundle(
            office, bytes(damaged), BUNDLE_PASSPHRASE, backup_due=_not_due, checked=preview
        )
    assert set(_people(office)) == {"Someone else"}


def test_another_passphrase_is_refused_as_without_a_preview(
    pair: tuple[Vault, Vault], plans: list[str]
) -> None:
    laptop, office = pair
    data, preview = _previewed(laptop, office, "Someone")
    with pytest.raises(BundlePassphraseError):
        service.import_bundle(office, data, "not the passphrase", checked=preview)
    assert _people(office) == {}
    service.import_bundle(office, data, BUNDLE_PASSPHRASE, backup_due=_not_due, checked=preview)
    assert plans == ["plan"]
    assert set(_people(office)) == {"Someone"}


def test_the_plan_is_kept_across_the_backup_unless_a_write_came_meanwhile(
    pair: tuple[Vault, Vault], plans: list[str]
) -> None:
    laptop, office = pair
    made: list[str] = []

    def backup(vault: Vault) -> None:
        safeguards.backup_before_import(vault, force=True)
        made.append("backup")

    def import_due(data: bytes, preview: ImportPreview, backup: Callable[[Vault], None]) -> None:
        service.import_bundle(
            office,
            data,
            BUNDLE_PASSPHRASE,
            backup_due=lambda _vault: True,
            backup=backup,
            checked=preview,
        )

    import_due(*_previewed(laptop, office, "First"), backup)
    assert made == ["backup"] and plans == ["plan"]
    assert set(_people(office)) == {"First"}

    plans.clear()

    def backup_beside_a_write(vault: Vault) -> None:
        _person(vault, "Written while the backup ran")
        backup(vault)

    import_due(*_previewed(laptop, office, "Second"), backup_beside_a_write)
    assert plans == ["plan", "plan"]  # the write moved the vault on: planned again
    assert set(_people(office)) == {"First", "Second", "Written while the backup ran"}


def test_a_bundle_imported_since_its_preview_changes_nothing(
    pair: tuple[Vault, Vault], plans: list[str]
) -> None:
    laptop, office = pair
    data, preview = _previewed(laptop, office, "Someone")
    service.import_bundle(office, data, BUNDLE_PASSPHRASE)  # a folder sync, say
    again = service.import_bundle(
        office, data, BUNDLE_PASSPHRASE, backup_due=_not_due, checked=preview
    )
    assert again.already_applied
    assert set(_people(office)) == {"Someone"}


def test_the_preview_plans_with_the_collector_paused_and_then_restores_it(
    pair: tuple[Vault, Vault], monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, office = pair
    _person(laptop, "Collected")
    data = _bundle(laptop, office)
    during: list[bool] = []

    def watched(*args: Any, **kwargs: Any) -> Any:
        during.append(gc.isenabled())
        return merge.plan_import(*args, **kwargs)

    monkeypatch.setattr(service, "plan_import", watched)
    assert gc.isenabled()
    preview = service.preview_bundle(office, data, BUNDLE_PASSPHRASE)
    assert during == [False] and gc.isenabled()
    assert [change.label for change in preview.new] == ["Collected"]
    with pytest.raises(BundlePassphraseError):
        service.preview_bundle(office, data, "not the passphrase")
    assert gc.isenabled()


def test_the_imports_pages_are_left_in_the_log_for_later(
    pair: tuple[Vault, Vault], monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, office = pair
    data, preview = _previewed(laptop, office, "Logged")
    thresholds: list[int] = []

    def watched(session: Any, *args: Any, **kwargs: Any) -> None:
        pragma = session.connection().exec_driver_sql("PRAGMA wal_autocheckpoint")
        thresholds.append(int(pragma.scalar_one()))
        merge.apply_plan(session, *args, **kwargs)

    monkeypatch.setattr(service, "apply_plan", watched)
    service.import_bundle(office, data, BUNDLE_PASSPHRASE, backup_due=_not_due, checked=preview)
    assert thresholds == [0]
    assert "Logged" in _people(office)
    with office.write() as session:
        pragma = session.connection().exec_driver_sql("PRAGMA wal_autocheckpoint")
        assert pragma.scalar_one() == WAL_AUTOCHECKPOINT
