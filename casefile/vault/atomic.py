"""Crash-safe file replacement: a file is either wholly old or wholly new, never half written.

Also the one place that makes paths for files written into a folder the user chose
(safe_child): names come from the app, and nothing is written through a link.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from casefile.errors import FileWriteError, UnsafePathError
from casefile.vault.platform import BINARY, CLOEXEC, REPLACED_FILE_STAYS_WRITABLE, set_mode
from casefile.vault.platform import fsync_dir as fsync_dir  # where the callers look for it

# Test hook: called after the temp file is complete and synced, just before it replaces the
# target. Tests use it to simulate a crash at the worst moment; production leaves it None.
_before_replace: Callable[[], None] | None = None

_TEMP_SUFFIX = ".tmp"
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM}


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


def _write_all(fd: int, data: bytes) -> None:
    # os.write may write less than asked (signals, quotas); loop until everything is out.
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def write_atomic(
    path: Path,
    data: bytes | Iterable[bytes],
    mode: int = 0o600,
    *,
    shown_as: Path | None = None,
) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file.

    ``data`` may also be an iterable of chunks, written as they come (a large file need not be
    in memory whole); an error raised by it leaves ``path`` as it was and no temp file.

    The temp file is created in the same folder (``os.replace`` is only atomic within one file
    system) with O_EXCL and ``mode`` already set, so no other user can ever read a byte of it.

    Raises FileWriteError naming ``path`` (never the temp file) when the file system refuses,
    or ``shown_as`` instead when the user knows the file by another path (a file written into
    a staging folder before it is moved into place).
    """
    path = Path(path)
    shown = path if shown_as is None else shown_as
    try:
        replaced = _write_atomic(path, data, mode)
    except OSError as error:
        raise write_error(shown, error) from None
    try:
        fsync_dir(path.parent)
    except OSError as error:
        raise FileWriteError(
            "%1 was written, but its folder could not be flushed to disk (%2). Check the file, "
            "and write it again if it is incomplete.",
            shown,
            error.strerror or type(error).__name__,
        ) from None
    assert replaced


def write_atomic_shredding(path: Path, data: bytes, mode: int = 0o600) -> None:
    """write_atomic for a file holding a secret (a key file): the file it replaces is then
    overwritten with random bytes, so its old blocks do not stay in the disk's free space.

    The old file is held open across the replace and overwritten through its descriptor
    afterwards, so a crash at any point still leaves the old or the new file whole. Flash
    storage may keep the old blocks anyway, and Windows cannot write a replaced file: there
    the old blocks stay until reused (docs/ARCHITECTURE.md, "Old secrets").
    """
    old: int | None = None
    if REPLACED_FILE_STAYS_WRITABLE:
        with contextlib.suppress(FileNotFoundError, IsADirectoryError):
            old = os.open(path, os.O_RDWR | CLOEXEC | BINARY)
    try:
        write_atomic(path, data, mode)
        if old is not None:
            shred_fd(old)
    finally:
        if old is not None:
            os.close(old)


def shred_fd(fd: int) -> None:
    """Overwrites an open file's whole length with random bytes and syncs it."""
    size = os.fstat(fd).st_size
    os.lseek(fd, 0, os.SEEK_SET)
    _write_all(fd, secrets.token_bytes(size))
    os.fsync(fd)


def shred(path: Path) -> None:
    """Overwrites a file with random bytes, syncs it and unlinks it."""
    fd = os.open(path, os.O_RDWR | CLOEXEC | BINARY)
    try:
        shred_fd(fd)
    finally:
        os.close(fd)
    path.unlink()


def _write_atomic(path: Path, data: bytes | Iterable[bytes], mode: int) -> bool:
    folder = path.parent
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | CLOEXEC | BINARY
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
            set_mode(fd, mode)  # before any content is written
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
    except BaseException:
        # Also on KeyboardInterrupt: never leave a stray copy of possibly sensitive data.
        if not replaced:
            with contextlib.suppress(OSError):
                temp.unlink()
        raise
    return replaced


