"""The desktop says the computer is going to sleep or its screen is locking: Casefile locks too.

Laptops are taken asleep or with the lid shut, and Qt tells an application neither on the
desktops. What each platform offers, in this one place:

* Linux, through D-Bus: logind's `PrepareForSleep(true)` (system bus) and a session's `Lock`,
  and the screensavers' `ActiveChanged(true)` on the session bus (the freedesktop interface
  KDE and others implement, GNOME's, MATE's and Cinnamon's). Signals from any sender count:
  at worst another program can make Casefile lock.
* Windows, through a native event filter on Qt's own message loop (``WindowsSessionFilter``):
  ``WM_POWERBROADCAST`` with ``PBT_APMSUSPEND`` (sent to every top-level window before sleep
  or hibernation), and ``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK`` or a console or
  remote disconnect (user switch). The latter comes only to a window registered with
  ``WTSRegisterSessionNotification``: a hidden QWindow of our own, registered through
  ``vault/platform.py`` (the one place allowed ctypes; it also reads the MSG fields). The
  decision is the pure function ``windows_message_locks(message, wparam)``.
* macOS: no notice before sleep or at screen lock. They arrive as NSWorkspace and distributed
  notifications, reachable only through the Objective-C runtime (pyobjc, or ctypes into
  libobjc and CoreFoundation with callbacks, untestable here); Qt forwards neither. What
  covers it: the sleep-gap watch below locks as soon as a Mac wakes from any sleep, Qt's
  ApplicationSuspended where reported (IdleWatcher), and the idle timeout.
* Everywhere: ``SleepGapWatch`` compares the wall clock with the monotonic clock every few
  seconds. The monotonic clock stops while the computer sleeps (Linux, macOS), so a wall clock
  that ran ahead of it means the computer slept: Casefile locks at wake. A wall clock set
  forward by hand locks too, which is the safe side. And the idle timeout in wall-clock time.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    QSysInfo,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QWindow

from casefile.vault.platform import (
    read_windows_message,
    register_session_notifications,
    unregister_session_notifications,
)

LOGIND = "/org/freedesktop/login1"
#: (path, interface) of the screensavers that emit ActiveChanged(bool).
SCREENSAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE's older path
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
    ("/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
)

# winuser.h and wtsapi32.h
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WM_WTSSESSION_CHANGE = 0x02B1
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
#: The event type Qt gives a native event filter for a Windows message.
WINDOWS_MESSAGE = b"windows_generic_MSG"


def windows_message_locks(message: int, wparam: int) -> bool:
    """Whether a Windows message means "lock now": going to sleep, the screen locked, or
    the session disconnected from its console or remote desktop (another user taking over)."""
    if message == WM_POWERBROADCAST:
        return wparam == PBT_APMSUSPEND
    if message == WM_WTSSESSION_CHANGE:
        return wparam in (WTS_SESSION_LOCK, WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT)
    return False


class WindowsSessionFilter(QAbstractNativeEventFilter):
    """Sees every native message of the GUI thread; calls ``on_lock`` for those that lock.

    Called for each message (mouse moves included), so it only compares two numbers; the
    lock runs after the message is handled, never inside Windows' dispatch.
    """

    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int, /
    ) -> object:
        kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        if (
            message
            and kind == WINDOWS_MESSAGE
            and windows_message_locks(*read_windows_message(int(message)))
        ):
            QTimer.singleShot(0, self._on_lock)
        return False, 0


#: Seconds the wall clock may run ahead of the monotonic clock before it counts as sleep.
SLEEP_GAP_SECONDS = 30.0
SLEEP_CHECK_MSECS = 5_000


def slept(wall_seconds: float, monotonic_seconds: float) -> bool:
    """Whether a time that took `wall_seconds` by the wall clock and `monotonic_seconds` by the
    monotonic clock (which stops during sleep) had the computer asleep for a while."""
    return wall_seconds - monotonic_seconds >= SLEEP_GAP_SECONDS


class SleepGapWatch(QObject):
    """Emits `slept` when the computer woke from a sleep this process was frozen through.

    Signals:
        slept(): the computer has just woken up.
    """

    slept = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._wall, self._monotonic = wall, monotonic
        self._last = (wall(), monotonic())
        self._timer = QTimer(self)
        self._timer.setInterval(SLEEP_CHECK_MSECS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    @Slot()
    def check(self) -> None:
        """Compares the clocks since the last check (the timer's, or a test's)."""
        now = (self._wall(), self._monotonic())
        wall_then, monotonic_then = self._last
        self._last = now
        if slept(now[0] - wall_then, now[1] - monotonic_then):
            self.slept.emit()

    def stop(self) -> None:
        self._timer.stop()


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
        kernel: str | None = None,
    ) -> None:
        """``kernel`` (QSysInfo.kernelType(): "linux", "winnt", "darwin") is given by tests."""
        super().__init__(parent)
        self.sleep_watch = SleepGapWatch(self)
        self.sleep_watch.slept.connect(self.lock_now)
        self._hooks: list[tuple[QDBusConnection, str, str, str, str]] = []
        self.windows_filter: WindowsSessionFilter | None = None
        self._session_window: QWindow | None = None
        self.session_registered = False
        kernel = kernel or QSysInfo.kernelType()
        if kernel == "winnt":
            self._listen_windows()
            return
        if system is None and session is None and kernel != "linux":
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

    def _listen_windows(self) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        self.windows_filter = WindowsSessionFilter(self.lock_now.emit)
        app.installNativeEventFilter(self.windows_filter)
        # A hidden top-level window of our own: it lives as long as this object, while the
        # unlock dialog and the main window come and go.
        self._session_window = QWindow()
        self._session_window.create()
        self.session_registered = register_session_notifications(int(self._session_window.winId()))

    def _listen(
        self, bus: QDBusConnection, path: str, interface: str, name: str, slot: str
    ) -> None:
        if bus.connect("", path, interface, name, self, SLOT(slot)):  # type: ignore[call-overload]
            self._hooks.append((bus, path, interface, name, slot))

    def stop(self) -> None:
        """Stops listening. Before this object goes: QtDBus delivers on its own thread, and a
        signal arriving for an object being deleted crashes it."""
        self.sleep_watch.stop()
        for bus, path, interface, name, slot in self._hooks:
            bus.disconnect("", path, interface, name, self, SLOT(slot))  # type: ignore[call-overload]
        self._hooks.clear()
        app = QCoreApplication.instance()
        if self.windows_filter is not None and app is not None:
            app.removeNativeEventFilter(self.windows_filter)
        self.windows_filter = None
        if self._session_window is not None:
            if self.session_registered:
                unregister_session_notifications(int(self._session_window.winId()))
            self._session_window.destroy()
            self._session_window = None
        self.session_registered = False

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
