"""CSV import: mapping, a dry run that judges every row and writes nothing, one transaction."""

from __future__ import annotations

import contextlib
import csv
import io
import random
import shutil
import uuid
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from casefile.domain.dates import PartialDate
from casefile.services.exchange.checks import is_record_id
from casefile.services.open_formats import bulk_records
from casefile.services.open_formats.csv_import import (
    CsvFormatError,
    ImportKind,
    MappingError,
    RowAction,
    RowsRejectedError,
    load_mapping,
    normalise_name,
    plan_import,
    read_csv,
    run_import,
)
from casefile.services.open_formats.export import export_csv
from casefile.services.records.drafts import save_record
from casefile.services.search.search import matching_ids
from casefile.vault.field_versions import load_versions, versioned_fields
from casefile.vault.schema import AuditEntry, DeviceIdentity, FieldVersion, Hearing, Person
from casefile.vault.vault import Vault

PASSPHRASE = "correct horse battery staple for tests only"  # as in tests/conftest.py


def _csv(*lines: str) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _dump(vault: Vault) -> dict[str, Any]:
    """Every row of the tables an import may touch, to compare before and after."""
    with vault.read() as session:
        return {
            table: sorted(map(tuple, session.execute(text(f"SELECT * FROM {table}")).all()))
            for table in ("persons", "hearings", "audit_entries", "search_index", "cases")
        }


def _person(vault: Vault, name: str, **fields: Any) -> str:
    return save_record(vault, "persons", None, {"full_name": name, **fields})


def _case(vault: Vault, title: str = "Дело Кемпир-Абад", number: str = "123-2024") -> str:
    return save_record(vault, "cases", None, {"title": title, "case_numbers": [number]})


# -- round trip ----------------------------------------------------------------------------


def test_a_person_round_trips_through_the_csv_export_without_mapping(
    vault: Vault, tmp_path: Path
) -> None:
    person_id = _person(
        vault,
        "Азимжан Аскаров",
        birth_date="c. 1951",
        sex="male",
        roles=["human_rights_defender", "journalist"],
        name_variants=["Azimzhan Askarov", "Аскаров; А."],
        notes="Многострочная\nзаметка",
        id_document_issued_on="04.2010",
    )
    export_csv(vault, tmp_path / "out")
    data = (tmp_path / "out" / "persons.csv").read_bytes()
    with vault.read() as session:
        before = session.get(Person, person_id)
    result = run_import(vault, ImportKind.PEOPLE, data)
    assert result.plan.rows[0].action is RowAction.UNCHANGED  # same vault: nothing to do

    # Into a vault without that person: the id is kept, every field comes back.
    with vault.write() as session:
        session.execute(text("DELETE FROM persons"))
    result = run_import(vault, ImportKind.PEOPLE, data)
    assert (result.created, result.updated, result.skipped) == (1, 0, 0)
    with vault.read() as session:
        after = session.get(Person, person_id)
    assert before is not None and after is not None
    for name in (
        "full_name",
        "birth_date",
        "sex",
        "roles",
        "name_variants",
        "notes",
        "id_document_issued_on",
        "aliases",
        "risk_level",
    ):
        assert getattr(after, name) == getattr(before, name), name
    assert after.birth_date == PartialDate(1951, approximate=True)


def test_hearings_round_trip_with_case_id(vault: Vault, tmp_path: Path) -> None:
    case_id = _case(vault)
    save_record(
        vault,
        "hearings",
        None,
        {
            "case_id": case_id,
            "scheduled_date": date(2024, 5, 6),
            "scheduled_time": time(10, 30),
            "court": "Первомайский районный суд",
            "kind": "appeal",
            "lawyer_present": False,
        },
    )
    export_csv(vault, tmp_path / "out")
    data = (tmp_path / "out" / "hearings.csv").read_bytes()
    with vault.write() as session:
        session.execute(text("DELETE FROM hearings"))
    result = run_import(vault, ImportKind.HEARINGS, data)
    assert result.created == 1
    with vault.read() as session:
        (hearing,) = session.scalars(select(Hearing)).all()
        assert hearing.case_id == case_id
        assert hearing.scheduled_time == time(10, 30)
        assert hearing.kind == "appeal"
        assert hearing.lawyer_present is False
        assert hearing.defendant_present is None
        assert hearing.court == "Первомайский районный суд"


