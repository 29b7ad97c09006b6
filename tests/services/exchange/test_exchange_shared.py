"""User-added vocabulary terms and the organisation's settings travel in bundles."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from casefile.services.exchange import service
from casefile.services.exchange.dump import canonical_dump, full_dump
from casefile.services.exchange.shared import TRAVELLING_SETTINGS
from casefile.services.records import vocabularies
from casefile.services.records.drafts import vocabulary
from casefile.services.reporting import submitter
from casefile.vault.schema import AuditEntry, IllTreatmentReport, Person, VocabularyTerm
from casefile.vault.vault import SETTING_BACKUP_KEEP, SETTING_VAULT_ID, Vault
from tests.services.exchange.exchange_helpers import (
    BUNDLE_PASSPHRASE,
    FAST_BUNDLE_KDF,
    MakeVault,
    introduce,
)


def export(source: Vault, target: Vault) -> bytes:
    return service.export_bundle(
        source, target.actor, passphrase=BUNDLE_PASSPHRASE, kdf=FAST_BUNDLE_KDF
    ).data


def send(source: Vault, target: Vault) -> service.ImportPreview:
    return service.import_bundle(target, export(source, target), BUNDLE_PASSPHRASE)


def term_audit(vault: Vault) -> list[tuple[str, dict[str, object]]]:
    with vault.read() as session:
        return [
            (e.action, e.changes)
            for e in session.scalars(
                select(AuditEntry)
                .where(AuditEntry.record_table == "vocabulary_terms")
                .order_by(AuditEntry.id)
            )
        ]


@pytest.fixture
def pair(make_vault: MakeVault) -> tuple[Vault, Vault]:
    a, b = make_vault("a"), make_vault("b")
    introduce(a, b)
    return a, b


def test_a_term_travels_with_the_record_that_uses_it(pair: tuple[Vault, Vault]) -> None:
    a, b = pair
    vocabularies.add_term(a, "ill_treatment_method", "Mock execution", "Имитация казни")
    with a.write() as session:
        person = Person(full_name="Uses The Term")
        session.add(person)
        session.flush()
        session.add(IllTreatmentReport(victim_id=person.id, methods=["mock_execution"]))
    data = export(a, b)
    preview = service.import_bundle(b, data, BUNDLE_PASSPHRASE)
    assert "ill treatment method: Mock execution" in {c.label for c in preview.new}
    assert ("mock_execution", "Имитация казни") in vocabulary(b, "ill_treatment_method", "ru")
    with b.read() as session:
        [report] = session.scalars(select(IllTreatmentReport))
        assert report.methods == ["mock_execution"]
        assert session.get(Person, person.id) is not None
        term = session.get(VocabularyTerm, ("ill_treatment_method", "mock_execution"))
        assert term is not None and not term.builtin
    assert [action for action, _ in term_audit(b)] == ["create"]
    # Replaying changes nothing; a later bundle carries the term again, also without effect.
    before = full_dump(b)
    assert service.import_bundle(b, data, BUNDLE_PASSPHRASE).already_applied
    assert full_dump(b) == before
    again = send(a, b)
    assert again.new == () and again.updated == ()
    assert [action for action, _ in term_audit(b)] == ["create"]
    send(b, a)
    assert canonical_dump(a) == canonical_dump(b)


def test_the_same_term_added_on_both_sides_converges_and_keeps_both_labels(
    pair: tuple[Vault, Vault],
) -> None:
    a, b = pair
    vocabularies.add_term(a, "detention_type", "House arrest at relatives", "У родных")
    vocabularies.add_term(b, "detention_type", "House arrest at relatives", "У родственников")
    for source, target in ((a, b), (b, a), (a, b)):
        send(source, target)
    assert canonical_dump(a) == canonical_dump(b)
    labels = {
        dict(vocabulary(v, "detention_type", "ru"))["house_arrest_at_relatives"] for v in (a, b)
    }
    assert len(labels) == 1
    # The side whose labels were replaced keeps its own in the history.
    replaced = [c for v in (a, b) for action, c in term_audit(v) if action == "update"]
    assert len(replaced) == 1
    assert set(replaced[0]["label_ru"]) == {"У родных", "У родственников"}  # type: ignore[arg-type]


def test_the_submitter_block_travels_and_device_settings_do_not(
    pair: tuple[Vault, Vault],
) -> None:
    a, b = pair
    assert (submitter.SUBMITTER_SETTING,) == TRAVELLING_SETTINGS
    b.set_setting(SETTING_BACKUP_KEEP, 3)
    b_id = b.setting(SETTING_VAULT_ID)
    submitter.set_submitter_details(a, {"name": "A. Lawyer", "organisation": "Bureau"})
    a.set_setting(SETTING_BACKUP_KEEP, 9)
    preview = send(a, b)
    assert ("settings", "submitter") in {(c.table, c.record_id) for c in preview.updated}
    assert submitter.submitter_details(b)["name"] == "A. Lawyer"
    assert b.setting(SETTING_BACKUP_KEEP) == 3
    assert b.setting(SETTING_VAULT_ID) == b_id
    # A later edit on B wins on A; A's earlier value stays in B's history.
    submitter.set_submitter_details(b, {"name": "B. Lawyer", "organisation": "Bureau"})
    send(b, a)
    send(a, b)
    assert submitter.submitter_details(a)["name"] == "B. Lawyer"
    assert canonical_dump(a) == canonical_dump(b)
    with b.read() as session:
        history = list(
            session.scalars(select(AuditEntry).where(AuditEntry.record_table == "settings"))
        )
    assert [e.changes["value"][1]["name"] for e in history] == ["A. Lawyer"]
