"""The one lazy boundary for the vault stack: it loads after the first window is painted.

The unlock dialog and the welcome screen paint before SQLAlchemy, SQLCipher, argon2, the
services and the pages are imported (tests/ui/test_ui_launch.py checks it; bench/launch_bench.py
measures it). ui/start reaches them only through this module; the windows only some users open
load through ui/start/on_demand.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casefile.ui.shell.main_window import MainWindow
    from casefile.vault.vault import Vault


def vault_class() -> type[Vault]:
    """casefile.vault.vault.Vault (opening, creating, recovering a vault)."""
    from casefile.vault.vault import Vault

    return Vault


def main_window_class() -> type[MainWindow]:
    """The main window, with the pages and the services they call."""
    from casefile.ui.shell.main_window import MainWindow

    return MainWindow


def emergency_erase(vault: Path) -> list[Path]:
    """Destroys the vault's key files, its backups' too (casefile/vault/unlocking.py)."""
    from casefile.vault.unlocking import emergency_erase as erase

    return erase(vault)


def build_demo_vault(target: Path) -> None:
    """Builds the demo vault with its invented cases at ``target`` and closes it."""
    from casefile.demo.build import build_demo_vault as build

    build(target).vault.close()


def demo_passphrase() -> str:
    from casefile.demo.build import DEMO_PASSPHRASE

    return DEMO_PASSPHRASE


def warm_up() -> None:
    """Imports the vault, the list services and the main window's modules in the background
    while the user types, rather than after the passphrase. Only classes are made here, no
    widgets: a worker thread may."""
    import casefile.services.lists.listing
    import casefile.ui.shell.main_window
    import casefile.vault.vault  # noqa: F401
