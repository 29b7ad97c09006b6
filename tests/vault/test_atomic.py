"""Tests for crash-safe file replacement."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from casefile.errors import FileWriteError, UnsafePathError
from casefile.vault import atomic
from casefile.vault.atomic import (
    fsync_dir,
    leftover_temp_files,
    safe_child,
    safe_file_name,
    write_atomic,
)

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask() -> Iterator[None]:
    # Tests change the umask; always put the original back.
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.parametrize("mask", [0o000, 0o022, 0o077])
def test_new_file_is_owner_only_whatever_the_umask(tmp_path: Path, umask: None, mask: int) -> None:
    os.umask(mask)
    target = tmp_path / "vault.keys"
    write_atomic(target, b"secret")
    assert target.read_bytes() == b"secret"
    assert _mode(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.keys"]


def test_replaces_existing_file_and_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "vault.keys"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert _mode(target) == 0o600
    assert leftover_temp_files(target) == []


def test_custom_mode(tmp_path: Path, umask: None) -> None:
    target = tmp_path / "shared.txt"
    write_atomic(target, b"x", mode=0o640)
    assert _mode(target) == 0o640


def test_empty_and_large_data(tmp_path: Path) -> None:
    target = tmp_path / "f"
    write_atomic(target, b"")
    assert target.read_bytes() == b""
    big = os.urandom(3 * 1024 * 1024)
    write_atomic(target, big)
    assert target.read_bytes() == big


def test_temp_file_is_private_and_complete_before_replace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "vault.keys"
    seen: list[tuple[int, bytes]] = []

    def inspect() -> None:
        (temp,) = leftover_temp_files(target)
        seen.append((_mode(temp), temp.read_bytes()))

    monkeypatch.setattr(atomic, "_before_replace", inspect)
    write_atomic(target, b"payload")
    assert seen == [(0o600, b"payload")]
    assert leftover_temp_files(target) == []


def test_failure_before_replace_keeps_old_file_and_removes_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "vault.keys"
    target.write_bytes(b"old")

    def crash() -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(atomic, "_before_replace", crash)
    with pytest.raises(FileWriteError) as raised:
        write_atomic(target, b"new")
    message = str(raised.value)
    assert message.startswith(f"{target} could not be written (Input/output error)")
    assert "Nothing was written" in message
    assert ".tmp" not in message
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.keys"]


def test_failure_while_writing_removes_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "vault.keys"
    target.write_bytes(b"old")

    def full_disk(fd: int, data: bytes | memoryview) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(FileWriteError) as raised:
        write_atomic(target, b"new")
    monkeypatch.undo()
    # The user's file and the way out, never the temp file the OSError was about.
    assert str(raised.value) == (
        f"The disk holding {target} is full; free space or choose another place. "
        "Nothing was written."
    )
    assert raised.value.exit_code == 1
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.keys"]


def test_short_writes_are_continued(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write

    def short_write(fd: int, data: bytes | memoryview) -> int:
        return real_write(fd, bytes(data[:3]))  # the kernel may write less than asked

    monkeypatch.setattr(os, "write", short_write)
    target = tmp_path / "f"
    write_atomic(target, b"0123456789abcdef")
    monkeypatch.undo()
    assert target.read_bytes() == b"0123456789abcdef"


def test_full_disk_at_fsync_names_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.pdf"

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(FileWriteError, match=r"The disk holding .* is full") as raised:
        write_atomic(target, [b"a", b"b"])
    monkeypatch.undo()
    assert str(target) in str(raised.value)
    assert list(tmp_path.iterdir()) == []


def test_permission_denied_names_the_target(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root may write anywhere")
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    with pytest.raises(FileWriteError, match="permission denied") as raised:
        write_atomic(folder / "f.pdf", b"x")
    assert str(folder / "f.pdf") in str(raised.value)


def test_missing_folder_raises_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError, match="does not exist") as raised:
        write_atomic(tmp_path / "nowhere" / "f", b"x")
    assert str(tmp_path / "nowhere") in str(raised.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("given", "made"),
    [
        ("../../../.config/autostart", "_.._.._.config_autostart"),
        ("..", "file"),
        ("", "file"),
        ("CON", "_CON"),
        ("con.txt", "_con.txt"),
        ("Nul.tar.gz", "_Nul.tar.gz"),
        ("COM1", "_COM1"),
        ("lpt9.pdf", "_lpt9.pdf"),
        ("COM10.txt", "COM10.txt"),  # not a device name
        ('a<b>c:d"e|f?g*h\\i', "a_b_c_d_e_f_g_h_i"),
        ("tab\tthere\nnew", "tab_there_new"),
        ("scan\u202efdp.exe", "scan_fdp.exe"),  # a right-to-left override hides .exe
        ("report. . ", "report"),
        ("Протокол допроса.pdf", "Протокол допроса.pdf"),
    ],
)
def test_safe_file_name(given: str, made: str) -> None:
    assert safe_file_name(given) == made


def test_safe_file_name_keeps_long_names_under_the_limit() -> None:
    name = safe_file_name("Ж" * 300 + ".pdf")
    assert name.endswith(".pdf")
    assert len(name.encode("utf-8")) <= atomic.MAX_NAME_BYTES


def test_safe_child_refuses_links_and_unsafe_parts(tmp_path: Path) -> None:
    root = tmp_path / "export"
    root.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    assert safe_child(root, "attachments", "a", "f.txt") == root / "attachments" / "a" / "f.txt"
    assert (root / "attachments" / "a").is_dir()
    for parts in (("..", "x"), ("a/b",), ("CON",), ("",)):
        with pytest.raises(UnsafePathError):
            safe_child(root, *parts)
    (root / "planted").symlink_to(outside, target_is_directory=True)
    with pytest.raises(UnsafePathError, match="is a link"):
        safe_child(root, "planted", "f.txt")
    (root / "file.txt").symlink_to(outside / "target.txt")
    with pytest.raises(UnsafePathError, match="is a link"):
        safe_child(root, "file.txt")
    assert list(outside.iterdir()) == []


def test_fsync_dir(tmp_path: Path) -> None:
    fsync_dir(tmp_path)  # must simply not fail on an ordinary folder


def test_leftover_temp_files_only_lists_this_targets_temps(tmp_path: Path) -> None:
    target = tmp_path / "vault.keys"
    mine = tmp_path / ".vault.keys.0123456789abcdef.tmp"
    mine.write_bytes(b"")
    (tmp_path / ".other.0123456789abcdef.tmp").write_bytes(b"")
    target.write_bytes(b"")
    assert leftover_temp_files(target) == [mine]
    assert leftover_temp_files(tmp_path / "missing" / "vault.keys") == []
