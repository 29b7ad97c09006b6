"""File → Import from CSV… and File → Export…: mapping with preview, dry run, import, export."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from casefile.services.open_formats.csv_import import ImportKind, RowAction
from casefile.services.records.drafts import save_record
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.open_formats.actions import OpenFormatActions
from casefile.ui.open_formats.csv_import_dialog import (
    CsvImportDialog,
    CsvPreviewModel,
    ImportReportModel,
)
from casefile.ui.open_formats.export_dialog import ExportDialog
from casefile.ui.start.controller import AppController
from casefile.vault.schema import AuditEntry, Person
from casefile.vault.vault import Vault
from tests.ui.ui_helpers import PASSPHRASE, FakeDialogs, unlock

SPREADSHEET = (
    "ФИО;Дата рождения;Пол;Примечание\r\n"
    "Эркин Жумабаев;05.1985;Мужской;первый\r\n"
    "Айпери Тажибек кызы;31.02.1990;Женский;второй\r\n"
    "Бектур Асанов;c. 1970;male;третий\r\n"
).encode("utf-8-sig")


@pytest.fixture
def open_vault(vault_path: Path) -> Iterator[Vault]:
    vault = Vault.open(vault_path, PASSPHRASE, actor="tester")
    yield vault
    vault.close()


def _people(vault: Vault) -> list[str]:
    with vault.read() as session:
        return sorted(session.scalars(select(Person.full_name)))


def _dialog(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> CsvImportDialog:
    dialog = CsvImportDialog(runner, dialogs, vault)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_mapping_preview_dry_run_and_import(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, open_vault: Vault
) -> None:
    dialog = _dialog(qtbot, runner, dialogs, open_vault)
    assert not dialog.check_button.isEnabled()
    assert dialog.load_data(SPREADSHEET, "people.csv")
    assert "3 rows" in dialog.file_label.text()
    preview = dialog.preview_model
    assert preview.rowCount() == 3 and preview.columnCount() == 4
    assert preview.data(preview.index(1, 0)) == "Айпери Тажибек кызы"
    assert preview.headerData(0, Qt.Orientation.Vertical) == "2"  # line numbers of the file
    # No header is a field name: nothing is mapped until the user chooses.
    assert dialog.mapping() == dict.fromkeys(("ФИО", "Дата рождения", "Пол", "Примечание"))
    for combo, field in zip(dialog._combos, ("full_name", "birth_date", "sex"), strict=False):
        combo.setCurrentIndex(combo.findData(field))
    assert dialog.mapping()["ФИО"] == "full_name"
    assert "→ full_name" in str(preview.headerData(0, Qt.Orientation.Horizontal))
    assert "not imported" in str(preview.headerData(3, Qt.Orientation.Horizontal))
    assert not dialog.import_button.isEnabled()  # a dry run comes first

    dialog.check()
    qtbot.waitUntil(lambda: dialog.report_model.rowCount() == 3, timeout=10_000)
    report = dialog.report_model
    actions = [report.row_at(row).action for row in range(3)]
    assert actions == [RowAction.CREATE, RowAction.REJECT, RowAction.CREATE]
    assert "no day 31" in str(report.data(report.index(1, 3)))
    assert report.data(report.index(1, 1)) == "Rejected"
    assert report.data(report.index(1, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert "1 rejected" in dialog.message.text()
    assert _people(open_vault) == []  # the dry run wrote nothing
    assert dialog.import_button.isEnabled()

    # With a rejected row, the import is refused unless skipping is ticked.
    dialog.start_import()
    qtbot.waitUntil(lambda: dialogs.kinds()[-1:] == ["error"], timeout=10_000)
    assert "cannot be imported" in dialogs.calls[-1][2]
    assert _people(open_vault) == []

    dialog.skip_rejected.setChecked(True)
    with qtbot.waitSignal(dialog.records_imported, timeout=10_000):
        dialog.start_import()
    assert _people(open_vault) == ["Бектур Асанов", "Эркин Жумабаев"]
    assert dialog.result_summary is not None
    assert (dialog.result_summary.created, dialog.result_summary.skipped) == (2, 1)
    assert dialogs.kinds()[-1] == "info"
    with open_vault.read() as session:
        audited = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.reason == "CSV import of people")
        )
    assert audited == 2
    qtbot.wait(20)  # the progress dialog closes on a zero timer


def test_field_name_headers_map_themselves_and_kind_switch(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, open_vault: Vault
) -> None:
    case_id = save_record(open_vault, "cases", None, {"title": "Дело", "case_numbers": ["1-24"]})
    dialog = _dialog(qtbot, runner, dialogs, open_vault)
    data = b"case,scheduled_date,court\r\n1-24,06.05.2024,Court\r\n"
    assert dialog.load_data(data, "hearings.csv")
    assert dialog.mapping() == {"case": None, "scheduled_date": None, "court": None}
    dialog.kind.setCurrentIndex(dialog.kind.findData(ImportKind.HEARINGS.value))
    assert dialog.mapping() == {
        "case": "case",
        "scheduled_date": "scheduled_date",
        "court": "court",
    }
    dialog.check()
    qtbot.waitUntil(lambda: dialog.report_model.rowCount() == 1, timeout=10_000)
    assert dialog.report_model.row_at(0).action is RowAction.CREATE
    assert case_id  # the hearing's case was found by its number
    qtbot.wait(20)


def test_malformed_file_is_refused_with_a_message(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, open_vault: Vault
) -> None:
    dialog = _dialog(qtbot, runner, dialogs, open_vault)
    assert not dialog.load_data(b"full_name,sex\nA,male,extra\n", "bad.csv")
    assert "“bad.csv” cannot be imported: Line 2 has 3 cells" in dialog.message.text()
    assert not dialog.check_button.isEnabled()
    assert dialog.preview_model.rowCount() == 0
    assert dialog.read_as_cp1251.isHidden()  # not an encoding problem: nothing to offer


CP1251 = (
    "full_name;sex;roles\r\n"
    "Айпери Тажибек кызы;Женский;Журналист\r\n"
    "Юлия Ёлкина;female;journalist blogger\r\n"
).encode("cp1251")


def test_windows_1251_is_offered_and_read_on_request(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, open_vault: Vault
) -> None:
    dialog = _dialog(qtbot, runner, dialogs, open_vault)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.file_encoding == "utf-8"
    assert not dialog.load_data(CP1251, "люди.csv")
    assert "“люди.csv” is not UTF-8 text" in dialog.message.text()
    assert "Windows-1251" in dialog.message.text()
    assert dialog.read_as_cp1251.isVisible()
    assert dialog.preview_model.rowCount() == 0
    assert not dialog.check_button.isEnabled()

    QTest.mouseClick(dialog.read_as_cp1251, Qt.MouseButton.LeftButton)
    assert dialog.file_encoding == "cp1251"
    assert not dialog.read_as_cp1251.isVisible()
    preview = dialog.preview_model
    assert preview.rowCount() == 2
    assert preview.data(preview.index(0, 0)) == "Айпери Тажибек кызы"
    assert preview.data(preview.index(1, 0)) == "Юлия Ёлкина"
    assert "Read as Windows-1251" in dialog.message.text()
    assert dialog.mapping() == {"full_name": "full_name", "sex": "sex", "roles": "roles"}

    dialog.check()
    qtbot.waitUntil(lambda: dialog.report_model.rowCount() == 2, timeout=10_000)
    assert {dialog.report_model.row_at(row).action for row in range(2)} == {RowAction.CREATE}
    with qtbot.waitSignal(dialog.records_imported, timeout=10_000):
        dialog.start_import()
    assert _people(open_vault) == ["Айпери Тажибек кызы", "Юлия Ёлкина"]
    with open_vault.read() as session:
        roles = session.scalar(select(Person.roles).where(Person.full_name == "Юлия Ёлкина"))
    assert roles == ["journalist", "blogger"]
    qtbot.wait(20)


def test_a_new_file_starts_as_utf_8_again(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, open_vault: Vault
) -> None:
    dialog = _dialog(qtbot, runner, dialogs, open_vault)
    dialog.load_data(CP1251, "old.csv")
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1251"))
    assert dialog.preview_model.rowCount() == 2
    utf8 = CP1251.decode("cp1251").encode("utf-8")
    assert dialog.load_data(utf8, "new.csv")
    assert dialog.file_encoding == "utf-8"
    assert dialog.preview_model.data(dialog.preview_model.index(1, 0)) == "Юлия Ёлкина"
    # Chosen by hand for a UTF-8 file, Windows-1251 is refused rather than garbling names.
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1251"))
    assert dialog.preview_model.rowCount() == 0
    assert "is UTF-8 text, not Windows-1251" in dialog.message.text()
    assert not dialog.check_button.isEnabled()


def test_a_kobo_export_is_recognised_and_mapped(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, open_vault: Vault
) -> None:
    data = (
        '"start";"group_person/full_name";"group_person/roles";"group_person/roles/journalist";'
        '"group_person/roles/blogger";"_id";"_uuid";"_submission_time";"_index"\r\n'
        '"2024-03-05T10:02:11.331+06:00";"Айпери Тажибек кызы";"journalist blogger";"1";"1";'
        '"231004";"3f7e1a2c-5b8d-4e0f-9a61-0c2b7d9e4f11";"2024-03-05T04:09:45";"1"\r\n'
    ).encode()
    dialog = _dialog(qtbot, runner, dialogs, open_vault)
    assert dialog.load_data(data, "kobo.csv")
    assert "KoboToolbox" in dialog.message.text()
    mapping = dialog.mapping()
    assert mapping["group_person/full_name"] == "full_name"
    assert mapping["group_person/roles"] == "roles"
    assert mapping["group_person/roles/journalist"] is None
    assert mapping["_uuid"] is None
    dialog.check()
    qtbot.waitUntil(lambda: dialog.report_model.rowCount() == 1, timeout=10_000)
    with qtbot.waitSignal(dialog.records_imported, timeout=10_000):
        dialog.start_import()
    with open_vault.read() as session:
        roles = session.scalar(select(Person.roles))
    assert roles == ["journalist", "blogger"]
    qtbot.wait(20)


def test_cancelled_import_writes_nothing(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, open_vault: Vault
) -> None:
    rows = "".join(f"Person {number}\r\n" for number in range(3000))
    dialog = _dialog(qtbot, runner, dialogs, open_vault)
    assert dialog.load_data(("full_name\r\n" + rows).encode(), "many.csv")
    dialog.check()
    qtbot.waitUntil(lambda: dialog.report_model.rowCount() == 3000, timeout=20_000)
    dialog.start_import()
    dialog.progress.canceled.emit()  # the user presses Cancel at once
    runner.wait()
    qtbot.wait(50)
    assert _people(open_vault) == []
    assert dialog.result_summary is None
    assert "cancelled" in dialog.message.text()
    assert dialog.import_button.isEnabled()  # the user may try again
    qtbot.wait(20)


def test_models_pass_the_model_tester(qtmodeltester, open_vault: Vault) -> None:  # type: ignore[no-untyped-def]
    from casefile.services.open_formats.csv_import import plan_import, read_csv

    preview = CsvPreviewModel()
    preview.set_table(read_csv(SPREADSHEET))
    qtmodeltester.check(preview)
    report = ImportReportModel()
    report.set_rows(plan_import(open_vault, ImportKind.PEOPLE, b"full_name\nA\n,\n").rows)
    qtmodeltester.check(report)


def test_export_dialog_writes_json_with_the_warning(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, open_vault: Vault, tmp_path: Path
) -> None:
    save_record(open_vault, "persons", None, {"full_name": "Эркин Жумабаев"})
    dialog = ExportDialog(runner, dialogs, open_vault)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    warning = dialog.findChild(type(dialog.folder_label), "unencryptedWarning")
    assert warning is not None and "NOT encrypted" in warning.text()
    assert not dialog.export_button.isEnabled()
    dialogs.folder_answer = tmp_path / "out"
    dialog.choose_folder()
    assert dialog.export_button.isEnabled()
    dialog.start_export()
    qtbot.waitUntil(lambda: dialogs.kinds()[-1:] == ["info"], timeout=10_000)
    assert "NOT encrypted" in dialogs.calls[-1][2]
    document = json.loads((tmp_path / "out" / "casefile-export.json").read_text("utf-8"))
    assert document["tables"]["persons"][0]["full_name"] == "Эркин Жумабаев"
    assert not (tmp_path / "out" / "attachments").exists()

    # Again into the same folder, as CSV: the user is asked before files are replaced.
    again = ExportDialog(runner, dialogs, open_vault)  # type: ignore[arg-type]
    qtbot.addWidget(again)
    again.csv_choice.setChecked(True)
    again.set_folder(tmp_path / "out")
    (tmp_path / "out" / "persons.csv").write_text("old")
    dialogs.confirm_answer = False
    again.start_export()
    assert dialogs.kinds()[-1] == "confirm"
    assert (tmp_path / "out" / "persons.csv").read_text() == "old"
    dialogs.confirm_answer = True
    again.start_export()
    qtbot.waitUntil(lambda: dialogs.kinds()[-1:] == ["info"], timeout=10_000)
    assert "Эркин Жумабаев".encode() in (tmp_path / "out" / "persons.csv").read_bytes()
    qtbot.wait(20)


def test_file_menu_actions_open_the_dialogs(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, open_vault: Vault
) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    current: list[Vault | None] = [None]
    actions = OpenFormatActions(runner, dialogs, parent, lambda: current[0])  # type: ignore[arg-type]
    actions.import_action.trigger()
    assert actions.import_dialog is None  # no vault open: nothing happens
    current[0] = open_vault
    actions.import_action.trigger()
    actions.export_action.trigger()
    assert actions.import_dialog is not None and actions.import_dialog.isVisible()
    assert actions.export_dialog is not None and actions.export_dialog.isVisible()
    with qtbot.waitSignal(actions.records_changed, timeout=10_000):
        actions.import_dialog.load_data(b"full_name\nA\n", "a.csv")
        actions.import_dialog.check()
        qtbot.waitUntil(lambda: actions.import_dialog.import_button.isEnabled(), timeout=10_000)  # type: ignore[union-attr]
        actions.import_dialog.start_import()
    assert _people(open_vault) == ["A"]
    qtbot.wait(20)


def test_main_window_file_menu_imports_and_refreshes_people(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    vault_path: Path,
    dialogs: FakeDialogs,
) -> None:
    controller = make_controller()
    controller.start(vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    names = [action.objectName() for action in window.file_menu.actions()]
    assert names.index("importCsvAction") < names.index("exportAction")
    window.open_formats.import_action.trigger()
    dialog = window.open_formats.import_dialog
    assert dialog is not None
    dialog.load_data("full_name,birth_date\nЧолпон Жолдошева,1990\n".encode(), "p.csv")
    dialog.check()
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    window.show_page("people")
    controller.runner.wait()  # the page's first load is done before the import changes it
    qtbot.wait(50)
    with qtbot.waitSignal(dialog.records_imported, timeout=10_000):
        dialog.start_import()
    qtbot.waitUntil(
        lambda: any(row.full_name == "Чолпон Жолдошева" for row in window.people.model.rows()),
        timeout=10_000,
    )
    qtbot.wait(20)
    # Locking closes the dialogs: no names from the file stay on screen.
    window.open_formats.import_action.trigger()
    window.open_formats.export_action.trigger()
    shown = window.open_formats.import_dialog
    assert shown is not None
    shown.load_data("full_name\nЭркин Жумабаев\n".encode(), "p.csv")
    assert shown.isVisible()
    window.set_vault(None)
    assert not shown.isVisible()
    assert window.open_formats.import_dialog is None
    assert window.open_formats.export_dialog is None


def test_import_dialog_remembers_its_size(
    qtbot: QtBot,
    runner: TaskRunner,
    dialogs: FakeDialogs,
    open_vault: Vault,
    ui_settings: UiSettings,
) -> None:
    first = CsvImportDialog(runner, dialogs, open_vault, settings=ui_settings)  # type: ignore[arg-type]
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.reject()
    second = CsvImportDialog(runner, dialogs, open_vault, settings=ui_settings)  # type: ignore[arg-type]
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)
