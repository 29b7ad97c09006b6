"""Stopping reads from another thread: a list read the user has typed past stops at once.

A worker runs a read inside ``cancellable(token)``; every Vault.read in it then has SQLite
call back every few thousand steps, and the read ends with ReadCancelled once token.cancel()
was called (from the GUI thread). A progress handler rather than sqlite3_interrupt: an
interrupt that comes between two statements is lost, and one that comes after the read is
over would stop the next read on the same pooled connection.

Light to import (no SQLAlchemy): the list pages hold a token per load.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

# SQLite virtual machine steps between two looks at the token.
_STEPS = 20_000


class ReadCancelled(Exception):  # noqa: N818 - reads as what happened
    """A read stopped because its token was cancelled: nothing to show or report."""


class ReadCancel:
    """A token one worker's reads watch; cancel() may be called from any thread."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raises ReadCancelled once cancelled (for work between statements)."""
        if self._event.is_set():
            raise ReadCancelled("the read was cancelled")


_current: ContextVar[ReadCancel | None] = ContextVar("casefile_read_cancel", default=None)


@contextmanager
def cancellable(token: ReadCancel) -> Iterator[None]:
    """Reads made inside watch `token` (on this thread: set where the worker runs)."""
    reset = _current.set(token)
    try:
        token.check()
        yield
    finally:
        _current.reset(reset)


def check() -> None:
    """Raises ReadCancelled if the read running on this thread was cancelled."""
    token = _current.get()
    if token is not None:
        token.check()


@contextmanager
def watching(dbapi_connection: Any) -> Iterator[None]:
    """While a read uses this connection, it stops when the thread's token is cancelled."""
    token = _current.get()
    if token is None:
        yield
        return
    token.check()
    dbapi_connection.set_progress_handler(lambda: 1 if token.cancelled else 0, _STEPS)
    try:
        yield
    except Exception as error:
        if token.cancelled and "interrupted" in str(error):
            raise ReadCancelled("the read was cancelled") from None
        raise
    finally:
        dbapi_connection.set_progress_handler(None, 0)
