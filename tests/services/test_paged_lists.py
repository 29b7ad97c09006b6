"""The paged People and Hearings lists (services/lists/paged.py), without Qt.

People are ordered in Python, never by SQL ORDER BY, over a name order kept until the vault's
next write: these tests pin the orders the in-memory list had (equals by name, names equal
when case-folded in the order they were recorded, empty values last) and the cache's life.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import event, literal_column, select

from casefile.domain.dates import PartialDate
from casefile.services.lists import paged as paged_lists
from casefile.services.lists.paged import PeopleList
from casefile.services.lists.query import FilterWord, ListQuery
from casefile.vault.schema import Person
from casefile.vault.vault import Vault

TODAY = date(2026, 11, 23)
RISKS = ("high", "medium", "low")

# (name, birth, risk): Cyrillic and Latin, names equal once case-folded, equal birth dates.
PEOPLE = (
    ("Жылдыз Асанова", "1984-03", "low"),
    ("asan beков", None, None),
    ("Bob Brown", "1984-03", "high"),
    ("ASAN BEКОВ", "1990", "medium"),
    ("élodie Martin", None, "low"),
    ("Айбек Осмонов", "1975-12-01", "unknown-code"),
    ("Asan Beков", "1990", None),
    ("alice Chen", "1984-03", "high"),
)


@pytest.fixture
def people(vault: Vault) -> dict[str, str]:
    """Name -> id, added one by one (so equal names have a known recording order)."""
    ids: dict[str, str] = {}
    for name, birth, risk in PEOPLE:
        with vault.write("test") as session:
            person = Person(
                full_name=name,
                birth_date=None if birth is None else PartialDate.parse(birth),
                risk_level=risk,
            )
            session.add(person)
            session.flush()
            ids[name] = person.id
    return ids


def names_in(vault: Vault, query: ListQuery) -> list[str]:
    lister = PeopleList(lambda: TODAY)
    window = lister.window(vault, query)
    ids = window.ids
    if ids is None:  # the first screen by the name key index; the ids follow
        ids = lister.ids(vault, query).ids
        assert [row.id for row in window.rows] == list(ids[: len(window.rows)])
    by_id = {row.id: row.full_name for row in window.rows}
    return [by_id[person_id] for person_id in ids]


def test_people_by_name_either_way_equal_names_in_recorded_order(
    vault: Vault, people: dict[str, str]
) -> None:
    recorded = [name for name, _b, _r in PEOPLE]
    ascending = sorted(recorded, key=str.casefold)  # stable: equal names as recorded
    assert names_in(vault, ListQuery()) == ascending
    descending = sorted(recorded, key=str.casefold, reverse=True)
    assert names_in(vault, ListQuery(sort="name", descending=True)) == descending
    assert descending[:3] == ["Жылдыз Асанова", "Айбек Осмонов", "élodie Martin"]
    assert descending[-4:] == ["asan beков", "ASAN BEКОВ", "Asan Beков", "alice Chen"]


def test_people_by_birth_equals_by_name_empty_last_then_first(
    vault: Vault, people: dict[str, str]
) -> None:
    def stored(birth: str | None) -> str:
        return "" if birth is None else PartialDate.parse(birth).to_text()

    by_name = sorted(PEOPLE, key=lambda p: p[0].casefold())
    dated = [p for p in by_name if p[1] is not None]
    empty = [p[0] for p in by_name if p[1] is None]
    ascending = [p[0] for p in sorted(dated, key=lambda p: stored(p[1]))] + empty
    descending = empty + [p[0] for p in sorted(dated, key=lambda p: stored(p[1]), reverse=True)]
    assert names_in(vault, ListQuery(sort="birth")) == ascending
    assert names_in(vault, ListQuery(sort="birth", descending=True)) == descending
    assert ascending[:2] == ["Айбек Осмонов", "alice Chen"]


def test_people_by_risk_in_the_order_given_unknown_then_empty(
    vault: Vault, people: dict[str, str]
) -> None:
    def rank(risk: str | None) -> int:
        return len(RISKS) + 1 if risk is None else RISKS.index(risk) if risk in RISKS else 3

    by_name = sorted(PEOPLE, key=lambda p: p[0].casefold())
    ascending = [p[0] for p in sorted(by_name, key=lambda p: rank(p[2]))]
    descending = [p[0] for p in sorted(by_name, key=lambda p: rank(p[2]), reverse=True)]
    query = ListQuery(sort="risk", code_order=RISKS)
    assert names_in(vault, query) == ascending
    assert names_in(vault, ListQuery(sort="risk", descending=True, code_order=RISKS)) == (
        descending
    )
    assert ascending[:2] == ["alice Chen", "Bob Brown"]


def test_filtered_people_keep_the_same_orders(vault: Vault, people: dict[str, str]) -> None:
    words = (FilterWord("1984"),)  # a birth year
    assert names_in(vault, ListQuery(words=words)) == [
        "alice Chen",
        "Bob Brown",
        "Жылдыз Асанова",
    ]
    assert names_in(vault, ListQuery(sort="risk", code_order=RISKS, words=words)) == [
        "alice Chen",
        "Bob Brown",
        "Жылдыз Асанова",
    ]
    assert names_in(vault, ListQuery(descending=True, words=words)) == [
        "Жылдыз Асанова",
        "Bob Brown",
        "alice Chen",
    ]


def test_name_order_is_read_once_per_write(
    vault: Vault, people: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[int] = []
    real = paged_lists._NameOrder.of

    def counting(found: object) -> paged_lists._NameOrder:
        reads.append(1)
        return real(found)  # type: ignore[arg-type]

    monkeypatch.setattr(paged_lists._NameOrder, "of", counting)
    names_in(vault, ListQuery())
    names_in(vault, ListQuery(descending=True))
    names_in(vault, ListQuery(sort="birth"))
    assert len(reads) == 1  # the same order, three reloads

    names_in(vault, ListQuery(words=(FilterWord("1984"),)))
    assert len(reads) == 2  # a filter reads the names of its matches, and keeps nothing

    with vault.write("rename") as session:
        person = session.get(Person, people["Bob Brown"])
        assert person is not None
        person.full_name = "Zed Brown"
    after = names_in(vault, ListQuery())
    assert len(reads) == 3
    assert after.index("Zed Brown") + 1 == after.index("élodie Martin")
    assert "Bob Brown" not in after


def test_hearings_of_a_trashed_case_are_hidden_until_it_is_restored(vault: Vault) -> None:
    from datetime import timedelta

    from casefile.services.lists.listing import list_hearings
    from casefile.services.lists.paged import HearingsList
    from casefile.services.records.hearings import agenda
    from casefile.services.records.trash import move_to_trash, restore
    from casefile.vault.schema import Case, Hearing

    with vault.write("test") as session:
        kept, trashed = Case(title="Kept case"), Case(title="Trashed case")
        session.add_all([kept, trashed])
        session.flush()
        hearings = {
            (case.title, offset): Hearing(
                case_id=case.id, scheduled_date=TODAY + timedelta(days=offset), court="Court"
            )
            for case in (kept, trashed)
            for offset in (-3, 2)
        }
        session.add_all(hearings.values())
        session.flush()
        kept_ids = [hearings["Kept case", -3].id, hearings["Kept case", 2].id]
        every_id = [h.id for _key, h in sorted(hearings.items(), key=lambda kv: kv[0][1])]
    paged = HearingsList(lambda: TODAY)
    filtered = ListQuery(words=(FilterWord("court"),))

    def shown() -> dict[str, list[str]]:
        window = paged.window(vault, ListQuery())
        ids = paged.ids(vault, ListQuery())
        return {
            "listing": [row.id for row in list_hearings(vault)],
            "window": [row.id for row in window.rows],
            "ids": ids.ids,
            "by court": paged.ids(vault, ListQuery(sort="court")).ids,
            "filtered": paged.ids(vault, ListQuery(words=(FilterWord("court"),))).ids,
            "filtered window": [row.id for row in paged.window(vault, filtered).rows],
            "rows": [row.id for row in paged.rows(vault, every_id)],
            "agenda": [
                row.id
                for row in agenda(vault, TODAY - timedelta(days=7), TODAY + timedelta(days=7))
            ],
        }

    def same_set(ids: list[str]) -> dict[str, list[str]]:
        return {key: ids for key in shown()}

    assert {key: sorted(ids) for key, ids in shown().items()} == same_set(sorted(every_id))
    move_to_trash(vault, "cases", trashed.id)
    assert shown() == same_set(kept_ids)
    assert paged.ids(vault, ListQuery()).start == 1  # the trashed case's past one is not counted
    # A filter's window reads its cases' titles apart (_with_case_titles): a row whose case
    # is in the trash has none and is left out, even where the hidden ids miss it.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paged_lists, "_live_hearing", lambda *_a: Hearing.deleted_at.is_(None))
        rows = paged.window(vault, filtered).rows
    assert [(row.id, row.case_title) for row in rows] == [(i, "Kept case") for i in kept_ids]
    restore(vault, "cases", trashed.id)
    assert {key: sorted(ids) for key, ids in shown().items()} == same_set(sorted(every_id))
    titles = {row.id: row.case_title for row in paged.window(vault, filtered).rows}
    assert titles == {h.id: title for (title, _offset), h in hearings.items()}


def _table_scans(vault: Vault, run: Callable[[], object]) -> list[str]:
    """The query-plan steps of every SELECT run() makes that read a whole table's rows."""
    statements: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(vault.engine, "before_cursor_execute", note)
    try:
        run()
    finally:
        event.remove(vault.engine, "before_cursor_execute", note)
    assert statements
    scans = []
    with vault.engine.connect() as conn:
        for statement, parameters in statements:
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
            scans += [
                step[3]
                for step in plan
                if step[3].startswith(("SCAN persons", "SCAN hearings", "SCAN cases"))
                and "COVERING INDEX" not in step[3]
            ]
    return scans


