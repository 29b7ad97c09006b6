"""Every focusable widget of every window has a name a screen reader can say (issue 18).

Each window is built as the application builds it, shown, and walked: a focusable widget with
no accessible name, no buddy label beside it and no text of its own fails the test
(tests/ui/accessibility.py says what counts).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from casefile.demo.build import DEMO_PASSPHRASE, build_demo_vault
from casefile.services.exchange import bundle_format, devices, service
from casefile.services.exchange.bundle_format import BundleKdf
from casefile.services.exchange.errors import MassChangeError
from casefile.services.lists.listing import list_cases, list_people
from casefile.services.records.drafts import EDITABLE_TABLES, save_record
from casefile.ui.editors.attachments_box import ImagePreview
from casefile.ui.editors.new_arrest import NewArrestDialog
from casefile.ui.editors.new_term import NewTermDialog
from casefile.ui.editors.pickers import PickerDialog
from casefile.ui.editors.record_form import RecordForm
from casefile.ui.exchange.actions import ExchangeActions
from casefile.ui.exchange.conflicts import ConflictsDialog
from casefile.ui.exchange.dialogs import MassChangesDialog, SendChangesDialog
from casefile.ui.i18n import language as i18n
from casefile.ui.kit.accessible import focus_target
from casefile.ui.kit.passphrase_fields import NewPassphraseDialog
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.pages.attachments_panel import AttachmentViewer
from casefile.ui.pages.record_dialogs import OutcomeDialog, PostponeDialog
from casefile.ui.shell.main_window import MainWindow
from casefile.ui.shell.maintenance import ChangePassphraseDialog, SettingsDialog
from casefile.ui.start.controller import AppController
from casefile.ui.start.create_vault import CreateVaultDialog
from casefile.ui.start.recovery_key import RecoveryKeyDialog
from casefile.vault.keyfile import KdfCost
from casefile.vault.schema import Person
from casefile.vault.vault import Vault
from tests.ui.accessibility import describe, focusable_widgets, is_named, unnamed_widgets
from tests.ui.ui_helpers import PASSPHRASE, FakeDialogs, type_text, unlock

FAST = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
PAGES = (
    "dashboard",
    "people",
    "cases",
    "hearings",
    "agenda",
    "ill_treatment",
    "interventions",
    "trash",
)


class Unnamed:
    """The focusable widgets of each window, and which of them have no name.

    A window checked several times (the main window, a page at a time) counts each widget
    once, as it was last seen.
    """

    def __init__(self) -> None:
        self.windows: dict[str, dict[int, tuple[QWidget, str]]] = {}

    def check(self, name: str, root: QWidget) -> None:
        widgets = self.windows.setdefault(name, {})
        for widget in focusable_widgets(root):
            widgets[id(widget)] = (widget, "" if is_named(widget) else describe(widget))

    def lines(self) -> list[str]:
        counts = [
            f"{name}: {sum(1 for _w, text in widgets.values() if text)} of {len(widgets)}"
            for name, widgets in self.windows.items()
        ]
        print("unnamed focusable widgets:", "; ".join(counts))  # shown with -s or on failure
        return [
            f"{name}: {text}"
            for name, widgets in self.windows.items()
            for _widget, text in widgets.values()
            if text
        ]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    created = build_demo_vault(tmp_path_factory.mktemp("a11y") / "demo", kdf_cost=FAST)
    created.vault.close()
    return created.vault.paths.root


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.casefile"
    shutil.copytree(demo_template, target, ignore=shutil.ignore_patterns("vault.lock"))
    return target


def _top_level(kind: type[QWidget]) -> QWidget:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind))


def test_the_start_windows_name_every_focusable_widget(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    vault_path: Path,
) -> None:
    unnamed = Unnamed()
    controller = make_controller()
    controller.start()
    welcome = controller.welcome
    assert welcome is not None
    unnamed.check("welcome", welcome)
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    create = _top_level(CreateVaultDialog)
    unnamed.check("create vault", create)
    create.reject()

    recovery = RecoveryKeyDialog("ABCD-EFGH", None)
    qtbot.addWidget(recovery)
    recovery.show()
    unnamed.check("recovery key", recovery)
    new_passphrase = NewPassphraseDialog("Choose a passphrase.", None)
    qtbot.addWidget(new_passphrase)
    new_passphrase.show()
    unnamed.check("new passphrase", new_passphrase)

    other = make_controller()
    other.start(vault_path)
    dialog = other.unlock_dialog
    assert dialog is not None
    unnamed.check("unlock", dialog)
    assert not unnamed.lines(), "\n".join(unnamed.lines())


def _open_demo(qtbot: QtBot, controller: AppController, demo_path: Path) -> MainWindow:
    controller.start(demo_path)
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    window = controller.main_window
    assert window is not None
    return window


def test_the_main_window_names_every_focusable_widget_on_every_page(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    demo_path: Path,
    dialogs: FakeDialogs,
) -> None:
    unnamed = Unnamed()
    controller = make_controller()
    window = _open_demo(qtbot, controller, demo_path)
    vault = controller.vault
    assert vault is not None
    qtbot.waitUntil(lambda: window.dashboard.lists["terms"].count() > 0, timeout=10_000)
    for page_id in PAGES:
        window.show_page(page_id)
        qtbot.waitUntil(lambda: not controller.runner.busy, timeout=10_000)
        unnamed.check("main window", window)

    detained = next(row for row in list_people(vault) if row.current_status == "pretrial_detention")
    window.open_record("persons", detained.id)
    qtbot.waitUntil(lambda: window.dossier.data is not None, timeout=10_000)
    unnamed.check("main window", window)
    case = list_cases(vault)[0]
    window.open_record("cases", case.id)
    qtbot.waitUntil(lambda: window.case_page.data is not None, timeout=10_000)
    unnamed.check("main window", window)

    type_text(window.search_box, "a")
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=10_000):
        pass
    unnamed.check("main window", window)

    # The windows of the menus.
    window.open_formats.open_import()
    assert window.open_formats.import_dialog is not None
    unnamed.check("CSV import", window.open_formats.import_dialog)
    window.open_formats.open_export()
    assert window.open_formats.export_dialog is not None
    unnamed.check("export", window.open_formats.export_dialog)
    window.exchange.open_send()
    assert window.exchange.send_dialog is not None
    unnamed.check("send changes", window.exchange.send_dialog)
    window.exchange.open_conflicts()
    assert window.exchange.conflicts_dialog is not None
    unnamed.check("exchange conflicts", window.exchange.conflicts_dialog)
    changes = window.show_changes()
    assert changes is not None
    unnamed.check("changes since", changes)
    for name, dialog in (
        ("settings", SettingsDialog(controller.runner, controller.settings, vault, window)),
        ("change passphrase", ChangePassphraseDialog(controller.runner, dialogs, vault, window)),
        ("new term", NewTermDialog("Place", window)),
        ("person picker", PickerDialog(controller.runner, vault, "persons", "", window)),
    ):
        dialog.show()
        unnamed.check(name, dialog)
        dialog.reject()

    window.reports.open_report("persons", detained.id)
    qtbot.waitUntil(lambda: bool(window.reports.windows), timeout=20_000)
    report = window.reports.windows[-1]
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=20_000)
    unnamed.check("report", report)
    for opener, name in (
        (window.reports.open_batch, "batch reports"),
        (window.reports.open_log, "disclosure log"),
        (window.reports.open_submitter, "submitter"),
    ):
        opener()
        unnamed.check(name, window.reports.windows[-1])
    assert not unnamed.lines(), "\n".join(unnamed.lines())


def test_every_record_form_names_every_field(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    unnamed = Unnamed()
    for table in EDITABLE_TABLES:
        form = RecordForm(runner, dialogs, vault, table, None, None, chooser=lambda *_a: None)
        qtbot.addWidget(form)
        form.show()
        qtbot.waitUntil(lambda form=form: form.is_loaded, timeout=5000)
        unnamed.check(f"form {table}", form)
        form.discard_and_close()
    assert not unnamed.lines(), "\n".join(unnamed.lines())


def test_a_saved_records_form_names_its_files_box(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    unnamed = Unnamed()
    with vault.write() as session:
        person = Person(full_name="Victim")
        session.add(person)
        session.flush()
        person_id = person.id
    report = save_record(vault, "ill_treatment_reports", None, {"victim_id": person_id})
    form = RecordForm(
        runner, dialogs, vault, "ill_treatment_reports", report, None, chooser=lambda *_a: None
    )
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: form.is_loaded, timeout=5000)
    assert form.attachments is not None and form.attachments.files.isVisible()
    unnamed.check("form ill_treatment_reports (saved)", form)
    form.discard_and_close()
    preview = ImagePreview(None, "Scan", _png())
    qtbot.addWidget(preview)
    preview.show()
    unnamed.check("image preview", preview)
    assert not unnamed.lines(), "\n".join(unnamed.lines())


def test_the_new_arrest_form_names_every_field(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault
) -> None:
    unnamed = Unnamed()
    dialog = NewArrestDialog(runner, dialogs, vault, chooser=lambda *_a: None)
    qtbot.addWidget(dialog)
    dialog.show()
    unnamed.check("new arrest (new person)", dialog)
    # The other half: an existing person, a court decision (their fields are enabled then).
    dialog.existing_person_radio.setChecked(True)
    dialog.decision.setCurrentIndex(1)
    unnamed.check("new arrest (existing person, decision)", dialog)
    assert not unnamed.lines(), "\n".join(unnamed.lines())


def _png() -> bytes:
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def test_the_small_dialogs_name_every_field(qtbot: QtBot) -> None:
    unnamed = Unnamed()
    postpone = PostponeDialog(None, "24.11.2026 — Case", date(2026, 11, 24), time(10, 0))
    outcome = OutcomeDialog(None, "24.11.2026 — Case", "held")
    # Its new date and new term are enabled with their outcomes.
    postponed = OutcomeDialog(None, "24.11.2026 — Case", "postponed", date(2026, 11, 24))
    extended = OutcomeDialog(None, "24.11.2026 — Case", "detention_extended", date(2026, 11, 24))
    picture = AttachmentViewer(None, "Scan of the medical report", "image/png", _png())
    text = AttachmentViewer(None, "Notes", "text/plain", b"Seen on 3 May")
    assert (picture.kind, text.kind) == ("image", "text")
    for name, dialog in (
        ("postpone", postpone),
        ("outcome", outcome),
        ("outcome (postponed)", postponed),
        ("outcome (detention extended)", extended),
        ("attachment (image)", picture),
        ("attachment (text)", text),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        unnamed.check(name, dialog)
    assert not unnamed.lines(), "\n".join(unnamed.lines())


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
    for one, other, name in ((laptop, office, "office"), (office, laptop, "laptop")):
        devices.trust_device(one, devices.parse_card(devices.this_device(other).card), name)
    with laptop.write() as session:
        session.add(Person(full_name="Bermet Exchange"))
    yield laptop, office
    for vault in opened:
        vault.close()


def test_the_exchange_dialogs_name_every_field(
    qtbot: QtBot,
    runner: TaskRunner,
    dialogs: FakeDialogs,
    pair: tuple[Vault, Vault],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bundle_format, "DEFAULT_KDF", BundleKdf(log2_n=4, r=1, p=1))
    laptop, office = pair
    unnamed = Unnamed()
    parent = QWidget()
    qtbot.addWidget(parent)
    send = SendChangesDialog(runner, dialogs, laptop, parent)
    send.show()
    qtbot.waitUntil(lambda: send.partner_box.count() == 1)
    send.passphrase_button.setChecked(True)  # shows the passphrase's own controls
    unnamed.check("send changes", send)

    bundle = tmp_path / "in.cfbundle"
    service.export_bundle(laptop, "office", deliver=bundle.write_bytes)
    dialogs.file_answer = bundle
    actions = ExchangeActions(runner, dialogs, parent, lambda: office)
    actions.open_receive()
    qtbot.waitUntil(lambda: actions.receive_dialog is not None)
    receive = actions.receive_dialog
    assert receive is not None
    unnamed.check("receive changes", receive)
    receive.show_preview()
    qtbot.waitUntil(lambda: receive.preview is not None)
    unnamed.check("receive changes", receive)

    mass = MassChangesDialog(
        MassChangeError(
            "This bundle would delete or change 1 records.",
            changes=(("persons", "x", "Bermet Exchange", "deleted"),),
        ),
        parent,
    )
    mass.show()
    unnamed.check("mass changes", mass)
    conflicts = ConflictsDialog(runner, dialogs, office, parent)
    conflicts.show()
    unnamed.check("exchange conflicts", conflicts)
    assert not unnamed.lines(), "\n".join(unnamed.lines())


def test_search_results_and_pages_are_reached_with_the_keyboard(
    qtbot: QtBot, make_controller: Callable[..., AppController], people_vault_path: Path
) -> None:
    controller = make_controller()
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    panel = window.search_panel
    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        type_text(window.search_box, "Alice")
    # Tab goes to the results, Tab again to the first hit, Enter opens it.
    qtbot.keyClick(window.search_box, Qt.Key.Key_Tab)
    assert panel.results.hasFocus()
    qtbot.keyClick(panel.results, Qt.Key.Key_Tab)
    assert panel.results.textCursor().selectedText() == "Alice Example"
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert window.current_page_id() == "dossier"
    qtbot.waitUntil(lambda: window.dossier.data is not None, timeout=10_000)

    # Tabbing into the page list keeps the dossier; an arrow key then changes the page.
    window.nav.setFocus(Qt.FocusReason.TabFocusReason)
    assert window.nav.hasFocus() and window.current_page_id() == "dossier"
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_page_id() == "dashboard"


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    i18n.set_language("en")


def test_names_follow_a_language_switch(
    qtbot: QtBot, runner: TaskRunner, dialogs: FakeDialogs, vault: Vault, back_to_english: None
) -> None:
    form = RecordForm(runner, dialogs, vault, "persons", None, None, chooser=lambda *_a: None)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: form.is_loaded, timeout=5000)
    name_edit = focus_target(form.editors["full_name"])
    birth_line = focus_target(form.editors["birth_date"])
    assert name_edit.accessibleName() == "Full name"  # the label's text, without the "*"
    assert birth_line.accessibleName() == "Date of birth"
    postpone = PostponeDialog(None, "24.11.2026 — Case", date(2026, 11, 24), time(10, 0))
    qtbot.addWidget(postpone)
    assert postpone.date_entry.line.accessibleName() == "New date"

    i18n.set_language("ru")
    qtbot.waitUntil(lambda: name_edit.accessibleName() == "Полное имя", timeout=5000)
    assert postpone.date_entry.line.accessibleName() == "Новая дата"
    assert not unnamed_widgets(form) and not unnamed_widgets(postpone)
