"""Tools › Exchange…: choosing the sync folder syncs, the log shows each partner, a folder
sync after unlock runs on the task runner, and a skipped file is a line, not a dialog."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from casefile.services.exchange import devices, scopes, sync
from casefile.ui.exchange.actions import ExchangeActions
from casefile.ui.exchange.sync_panel import ExchangeDialog
from casefile.ui.kit.tasks import TaskRunner
from casefile.vault.schema import Person
from casefile.vault.vault import Vault
from tests.ui.ui_helpers import PASSPHRASE, FakeDialogs


@pytest.fixture
def pair(template_vault: Path, tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    opened = []
    for name in ("laptop", "office"):
        target = tmp_path / f"{name}.casefile"
        shutil.copytree(template_vault, target, ignore=shutil.ignore_patterns("vault.lock"))
        vault = Vault.open(target, PASSPHRASE, actor=name)
        devices.new_device_keys(vault)
        devices.set_device_name(vault, name)
        opened.append(vault)
    laptop, office = opened
    for a, b in ((laptop, office), (office, laptop)):
        card = devices.this_device(b)
        devices.trust_device(a, devices.parse_card(card.card), card.name)
    yield laptop, office
    for vault in opened:
        vault.close()


def test_choosing_a_folder_syncs_and_the_log_shows_the_partner(
    qtbot: QtBot, runner: TaskRunner, pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    laptop, office = pair
    folder = tmp_path / "Sync"
    folder.mkdir()
    with office.write() as session:
        people = [Person(full_name="Scoped In"), Person(full_name="Scoped Out")]
        session.add_all(people)
    scopes.set_scope(office, "laptop", [people[0].id])
    sync.sync(office, folder)
    (folder / "cf-00000000000000ff.cfbundle").write_bytes(b"torn")
    dialogs = FakeDialogs()
    dialogs.folder_answer = folder
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = ExchangeActions(runner, dialogs, parent, lambda: laptop)
    imported: list[bool] = []
    actions.records_changed.connect(lambda: imported.append(True))
    actions.open_exchange()
    dialog = actions.exchange_dialog
    assert isinstance(dialog, ExchangeDialog)
    qtbot.waitUntil(lambda: dialog.partners.rowCount() == 1)
    assert not dialog.sync_now.isEnabled()  # no folder yet
    dialog.choose.click()
    qtbot.waitUntil(lambda: imported == [True], timeout=20_000)
    qtbot.waitUntil(lambda: dialog.skipped.rowCount() == 1)
    assert dialog.folder.text() == str(folder.absolute())
    assert dialog.sync_now.isEnabled()
    skipped = dialog.skipped.index(0, 2).data()
    assert skipped.startswith("torn")
    assert dialog.partners.index(0, 0).data() == "office"
    assert "Scoped In" in dialog.scope.text() and "Scoped Out" not in dialog.scope.text()
    assert [c[0] for c in dialogs.calls] == ["choose_folder"]  # no error dialog
    with laptop.read() as session:
        assert {p.full_name for p in session.query(Person)} == {"Scoped In"}


def test_the_folder_sync_runs_after_unlock_and_on_its_timer(
    qtbot: QtBot, runner: TaskRunner, pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    laptop, office = pair
    folder = tmp_path / "Sync"
    folder.mkdir()
    sync.set_folder(laptop, folder)
    with office.write() as session:
        session.add(Person(full_name="Arrived By Timer"))
    sync.sync(office, folder)
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = ExchangeActions(runner, FakeDialogs(), parent, lambda: laptop)
    with qtbot.waitSignal(actions.records_changed, timeout=20_000):
        actions.set_vault(laptop)
    assert actions.folder_sync.timer.isActive()
    with laptop.read() as session:
        assert session.query(Person).filter_by(full_name="Arrived By Timer").count() == 1
    actions.set_vault(None)
    assert not actions.folder_sync.timer.isActive()


def test_a_received_bundle_is_taken_back_from_the_exchange_window(
    qtbot: QtBot, runner: TaskRunner, pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    from casefile.services.exchange import service

    laptop, office = pair
    with office.write() as session:
        person = Person(full_name="Taken Back")
        session.add(person)
        session.flush()
        person_id = person.id
    service.import_bundle(laptop, service.export_bundle(office, "laptop").data)
    dialogs = FakeDialogs()
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = ExchangeActions(runner, dialogs, parent, lambda: laptop)
    changed: list[bool] = []
    actions.records_changed.connect(lambda: changed.append(True))
    actions.open_exchange()
    dialog = actions.exchange_dialog
    assert isinstance(dialog, ExchangeDialog)
    qtbot.waitUntil(lambda: dialog.received.rowCount() == 1)
    assert dialog.received.index(0, 1).data() == "office"
    assert dialog.received.index(0, 2).data() == "new: 1"
    assert dialog.received.index(0, 3).data() == "possible"
    assert not dialog.undo_import.isEnabled()  # nothing chosen yet
    # From the keyboard: into the table, onto the row, then the button.
    dialog.received_view.setFocus()
    dialog.received_view.selectRow(0)
    assert dialog.undo_import.isEnabled()
    dialog.undo_import.click()
    qtbot.waitUntil(lambda: changed == [True], timeout=10_000)
    qtbot.waitUntil(lambda: dialog.received.index(0, 3).data().startswith("undone"))
    assert [c[0] for c in dialogs.calls] == ["confirm"]
    with laptop.read() as session:
        found = session.get(Person, person_id)
        assert found is not None and found.deleted_at is not None
    dialog.received_view.selectRow(0)
    assert not dialog.undo_import.isEnabled()
