"""Dashboard buckets for a constructed timeline, relative to a fixed today."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from casefile.services.lists.dashboard import DASHBOARD_STATUSES, dashboard
from casefile.services.records.drafts import save_record
from casefile.services.records.trash import move_to_trash
from casefile.vault.vault import Vault

TODAY = date(2024, 6, 10)


def _person(vault: Vault, name: str, *events: tuple[str, str, str | None]) -> str:
    person = save_record(vault, "persons", None, {"full_name": name})
    for type_, start, term_until in events:
        save_record(
            vault,
            "detention_events",
            None,
            {"person_id": person, "type": type_, "start": start, "term_until": term_until},
        )
    return person


def test_dashboard(vault: Vault) -> None:
    ids = {
        "pretrial": _person(
            vault,
            "A Pretrial",
            ("arrest", "01.05.2024", None),
            ("pretrial_detention", "03.05.2024", "15.06.2024"),
        ),
        "police": _person(vault, "B Police", ("police_custody", "07.06.2024", None)),
        "police_new": _person(vault, "B2 Police", ("arrest", "09.06.2024", None)),
        "house": _person(vault, "C House", ("house_arrest", "01.01.2024", None)),
        "prison": _person(vault, "D Prison", ("imprisonment", "01.01.2023", None)),
        "ban": _person(vault, "E Ban", ("travel_ban", "01.02.2024", None)),
        "released": _person(
            vault, "F Free", ("arrest", "01.01.2024", None), ("release", "03.01.2024", None)
        ),
        "gone": _person(vault, "G Gone", ("disappearance", "20.05.2024", None)),
        "long_term": _person(vault, "H Long", ("pretrial_detention", "01.04.2024", "30.07.2024")),
        "expired": _person(vault, "I Expired", ("pretrial_detention", "01.03.2024", "08.06.2024")),
        "trashed": _person(vault, "J Trash", ("pretrial_detention", "01.03.2024", "12.06.2024")),
        "none": _person(vault, "K Nothing"),
        "future": _person(vault, "L Future", ("arrest", "01.07.2024", None)),
    }
    case = save_record(vault, "cases", None, {"title": "Дело", "case_numbers": ["1-24"]})
    save_record(
        vault,
        "case_participants",
        None,
        {"case_id": case, "person_id": ids["pretrial"], "role": "defendant"},
    )
    hearings = {
        day: save_record(vault, "hearings", None, {"case_id": case, "scheduled_date": day})
        for day in ("09.06.2024", "10.06.2024", "13.06.2024", "17.06.2024", "18.06.2024")
    }
    unanswered = save_record(vault, "ill_treatment_reports", None, {"victim_id": ids["police"]})
    save_record(
        vault,
        "ill_treatment_reports",
        None,
        {"victim_id": ids["police"], "official_response": "Отказ в возбуждении дела"},
    )
    blank = save_record(
        vault, "ill_treatment_reports", None, {"victim_id": ids["gone"], "official_response": ""}
    )
    save_record(vault, "ill_treatment_reports", None, {"victim_id": ids["trashed"]})
    move_to_trash(vault, "persons", ids["trashed"])

    board = dashboard(vault, TODAY)

    assert [c.status for c in board.status_counts] == [s.value for s in DASHBOARD_STATUSES]
    counts = {c.status: c.count for c in board.status_counts}
    assert counts == {
        "pretrial_detention": 3,
        "house_arrest": 1,
        "imprisoned": 1,
        "travel_ban": 1,
        "released": 1,
        "police_custody": 2,
        "disappeared": 1,
        "probation": 0,
        "expelled": 0,
    }
    assert board.count("pretrial_detention") == 3 and board.count("no_record") == 0
    pretrial = next(c for c in board.status_counts if c.status == "pretrial_detention")
    assert pretrial.count == 3 and pretrial.table == "persons"

    assert [(t.id, t.term_until, t.days_left) for t in board.expiring_terms] == [
        (ids["expired"], date(2024, 6, 8), -2),
        (ids["pretrial"], date(2024, 6, 15), 5),
    ]
    assert board.expiring_terms[0].full_name == "I Expired"

    assert [(a.id, a.custody_started, a.days) for a in board.police_custody_over_48h] == [
        (ids["police"], date(2024, 6, 7), 4)
    ]

    assert [h.id for h in board.upcoming_hearings] == [
        hearings["10.06.2024"],
        hearings["13.06.2024"],
        hearings["17.06.2024"],
    ]
    assert board.upcoming_hearings[0].defendants == ("A Pretrial",)

    # Oldest first; reports made in the same second (these two) in a fixed order of their ids.
    assert sorted((r.id, r.table) for r in board.unanswered_ill_treatment) == sorted(
        [(unanswered, "ill_treatment_reports"), (blank, "ill_treatment_reports")]
    )
    names = {r.id: r.victim_name for r in board.unanswered_ill_treatment}
    assert names[unanswered] == "B Police"
    assert board.unanswered_ill_treatment_count == 2


def test_an_empty_vault(vault: Vault) -> None:
    board = dashboard(vault, TODAY)
    assert all(c.count == 0 for c in board.status_counts)
    assert board.upcoming_hearings == () and board.expiring_terms == ()
    assert board.police_custody_over_48h == () and board.unanswered_ill_treatment == ()


def test_many_unanswered_reports_are_counted_and_the_oldest_listed(vault: Vault) -> None:
    from datetime import datetime, timedelta

    from sqlalchemy import event

    from casefile.services.lists.dashboard import UNANSWERED_SHOWN
    from casefile.vault.schema import IllTreatmentReport, Person

    start = datetime(2024, 1, 1)
    with vault.write("test") as session:
        kept, trashed = Person(full_name="Kept"), Person(full_name="Trashed", deleted_at=start)
        session.add_all([kept, trashed])
        session.flush()
        reports = [
            IllTreatmentReport(
                victim_id=kept.id if n % 10 else trashed.id,
                created_at=start + timedelta(hours=n),
                official_response="   " if n % 7 == 0 else ("Answered" if n % 7 == 1 else None),
                deleted_at=start if n % 13 == 0 else None,
            )
            for n in range(400)
        ]
        session.add_all(reports)
    listed = [
        r.id
        for n, r in enumerate(reports)
        if n % 10 and n % 7 != 1 and n % 13  # victim kept, no answer, not in the trash
    ]
    plans: list[tuple[str, Any]] = []

    def explain(
        _conn: object, _cursor: object, statement: str, parameters: Any, *_: object
    ) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "ill_treatment" in statement:
            plans.append((statement, parameters))

    event.listen(vault.engine, "before_cursor_execute", explain)
    try:
        board = dashboard(vault, TODAY)
    finally:
        event.remove(vault.engine, "before_cursor_execute", explain)
    assert board.unanswered_ill_treatment_count == len(listed)
    assert [r.id for r in board.unanswered_ill_treatment] == listed[:UNANSWERED_SHOWN]
    assert {r.victim_name for r in board.unanswered_ill_treatment} == {"Kept"}
    # Counted and chosen on the index: no report (narratives and all) is read whole but the
    # ones listed, found by id.
    with vault.engine.connect() as conn:
        steps = [
            step[3]
            for statement, parameters in plans
            for step in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
        ]
    scans = [s for s in steps if s.startswith("SCAN") and "COVERING INDEX" not in s]
    assert scans == ["SCAN oldest"], steps  # the listed ids, then each report by id
    assert (
        "SEARCH ill_treatment_reports USING INDEX sqlite_autoindex_ill_treatment_reports_1 (id=?)"
        in steps
    )


def test_terms_ending_list_the_first_days_with_ties_stored_and_derived_alike(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casefile.services.lists import dashboard as module

    monkeypatch.setattr(module, "LISTED", 2)
    # Stored in this order; the list's order is by term, then name. Bz's stored status is
    # marked stale, so it is derived while the others are read as stored.
    ends = {
        "A": "11.06.2024",
        "Bc": "12.06.2024",
        "Bb": "12.06.2024",
        "Ba": "12.06.2024",
        "D": "13.06.2024",
    }
    ids = {
        name: _person(vault, name, ("pretrial_detention", "01.05.2024", until))
        for name, until in ends.items()
    }
    with vault.write() as session:
        session.execute(text("INSERT INTO person_status_stale VALUES (:id)"), {"id": ids["Ba"]})

    board = dashboard(vault, date.today())

    # The first two: the second day's three tie, so all of them are read before the names
    # settle it, the stored ones beyond the first two read and the derived one alike.
    assert [term.full_name for term in board.expiring_terms] == ["A", "Ba"]
    monkeypatch.setattr(module, "LISTED", 3)
    board = dashboard(vault, date.today())
    assert [term.full_name for term in board.expiring_terms] == ["A", "Ba", "Bb"]
    assert board.expiring_terms_count == 5
    assert board.count("pretrial_detention") == 5