def test_the_lists_own_orders_read_no_whole_table(vault: Vault, people: dict[str, str]) -> None:
    # The name and date orders come from the live-row indexes of migration 0004 alone: a plan
    # that reads every row decrypts the whole table (People's first paint went 0.3 s cold).
    from casefile.services.lists.paged import HearingsList
    from casefile.vault.schema import Case, Hearing

    with vault.write("test") as session:
        case = Case(title="Case")
        session.add(case)
        session.flush()
        session.add_all(
            Hearing(case_id=case.id, scheduled_date=date(2026, 11, day)) for day in (20, 25)
        )
        session.add(Case(title="Trashed case", deleted_at=datetime(2026, 11, 1)))
    paged_lists.forget_cached_orders()
    people_list, hearings_list = PeopleList(lambda: TODAY), HearingsList(lambda: TODAY)
    assert _table_scans(vault, lambda: people_list.window(vault, ListQuery())) == []
    assert _table_scans(vault, lambda: hearings_list.window(vault, ListQuery())) == []
    assert _table_scans(vault, lambda: hearings_list.ids(vault, ListQuery())) == []
    # A sort by another column reads that column from the rows, as it must.
    by_birth = _table_scans(vault, lambda: people_list.window(vault, ListQuery(sort="birth")))
    assert by_birth == ["SCAN persons"]


