"""Crash-safe file replacement: a file is either wholly old or wholly new, never half written."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable, Iterable
from pathlib import Path

# Test hook: called after the temp file is complete and synced, just before it replaces the
# target. Tests use it to simulate a crash at the worst moment; production leaves it None.
_before_replace: Callable[[], None] | None = None

_TEMP_SUFFIX = ".tmp"


def _temp_prefix(path: Path) -> str:
    # Hidden and named after the target, so leftovers from a killed writer are easy to recognise.
    return f".{path.name}."


def leftover_temp_files(path: Path) -> list[Path]:
    """Temp files a killed writer of ``path`` left behind (they never replace ``path`` itself)."""
    prefix = _temp_prefix(path)
    folder = path.parent
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir() if p.name.startswith(prefix) and p.name.endswith(_TEMP_SUFFIX)
    )


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries to disk, so a rename inside it survives a power cut."""
    if os.name == "nt":
        # Windows cannot open a folder as a file; NTFS journals renames itself.
        return
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems (certain network and FUSE mounts) cannot sync folders at all;
        # there is nothing better to do there than what the file system already does.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    # os.write may write less than asked (signals, quotas); loop until everything is out.
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def write_atomic(path: Path, data: bytes | Iterable[bytes], mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file.

    ``data`` may also be an iterable of chunks, written as they come (a large file need not be
    in memory whole); an error raised by it leaves ``path`` as it was and no temp file.

    The temp file is created in the same folder (``os.replace`` is only atomic within one file
    system) with O_EXCL and ``mode`` already set, so no other user can ever read a byte of it.
    """
    path = Path(path)
    folder = path.parent
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_CLOEXEC | getattr(os, "O_BINARY", 0)
    while True:
        temp = folder / f"{_temp_prefix(path)}{secrets.token_hex(8)}{_TEMP_SUFFIX}"
        try:
            fd = os.open(temp, flags, mode)
        except FileExistsError:
            continue  # a 64-bit random name collided; simply draw another
        break
    replaced = False
    try:
        try:
            if hasattr(os, "fchmod"):
                # The umask may have changed the bits given to os.open; set exactly ``mode``
                # before any content is written.
                os.fchmod(fd, mode)
            for chunk in (data,) if isinstance(data, bytes) else data:
                _write_all(fd, chunk)
            # The data must be on disk before the rename, or a crash could leave an empty file
            # under the final name.
            os.fsync(fd)
        finally:
            os.close(fd)
        if _before_replace is not None:
            _before_replace()
        os.replace(temp, path)
        replaced = True
        fsync_dir(folder)
    except BaseException:
        # Also on KeyboardInterrupt: never leave a stray copy of possibly sensitive data.
        if not replaced:
            with contextlib.suppress(OSError):
                temp.unlink()
        raise
