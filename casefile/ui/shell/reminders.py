"""Reminders while Casefile runs: a tray notification for hearings tomorrow, detention terms
ending within 3 days and police custody past 48 hours (services/records/reminders.py).

Checked after each unlock and then every half hour, off while locked. Each reminder shows once
a day, not at every check. A notification names nobody unless the user allowed it in the
settings: it shows over other windows, stays in the system's notification list and may be on
screen when the laptop is taken. Where there is no system tray (a bare window manager, the
offscreen platform of the tests) nothing is shown and nothing complains.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, SignalInstance, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

from casefile.services.records.reminders import Reminder, ReminderKind, reminders
from casefile.ui.i18n.language import fill, format_date
from casefile.ui.kit.icons import icon
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.tasks import TaskRunner

if TYPE_CHECKING:
    from casefile.vault.vault import Vault

#: How often the reminders are checked again while the vault stays unlocked.
CHECK_INTERVAL_MS = 30 * 60_000
#: Lines a notification lists with names before "and N more" (notifications are small).
MAX_LINES = 5
#: How long the notification stays up, where the system lets the app choose.
SHOW_MS = 15_000
#: The first check waits this long after unlock: the dashboard, loading meanwhile, derives
#: everyone's status and caches it, and the check then reuses it instead of deriving it again
#: on the other core (0.7–1.3 s at 10,000 people, bench/README.md).
FIRST_CHECK_DELAY_MS = 4000


def tr(text: str) -> str:
    return QCoreApplication.translate("Reminders", text)


class Tray(Protocol):
    """What the notifier needs of a QSystemTrayIcon (tests pass a fake)."""

    messageClicked: SignalInstance  # noqa: N815 (Qt's name)
    activated: SignalInstance

    def show(self) -> None: ...
    def hide(self) -> None: ...
    def showMessage(
        self, title: str, message: str, icon: QSystemTrayIcon.MessageIcon, msecs: int
    ) -> None: ...
    def deleteLater(self) -> None: ...


def _line_with_names(reminder: Reminder) -> str:
    if reminder.kind is ReminderKind.HEARING:
        what = reminder.name + (f" ({reminder.court})" if reminder.court else "")
        if reminder.at is None:
            return fill(tr("Hearing tomorrow: %1"), what)
        return fill(tr("Hearing tomorrow at %1: %2"), reminder.at.strftime("%H:%M"), what)
    if reminder.kind is ReminderKind.TERM:
        if reminder.days < 0:
            return fill(
                tr("Detention term ended %1, still held: %2"),
                format_date(reminder.day),
                reminder.name,
            )
        return fill(tr("Detention term ends %1: %2"), format_date(reminder.day), reminder.name)
    return fill(
        tr("In police custody since %1 (%2): %3"),
        format_date(reminder.day),
        QCoreApplication.translate("Reminders", "%n day(s)", "", reminder.days),
        reminder.name,
    )


def _lines_without_names(due: Sequence[Reminder]) -> list[str]:
    hearings = [r for r in due if r.kind is ReminderKind.HEARING]
    terms = sum(1 for r in due if r.kind is ReminderKind.TERM)
    custody = sum(1 for r in due if r.kind is ReminderKind.CUSTODY)
    lines = []
    if hearings:
        # Times and case references only, as the calendar file without names has.
        shown = ", ".join(
            (r.at.strftime("%H:%M") + " " if r.at is not None else "") + r.reference
            for r in hearings[:MAX_LINES]
        )
        more = len(hearings) - MAX_LINES
        if more > 0:
            shown += " " + fill(QCoreApplication.translate("AgendaPage", "+%1 more"), str(more))
        count = QCoreApplication.translate("Reminders", "%n hearing(s) tomorrow", "", len(hearings))
        lines.append(f"{count}: {shown}")
    if terms:
        lines.append(
            QCoreApplication.translate(
                "Reminders", "%n detention term(s) ending within 3 days or ended", "", terms
            )
        )
    if custody:
        lines.append(
            QCoreApplication.translate(
                "Reminders", "%n person(s) in police custody for over 48 hours", "", custody
            )
        )
    return lines


def notification_text(due: Sequence[Reminder], *, with_names: bool) -> tuple[str, str]:
    """The title and text of one notification. The title never names anyone."""
    title = tr("Casefile reminders")
    if not with_names:
        return title, "\n".join(_lines_without_names(due))
    lines = [_line_with_names(r) for r in due[:MAX_LINES]]
    if len(due) > MAX_LINES:
        lines.append(
            fill(QCoreApplication.translate("AgendaPage", "+%1 more"), str(len(due) - MAX_LINES))
        )
    return title, "\n".join(lines)


def system_tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def system_tray(parent: QObject) -> Tray:
    window_icon = QGuiApplication.windowIcon()
    tray = QSystemTrayIcon(icon("hearings") if window_icon.isNull() else window_icon, parent)
    tray.setToolTip("Casefile")  # no vault name: it may be a person's name
    return tray


class ReminderNotifier(QObject):
    """Checks the open vault's reminders and shows the new ones in the system tray.

    Signals:
        opened(): a notification or the tray icon was clicked (show the window's dashboard).
        notified(str, str): a notification was shown (its title and text).
    """

    opened = Signal()
    notified = Signal(str, str)

    def __init__(
        self,
        runner: TaskRunner,
        settings: UiSettings,
        parent: QObject | None = None,
        *,
        tray_available: Callable[[], bool] | None = None,
        make_tray: Callable[[QObject], Tray] | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._settings = settings
        # Looked up when called, so a test can stand in for the system's tray.
        self._tray_available = tray_available or (lambda: system_tray_available())
        self._make_tray = make_tray or (lambda owner: system_tray(owner))
        self._today = today
        self._vault: Vault | None = None
        self._serial = 0
        self.tray: Tray | None = None
        #: Keys of the reminders already shown, per vault folder, with the day they were shown.
        self._shown: dict[Path, set[tuple[date, str, str, date]]] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.first_check = QTimer(self)
        self.first_check.setSingleShot(True)
        self.first_check.setInterval(FIRST_CHECK_DELAY_MS)
        self.first_check.timeout.connect(self.check)

    @property
    def active(self) -> bool:
        """True while a vault is unlocked and reminders are on."""
        return self._vault is not None and self._settings.reminders

    def set_vault(self, vault: Vault | None) -> None:
        """Unlocked: check after FIRST_CHECK_DELAY_MS, then every CHECK_INTERVAL_MS. Locked
        (None): stop, hide the tray icon, and drop any check still running."""
        self._vault = vault
        self._serial += 1
        if vault is None:
            self._stop()
            return
        self.settings_changed()

    @Slot()
    def settings_changed(self) -> None:
        """Reminders were turned on or off (or names allowed): applies it, checking soon."""
        if not self.active:
            self._stop()
            return
        self.timer.start()
        self.first_check.start()

    def _stop(self) -> None:
        self.timer.stop()
        self.first_check.stop()
        self._hide()

    @Slot()
    def check(self) -> None:
        """Reads the due reminders off the GUI thread and shows the new ones."""
        vault = self._vault
        if vault is None or not self.active or not self._tray_available():
            return
        self._serial += 1
        serial, today = self._serial, self._today()
        self._runner.run(
            lambda: reminders(vault, today),
            lambda due: self._on_checked(serial, vault, today, due),
            lambda _error: None,  # a reminder is a courtesy: a failed check waits for the next
        )

    def _on_checked(self, serial: int, vault: Vault, today: date, due: object) -> None:
        if serial != self._serial or self._vault is not vault or not self.active:
            return  # locked, or another check started meanwhile
        assert isinstance(due, list)
        shown = self._shown.setdefault(vault.paths.root, set())
        fresh = [r for r in due if (today, *r.key) not in shown]
        if not fresh:
            return
        tray = self._ensure_tray()
        if tray is None:
            return
        shown.update((today, *r.key) for r in fresh)
        title, text = notification_text(fresh, with_names=self._settings.reminder_names)
        tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, SHOW_MS)
        self.notified.emit(title, text)

    def _ensure_tray(self) -> Tray | None:
        if self.tray is None:
            if not self._tray_available():
                return None
            self.tray = self._make_tray(self)
            self.tray.messageClicked.connect(self.opened)
            self.tray.activated.connect(self._on_tray_activated)
        self.tray.show()
        return self.tray

    def _hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()

    @Slot(object)
    def _on_tray_activated(self, _reason: object) -> None:
        if self._vault is not None:
            self.opened.emit()
