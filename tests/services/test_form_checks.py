"""Checks a form runs as the user types (check_draft) and what a global undo would undo."""

from __future__ import annotations

from datetime import date

from casefile.domain.dates import PartialDate
from casefile.services.records.drafts import blank_record, check_draft, save_record
from casefile.services.records.history import undo_last_save, undo_target
from casefile.vault.vault import Vault


def test_check_draft_names_each_problem_by_field() -> None:
    values = blank_record("detention_events")
    values.update(start=PartialDate(2024, 3, 10), end="01.03.2024", place="x" * 5)
    problems = check_draft("detention_events", values)
    assert str(problems["person_id"]) == "Please choose the person."
    assert str(problems["type"]) == "Type is required."
    assert str(problems["end"]) == "The end cannot be before the start."


def test_check_draft_reads_typed_dates_and_keeps_acronyms_in_messages() -> None:
    values = blank_record("persons")
    values.update(full_name="Someone", birth_date="32.13.1990")
    assert set(check_draft("persons", values)) == {"birth_date"}
    values.update(birth_date="1990", id_document_issued_on="1985")
    problems = check_draft("persons", values)
    assert {name: str(problem) for name, problem in problems.items()} == {
        "id_document_issued_on": "The ID document issued on cannot be before the date of birth."
    }
    # The labels travel apart from the sentence, so the interface translates both.
    assert problems["id_document_issued_on"].values == ("ID document issued on", "date of birth")
    values.update(birth_date="c. 1984", id_document_issued_on="1985")
    assert check_draft("persons", values) == {}


def test_check_draft_overlapping_partial_dates_pass() -> None:
    values = blank_record("consents")
    values.update(person_id="p", given_on="2024", withdrawn_on=date(2024, 1, 1))
    assert check_draft("consents", values) == {}


def test_undo_target_names_the_last_saved_record(vault: Vault) -> None:
    assert undo_target(vault) is None
    person = save_record(vault, "persons", None, {"full_name": "First Name"})
    assert undo_target(vault) is None  # a create is not undone by undo_last_save
    save_record(vault, "persons", person, {"full_name": "Second Name"})
    target = undo_target(vault)
    assert target is not None
    assert (target.table, target.record_id, target.label) == ("persons", person, "Second Name")
    assert undo_last_save(vault, "persons", person)
    assert undo_target(vault) is None  # back at the create


def test_attachment_title_and_file_name_are_edited_through_drafts(vault: Vault) -> None:
    import io

    import pytest

    from casefile.errors import BugError
    from casefile.services.records.attachments import add_attachment, attachment_info

    person = save_record(vault, "persons", None, {"full_name": "Someone"})
    attachment = add_attachment(vault, "persons", person, "scan", io.BytesIO(b"%PDF-"), "a.pdf")
    save_record(vault, "attachments", attachment, {"title": "Medical report", "file_name": None})
    info = attachment_info(vault, attachment)
    assert (info.title, info.file_name, info.size) == ("Medical report", None, 5)
    with pytest.raises(BugError):
        save_record(vault, "attachments", None, {"title": "no file"})
