from __future__ import annotations

import pytest
from sqlalchemy import select

from casefile.errors import ValidationError
from casefile.services.records.drafts import vocabulary
from casefile.services.records.history import last_saved_record
from casefile.services.records.vocabularies import (
    add_term,
    code_for,
    list_terms,
    term_record_id,
    vocabulary_names,
)
from casefile.vault.schema import AuditEntry, Person
from casefile.vault.vault import Vault


def test_seeded_vocabularies_are_listed(vault: Vault) -> None:
    names = vocabulary_names(vault)
    assert "ill_treatment_method" in names
    assert all(term.builtin for term in list_terms(vault, "ill_treatment_method"))


def test_added_term_appears_last_in_pickers_in_every_language(vault: Vault) -> None:
    term = add_term(
        vault, "ill_treatment_method", "Forced standing", "Принуждение стоять", "Тургузуп коюу"
    )
    assert term.code == "forced_standing"
    assert vocabulary(vault, "ill_treatment_method")[-1] == ("forced_standing", "Forced standing")
    assert vocabulary(vault, "ill_treatment_method", "ru")[-1][1] == "Принуждение стоять"
    assert vocabulary(vault, "ill_treatment_method", "ky")[-1][1] == "Тургузуп коюу"
    assert not list_terms(vault, "ill_treatment_method")[-1].builtin


def test_adding_a_term_is_audited(vault: Vault) -> None:
    add_term(vault, "recipient", "OHCHR regional office", "Региональное отделение УВКПЧ")
    with vault.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.record_id == term_record_id("recipient", "ohchr_regional_office")
            )
        ).one()
    assert entry.action == "create"
    assert entry.changes["label_ru"] == [None, "Региональное отделение УВКПЧ"]


def test_undo_ignores_term_additions(vault: Vault) -> None:
    with vault.write("test") as session:
        person = Person(full_name="Test Person")
        session.add(person)
        session.flush()
        person_id = person.id
    add_term(vault, "recipient", "Some embassy desk", "Посольство")
    assert last_saved_record(vault) == ("persons", person_id)


@pytest.mark.parametrize(
    ("vocabulary_name", "en", "ru", "message"),
    [
        ("no_such_list", "Term", "Термин", "no list"),
        ("ill_treatment_method", "", "Термин", "English and a Russian"),
        ("ill_treatment_method", "Term", " ", "English and a Russian"),
        ("ill_treatment_method", "Beating", "Избиение", "already has"),
        ("ill_treatment_method", "!!!", "Термин", "letter or digit"),
    ],
)
def test_bad_terms_are_refused_and_nothing_changes(
    vault: Vault, vocabulary_name: str, en: str, ru: str, message: str
) -> None:
    before = list_terms(vault, "ill_treatment_method")
    with pytest.raises(ValidationError, match=message):
        add_term(vault, vocabulary_name, en, ru)
    assert list_terms(vault, "ill_treatment_method") == before


def test_codes_are_ascii_slugs() -> None:
    assert code_for("Électric shocks (to the feet)") == "electric_shocks_to_the_feet"
