"""The People and Hearings lists read the vault a page at a time (casefile/ui/kit/paged_model.py).

A vault of 1,000 people and 600 hearings: the lists show the right rows in the right order,
read more as the view scrolls, sort and filter in the vault, and show statuses that match
services/status for the rows on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from casefile.domain.dates import PartialDate
from casefile.services.lists.query import FIRST_SCREEN, PAGE_SIZE
from casefile.ui.i18n.labels import label
from casefile.ui.kit.locking import ClipboardGuard
from casefile.ui.kit.paged_model import MAX_PAGES, PagedTableModel
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.pages.list_page import ListPage
from casefile.ui.pages.record_lists import HEARINGS, PEOPLE, ListSpec
from casefile.vault.vault import Vault
from tests.ui.ui_helpers import PASSPHRASE

PEOPLE_COUNT = 1000
PAST_HEARINGS = 450
HEARING_COUNT = 600
# Latin and Cyrillic, some starting in lower case: binary order differs from case-folded.
FIRST = ("Айбек", "alice", "Bob", "élodie", "Жылдыз", "бакыт", "Zarina", "van Dijk", "Öмүр", "Chen")
LAST = ("Tashiev", "Асанова", "de la Cruz", "Ölmez", "osmonov", "Сыдыков", "Brown", "ұлан")
COURTS = ("Bishkek City Court", "Октябрьский районный суд", "Supreme Court", None)
DETENTION = ("police_custody", "pretrial_detention", "house_arrest", "travel_ban", "imprisonment")


def _person_name(n: int) -> str:
    return f"{FIRST[n % len(FIRST)]} {LAST[(n // len(FIRST)) % len(LAST)]} {n:04d}"


def _birth(n: int) -> PartialDate | None:
    if n % 7 == 0:
        return None
    year = 1950 + n % 50
    return PartialDate(year, None if n % 3 == 0 else 1 + n % 12, None)


@pytest.fixture(scope="module")
def big_vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One vault of 1,000 people and 600 hearings for this module (copied per test)."""
    from casefile.vault.keyfile import KdfCost
    from casefile.vault.schema import Case, DetentionEvent, Hearing, Person

    folder = tmp_path_factory.mktemp("paged") / "big.casefile"
    fast = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
    created = Vault.create(folder, PASSPHRASE, actor="tester", kdf_cost=fast)
    today = date.today()
    with created.vault as vault, vault.write() as session:
        people = [
            Person(full_name=_person_name(n), birth_date=_birth(n), risk_level=None)
            for n in range(PEOPLE_COUNT)
        ]
        session.add_all(people)
        session.flush()
        for n, person in enumerate(people[:150]):
            start = today - timedelta(days=10 + n)
            session.add(
                DetentionEvent(
                    person_id=person.id,
                    type=DETENTION[n % len(DETENTION)],
                    start=PartialDate.from_date(start),
                )
            )
        cases = [Case(title=title) for title in ("Дело Асанова", "case of Brown", "Zarina trial")]
        session.add_all(cases)
        session.flush()
        for n in range(HEARING_COUNT):
            day = today + timedelta(days=n - PAST_HEARINGS)
            session.add(
                Hearing(
                    case_id=cases[n % 3].id,
                    scheduled_date=day,
                    scheduled_time=time(9 + n % 8, 0) if n % 5 else None,
                    court=COURTS[n % len(COURTS)],
                    kind="trial_session" if n % 2 else "preliminary",
                )
            )
    return folder