# -- dry run -------------------------------------------------------------------------------


def test_dry_run_reports_every_row_and_writes_nothing(vault: Vault) -> None:
    existing = _person(vault, "Бектур Асанов")
    data = _csv(
        "id,full_name,birth_date,sex,roles",
        ",Айпери Тажибек кызы,12.04.1990,female,journalist",
        f"{existing},Бектур Асанов,1980,male,",
        ",Someone,31.02.2024,,",
        ",Another,1990,мужчина,",
        ",  БЕКТУР   асанов ,,,",
        ",Айпери  Тажибек КЫЗЫ,,,",
        ",Roles wrong,,,astronaut",
        ",,1990,,",
        "not-an-id,Bad id,,,",
    )
    before = _dump(vault)
    plan = plan_import(vault, ImportKind.PEOPLE, data)
    assert _dump(vault) == before
    actions = [(row.line, row.action) for row in plan.rows]
    assert actions == [
        (2, RowAction.CREATE),
        (3, RowAction.UPDATE),
        (4, RowAction.REJECT),
        (5, RowAction.REJECT),
        (6, RowAction.REJECT),
        (7, RowAction.REJECT),
        (8, RowAction.REJECT),
        (9, RowAction.REJECT),
        (10, RowAction.REJECT),
    ]
    rows = {row.line: row for row in plan.rows}
    assert rows[3].record_id == existing
    assert rows[3].changed_fields == ("birth_date", "sex")
    assert "birth_date" in rows[4].reasons[0] and "no day 31" in rows[4].reasons[0]
    assert rows[5].reasons == ("sex: unknown vocabulary term “мужчина”",)
    assert rows[6].reasons == (f"duplicate name: the same name as person {existing}",)
    assert rows[7].reasons == ("duplicate name: the same name as line 2",)
    assert rows[8].reasons == ("roles: unknown vocabulary term “astronaut”",)
    assert rows[9].reasons == ("full_name: required",)
    assert rows[10].reasons[0].startswith("id: ")
    assert plan.count(RowAction.CREATE) == 1
    assert len(plan.rejected) == 7


def test_unknown_single_choice_is_rejected(vault: Vault) -> None:
    plan = plan_import(vault, ImportKind.PEOPLE, _csv("full_name,sex", "A,мужчина", "B,Мужской"))
    assert plan.rows[0].action is RowAction.REJECT
    assert plan.rows[0].reasons == ("sex: unknown vocabulary term “мужчина”",)
    assert plan.rows[1].action is RowAction.CREATE  # the Russian label is accepted


def test_rejected_rows_stop_the_import_unless_skipped(vault: Vault) -> None:
    data = _csv("full_name,birth_date", "Good one,1990", "Bad one,2024-13")
    before = _dump(vault)
    with pytest.raises(RowsRejectedError, match="1 of 2 rows"):
        run_import(vault, ImportKind.PEOPLE, data)
    assert _dump(vault) == before
    result = run_import(vault, ImportKind.PEOPLE, data, skip_rejected=True)
    assert (result.created, result.skipped) == (1, 1)
    with vault.read() as session:
        assert session.scalars(select(Person.full_name)).all() == ["Good one"]


# -- mapping -------------------------------------------------------------------------------


