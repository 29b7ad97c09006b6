"""A trusted partner's laptop turned hostile: what its signed bundles must not be able to do.

Each test crafts a bundle the way a seized laptop could: a real manifest from a real second
vault, altered, then signed again with that vault's own (trusted) key, so the bundle gets past
the signature and the trust check and meets the merge's own checks.
"""

from __future__ import annotations

import io
import json
import time
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from casefile.services.exchange import devices, pending, service
from casefile.services.exchange.checks import BundleClockError
from casefile.services.exchange.dump import full_dump
from casefile.services.exchange.errors import BundleDamagedError, MassChangeError
from casefile.services.records import trash
from casefile.services.records.attachments import add_attachment
from casefile.vault.backup import list_backups
from casefile.vault.schema import Conflict, Person, Tombstone
from casefile.vault.vault import Vault
from tests.services.exchange.exchange_helpers import (
    BUNDLE_PASSPHRASE,
    FAST_BUNDLE_KDF,
    MakeVault,
    Manifest,
    introduce,
    manifest_of,
    signed_bundle,
)


def _refused(vault: Vault, data: bytes, error: type[Exception]) -> None:
    before = full_dump(vault)
    with pytest.raises(error):
        service.import_bundle(vault, data, BUNDLE_PASSPHRASE)
    assert full_dump(vault) == before


def _make_contributor(device: Vault, *, of: Vault) -> None:
    """`of` trusts `device` (already a partner) as a contributor only."""
    card = devices.this_device(device)
    devices.trust_device(of, devices.parse_card(card.card), card.name, role="contributor")


def _records(manifest: Manifest, table: str) -> list[dict[str, Any]]:
    return [r for r in manifest["records"] if r["t"] == table]


def test_an_attachment_id_that_is_a_path_is_refused(pair: tuple[Vault, Vault]) -> None:
    laptop, office = pair
    with laptop.write() as session:
        person = Person(full_name="Asel Attachment")
        session.add(person)
        session.flush()
        person_id = person.id
    add_attachment(laptop, "persons", person_id, "Scan", io.BytesIO(b"[Desktop Entry]"), "a.pdf")
    manifest, blobs = manifest_of(laptop)
    evil = "../../../.config/autostart"
    for record in _records(manifest, "attachments"):
        record["id"] = evil
    for entry in manifest["files"]:
        entry["id"] = evil
    _refused(office, signed_bundle(laptop, manifest, blobs, office), BundleDamagedError)


@pytest.mark.parametrize(
    "alter",
    [
        pytest.param(lambda m: _records(m, "persons")[0].update(id="ABC"), id="record id"),
        pytest.param(
            lambda m: _records(m, "persons")[0].update(id=_records(m, "persons")[0]["id"].upper()),
            id="upper-case uuid",
        ),
        pytest.param(
            lambda m: m["tombstones"].append(
                {"t": "persons", "id": "..\\..\\evil", "clock": 1, "device": m["sender"]}
            ),
            id="tombstone id",
        ),
        pytest.param(
            lambda m: m["tombstones"].append(
                {
                    "t": "persons",
                    "id": "11111111-1111-4111-8111-111111111111",
                    "clock": 1,
                    "device": "../x",
                }
            ),
            id="tombstone device",
        ),
    ],
)
def test_ids_and_references_must_be_canonical(
    pair: tuple[Vault, Vault], alter: Callable[[Manifest], None]
) -> None:
    laptop, office = pair
    with laptop.write() as session:
        session.add(Person(full_name="Bakyt Reference"))
    manifest, blobs = manifest_of(laptop)
    alter(manifest)
    _refused(office, signed_bundle(laptop, manifest, blobs, office), BundleDamagedError)


