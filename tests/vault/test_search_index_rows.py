"""The search index's rows (vault/search_index.py): one per live record, numbered by kind and a
hearing's day, a hearing's row holding its case's title, whatever wrote the records."""

from __future__ import annotations

from datetime import date, time, timedelta

from sqlalchemy import event, text

from casefile.services.open_formats.bulk_records import RecordWrite, write_search_index
from casefile.services.records.drafts import save_record
from casefile.services.records.trash import move_to_trash
from casefile.vault.schema import Case
from casefile.vault.search_index import delete_records, hearing_days, hearing_slot, kind_range
from casefile.vault.vault import Vault

DAY = date(2026, 3, 9)


def _rows(vault: Vault, query: str) -> dict[str, int]:
    with vault.read() as session:
        found = session.execute(
            text(
                "SELECT r.record_id, s.rowid FROM search_index AS s JOIN search_records AS r "
                "ON r.id = s.rowid WHERE search_index MATCH :q"
            ),
            {"q": query},
        )
        return {record_id: rowid for record_id, rowid in found}


def test_a_hearings_row_holds_its_case_and_follows_its_day(vault: Vault) -> None:
    case = save_record(vault, "cases", None, {"title": "Дело Ачык Сөз", "case_numbers": ["7-26"]})
    hearing = save_record(
        vault, "hearings", None, {"case_id": case, "scheduled_date": DAY, "court": "Ош"}
    )
    found = _rows(vault, "context : ачык")
    assert list(found) == [hearing]
    first, last = hearing_days(DAY, DAY)
    assert first <= found[hearing] <= last
    assert _rows(vault, "{title body} : ачык") == {case: _rows(vault, "ачык")[case]}
    assert list(_rows(vault, 'context : "7 26"')) == [hearing]  # the number too

    # Another day and time: another row, in that day's range; the case renamed: its hearing's
    # row says so.
    later = DAY + timedelta(days=40)
    save_record(vault, "hearings", hearing, {"scheduled_date": later, "scheduled_time": time(10)})
    save_record(vault, "cases", case, {"title": "Дело Кара Сөз"})
    found = _rows(vault, "context : кара")
    assert list(found) == [hearing] and _rows(vault, "context : ачык") == {}
    assert hearing_slot(later, time(10)) < found[hearing] < hearing_days(later, later)[1]
    move_to_trash(vault, "hearings", hearing)
    assert _rows(vault, "context : кара") == {}
    with vault.read() as session:
        counts = session.execute(
            text(
                "SELECT (SELECT count(*) FROM search_records), (SELECT count(*) FROM search_index)"
            )
        ).one()
    assert tuple(counts) == (1, 1)  # the case's alone


def test_bulk_writes_keep_the_same_rows(vault: Vault) -> None:
    case = save_record(vault, "cases", None, {"title": "Дело Азаттык"})
    hearing = save_record(vault, "hearings", None, {"case_id": case, "scheduled_date": DAY})
    person = save_record(vault, "persons", None, {"full_name": "Бактыгүл Асанова"})
    first, last = kind_range("person")
    assert first <= _rows(vault, "асанова")[person] <= last
    # As a partner's bundle changes a case's title: its hearings are indexed again.
    with vault.write() as session:
        session.execute(text("UPDATE cases SET title = 'Дело Бирлик' WHERE id = :id"), {"id": case})
        write_search_index(session, Case, [], [RecordWrite(case, {"title": "Дело Бирлик"})])
    assert list(_rows(vault, "context : бирлик")) == [hearing]
    assert _rows(vault, "азаттык") == {}


def test_taking_records_out_reads_each_id_once_and_deletes_only_what_it_found(
    vault: Vault,
) -> None:
    # A bulk write first takes its records out of the index: new ones have no rows there, and
    # each id looked up is a page of a large index met at random.
    kept = save_record(vault, "cases", None, {"title": "Дело Кеңеш"})
    gone = save_record(vault, "cases", None, {"title": "Дело Ачык"})
    statements: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if not statement.startswith("BEGIN"):
            statements.append(statement.split()[0])

    event.listen(vault.engine, "before_cursor_execute", note)
    try:
        with vault.write() as session:
            statements.clear()
            delete_records(session, ["no-such-record", "nor-this-one"])
            assert statements == ["SELECT"]
            delete_records(session, [gone, "no-such-record"])
            assert statements == ["SELECT", "SELECT", "DELETE", "DELETE"]
    finally:
        event.remove(vault.engine, "before_cursor_execute", note)
    assert list(_rows(vault, "дело")) == [kept]
    with vault.read() as session:
        counts = session.execute(
            text(
                "SELECT (SELECT count(*) FROM search_records), (SELECT count(*) FROM search_index)"
            )
        ).one()
    assert tuple(counts) == (1, 1)