def test_mapping_from_a_spreadsheet_with_its_own_headers(vault: Vault) -> None:
    data = _csv(
        "ФИО;Дата рождения;Пол;Примечание",
        "Эркин Жумабаев;05.1985;Мужской;что-то",
    )
    mapping = load_mapping(
        '{"ФИО": "full_name", "Дата рождения": "birth_date", "Пол": "sex", '
        '"Примечание": null}'.encode()
    )
    plan = plan_import(vault, ImportKind.PEOPLE, data, mapping)
    assert plan.columns == (("ФИО", "full_name"), ("Дата рождения", "birth_date"), ("Пол", "sex"))
    assert plan.ignored_columns == ("Примечание",)
    run_import(vault, ImportKind.PEOPLE, data, mapping)
    with vault.read() as session:
        person = session.scalars(select(Person)).one()
        assert person.birth_date == PartialDate(1985, 5)
        assert person.sex == "male"
        assert person.notes is None


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"Nope": "full_name"}, "does not have"),
        ({"Name": "favourite_colour"}, "not a field"),
        ({"Name": "full_name", "Born": "full_name"}, "Two columns"),
        ({"Name": None}, "No column"),
        ({"Born": "birth_date"}, "full_name"),
    ],
)
def test_bad_mappings_are_refused(
    vault: Vault, mapping: dict[str, str | None], message: str
) -> None:
    with pytest.raises(MappingError, match=message):
        plan_import(vault, ImportKind.PEOPLE, _csv("Name,Born", "A,1990"), mapping)


def test_mapping_file_must_be_a_json_object() -> None:
    with pytest.raises(MappingError):
        load_mapping(b"[1, 2]")
    with pytest.raises(MappingError):
        load_mapping(b"\xff{")
    assert load_mapping(b'{"columns": {"A": "full_name"}}') == {"A": "full_name"}


# -- hearings ------------------------------------------------------------------------------


def test_hearings_find_their_case_by_number_or_title(vault: Vault) -> None:
    case_id = _case(vault, "Дело Кемпир-Абад", "123-2024")
    other = _case(vault, "Дело Темирлана", "55-2023")
    save_record(vault, "hearings", None, {"case_id": other, "scheduled_date": date(2024, 1, 9)})
    data = _csv(
        "case,scheduled_date,scheduled_time,kind,court",
        "123-2024,06.05.2024,10:30,Апелляция,Суд",
        "дело кемпир-абад,07.05.2024,,,",
        "Unknown case,07.05.2024,,,",
        "55-2023,09.01.2024,,,",
        "123-2024,05.2024,,,",
        "123-2024,08.05.2024,25:00,,",
        "123-2024,09.05.2024,,weird,",
        "123-2024,06.05.2024,10:30,,",
    )
    plan = plan_import(vault, ImportKind.HEARINGS, data)
    actions = [row.action for row in plan.rows]
    assert actions == [
        RowAction.CREATE,
        RowAction.CREATE,
        RowAction.REJECT,
        RowAction.REJECT,
        RowAction.REJECT,
        RowAction.REJECT,
        RowAction.REJECT,
        RowAction.REJECT,
    ]
    reasons = [row.reasons for row in plan.rows]
    assert "no case has the id, number or title" in reasons[2][0]
    assert reasons[3][0].startswith("duplicate hearing")
    assert reasons[4] == ("scheduled_date: needs an exact date with day, month and year",)
    assert reasons[5][0].startswith("scheduled_time")
    assert reasons[6] == ("kind: unknown vocabulary term “weird”",)
    assert reasons[7] == ("duplicate hearing: same case, date and time as line 2",)
    result = run_import(vault, ImportKind.HEARINGS, data, skip_rejected=True)
    assert result.created == 2
    with vault.read() as session:
        rows = session.execute(
            select(Hearing.case_id, Hearing.scheduled_date, Hearing.kind)
            .where(Hearing.case_id == case_id)
            .order_by(Hearing.scheduled_date)
        ).all()
    assert rows == [
        (case_id, date(2024, 5, 6), "appeal"),
        (case_id, date(2024, 5, 7), "trial_session"),
    ]


# -- one transaction, audit, search --------------------------------------------------------


