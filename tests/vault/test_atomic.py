"""Tests for crash-safe file replacement."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from casefile.vault import atomic
from casefile.vault.atomic import fsync_dir, leftover_temp_files, write_atomic

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
        raise OSError("disk gone")

    monkeypatch.setattr(atomic, "_before_replace", crash)
    with pytest.raises(OSError, match="disk gone"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.keys"]


def test_failure_while_writing_removes_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "vault.keys"
    target.write_bytes(b"old")

    def full_disk(fd: int, data: bytes | memoryview) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, b"new")
    monkeypatch.undo()
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


def test_missing_folder_raises_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "nowhere" / "f", b"x")
    assert list(tmp_path.iterdir()) == []


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
