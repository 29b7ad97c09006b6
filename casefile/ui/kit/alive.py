"""Background results for windows that may have closed meanwhile.

A report window can be closed (and deleted) while its preview or a save still runs on a
worker. Its callbacks are wrapped so that a result for a deleted window is dropped, and an
error for one goes to the runner's app-wide handler instead of a window that is gone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from casefile.ui.kit.tasks import Cancelled, TaskRunner


def while_alive(owner: QObject, callback: Callable[[Any], None]) -> Callable[[Any], None]:
    """``callback``, called only while ``owner`` still exists."""

    def call(value: Any) -> None:
        if shiboken6.isValid(owner):
            callback(value)

    return call


def errors_while_alive(
    owner: QObject, runner: TaskRunner, callback: Callable[[BaseException], None]
) -> Callable[[BaseException], None]:
    """``callback`` while ``owner`` exists; afterwards the runner's default error handler."""

    def call(error: BaseException) -> None:
        if shiboken6.isValid(owner):
            callback(error)
        else:
            if not isinstance(error, Cancelled):
                runner.report_error(error)

    return call
