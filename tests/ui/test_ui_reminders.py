"""Tray reminders while the app runs: after unlock, once a day each, no names by default, off
while locked, and quiet where there is no system tray."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from casefile.services.records.drafts import save_record
from casefile.ui.i18n.language import set_language
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.shell import reminders as reminders_module
from casefile.ui.shell.maintenance import SettingsDialog
from casefile.ui.shell.reminders import CHECK_INTERVAL_MS, ReminderNotifier
from casefile.ui.start.controller import AppController
from casefile.vault.vault import Vault
from tests.ui.ui_helpers import PASSPHRASE, unlock

TODAY = date.today()
DEFENDANT = "Жаңыл Төлөгөнова"
HELD = "Азамат Өмүрбеков"


class FakeTray(QObject):
    """Stands in for QSystemTrayIcon: records what it was asked to show."""

    messageClicked = Signal()  # noqa: N815 (Qt's name)
    activated = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.visible = False
        self.messages: list[tuple[str, str]] = []

    def show(self) -> None:
        self.visible = True

    def hide(self) -> None:
        self.visible = False

    def showMessage(self, title: str, message: str, _icon: Any, _msecs: int) -> None:  # noqa: N802
        self.messages.append((title, message))


@pytest.fixture(autouse=True)
def english() -> None:
    """The English translator is installed, as in the app: its plural forms are the real ones."""
    set_language("en")


@pytest.fixture
def due(vault: Vault) -> dict[str, str]:
    """A hearing tomorrow at 10:00 and someone in police custody for three days."""
    person = save_record(vault, "persons", None, {"full_name": DEFENDANT})
    case = save_record(
        vault, "cases", None, {"title": "Дело Төлөгөновой", "case_numbers": ["УД-77/26"]}
    )
    save_record(
        vault,
        "case_participants",
        None,
        {"case_id": case, "person_id": person, "role": "defendant"},
    )
    hearing = save_record(
        vault,
        "hearings",
        None,
        {
            "case_id": case,
            "scheduled_date": TODAY + timedelta(days=1),
            "scheduled_time": time(10, 0),
            "court": "Октябрьский районный суд",
        },
    )
    held = save_record(vault, "persons", None, {"full_name": HELD})
    save_record(
        vault,
        "detention_events",
        None,
        {"person_id": held, "type": "police_custody", "start": TODAY - timedelta(days=2)},
    )
    return {"hearing": hearing, "held": held}


def make_notifier(
    runner: TaskRunner,
    settings: UiSettings,
    *,
    available: bool = True,
    today: Callable[[], date] = lambda: TODAY,  # the fixture's today, even past midnight
) -> tuple[ReminderNotifier, list[FakeTray]]:
    trays: list[FakeTray] = []

    def make(owner: QObject) -> FakeTray:
        trays.append(FakeTray(owner))
        return trays[-1]

    notifier = ReminderNotifier(
        runner, settings, tray_available=lambda: available, make_tray=make, today=today
    )
    notifier.first_check.setInterval(0)  # the app waits for the dashboard's statuses first
    return notifier, trays


def test_unlock_notifies_once_without_names_by_default(
    qtbot: QtBot, runner: TaskRunner, ui_settings: UiSettings, vault: Vault, due: dict[str, str]
) -> None:
    notifier, trays = make_notifier(runner, ui_settings)
    with qtbot.waitSignal(notifier.notified, timeout=30_000) as shown:
        notifier.set_vault(vault)
    title, text = shown.args
    (tray,) = trays
    assert tray.visible and tray.messages == [(title, text)]
    assert title == "Casefile reminders"
    assert "1 hearing tomorrow: 10:00 УД-77/26" in text
    assert "1 person in police custody for over 48 hours" in text
    for name in (DEFENDANT, HELD, "Төлөгөновой", "Октябрьский"):
        assert name not in text and name not in title
    assert notifier.timer.isActive() and notifier.timer.interval() == CHECK_INTERVAL_MS

    # The next check the same day finds nothing new: no second notification.
    notifier.check()
    runner.wait()
    qtbot.wait(50)
    assert len(tray.messages) == 1


def test_names_when_allowed_and_again_the_next_day(
    qtbot: QtBot, runner: TaskRunner, ui_settings: UiSettings, vault: Vault, due: dict[str, str]
) -> None:
    ui_settings.set_reminder_names(True)
    day = [TODAY]
    notifier, trays = make_notifier(runner, ui_settings, today=lambda: day[0])
    with qtbot.waitSignal(notifier.notified, timeout=30_000) as shown:
        notifier.set_vault(vault)
    text = shown.args[1]
    assert f"Hearing tomorrow at 10:00: Дело Төлөгөновой — {DEFENDANT}" in text
    assert "Октябрьский районный суд" in text
    assert f"(3 days): {HELD}" in text
    # A day later the custody is still due (the hearing is today now): shown again.
    day[0] = TODAY + timedelta(days=1)
    with qtbot.waitSignal(notifier.notified, timeout=30_000) as again:
        notifier.check()
    assert HELD in again.args[1] and "Hearing" not in again.args[1]
    assert len(trays[0].messages) == 2


def test_locking_stops_checks_hides_the_tray_and_drops_a_running_check(
    qtbot: QtBot, runner: TaskRunner, ui_settings: UiSettings, vault: Vault, due: dict[str, str]
) -> None:
    notifier, trays = make_notifier(runner, ui_settings)
    with qtbot.waitSignal(notifier.notified, timeout=30_000):
        notifier.set_vault(vault)
    tray = trays[0]
    notifier.set_vault(None)
    assert not tray.visible and not notifier.timer.isActive()

    # A check under way when the vault locks shows nothing when it comes back.
    notifier._shown.clear()
    notifier.set_vault(vault)
    notifier.check()
    notifier.set_vault(None)
    assert not notifier.first_check.isActive()
    runner.wait()
    qtbot.wait(50)
    assert len(tray.messages) == 1 and not tray.visible
    notifier.check()  # locked: does nothing
    runner.wait()
    qtbot.wait(50)
    assert len(tray.messages) == 1


def test_turned_off_or_without_a_system_tray_nothing_shows(
    qtbot: QtBot, runner: TaskRunner, ui_settings: UiSettings, vault: Vault, due: dict[str, str]
) -> None:
    quiet, trays = make_notifier(runner, ui_settings, available=False)
    quiet.set_vault(vault)
    runner.wait()
    qtbot.wait(50)
    assert trays == [] and quiet.tray is None

    ui_settings.set_reminders(False)
    off, off_trays = make_notifier(runner, ui_settings)
    off.set_vault(vault)
    runner.wait()
    qtbot.wait(50)
    assert off_trays == [] and not off.timer.isActive()
    # Turned on in the settings: checked at once.
    ui_settings.set_reminders(True)
    with qtbot.waitSignal(off.notified, timeout=30_000):
        off.settings_changed()


def test_the_real_tray_degrades_quietly_offscreen(
    qtbot: QtBot, runner: TaskRunner, ui_settings: UiSettings, vault: Vault, due: dict[str, str]
) -> None:
    notifier = ReminderNotifier(runner, ui_settings)  # the system's tray: none offscreen
    notifier.first_check.setInterval(0)
    notifier.set_vault(vault)
    qtbot.wait(20)
    runner.wait()
    qtbot.wait(50)
    assert notifier.tray is None


def test_clicking_opens_only_while_unlocked(
    qtbot: QtBot, runner: TaskRunner, ui_settings: UiSettings, vault: Vault, due: dict[str, str]
) -> None:
    notifier, trays = make_notifier(runner, ui_settings)
    with qtbot.waitSignal(notifier.notified, timeout=30_000):
        notifier.set_vault(vault)
    with qtbot.waitSignal(notifier.opened, timeout=1000):
        trays[0].messageClicked.emit()
    with qtbot.waitSignal(notifier.opened, timeout=1000):
        trays[0].activated.emit(None)
    notifier.set_vault(None)
    with qtbot.assertNotEmitted(notifier.opened):
        trays[0].activated.emit(None)


def test_the_settings_dialog_stores_the_reminder_choices(
    qtbot: QtBot, runner: TaskRunner, ui_settings: UiSettings
) -> None:
    dialog = SettingsDialog(runner, ui_settings, None, None)
    qtbot.addWidget(dialog)
    assert dialog.reminders.isChecked() and not dialog.reminder_names.isChecked()
    dialog.reminder_names.setChecked(True)
    with qtbot.waitSignal(dialog.reminders_changed, timeout=1000):
        dialog.accept()
    assert ui_settings.reminders and ui_settings.reminder_names
    dialog = SettingsDialog(runner, ui_settings, None, None)
    qtbot.addWidget(dialog)
    dialog.reminders.setChecked(False)
    assert not dialog.reminder_names.isEnabled()
    dialog.accept()
    assert not ui_settings.reminders


def test_the_main_window_notifies_after_unlock_and_stops_on_lock(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    trays: list[FakeTray] = []

    def make(owner: QObject) -> FakeTray:
        trays.append(FakeTray(owner))
        return trays[-1]

    monkeypatch.setattr(reminders_module, "system_tray_available", lambda: True)
    monkeypatch.setattr(reminders_module, "FIRST_CHECK_DELAY_MS", 0)
    monkeypatch.setattr(reminders_module, "system_tray", make)
    with Vault.open(vault_path, PASSPHRASE) as opened:
        save_record(
            opened,
            "detention_events",
            None,
            {
                "person_id": save_record(opened, "persons", None, {"full_name": HELD}),
                "type": "police_custody",
                "start": TODAY - timedelta(days=3),
            },
        )
    controller = make_controller()
    controller.start(vault_path)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    qtbot.waitUntil(lambda: bool(trays) and bool(trays[0].messages), timeout=30_000)
    assert HELD not in trays[0].messages[0][1]
    window.show_page("people")
    trays[0].messageClicked.emit()
    assert window.current_page_id() == "dashboard"
    controller.lock()
    assert not trays[0].visible and not window.reminders.timer.isActive()