def test_import_is_audited_and_searchable(vault: Vault) -> None:
    existing = _person(vault, "Бектур Асанов")
    data = _csv(
        "id,full_name,profession,birth_date",
        ",Чолпон Жолдошева,журналистка,",
        f"{existing},Бектур Асанов,адвокат,c. 1980",
    )
    run_import(vault, ImportKind.PEOPLE, data)
    with vault.read() as session:
        new = session.scalars(select(Person).where(Person.full_name == "Чолпон Жолдошева")).one()
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.reason == "CSV import of people")
        ).all()
        updated = session.get(Person, existing)
        assert updated is not None
        assert updated.version == 2
        assert updated.birth_date == PartialDate(1980, approximate=True)
        assert updated.updated_by == "tester"
    by_record = {entry.record_id: entry for entry in entries}
    assert by_record[new.id].action == "create"
    assert by_record[new.id].changes["full_name"] == [None, "Чолпон Жолдошева"]
    assert by_record[new.id].actor == "tester"
    assert by_record[existing].action == "update"
    assert by_record[existing].changes == {
        "profession": [None, "адвокат"],
        "birth_date": [None, "1980~"],
    }
    assert new.version == 1 and new.sex == "unknown" and new.roles == []
    with vault.read() as session:
        assert matching_ids(session, "person", "Жолдошева", 10) == [new.id]
        assert matching_ids(session, "person", "адвокат", 10) == [existing]
        assert matching_ids(session, "person", "журналистка", 10) == [new.id]


def test_one_imports_new_ids_sit_side_by_side_and_another_imports_elsewhere(
    vault: Vault,
) -> None:
    # Records saved one by one keep random ids all over the id order.
    before = {_person(vault, f"Сохранён {number}") for number in range(30)}
    first = run_import(
        vault, ImportKind.PEOPLE, _csv("full_name", *(f"Первый {n}" for n in range(40)))
    )
    second = run_import(
        vault, ImportKind.PEOPLE, _csv("full_name", *(f"Второй {n}" for n in range(40)))
    )
    with vault.read() as session:
        in_order = list(session.scalars(select(Person.id).order_by(Person.id)))
    for result in (first, second):
        made = [row.record_id for row in result.plan.rows]
        assert all(is_record_id(made_id) and uuid.UUID(made_id).version == 8 for made_id in made)
        # The file's order is the ids' order, and nothing else sorts between them: each index
        # keyed by record id takes the import's rows on neighbouring pages.
        start = in_order.index(made[0])
        assert in_order[start : start + len(made)] == made
    assert {row.record_id[:18] for row in first.plan.rows} != {
        row.record_id[:18] for row in second.plan.rows
    }
    assert before <= set(in_order) and len(in_order) == 110


def test_a_failure_half_way_leaves_nothing(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    _person(vault, "Бектур Асанов")
    rows = [f",Person {i}" for i in range(2500)]
    data = _csv("id,full_name", *rows)
    before = _dump(vault)

    def fail(*_args: Any) -> None:
        raise RuntimeError("disk pulled out")

    # The records are already inserted when the audit is written.
    monkeypatch.setattr(bulk_records, "write_audit", fail)
    with pytest.raises(RuntimeError):
        run_import(vault, ImportKind.PEOPLE, data)
    assert _dump(vault) == before

    def cancel_later() -> None:
        calls.append(1)
        if len(calls) > 3:
            raise KeyboardInterrupt

    calls: list[int] = []
    monkeypatch.undo()
    with pytest.raises(KeyboardInterrupt):
        run_import(vault, ImportKind.PEOPLE, data, check=cancel_later)
    assert _dump(vault) == before


# -- malformed files -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\r\n  \r\n", "empty"),
        ("full_name\r\nАйпери\r\n".encode("cp1251"), "not UTF-8.*looks like Windows-1251"),
        ("full_name\r\nАйпери\r\n".encode("utf-16"), "UTF-16"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not UTF-8|binary"),
        (b"full_name,sex\r\nA,male\r\nB,male,extra\r\n", "Line 3 has 3 cells"),
        (b"full_name,sex\r\nA\r\n", "Line 2 has 1 cells"),
        (b'full_name\r\n"unterminated\r\n', "malformed"),
        (b"full_name,full_name\r\nA,B\r\n", "twice"),
        (b"Alice,1990\r\nBob,1991\r\n", "No column matches"),
    ],
)
def test_malformed_files_are_refused_and_change_nothing(
    vault: Vault, data: bytes, message: str
) -> None:
    before = _dump(vault)
    with pytest.raises((CsvFormatError, MappingError), match=message):
        run_import(vault, ImportKind.PEOPLE, data)
    with pytest.raises((CsvFormatError, MappingError), match=message):
        plan_import(vault, ImportKind.PEOPLE, data)
    assert _dump(vault) == before


