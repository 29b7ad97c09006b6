"""People and hearings read a window at a time, so a list of 10,000 or 50,000 paints at once.

A list is read in two steps (casefile/ui/kit/paged_model.py shows them):

1. `window()`: how many rows match and the rows of the first screens. Hearings in date order
   with no filter are counted, and today's position found, from per-day counts that triggers
   keep (hearing_day_counts, a row per day: a count on the date index read more than the page
   cache holds at 1,000,000 hearings), and two LIMIT queries on that index read the rows
   around today.
2. `ids()`: every matching id in order (hearings by date ~80 ms at 50,000); any page is then
   read by id with `rows()`. The list page asks for them once the first screen is painted.
   People sorted by a column are cheap enough to read their ids in step 1, in the same read
   as the first rows; People filtered in name order give the count and the first screen in
   step 1 and keep the positions matched for step 2 (before the name order is kept, the first
   screen alone: walked from the name key index, or a rare word's matches sorted).

Where the ordering happens:
- SQL ORDER BY where SQLite's order is the list's and an index serves it: hearings by date and
  time (the index ix_hearings_scheduled); by kind and outcome (a CASE over the codes in the
  order the UI gives, by label).
- Python, over a narrow read of (id, text), for names, case titles, courts and judges, which
  sort case-folded (str.casefold folds Cyrillic; SQLite's NOCASE folds ASCII only). Doing it
  in SQL needs a Python function called per row: measured 3× slower than reading the two
  columns and sorting here (SQLite's sorter allocates a lot, and under
  cipher_memory_security every allocation is two system calls). People are never sorted by
  SQL: the name order (kept until the vault's next write when nothing is filtered), then a
  stable sort by birth date (the stored text sorts by date), risk, status or days (several
  times faster than ORDER BY; bench/README.md).
- Statuses and days in custody from all_statuses (cached per write): sorting by them needs
  everyone's. A status word reads its statuses' entries of the stored statuses' index and
  holds no one's status: in the name order kept, as rows of person_statuses placed through
  the order's map to them; before it, each walked person's stored status found by its key
  (the few stored() derives again apart); a page of people reads the statuses of its rows.
Ties keep the list's own order (people by name, hearings by date), as the in-memory lists did.
Hearings whose case is in the trash are left out, as by the agenda, and come back with it.

Filter words: every word must match some column. A word matches through the full-text index
(a prefix of a word of the name, its other spellings and aliases, as typed or transliterated;
for hearings the court, judge and notes, or the case's title and numbers), never SQL LIKE; or
through a coded column whose shown label has a word it begins (FilterWord.codes); or, typed
as a date ("1984", "2026-11", "2026-11-23"), the birth or hearing date.
"""

from __future__ import annotations

import json
import re
import threading
import weakref
from array import array
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from datetime import date, timedelta
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    bindparam,
    case,
    column,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import TextualSelect

from casefile.domain.enums import CurrentStatus
from casefile.services.lists.listing import HearingRow, PersonRow, hearing_columns, hearing_rows
from casefile.services.lists.query import (
    FIRST_SCREEN,
    PAGE_SIZE,
    FilterWord,
    ListIds,
    ListQuery,
    ListWindow,
    PackedIds,
)
from casefile.services.lists.status import (
    HOLDS_SQL,
    NO_RECORD,
    Again,
    AgainStatuses,
    PersonStatus,
    again_statuses,
    all_statuses,
    cached_statuses,
    derived_again,
    holding_rows,
    stored,
    with_status,
)
from casefile.services.search.search import filter_word_query
from casefile.vault.schema import Case, Hearing, HearingDayCount, Person
from casefile.vault.search_index import (
    RECORDS,
    TABLE,
    hearing_days,
    kind_range,
    spell_out_prefixes,
)
from casefile.vault.vault import Vault

_DATE_WORD = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_STATUS_CODES = frozenset(status.value for status in CurrentStatus)
# People sorts by a column read from the table itself, every live row. The stored birth date
# is text that sorts by date: read raw, not as a PartialDate.
_PEOPLE_TABLE_SORTS: dict[str, Any] = {
    "birth": literal_column("persons.birth_date"),
    "risk": Person.risk_level,
}


# -- shared pieces ------------------------------------------------------------------------------


def _fts_ids(
    kind: str,
    word: str,
    name: str,
    rows: tuple[int, int] | None = None,
    session: Session | None = None,
) -> TextualSelect | None:
    """Ids of the records of one kind whose index row matches the word (None: no word),
    among the index rows `rows` (first, last) if given. With the read's session, long
    prefixes are spelt out as the words they begin (search_index.spell_out_prefixes)."""
    query = filter_word_query(word)
    if query is None:
        return None
    if session is not None:
        query = spell_out_prefixes(session, query)
    # One kind is one range of the index's rows (a hearing's by its day); search_records
    # names their records.
    first, last = rows or kind_range(kind)
    return (
        text(
            f"SELECT r.record_id FROM {TABLE} AS s CROSS JOIN {RECORDS} AS r ON r.id = s.rowid "
            f"WHERE {TABLE} MATCH :{name} AND s.rowid BETWEEN {first} AND {last}"
        )
        .bindparams(**{name: query})
        .columns(column("record_id"))
    )


def _fts_rows(word: str, name: str) -> TextualSelect | None:
    """The person index rows that match the word (None: no word)."""
    query = filter_word_query(word)
    if query is None:
        return None
    first, last = kind_range("person")
    return (
        text(
            f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :{name} "
            f"AND rowid BETWEEN {first} AND {last}"
        )
        .bindparams(**{name: query})
        .columns(column("rowid"))
    )


def date_range(word: str) -> tuple[date, date] | None:
    """The days a typed year, month or day covers ("2026", "2026-11", "2026-11-23")."""
    match = _DATE_WORD.fullmatch(word)
    if match is None:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            first = date(year, month, 1)
            following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
            return first, following - timedelta(days=1)
        return date(year, month, day), date(year, month, day)
    except ValueError:
        return None


def _in_list(column_: Any, values: Sequence[str] | Sequence[int]) -> ColumnElement[bool]:
    """column IN values, however many: one JSON parameter rather than one per value."""
    return column_.in_(  # type: ignore[no-any-return]
        select(literal_column("value")).select_from(func.json_each(json.dumps(list(values))))
    )


def _rank(expression: Any, order: Sequence[str]) -> ColumnElement[Any]:
    """A code's place in `order`; unknown codes after those, empty ones last of all."""
    whens = [(expression == code, number) for number, code in enumerate(order)]
    return case(
        (expression.is_(None), len(order) + 1),
        *whens,
        else_=len(order),
    )


def _casefold_key(value: str | None) -> tuple[int, str]:
    # Empty values after all others (ascending), as the in-memory lists sorted them.
    return (1, "") if not value else (0, value.casefold())


