"""What locking needs besides closing the vault: an idle timer and a clipboard guard.

IdleWatcher is an application-wide event filter: any key press, click, wheel turn or mouse
move counts as input; when none came for the idle time (by the wall clock too, so sleep
counts), `idle_timed_out` is emitted. A shorter timer emits `paused` once per pause in input,
a moment to give memory back. It also emits `suspended` when Qt reports the application as
suspended (some platforms); the desktop's sleep and screen-lock signals are in
ui/kit/session_signals.py.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QClipboard, QGuiApplication

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.ShortcutOverride,
    }
)

#: Input pauses this long are used to give memory back (the vault's idle page caches).
PAUSE_MSECS = 10_000
#: How often the idle time is compared with the timeout (at most).
CHECK_MSECS = 1000
#: A copy is cleared from the clipboard this long after it was made (and at lock).
CLEAR_AFTER_MSECS = 30_000
#: KDE's mark for "do not keep in the clipboard history"; other managers honour it too.
PASSWORD_MANAGER_HINT = "x-kde-passwordManagerHint"
#: Windows' clipboard formats that keep a copy out of history, cloud sync and monitors.
_WINDOWS_EXCLUSIONS = (
    ("ExcludeClipboardContentFromMonitorProcessing", b"\0\0\0\0"),
    ("CanIncludeInClipboardHistory", b"\0\0\0\0"),
    ("CanUploadToCloudClipboard", b"\0\0\0\0"),
)
#: Platforms whose clipboard lives in this process: whatever is on it was put there by us.
_IN_PROCESS = frozenset({"offscreen", "minimal"})


class IdleWatcher(QObject):
    """Watches user input anywhere in the application.

    The idle time counts wall-clock time too: QTimer's clock stops while a laptop sleeps, so a
    laptop that slept past the timeout would wake unlocked. A short repeating check compares
    the time since the last input by both clocks (the monotonic one for a wall clock set back,
    the wall clock for sleep) and locks on wake when either passed the timeout.

    Signals:
        idle_timed_out(): no input for the configured time while armed.
        paused(): no input for `pause_msecs` while armed; once per pause.
        resumed(): the first input after `paused` (the pause is over).
        suspended(): the application was suspended.
    """

    idle_timed_out = Signal()
    paused = Signal()
    resumed = Signal()
    suspended = Signal()

    def __init__(
        self, idle_msecs: int, parent: QObject | None = None, *, pause_msecs: int = PAUSE_MSECS
    ) -> None:
        super().__init__(parent)
        #: The clocks compared (tests move the wall clock as a sleep would).
        self.wall_clock: Callable[[], float] = time.time
        self.monotonic_clock: Callable[[], float] = time.monotonic
        self._idle_msecs = max(1, idle_msecs)
        self._last_wall = self._last_monotonic = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(self._check_interval())
        self._timer.timeout.connect(self._on_timer_timeout)
        self._pause_timer = QTimer(self)
        self._pause_timer.setSingleShot(True)
        self._pause_timer.setInterval(max(1, pause_msecs))
        self._pause_timer.timeout.connect(self._on_pause_timer_timeout)
        self._armed = False
        self._in_pause = False
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            if isinstance(app, QGuiApplication):
                app.applicationStateChanged.connect(self._on_app_state_changed)

    def _check_interval(self) -> int:
        return max(1, min(CHECK_MSECS, self._idle_msecs // 4))

    @property
    def idle_msecs(self) -> int:
        return self._idle_msecs

    def set_idle_msecs(self, msecs: int) -> None:
        self._idle_msecs = max(1, msecs)
        self._timer.setInterval(self._check_interval())

    def _note_input(self) -> None:
        self._last_wall, self._last_monotonic = self.wall_clock(), self.monotonic_clock()

    def arm(self) -> None:
        """Starts watching (the vault is open)."""
        self._armed = True
        self._note_input()
        self._timer.start()
        self._pause_timer.start()

    def disarm(self) -> None:
        """Stops watching (the vault is locked)."""
        self._armed = False
        self._in_pause = False
        self._timer.stop()
        self._pause_timer.stop()

    def wait_for_next_pause(self) -> None:
        """Emits `paused` again after another `pause_msecs` (when it could not be used now)."""
        if self._armed:
            self._pause_timer.start()

    @property
    def armed(self) -> bool:
        return self._armed

    def idle_seconds(self) -> float:
        """Time since the last input: the longer of the two clocks' counts."""
        return max(
            self.wall_clock() - self._last_wall, self.monotonic_clock() - self._last_monotonic
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() in _INPUT_EVENTS:
            self._note_input()
            self._pause_timer.start()
            if self._in_pause:
                self._in_pause = False
                self.resumed.emit()
        return False

    def stop(self) -> None:
        self.disarm()
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._armed and self.idle_seconds() * 1000 >= self._idle_msecs:
            self.disarm()
            self.idle_timed_out.emit()

    @Slot()
    def _on_pause_timer_timeout(self) -> None:
        if self._armed:
            self._in_pause = True
            self.paused.emit()

    @Slot(Qt.ApplicationState)
    def _on_app_state_changed(self, state: Qt.ApplicationState) -> None:
        if self._armed and state == Qt.ApplicationState.ApplicationSuspended:
            self.suspended.emit()
        elif state == Qt.ApplicationState.ApplicationActive:
            self._on_timer_timeout()  # back from sleep: the check need not wait


def _owns_clipboard() -> bool:
    clipboard = QGuiApplication.clipboard()
    return clipboard.ownsClipboard() or QGuiApplication.platformName() in _IN_PROCESS


class ClipboardWatch(QObject):
    """The one watcher of the application's clipboard (there is one clipboard per process):
    marks every copy made from this process and clears it after `clear_after_msecs`.

    Marking: `x-kde-passwordManagerHint: secret` (Klipper and the clipboard managers that
    follow it), and on Windows the formats that keep it out of clipboard history, cloud
    clipboard and monitors. Every copy (ours, or a text field's Ctrl+C or context menu) is
    marked inside the clipboard's change signal, before the event loop runs again, so no
    other program is asked for it in between on X11 and Windows. Wayland offers a copy's
    formats when it is made, so there the mark comes too late: the 30 s clearing remains.
    Only a digest of the copied text is kept.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._digest: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CLEAR_AFTER_MSECS)
        self._timer.timeout.connect(self.clear_if_ours)
        #: Whether this process owns the clipboard now (a test stands in another program).
        self.owns_clipboard: Callable[[], bool] = _owns_clipboard
        QGuiApplication.clipboard().dataChanged.connect(self._on_clipboard_data_changed)

    @staticmethod
    def _hash(text: str) -> bytes:
        return hashlib.sha256(text.encode("utf-8")).digest()

    @property
    def clear_after_msecs(self) -> int:
        return int(self._timer.interval())

    def set_clear_after_msecs(self, msecs: int) -> None:
        self._timer.setInterval(max(1, msecs))

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)  # marked in _on_clipboard_data_changed

    def _mark(self, data: QMimeData) -> None:
        # The clipboard's own object, marked in place: a QMimeData made in Python and handed
        # to the clipboard crashes PySide6 when the clipboard deletes it at exit.
        data.setData(PASSWORD_MANAGER_HINT, b"secret")
        if QGuiApplication.platformName() == "windows":
            for name, value in _WINDOWS_EXCLUSIONS:
                data.setData(f'application/x-qt-windows-mime;value="{name}"', value)

    @Slot()
    def _on_clipboard_data_changed(self) -> None:
        clipboard = QGuiApplication.clipboard()
        current = clipboard.mimeData()
        if not self.owns_clipboard() or current is None or not current.hasText():
            return
        if not current.hasFormat(PASSWORD_MANAGER_HINT):
            self._mark(current)
        self._digest = self._hash(current.text())
        self._timer.start()

    @Slot()
    def clear_if_ours(self) -> bool:
        """Clears the clipboard when it holds our text; True if it did."""
        self._timer.stop()
        if self._digest is None:
            return False
        clipboard = QGuiApplication.clipboard()
        ours = False
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            if clipboard.text(mode) and self._hash(clipboard.text(mode)) == self._digest:
                clipboard.clear(mode)
                ours = True
        self._digest = None
        return ours


_watch: ClipboardWatch | None = None


def clipboard_watch() -> ClipboardWatch:
    """The application's clipboard watcher, made on first use and owned by the application
    (so it lives and dies on the GUI thread)."""
    global _watch
    app = QGuiApplication.instance()
    assert app is not None, "the clipboard needs the application"
    if _watch is None or not shiboken6.isValid(_watch) or _watch.parent() is not app:
        _watch = ClipboardWatch(app)
    return _watch


class ClipboardGuard:
    """What the windows copy through, and what locking clears: the application's
    ClipboardWatch, which marks and times out every copy made from this process."""

    def __init__(self) -> None:
        self.watch = clipboard_watch()

    def copy(self, text: str) -> None:
        self.watch.copy(text)

    def clear_if_ours(self) -> bool:
        """Clears the clipboard when it holds our text; True if it did."""
        return self.watch.clear_if_ours()
