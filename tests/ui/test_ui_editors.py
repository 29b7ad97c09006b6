"""Record forms: typing a record in, inline validation, pickers, unsaved-change protection."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from casefile.domain.dates import PartialDate
from casefile.services.records.drafts import load_record, save_record
from casefile.ui.editors.field_widgets import ChoiceField, DateField, PartialDateField, TextField
from casefile.ui.editors.pickers import ReferenceField
from casefile.ui.editors.record_form import RecordForm
from casefile.ui.i18n.language import days_in_custody
from casefile.ui.kit.tasks import TaskRunner
from casefile.vault.schema import DetentionEvent, Person
from casefile.vault.vault import Vault
from tests.ui.ui_helpers import FakeDialogs, type_text

CYRILLIC_NAME = "АЛИЕВА Гүлнара Бакытовна"


def no_chooser(_parent: Any, _table: str, _text: str) -> tuple[str, str] | None:
    raise AssertionError("no picker expected in this test")


def open_form(
    qtbot: QtBot,
    runner: TaskRunner,
    dialogs: FakeDialogs,
    vault: Vault,
    table: str,
    record_id: str | None = None,
    preset: dict[str, Any] | None = None,
    chooser: Any = no_chooser,
) -> RecordForm:
    form = RecordForm(
        runner,
        dialogs,
        vault,
        table,
        record_id,
        preset,
        chooser=chooser,  # type: ignore[arg-type]
    )
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: form.is_loaded, timeout=5000)
    return form


def save(qtbot: QtBot, form: RecordForm) -> str:
    qtbot.waitUntil(form.save_button.isEnabled, timeout=2000)  # after the typing delay
    with qtbot.waitSignal(form.record_saved, timeout=5000) as blocker:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    return str(blocker.args[1])


def partial_date_line(form: RecordForm, name: str) -> Any:
    editor = form.editors[name]
    assert isinstance(editor, PartialDateField)
    return editor.edit.line


def date_message(form: RecordForm, name: str) -> tuple[str, str]:
    """(kind, text) of a date field's own message line, where its problems are shown."""
    editor = form.editors[name]
    assert isinstance(editor, PartialDateField | DateField)
    return editor.edit.message.kind(), editor.edit.message.full_text()


def person_count(vault: Vault) -> int:
    with vault.read() as session:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)


