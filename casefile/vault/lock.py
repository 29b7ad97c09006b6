"""An OS-level lock so that only one process (or window) has a vault open at a time."""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from casefile.errors import VaultInUseError
from casefile.vault.platform import lock_fd, unlock_fd

IN_USE_MESSAGE = (
    "This vault is open in another window or process. Close it there first, then try again."
)


class VaultLock:
    """Holds an exclusive, non-blocking lock on the vault's lock file until released.

    The lock file stays empty; the OS drops the lock when the process dies, even by kill -9.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            lock_fd(fd)
        except OSError:
            os.close(fd)
            raise VaultInUseError(IN_USE_MESSAGE) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            unlock_fd(fd)
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> VaultLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