@pytest.fixture
def big_vault(big_vault_template: Path, tmp_path: Path) -> Iterator[Vault]:
    import shutil

    folder = tmp_path / "big.casefile"
    shutil.copytree(big_vault_template, folder)
    opened = Vault.open(folder, PASSPHRASE, actor="tester")
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def open_page(
    qtbot: QtBot, runner: TaskRunner, ui_settings: UiSettings, big_vault: Vault
) -> Iterator[Callable[[ListSpec], ListPage]]:
    """Opens a list page on the big vault; at the end the pages let go of the vault first,
    as locking does, so no page is read from a closed vault."""
    opened: list[ListPage] = []

    def open_(spec: ListSpec) -> ListPage:
        page = ListPage(
            spec.page_id,
            spec.table,
            spec.columns,
            spec.loader,
            runner,
            ui_settings,
            ClipboardGuard(),
            start_at=spec.start_at,
            paged=spec.paged,
        )
        qtbot.addWidget(page)
        opened.append(page)
        page.resize(900, 400)
        page.show()
        page.set_vault(big_vault)
        with qtbot.waitSignal(page.rows_loaded, timeout=30_000):
            page.reload()
        qtbot.waitUntil(lambda: page.model.has_ids, timeout=30_000)
        return page

    yield open_
    for page in opened:
        page.set_vault(None)
    runner.wait()


def _shown(page: ListPage, column: int, rows: range) -> list[Any]:
    """The cell texts of rows once their pages are read."""
    for row in rows:  # asks for the pages of rows not read yet
        page.proxy.index(row, column).data()
    return [page.model.index(row, column).data() for row in rows]


def _wait_rows(qtbot: QtBot, page: ListPage, rows: range) -> None:
    model = page.model
    for row in rows:
        model.index(row, 0).data()
    qtbot.waitUntil(lambda: all(model.row_at(r) is not None for r in rows), timeout=30_000)


def _reload_sorted(qtbot: QtBot, page: ListPage, column: int, order: Qt.SortOrder) -> None:
    with qtbot.waitSignal(page.rows_loaded, timeout=30_000):
        page.view.sortByColumn(column, order)
    qtbot.waitUntil(lambda: page.model.has_ids, timeout=30_000)


