"""Lock on suspend and screen lock (issue 15): the desktop's D-Bus signals, tested on a
private bus, and an idle timeout that counts the time a laptop slept."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from casefile.ui.kit.session_signals import SessionSignals
from casefile.ui.start.controller import AppController
from tests.ui.ui_helpers import unlock


@pytest.fixture
def private_bus() -> Iterator[str]:
    """The address of a D-Bus daemon of this test's own (standing in for both buses)."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--print-address=1", "--nofork", "--nopidfile"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    yield address
    daemon.kill()
    daemon.wait()
    daemon.stdout.close()


def emit(bus: QDBusConnection, path: str, interface: str, name: str, *args: object) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments(list(args))
    assert bus.send(message)


#: (path, interface, member, arguments that mean "lock now") of the signals listened to.
DESKTOP_SIGNALS = (
    ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", (True,)),
    ("/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session", "Lock", ()),
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", (True,)),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", (True,)),
)


def test_suspend_and_screen_lock_signals_lock_the_app(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    people_vault_path: Path,
    private_bus: str,
) -> None:
    # One listener for the whole test: QtDBus delivers on its own thread, and connections
    # and receivers made and dropped test after test have crashed it.
    tag = uuid.uuid4().hex
    listener = QDBusConnection.connectToBus(private_bus, f"casefile-{tag}-listener")
    desktop = QDBusConnection.connectToBus(private_bus, f"casefile-{tag}-desktop")
    signals = SessionSignals(system=listener, session=listener)
    assert signals.listening == 7
    controller = make_controller(session_signals=signals)
    controller.start(people_vault_path)
    try:
        for path, interface, name, args in DESKTOP_SIGNALS:
            unlock(qtbot, controller)
            if args:  # waking up, or the screensaver going off, is no reason to lock
                emit(desktop, path, interface, name, *(not arg for arg in args))  # type: ignore[operator]
                qtbot.wait(300)
                assert controller.vault is not None, name
            with qtbot.waitSignal(controller.vault_locked, timeout=5000):
                emit(desktop, path, interface, name, *args)
            assert controller.vault is None, name
    finally:
        controller.shutdown()  # stops listening before the connections and the bus go
        assert signals.listening == 0
        QDBusConnection.disconnectFromBus(f"casefile-{tag}-listener")
        QDBusConnection.disconnectFromBus(f"casefile-{tag}-desktop")


def test_a_timeout_slept_past_locks_on_wake(
    qtbot: QtBot, make_controller: Callable[..., AppController], people_vault_path: Path
) -> None:
    controller = make_controller(idle_msecs=10 * 60_000)
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    qtbot.wait(200)
    assert controller.vault is not None
    # The laptop slept for an hour: the wall clock moved on, the monotonic one (QTimer's) not.
    slept = controller.idle.wall_clock() + 3600
    controller.idle.wall_clock = lambda: slept
    with qtbot.waitSignal(controller.vault_locked, timeout=3000):
        pass
    assert controller.vault is None


def test_a_wall_clock_set_back_does_not_keep_it_open(
    qtbot: QtBot, make_controller: Callable[..., AppController], people_vault_path: Path
) -> None:
    controller = make_controller(idle_msecs=800)
    controller.start(people_vault_path)
    unlock(qtbot, controller)
    earlier = controller.idle.wall_clock() - 3600
    controller.idle.wall_clock = lambda: earlier
    with qtbot.waitSignal(controller.vault_locked, timeout=3000):
        pass
