"""A small task runner: work off the GUI thread, result or error back on it by signal.

Workers never touch widgets. A worker calls one plain function (a service call, Vault.open, a
backup) and the runner delivers its return value or exception to callbacks on the GUI thread.
`discard_pending()` (used when the vault locks) makes results of earlier tasks be dropped, so a
slow query cannot repaint a list after the vault has closed.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from casefile.vault.memory import return_freed_heap

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]

# A task this long has usually made and dropped large temporaries (a sort of every hearing, the
# dashboard's statuses); glibc keeps their memory until asked (casefile/vault/memory.py).
TRIM_AFTER_SECONDS = 0.05


class Cancelled(Exception):  # noqa: N818 - reads as what happened, like StopIteration
    """Raised inside a task that noticed its context was cancelled."""


class TaskContext:
    """Given to progress-reporting tasks: report progress, and check for cancellation."""

    def __init__(self, relay: _Relay, task_id: int) -> None:
        self._relay = relay
        self._task_id = task_id
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raises Cancelled when the user asked to stop; call it between steps."""
        if self._cancel.is_set():
            raise Cancelled

    def report(self, fraction: float | None, text: str = "") -> None:
        """Progress from 0 to 1 (None: unknown), with an optional short text (no record data)."""
        self._relay.progressed.emit(self._task_id, -1.0 if fraction is None else fraction, text)


class _Relay(QObject):
    """Lives on the GUI thread; workers emit on it, and queued connections cross threads."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, float, str)


class _Worker(QRunnable):
    def __init__(self, relay: _Relay, task_id: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._relay = relay
        self._task_id = task_id
        self._fn = fn

    def run(self) -> None:
        started = time.monotonic()
        try:
            result = self._fn()
        except BaseException as error:  # delivered to the GUI thread, never lost
            self._relay.failed.emit(self._task_id, error)
        else:
            self._relay.finished.emit(self._task_id, result)
        finally:
            if time.monotonic() - started >= TRIM_AFTER_SECONDS:
                return_freed_heap()


@dataclass
class _Pending:
    generation: int
    done: Done
    failed: Failed | None
    progress: Callable[[float | None, str], None] | None = None
    context: TaskContext | None = field(default=None)


class TaskRunner(QObject):
    """Runs callables on a thread pool; callbacks run on the GUI thread.

    Signals:
        busy_changed(bool): True when the first task starts, False when the last one ends.
    """

    busy_changed = Signal(bool)

    def __init__(
        self,
        error_handler: Failed | None = None,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._error_handler = error_handler
        self._relay = _Relay(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.finished.connect(self._on_relay_finished, queued)
        self._relay.failed.connect(self._on_relay_failed, queued)
        self._relay.progressed.connect(self._on_relay_progressed, queued)
        self._ids = itertools.count(1)
        self._generation = 0
        self._pending: dict[int, _Pending] = {}

    def set_error_handler(self, handler: Failed | None) -> None:
        self._error_handler = handler

    def report_error(self, error: BaseException) -> None:
        """Hands an error to the default handler (or raises it when there is none)."""
        if self._error_handler is None:
            raise error
        self._error_handler(error)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(self, fn: Callable[[], Any], done: Done, failed: Failed | None = None) -> int:
        """Starts fn() on a worker; done(result) or failed(error) runs later on this thread."""
        task_id = next(self._ids)
        self._track(task_id, _Pending(self._generation, done, failed))
        self._pool.start(_Worker(self._relay, task_id, fn))
        return task_id

    def run_with_context(
        self,
        fn: Callable[[TaskContext], Any],
        done: Done,
        failed: Failed | None = None,
        progress: Callable[[float | None, str], None] | None = None,
    ) -> TaskContext:
        """Like run(), for work that reports progress and can be cancelled between steps."""
        task_id = next(self._ids)
        context = TaskContext(self._relay, task_id)
        self._track(task_id, _Pending(self._generation, done, failed, progress, context))
        self._pool.start(_Worker(self._relay, task_id, lambda: fn(context)))
        return context

    def discard_pending(self) -> None:
        """Results of every task started so far will be dropped (the vault is locking)."""
        self._generation += 1
        for pending in self._pending.values():
            if pending.context is not None:
                pending.context.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Blocks until the pool is idle (shutdown and tests); queued results still follow."""
        return bool(self._pool.waitForDone(msecs))

    # -- delivery on the GUI thread --------------------------------------------------------

    def _track(self, task_id: int, pending: _Pending) -> None:
        was_busy = self.busy
        self._pending[task_id] = pending
        if not was_busy:
            self.busy_changed.emit(True)

    def _take(self, task_id: int) -> _Pending | None:
        pending = self._pending.pop(task_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if pending is None or pending.generation != self._generation:
            return None
        return pending

    @Slot(int, object)
    def _on_relay_finished(self, task_id: int, result: object) -> None:
        pending = self._take(task_id)
        if pending is not None:
            pending.done(result)

    @Slot(int, object)
    def _on_relay_failed(self, task_id: int, error: object) -> None:
        pending = self._take(task_id)
        if pending is None:
            return
        assert isinstance(error, BaseException)
        if pending.failed is not None:
            pending.failed(error)
        else:
            self.report_error(error)

    @Slot(int, float, str)
    def _on_relay_progressed(self, task_id: int, fraction: float, text: str) -> None:
        pending = self._pending.get(task_id)
        if pending is not None and pending.progress is not None:
            pending.progress(None if fraction < 0 else fraction, text)


class ProgressDialog(QProgressDialog):
    """A modal progress dialog for long work (backup, passphrase change, integrity check).

    It appears only when the work takes longer than half a second. Cancel asks the task to stop
    at its next check; work that cannot stop halfway (a backup being verified) finishes first.
    """

    def __init__(self, parent: QWidget | None, title: str, label: str) -> None:
        super().__init__(label, self.tr("Cancel"), 0, 0, parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(500)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self._context: TaskContext | None = None

    def follow(self, context: TaskContext) -> None:
        self._context = context
        self.canceled.connect(self._on_self_canceled)

    def on_progress(self, fraction: float | None, text: str) -> None:
        if fraction is None:
            self.setRange(0, 0)
        else:
            self.setRange(0, 1000)
            self.setValue(int(fraction * 1000))
        if text:
            self.setLabelText(text)

    def finish(self) -> None:
        # Deferred: closing inside a queued callback while the dialog is shown is safe this way.
        # With the dialog as context, the call is dropped if it is deleted first.
        QTimer.singleShot(0, self, self.close)

    @Slot()
    def _on_self_canceled(self) -> None:
        if self._context is not None:
            self._context.cancel()
        self.setLabelText(self.tr("Stopping…"))


def run_with_progress(
    runner: TaskRunner,
    parent: QWidget | None,
    title: str,
    label: str,
    fn: Callable[[TaskContext], Any],
    done: Done,
    failed: Failed | None = None,
) -> ProgressDialog:
    """Runs fn off the GUI thread behind a ProgressDialog with a Cancel button."""
    dialog = ProgressDialog(parent, title, label)

    def on_done(result: Any) -> None:
        dialog.finish()
        done(result)

    def on_failed(error: BaseException) -> None:
        dialog.finish()
        if isinstance(error, Cancelled):
            return
        if failed is not None:
            failed(error)
        else:
            runner.report_error(error)

    context = runner.run_with_context(fn, on_done, on_failed, dialog.on_progress)
    dialog.follow(context)
    return dialog