def _first_true(flags: Sequence[Any]) -> int:
    """Position of the first true flag, or len(flags) when there is none."""
    for number, flag in enumerate(flags):
        if flag:
            return number
    return len(flags)


class _IdBatches:
    """Over batches of (id, upcoming) rows: each batch's ids, and then in `first` the position
    of the first upcoming row (the number of rows when there is none), as _first_true."""

    def __init__(self, batches: Iterable[Sequence[Any]]) -> None:
        self._batches = batches
        self.first: int | None = None

    def __iter__(self) -> Iterator[list[str]]:
        seen = 0
        for batch in self._batches:
            if self.first is None:
                at = _first_true([r[1] for r in batch])
                if at < len(batch):
                    self.first = seen + at
            seen += len(batch)
            yield [r[0] for r in batch]
        if self.first is None:
            self.first = seen


# -- people -------------------------------------------------------------------------------------


class PeopleList:
    """The People list: name, current status, days in custody, birth date, risk."""

    table = "persons"

    def __init__(self, today: Callable[[], date] = date.today) -> None:
        self._today = today

    def window(self, vault: Vault, query: ListQuery, size: int = PAGE_SIZE) -> ListWindow:
        # One read for the ids and the first rows: one snapshot, one pooled connection.
        today = self._today()
        by_person = self._statuses_wanted(vault, query, today)
        generation = vault.generation  # before the snapshot (see _PerWrite)
        if (
            not query.words
            and query.sort in ("", "name")
            and not query.descending
            and _name_orders.get(vault, generation) is None
        ):
            return self._first_by_name_key(vault, min(size, FIRST_SCREEN), today, generation)
        if self._streams(query):
            size = min(size, FIRST_SCREEN)
            if _name_orders.get(vault, generation) is None:
                return self._first_matches_by_name_key(vault, query, size, today, generation)
            return self._first_matches(vault, query, size, today, generation)
        with vault.read(keep_pages=not self._reads_every_row(vault, generation, query)) as session:
            found, total = self._ids(session, vault, generation, query, by_person, today)
            found = PackedIds.pack(found)
            rows = self._rows(session, vault, found[:size], today)
        return ListWindow(count=len(found), total=total, first=0, rows=rows, ids=found)

    def _first_by_name_key(
        self, vault: Vault, size: int, today: date, generation: int
    ) -> ListWindow:
        """The first screen in name order, read from the name key index (its first rows: no
        name read or folded but these), when the whole order is not kept: after unlock or a
        write, at 100,000 people, reading and folding every name took 0.5-2.3 s. A screen's
        rows, as a filter's: the rest of their page is read when shown, once the ids follow
        (ids()); the count is exact."""
        with vault.read() as session:
            connection = session.connection()
            count = self._live_total(session, vault, generation)
            found = list(connection.execute(_first_by_name_key(size)).all())
            if len(found) < size:
                found += connection.execute(_no_name_key(size - len(found))).all()
            ids, person_rows = _ids_and_rows(found)
            rows = self._rows(session, vault, ids, today, person_rows)
        return ListWindow(count=count, total=count, first=0, rows=rows, ids=None)

    def _first_matches(
        self,
        vault: Vault,
        query: ListQuery,
        size: int,
        today: date,
        generation: int,
    ) -> ListWindow:
        """A filtered list in name order: the count and the first screen, not every id (ids()
        follows, from the positions kept here): packing every match's id held up the first
        screen of a letter matching most of 100,000 people. Its pages are kept, even when it
        reads the name order: the next keystroke reads the same index pages again."""
        with vault.read() as session:
            every = self._name_order(session, vault, generation)
            memo = _StatusMemo(vault, generation)
            positions = array("I", _matching(session, every, query.words, today, memo))
            _last_matches.put(vault, generation, (query.words, today, positions))
            shown = positions[:size]
            rows = self._rows(session, vault, every.ids_at(shown), today, every.rows_at(shown))
        return ListWindow(count=len(positions), total=len(every.ids), first=0, rows=rows, ids=None)

    def _first_matches_by_name_key(
        self, vault: Vault, query: ListQuery, size: int, today: date, generation: int
    ) -> ListWindow:
        """A filtered list's first screen in name order when the whole order is not kept
        (within a second of opening People, or after a write): building it folded every
        name (0.6-0.9 s at 100,000 people) for the screen's 80 rows. A word with few matches
        gives them, read and sorted here; else the name key index is walked in order, each
        person checked against the words, until the screen is full. The count is exact only
        when the screen is not full; ids() follows (and builds the order)."""
        with vault.read() as session:
            connection = session.connection()
            total = self._live_total(session, vault, generation)
            # Few: read by id and sorted. Many (an eighth of everyone or more): their first
            # screen lies early in the name order, unless they cluster late in it.
            limit = min(FEW_MATCHES, total // FEW_SHARE)
            few, few_at, memo = None, -1, _StatusMemo(vault, generation)
            for few_at, word in enumerate(query.words):
                few = _few_matches(session, word, f"w{few_at}", today, memo, limit, total)
                if few is not None:
                    break
            # Checked row by row, on the rows the name key index or the few matches give.
            conditions = [
                self._word_condition(word, f"w{number}", session, today, memo)
                for number, word in enumerate(query.words)
                if few is None or number != few_at
            ]
            if few is not None:
                columns: tuple[Any, ...] = (
                    Person.id,
                    Person.full_name,
                    literal_column("persons.rowid"),
                )
                stmt = select(*columns).where(Person.deleted_at.is_(None), few, *conditions)
                matched = _NameOrder.of(connection.execute(stmt).all())
                shown = range(min(size, len(matched.ids)))
                found, person_rows = list(matched.ids_at(shown)), matched.rows_at(shown)
                count, exact = len(matched.ids), True
            else:
                walked = list(connection.execute(_first_by_name_key(size, conditions)).all())
                if len(walked) < size:
                    rest = _no_name_key(size - len(walked), conditions)
                    walked += connection.execute(rest).all()
                found, person_rows = _ids_and_rows(walked)
                count, exact = len(found), len(found) < size
            rows = self._rows(session, vault, found, today, person_rows)
        return ListWindow(
            count=count,
            total=total,
            first=0,
            rows=rows,
            ids=None,
            exact=exact,
            total_exact=True,
        )

    def ids(self, vault: Vault, query: ListQuery) -> ListIds:
        today = self._today()
        by_person = self._statuses_wanted(vault, query, today)
        generation = vault.generation
        if self._streams(query):
            every = _name_orders.get(vault, generation)
            kept = _last_matches.get(vault, generation)
            if every is not None and kept is not None and kept[:2] == (query.words, today):
                return ListIds(every.ids_at(kept[2]))
        with vault.read(keep_pages=not self._reads_every_row(vault, generation, query)) as session:
            found = self._ids(session, vault, generation, query, by_person, today)[0]
        return ListIds(PackedIds.pack(found))

    def rows(self, vault: Vault, ids: Sequence[str]) -> list[PersonRow]:
        """The rows of these people, in this order (people gone meanwhile are left out)."""
        if not ids:
            return []
        with vault.read() as session:
            return self._rows(session, vault, ids, self._today())

    # -- helpers ----------------------------------------------------------------------------------

    @staticmethod
    def _streams(query: ListQuery) -> bool:
        """Whether the window gives the first screen of a filtered list before its ids: in
        name order, filtered by the index, statuses or risk (the sets of positions of _ids)."""
        return (
            bool(query.words)
            and query.sort in ("", "name")
            and not query.descending
            and not any(date_range(word.text) for word in query.words)
        )

    @staticmethod
    def _reads_every_row(vault: Vault, generation: int, query: ListQuery) -> bool:
        """Sorting by a column outside the name index, or the name order not kept (after a
        write: every live person's name is read), reads the whole table once; such a read
        does not keep its pages (Vault.read), the next screens do not need them."""
        return query.sort in _PEOPLE_TABLE_SORTS or _name_orders.get(vault, generation) is None

    @staticmethod
    def _statuses_wanted(vault: Vault, query: ListQuery, today: date) -> dict[str, PersonStatus]:
        """Everyone's statuses when the query sorts by them (cached per write); a status word
        alone reads the stored statuses (with_status), not everyone's."""
        if query.sort in ("status", "days"):
            return all_statuses(vault, today)  # its own read: called before the list's
        return {}

    def _rows(
        self,
        session: Session,
        vault: Vault,
        ids: Sequence[str],
        today: date,
        person_rows: Sequence[int] | None = None,
    ) -> list[PersonRow]:
        """These people's rows, in this order; with their rows in persons (`person_rows`, as
        the name order holds them), read by rowid: one seek a person, not one in the primary
        key's index and then one in the table (half the pages a first screen reads from
        disk once the OS dropped them, bench/README.md)."""
        if not ids:
            return []
        wanted = list(ids)
        found: dict[str, Any] = {}
        connection = session.connection()
        key: Any = Person.id if person_rows is None else literal_column("persons.rowid")
        keys: list[Any] = wanted if person_rows is None else sorted(person_rows)
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            stmt = select(Person.id, Person.full_name, Person.birth_date, Person.risk_level).where(
                _in_list(key, chunk), Person.deleted_at.is_(None)
            )
            # By rowid, a row whose person is not the one expected (gone meanwhile, its
            # rowid reused) is left out: its id is not among those wanted.
            found.update((r[0], r) for r in connection.execute(stmt))
        # Everyone's statuses when they are cached; else only these people's, as stored.
        by_person = cached_statuses(vault, today)
        if by_person is None:
            by_person = stored(session, today, wanted)
        rows = []
        for person_id in wanted:
            r = found.get(person_id)
            if r is None:
                continue
            status = by_person.get(person_id, NO_RECORD)
            rows.append(
                PersonRow(
                    id=r[0],
                    full_name=r[1],
                    current_status=status.status.value,
                    days_in_custody=status.days_in_custody,
                    birth_date=None if r[2] is None else r[2].to_text(),
                    risk_level=r[3],
                )
            )
        return rows

    def _ids(
        self,
        session: Session,
        vault: Vault,
        generation: int,
        query: ListQuery,
        by_person: dict[str, PersonStatus],
        today: date,
    ) -> tuple[Sequence[str], int]:
        """Matching ids in order, and how many people the list has with no filter.

        Every order is made here, none by SQL ORDER BY (see the module docstring): the name
        order first (cached per write when nothing is filtered), then a stable sort by the
        column, so equals stay in name order, as the in-memory list sorted rows in name order.
        """
        sort = query.sort or "name"
        value_column = _PEOPLE_TABLE_SORTS.get(sort)
        names = None if query.words else _name_orders.get(vault, generation)
        found: Sequence[Any] = ()
        if (
            query.words
            and value_column is None
            and not any(date_range(word.text) for word in query.words)
        ):
            # Filtered in the name order kept per write, by sets of positions: no person is
            # read and nothing is sorted again (a keystroke matching most of 100,000 people
            # read and sorted every one of them).
            every = self._name_order(session, vault, generation)
            memo = _StatusMemo(vault, generation)
            names = every.subset(_matching(session, every, query.words, today, memo))
            value_column, total_known = None, len(every.ids)
        else:
            total_known = None
        if names is None or value_column is not None:
            columns: list[Any] = [Person.id]
            if names is None:
                # The name index gives names in byte order; the rowid keeps equal names in
                # the order they were recorded.
                columns += [Person.full_name, literal_column("persons.rowid")]
            if value_column is not None:
                columns.append(value_column)
            # Reading another column: the table itself in its order, not through the name
            # index (the unary + keeps SQLite off the partial index) and then every row.
            live = Person.deleted_at if value_column is None else _unindexed(Person.deleted_at)
            stmt = select(*columns).where(live.is_(None))
            for number, word in enumerate(query.words):
                stmt = stmt.where(self._word_condition(word, f"w{number}", session, today))
            found = session.connection().execute(stmt).all()
        if names is None:
            names = _NameOrder.of(found)
            if not query.words:
                _name_orders.put(vault, generation, names)
                # Read here, behind the first screen, not by the first letter typed (0.3 s at
                # 100,000 people).
                names.rowids(session)
        if total_known is not None:
            total = total_known
        else:
            total = self._total(session) if query.words else len(names.ids)
        descending = query.descending
        if sort not in ("status", "days", "birth", "risk"):  # by name
            return (names.descending() if descending else names.ids), total
        ids = names.ids
        keys: list[Any]
        if sort == "status":
            rank = {code: number for number, code in enumerate(query.code_order)}
            codes = [by_person.get(pid, NO_RECORD).status.value for pid in ids]
            keys = [(rank.get(code, len(rank)), code) for code in codes]
        elif sort == "days":
            days = {pid: status.days_in_custody for pid, status in by_person.items()}
            keys = [days.get(pid, 0) for pid in ids]
        else:
            values = {r[0]: r[-1] for r in found}
            if sort == "risk":
                keys = [_rank_key(values.get(pid), query.code_order) for pid in ids]
            else:
                # Birth: empty ones last ascending and first descending, as SQL's
                # (IS NULL, value) order; the others by the stored text.
                dates = [values.get(pid) for pid in ids]
                empty = [pid for pid, value in zip(ids, dates, strict=True) if value is None]
                dated = [(v, pid) for pid, v in zip(ids, dates, strict=True) if v is not None]
                dated.sort(key=itemgetter(0), reverse=descending)
                ordered = [pid for _value, pid in dated]
                return ([*empty, *ordered] if descending else [*ordered, *empty]), total
        # A stable sort of positions in name order (reversed too): equals stay in name order.
        positions = sorted(range(len(ids)), key=keys.__getitem__, reverse=descending)
        return [ids[n] for n in positions], total

    @staticmethod
    def _name_order(session: Session, vault: Vault, generation: int) -> _NameOrder:
        """Every live person in name order, kept until the next write."""
        names = _name_orders.get(vault, generation)
        if names is None:
            columns: tuple[Any, ...] = (
                Person.id,
                Person.full_name,
                literal_column("persons.rowid"),
            )
            live = session.connection().execute(select(*columns).where(Person.deleted_at.is_(None)))
            names = _NameOrder.of(live.all())
            _name_orders.put(vault, generation, names)
        return names

    @classmethod
    def _live_total(cls, session: Session, vault: Vault, generation: int) -> int:
        """_total(), kept until the next write: a filter's first screen before the name
        order is kept says "n of total" (a count on an index, 20 ms at 100,000 people)."""
        total = _people_totals.get(vault, generation)
        if total is None:
            total = cls._total(session)
            _people_totals.put(vault, generation, total)
        return total

    @staticmethod
    def _total(session: Session) -> int:
        """Everyone less those in the trash: counted on the primary key's index (an id an
        entry) and the trashed few's, not on an index of live names (an id and a name an
        entry), twice the pages for a fresh connection to read and decrypt (bench/README.md)."""
        everyone = select(func.count()).select_from(Person).scalar_subquery()
        trashed = (
            select(func.count())
            .select_from(Person)
            .where(Person.deleted_at.is_not(None))
            .scalar_subquery()
        )
        return int(session.execute(select(everyone - trashed)).scalar_one())

    @staticmethod
    def _word_condition(
        word: FilterWord,
        name: str,
        session: Session,
        today: date,
        walk: _StatusMemo | None = None,
    ) -> ColumnElement[bool]:
        """The people a word matches. `walk` (the statuses read so far): checked row by row
        on the rows another index gives (no term may choose an index, nor make SQLite sort)."""
        options: list[ColumnElement[bool]] = []
        person_id: Any = Person.id if walk is None else _unindexed(Person.id)
        if walk is None:
            fts = _fts_ids("person", word.text, name)
            if fts is not None:
                options.append(Person.id.in_(fts))
        elif (rows := _fts_rows(word.text, name)) is not None:
            # Matched as index rows (integers, read once), each person's row found through
            # the record map's index: a letter's 40,000 record ids cost 0.1 s to hold.
            mapped = table(RECORDS, column("id"), column("record_id")).alias("r")
            row = select(mapped.c.id).where(mapped.c.record_id == Person.id).scalar_subquery()
            options.append(row.in_(rows))
        if word.codes:
            risk: Any = Person.risk_level if walk is None else _unindexed(Person.risk_level)
            options.append(risk.in_(sorted(word.codes)))
        statuses_wanted = word.codes & _STATUS_CODES
        if statuses_wanted:
            again = _again(session, today, statuses_wanted, walk)
            options.append(_status_condition(person_id, statuses_wanted, today, again))
        span = date_range(word.text)
        if span is not None:
            stored = word.text if len(word.text) == 4 else span[0].isoformat()[: len(word.text)]
            birth: ColumnElement[Any] = literal_column("persons.birth_date")
            options.append(func.substr(birth, 1, len(stored)) == stored)
        return or_(*options) if options else Person.id.is_(None)


# The name key index (vault/name_key.py): live people by case-folded name, then row id, as
# _NameOrder orders them; people with no name after everyone else, in row id order.
_NAME_KEY = func.casefile_name_key(Person.full_name)
_PERSON_ROW: Any = literal_column("persons.rowid")


def _ids_and_rows(found: Sequence[Any]) -> tuple[list[str], list[int]]:
    """The ids and rowids of (id, rowid) rows."""
    return [r[0] for r in found], [r[1] for r in found]


def _first_by_name_key(size: int, where: Sequence[ColumnElement[bool]] = ()) -> Select[str, int]:
    """Ids and rowids of the first live people in name key order (the rows are read by
    rowid: _ids_and_rows)."""
    return (
        select(Person.id, _PERSON_ROW)
        .where(Person.deleted_at.is_(None), _NAME_KEY > "", *where)  # a range: keys are longer
        .order_by(_NAME_KEY, literal_column("persons.rowid"))
        .limit(size)
    )


def _no_name_key(size: int, where: Sequence[ColumnElement[bool]] = ()) -> Select[str, int]:
    return (
        select(Person.id, _PERSON_ROW)
        .where(Person.deleted_at.is_(None), _NAME_KEY.is_(None), *where)
        .order_by(literal_column("persons.rowid"))
        .limit(size)
    )


class _StatusMemo:
    """The statuses stored() derives again (status.again_statuses), read once in one read;
    with a vault, kept until its next write or another day: deriving them again was a fair
    part of each status word's keystroke (bench/README.md)."""

    def __init__(self, vault: Vault | None = None, generation: int = 0) -> None:
        self._vault, self._generation = vault, generation
        self._found: AgainStatuses | None = None

    def again(self, session: Session, today: date, codes: frozenset[str]) -> Again:
        if self._found is None:
            kept = None if self._vault is None else _again_kept.get(self._vault, self._generation)
            if kept is not None and kept[0] == today:
                self._found = kept[1]
            else:
                self._found = again_statuses(session, today)
                if self._vault is not None:
                    _again_kept.put(self._vault, self._generation, (today, self._found))
        return derived_again(session, today, codes, self._found)


def _again(session: Session, today: date, codes: frozenset[str], memo: _StatusMemo | None) -> Again:
    return (memo or _StatusMemo()).again(session, today, codes)


_STATUS_COLUMNS = ("person_id", "status", "as_of", "valid_until")


def _status_condition(
    person_id: Any, codes: frozenset[str], today: date, again: Again
) -> ColumnElement[bool]:
    """A person with one of these statuses on `today`, as stored() says: their stored status
    found by its primary key (checked row by row, no id list bound: "released" is half of
    everyone), unless stored() derives it again (`again`, a few ids)."""
    inside = NO_RECORD.status.value not in codes
    # The stored text (ISO days, or a moment), compared as text, as holds() does.
    row: Any = {c: literal_column(f"person_statuses.{c}") for c in _STATUS_COLUMNS}
    day = literal(today.isoformat(), String)
    status = row["status"].in_(sorted(codes))
    stored_one = (
        select(literal_column("1"))
        .select_from(table("person_statuses"))
        .where(
            row["person_id"] == person_id,
            status if inside else ~status,
            row["as_of"] <= day,
            or_(row["valid_until"].is_(None), day < row["valid_until"]),
        )
        .exists()
    )
    stored_match: ColumnElement[bool] = stored_one if inside else ~stored_one
    if not again.has:
        return stored_match
    derived = [pid for pid, has in again.has.items() if has]
    return or_(
        and_(~_in_list(person_id, sorted(again.has)), stored_match),
        _in_list(person_id, sorted(derived)),
    )


#: Matches of a word below which they are read by id and sorted rather than found by walking
#: the name key index (which, for a rare word, reads most people before its screen is full);
#: and the share of everyone they must be under (FEW_SHARE: an eighth). Reading a match by id
#: costs about twice reading a name in the index's order (bench/README.md).
FEW_MATCHES = 10_000
FEW_SHARE = 8
#: The share for a status's people (a sixty-fourth): spread through the name order, not
#: clustered as a surname's, so walking finds a screen of them after about 64 rows per row
#: shown; a status of 5% of everyone read by id and sorted took several times as long
#: (bench/README.md).
FEW_STATUS_SHARE = 64


def _few_matches(
    session: Session,
    word: FilterWord,
    name: str,
    today: date,
    memo: _StatusMemo,
    limit: int,
    total: int,
) -> ColumnElement[bool] | None:
    """When a word matches fewer than `limit` people (trashed ones among them), the
    condition that reads them by id; else None. Its index rows are counted on the index
    alone, up to that many, then its statuses' and risk levels' people added."""
    query = filter_word_query(word.text)
    if query is None:
        return None
    first, last = kind_range("person")
    counted = session.execute(
        text(
            f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE {TABLE} MATCH :q "
            "AND rowid BETWEEN :first AND :last LIMIT :few)"
        ),
        {"q": query, "first": first, "last": last, "few": limit},
    ).scalar_one()
    if counted >= limit:
        return None
    matches = _fts_ids("person", word.text, name)
    assert matches is not None
    if not word.codes:
        return Person.id.in_(matches)  # SQLite seeks each match's person by id
    wanted = word.codes & _STATUS_CODES
    if wanted:
        if NO_RECORD.status.value in wanted:
            return None  # everyone but a few
        # Counted on the status index first: "released" is half of everyone.
        share = min(limit, total // FEW_STATUS_SHARE)
        held = _holding_count(session, today, wanted, limit)
        if held >= share or counted + held >= limit:
            return None
    found = set(session.execute(matches).scalars())
    if wanted:
        found |= with_status(session, today, wanted, _again(session, today, wanted, memo))[0]
    risks = sorted(word.codes - _STATUS_CODES)
    if risks and len(found) < limit:
        found.update(_people_at_risk(session, risks))
    return _in_list(Person.id, sorted(found)) if len(found) < limit else None


def _holding_count(session: Session, today: date, codes: frozenset[str], limit: int) -> int:
    """How many stored statuses of these codes hold on `today`, up to `limit` (the status
    index alone; those derived again aside)."""
    held = text(
        "SELECT count(*) FROM (SELECT 1 FROM person_statuses WHERE status IN :codes "
        f"AND {HOLDS_SQL} LIMIT :few)"
    ).bindparams(bindparam("codes", expanding=True))
    parameters = {"codes": sorted(codes), "day": today.isoformat(), "few": limit}
    return int(session.execute(held, parameters).scalar_one())


def _people_at_risk(session: Session, risks: Sequence[str]) -> list[str]:
    """Ids of the people outside the trash at one of these risk levels."""
    return list(
        session.execute(
            select(Person.id).where(
                Person.deleted_at.is_(None),
                Person.risk_level.is_not(None),
                Person.risk_level.in_(risks),
            )
        ).scalars()
    )


def _matching(
    session: Session,
    names: _NameOrder,
    words: Sequence[FilterWord],
    today: date,
    memo: _StatusMemo,
) -> list[int]:
    """Positions in `names` of the people every word matches: through their index rows (by
    row id), their status on `today` or their risk level (by id)."""
    everyone: set[int] | None = None
    for word in words:
        positions: set[int] = set()
        matched = _fts_rows(word.text, "q")
        if matched is not None:
            # Not spelt out (spell_out_prefixes): every match is read once here, so the words
            # a prefix begins would cost a read more (8 ms a keystroke at 10,000 people).
            # One fetch of every row: a letter can match most of 100,000 people.
            rows = set(session.execute(matched).scalars().all())
            if rows:  # else not a pass over everyone's (a status word is no one's name)
                rowids = names.rowids(session)
                positions.update(n for n, rowid in enumerate(rowids) if rowid in rows)
        wanted = word.codes & _STATUS_CODES
        ids: set[str] = set()
        if wanted:
            again = memo.again(session, today, wanted)
            positions.update(_status_positions(session, names, wanted, today, again))
        risks = sorted(word.codes - _STATUS_CODES)
        if risks:
            ids.update(_people_at_risk(session, risks))
        if ids:
            positions.update(_positions_of(names.ids, ids))
        everyone = positions if everyone is None else everyone & positions
    return sorted(everyone or ())


def _status_positions(
    session: Session, names: _NameOrder, codes: frozenset[str], today: date, again: Again
) -> Iterable[int]:
    """Positions in `names` of the people with one of these statuses on `today` (as stored()
    says): from the rows of person_statuses the status index gives, each person's row kept
    in `names` (no id read, encoded or compared: that was most of a common status's
    keystroke, bench/README.md)."""
    rows, inside = holding_rows(session, today, codes)
    # Those derived again override their stored row (marked stale, or not holding).
    settled = {row: again.has[pid] == inside for pid, row in again.rows.items() if row}
    rows.difference_update(row for row, kept in settled.items() if not kept)
    rows.update(row for row, kept in settled.items() if kept)
    status_rows = names.status_rows(session)
    # Inside: those rows' people; else everyone but them (no row: no record).
    if inside:
        found = {n for n, row in enumerate(status_rows) if row in rows}
    else:
        found = {n for n, row in enumerate(status_rows) if row not in rows}
    loose = {pid: has for pid, has in again.has.items() if not again.rows[pid]}
    if loose:  # stale with no stored row yet: found by id
        for n in _positions_of(names.ids, loose):
            pid = names.ids[n]
            if loose[pid]:
                found.add(n)
            else:
                found.discard(n)
    return found


def _positions_of(
    ids: Sequence[str], wanted: Collection[str], inside: bool = True
) -> Iterable[int]:
    """Positions of the ids in `wanted` (else of those not in it)."""
    if isinstance(ids, PackedIds):
        return ids.positions(wanted, inside)  # no id decoded: a letter matching a status
    return (n for n, pid in enumerate(ids) if (pid in wanted) == inside)


class _NameOrder:
    """Ids in name order: case-folded, equal names in the order read, empty names last."""

    __slots__ = ("_person_rows", "_rowids", "_runs", "_status_rows", "ids")

    def __init__(
        self, ids: Sequence[str], runs: array[int], person_rows: array[int] | None = None
    ) -> None:
        self.ids = ids
        self._runs = runs  # per position, the number of its run of equal names
        self._person_rows = person_rows  # per position, the person's rowid in persons
        self._rowids: array[int] | None = None
        self._status_rows: array[int] | None = None

    def rows_at(self, positions: Sequence[int]) -> list[int] | None:
        """The rowids in persons of the people at these positions (None: not kept)."""
        rows = self._person_rows
        return None if rows is None else [rows[n] for n in positions]

    def rowids(self, session: Session) -> array[int]:
        """Each person's row in the search index (search_records), read on first use: the
        people's part of the map, in order, in one read."""
        if self._rowids is None:
            first, last = kind_range("person")
            statement = f"SELECT record_id, id FROM {RECORDS} WHERE id BETWEEN :first AND :last"
            mapped = dict(_driver_rows(session, statement, {"first": first, "last": last}))
            self._rowids = array("q", (mapped.get(pid, 0) for pid in self.ids))
        return self._rowids

    def status_rows(self, session: Session) -> array[int]:
        """Each person's row in person_statuses (0: none), read on first use (the first
        status word typed, not behind every first screen after a write): a status word finds
        its places from the rows its index gives, no id read or compared."""
        if self._status_rows is None:
            statement = "SELECT person_id, rowid FROM person_statuses"
            stored = dict(_driver_rows(session, statement, {}))
            self._status_rows = array("q", (stored.get(pid, 0) for pid in self.ids))
        return self._status_rows

    def subset(self, positions: Sequence[int]) -> _NameOrder:
        """These positions' people, in the same order."""
        return _NameOrder(self.ids_at(positions), array("I", (self._runs[n] for n in positions)))

    def ids_at(self, positions: Sequence[int]) -> Sequence[str]:
        """The ids at these positions, in this order."""
        ids = self.ids
        if isinstance(ids, PackedIds):
            return ids.take(positions)  # slices of the block: several times faster
        return PackedIds.pack([ids[n] for n in positions])

    @classmethod
    def of(cls, found: Sequence[Any]) -> _NameOrder:
        """From rows whose first three values are the id, the name and the rowid."""
        found = sorted(found, key=itemgetter(2))
        # (folded, id, rowid) sorted on the folded name alone: stable, and no key tuples.
        named = [(r[1].casefold(), r[0], r[2]) for r in found if r[1]]
        named.sort(key=itemgetter(0))
        ids = [entry[1] for entry in named]
        person_rows = array("q", [entry[2] for entry in named])
        runs = array("I")
        run, previous = -1, None
        for folded, _id, _row in named:
            if folded != previous:
                run, previous = run + 1, folded
            runs.append(run)
        empty = [r for r in found if not r[1]]
        ids.extend(r[0] for r in empty)
        person_rows.extend(r[2] for r in empty)
        runs.extend([run + 1] * len(empty))
        return cls(PackedIds.pack(ids), runs, person_rows)

    def descending(self) -> Sequence[str]:
        """Names from last to first; equal names keep the order they were read in."""
        positions = sorted(range(len(self.ids)), key=self._runs.__getitem__, reverse=True)
        return self.ids_at(positions)


def _driver_rows(session: Session, statement: str, parameters: dict[str, Any]) -> list[Any]:
    """The driver's tuples: SQLAlchemy's rows cost more than the read (100,000 of them)."""
    result = session.connection().exec_driver_sql(statement, parameters)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


class _PerWrite[V]:
    """One value per vault, kept until the vault's next write (as status.all_statuses).

    get() and put() take the generation read before the snapshot the value comes from: a
    write meanwhile then only invalidates it.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: weakref.WeakKeyDictionary[Vault, tuple[int, V]] = weakref.WeakKeyDictionary()

    def get(self, vault: Vault, generation: int) -> V | None:
        with self._lock:
            hit = self._values.get(vault)
        return hit[1] if hit is not None and hit[0] == generation else None

    def put(self, vault: Vault, generation: int, value: V) -> None:
        with self._lock:
            self._values[vault] = (generation, value)

    def clear(self) -> None:
        with self._lock:
            self._values.clear()


# Reading and case-folding 10,000 names was most of a People reload with no filter.
_name_orders: _PerWrite[_NameOrder] = _PerWrite()
# The positions in the name order a People filter matched last (its words), for its ids.
# (Its day too: a status word matches the statuses of a day.)
_last_matches: _PerWrite[tuple[tuple[FilterWord, ...], date, array[int]]] = _PerWrite()
# Live hearings in the list, counted once per write (a filtered window says "n of total").
_live_totals: _PerWrite[int] = _PerWrite()
# Live people, likewise.
_people_totals: _PerWrite[int] = _PerWrite()
# The statuses stored() derives again, and the day they are for (_StatusMemo).
_again_kept: _PerWrite[tuple[date, AgainStatuses]] = _PerWrite()
# Hearings of trashed cases are left out of the Hearings list: their ids, read once per write
# (a NOT IN (SELECT …) over 50,000 hearings cost 40 ms more even with no case in the trash).
_hidden_hearings: _PerWrite[list[str]] = _PerWrite()


def forget_cached_orders() -> None:
    """Drops the cached name orders and trashed cases (for benchmarks that time reading them)."""
    _name_orders.clear()
    _last_matches.clear()
    _hidden_hearings.clear()
    _live_totals.clear()
    _people_totals.clear()
    _again_kept.clear()


def _unindexed(column: Any) -> ColumnElement[Any]:
    """The column with SQLite's unary +, which keeps a WHERE term from choosing an index."""
    return literal_column(f"+{column.table.name}.{column.name}")


def _rank_key(value: str | None, order: Sequence[str]) -> int:
    """A code's place in `order`, as _rank orders it in SQL: unknown codes after those, empty
    ones last of all."""
    if value is None:
        return len(order) + 1
    try:
        return order.index(value)
    except ValueError:
        return len(order)


# -- hearings -----------------------------------------------------------------------------------


class HearingsList:
    """The Hearings list: date, time, case, court, judge, kind, outcome; opens at today."""

    table = "hearings"

    def __init__(self, today: Callable[[], date] = date.today) -> None:
        self._today = today

    def window(self, vault: Vault, query: ListQuery, size: int = PAGE_SIZE) -> ListWindow:
        if query.words and query.sort in ("", "date"):
            return self._streamed(vault, query, min(size, FIRST_SCREEN))
        if query.sort not in ("", "date"):
            found = self.ids(vault, query)
            total = len(found.ids)
            if query.words:
                generation = vault.generation
                with vault.read() as session:
                    total = self._total(vault, generation, session)
            return ListWindow(
                count=len(found.ids),
                total=total,
                first=0,
                rows=self.rows(vault, found.ids[:size]),
                ids=found.ids,
                start=found.start,
            )
        # The list's own order with no filter. The counts are sums over the per-day counts the
        # triggers keep (a row per day); the date index gives the rows on either side of today.
        # The ids follow, and confirm the places (a write may come between the two reads).
        today = self._today()
        live = and_(Hearing.deleted_at.is_(None), Case.deleted_at.is_(None))  # Case is joined
        with vault.read() as session:
            connection = session.connection()
            count, before = _shown_counts(session, today)
            if query.descending:
                first, start = 0, (0 if before < count else count)
                stmt = hearing_columns().where(live).order_by(*_date_order(True)).limit(size)
                rows = connection.execute(stmt).all()
            else:
                later = connection.execute(
                    hearing_columns()
                    .where(live, Hearing.scheduled_date >= today)
                    .order_by(*_date_order(False))
                    .limit(size)
                ).all()
                # Enough rows before today to fill the screen when few hearings lie ahead.
                earlier = connection.execute(
                    hearing_columns()
                    .where(live, Hearing.scheduled_date < today)
                    .order_by(*_date_order(True))
                    .limit(size)
                ).all()
                start = before
                first = before - len(earlier)
                rows = [*reversed(earlier), *later]
        return ListWindow(
            count=count,
            total=count,
            first=first,
            rows=hearing_rows(rows),
            ids=None,
            start=start,
            exact=False,
        )

    def _streamed(self, vault: Vault, query: ListQuery, size: int) -> ListWindow:
        """A filtered list in date order: the matching rows around today, found a few days at
        a time outwards from today until a screen is full, so a keystroke reads about what it
        shows rather than every match (each step reads the index rows of its days alone:
        search_index.hearing_days). Count and places are estimates; ids() follows."""
        today = self._today()
        generation = vault.generation
        with vault.read() as session:
            # The case's trash: its hearings are left out by id, and a case trashed since
            # has no title read (_with_case_titles).
            live = _live_hearing(vault, generation, session)
            total = _live_totals.get(vault, generation)
            if total is None:
                total = self._total(vault, generation, session)
                _live_totals.put(vault, generation, total)
            # Apart: SQLite reads one end of the index for min() or max() alone, every entry
            # for both at once.
            dated = select(Hearing.scheduled_date).where(Hearing.deleted_at.is_(None))
            first_day, last_day = (
                session.execute(dated.order_by(order).limit(1)).scalar()
                for order in (Hearing.scheduled_date, Hearing.scheduled_date.desc())
            )
            earlier: list[Any] = []
            later: list[Any] = []
            if first_day is None or last_day is None:
                pass  # no live hearing
            elif query.descending:
                later = _days_of(session, query, live, (first_day, last_day), size, False)
            else:
                before = (first_day, today - timedelta(days=1))
                later = _days_of(session, query, live, (today, last_day), size, True)
                # The list opens with today at the top: the rows above it fill the screen
                # when few lie ahead, else a few are there to scroll up to until the ids come.
                above = max(size - len(later), ROWS_ABOVE_TODAY)
                earlier = _days_of(session, query, live, before, above, False)[::-1]
            earlier, later = _with_case_titles(session, earlier, later)
        rows = [*earlier, *later]
        return ListWindow(
            count=len(rows),
            total=total,
            first=0,
            rows=hearing_rows(rows),
            ids=None,
            start=None if query.descending else len(earlier),
            exact=False,
            total_exact=True,
        )

    def ids(self, vault: Vault, query: ListQuery) -> ListIds:
        """Every matching hearing's id in order, and the position of the first one from today."""
        today = self._today()
        sort = query.sort or "date"
        upcoming = (Hearing.scheduled_date >= today).label("upcoming")
        stmt: Select[*tuple[Any, ...]] = select(Hearing.id, upcoming)
        for number, word in enumerate(query.words):
            stmt = stmt.where(_hearing_word_condition(word, f"w{number}"))
        text_column: Any = None
        if sort == "time":
            empty_last = Hearing.scheduled_time.is_(None)
            stmt = stmt.order_by(
                *(
                    (empty_last.desc(), Hearing.scheduled_time.desc())
                    if query.descending
                    else (empty_last, Hearing.scheduled_time)
                )
            )
        elif sort in ("kind", "outcome"):
            rank = _rank(getattr(Hearing, sort), query.code_order)
            stmt = stmt.order_by(rank.desc() if query.descending else rank)
        elif sort == "case":
            text_column = Case.title
            stmt = stmt.join(Case, Case.id == Hearing.case_id)
        elif sort in ("court", "judge"):
            text_column = getattr(Hearing, sort)
        if text_column is not None:
            stmt = stmt.add_columns(text_column)
        # Date order last: the whole order when sorting by date, else among equals.
        stmt = stmt.order_by(*_date_order(query.descending and sort == "date"))
        generation = vault.generation  # before the snapshot (see _PerWrite)
        # This reads every live hearing, or every match over the whole index, more than the
        # cache should keep (figures: bench/README.md). A keystroke's window reads a few days
        # of it (_days_of), and the ids wait for typing to stop (ListPage): none reads them.
        with vault.read(keep_pages=False) as session:
            live = _live_hearing(vault, generation, session)
            if text_column is None:
                # In SQL's order, read and packed a batch at a time: the rows never live at once.
                result = session.connection().execution_options(yield_per=_BATCH)
                parts = _IdBatches(result.execute(stmt.where(live)).partitions())
                return ListIds(PackedIds.pack_parts(parts), parts.first)
            # A batch at a time, each distinct text folded once: half the peak of folding
            # every row's copy (bench/README.md).
            result = session.connection().execution_options(yield_per=_BATCH)
            ids: list[str] = []
            from_today = bytearray()
            keys: list[tuple[int, str]] = []
            folded: dict[str | None, tuple[int, str]] = {}
            for part in result.execute(stmt.where(live)).partitions():
                for hearing_id, is_upcoming, text in part:
                    ids.append(hearing_id)
                    from_today.append(1 if is_upcoming else 0)
                    key = folded.get(text)
                    if key is None:
                        key = folded[text] = _casefold_key(text)
                    keys.append(key)
        # Stable: equal texts stay in date order (reversed too, as sorted() keeps equals).
        order = sorted(range(len(ids)), key=keys.__getitem__, reverse=query.descending)
        return ListIds(
            PackedIds.pack([ids[n] for n in order]), _first_true([from_today[n] for n in order])
        )

    def rows(self, vault: Vault, ids: Sequence[str]) -> list[HearingRow]:
        """The rows of these hearings, in this order (hearings gone meanwhile are left out)."""
        if not ids:
            return []
        wanted = list(ids)
        found: dict[str, Any] = {}
        with vault.read() as session:
            connection = session.connection()
            for start in range(0, len(wanted), _CHUNK):
                chunk = wanted[start : start + _CHUNK]
                stmt = hearing_columns().where(
                    _in_list(Hearing.id, chunk),
                    Hearing.deleted_at.is_(None),
                    Case.deleted_at.is_(None),
                )
                found.update((r[0], r) for r in connection.execute(stmt))
        return hearing_rows([found[i] for i in wanted if i in found])

    @staticmethod
    def _total(vault: Vault, generation: int, session: Session) -> int:
        """How many hearings the list shows with no filter (those of trashed cases left out),
        from the per-day counts: at 1,000,000 hearings a count on the date index read more
        than the page cache holds."""
        return _shown_counts(session)[0]


def _shown_counts(session: Session, day: date | None = None) -> tuple[int, int]:
    """How many hearings the list shows, and how many of them lie before `day` (0 without
    one): sums over hearing_day_counts, a row per day, kept by triggers on every write
    (migration 0010) with the same rule as _live_hearing and the joined case."""
    every = func.coalesce(func.sum(HearingDayCount.live), 0)
    before: ColumnElement[Any] = literal_column("0")
    if day is not None:
        earlier = func.sum(HearingDayCount.live).filter(HearingDayCount.day < day)
        before = func.coalesce(earlier, 0)
    shown, earlier_shown = session.execute(select(every, before)).one()
    return int(shown), int(earlier_shown)


# Days read by the first step of a streamed window (each further step reads twice as many).
_FIRST_DAYS = 4
#: Rows before today a filtered window reads when a screen's rows lie ahead: each is a row
#: of hearings and of its case read, from the disk once the OS has dropped their pages (a
#: screen of them was a third of a keystroke then, bench/README.md).
ROWS_ABOVE_TODAY = 10


def _days_of(
    session: Session,
    query: ListQuery,
    live: ColumnElement[bool],
    days: tuple[date, date],
    size: int,
    forward: bool,
) -> list[Any]:
    """Up to `size` matching rows of these days: the first ones in date order going forward,
    else the last ones, latest first."""
    first_day, last_day = days
    found: list[Any] = []
    span = _FIRST_DAYS
    connection = session.connection()
    while len(found) < size and first_day <= last_day:
        if forward:
            start, end = first_day, min(last_day, first_day + timedelta(days=span - 1))
            first_day = end + timedelta(days=1)
        else:
            start, end = max(first_day, last_day - timedelta(days=span - 1)), last_day
            last_day = start - timedelta(days=1)
        words = [
            _hearing_word_condition(word, f"w{number}", (start, end), session)
            for number, word in enumerate(query.words)
        ]
        stmt = (
            hearing_columns(case_title=False)
            .where(live, Hearing.scheduled_date.between(start, end), *words)
            .order_by(*_date_order(not forward))
            .limit(size - len(found))
        )
        found.extend(connection.execute(stmt).all())
        span *= 2
    return found


# A screen's case titles from the live cases' covering index, a seek a case: joined, SQLite
# takes the primary key's index (unique) and then the table row, twice the pages.
_CASE_TITLES = (
    "SELECT id, title FROM cases INDEXED BY ix_cases_live_titles "
    "WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(:ids))"
)


def _with_case_titles(session: Session, *parts: list[Any]) -> list[list[Any]]:
    """Rows of hearing_columns(case_title=False) with their case's title, each part apart;
    a row whose case is in the trash is left out, as the join left it out."""
    wanted = sorted({row[1] for part in parts for row in part})
    if not wanted:
        return [list(part) for part in parts]
    titles = dict(_driver_rows(session, _CASE_TITLES, {"ids": json.dumps(wanted)}))
    return [
        [(row[0], row[1], titles[row[1]], *row[3:]) for row in part if row[1] in titles]
        for part in parts
    ]


# Ids per read when reading rows by id, bound as one JSON value (_in_list): 500 bound values
# would stay in the connection's lookaside pool while the statement is cached.
_CHUNK = 500
# Rows per batch when a query's rows are read a batch at a time.
_BATCH = 4096


def _live_hearing(vault: Vault, generation: int, session: Session) -> ColumnElement[bool]:
    """A hearing in the list: not in the trash, nor its case (restoring the case shows it).

    By id, so that the list's order reads ix_hearings_live_order alone (it has no case id):
    the hearings of trashed cases (usually none) come from the case index, once per write.
    """
    hidden = _hidden_hearings.get(vault, generation)
    if hidden is None:
        trashed = select(Case.id).where(Case.deleted_at.is_not(None))
        hidden = list(
            session.execute(
                select(Hearing.id).where(Hearing.case_id.in_(trashed), Hearing.deleted_at.is_(None))
            ).scalars()
        )
        _hidden_hearings.put(vault, generation, hidden)
    live = Hearing.deleted_at.is_(None)
    return and_(live, ~_in_list(Hearing.id, hidden)) if hidden else live


def _date_order(descending: bool) -> tuple[ColumnElement[Any], ...]:
    """Date, time, then id: the index ix_hearings_live_order serves it whole (and holds the
    ids), so the list's order reads no table row."""
    columns: tuple[Any, ...] = (
        Hearing.scheduled_date,
        Hearing.scheduled_time,
        Hearing.id,
    )
    return tuple(c.desc() for c in columns) if descending else columns


def _hearing_word_condition(
    word: FilterWord,
    name: str,
    days: tuple[date, date] | None = None,
    session: Session | None = None,
) -> ColumnElement[bool]:
    options: list[ColumnElement[bool]] = []
    # A hearing's index row holds its case's title and numbers too (search_index.py); the
    # rows of some days are a range of the index (hearing_days).
    rows = None if days is None else hearing_days(*days)
    hearings = _fts_ids("hearing", word.text, name, rows, session)
    if hearings is not None:
        # Some days: each hearing of them in date order is checked against their matches,
        # so the read stops once the screen is full (not every match read, then sorted).
        ids: Any = Hearing.id if days is None else _unindexed(Hearing.id)
        options.append(ids.in_(hearings))
    if word.codes:
        codes = sorted(word.codes)
        options.append(or_(Hearing.kind.in_(codes), Hearing.outcome.in_(codes)))
    span = date_range(word.text)
    if span is not None:
        options.append(Hearing.scheduled_date.between(*span))
    return or_(*options) if options else Hearing.id.is_(None)
