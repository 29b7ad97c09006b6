"""List rows for the tables and the CLI, over the demo vault."""

from __future__ import annotations

from datetime import date

from casefile.demo.build import populate_demo
from casefile.services.lists.listing import (
    list_cases,
    list_hearings,
    list_ill_treatment,
    list_interventions,
    list_people,
)
from casefile.vault.vault import Vault

TODAY = date(2026, 11, 23)


def test_lists_cover_the_demo_vault(vault: Vault) -> None:
    summary = populate_demo(vault, today=TODAY)
    people = list_people(vault, TODAY)
    assert len(people) == summary.persons
    assert {row.current_status for row in people} >= {"pretrial_detention", "house_arrest"}
    assert len(list_cases(vault)) == summary.cases
    assert len(list_hearings(vault)) == summary.hearings
    reports = list_ill_treatment(vault)
    assert len(reports) == summary.ill_treatment_reports
    names = {row.full_name for row in people}
    assert all(row.victim_name in names for row in reports)
    interventions = list_interventions(vault)
    assert len(interventions) == summary.interventions
    assert all(row.person_name or row.case_title for row in interventions)


def test_hearings_within_a_window_are_in_date_order(vault: Vault) -> None:
    populate_demo(vault, today=TODAY)
    window = list_hearings(vault, TODAY, date(2026, 11, 30))
    assert window, "the demo schedules hearings in the coming week"
    dates = [row.scheduled_date for row in window]
    assert dates == sorted(dates)
    assert all(TODAY <= day <= date(2026, 11, 30) for day in dates)


def test_people_are_listed_in_case_folded_name_order(vault: Vault) -> None:
    from casefile.vault.schema import Person

    with vault.write() as session:
        for name in ("Бакыт Аманбаев", "айпери жумабекова", "Азамат Төлөгөнов", "aliya Sydykova"):
            session.add(Person(full_name=name))
    names = [row.full_name for row in list_people(vault, TODAY)]
    assert names == ["aliya Sydykova", "Азамат Төлөгөнов", "айпери жумабекова", "Бакыт Аманбаев"]
