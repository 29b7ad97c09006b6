"""Two laptops diverge and exchange bundles both ways: they end equal, conflicts surface."""

from __future__ import annotations

import datetime
import io

from sqlalchemy import select, text

from casefile.services.exchange import service
from casefile.services.exchange.changes import Selection
from casefile.services.exchange.dump import canonical_dump, full_dump
from casefile.services.records import attachments, trash
from casefile.vault.schema import AuditEntry, Case, CaseParticipant, Hearing, Person
from casefile.vault.vault import Vault
from tests.services.exchange.exchange_helpers import (
    BUNDLE_PASSPHRASE,
    FAST_BUNDLE_KDF,
    MakeVault,
    accept_all_purges,
    introduce,
)


def send(source: Vault, target: Vault, *, everything: bool = False) -> service.ImportPreview:
    name = target.actor
    result = service.export_bundle(
        source,
        name,
        passphrase=BUNDLE_PASSPHRASE,
        kdf=FAST_BUNDLE_KDF,
        selection=Selection(everything=everything),
    )
    return service.import_bundle(target, result.data, BUNDLE_PASSPHRASE)


def add_person(vault: Vault, name: str) -> str:
    with vault.write() as session:
        person = Person(full_name=name)
        session.add(person)
    return person.id


def set_field(vault: Vault, cls: type, record_id: str, field: str, value: object) -> None:
    with vault.write() as session:
        record = session.get(cls, record_id)
        setattr(record, field, value)


def get_field(vault: Vault, cls: type, record_id: str, field: str) -> object:
    with vault.read() as session:
        return getattr(session.get(cls, record_id), field)


def test_diverged_vaults_exchange_both_ways_and_end_equal(pair: tuple[Vault, Vault]) -> None:
    laptop, office = pair
    shared = add_person(laptop, "Shared Person")
    with laptop.write() as session:
        case = Case(title="Shared case")
        session.add(case)
    send(laptop, office)
    assert canonical_dump(laptop) == canonical_dump(office)

    # Diverge: edits, deletes and files on both sides.
    set_field(laptop, Person, shared, "profession", "journalist")
    set_field(office, Person, shared, "notes", "office note")
    laptop_only = add_person(laptop, "Laptop Person")
    office_only = add_person(office, "Office Person")
    attachments.add_attachment(laptop, "persons", laptop_only, "scan", io.BytesIO(b"L" * 3000))
    attachments.add_attachment(office, "cases", case.id, "ruling", io.BytesIO(b"O" * 2_500_000))
    with office.write() as session:
        session.add(Hearing(case_id=case.id, scheduled_date=datetime.date(2024, 6, 3)))
    trash.move_to_trash(office, "persons", office_only)
    trash.move_to_trash(laptop, "cases", case.id)

    first = send(laptop, office)
    assert {c.label for c in first.new} >= {"Laptop Person", "scan"}
    assert [c.record_id for c in first.deleted] == [case.id]
    second = send(office, laptop)
    assert {c.label for c in second.new} >= {"Office Person", "ruling"}
    assert not first.conflicts and not second.conflicts
    assert canonical_dump(laptop) == canonical_dump(office)
    assert get_field(office, Person, shared, "profession") == "journalist"
    assert get_field(laptop, Person, shared, "notes") == "office note"
    assert get_field(laptop, Person, office_only, "deleted_at") is not None
    assert canonical_dump(laptop)["files"] == canonical_dump(office)["files"]
    assert len(canonical_dump(laptop)["files"]) == 2


def test_same_field_edited_on_both_sides_is_a_conflict_and_resolution_converges(
    pair: tuple[Vault, Vault],
) -> None:
    laptop, office = pair
    person = add_person(laptop, "Nurlan")
    send(laptop, office)
    set_field(laptop, Person, person, "profession", "lawyer")
    set_field(office, Person, person, "profession", "journalist")

    to_office = service.export_bundle(
        laptop, "office", passphrase=BUNDLE_PASSPHRASE, kdf=FAST_BUNDLE_KDF
    )
    to_laptop = service.export_bundle(
        office, "laptop", passphrase=BUNDLE_PASSPHRASE, kdf=FAST_BUNDLE_KDF
    )
    preview = service.preview_bundle(office, to_office.data, BUNDLE_PASSPHRASE)
    assert [(c.field, c.mine, c.theirs) for c in preview.conflicts] == [
        ("profession", "journalist", "lawyer")
    ]
    service.import_bundle(office, to_office.data, BUNDLE_PASSPHRASE)
    service.import_bundle(laptop, to_laptop.data, BUNDLE_PASSPHRASE)
    # Not a silent overwrite: both sides show the same value for now, and an open conflict.
    assert canonical_dump(laptop) == canonical_dump(office)
    [on_office] = service.open_conflicts(office)
    [on_laptop] = service.open_conflicts(laptop)
    assert {on_office.mine, on_office.theirs} == {"lawyer", "journalist"}
    assert {on_laptop.mine, on_laptop.theirs} == {"lawyer", "journalist"}
    with office.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.record_id == person, AuditEntry.action == "conflict"
            )
        ).one()
        assert entry.changes == {"profession": ["journalist", "lawyer"]}

    service.resolve_conflict(office, on_office.id, "edit", "lawyer and journalist")
    send(office, laptop)
    assert service.open_conflicts(laptop) == []
    assert get_field(laptop, Person, person, "profession") == "lawyer and journalist"
    send(laptop, office)
    assert canonical_dump(laptop) == canonical_dump(office)
    assert service.open_conflicts(office) == []


