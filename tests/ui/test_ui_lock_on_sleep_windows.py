"""Lock on sleep and screen lock on Windows (issue 15), tested here with synthetic native
messages: the decision on (message id, wParam), and the native event filter reading a MSG
laid out as Windows lays it out."""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot

from casefile.ui.kit.session_signals import (
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_CONSOLE_DISCONNECT,
    WTS_REMOTE_DISCONNECT,
    WTS_SESSION_LOCK,
    SessionSignals,
    windows_message_locks,
)
from casefile.ui.start.controller import AppController
from tests.ui.ui_helpers import unlock

PBT_APMRESUMEAUTOMATIC = 0x12
PBT_APMPOWERSTATUSCHANGE = 0xA
WTS_SESSION_UNLOCK = 0x8
WTS_CONSOLE_CONNECT = 0x1
WM_MOUSEMOVE = 0x0200


class MSG(ctypes.Structure):
    """Windows' MSG in full (winuser.h), as Qt hands its address to a native filter."""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_uint32),
        ("pt_x", ctypes.c_long),
        ("pt_y", ctypes.c_long),
        ("lPrivate", ctypes.c_uint32),
    )


@pytest.mark.parametrize(
    ("message", "wparam", "locks"),
    [
        (WM_POWERBROADCAST, PBT_APMSUSPEND, True),
        (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC, False),
        (WM_POWERBROADCAST, PBT_APMPOWERSTATUSCHANGE, False),
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, True),
        (WM_WTSSESSION_CHANGE, WTS_CONSOLE_DISCONNECT, True),
        (WM_WTSSESSION_CHANGE, WTS_REMOTE_DISCONNECT, True),
        (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, False),
        (WM_WTSSESSION_CHANGE, WTS_CONSOLE_CONNECT, False),
        (WM_MOUSEMOVE, PBT_APMSUSPEND, False),
        (WM_MOUSEMOVE, WTS_SESSION_LOCK, False),
    ],
)
def test_which_windows_messages_lock(message: int, wparam: int, locks: bool) -> None:
    assert windows_message_locks(message, wparam) is locks


def test_the_native_filter_locks_the_app_on_suspend_and_screen_lock(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    signals = SessionSignals(kernel="winnt")
    assert signals.windows_filter is not None
    assert not signals.session_registered  # nothing to register with outside Windows
    controller = make_controller(session_signals=signals)
    native = signals.windows_filter

    def deliver(message: int, wparam: int, kind: bytes = b"windows_generic_MSG") -> object:
        msg = MSG(hwnd=None, message=message, wParam=wparam)
        return native.nativeEventFilter(QByteArray(kind), ctypes.addressof(msg))

    for message, wparam in (
        (WM_POWERBROADCAST, PBT_APMSUSPEND),
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK),
    ):
        controller.start(vault_path)
        unlock(qtbot, controller)
        # Not locking messages, or another platform's events, leave it open.
        assert deliver(WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC) == (False, 0)
        assert deliver(message, wparam, b"xcb_generic_event_t") == (False, 0)
        qtbot.wait(20)
        assert controller.vault is not None
        with qtbot.waitSignal(controller.vault_locked, timeout=5000):
            # Never consumed: Windows and Qt go on handling the message.
            assert deliver(message, wparam) == (False, 0)
        assert controller.vault is None
    signals.stop()
    assert signals.windows_filter is None