def test_a_reference_that_is_not_an_id_is_refused(pair: tuple[Vault, Vault]) -> None:
    laptop, office = pair
    from casefile.vault.schema import Case, Hearing

    with laptop.write() as session:
        case = Case(title="Case 278.3")
        session.add(case)
        session.flush()
        session.add(Hearing(case_id=case.id, scheduled_date=date(2026, 12, 21)))
    manifest, blobs = manifest_of(laptop)
    hearing = _records(manifest, "hearings")[0]
    case_id = hearing["f"]["case_id"]
    hearing["f"]["case_id"] = [f"{case_id[0]}/../../etc", *case_id[1:]]
    _refused(office, signed_bundle(laptop, manifest, blobs, office), BundleDamagedError)


def test_a_clock_near_the_integer_limit_is_refused_and_the_vault_keeps_working(
    pair: tuple[Vault, Vault],
) -> None:
    laptop, office = pair
    with laptop.write() as session:
        session.add(Person(full_name="Chyngyz Clock"))
    manifest, blobs = manifest_of(laptop)
    manifest["clock"] = 2**63 - 2
    _refused(office, signed_bundle(laptop, manifest, blobs, office), BundleClockError)
    # Clocks hidden in a version vector count as well.
    manifest, blobs = manifest_of(laptop)
    person = _records(manifest, "persons")[0]
    person["v"][2][devices.this_device(laptop).device_id] = 2**63 - 2
    _refused(office, signed_bundle(laptop, manifest, blobs, office), BundleClockError)
    with office.write() as session:
        session.add(Person(full_name="Written after the refusal"))
    # The office's next bundle still imports on the laptop.
    bundle = service.export_bundle(
        office, "laptop", passphrase=BUNDLE_PASSPHRASE, kdf=FAST_BUNDLE_KDF
    )
    preview = service.import_bundle(laptop, bundle.data, BUNDLE_PASSPHRASE)
    assert "Written after the refusal" in {change.label for change in preview.new}


def _share(source: Vault, target: Vault, **kwargs: Any) -> None:
    bundle = service.export_bundle(
        source,
        devices.this_device(target).name,
        passphrase=BUNDLE_PASSPHRASE,
        kdf=FAST_BUNDLE_KDF,
    )
    service.import_bundle(target, bundle.data, BUNDLE_PASSPHRASE, **kwargs)


def test_a_forged_version_vector_shows_as_a_conflict(pair: tuple[Vault, Vault]) -> None:
    laptop, office = pair
    with office.write() as session:
        person = Person(full_name="Dinara Forged", profession="journalist")
        session.add(person)
        session.flush()
        person_id = person.id
    _share(office, laptop)
    with office.write() as session:
        found = session.get(Person, person_id)
        assert found is not None
        found.profession = "human-rights defender"  # the office's edit, not yet sent
    manifest, blobs = manifest_of(laptop)
    office_id = devices.this_device(office).device_id
    record = next(r for r in _records(manifest, "persons") if r["id"] == person_id)
    clock = record["v"][0]
    # "I have seen everything the office ever did": a claim no bundle backed.
    claim = time.time_ns() // 1_000_000 + 60_000
    laptop_id = devices.this_device(laptop).device_id
    forged = {office_id: claim, laptop_id: clock + 5}
    record["f"]["profession"] = ["blogger", clock + 5, laptop_id, forged, None]
    service.import_bundle(office, signed_bundle(laptop, manifest, blobs, office), BUNDLE_PASSPHRASE)
    with office.read() as session:
        conflicts = list(session.scalars(select(Conflict).where(Conflict.record_id == person_id)))
    assert [(c.field, c.mine, c.theirs) for c in conflicts] == [
        ("profession", "human-rights defender", "blogger")
    ]


def _people(vault: Vault, count: int) -> list[str]:
    ids = []
    with vault.write() as session:
        for number in range(count):
            person = Person(full_name=f"Person number {number}")
            session.add(person)
            session.flush()
            ids.append(person.id)
    return ids