def test_people_list_reads_pages_as_it_scrolls(
    qtbot: QtBot, qtmodeltester: Any, open_page: Callable[[ListSpec], ListPage]
) -> None:
    page = open_page(PEOPLE)
    model = page.model
    assert isinstance(model, PagedTableModel)
    assert model.rowCount() == PEOPLE_COUNT
    assert page.count_label.text() == "Records: 1,000"
    # A screen's rows first, then the first page (once the ids came): the rest when shown.
    qtbot.waitUntil(lambda: model.has_ids, timeout=30_000)
    assert len(model.rows()) == FIRST_SCREEN

    names = sorted((_person_name(n) for n in range(PEOPLE_COUNT)), key=str.casefold)
    assert _shown(page, 0, range(30)) == names[:30]
    # The rest of the first page, past the first window's rows, is read when shown.
    _wait_rows(qtbot, page, range(FIRST_SCREEN, PAGE_SIZE))
    assert [model.row_at(r).full_name for r in (FIRST_SCREEN, PAGE_SIZE - 1)] == [
        names[FIRST_SCREEN],
        names[PAGE_SIZE - 1],
    ]

    page.view.scrollToBottom()
    last = range(PEOPLE_COUNT - 20, PEOPLE_COUNT)
    _wait_rows(qtbot, page, last)
    assert [model.row_at(r).full_name for r in last] == names[-20:]

    # Scrolling through everything keeps at most MAX_PAGES pages in memory.
    for row in range(0, PEOPLE_COUNT, PAGE_SIZE):
        page.view.scrollTo(page.proxy.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        _wait_rows(qtbot, page, range(row, row + 5))
    assert len(model.rows()) <= MAX_PAGES * PAGE_SIZE
    assert [row.full_name for row in model.rows()] == [
        name for name in names if name in {row.full_name for row in model.rows()}
    ]
    qtmodeltester.check(model)


def test_people_sort_in_the_vault_by_name_and_birth(
    qtbot: QtBot, open_page: Callable[[ListSpec], ListPage]
) -> None:
    page = open_page(PEOPLE)
    names = sorted((_person_name(n) for n in range(PEOPLE_COUNT)), key=str.casefold)

    _reload_sorted(qtbot, page, 0, Qt.SortOrder.DescendingOrder)
    assert _shown(page, 0, range(25)) == names[::-1][:25]

    birth = [c.id for c in PEOPLE.columns].index("birth")
    _reload_sorted(qtbot, page, birth, Qt.SortOrder.AscendingOrder)
    # Birth dates in date order (the stored text), equals by name, unknown ones last.
    by_birth = sorted(
        range(PEOPLE_COUNT),
        key=lambda n: (
            _birth(n) is None,
            _birth(n).to_text() if _birth(n) else "",  # type: ignore[union-attr]
            _person_name(n).casefold(),
        ),
    )
    first = range(25)
    _wait_rows(qtbot, page, first)
    assert [page.model.row_at(r).full_name for r in first] == [
        _person_name(n) for n in by_birth[:25]
    ]
    tail = range(PEOPLE_COUNT - 10, PEOPLE_COUNT)
    page.view.scrollToBottom()
    _wait_rows(qtbot, page, tail)
    assert all(page.model.row_at(r).birth_date is None for r in tail)


def test_people_filter_in_the_vault(
    qtbot: QtBot, open_page: Callable[[ListSpec], ListPage]
) -> None:
    page = open_page(PEOPLE)
    with qtbot.waitSignal(page.rows_loaded, timeout=30_000):
        page.set_filter("асанова")  # a word of the name, any case, through the search index
    expected = sorted(
        (_person_name(n) for n in range(PEOPLE_COUNT) if "Асанова" in _person_name(n)),
        key=str.casefold,
    )
    assert page.model.rowCount() == len(expected)
    assert page.count_label.text() == f"{len(expected)} of 1,000 shown"
    _wait_rows(qtbot, page, range(len(expected)))  # past the first screen: read by page
    assert _shown(page, 0, range(len(expected))) == expected

    with qtbot.waitSignal(page.rows_loaded, timeout=30_000):
        page.set_filter("Asanova 0011")  # transliterated, and a second word
    assert [r.full_name for r in page.model.rows()] == [_person_name(11)]

    with qtbot.waitSignal(page.rows_loaded, timeout=30_000):
        page.set_filter("")
    assert page.model.rowCount() == PEOPLE_COUNT


def test_people_status_column_matches_the_status_service(
    qtbot: QtBot, open_page: Callable[[ListSpec], ListPage], big_vault: Vault
) -> None:
    from casefile.services.lists.status import NO_RECORD, forget_statuses, statuses

    forget_statuses()  # the page derives the statuses of its own rows only
    page = open_page(PEOPLE)
    today = date.today()
    with big_vault.read() as session:
        expected = statuses(session, today)
    rows = range(40)
    _wait_rows(qtbot, page, rows)
    for row in rows:
        item = page.model.row_at(row)
        status = expected.get(item.id, NO_RECORD)
        assert page.model.index(row, 1).data() == label(status.status.value)
        assert item.days_in_custody == status.days_in_custody

    # Filtering by a status label, and sorting by status, use everyone's statuses.
    with qtbot.waitSignal(page.rows_loaded, timeout=30_000):
        page.set_filter("House arrest")
    house = {pid for pid, s in expected.items() if s.status.value == "house_arrest"}
    assert house and page.model.rowCount() == len(house)
    _wait_rows(qtbot, page, range(len(house)))
    assert {r.id for r in page.model.rows()} == house
    with qtbot.waitSignal(page.rows_loaded, timeout=30_000):
        page.set_filter("")
    _reload_sorted(qtbot, page, 1, Qt.SortOrder.AscendingOrder)
    detained = sum(1 for s in expected.values() if s.status.value != "no_record")
    _wait_rows(qtbot, page, range(detained + 5))
    assert all(page.model.row_at(r).current_status != "no_record" for r in range(detained))
    assert page.model.row_at(detained).current_status == "no_record"


def test_hearings_list_opens_at_today_and_sorts_in_the_vault(
    qtbot: QtBot, open_page: Callable[[ListSpec], ListPage], big_vault: Vault
) -> None:
    from casefile.services.lists.listing import list_hearings
    from casefile.services.records.trash import move_to_trash

    every = list_hearings(big_vault)
    for hearing in every[:30]:
        move_to_trash(big_vault, "hearings", hearing.id)
    # A third of the hearings belong to a trashed case: the first window's places, counted
    # on the live hearings' index, are off until every id is read.
    move_to_trash(
        big_vault, "cases", next(h.case_id for h in every if h.case_title == "Zarina trial")
    )
    every = list_hearings(big_vault)
    page = open_page(HEARINGS)
    model = page.model
    assert model.rowCount() == len(every) < HEARING_COUNT - 30
    assert page.count_label.text() == f"Records: {len(every)}"
    first_upcoming = sum(1 for h in every if h.scheduled_date < date.today())
    qtbot.waitUntil(lambda: page.view.rowAt(0) == first_upcoming, timeout=10_000)
    assert model.row_at(first_upcoming).scheduled_date == date.today()
    assert model.row_at(first_upcoming).id == every[first_upcoming].id

    page.view.scrollToTop()
    _wait_rows(qtbot, page, range(20))
    assert [model.row_at(r).id for r in range(20)] == [h.id for h in every[:20]]

    court = [c.id for c in HEARINGS.columns].index("court")
    _reload_sorted(qtbot, page, court, Qt.SortOrder.AscendingOrder)
    page.view.scrollToTop()
    _wait_rows(qtbot, page, range(model.rowCount()))
    courts = [model.row_at(r).court for r in range(model.rowCount())]
    assert courts == sorted(courts, key=lambda c: (c is None, (c or "").casefold()))

    _reload_sorted(qtbot, page, 0, Qt.SortOrder.DescendingOrder)
    page.view.scrollToTop()
    _wait_rows(qtbot, page, range(10))
    assert [model.row_at(r).id for r in range(10)] == [h.id for h in every[::-1][:10]]


def test_hearings_list_with_nothing_in_the_trash_opens_at_today(
    qtbot: QtBot, open_page: Callable[[ListSpec], ListPage]
) -> None:
    # The first window's places are exact here, so no correction scrolls the view: the
    # start must be reached even when the view had not been laid out at the first window.
    page = open_page(HEARINGS)
    assert page.model.rowCount() == HEARING_COUNT
    qtbot.waitUntil(lambda: page.view.rowAt(0) == PAST_HEARINGS, timeout=10_000)
    assert page.model.row_at(PAST_HEARINGS).scheduled_date == date.today()


def test_hearings_filter_by_court_case_and_month(
    qtbot: QtBot, open_page: Callable[[ListSpec], ListPage], big_vault: Vault
) -> None:
    from casefile.services.lists.listing import list_hearings

    every = list_hearings(big_vault)
    page = open_page(HEARINGS)

    def shown_ids() -> list[str]:
        qtbot.waitUntil(lambda: page.model.has_ids, timeout=30_000)  # the count is then known
        _wait_rows(qtbot, page, range(page.model.rowCount()))
        return [page.model.row_at(r).id for r in range(page.model.rowCount())]

    with qtbot.waitSignal(page.rows_loaded, timeout=30_000):
        page.set_filter("октябрьский")  # the court, through the search index
    assert shown_ids() == [h.id for h in every if h.court == "Октябрьский районный суд"]

    with qtbot.waitSignal(page.rows_loaded, timeout=30_000):
        page.set_filter("brown")  # the case's title
    assert shown_ids() == [h.id for h in every if h.case_title == "case of Brown"]

    month = date.today().strftime("%Y-%m")
    with qtbot.waitSignal(page.rows_loaded, timeout=30_000):
        page.set_filter(f"{month} preliminary")  # a month and a kind's label
    assert shown_ids() == [
        h.id
        for h in every
        if h.scheduled_date.strftime("%Y-%m") == month and h.kind == "preliminary"
    ]


def test_paged_list_keeps_record_actions(
    qtbot: QtBot, open_page: Callable[[ListSpec], ListPage]
) -> None:
    """Selecting, opening, copying and moving to the trash work on rows not read yet."""
    page = open_page(PEOPLE)
    model = page.model
    target = model.id_at(PEOPLE_COUNT - 3)
    assert target is not None and model.row_at(PEOPLE_COUNT - 3) is None
    page.select_record(target)
    assert page.selected_ids() == [target]
    deleted: list[tuple[str, list[str]]] = []
    page.delete_requested.connect(lambda table, ids: deleted.append((table, ids)))
    page.delete_selection()
    assert deleted == [("persons", [target])]
    opened: list[tuple[str, str]] = []
    page.record_activated.connect(lambda table, rid: opened.append((table, rid)))
    page.view.activated.emit(page.view.currentIndex())
    assert opened == [("persons", target)]

    copied: list[str] = []
    page._clipboard.copy = copied.append  # type: ignore[method-assign]
    page.view.selectAll()
    page.copy_selection()  # most rows are not read: they are read first, then copied
    qtbot.waitUntil(lambda: bool(copied), timeout=30_000)
    assert len(copied[0].splitlines()) == PEOPLE_COUNT


def test_a_newer_filter_cancels_the_older_read_and_leaves_only_its_own_rows(
    qtbot: QtBot, open_page: Callable[[ListSpec], ListPage], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing past a filter stops its read in the vault (casefile/vault/interrupt.py): the
    model never takes the older load's ids, rows or count, and the newer load is not kept
    waiting behind it."""
    from casefile.services.lists.paged import HearingsList

    page = open_page(HEARINGS)
    real_ids = HearingsList.ids
    started: list[str] = []
    ended: list[str] = []
    monkeypatch.setattr(HearingsList, "ids", _slow_ids_for("octob", real_ids, started, ended))
    model = page.model
    assert isinstance(model, PagedTableModel)
    with qtbot.waitSignal(page.rows_loaded, timeout=30_000):
        page.set_filter("octob")  # its first screen comes, then its ids are read (slowly)
    qtbot.waitUntil(lambda: bool(started), timeout=30_000)
    older_epoch = model.epoch
    assert not model.has_ids and page.count_label.text() == "Loading…"

    with qtbot.waitSignal(page.rows_loaded, timeout=30_000):
        page.set_filter("bishkek")
    qtbot.waitUntil(lambda: model.has_ids, timeout=30_000)
    qtbot.waitUntil(lambda: not page._reading, timeout=30_000)
    assert ended == ["octob"]

    expected = real_ids(HearingsList(), page.vault, page._query).ids
    assert model.epoch == older_epoch + 1
    assert list(model._ids or []) == list(expected)
    assert model.rowCount() == len(expected) == HEARING_COUNT // 4
    shown = [row for row in model.rows() if row is not None]
    assert shown and all(row.court == "Bishkek City Court" for row in shown)
    assert page.count_label.text() == f"{len(expected)} of {HEARING_COUNT} shown"


def _slow_ids_for(
    words_wanted: str, real_ids: Callable[..., Any], started: list[str], ended: list[str]
) -> Callable[..., Any]:
    """A list's ids() that, for these words, reads until it is cancelled."""
    from sqlalchemy import text

    from casefile.vault.interrupt import ReadCancelled

    def ids(self: Any, vault: Vault, query: Any) -> Any:
        words = " ".join(word.text for word in query.words)
        if words != words_wanted:
            return real_ids(self, vault, query)
        started.append(words)
        try:  # a read that would take minutes, until it is cancelled
            with vault.read() as session:
                session.execute(
                    text(
                        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
                        "WHERE x < 2000000000) SELECT count(*) FROM n"
                    )
                ).scalar()
        except ReadCancelled:
            ended.append(words)
            raise
        raise AssertionError("the older read was not cancelled")

    return ids


def _bob_replaces_the_slow_filter(
    qtbot: QtBot, page: ListPage, started: list[str], ended: list[str], slow: str
) -> None:
    """Types "bob" while the `slow` filter's ids are being read (_slow_ids_for): that read is
    cancelled, and the model then holds "bob"'s ids, rows and exact count alone."""
    model = page.model
    assert isinstance(model, PagedTableModel)
    qtbot.waitUntil(lambda: bool(started), timeout=30_000)
    older_epoch = model.epoch

    with qtbot.waitSignal(page.rows_loaded, timeout=30_000):
        page.set_filter("bob")
    qtbot.waitUntil(lambda: model.has_ids, timeout=30_000)
    qtbot.waitUntil(lambda: not page._reading, timeout=30_000)
    assert ended == [slow]
    bobs = sorted(
        (_person_name(n) for n in range(PEOPLE_COUNT) if "Bob" in _person_name(n)),
        key=str.casefold,
    )
    assert model.epoch == older_epoch + 1 and model.exact
    assert model.rowCount() == len(bobs) and len(model._ids or []) == len(bobs)
    _wait_rows(qtbot, page, range(len(bobs)))
    assert _shown(page, 0, range(len(bobs))) == bobs
    assert page.count_label.text() == f"{len(bobs)} of 1,000 shown"


def test_a_people_filter_shows_its_count_and_first_screen_and_a_newer_one_cancels_its_ids(
    qtbot: QtBot, open_page: Callable[[ListSpec], ListPage], monkeypatch: pytest.MonkeyPatch
) -> None:
    """People's filter streams as the Hearings one does: its count and first screen come
    before its ids. Typing on stops that ids read; the model then holds the newer filter's
    ids, rows and count alone."""
    from casefile.services.lists.paged import PeopleList

    page = open_page(PEOPLE)
    real_ids = PeopleList.ids
    started: list[str] = []
    ended: list[str] = []
    monkeypatch.setattr(PeopleList, "ids", _slow_ids_for("асанова", real_ids, started, ended))
    model = page.model
    assert isinstance(model, PagedTableModel)
    asanovas = sorted(
        (_person_name(n) for n in range(PEOPLE_COUNT) if "Асанова" in _person_name(n)),
        key=str.casefold,
    )
    with qtbot.waitSignal(page.rows_loaded, timeout=30_000):
        page.set_filter("асанова")
    assert not model.has_ids and model.exact
    assert model.rowCount() == len(asanovas)
    assert page.count_label.text() == f"{len(asanovas)} of 1,000 shown"  # not "Loading…"
    first_screen = [row.full_name for row in model.rows()]
    assert first_screen == asanovas[: len(first_screen)] and len(first_screen) >= 25
    _bob_replaces_the_slow_filter(qtbot, page, started, ended, "асанова")


def test_ids_are_read_after_the_first_screen_is_painted_and_never_for_a_replaced_filter(
    qtbot: QtBot, open_page: Callable[[ListSpec], ListPage], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read at once, a filter's ids held the interpreter against the repaint: they wait for
    the paint and the typing delay, and a keystroke meanwhile means they are never read."""
    from casefile.services.lists.paged import HearingsList
    from casefile.ui.pages import list_page

    page = open_page(HEARINGS)
    real_ids = HearingsList.ids
    asked: list[str] = []

    def ids(self: HearingsList, vault: Vault, query: Any) -> Any:
        asked.append(" ".join(word.text for word in query.words))
        return real_ids(self, vault, query)

    monkeypatch.setattr(HearingsList, "ids", ids)
    never = 600_000
    monkeypatch.setattr(list_page, "FILTER_DEBOUNCE_MS", never)  # typing never pauses
    monkeypatch.setattr(list_page, "IDS_FALLBACK_MS", never)
    model = page.model
    assert isinstance(model, PagedTableModel)
    with qtbot.waitSignal(page.rows_loaded, timeout=30_000):
        page.set_filter("bish")
    qtbot.waitUntil(lambda: page._ids_painted, timeout=30_000)  # its first screen painted
    assert asked == [] and not model.has_ids and page.count_label.text() == "Loading…"

    monkeypatch.setattr(list_page, "FILTER_DEBOUNCE_MS", 150)
    monkeypatch.setattr(list_page, "IDS_FALLBACK_MS", 200)
    with qtbot.waitSignal(page.rows_loaded, timeout=30_000):
        page.set_filter("bishkek")
    qtbot.waitUntil(lambda: model.has_ids, timeout=30_000)
    assert asked == ["bishkek"]  # the replaced filter's ids were never read
    assert model.rowCount() == HEARING_COUNT // 4
    assert page.count_label.text() == f"{HEARING_COUNT // 4} of {HEARING_COUNT} shown"


def test_a_hidden_list_reads_its_ids_without_a_paint(
    qtbot: QtBot, runner: TaskRunner, ui_settings: UiSettings, big_vault: Vault
) -> None:
    """A list reloaded while another page is shown is never painted: its ids come anyway,
    so its count and every row are right when it is shown."""
    spec = HEARINGS
    page = ListPage(
        spec.page_id,
        spec.table,
        spec.columns,
        spec.loader,
        runner,
        ui_settings,
        ClipboardGuard(),
        start_at=spec.start_at,
        paged=spec.paged,
    )
    qtbot.addWidget(page)  # never shown
    page.set_vault(big_vault)
    try:
        with qtbot.waitSignal(page.rows_loaded, timeout=30_000):
            page.set_filter("bishkek")
        qtbot.waitUntil(lambda: page.model.has_ids, timeout=30_000)
        assert not page._ids_painted
        assert page.model.rowCount() == HEARING_COUNT // 4
        assert page.count_label.text() == f"{HEARING_COUNT // 4} of {HEARING_COUNT} shown"
    finally:
        page.set_vault(None)
        runner.wait()


def test_a_label_matches_a_word_it_begins_typed_to_three_letters(
    qtbot: QtBot, open_page: Callable[[ListSpec], ListPage]
) -> None:
    """A status or risk label matches as names do, by a word it begins, once three letters
    are typed: a letter or two ("b") mean the start of a name, not "Travel ban" and
    "Probation" (thousands of people at 100,000)."""
    from casefile.ui.pages.list_page import label_matches

    page = open_page(PEOPLE)

    def codes_typed(text: str) -> list[frozenset[str]]:
        page.filter_box.clear()
        qtbot.keyClicks(page.filter_box, text)  # as a person types
        return [word.codes for word in page._paged_query().words]

    assert codes_typed("b") == [frozenset()]
    assert codes_typed("ba") == [frozenset()]
    assert codes_typed("ban") == [frozenset({"travel_ban"})]
    assert codes_typed("TRAV arrest") == [frozenset({"travel_ban"}), frozenset({"house_arrest"})]
    assert codes_typed("pre-trial") == [frozenset({"pretrial_detention"})]
    assert codes_typed("trial") == [frozenset({"pretrial_detention"})]  # a word after "-"
    assert codes_typed("detention") == [frozenset({"no_record", "pretrial_detention"})]
    assert codes_typed("hig") == [frozenset({"high"})]
    assert codes_typed("ation") == [frozenset()]  # inside a word: no longer a match
    # Labels in another language: by words, folded, Cyrillic too.
    assert label_matches("арест", "Домашний арест")
    assert label_matches("зап", "Запрет на выезд") and not label_matches("на", "Запрет на выезд")
    assert label_matches("камагы", "Үй камагы") and not label_matches("үй", "Үй камагы")


def test_a_first_letter_before_the_name_order_shows_its_first_screen_then_its_ids(
    qtbot: QtBot, open_page: Callable[[ListSpec], ListPage], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typed before the list's ids came (the name order not kept), a filter's first screen
    is walked from the name key index, its count unknown ("Loading…") until its ids come. A
    newer filter stops that ids read: the model then holds the newer filter's state alone,
    nothing of the older window."""
    from casefile.services.lists import paged
    from casefile.services.lists.paged import PeopleList

    page = open_page(PEOPLE)
    monkeypatch.setattr(paged, "FEW_MATCHES", 10)  # every word here walks the index
    real_ids = PeopleList.ids
    started: list[str] = []
    ended: list[str] = []
    monkeypatch.setattr(PeopleList, "ids", _slow_ids_for("а", real_ids, started, ended))
    model = page.model
    assert isinstance(model, PagedTableModel)
    paged.forget_cached_orders()  # as within a second of opening the page
    with qtbot.waitSignal(page.rows_loaded, timeout=30_000):
        page.set_filter("а")
    assert not model.has_ids and not model.exact
    assert page.count_label.text() == "Loading…"
    first_screen = [row.full_name for row in model.rows()]
    # The first screen: the first matches in name order, as the ids give them.
    expected = real_ids(PeopleList(), page.vault, page._query).ids
    assert [row.id for row in model.rows()] == list(expected[: len(first_screen)])
    assert len(first_screen) == 80
    _bob_replaces_the_slow_filter(qtbot, page, started, ended, "а")