def test_hearings_sorted_by_court_fold_case_keep_date_order_among_equals(vault: Vault) -> None:
    from datetime import timedelta

    from casefile.services.lists.paged import HearingsList
    from casefile.vault.schema import Case, Hearing

    courts = {  # day offset from today: court
        -2: "Бишкек",
        1: "бишкек",
        -1: "Ош",
        3: None,
        2: "Бишкек",
        -5: "",
    }
    with vault.write("test") as session:
        case = Case(title="Court order")
        session.add(case)
        session.flush()
        made = {
            offset: Hearing(
                case_id=case.id, scheduled_date=TODAY + timedelta(days=offset), court=court
            )
            for offset, court in courts.items()
        }
        session.add_all(made.values())
        session.flush()
        by_offset = {offset: hearing.id for offset, hearing in made.items()}
    paged = HearingsList(lambda: TODAY)

    ascending = paged.ids(vault, ListQuery(sort="court"))
    assert list(ascending.ids) == [by_offset[n] for n in (-2, 1, 2, -1, -5, 3)]
    assert ascending.start == 1  # the first from today in this order
    descending = paged.ids(vault, ListQuery(sort="court", descending=True))
    # Reversed by court, empty ones first; equals keep their date order.
    assert list(descending.ids) == [by_offset[n] for n in (-5, 3, -1, -2, 1, 2)]
    assert descending.start == 1