def test_a_mass_purge_waits_for_a_confirmation(pair: tuple[Vault, Vault]) -> None:
    laptop, office = pair
    ids = _people(laptop, 30)
    _share(laptop, office)
    for person_id in ids:
        trash.move_to_trash(laptop, "persons", person_id)
        trash.purge(laptop, "persons", person_id)
    bundle = service.export_bundle(
        laptop, "office", passphrase=BUNDLE_PASSPHRASE, kdf=FAST_BUNDLE_KDF
    )
    before = full_dump(office)
    with pytest.raises(MassChangeError) as raised:
        service.import_bundle(office, bundle.data, BUNDLE_PASSPHRASE)
    assert raised.value.exit_code == 10
    assert {(table, rid) for table, rid, _label, _what in raised.value.changes} == {
        ("persons", person_id) for person_id in ids
    }
    assert full_dump(office) == before
    backups_before = len(list_backups(office.paths.backups))
    service.import_bundle(office, bundle.data, BUNDLE_PASSPHRASE, accept_mass_changes=True)
    # Even accepted, the purges wait in the trash, named with the partner that asked.
    waiting = {row.id: row for row in trash.list_trash(office) if row.id in ids}
    assert set(waiting) == set(ids)
    assert {row.purge_requested_by for row in waiting.values()} == {"laptop"}
    assert {row.deleted_by for row in waiting.values()} == {"laptop"}
    with office.read() as session:
        assert session.scalar(select(func.count()).select_from(Tombstone)) == 0
    assert pending.accept_purges(office, [("persons", person_id) for person_id in ids]) == 30
    with office.read() as session:
        left = session.scalar(select(func.count()).select_from(Person).where(Person.id.in_(ids)))
        tombstones = session.scalar(select(func.count()).select_from(Tombstone))
    assert (left, tombstones) == (0, 30)
    # The vault as it was before the import is in a verified backup.
    backups = list_backups(office.paths.backups)
    assert len(backups) == backups_before + 1
    assert backups[-1].kind == "pre-import"
    restored = Vault.open(backups[-1].path, "correct horse battery staple for tests only")
    with restored, restored.read() as session:
        kept = session.scalar(select(func.count()).select_from(Person).where(Person.id.in_(ids)))
    assert kept == 30


def test_a_few_changes_import_without_asking(pair: tuple[Vault, Vault]) -> None:
    laptop, office = pair
    ids = _people(laptop, 5)
    _share(laptop, office)
    for person_id in ids:
        trash.move_to_trash(laptop, "persons", person_id)
    _share(laptop, office)
    moved = {row.id: row for row in trash.list_trash(office)}
    assert set(moved) >= set(ids)
    # The trash says which partner moved them there.
    assert {moved[person_id].deleted_by for person_id in ids} == {"laptop"}


def test_a_purge_goes_no_further_until_accepted(make_vault: MakeVault) -> None:
    laptop, office, hq = make_vault("laptop"), make_vault("office"), make_vault("hq")
    introduce(laptop, office, hq)
    [person_id] = _people(laptop, 1)
    _share(laptop, office)
    _share(office, hq)
    trash.move_to_trash(laptop, "persons", person_id)
    trash.purge(laptop, "persons", person_id)
    _share(laptop, office)
    _share(office, hq)
    with hq.read() as session:
        # The move to the trash travelled on; the purge did not.
        person = session.get(Person, person_id)
        assert person is not None and person.deleted_at is not None
        assert session.scalar(select(func.count()).select_from(Tombstone)) == 0
    pending.accept_purges(office, [("persons", person_id)])
    _share(office, hq)
    assert [r.record_id for r in pending.list_requests(hq)] == [person_id]


def test_restoring_refuses_a_partners_purge(pair: tuple[Vault, Vault]) -> None:
    laptop, office = pair
    [person_id] = _people(laptop, 1)
    _share(laptop, office)
    trash.move_to_trash(laptop, "persons", person_id)
    trash.purge(laptop, "persons", person_id)
    _share(laptop, office)
    trash.restore(office, "persons", person_id)
    assert pending.list_requests(office) == []
    with office.read() as session:
        person = session.get(Person, person_id)
        assert person is not None and person.deleted_at is None