def test_random_bytes_never_crash_or_write(vault: Vault) -> None:
    rng = random.Random(5)
    before = _dump(vault)
    header = b"id,full_name,birth_date,sex,roles\r\n"
    for _ in range(60):
        junk = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 120)))
        for data in (junk, header + junk):
            with contextlib.suppress(CsvFormatError, MappingError):
                plan_import(vault, ImportKind.PEOPLE, data)
    assert _dump(vault) == before


def test_reader_accepts_bom_semicolons_and_tabs() -> None:
    bom = "\ufefffull_name;birth_date\r\nАйпери;1990\r\n".encode()
    table = read_csv(bom)
    assert table.header == ("full_name", "birth_date")
    assert table.rows == ((2, ("Айпери", "1990")),)
    tabbed = read_csv(b"full_name\tsex\nA\tmale\n\nB\tfemale\n")
    assert [line for line, _cells in tabbed.rows] == [2, 4]
    multi = read_csv(b'full_name,notes\n"A","two\nlines"\nB,x\n')
    assert multi.rows[1][0] == 4


def test_normalised_names() -> None:
    assert normalise_name("  Пётр   ИВАНОВ ") == normalise_name("петр иванов")
    assert normalise_name("Ａｂｃ") == "abc"  # full-width letters (NFKC)


def test_imported_records_get_field_versions_like_edited_ones(vault: Vault) -> None:
    """The change bundles of exchange carry what has field versions: imports must have them.

    Compared as merging reads them (load_versions), not by row layout: a new record may keep
    one record-wide row for all its fields."""
    by_form = _person(vault, "Бектур Асанов")
    run_import(
        vault,
        ImportKind.PEOPLE,
        _csv("id,full_name,profession", ",Чолпон Жолдошева,", f"{by_form},Бектур Асанов,адвокат"),
    )
    with vault.read() as session:
        new_id = session.scalars(
            select(Person.id).where(Person.full_name == "Чолпон Жолдошева")
        ).one()
        versions = load_versions(session, [("persons", by_form), ("persons", new_id)])
        device = session.scalar(select(DeviceIdentity.device_id))
        seqs = set(session.scalars(select(FieldVersion.seq)))
    of_form, of_import = versions[("persons", by_form)], versions[("persons", new_id)]
    assert set(of_import) == set(of_form) == set(versioned_fields(Person))
    clock = of_import["full_name"].clock
    assert all(
        (v.clock, v.device_id, v.seen) == (clock, device, {device: clock})
        for v in of_import.values()
    )
    assert clock in seqs  # "since the last bundle" sees the import
    # The update was stamped in the import's transaction; unchanged fields keep their version.
    assert (of_form["profession"].clock, of_form["profession"].seen) == (clock, {device: clock})
    assert of_form["full_name"].clock < clock


