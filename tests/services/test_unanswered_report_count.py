"""The number of unanswered ill-treatment reports (unanswered_report_count, kept by triggers
since migration 0017) always equals the reports counted now, and the dashboard shows it."""

from __future__ import annotations

import contextlib
import uuid
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from casefile.errors import ValidationError
from casefile.services.lists.dashboard import dashboard
from casefile.services.open_formats.bulk_records import RecordWrite, write_all
from casefile.services.records.drafts import save_record
from casefile.services.records.trash import move_to_trash, purge, restore
from casefile.vault.engine import writer
from casefile.vault.schema import IllTreatmentReport, Person
from casefile.vault.vault import Vault

PEOPLE = 3
STAMP = "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 'plain', 1"
# The dashboard's rule: live, no response or a blank one, the victim not in the trash.
RECOUNT = (
    "SELECT count(*) FROM ill_treatment_reports AS r WHERE r.deleted_at IS NULL AND "
    "(r.official_response IS NULL OR trim(r.official_response) = '') AND NOT EXISTS "
    "(SELECT 1 FROM persons AS p WHERE p.id = r.victim_id AND p.deleted_at IS NOT NULL)"
)

RESPONSE = st.sampled_from((None, "", "  ", "Отказ в возбуждении дела"))
HOW = st.sampled_from(("orm", "bulk", "plain_sql"))
PICK = st.integers(0, 40)
STEP = st.one_of(
    st.tuples(st.just("add"), HOW, st.integers(0, PEOPLE - 1), RESPONSE),
    st.tuples(st.just("respond"), HOW, PICK, RESPONSE),
    st.tuples(st.just("revictim"), PICK, st.integers(0, PEOPLE - 1)),
    st.tuples(st.just("trash"), PICK, st.booleans()),
    st.tuples(st.just("purge"), PICK),
    st.tuples(st.just("delete_sql"), PICK),
    st.tuples(st.just("trash_person"), st.integers(0, PEOPLE - 1), st.booleans()),
    st.tuples(st.just("trash_person_sql"), st.integers(0, PEOPLE - 1)),
    st.tuples(st.just("purge_person"), st.integers(0, PEOPLE - 1)),
)


def stored(vault: Vault) -> int:
    with vault.read() as session:
        return int(session.execute(text("SELECT live FROM unanswered_report_count")).scalar_one())


def recounted(vault: Vault) -> int:
    with vault.read() as session:
        return int(session.execute(text(RECOUNT)).scalar_one())