def test_a_filter_in_name_order_gives_its_first_screen_then_its_ids_from_the_same_match(
    vault: Vault, people: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window of a People filter holds the count and the first screen, not every id (a
    letter matches most of 100,000 people); ids() then packs the positions that window
    matched, without matching again, unless a write or other words came between."""
    matched: list[tuple[FilterWord, ...]] = []
    real = paged_lists._matching

    def counting(session: Any, names: Any, words: Any, *rest: Any) -> list[int]:
        matched.append(tuple(words))
        return real(session, names, words, *rest)

    monkeypatch.setattr(paged_lists, "_matching", counting)
    lister = PeopleList(lambda: TODAY)
    lister.ids(vault, ListQuery())  # the name order kept, as once the list's ids came
    query = ListQuery(words=(FilterWord("asan"),))
    window = lister.window(vault, query, size=2)
    # In name order, equal names as recorded; "Асанова" is "asan" transliterated.
    asans = ["asan beков", "ASAN BEКОВ", "Asan Beков", "Жылдыз Асанова"]
    assert window.ids is None and window.exact
    assert (window.count, window.total) == (4, len(PEOPLE))
    assert [row.full_name for row in window.rows] == asans[:2]
    assert list(lister.ids(vault, query).ids) == [people[name] for name in asans]
    assert len(matched) == 1  # the window's match, kept

    other = ListQuery(words=(FilterWord("bob"),))
    assert list(lister.ids(vault, other).ids) == [people["Bob Brown"]]
    with vault.write("rename") as session:
        person = session.get(Person, people["Asan Beков"])
        assert person is not None
        person.full_name = "Zed Beков"
    renamed = [asans[0], asans[1], asans[3]]
    assert list(lister.ids(vault, query).ids) == [people[name] for name in renamed]
    assert len(matched) == 3  # other words, then a write: matched again


def test_a_screen_read_by_rowid_holds_the_rows_read_by_id(
    vault: Vault, people: dict[str, str]
) -> None:
    """A filter's first screen reads its rows by the rowids the name order keeps: the same
    rows as read by id, before the order is kept and in it."""
    lister = PeopleList(lambda: TODAY)
    query = ListQuery(words=(FilterWord("asan"),))
    before = lister.window(vault, query).rows
    lister.ids(vault, ListQuery())  # the name order kept
    kept = lister.window(vault, query).rows
    assert len(kept) >= 3 and kept == before
    assert kept == lister.rows(vault, [row.id for row in kept])


def test_a_rowid_holding_another_person_gives_no_row(vault: Vault, people: dict[str, str]) -> None:
    """Read by rowid, a row whose person is not the one expected (gone meanwhile, its rowid
    reused) is left out, as a person gone is when read by id."""
    with vault.read() as session:
        rows = dict(session.execute(select(Person.id, literal_column("persons.rowid"))).all())
    first, second, other = list(rows)[:3]
    with vault.read() as session:
        found = PeopleList(lambda: TODAY)._rows(
            session, vault, [first, second], TODAY, [rows[first], rows[other]]
        )
    assert [row.id for row in found] == [first]


def test_a_filtered_hearings_window_reads_a_few_rows_above_today(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a screen of matches from today on, only ROWS_ABOVE_TODAY before it are read (the
    list opens with today at the top; the rest come with the ids); with fewer ahead, the
    rows before today fill the screen."""
    from datetime import timedelta

    from casefile.services.lists.paged import HearingsList
    from casefile.services.records.drafts import save_record

    monkeypatch.setattr(paged_lists, "ROWS_ABOVE_TODAY", 2)
    case = save_record(vault, "cases", None, {"title": "Дело журналистов"})
    for offset in range(-5, 6):
        day = TODAY + timedelta(days=offset)
        save_record(
            vault,
            "hearings",
            None,
            {"case_id": case, "scheduled_date": day, "court": "Первомайский суд"},
        )
    lister = HearingsList(lambda: TODAY)
    query = ListQuery(words=(FilterWord("первомай"),))
    full = lister.window(vault, query, 4)  # six ahead: a screen of them, two above
    dates = [row.scheduled_date for row in full.rows]
    assert full.start == 2 and dates == [TODAY + timedelta(days=n) for n in range(-2, 4)]
    few = lister.window(vault, query, 9)  # six ahead: three above fill the screen
    assert few.start == 3 and len(few.rows) == 9
    assert [row.scheduled_date for row in few.rows][:3] == [
        TODAY + timedelta(days=n) for n in (-3, -2, -1)
    ]
