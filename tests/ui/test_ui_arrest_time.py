"""The start of an arrest takes a time in its one date field; the form stores it apart."""

from __future__ import annotations

from datetime import time

from pytestqt.qtbot import QtBot

from casefile.domain.dates import PartialDate
from casefile.services.records.drafts import load_record, save_record
from casefile.ui.editors.field_widgets import CarriedTimeField, ChoiceField, PartialDateField
from casefile.ui.kit.tasks import TaskRunner
from casefile.vault.vault import Vault
from tests.ui.test_ui_editors import open_form, save
from tests.ui.ui_helpers import FakeDialogs, type_text


def test_arrest_time_is_typed_after_the_date_and_shown_again(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    person_id = save_record(vault, "persons", None, {"full_name": "Test Person"})
    form = open_form(
        qtbot, runner, dialogs, vault, "detention_events", preset={"person_id": person_id}
    )
    kind = form.editors["type"]
    assert isinstance(kind, ChoiceField)
    kind.combo.setCurrentIndex(kind.combo.findData("arrest"))
    kind.combo.activated.emit(kind.combo.currentIndex())
    start = form.editors["start"]
    assert isinstance(start, PartialDateField)
    assert isinstance(form.editors["start_time"], CarriedTimeField)
    assert not form.editors["start_time"].isVisible()  # no widget of its own
    type_text(start.edit.line, "01.12.2026 18:30")
    assert "18:30" in start.edit.message.full_text()

    event_id = save(qtbot, form)

    stored = load_record(vault, "detention_events", event_id)
    assert stored["start"] == PartialDate(2026, 12, 1)
    assert stored["start_time"] == time(18, 30)

    again = open_form(qtbot, runner, dialogs, vault, "detention_events", event_id)
    again_start = again.editors["start"]
    assert isinstance(again_start, PartialDateField)
    assert again_start.edit.text() == "01.12.2026 18:30"
    assert not again.is_dirty()
    # Taking the time away clears the column.
    again_start.edit.line.selectAll()
    type_text(again_start.edit.line, "01.12.2026")
    assert again.changed_fields() == {"start_time": None}
    save(qtbot, again)
    assert load_record(vault, "detention_events", event_id)["start_time"] is None
