"""What locking needs besides closing the vault: an idle timer and a clipboard guard.

IdleWatcher is an application-wide event filter: any key press, click, wheel turn or mouse
move restarts a single-shot timer; when it runs out, `idle_timed_out` is emitted. A shorter
timer emits `paused` once per pause in input, a moment to give memory back. It also emits
`suspended` when Qt reports the application as suspended (laptops going to sleep on some
platforms; Qt cannot tell this everywhere, so the idle timer is the dependable part).
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
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


class IdleWatcher(QObject):
    """Restarts its timers on user input anywhere in the application.

    Signals:
        idle_timed_out(): no input for the configured time while armed.
        paused(): no input for `pause_msecs` while armed; once per pause.
        suspended(): the application was suspended.
    """

    idle_timed_out = Signal()
    paused = Signal()
    suspended = Signal()

    def __init__(
        self, idle_msecs: int, parent: QObject | None = None, *, pause_msecs: int = PAUSE_MSECS
    ) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, idle_msecs))
        self._timer.timeout.connect(self._on_timer_timeout)
        self._pause_timer = QTimer(self)
        self._pause_timer.setSingleShot(True)
        self._pause_timer.setInterval(max(1, pause_msecs))
        self._pause_timer.timeout.connect(self._on_pause_timer_timeout)
        self._armed = False
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            if isinstance(app, QGuiApplication):
                app.applicationStateChanged.connect(self._on_app_state_changed)

    @property
    def idle_msecs(self) -> int:
        return int(self._timer.interval())

    def set_idle_msecs(self, msecs: int) -> None:
        self._timer.setInterval(max(1, msecs))
        if self._armed:
            self._timer.start()

    def arm(self) -> None:
        """Starts watching (the vault is open)."""
        self._armed = True
        self._timer.start()
        self._pause_timer.start()

    def disarm(self) -> None:
        """Stops watching (the vault is locked)."""
        self._armed = False
        self._timer.stop()
        self._pause_timer.stop()

    def wait_for_next_pause(self) -> None:
        """Emits `paused` again after another `pause_msecs` (when it could not be used now)."""
        if self._armed:
            self._pause_timer.start()

    @property
    def armed(self) -> bool:
        return self._armed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() in _INPUT_EVENTS:
            self._timer.start()
            self._pause_timer.start()
        return False

    def stop(self) -> None:
        self.disarm()
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._armed:
            self.idle_timed_out.emit()

    @Slot()
    def _on_pause_timer_timeout(self) -> None:
        if self._armed:
            self.paused.emit()

    @Slot(Qt.ApplicationState)
    def _on_app_state_changed(self, state: Qt.ApplicationState) -> None:
        if self._armed and state == Qt.ApplicationState.ApplicationSuspended:
            self.suspended.emit()


class ClipboardGuard:
    """Puts text on the clipboard and, at lock, clears it if it still holds what we put there.

    Only a digest of the copied text is kept, so the guard itself holds no record data.
    """

    def __init__(self) -> None:
        self._digest: bytes | None = None

    @staticmethod
    def _hash(text: str) -> bytes:
        return hashlib.sha256(text.encode("utf-8")).digest()

    def copy(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text)
        self._digest = self._hash(text)

    def clear_if_ours(self) -> bool:
        """Clears the clipboard when it holds our text; True if it did."""
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