class World:
    """The records the steps made, by position."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.people = [
            save_record(vault, "persons", None, {"full_name": f"Person {n}"}) for n in range(PEOPLE)
        ]
        self.reports: list[str] = []

    def report(self, number: int) -> IllTreatmentReport | None:
        if not self.reports:
            return None
        with self.vault.read() as session:
            return session.get(IllTreatmentReport, self.reports[number % len(self.reports)])

    def person(self, person_id: str) -> Person | None:
        with self.vault.read() as session:
            return session.get(Person, person_id)

    def apply(self, step: tuple[Any, ...]) -> None:
        kind, vault = step[0], self.vault
        if kind == "add":
            _kind, how, number, response = step
            victim = self.people[number]
            if self.person(victim) is None:
                return  # purged
            record_id = str(uuid.uuid4())
            values = {"victim_id": victim, "official_response": response, "methods": []}
            if how == "orm":
                with vault.write() as session:
                    session.add(IllTreatmentReport(id=record_id, **values))
            elif how == "bulk":  # as a partner's bundle writes them
                with vault.write() as session:
                    write_all(session, IllTreatmentReport, [RecordWrite(record_id, values)], [])
            else:  # outside any unit of the vault: only the triggers see it
                with writer(vault.engine).begin() as conn:
                    conn.execute(
                        text(
                            "INSERT INTO ill_treatment_reports (id, victim_id, methods, "
                            "official_response, created_at, updated_at, updated_by, version) "
                            f"VALUES (:id, :victim, '[]', :response, {STAMP})"
                        ),
                        {"id": record_id, "victim": victim, "response": response},
                    )
            self.reports.append(record_id)
        elif kind == "respond":
            _kind, how, number, response = step
            found = self.report(number)
            if found is None:
                return
            if how == "orm":
                with vault.write() as session:
                    record = session.get(IllTreatmentReport, found.id)
                    assert record is not None
                    record.official_response = response
            elif how == "bulk":
                update = RecordWrite(
                    found.id,
                    {"official_response": response},
                    {"official_response": found.official_response},
                )
                with vault.write() as session:
                    write_all(session, IllTreatmentReport, [], [update])
            else:
                with writer(vault.engine).begin() as conn:
                    conn.execute(
                        text(
                            "UPDATE ill_treatment_reports SET official_response = :r WHERE id = :id"
                        ),
                        {"r": response, "id": found.id},
                    )
        elif kind == "revictim":
            found = self.report(step[1])
            victim = self.people[step[2]]
            if found is None or self.person(victim) is None:
                return
            with writer(vault.engine).begin() as conn:
                conn.execute(
                    text("UPDATE ill_treatment_reports SET victim_id = :v WHERE id = :id"),
                    {"v": victim, "id": found.id},
                )
        elif kind == "trash":
            found = self.report(step[1])
            if found is None:
                return
            if found.deleted_at is None:
                move_to_trash(vault, "ill_treatment_reports", found.id)
            elif step[2]:
                with contextlib.suppress(ValidationError):  # its victim is in the trash too
                    restore(vault, "ill_treatment_reports", found.id)
        elif kind == "purge":
            found = self.report(step[1])
            if found is None:
                return
            if found.deleted_at is None:
                move_to_trash(vault, "ill_treatment_reports", found.id)
            purge(vault, "ill_treatment_reports", found.id)
            self.reports.remove(found.id)
        elif kind == "delete_sql":  # straight out, not through the trash
            found = self.report(step[1])
            if found is None:
                return
            with writer(vault.engine).begin() as conn:
                conn.execute(
                    text("DELETE FROM ill_treatment_reports WHERE id = :id"), {"id": found.id}
                )
            self.reports.remove(found.id)
        elif kind in ("trash_person", "trash_person_sql"):
            person_id = self.people[step[1]]
            person = self.person(person_id)
            if person is None:
                return
            trash = person.deleted_at is None
            if kind == "trash_person_sql":
                with writer(vault.engine).begin() as conn:
                    conn.execute(
                        text(
                            "UPDATE persons SET deleted_at = "
                            + ("'2026-01-02 00:00:00'" if trash else "NULL")
                            + " WHERE id = :id"
                        ),
                        {"id": person_id},
                    )
            elif trash:
                move_to_trash(vault, "persons", person_id)
            elif step[2]:
                restore(vault, "persons", person_id)
        elif kind == "purge_person":
            person_id = self.people[step[1]]
            person = self.person(person_id)
            if person is None:
                return
            if person.deleted_at is None:
                move_to_trash(vault, "persons", person_id)
            with contextlib.suppress(ValidationError):  # their reports still refer to them
                purge(vault, "persons", person_id)
            if self.person(person_id) is None:
                with vault.read() as session:
                    left = set(session.scalars(text("SELECT id FROM ill_treatment_reports")))
                self.reports = [report for report in self.reports if report in left]
        else:
            raise AssertionError(kind)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(STEP, min_size=1, max_size=16))
def test_the_count_equals_the_reports_counted_again(vault: Vault, steps: list[Any]) -> None:
    world = World(vault)
    for step in steps:
        world.apply(step)
    expected = recounted(vault)
    assert stored(vault) == expected
    assert dashboard(vault, date.today()).unanswered_ill_treatment_count == expected


def test_the_dashboard_reads_the_count_not_the_reports(vault: Vault) -> None:
    victim = save_record(vault, "persons", None, {"full_name": "Асан Усенов"})
    for response in (None, "", "Отказ"):
        save_record(
            vault,
            "ill_treatment_reports",
            None,
            {"victim_id": victim, "official_response": response},
        )
    with writer(vault.engine).begin() as conn:  # a count the reports alone would not give
        conn.execute(text("UPDATE unanswered_report_count SET live = 7"))
    board = dashboard(vault, date.today())
    assert board.unanswered_ill_treatment_count == 7
    assert len(board.unanswered_ill_treatment) == 2