def test_keep_mine_still_wins_on_the_other_side(pair: tuple[Vault, Vault]) -> None:
    laptop, office = pair
    person = add_person(laptop, "Aida")
    send(laptop, office)
    set_field(laptop, Person, person, "profession", "lawyer")
    set_field(office, Person, person, "profession", "journalist")
    to_office = service.export_bundle(
        laptop, "office", passphrase=BUNDLE_PASSPHRASE, kdf=FAST_BUNDLE_KDF
    )
    send(office, laptop)
    service.import_bundle(office, to_office.data, BUNDLE_PASSPHRASE)
    [conflict] = service.open_conflicts(office)
    service.resolve_conflict(office, conflict.id, "mine")
    send(office, laptop)
    assert get_field(laptop, Person, person, "profession") == "journalist"
    assert service.open_conflicts(laptop) == []
    assert canonical_dump(laptop) == canonical_dump(office)


def test_a_replayed_bundle_changes_nothing(pair: tuple[Vault, Vault]) -> None:
    laptop, office = pair
    add_person(laptop, "Once Only")
    bundle = service.export_bundle(
        laptop, "office", passphrase=BUNDLE_PASSPHRASE, kdf=FAST_BUNDLE_KDF
    )
    first = service.import_bundle(office, bundle.data, BUNDLE_PASSPHRASE)
    assert len(first.new) == 1
    before = full_dump(office)
    again = service.import_bundle(office, bundle.data, BUNDLE_PASSPHRASE)
    assert again.already_applied
    assert full_dump(office) == before


def test_bundles_arriving_out_of_order_converge(pair: tuple[Vault, Vault]) -> None:
    laptop, office = pair
    person = add_person(laptop, "First Name")
    first = service.export_bundle(
        laptop, "office", passphrase=BUNDLE_PASSPHRASE, kdf=FAST_BUNDLE_KDF
    )
    set_field(laptop, Person, person, "full_name", "Second Name")
    with laptop.write() as session:
        session.add(Case(title="Later case"))
    second = service.export_bundle(
        laptop, "office", passphrase=BUNDLE_PASSPHRASE, kdf=FAST_BUNDLE_KDF
    )
    service.import_bundle(office, second.data, BUNDLE_PASSPHRASE)
    service.import_bundle(office, first.data, BUNDLE_PASSPHRASE)
    assert get_field(office, Person, person, "full_name") == "Second Name"
    assert canonical_dump(laptop) == canonical_dump(office)


def test_a_purge_travels_as_a_tombstone(pair: tuple[Vault, Vault]) -> None:
    laptop, office = pair
    person = add_person(laptop, "To Purge")
    attachments.add_attachment(laptop, "persons", person, "file", io.BytesIO(b"x" * 10))
    send(laptop, office)
    with laptop.read() as session:
        [file_id] = [a.id for a in attachments.attachments_of(session, "persons", person)]
    trash.move_to_trash(laptop, "attachments", file_id)
    trash.move_to_trash(laptop, "persons", person)
    trash.purge(laptop, "persons", person)
    result = send(laptop, office)
    assert {c.record_id for c in result.purged} == {person, file_id}
    assert accept_all_purges(office) == 2
    assert canonical_dump(laptop) == canonical_dump(office)


def test_selected_people_only(pair: tuple[Vault, Vault]) -> None:
    laptop, office = pair
    wanted = add_person(laptop, "Wanted")
    add_person(laptop, "Not Wanted")
    result = service.export_bundle(
        laptop,
        "office",
        passphrase=BUNDLE_PASSPHRASE,
        kdf=FAST_BUNDLE_KDF,
        selection=Selection(person_ids=(wanted,)),
    )
    preview = service.import_bundle(office, result.data, BUNDLE_PASSPHRASE)
    assert [c.record_id for c in preview.new] == [wanted]
    # A partial bundle does not move the high-water mark: the next one still has both.
    again = send(laptop, office)
    assert {c.label for c in again.new} == {"Not Wanted"}