def write_error(path: Path, error: OSError) -> FileWriteError:
    """The file system's refusal in words that name the user's file and the way out.

    OSError's own text would name our temp file (.NAME.1234abcd.tmp), or no file at all.
    """
    code = error.errno
    if code in _FULL:
        return FileWriteError(
            "The disk holding %1 is full; free space or choose another place. Nothing was written.",
            path,
        )
    if code in _DENIED:
        return FileWriteError(
            "%1 cannot be written: permission denied. Choose another place, or ask for "
            "access to that folder. Nothing was written.",
            path,
        )
    if code in (errno.ENOENT, errno.ENOTDIR):
        return FileWriteError(
            "The folder %1 does not exist (is the disk or USB stick still "
            "connected?). Choose another place. Nothing was written.",
            path.parent,
        )
    if code == errno.EROFS:
        return FileWriteError(
            "%1 is on a read-only disk. Choose another place. Nothing was written.", path
        )
    if code == errno.EISDIR or path.is_dir():
        return FileWriteError(
            "%1 is a folder. Give a file name instead. Nothing was written.", path
        )
    if code == errno.ENAMETOOLONG:
        return FileWriteError(
            "The name %1 is too long. Choose a shorter one. Nothing was written.", path
        )
    return FileWriteError(
        "%1 could not be written (%2). Choose another place, or try again. Nothing was written.",
        path,
        error.strerror or type(error).__name__,
    )


# -- names and places inside a folder the user chose -----------------------------------------

# Characters Windows refuses in names (and the path separators of every system).
_FORBIDDEN = frozenset('<>:"/\\|?*')
# Names Windows gives to devices, whatever their extension ("con.txt" is the console).
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")}
)
#: Most file systems allow 255 bytes per name; the rest is room for the temp file's affixes.
MAX_NAME_BYTES = 200


def safe_file_name(name: str | None, fallback: str = "file") -> str:
    """A plain file name made from ``name`` that stays inside its folder on every system.

    Separators, characters Windows refuses, control and invisible format characters (such as
    a right-to-left override hiding an extension) become "_"; leading and trailing dots and
    spaces go; a Windows device name (CON, NUL.txt, COM1…) gets a "_" in front; the name is
    cut to MAX_NAME_BYTES of UTF-8, keeping a short extension.
    """
    cleaned = "".join(
        "_"
        if ch in _FORBIDDEN or unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp")
        else ch
        for ch in unicodedata.normalize("NFC", name or "")
    ).strip(" .")
    if not cleaned:
        return fallback
    if cleaned.split(".", 1)[0].rstrip(" ").upper() in _RESERVED:
        cleaned = "_" + cleaned
    return _shorten(cleaned)


def _shorten(name: str) -> str:
    if len(name.encode("utf-8")) <= MAX_NAME_BYTES:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext.encode("utf-8")) > 20:
        stem, ext = name, ""
    room = MAX_NAME_BYTES - len(ext.encode("utf-8")) - (1 if ext else 0)
    stem = stem.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip(" .")
    return f"{stem}.{ext}" if ext else stem


def is_safe_name(part: str) -> bool:
    """Whether ``part`` is one plain name that safe_file_name leaves as it is."""
    return bool(part) and safe_file_name(part, fallback="") == part


def _is_link(path: Path) -> bool:
    # A Windows junction redirects like a symbolic link but is not one to is_symlink().
    return path.is_symlink() or (hasattr(path, "is_junction") and path.is_junction())


def safe_child(root: Path, *parts: str, shown_root: Path | None = None) -> Path:
    """``root/parts…`` for a file the app writes into the folder ``root`` the user chose.

    Each part must be one plain name (see safe_file_name); folders on the way are made
    (owner-only) when missing. Raises UnsafePathError when a part is not a plain name, when a
    folder on the way or the file itself is a link (it could point anywhere: nothing is
    written through one), or when the place, with every link resolved, is not inside ``root``.
    ``root`` itself may be a link: the user chose it. A file-system error names the place
    under ``shown_root`` when given (the folder the user chose, for a staging folder in it).
    """
    if not parts or not all(is_safe_name(part) for part in parts):
        raise UnsafePathError(
            "Casefile refused to make a file name in %1 from the data it was given. "
            "Nothing was written there.",
            root,
        )
    try:
        base = root.resolve(strict=True)
        current = root
        for index, part in enumerate(parts):
            current = current / part
            if _is_link(current):
                raise UnsafePathError(
                    "%1 is a link, and Casefile does not write through links (it could "
                    "lead anywhere). Remove it or choose an empty folder. Nothing was written "
                    "there.",
                    current,
                )
            if index < len(parts) - 1:
                with contextlib.suppress(FileExistsError):
                    current.mkdir(mode=0o700)
                if not current.is_dir() or _is_link(current):
                    raise UnsafePathError(
                        "%1 is in the way: it is not a folder. Remove it or choose an "
                        "empty folder. Nothing was written there.",
                        current,
                    )
        # After resolving every link, the file's folder must still be inside the chosen one.
        if not current.parent.resolve(strict=True).is_relative_to(base):
            raise UnsafePathError(
                "%1 would lie outside %2, so it was not written. Choose an empty folder.",
                current,
                root,
            )
    except OSError as error:
        raise write_error((shown_root or root).joinpath(*parts), error) from None
    return current