def test_imported_people_and_hearings_travel_in_a_change_bundle(
    vault: Vault, template_vault: Path, tmp_path: Path
) -> None:
    """Imported records (new and updated) travel, converge with another vault, and an edit
    there of another field of an imported record merges without a conflict."""
    from casefile.services.exchange import devices
    from casefile.services.exchange.bundle_format import BundleKdf
    from casefile.services.exchange.dump import canonical_dump
    from casefile.services.exchange.service import export_bundle, import_bundle, open_conflicts

    def send(source: Vault, target: Vault) -> None:
        partner = "office" if target is office else "field"
        bundle = export_bundle(
            source, partner, passphrase="bundle passphrase", kdf=BundleKdf(log2_n=4, r=1, p=1)
        )
        import_bundle(target, bundle.data, "bundle passphrase")

    other_path = tmp_path / "office.casefile"
    shutil.copytree(template_vault, other_path, ignore=shutil.ignore_patterns("vault.lock"))
    with Vault.open(other_path, PASSPHRASE, actor="office") as office:
        for this, name in ((vault, "field"), (office, "office")):
            devices.new_device_keys(this)
            devices.set_device_name(this, name)
        for this, other in ((vault, office), (office, vault)):
            card = devices.this_device(this)
            devices.trust_device(other, devices.parse_card(card.card), card.name)
        case_id = _case(vault)
        run_import(vault, ImportKind.PEOPLE, _csv("full_name,birth_date", "Эркин Жумабаев,c. 1985"))
        run_import(vault, ImportKind.HEARINGS, _csv("case,scheduled_date", "123-2024,06.05.2024"))
        send(vault, office)
        with office.read() as session:
            person = session.scalars(select(Person)).one()
            hearing = session.scalars(select(Hearing)).one()
        assert (person.full_name, person.birth_date) == (
            "Эркин Жумабаев",
            PartialDate(1985, approximate=True),
        )
        assert (hearing.case_id, hearing.scheduled_date) == (case_id, date(2024, 5, 6))
        assert canonical_dump(vault) == canonical_dump(office)
        # Concurrent edits of two different fields of the imported person: here by a second
        # import (an update), there by a form.
        run_import(vault, ImportKind.PEOPLE, _csv("id,profession", f"{person.id},адвокат"))
        save_record(office, "persons", person.id, {"notes": "из офиса"})
        send(vault, office)
        send(office, vault)
        assert open_conflicts(vault) == open_conflicts(office) == []
        with vault.read() as session:
            merged = session.get(Person, person.id)
            assert merged is not None
            assert (merged.profession, merged.notes) == ("адвокат", "из офиса")
        assert canonical_dump(vault) == canonical_dump(office)


def test_bulk_rows_are_stored_exactly_like_orm_rows(vault: Vault) -> None:
    """Raw column text of an imported person equals that of the same person saved by a form."""
    fields = {"birth_date": "c. 04.1990", "roles": ["journalist"], "sex": "female"}
    by_form = _person(vault, "Айпери Тажибек кызы", **fields)
    with vault.write() as session:
        session.execute(
            text("UPDATE persons SET full_name = 'renamed' WHERE id = :i"), {"i": by_form}
        )
    run_import(
        vault,
        ImportKind.PEOPLE,
        _csv("full_name,birth_date,roles,sex", "Айпери Тажибек кызы,c. 04.1990,journalist,female"),
    )
    columns = (
        "birth_date, roles, sex, name_variants, typeof(created_at), length(created_at), version"
    )
    with vault.read() as session:
        form_row = session.execute(
            text(f"SELECT {columns} FROM persons WHERE id = :i"), {"i": by_form}
        ).one()
        imported_row = session.execute(
            text(f"SELECT {columns} FROM persons WHERE id != :i"), {"i": by_form}
        ).one()
    assert tuple(imported_row) == tuple(form_row)


def test_an_update_keeps_other_devices_in_the_version_vector(vault: Vault) -> None:
    person_id = _person(vault, "Бектур Асанов", profession="юрист")
    with vault.write() as session:
        row = session.get(FieldVersion, ("persons", person_id, "profession"))
        assert row is not None
        row.seen = {**row.seen, "0ther0device": 7}
    run_import(vault, ImportKind.PEOPLE, _csv("id,profession", f"{person_id},адвокат"))
    with vault.read() as session:
        device = session.scalar(select(DeviceIdentity.device_id))
        row = session.get(FieldVersion, ("persons", person_id, "profession"))
        name_row = session.get(FieldVersion, ("persons", person_id, "full_name"))
    assert row is not None and name_row is not None
    assert row.seen == {"0ther0device": 7, device: row.clock}
    assert (row.device_id, row.seq) == (device, row.clock)
    assert row.clock > name_row.clock


