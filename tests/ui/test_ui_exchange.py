"""File → Send changes… / Receive changes… / Exchange conflicts…, end to end on two vaults."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import PASSPHRASE, FakeDialogs, unlock

from casefile.domain.models import Person
from casefile.services.exchange import bundle_format, devices, service
from casefile.services.exchange.bundle_format import BundleKdf
from casefile.ui.controller import AppController
from casefile.ui.exchange_actions import ExchangeActions
from casefile.ui.exchange_conflicts import ConflictsDialog
from casefile.ui.exchange_dialogs import SendChangesDialog
from casefile.ui.tasks import TaskRunner
from casefile.vault.vault import Vault

FAST_BUNDLE_KDF = BundleKdf(log2_n=4, r=1, p=1)
BUNDLE_PASSPHRASE = "bundle passphrase for tests"


@dataclass
class FakeFiles:
    save_path: Path | None = None
    open_path: Path | None = None

    def save_bundle(self, parent: QWidget | None, suggested: str) -> Path | None:
        return self.save_path

    def open_bundle(self, parent: QWidget | None) -> Path | None:
        return self.open_path


@pytest.fixture(autouse=True)
def fast_bundles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_format, "DEFAULT_KDF", FAST_BUNDLE_KDF)


@pytest.fixture
def pair(template_vault: Path, tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    opened = []
    for name in ("laptop", "office"):
        target = tmp_path / f"{name}.casefile"
        shutil.copytree(template_vault, target, ignore=shutil.ignore_patterns("vault.lock"))
        vault = Vault.open(target, PASSPHRASE, actor=name)
        devices.new_device_keys(vault)
        opened.append(vault)
    laptop, office = opened
    devices.trust_device(laptop, devices.parse_card(devices.this_device(office).card), "office")
    with laptop.write() as session:
        session.add(Person(full_name="Bermet Exchange"))
    yield laptop, office
    for vault in opened:
        vault.close()


def test_send_then_receive_with_trust_preview_and_import(
    qtbot: QtBot,
    runner: TaskRunner,
    dialogs: FakeDialogs,
    pair: tuple[Vault, Vault],
    tmp_path: Path,
) -> None:
    laptop, office = pair
    bundle = tmp_path / "to-office.cfbundle"
    files = FakeFiles(save_path=bundle, open_path=bundle)
    parent = QWidget()
    qtbot.addWidget(parent)

    send = SendChangesDialog(runner, dialogs, files, laptop, parent)
    qtbot.waitUntil(lambda: send.partner_box.count() == 1)
    assert "Fingerprint" in send.device_label.text()
    assert send.since_button.isChecked() and send.passphrase_button.isChecked()
    send.passphrase.setText("short")
    send.repeat.setText("short")
    send.save()
    assert "10 characters" in send.problem.text()
    send.passphrase.setText(BUNDLE_PASSPHRASE)
    send.repeat.setText(BUNDLE_PASSPHRASE)
    send.save()
    qtbot.waitUntil(lambda: send.saved_to == bundle)
    assert bundle.read_bytes().startswith(bundle_format.MAGIC)
    assert dialogs.kinds()[-1] == "info"

    actions = ExchangeActions(runner, dialogs, parent, lambda: office, files)
    changed: list[bool] = []
    actions.records_changed.connect(lambda: changed.append(True))
    actions.open_receive()
    qtbot.waitUntil(lambda: actions.receive_dialog is not None)
    receive = actions.receive_dialog
    assert receive is not None
    # Unknown sender: its fingerprint is shown and nothing can be previewed yet.
    assert not receive.trust_button.isHidden()
    assert not receive.preview_button.isEnabled()
    sender = receive.header.sender
    assert devices.fingerprint(sender.signing_public, sender.agreement_public) in (
        receive.sender_label.text()
    )
    dialogs.confirm_answer = True
    dialogs.text_answer = "laptop"
    receive.trust_sender()
    qtbot.waitUntil(lambda: receive.preview_button.isEnabled())
    assert receive.trust_button.isHidden()

    receive.passphrase.setText("the wrong passphrase")
    receive.show_preview()
    qtbot.waitUntil(lambda: dialogs.kinds()[-1] == "error")
    assert "passphrase" in dialogs.calls[-1][2]

    receive.passphrase.setText(BUNDLE_PASSPHRASE)
    receive.show_preview()
    qtbot.waitUntil(lambda: receive.preview is not None)
    assert receive.changes.rowCount() == 1
    assert receive.changes.data(receive.changes.index(0, 1)) == "Bermet Exchange"
    assert receive.import_button.isEnabled()
    with office.read() as session:
        assert session.query(Person).filter_by(full_name="Bermet Exchange").count() == 0

    receive.import_bundle()
    qtbot.waitUntil(lambda: receive.imported is not None)
    assert changed == [True]
    with office.read() as session:
        assert session.query(Person).filter_by(full_name="Bermet Exchange").count() == 1


def test_conflicts_side_by_side_keep_theirs(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, pair: tuple[Vault, Vault]
) -> None:
    laptop, office = pair
    devices.trust_device(office, devices.parse_card(devices.this_device(laptop).card), "laptop")
    first = service.export_bundle(laptop, "office", passphrase=BUNDLE_PASSPHRASE)
    service.import_bundle(office, first.data, BUNDLE_PASSPHRASE)
    for vault, value in ((laptop, "lawyer"), (office, "journalist")):
        with vault.write() as session:
            person = session.query(Person).filter_by(full_name="Bermet Exchange").one()
            person.profession = value
    second = service.export_bundle(laptop, "office", passphrase=BUNDLE_PASSPHRASE)
    service.import_bundle(office, second.data, BUNDLE_PASSPHRASE)

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ConflictsDialog(runner, dialogs, office, parent)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.data(dialog.model.index(0, 0)) == "Bermet Exchange"
    assert dialog.mine.toPlainText() == "journalist"
    assert dialog.theirs.toPlainText() == "lawyer"
    assert dialog.keep_theirs.isEnabled()
    with qtbot.waitSignal(dialog.conflicts_resolved):
        qtbot.mouseClick(dialog.keep_theirs, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    assert not dialog.keep_mine.isEnabled()
    assert service.open_conflicts(office) == []
    with office.read() as session:
        assert session.query(Person).filter_by(full_name="Bermet Exchange").one().profession == (
            "lawyer"
        )


def test_main_window_file_menu_has_the_exchange_actions(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    controller = make_controller()
    controller.start(vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    names = [action.objectName() for action in window.file_menu.actions()]
    assert {"sendChangesAction", "receiveChangesAction", "exchangeConflictsAction"} <= set(names)
    window.exchange.conflicts_action.trigger()
    dialog = window.exchange.conflicts_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not controller.runner.busy)
    assert dialog.model.rowCount() == 0 and not dialog.empty.isHidden()
