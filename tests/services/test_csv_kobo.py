"""KoboToolbox / ODK exports: meta-columns, group/field headers, space-separated multi-select
answers and their per-choice 0/1 columns."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from casefile.domain.dates import PartialDate
from casefile.services.open_formats.csv_import import (
    ImportKind,
    MappingError,
    RowAction,
    is_kobo_export,
    plan_import,
    read_csv,
    resolve_mapping,
    run_import,
)
from casefile.vault.schema import Person
from casefile.vault.vault import Vault

_META = (
    '"_id";"_uuid";"_submission_time";"_validation_status";"_notes";"_status";'
    '"_submitted_by";"__version__";"_tags";"_index"'
)
#: A KoboToolbox CSV export as it comes: "XML values and headers", groups in headers with "/",
#: select_multiple as "single and separate columns", ";" separated, every value quoted.
KOBO_XML = (
    '"start";"end";"today";"deviceid";"personal/full_name";"personal/sex";'
    '"personal/birth_date";"personal/roles";"personal/roles/journalist";'
    '"personal/roles/blogger";"personal/roles/human_rights_defender";"personal/roles/lawyer";'
    '"detention/notes";' + _META + "\r\n"
    '"2024-03-05T10:02:11.331+06:00";"2024-03-05T10:09:40.120+06:00";"2024-03-05";'
    '"enketo.ee:4ZBx";"Айпери Тажибек кызы";"female";"1990-04-12";"journalist blogger";"1";"1";'
    '"0";"0";"Задержана у здания суда; 12.03.2024";"231004";'
    '"3f7e1a2c-5b8d-4e0f-9a61-0c2b7d9e4f11";"2024-03-05T04:09:45";"";"";"submitted_via_web";'
    '"monitor_bishkek";"vK8xQp2";"";"1"\r\n'
    '"2024-03-06T09:00:00.000+06:00";"2024-03-06T09:05:00.000+06:00";"2024-03-06";'
    '"enketo.ee:4ZBx";"Азимжан Аскаров";"male";"1951-01-01";"human_rights_defender lawyer";'
    '"0";"0";"1";"1";"";"231005";"9b0c7e2d-1f3a-4c5b-8d6e-7f8a9b0c1d2e";"2024-03-06T03:05:10";'
    '"";"";"submitted_via_web";"monitor_osh";"vK8xQp2";"";"2"\r\n'
    '"2024-03-07T11:00:00.000+06:00";"2024-03-07T11:04:00.000+06:00";"2024-03-07";'
    '"enketo.ee:4ZBx";"Бектур Асанов";"male";"";"";"";"";"";"";"";"231006";'
    '"1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d";"2024-03-07T05:04:30";"";"";"submitted_via_web";'
    '"monitor_osh";"vK8xQp2";"";"3"\r\n'
).encode()

#: The same form exported with "Labels" headers and values (English labels).
KOBO_LABELS = (
    '"Full name";"Sex";"Roles";"Roles/Journalist";"Roles/Human rights defender";' + _META + "\n"
    '"Эркин Жумабаев";"Male";"Journalist Human rights defender";"1";"1";"231007";'
    '"5d6e7f8a-9b0c-4d1e-8f2a-3b4c5d6e7f8a";"2024-03-08T05:00:00";"";"";"submitted_via_web";'
    '"monitor_osh";"vK8xQp2";"";"1"\n'
).encode()


def _person(vault: Vault, name: str) -> Person:
    with vault.read() as session:
        person = session.scalars(select(Person).where(Person.full_name == name)).one()
        session.expunge(person)
        return person


def test_a_kobo_export_is_recognised_by_its_meta_columns() -> None:
    table = read_csv(KOBO_XML)
    assert table.delimiter == ";"
    assert is_kobo_export(table.header)
    assert not is_kobo_export(("full_name", "_uuid"))  # one meta-column is not enough
    assert not is_kobo_export(("full_name", "sex"))


def test_kobo_headers_map_through_their_groups(vault: Vault) -> None:
    plan = plan_import(vault, ImportKind.PEOPLE, KOBO_XML)
    assert plan.kobo
    assert dict(plan.columns) == {
        "personal/full_name": "full_name",
        "personal/sex": "sex",
        "personal/birth_date": "birth_date",
        "personal/roles": "roles",
        "detention/notes": "notes",
    }
    # Meta-columns and the per-choice 0/1 columns are listed as not imported.
    assert {"_uuid", "_submission_time", "_index", "personal/roles/journalist", "start"} <= set(
        plan.ignored_columns
    )
    assert [row.action for row in plan.rows] == [RowAction.CREATE] * 3


def test_kobo_multi_select_answers_import_as_several_terms(vault: Vault) -> None:
    result = run_import(vault, ImportKind.PEOPLE, KOBO_XML)
    assert (result.created, result.skipped) == (3, 0)
    aiperi = _person(vault, "Айпери Тажибек кызы")
    assert aiperi.roles == ["journalist", "blogger"]
    assert aiperi.sex == "female"
    assert aiperi.birth_date == PartialDate(1990, 4, 12)
    assert aiperi.notes == "Задержана у здания суда; 12.03.2024"
    assert _person(vault, "Азимжан Аскаров").roles == ["human_rights_defender", "lawyer"]
    assert _person(vault, "Бектур Асанов").roles == []


def test_kobo_label_headers_and_labels_with_spaces(vault: Vault) -> None:
    plan = plan_import(vault, ImportKind.PEOPLE, KOBO_LABELS)
    assert dict(plan.columns) == {"Full name": "full_name", "Sex": "sex", "Roles": "roles"}
    run_import(vault, ImportKind.PEOPLE, KOBO_LABELS)
    erkin = _person(vault, "Эркин Жумабаев")
    # "Human rights defender" is one label of three words, read as one term.
    assert erkin.roles == ["journalist", "human_rights_defender"]
    assert erkin.sex == "male"


def test_an_unknown_choice_in_a_kobo_answer_is_rejected_by_name(vault: Vault) -> None:
    data = KOBO_XML.replace(b'"journalist blogger"', b'"journalist hrd"')
    plan = plan_import(vault, ImportKind.PEOPLE, data)
    assert plan.rows[0].action is RowAction.REJECT
    assert plan.rows[0].reasons == ("roles: unknown vocabulary term “journalist hrd”",)


def test_space_separated_choices_outside_kobo_and_duplicates(vault: Vault) -> None:
    data = "full_name,roles\r\nA,journalist blogger Журналист\r\nB,Блогер;lawyer\r\n".encode()
    run_import(vault, ImportKind.PEOPLE, data)
    assert _person(vault, "A").roles == ["journalist", "blogger"]
    assert _person(vault, "B").roles == ["blogger", "lawyer"]


def test_group_paths_map_only_in_kobo_exports_and_never_twice() -> None:
    with pytest.raises(MappingError, match="No column is mapped to full_name"):
        resolve_mapping(ImportKind.PEOPLE, ("personal/full_name", "sex"))
    header = ("full_name", "personal/full_name", "_uuid", "_index")
    assert resolve_mapping(ImportKind.PEOPLE, header) == {0: "full_name"}
    # Two groups holding the same question: neither is guessed; the user maps one.
    twice = ("a/full_name", "b/full_name", "c/sex", "_uuid", "_index")
    with pytest.raises(MappingError, match="full_name"):
        resolve_mapping(ImportKind.PEOPLE, twice)
    assert resolve_mapping(ImportKind.PEOPLE, twice, {"b/full_name": "full_name"}) == {
        1: "full_name",
        2: "sex",
    }
    # The user's mapping wins over a guess.
    mapped = resolve_mapping(
        ImportKind.PEOPLE,
        ("g/full_name", "g/notes", "_uuid", "_index"),
        {"g/notes": None, "_uuid": "id"},
    )
    assert mapped == {0: "full_name", 2: "id"}
