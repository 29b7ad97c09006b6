"""The desktop says the computer is going to sleep or its screen is locking: Casefile locks too.

Laptops are taken asleep or with the lid shut, and Qt tells an application neither on the
desktops. What each platform offers, in this one place:

* Linux, through D-Bus: logind's `PrepareForSleep(true)` (system bus) and a session's `Lock`,
  and the screensavers' `ActiveChanged(true)` on the session bus (the freedesktop interface
  KDE and others implement, GNOME's, MATE's and Cinnamon's). Signals from any sender count:
  at worst another program can make Casefile lock.
* Windows and macOS: Qt's ApplicationSuspended where the platform reports it (IdleWatcher),
  and everywhere the idle timer counts wall-clock time, so a laptop that slept past the
  timeout locks as soon as it wakes (ui/kit/locking.py). Listening to WM_POWERBROADCAST and
  WTS_SESSION_LOCK on Windows, and to NSWorkspace's notifications on macOS, is not done yet.
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, QSysInfo, Signal, Slot
from PySide6.QtDBus import QDBusConnection

LOGIND = "/org/freedesktop/login1"
#: (path, interface) of the screensavers that emit ActiveChanged(bool).
SCREENSAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE's older path
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
    ("/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
)


class SessionSignals(QObject):
    """Emits `lock_now` when the computer is about to sleep or its screen locks.

    Signals:
        lock_now(): lock the vault at once.
    """

    lock_now = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        system: QDBusConnection | None = None,
        session: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        self._hooks: list[tuple[QDBusConnection, str, str, str, str]] = []
        if system is None and session is None and QSysInfo.kernelType() != "linux":
            return
        system = system if system is not None else QDBusConnection.systemBus()
        session = session if session is not None else QDBusConnection.sessionBus()
        if system.isConnected():
            self._listen(
                system,
                LOGIND,
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                "_on_prepare_for_sleep(bool)",
            )
            # Any session's object path: loginctl lock-session, and desktops that use it.
            self._listen(system, "", "org.freedesktop.login1.Session", "Lock", "_on_lock()")
        if session.isConnected():
            for path, interface in SCREENSAVERS:
                self._listen(session, path, interface, "ActiveChanged", "_on_active_changed(bool)")

    @property
    def listening(self) -> int:
        """How many D-Bus signals are listened to (0 where there is no bus)."""
        return len(self._hooks)

    def _listen(
        self, bus: QDBusConnection, path: str, interface: str, name: str, slot: str
    ) -> None:
        if bus.connect("", path, interface, name, self, SLOT(slot)):  # type: ignore[call-overload]
            self._hooks.append((bus, path, interface, name, slot))

    def stop(self) -> None:
        """Stops listening. Before this object goes: QtDBus delivers on its own thread, and a
        signal arriving for an object being deleted crashes it."""
        for bus, path, interface, name, slot in self._hooks:
            bus.disconnect("", path, interface, name, self, SLOT(slot))  # type: ignore[call-overload]
        self._hooks.clear()

    @Slot(bool)
    def _on_prepare_for_sleep(self, going: bool) -> None:
        if going:
            self.lock_now.emit()

    @Slot()
    def _on_lock(self) -> None:
        self.lock_now.emit()

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        if active:
            self.lock_now.emit()