def test_public_key_mode_needs_no_passphrase(pair: tuple[Vault, Vault]) -> None:
    laptop, office = pair
    add_person(laptop, "Sealed For Office")
    result = service.export_bundle(laptop, "office")
    preview = service.import_bundle(office, result.data)
    assert [c.label for c in preview.new] == ["Sealed For Office"]


def test_selected_case_brings_its_people_hearings_and_files(pair: tuple[Vault, Vault]) -> None:
    laptop, office = pair
    defendant = add_person(laptop, "Defendant")
    add_person(laptop, "Someone Else")
    with laptop.write() as session:
        case = Case(title="Selected case")
        session.add(case)
        session.flush()
        session.add(CaseParticipant(case_id=case.id, person_id=defendant, role="defendant"))
        session.add(Hearing(case_id=case.id, scheduled_date=datetime.date(2024, 6, 3)))
    attachments.add_attachment(laptop, "cases", case.id, "ruling", io.BytesIO(b"r" * 100))
    result = service.export_bundle(
        laptop,
        "office",
        passphrase=BUNDLE_PASSPHRASE,
        kdf=FAST_BUNDLE_KDF,
        selection=Selection(case_ids=(case.id,)),
    )
    preview = service.import_bundle(office, result.data, BUNDLE_PASSPHRASE)
    assert sorted(c.table for c in preview.new) == [
        "attachments",
        "case_participants",
        "cases",
        "hearings",
        "persons",
    ]
    assert preview.files == 1
    assert get_field(office, Person, defendant, "full_name") == "Defendant"


def test_a_conflict_travels_to_a_third_vault(make_vault: MakeVault) -> None:
    a, b, c = make_vault("a"), make_vault("b"), make_vault("c")
    introduce(a, b, c)
    person = add_person(a, "Three Ways")
    send(a, b)
    send(a, c)
    set_field(a, Person, person, "profession", "from a")
    set_field(b, Person, person, "profession", "from b")
    send(a, b)  # b now holds the conflict
    relayed = send(b, c)  # c gets b's merged state, marked as contested
    assert [(x.field, {x.mine, x.theirs}) for x in relayed.conflicts] == [
        ("profession", {"from a", "from b"})
    ]
    [on_b] = service.open_conflicts(b)
    service.resolve_conflict(b, on_b.id, "theirs")
    send(b, c)
    send(b, a)
    assert service.open_conflicts(c) == [] and service.open_conflicts(a) == []
    assert canonical_dump(a) == canonical_dump(b) == canonical_dump(c)


def test_imported_records_are_audited_and_searchable(pair: tuple[Vault, Vault]) -> None:
    laptop, office = pair
    person = add_person(laptop, "Searchable Importee")
    trashed = add_person(laptop, "Trashed Importee")
    trash.move_to_trash(laptop, "persons", trashed)
    send(laptop, office)
    with office.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.record_id == person)).one()
        assert entry.action == "create" and entry.reason == "bundle import from laptop"
        assert entry.changes["full_name"] == [None, "Searchable Importee"]
        indexed = session.execute(
            text(
                "SELECT r.record_id FROM search_index AS s JOIN search_records AS r "
                "ON r.id = s.rowid WHERE search_index MATCH 'importee'"
            )
        ).scalars()
        assert list(indexed) == [person]  # the one in the trash is not indexed


def test_imported_edits_are_audited_and_reindexed(pair: tuple[Vault, Vault]) -> None:
    laptop, office = pair
    person = add_person(laptop, "Oldname Person")
    send(laptop, office)
    set_field(laptop, Person, person, "full_name", "Newname Person")
    send(laptop, office)
    with office.read() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.record_id == person).order_by(AuditEntry.id)
        ).all()
        assert [e.action for e in entries] == ["create", "update"]
        assert entries[-1].changes == {"full_name": ["Oldname Person", "Newname Person"]}

        def found(word: str) -> list[str]:
            query = text(
                "SELECT r.record_id FROM search_index AS s JOIN search_records AS r "
                "ON r.id = s.rowid WHERE search_index MATCH :q"
            )
            return list(session.execute(query, {"q": word}).scalars())

        assert found("newname") == [person] and found("oldname") == []
        assert session.get(Person, person).version == 2  # type: ignore[union-attr]