def test_a_contributor_may_add_and_edit_its_own_records_only(make_vault: MakeVault) -> None:
    hq, laptop, office = make_vault("hq"), make_vault("laptop"), make_vault("office")
    introduce(hq, laptop, office)
    _make_contributor(laptop, of=office)
    with hq.write() as session:
        theirs = Person(full_name="Emil Not Theirs", profession="journalist")
        session.add(theirs)
        session.flush()
        theirs_id = theirs.id
    _share(hq, laptop)
    _share(hq, office)
    with laptop.write() as session:
        mine = Person(full_name="Farida Contributed", profession="blogger")
        session.add(mine)
        session.flush()
        mine_id = mine.id
    _share(laptop, office)
    with laptop.write() as session:
        found_mine, found_theirs = session.get(Person, mine_id), session.get(Person, theirs_id)
        assert found_mine is not None and found_theirs is not None
        found_mine.profession = "lawyer"
        found_theirs.profession = "informant"
    _share(laptop, office)
    with office.read() as session:
        values = {
            pid: session.get(Person, pid).profession  # type: ignore[union-attr]
            for pid in (mine_id, theirs_id)
        }
        conflicts = list(session.scalars(select(Conflict).where(Conflict.resolved_at.is_(None))))
    assert values == {mine_id: "lawyer", theirs_id: "journalist"}
    assert [(c.record_id, c.field, c.mine, c.theirs) for c in conflicts] == [
        (theirs_id, "profession", "journalist", "informant")
    ]
    # Accepting the proposal is a local edit that wins everywhere.
    service.resolve_conflict(office, conflicts[0].id, "theirs")
    with office.read() as session:
        assert session.get(Person, theirs_id).profession == "informant"  # type: ignore[union-attr]


def test_a_contributor_cannot_purge_what_it_did_not_create(make_vault: MakeVault) -> None:
    laptop, office = make_vault("laptop"), make_vault("office")
    introduce(laptop, office)
    _make_contributor(laptop, of=office)
    with office.write() as session:
        person = Person(full_name="Gulzat Office")
        session.add(person)
        session.flush()
        person_id = person.id
    manifest, blobs = manifest_of(laptop)
    manifest["tombstones"].append(
        {"t": "persons", "id": person_id, "clock": 5, "device": manifest["sender"]}
    )
    preview = service.import_bundle(
        office, signed_bundle(laptop, manifest, blobs, office), BUNDLE_PASSPHRASE
    )
    assert [(s.record_id, s.reason) for s in preview.skipped] == [
        (person_id, "a contributor may delete for good only the records it created or was sent")
    ]
    with office.read() as session:
        assert session.get(Person, person_id) is not None
        assert session.scalar(select(func.count()).select_from(Tombstone)) == 0


def test_manifests_are_plain_json(pair: tuple[Vault, Vault]) -> None:
    # The crafted bundles above go through the same encoder as real ones.
    laptop, _office = pair
    manifest, _blobs = manifest_of(laptop)
    assert json.loads(json.dumps(manifest)) == manifest


def test_a_contributor_may_change_what_it_was_sent(pair: tuple[Vault, Vault]) -> None:
    laptop, office = pair
    _make_contributor(laptop, of=office)
    with office.write() as session:
        person = Person(full_name="Jyldyz Sent", profession="journalist")
        session.add(person)
        session.flush()
        person_id = person.id
    _share(office, laptop)
    with laptop.write() as session:
        found = session.get(Person, person_id)
        assert found is not None
        found.profession = "blogger"
    _share(laptop, office)
    with office.read() as session:
        assert session.get(Person, person_id).profession == "blogger"  # type: ignore[union-attr]
        assert list(session.scalars(select(Conflict))) == []


def test_every_import_that_changes_something_is_backed_up_first(
    pair: tuple[Vault, Vault],
) -> None:
    laptop, office = pair
    _people(laptop, 2)
    _share(laptop, office)
    kinds = [b.kind for b in list_backups(office.paths.backups)]
    assert kinds.count("pre-import") == 1
    _share(laptop, office)  # nothing new since: no copy of the whole vault for nothing
    assert [b.kind for b in list_backups(office.paths.backups)] == kinds
