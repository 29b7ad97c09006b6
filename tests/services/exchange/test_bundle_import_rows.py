"""What a bundle's new records leave in the vault: the rows, written in key order (the sender
sorts its manifest, changes.collect, and the import keeps that order), their audit entries,
search-index rows, field versions and the partner's records."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from casefile.services.exchange import service
from casefile.vault.field_versions import RECORD_VERSION
from casefile.vault.schema import Case, CaseParticipant, Hearing, Person, new_id
from casefile.vault.vault import Vault
from tests.services.exchange.exchange_helpers import BUNDLE_PASSPHRASE, FAST_BUNDLE_KDF

_PEOPLE = 12


def _fill(laptop: Vault) -> dict[str, list[str]]:
    """People, and for every second one a case, its participant and a hearing, each made with
    a smaller id than the one before: the order they were made in is not their key order."""
    made: dict[str, list[str]] = {"persons": [], "cases": [], "case_participants": []}
    made["hearings"] = []
    ids = iter(sorted((new_id() for _ in range(_PEOPLE * 4)), reverse=True))
    with laptop.write() as session:
        for i in range(_PEOPLE):
            person = Person(
                id=next(ids), full_name=f"Zhyldyz Importova{i:02d}", profession="journalist"
            )
            session.add(person)
            session.flush()
            made["persons"].append(person.id)
            if i % 2:
                continue
            case = Case(id=next(ids), title=f"Kelechek case {i:02d}")
            session.add(case)
            session.flush()
            made["cases"].append(case.id)
            participant = CaseParticipant(
                id=next(ids), case_id=case.id, person_id=person.id, role="defendant"
            )
            hearing = Hearing(id=next(ids), case_id=case.id, scheduled_date=date(2026, 12, 7))
            session.add_all([participant, hearing])
            session.flush()
            made["case_participants"].append(participant.id)
            made["hearings"].append(hearing.id)
    return made


def _column(vault: Vault, sql: str, **params: object) -> list[object]:
    with vault.read() as session:
        return list(session.execute(text(sql), params).scalars())


def test_a_bundles_new_records_are_written_in_key_order_with_all_they_bring(
    pair: tuple[Vault, Vault],
) -> None:
    laptop, office = pair
    made = _fill(laptop)
    data = service.export_bundle(
        laptop, "office", passphrase=BUNDLE_PASSPHRASE, kdf=FAST_BUNDLE_KDF
    ).data
    preview = service.preview_bundle(office, data, BUNDLE_PASSPHRASE)
    result = service.import_bundle(
        office, data, BUNDLE_PASSPHRASE, backup_due=lambda _vault: False, checked=preview
    )
    assert len(result.new) == sum(len(ids) for ids in made.values())
    laptop_id = preview.sender_device_id
    for table, ids in made.items():
        # The rows themselves, in the order written (their rowids): by id.
        written = _column(office, f"SELECT id FROM {table} ORDER BY rowid")
        assert written == sorted(ids)
        # One creation entry each, in the same order, with the import's reason.
        entries = _column(
            office,
            "SELECT record_id FROM audit_entries WHERE record_table = :t AND action = 'create' "
            "AND reason = 'bundle import from laptop' ORDER BY id",
            t=table,
        )
        assert entries == sorted(ids)
        # One record-wide field version each.
        versions = _column(
            office,
            "SELECT record_id FROM field_versions WHERE record_table = :t AND field = :f "
            "ORDER BY record_id",
            t=table,
            f=RECORD_VERSION,
        )
        assert versions == sorted(ids)
        # The partner holds them, remembered in key order.
        held = _column(
            office,
            "SELECT record_id FROM exchange_partner_records WHERE device_id = :d "
            "AND record_table = :t ORDER BY rowid",
            d=laptop_id,
            t=table,
        )
        assert held == sorted(ids)
    # Search-index rows numbered in record-id order within each kind, and found by their words.
    for kind, table in (("person", "persons"), ("case", "cases"), ("hearing", "hearings")):
        indexed = _column(
            office, "SELECT record_id FROM search_records WHERE kind = :k ORDER BY id", k=kind
        )
        assert indexed == sorted(made[table])
    found = "SELECT r.record_id FROM search_index AS s JOIN search_records AS r ON r.id = s.rowid "
    for i, person in enumerate(made["persons"]):
        assert _column(office, found + "WHERE search_index MATCH :q", q=f"importova{i:02d}") == [
            person
        ]
    hearings = _column(
        office,
        found + "WHERE search_index MATCH :q AND r.kind = 'hearing'",
        q="context:kelechek",
    )
    assert sorted(hearings) == sorted(made["hearings"])
