"""Drafts: create/update through save_record, validation a user can read, vocabularies."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from casefile.domain.dates import PartialDate
from casefile.errors import BugError, RecordNotFoundError, ValidationError
from casefile.services.records.drafts import (
    EDITABLE_TABLES,
    FieldKind,
    blank_record,
    fields_of,
    load_record,
    save_record,
    vocabulary,
)
from casefile.vault.schema import AuditEntry, DetentionEvent, Hearing, Person, VocabularyTerm
from casefile.vault.vault import Vault


def _person(vault: Vault, name: str = "Айпери Тажибек кызы") -> str:
    return save_record(vault, "persons", None, {"full_name": name})


def _case(vault: Vault, title: str = "Дело Кемпир-Абад") -> str:
    return save_record(vault, "cases", None, {"title": title, "case_numbers": ["123-2024"]})


def test_create_and_load_a_person(vault: Vault) -> None:
    person_id = save_record(
        vault,
        "persons",
        None,
        {
            "full_name": "  Айпери Тажибек кызы ",
            "name_variants": "Aiperi Tazhibek kyzy\n\nАйпери Тажибекова\n",
            "birth_date": "апрель 1990",
            "roles": ["journalist"],
        },
    )
    with vault.read() as session:
        person = session.get(Person, person_id)
        assert person is not None
        assert person.full_name == "Айпери Тажибек кызы"
        assert person.name_variants == ["Aiperi Tazhibek kyzy", "Айпери Тажибекова"]
        assert person.birth_date == PartialDate(1990, 4)
        assert person.sex == "unknown"
    draft = load_record(vault, "persons", person_id)
    assert draft["id"] == person_id
    assert draft["version"] == 1
    assert draft["birth_date"] == PartialDate(1990, 4)
    assert draft["roles"] == ["journalist"]


def test_update_changes_only_the_given_fields(vault: Vault) -> None:
    person_id = save_record(
        vault, "persons", None, {"full_name": "A", "profession": "journalist", "sex": "female"}
    )
    save_record(vault, "persons", person_id, {"profession": "blogger"})
    with vault.read() as session:
        person = session.get(Person, person_id)
        assert person is not None
        assert (person.full_name, person.profession, person.sex) == ("A", "blogger", "female")
        assert person.version == 2
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.record_id == person_id).order_by(AuditEntry.id)
        ).all()
    assert [e.action for e in entries] == ["create", "update"]
    assert entries[1].changes == {"profession": ["journalist", "blogger"]}


def test_required_fields(vault: Vault) -> None:
    with pytest.raises(ValidationError) as error:
        save_record(vault, "persons", None, {"full_name": "   "})
    assert error.value.field == "full_name"
    assert "Full name" in str(error.value)
    case_id = _case(vault)
    with pytest.raises(ValidationError) as error:
        save_record(vault, "hearings", None, {"case_id": case_id})
    assert error.value.field == "scheduled_date"
    with pytest.raises(ValidationError) as error:
        save_record(vault, "hearings", None, {"scheduled_date": date(2024, 5, 1)})
    assert error.value.field == "case_id"
    assert str(error.value) == "Please choose the case."
    person_id = _person(vault)
    with pytest.raises(ValidationError) as error:
        save_record(vault, "charges", None, {"person_id": person_id})
    assert error.value.field == "article"
    with pytest.raises(ValidationError) as error:
        save_record(vault, "detention_events", None, {"person_id": person_id, "start": "2024"})
    assert error.value.field == "type"
    with pytest.raises(ValidationError) as error:
        save_record(vault, "detention_events", None, {"person_id": person_id, "type": "arrest"})
    assert error.value.field == "start"
    with vault.read() as session:
        assert session.scalars(select(DetentionEvent)).all() == []


def test_clearing_a_required_field_on_update_is_refused(vault: Vault) -> None:
    person_id = _person(vault)
    with pytest.raises(ValidationError) as error:
        save_record(vault, "persons", person_id, {"full_name": ""})
    assert error.value.field == "full_name"
    assert load_record(vault, "persons", person_id)["full_name"] == "Айпери Тажибек кызы"


def test_impossible_dates_name_their_field(vault: Vault) -> None:
    with pytest.raises(ValidationError) as error:
        save_record(vault, "persons", None, {"full_name": "A", "birth_date": "31.02.2024"})
    assert error.value.field == "birth_date"
    assert "Date of birth" in str(error.value)
    case_id = _case(vault)
    with pytest.raises(ValidationError) as error:
        save_record(vault, "hearings", None, {"case_id": case_id, "scheduled_date": "April 2024"})
    assert error.value.field == "scheduled_date"
    with pytest.raises(ValidationError) as error:
        save_record(
            vault,
            "hearings",
            None,
            {"case_id": case_id, "scheduled_date": "12.04.2024", "scheduled_time": "25:00"},
        )
    assert error.value.field == "scheduled_time"


def test_typed_dates_and_times_are_read(vault: Vault) -> None:
    case_id = _case(vault)
    hearing_id = save_record(
        vault,
        "hearings",
        None,
        {"case_id": case_id, "scheduled_date": "12.04.2024", "scheduled_time": "9.30"},
    )
    with vault.read() as session:
        hearing = session.get(Hearing, hearing_id)
        assert hearing is not None
        assert hearing.scheduled_date == date(2024, 4, 12)
        assert hearing.scheduled_time == time(9, 30)
        assert hearing.kind == "trial_session"


@pytest.mark.parametrize(
    ("table", "start_field", "end_field", "start", "end"),
    [
        ("detention_events", "start", "end", "12.04.2024", "11.04.2024"),
        ("detention_events", "start", "term_until", "12.04.2024", "01.03.2024"),
        ("consents", "given_on", "withdrawn_on", "2024-05", "30.04.2024"),
    ],
)
def test_an_end_before_its_start_is_refused(
    vault: Vault, table: str, start_field: str, end_field: str, start: str, end: str
) -> None:
    person_id = _person(vault)
    fields = {"person_id": person_id, start_field: start, end_field: end}
    if table == "detention_events":
        fields["type"] = "pretrial_detention"
    with pytest.raises(ValidationError) as error:
        save_record(vault, table, None, fields)
    assert error.value.field == end_field
    assert "cannot be before" in str(error.value)


def test_partial_dates_that_may_overlap_are_accepted(vault: Vault) -> None:
    person_id = _person(vault)
    event_id = save_record(
        vault,
        "detention_events",
        None,
        {"person_id": person_id, "type": "arrest", "start": "12.05.2024", "end": "2024"},
    )
    with pytest.raises(ValidationError) as error:
        save_record(vault, "detention_events", event_id, {"start": "2025"})
    assert error.value.field == "end"


def test_unknown_vocabulary_codes_are_refused(vault: Vault) -> None:
    person_id = _person(vault)
    with pytest.raises(ValidationError) as error:
        save_record(
            vault,
            "detention_events",
            None,
            {"person_id": person_id, "type": "kidnapping", "start": "2024"},
        )
    assert error.value.field == "type"
    with pytest.raises(ValidationError) as error:
        save_record(vault, "persons", person_id, {"roles": ["journalist", "spy"]})
    assert error.value.field == "roles"
    with pytest.raises(ValidationError) as error:
        save_record(vault, "persons", person_id, {"sex": "x"})
    assert error.value.field == "sex"
    with pytest.raises(ValidationError) as error:
        save_record(
            vault,
            "ill_treatment_reports",
            None,
            {"victim_id": person_id, "methods": ["beating", "tickling"]},
        )
    assert error.value.field == "methods"


def test_a_user_added_vocabulary_term_is_accepted(vault: Vault) -> None:
    with vault.write() as session:
        session.add(
            VocabularyTerm(
                vocabulary="detention_type",
                code="psychiatric_confinement",
                label_en="Psychiatric confinement",
                label_ru="Принудительная госпитализация",
                sort_order=100,
            )
        )
    person_id = _person(vault)
    save_record(
        vault,
        "detention_events",
        None,
        {"person_id": person_id, "type": "psychiatric_confinement", "start": "2024"},
    )
    assert ("psychiatric_confinement", "Psychiatric confinement") in vocabulary(
        vault, "detention_type"
    )


def test_references_must_be_live(vault: Vault) -> None:
    person_id = _person(vault)
    with vault.write() as session:
        person = session.get(Person, person_id)
        assert person is not None
        person.deleted_at = person.updated_at
    with pytest.raises(ValidationError) as error:
        save_record(vault, "charges", None, {"person_id": person_id, "article": "330"})
    assert error.value.field == "person_id"
    with pytest.raises(ValidationError) as error:
        save_record(vault, "charges", None, {"person_id": "no-such-id", "article": "330"})
    assert error.value.field == "person_id"
    with pytest.raises(RecordNotFoundError):
        save_record(vault, "persons", person_id, {"profession": "x"})
    with pytest.raises(RecordNotFoundError):
        load_record(vault, "persons", person_id)


def test_a_record_whose_parent_went_to_the_trash_stays_editable(vault: Vault) -> None:
    person_id, case_id = _person(vault), _case(vault)
    charge = save_record(
        vault, "charges", None, {"person_id": person_id, "case_id": case_id, "article": "278"}
    )
    with vault.write() as session:
        from casefile.vault.schema import Case

        case = session.get(Case, case_id)
        assert case is not None
        case.deleted_at = case.updated_at
    save_record(vault, "charges", charge, {"wording": "ok"})
    with pytest.raises(ValidationError) as error:
        save_record(vault, "charges", charge, {"case_id": case_id})
    assert error.value.field == "case_id"


def test_table_rules(vault: Vault) -> None:
    person_id, case_id = _person(vault), _case(vault)
    with pytest.raises(ValidationError) as error:
        save_record(vault, "interventions", None, {"recipient": "wgad"})
    assert error.value.field == "person_id"
    save_record(vault, "interventions", None, {"recipient": "wgad", "case_id": case_id})
    link = {"case_id": case_id, "person_id": person_id, "role": "defendant"}
    save_record(vault, "case_participants", None, link)
    with pytest.raises(ValidationError) as error:
        save_record(vault, "case_participants", None, link)
    assert error.value.field == "role"
    save_record(vault, "case_participants", None, {**link, "role": "victim"})


def test_cleared_defaults_and_long_text(vault: Vault) -> None:
    person_id = save_record(vault, "persons", None, {"full_name": "A", "sex": "female"})
    save_record(vault, "persons", person_id, {"sex": None, "roles": None})
    draft = load_record(vault, "persons", person_id)
    assert (draft["sex"], draft["roles"]) == ("unknown", [])
    with pytest.raises(ValidationError) as error:
        save_record(vault, "persons", person_id, {"full_name": "x" * 301})
    assert error.value.field == "full_name"


def test_stale_version_is_refused(vault: Vault) -> None:
    person_id = _person(vault)
    save_record(vault, "persons", person_id, {"profession": "a"}, expected_version=1)
    with pytest.raises(ValidationError):
        save_record(vault, "persons", person_id, {"profession": "b"}, expected_version=1)
    assert load_record(vault, "persons", person_id)["profession"] == "a"


def test_programming_errors_are_bugs(vault: Vault) -> None:
    with pytest.raises(BugError):
        save_record(vault, "persons", None, {"full_name": "A", "nickname": "x"})
    with pytest.raises(BugError):
        save_record(vault, "persons", None, {"full_name": "A", "deleted_at": None})
    with pytest.raises(BugError):
        save_record(vault, "audit_entries", None, {})
    with pytest.raises(BugError):
        save_record(vault, "hearings", None, {"postponed_to_id": None})


def test_field_descriptions() -> None:
    people = {f.name: f for f in fields_of("persons")}
    assert people["full_name"].required and people["full_name"].kind is FieldKind.TEXT
    assert people["full_name"].max_length == 300
    assert people["birth_date"].kind is FieldKind.PARTIAL_DATE
    assert people["roles"].kind is FieldKind.CHOICES
    assert people["roles"].vocabulary == "person_role"
    assert people["name_variants"].kind is FieldKind.LIST
    assert not people["sex"].required
    events = {f.name: f for f in fields_of("detention_events")}
    assert events["person_id"].kind is FieldKind.REFERENCE
    assert events["person_id"].references == "persons"
    assert events["type"].kind is FieldKind.CHOICE and events["type"].required
    assert events["term_until"].kind is FieldKind.DATE
    hearings = {f.name: f for f in fields_of("hearings")}
    assert hearings["scheduled_time"].kind is FieldKind.TIME
    assert hearings["closed_to_public"].kind is FieldKind.FLAG
    assert "postponed_to_id" not in hearings
    for table in EDITABLE_TABLES:
        assert set(blank_record(table)) == {f.name for f in fields_of(table)}
    assert blank_record("charges")["code"] == "Criminal Code of the Kyrgyz Republic"


def test_vocabulary_labels(vault: Vault) -> None:
    kinds = vocabulary(vault, "hearing_kind", "ru")
    assert kinds[0] == ("preliminary", "Предварительное слушание")
    assert dict(vocabulary(vault, "detention_type", "ky"))["arrest"] == "Кармоо"
    assert dict(vocabulary(vault, "sex"))["female"] == "Female"
    assert dict(vocabulary(vault, "case_role", "ru"))["defendant"] == "Обвиняемый"
    assert vocabulary(vault, "court_kind") == []
