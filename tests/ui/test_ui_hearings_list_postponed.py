"""The paged Hearings list marks a postponed hearing with its new date, as every view does."""

from __future__ import annotations

from datetime import date

from casefile.services.lists.listing import list_hearings
from casefile.services.records.drafts import save_record
from casefile.services.records.hearings import postpone_hearing
from casefile.ui.pages.record_lists import HEARINGS
from casefile.vault.vault import Vault


def test_the_outcome_column_says_postponed_and_where_to(vault: Vault) -> None:
    case = save_record(vault, "cases", None, {"title": "Case"})
    old = save_record(vault, "hearings", None, {"case_id": case, "scheduled_date": "24.11.2026"})
    held = save_record(
        vault,
        "hearings",
        None,
        {"case_id": case, "scheduled_date": "25.11.2026", "outcome": "held"},
    )
    new = postpone_hearing(vault, old, date(2026, 12, 21), None, "judge ill")
    rows = {row.id: row for row in list_hearings(vault)}
    assert rows[old].postponed_to_date == date(2026, 12, 21)
    outcome = next(column for column in HEARINGS.columns if column.id == "outcome")
    assert outcome.text(rows[old]) == "postponed → 21.12.2026"
    assert outcome.text(rows[held]) == "Held"
    assert outcome.text(rows[new]) == ""
