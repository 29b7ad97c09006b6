"""Locking ends the process (issue 15): a fresh Casefile process shows the unlock screen.

The process that held the vault had the database key, the passphrase and decrypted records in
memory. Python and Qt free such memory without wiping it, and keep copies in caches no code
of ours can reach (interned strings, Qt's text layouts, the allocator's free lists), so a
locked process still held them (docs/ARCHITECTURE.md, "Lock leaves nothing to find"). A
process that never had them holds none: on lock the old one closes the vault, starts a new
Casefile told which vault and page to offer, and ends.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QProcess

#: Handed to the fresh process: the vault to offer for unlocking, and the page to return to.
LOCKED_VAULT_ENV = "CASEFILE_LOCKED_VAULT"
LOCKED_PAGE_ENV = "CASEFILE_LOCKED_PAGE"


def command() -> tuple[str, list[str]]:
    """How this Casefile is started again: the frozen executable, or this Python with -m."""
    if getattr(sys, "frozen", False):
        return sys.executable, []
    return sys.executable, ["-m", "casefile"]


def start_locked(vault: Path, page: str) -> int | None:
    """Starts a fresh Casefile that offers ``vault`` for unlocking; its process id, or None.

    The new process is detached, so it lives on when this one ends. It inherits the
    environment (language, display, Python path) with the vault's place and the page added,
    never anything from inside the vault.
    """
    program, arguments = command()
    os.environ[LOCKED_VAULT_ENV] = str(vault)
    os.environ[LOCKED_PAGE_ENV] = page
    try:
        started, pid = QProcess.startDetached(program, arguments, os.getcwd())
    finally:
        os.environ.pop(LOCKED_VAULT_ENV, None)
        os.environ.pop(LOCKED_PAGE_ENV, None)
    return int(pid) if started else None


def relaunch_locked(vault: Path, page: str) -> bool:
    """AppController's relaunch: True once the fresh process started."""
    return start_locked(vault, page) is not None


def take_locked_start() -> tuple[Path | None, str]:
    """The vault and page a locking process handed over, if this process is its successor.

    Removed from the environment, so that no later child process inherits them.
    """
    vault = os.environ.pop(LOCKED_VAULT_ENV, "")
    page = os.environ.pop(LOCKED_PAGE_ENV, "")
    return (Path(vault) if vault else None), page