def test_add_person_with_cyrillic_name(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    form = open_form(qtbot, runner, dialogs, vault, "persons")
    name = form.editors["full_name"]
    assert isinstance(name, TextField)
    assert not form.save_button.isEnabled()  # the required name is still empty
    type_text(name.edit, CYRILLIC_NAME)
    type_text(partial_date_line(form, "birth_date"), "04.1987")
    form.check()
    assert form.save_button.isEnabled()

    person_id = save(qtbot, form)

    assert not form.isVisible()
    stored = load_record(vault, "persons", person_id)
    assert stored["full_name"] == CYRILLIC_NAME
    assert stored["birth_date"] == PartialDate(1987, 4)


def test_detention_event_updates_status_and_days(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    from casefile.services.lists.status import statuses

    person_id = save_record(vault, "persons", None, {"full_name": "Test Person"})
    form = open_form(
        qtbot, runner, dialogs, vault, "detention_events", preset={"person_id": person_id}
    )
    reference = form.editors["person_id"]
    assert isinstance(reference, ReferenceField)
    assert reference.display.text() == "Test Person"  # the preset person is named
    kind = form.editors["type"]
    assert isinstance(kind, ChoiceField)
    kind.combo.setCurrentIndex(kind.combo.findData("pretrial_detention"))
    kind.combo.activated.emit(kind.combo.currentIndex())
    start = date.today().replace(day=1)
    type_text(partial_date_line(form, "start"), start.strftime("%d.%m.%Y"))
    type_text(form.editors["place"].edit, "СИЗО-1 Бишкек")  # type: ignore[attr-defined]

    save(qtbot, form)

    with vault.read() as session:
        status = statuses(session, date.today(), [person_id])[person_id]
    assert status.status == "pretrial_detention"
    assert status.days_in_custody == (date.today() - start).days + 1


def test_end_before_start_is_shown_and_refused(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    person_id = save_record(vault, "persons", None, {"full_name": "Test Person"})
    form = open_form(
        qtbot, runner, dialogs, vault, "detention_events", preset={"person_id": person_id}
    )
    form.set_value("type", "police_custody")
    type_text(partial_date_line(form, "start"), "10.03.2024")
    type_text(partial_date_line(form, "end"), "01.03.2024")
    qtbot.waitUntil(lambda: date_message(form, "end")[0] == "error", timeout=2000)

    assert "cannot be before" in date_message(form, "end")[1]
    assert not form.errors["end"].isVisible()  # said once, in the date's own line
    assert not form.save_button.isEnabled()
    qtbot.keySequence(form, QKeySequence(QKeySequence.StandardKey.Save))  # Ctrl+S refused too
    form.save()
    qtbot.wait(100)
    assert form.isVisible()
    with vault.read() as session:
        assert session.scalar(select(func.count()).select_from(DetentionEvent)) == 0

    partial_date_line(form, "end").clear()
    type_text(partial_date_line(form, "end"), "12.03.2024")
    form.check()
    assert date_message(form, "end")[0] == "reading"
    assert form.save_button.isEnabled()


def test_unreadable_date_is_shown_next_to_its_field(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    form = open_form(qtbot, runner, dialogs, vault, "persons")
    type_text(form.editors["full_name"].edit, "Someone")  # type: ignore[attr-defined]
    type_text(partial_date_line(form, "birth_date"), "31.02.1990")
    form.check()
    assert date_message(form, "birth_date") == ("error", "February 1990 has no day 31.")
    assert partial_date_line(form, "birth_date").text() == "31.02.1990"  # kept as typed
    assert not form.errors["birth_date"].isVisible()  # not said twice
    assert not form.save_button.isEnabled()


def test_ctrl_s_saves(qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault) -> None:
    form = open_form(qtbot, runner, dialogs, vault, "cases")
    type_text(form.editors["title"].edit, "Case of the test")  # type: ignore[attr-defined]
    form.check()
    with qtbot.waitSignal(form.record_saved, timeout=5000) as blocker:
        qtbot.keySequence(form, QKeySequence(QKeySequence.StandardKey.Save))
    assert load_record(vault, "cases", str(blocker.args[1]))["title"] == "Case of the test"


def test_reference_picker_links_a_person(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    person_id = save_record(vault, "persons", None, {"full_name": "Picked Person"})
    asked: list[tuple[str, str]] = []

    def chooser(_parent: Any, table: str, text: str) -> tuple[str, str] | None:
        asked.append((table, text))
        return person_id, "Picked Person"

    form = open_form(qtbot, runner, dialogs, vault, "charges", chooser=chooser)
    reference = form.editors["person_id"]
    assert isinstance(reference, ReferenceField)
    reference.display.setFocus()
    type_text(reference.display, "P")  # typing a letter opens the picker
    assert asked == [("persons", "P")]
    assert reference.display.text() == "Picked Person"
    type_text(form.editors["article"].edit, "Article 330")  # type: ignore[attr-defined]
    form.check()
    charge_id = save(qtbot, form)
    assert load_record(vault, "charges", charge_id)["person_id"] == person_id


def test_unsaved_changes_are_protected(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    person_id = save_record(vault, "persons", None, {"full_name": "Original Name"})
    form = open_form(qtbot, runner, dialogs, vault, "persons", person_id)
    assert not form.is_dirty()
    name = form.editors["full_name"]
    assert isinstance(name, TextField)
    name.edit.selectAll()
    type_text(name.edit, "Changed Name")
    assert form.is_dirty()

    dialogs.unsaved_answer = "cancel"
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    assert dialogs.kinds() == ["ask_unsaved_changes"]
    assert form.isVisible()  # kept editing
    form.close()  # the window's close button asks too
    assert dialogs.kinds() == ["ask_unsaved_changes"] * 2
    assert form.isVisible()

    dialogs.unsaved_answer = "discard"
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert load_record(vault, "persons", person_id)["full_name"] == "Original Name"

    form = open_form(qtbot, runner, dialogs, vault, "persons", person_id)
    name = form.editors["full_name"]
    assert isinstance(name, TextField)
    name.edit.selectAll()
    type_text(name.edit, "Kept Name")
    dialogs.unsaved_answer = "save"
    with qtbot.waitSignal(form.record_saved, timeout=5000):
        form.close()
    assert not form.isVisible()
    assert load_record(vault, "persons", person_id)["full_name"] == "Kept Name"


def test_untouched_form_closes_without_asking(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    person_id = save_record(vault, "persons", None, {"full_name": "Someone"})
    form = open_form(
        qtbot, runner, dialogs, vault, "detention_events", preset={"person_id": person_id}
    )
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert dialogs.calls == []


def test_attachment_metadata_form(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    import io

    from casefile.services.records.attachments import add_attachment, attachment_info

    person_id = save_record(vault, "persons", None, {"full_name": "Someone"})
    attachment = add_attachment(vault, "persons", person_id, "scan", io.BytesIO(b"x"), "a.jpg")
    form = open_form(qtbot, runner, dialogs, vault, "attachments", attachment)
    assert set(form.editors) == {"title", "file_name"}
    title = form.editors["title"]
    assert isinstance(title, TextField)
    title.edit.clear()
    type_text(title.edit, "Справка о побоях")
    save(qtbot, form)
    assert attachment_info(vault, attachment).title == "Справка о побоях"


def test_detention_event_from_the_dossier_updates_its_status_line(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    from PySide6.QtWidgets import QWidget

    from casefile.ui.pages.dossier_page import DossierPage
    from casefile.ui.shell.record_actions import RecordActions

    person_id = save_record(vault, "persons", None, {"full_name": "Dossier Person"})
    host = QWidget()
    qtbot.addWidget(host)
    actions = RecordActions(runner, dialogs, host)  # type: ignore[arg-type]  # fake dialogs
    actions.set_vault(vault)
    dossier = DossierPage(runner, dialogs, parent=host)  # type: ignore[arg-type]
    dossier.set_vault(vault)
    dossier.edit_requested.connect(actions.edit)
    actions.records_changed.connect(dossier.reload)
    with qtbot.waitSignal(dossier.record_loaded, timeout=5000):
        dossier.show_record(person_id)
    assert "in custody" not in dossier.status_label.text()

    dossier.request_edit("detention_events", "", {"person_id": person_id})  # its "Add…" button
    form = actions.forms[-1]
    qtbot.waitUntil(lambda: form.is_loaded, timeout=5000)
    form.set_value("type", "pretrial_detention")
    start = date.today().replace(day=1)
    type_text(partial_date_line(form, "start"), start.strftime("%d.%m.%Y"))
    with qtbot.waitSignal(dossier.record_loaded, timeout=5000):
        save(qtbot, form)

    days = (date.today() - start).days + 1
    assert "Pre-trial detention" in dossier.status_label.text()
    assert days_in_custody(days) in dossier.status_label.text()  # "31 days in custody"


def test_picker_finds_a_person_by_a_lowercase_cyrillic_fragment(
    qtbot: QtBot, runner: TaskRunner, vault: Vault
) -> None:
    from casefile.ui.editors.pickers import PickerDialog

    wanted = save_record(vault, "persons", None, {"full_name": "ТАЖИБЕКОВ Айбек"})
    save_record(vault, "persons", None, {"full_name": "Other Person"})
    dialog = PickerDialog(runner, vault, "persons")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.results.count() == 2, timeout=5000)  # all, before typing
    type_text(dialog.search, "тажиб")
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=5000)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.chosen is not None
    assert (dialog.chosen.id, dialog.chosen.label) == (wanted, "ТАЖИБЕКОВ Айбек")


def test_picker_filters_organisations_by_name(
    qtbot: QtBot, runner: TaskRunner, vault: Vault
) -> None:
    from casefile.ui.editors.pickers import PickerDialog

    save_record(vault, "organisations", None, {"name": "Бишкекский суд", "kind": "court"})
    save_record(vault, "organisations", None, {"name": "Kloop", "kind": "media_outlet"})
    dialog = PickerDialog(runner, vault, "organisations", initial_text="БИШКЕК")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=5000)
    assert dialog.results.item(0).text() == "Бишкекский суд"


def test_required_fields_are_named_once_saving_is_tried(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    form = open_form(qtbot, runner, dialogs, vault, "persons")
    assert not form.errors["full_name"].isVisible()  # not nagged before typing anything
    assert "Full name" in form.footer.text()  # but told what is still needed
    qtbot.keySequence(form, QKeySequence(QKeySequence.StandardKey.Save))
    assert form.errors["full_name"].isVisible()
    assert form.errors["full_name"].text() == "Full name is required."
    assert person_count(vault) == 0


def test_a_missing_choice_is_added_to_its_list_from_the_form(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    from casefile.services.records.drafts import vocabulary
    from casefile.ui.editors.new_term import TermLabels

    asked: list[str] = []

    def term_asker(_parent: Any, field: str) -> TermLabels | None:
        asked.append(field)
        return TermLabels("Forced psychiatric detention", "Принудительная госпитализация", None)

    person_id = save_record(vault, "persons", None, {"full_name": "Someone"})
    form = RecordForm(
        runner,
        dialogs,  # type: ignore[arg-type]
        vault,
        "detention_events",
        None,
        {"person_id": person_id},
        chooser=no_chooser,
        term_asker=term_asker,
    )
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: form.is_loaded, timeout=5000)
    assert "sex" not in form.new_term_buttons  # fixed lists take no new terms
    qtbot.mouseClick(form.new_term_buttons["type"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.values()["type"] is not None, timeout=5000)

    assert asked == ["Type"]
    assert form.values()["type"] == "forced_psychiatric_detention"
    codes = dict(vocabulary(vault, "detention_type", "ru"))
    assert codes["forced_psychiatric_detention"] == "Принудительная госпитализация"

    # The same term again is refused next to the field, and the choice stays.
    qtbot.mouseClick(form.new_term_buttons["type"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.errors["type"].isVisible(), timeout=5000)
    assert "already has this term" in form.errors["type"].text()