def test_quotes_in_values_written_as_sql_literals_survive(vault: Vault) -> None:
    # The same notes in every row become one SQL literal; a quote in them must not break it.
    data = _csv("full_name,notes", "O'Brien,it's ' ; -- DROP", "Д'Артаньян,it's ' ; -- DROP")
    run_import(vault, ImportKind.PEOPLE, data)
    with vault.read() as session:
        rows = sorted(session.execute(select(Person.full_name, Person.notes)).all())
    assert rows == [("O'Brien", "it's ' ; -- DROP"), ("Д'Артаньян", "it's ' ; -- DROP")]


_CELL = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "1990", "31.02.2024", "c. 1980", "male", "Мужской", "x;y", '"', "\n"]),
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    header=st.lists(
        st.sampled_from(["full_name", "birth_date", "sex", "roles", "notes", "id", "junk"]),
        min_size=1,
        max_size=5,
    ),
    cells=st.lists(st.lists(_CELL, min_size=5, max_size=5), max_size=6),
    garbage=st.binary(max_size=20),
)
def test_fuzzed_csv_imports_wholly_or_not_at_all(
    vault: Vault, header: list[str], cells: list[list[str]], garbage: bytes
) -> None:
    """Any input: a clear KnownError and an unchanged vault, or every valid row imported."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(row[: len(header)] for row in cells)
    data = buffer.getvalue().encode() + garbage
    before = _dump(vault)
    try:
        result = run_import(vault, ImportKind.PEOPLE, data)
    except (CsvFormatError, MappingError, RowsRejectedError):
        assert _dump(vault) == before
        return
    after = _dump(vault)
    added = len(after["persons"]) - len(before["persons"])
    assert added == result.created
    assert len(after["audit_entries"]) - len(before["audit_entries"]) == (
        result.created + result.updated
    )


def _judged(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the times rows are judged against the vault (each plan)."""
    from casefile.services.open_formats import csv_import

    judged: list[int] = []
    original = csv_import._plan

    def counting(*args: Any, **kwargs: Any) -> Any:
        judged.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(csv_import, "_plan", counting)
    return judged


def test_the_import_writes_what_its_dry_run_judged_when_nothing_changed_since(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    judged = _judged(monkeypatch)
    data = _csv("full_name,sex", "Азамат Султанов,male", "Бегимай Осмонова,female")
    checked = plan_import(vault, ImportKind.PEOPLE, data)
    planned_ids = [row.record_id for row in checked.rows]

    result = run_import(vault, ImportKind.PEOPLE, data, checked=checked)

    # Judged once, by the dry run: the import wrote the records it had planned, ids and all.
    assert len(judged) == 1
    assert result.created == 2 and result.plan.prepared is None
    with vault.read() as session:
        stored = dict(session.execute(select(Person.id, Person.full_name)).all())
    assert sorted(stored) == sorted(planned_ids)
    assert sorted(stored.values()) == ["Азамат Султанов", "Бегимай Осмонова"]


def test_the_import_judges_again_after_a_write_or_for_another_file(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    judged = _judged(monkeypatch)
    data = _csv("full_name,sex", "Азамат Султанов,male")
    checked = plan_import(vault, ImportKind.PEOPLE, data)
    # Someone saves the same person meanwhile: the dry run's "new" no longer holds.
    _person(vault, "Азамат Султанов")
    run_import(vault, ImportKind.PEOPLE, data, checked=checked, skip_rejected=True)
    assert len(judged) == 2
    with vault.read() as session:
        names = session.execute(select(Person.full_name)).scalars().all()
    assert names.count("Азамат Султанов") == 1  # judged again: a duplicate, not created

    other = _csv("full_name,sex", "Бегимай Осмонова,female")
    checked = plan_import(vault, ImportKind.PEOPLE, other)
    run_import(vault, ImportKind.PEOPLE, data, checked=checked, skip_rejected=True)
    assert len(judged) == 4  # another file than the one checked: judged again
    with vault.read() as session:
        names = session.execute(select(Person.full_name)).scalars().all()
    assert "Бегимай Осмонова" not in names
