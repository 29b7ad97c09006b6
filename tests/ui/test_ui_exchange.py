"""File → Send changes… / Receive changes… / Exchange conflicts…, end to end on two vaults."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from casefile.services.exchange import bundle_format, devices, safeguards, service
from casefile.services.exchange.bundle_format import BundleKdf
from casefile.services.exchange.errors import MassChangeError
from casefile.ui.exchange.actions import ExchangeActions
from casefile.ui.exchange.conflicts import ConflictsDialog
from casefile.ui.exchange.dialogs import SendChangesDialog
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.start.controller import AppController
from casefile.vault.schema import Partner, Person
from casefile.vault.vault import Vault
from tests.ui.ui_helpers import PASSPHRASE, FakeDialogs, unlock

FAST_BUNDLE_KDF = BundleKdf(log2_n=4, r=1, p=1)
BUNDLE_PASSPHRASE = "bundle passphrase for tests"


@dataclass
class RecordingDialogs(FakeDialogs):
    """Also keeps the keyword arguments of each confirmation (the default button)."""

    confirm_options: list[dict[str, Any]] = field(default_factory=list)

    def confirm(self, parent: QWidget | None, title: str, text: str, **kw: Any) -> bool:
        self.confirm_options.append(kw)
        return super().confirm(parent, title, text, **kw)


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
    pair: tuple[Vault, Vault],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laptop, office = pair
    planned: list[str] = []
    plan_import = service.plan_import

    def counted(*args: Any, **kwargs: Any) -> Any:
        planned.append("plan")
        return plan_import(*args, **kwargs)

    monkeypatch.setattr(service, "plan_import", counted)
    dialogs = RecordingDialogs()
    bundle = tmp_path / "chosen.cfbundle"
    dialogs.save_answer = dialogs.file_answer = bundle
    parent = QWidget()
    qtbot.addWidget(parent)

    send = SendChangesDialog(runner, dialogs, laptop, parent)
    qtbot.waitUntil(lambda: send.partner_box.count() == 1)
    assert "Fingerprint" in send.device_label.text()
    # The partner's key is the default; a passphrase is six generated words, shown in a label
    # that cannot be selected, and only once the user says they wrote it down.
    assert send.since_button.isChecked() and send.key_button.isChecked()
    assert send.generated.isHidden()
    send.passphrase_button.setChecked(True)
    words = send.generated.text()
    assert len(words.split()) == 6 and words == send.passphrase_words
    assert send.generated.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    send.save()
    assert "Write the passphrase down" in send.problem.text() and not bundle.exists()
    qtbot.mouseClick(send.written_down, Qt.MouseButton.LeftButton)
    assert send.written_down.isChecked()
    send.save()
    qtbot.waitUntil(lambda: send.saved_to == bundle)
    data = bundle.read_bytes()
    assert data.startswith(bundle_format.MAGIC) and data[16:18] == b"\x00\x04"
    suggested = [text for kind, _title, text in dialogs.calls if kind == "save_file"][-1]
    assert suggested.startswith("casefile-") and "office" not in suggested
    assert dialogs.kinds()[-1] == "info"
    assert send.generated.text() == ""  # shown once

    actions = ExchangeActions(runner, dialogs, parent, lambda: office)
    changed: list[bool] = []
    actions.records_changed.connect(lambda: changed.append(True))
    actions.open_receive()
    qtbot.waitUntil(lambda: actions.receive_dialog is not None)
    receive = actions.receive_dialog
    assert receive is not None
    # Format 3: nothing about the sender is known before the passphrase opens it.
    assert receive.header is None
    assert not receive.open_button.isHidden() and receive.trust_button.isHidden()
    assert not receive.preview_button.isEnabled()
    assert "passphrase" in receive.sender_label.text()

    receive.passphrase.setText("the wrong passphrase")
    receive.open_bundle()
    qtbot.waitUntil(lambda: dialogs.kinds()[-1] == "error")
    assert "passphrase" in dialogs.calls[-1][2] and receive.header is None

    receive.passphrase.setText(words)
    receive.open_bundle()
    qtbot.waitUntil(lambda: receive.header is not None)
    header = receive.header
    assert header is not None
    # Unknown sender: its fingerprint is shown and nothing can be previewed yet.
    assert not receive.trust_button.isHidden() and receive.open_button.isHidden()
    assert not receive.preview_button.isEnabled()
    sender = header.sender
    assert devices.fingerprint(sender.signing_public, sender.agreement_public) in (
        receive.sender_label.text()
    )
    assert receive.contributor_button.isChecked() and not receive.partner_button.isChecked()
    dialogs.confirm_answer = True
    dialogs.text_answer = "laptop"
    receive.trust_sender()
    assert dialogs.confirm_options[-1].get("default_yes") is False
    qtbot.waitUntil(lambda: receive.preview_button.isEnabled())
    assert receive.trust_button.isHidden()
    assert [(p.name, p.role) for p in devices.list_partners(office)] == [("laptop", "contributor")]

    receive.show_preview()
    qtbot.waitUntil(lambda: receive.preview is not None)
    assert receive.changes.rowCount() == 1
    assert receive.changes.data(receive.changes.index(0, 1)) == "Bermet Exchange"
    assert receive.import_button.isEnabled()
    with office.read() as session:
        assert session.query(Person).filter_by(full_name="Bermet Exchange").count() == 0

    checkpoints: list[str] = []
    checkpoint = office.checkpoint

    def checkpointed() -> None:
        checkpoints.append("after the import" if receive.imported is not None else "before")
        checkpoint()

    monkeypatch.setattr(office, "checkpoint", checkpointed)
    receive.import_bundle()
    qtbot.waitUntil(lambda: receive.imported is not None)
    assert changed == [True]
    with office.read() as session:
        assert session.query(Person).filter_by(full_name="Bermet Exchange").count() == 1
    # The import carried out the preview's plan (nothing changed in between), and the backup
    # first made (none was there) did not change that.
    assert planned == ["plan"]
    assert receive.preview is None
    # The pages it left in the write-ahead log are copied into the file in the background,
    # once the user has the result (tests/vault/test_checkpoint_later.py: what that copies).
    qtbot.waitUntil(lambda: checkpoints == ["after the import"])


def _introduced(pair: tuple[Vault, Vault]) -> tuple[Vault, Vault]:
    laptop, office = pair
    devices.trust_device(office, devices.parse_card(devices.this_device(laptop).card), "laptop")
    return laptop, office


def test_a_bundle_to_this_vaults_key_shows_its_sender_at_once(
    qtbot: QtBot,
    runner: TaskRunner,
    dialogs: FakeDialogs,
    pair: tuple[Vault, Vault],
    tmp_path: Path,
) -> None:
    laptop, office = _introduced(pair)
    bundle = tmp_path / "in.cfbundle"
    service.export_bundle(laptop, "office", deliver=bundle.write_bytes)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs.file_answer = bundle
    actions = ExchangeActions(runner, dialogs, parent, lambda: office)
    actions.open_receive()
    qtbot.waitUntil(lambda: actions.receive_dialog is not None)
    receive = actions.receive_dialog
    assert receive is not None and receive.header is not None
    assert receive.mode == "public-key" and not receive.passphrase.isEnabled()
    assert receive.open_button.isHidden() and receive.trust_button.isHidden()
    assert "laptop" in receive.sender_label.text() and receive.preview_button.isEnabled()


def test_a_file_that_is_not_a_bundle_is_refused_at_once(
    qtbot: QtBot,
    runner: TaskRunner,
    dialogs: FakeDialogs,
    pair: tuple[Vault, Vault],
    tmp_path: Path,
) -> None:
    _laptop, office = pair
    other = tmp_path / "photo.jpg"
    other.write_bytes(b"\xff\xd8\xff\xe0" + bytes(100_000))
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs.file_answer = other
    actions = ExchangeActions(runner, dialogs, parent, lambda: office)
    actions.open_receive()
    qtbot.waitUntil(lambda: dialogs.kinds()[-1:] == ["error"])
    assert "not a Casefile bundle" in dialogs.calls[-1][2]
    assert actions.receive_dialog is None


def test_a_send_that_cannot_write_its_file_is_not_counted_as_sent(
    qtbot: QtBot,
    runner: TaskRunner,
    dialogs: FakeDialogs,
    pair: tuple[Vault, Vault],
    tmp_path: Path,
) -> None:
    laptop, _office = pair
    dialogs.save_answer = tmp_path / "unmounted" / "stick.cfbundle"
    parent = QWidget()
    qtbot.addWidget(parent)
    send = SendChangesDialog(runner, dialogs, laptop, parent)
    qtbot.waitUntil(lambda: send.partner_box.count() == 1)
    send.save()
    qtbot.waitUntil(lambda: dialogs.kinds()[-1:] == ["error"])
    assert send.saved_to is None and send.buttons.isEnabled()
    assert [p.last_sent_at for p in devices.list_partners(laptop)] == [None]
    with laptop.read() as session:
        assert session.query(Partner).one().last_sent_seq == 0
    # The next bundle still carries the person.
    assert service.export_bundle(laptop, "office").records == 1


def test_a_mass_change_is_listed_and_imported_only_after_a_confirmation(
    qtbot: QtBot,
    runner: TaskRunner,
    dialogs: FakeDialogs,
    pair: tuple[Vault, Vault],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laptop, office = _introduced(pair)
    devices.trust_device(laptop, devices.parse_card(devices.this_device(office).card), "office")
    with laptop.read() as session:
        person_id = session.query(Person).one().id

    def refuse(session: Any, preview: Any, *, accept: bool) -> None:
        if not accept:
            raise MassChangeError(
                "This bundle would delete or change 1 records.",
                changes=(("persons", person_id, "Bermet Exchange", "deleted"),),
            )

    monkeypatch.setattr(safeguards, "check_mass_changes", refuse)
    bundle = tmp_path / "in.cfbundle"
    service.export_bundle(laptop, "office", deliver=bundle.write_bytes)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs.file_answer = bundle
    actions = ExchangeActions(runner, dialogs, parent, lambda: office)
    actions.open_receive()
    qtbot.waitUntil(lambda: actions.receive_dialog is not None)
    receive = actions.receive_dialog
    assert receive is not None

    receive.import_bundle()
    qtbot.waitUntil(lambda: receive.mass_dialog is not None)
    mass = receive.mass_dialog
    assert mass is not None and mass.isVisible()
    rows = [tuple(mass.model.data(mass.model.index(0, c)) for c in range(3))]
    assert rows == [("Moved to the trash", "Bermet Exchange", "Person")]
    with office.read() as session:
        assert session.query(Person).count() == 0
    mass.reject()
    assert receive.imported is None and receive.import_button.isEnabled()

    qtbot.mouseClick(receive.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: receive.mass_dialog is not mass and receive.mass_dialog is not None)
    second = receive.mass_dialog
    assert second is not None
    qtbot.mouseClick(second.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: receive.imported is not None)
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
