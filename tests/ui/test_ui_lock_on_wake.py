"""A Mac gives no notice before it sleeps: the sleep-gap watch locks as soon as it wakes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from casefile.ui.kit.session_signals import SLEEP_GAP_SECONDS, SessionSignals, SleepGapWatch, slept
from casefile.ui.start.controller import AppController
from tests.ui.ui_helpers import unlock


class Clocks:
    """A wall clock and a monotonic clock that tests move by hand."""

    def __init__(self) -> None:
        self.wall, self.monotonic = 1_800_000_000.0, 1_000.0

    def run(self, seconds: float) -> None:
        self.wall += seconds
        self.monotonic += seconds

    def sleep(self, seconds: float) -> None:
        self.wall += seconds  # the monotonic clock stops while the computer sleeps


def test_only_a_wall_clock_ahead_of_the_monotonic_one_is_sleep() -> None:
    assert not slept(5.0, 5.0)
    assert not slept(5.0 + SLEEP_GAP_SECONDS - 1, 5.0)  # a late timer or a small NTP step
    assert slept(5.0 + SLEEP_GAP_SECONDS, 5.0)
    assert slept(3_600.0, 0.2)
    assert not slept(-3_600.0, 5.0)  # a clock set back never locks by itself


def test_waking_from_sleep_locks_the_app(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_path: Path
) -> None:
    clocks = Clocks()
    signals = SessionSignals(kernel="darwin")
    assert signals.listening == 0  # no D-Bus and no native filter on a Mac
    signals.sleep_watch.stop()
    watch = SleepGapWatch(signals, wall=lambda: clocks.wall, monotonic=lambda: clocks.monotonic)
    watch.slept.connect(signals.lock_now)
    controller = make_controller(session_signals=signals)
    controller.start(vault_path)
    unlock(qtbot, controller)
    clocks.run(5)
    watch.check()  # awake: nothing happens
    qtbot.wait(20)
    assert controller.vault is not None
    clocks.sleep(20 * 60)  # the lid was shut for twenty minutes
    with qtbot.waitSignal(controller.vault_locked, timeout=5000):
        watch.check()  # the first check after waking
    assert controller.vault is None
    watch.stop()
    signals.stop()
