"""Statuses of everyone are derived once per vault write, not once per caller."""

from __future__ import annotations

from datetime import date

import pytest

from casefile.domain.dates import PartialDate
from casefile.services.lists import status
from casefile.services.lists.dashboard import dashboard
from casefile.services.lists.listing import list_people
from casefile.vault.schema import DetentionEvent, Person
from casefile.vault.vault import Vault

TODAY = date(2026, 11, 23)


def add_person(vault: Vault, name: str, *events: tuple[str, str]) -> str:
    with vault.write("test") as session:
        person = Person(full_name=name)
        session.add(person)
        session.flush()
        for type_, start in events:
            session.add(
                DetentionEvent(person_id=person.id, type=type_, start=PartialDate.parse(start))
            )
        return person.id


def test_statuses_are_reused_until_the_next_write(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    person_id = add_person(vault, "Асан Усенов", ("arrest", "2026-11-01"))
    calls: list[int] = []
    real = status.statuses

    def counting(*args: object, **kwargs: object) -> dict[str, status.PersonStatus]:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(status, "statuses", counting)
    first = list_people(vault, TODAY)
    board = dashboard(vault, TODAY)
    assert len(calls) == 1
    assert first[0].current_status == "police_custody"
    assert board.count("police_custody") == 1

    with vault.write("release") as session:
        session.add(
            DetentionEvent(
                person_id=person_id, type="release", start=PartialDate.parse("2026-11-20")
            )
        )
    after = list_people(vault, TODAY)
    assert len(calls) == 2
    assert after[0].current_status == "released"
    list_people(vault, date(2026, 11, 24))  # another day: derived again
    assert len(calls) == 3


def test_a_failed_write_keeps_the_generation(vault: Vault) -> None:
    before = vault.generation
    try:
        with vault.write("fails") as session:
            session.add(Person(full_name="Never saved"))
            raise RuntimeError("abandon")
    except RuntimeError:
        pass
    assert vault.generation == before
    add_person(vault, "Saved")
    assert vault.generation == before + 1


def test_everyone_read_in_batches_matches_each_person_read_alone(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Everyone's events are read a few rows at a time in person order; a person's events that
    # straddle two batches must still make one timeline, in the order they were recorded.
    monkeypatch.setattr(status, "_BATCH", 3)
    people = [
        add_person(vault, "A", ("arrest", "2026-11-01"), ("pretrial_detention", "2026-11-03")),
        add_person(vault, "B", ("arrest", "2026-10-01"), ("release", "2026-10-02")),
        add_person(
            vault,
            "C",
            ("arrest", "2026-09-01"),
            ("pretrial_detention", "2026-09-02"),
            ("release", "2026-11-20"),
            ("house_arrest", "2026-11-20"),  # same day as the release: recorded after it
        ),
        add_person(vault, "D"),
    ]
    with vault.read() as session:
        everyone = status.statuses(session, TODAY)
        one_by_one = {
            pid: found
            for person_id in people
            for pid, found in status.statuses(session, TODAY, [person_id]).items()
        }
    assert everyone == one_by_one
    assert set(everyone) == set(people[:3])  # D has no events
    assert everyone[people[2]].status.value == "house_arrest"
