"""Helpers the command modules share: the --vault option, unlocking, printing."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from casefile.cli.parsing import ArgumentParser as ArgumentParser
from casefile.cli.parsing import Subparsers as Subparsers
from casefile.cli.prompts import ENV_VAULT, read_passphrase
from casefile.vault.paths import VaultPaths, default_vault_path
from casefile.vault.recovery import recovery_sheet_text
from casefile.vault.vault import Vault

type Handler = Callable[[argparse.Namespace], int]


def add_parser(
    subparsers: Subparsers, name: str, handler: Handler, *, help: str, description: str = ""
) -> ArgumentParser:
    """A subcommand parser with its handler; the description defaults to the help text."""
    parser = subparsers.add_parser(
        name,
        help=help,
        description=description or help,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(handler=handler)
    return parser


def add_vault_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--vault",
        type=Path,
        metavar="PATH",
        default=None,
        help=f"the vault's folder (NAME.casefile) or a file in it; default: ${ENV_VAULT}, "
        f"or {default_vault_path()}",
    )


def vault_path(args: argparse.Namespace) -> Path:
    """--vault, else $CASEFILE_VAULT, else the default vault in the user's data folder."""
    given: Path | None = getattr(args, "vault", None)
    if given is not None:
        return given
    from_env = os.environ.get(ENV_VAULT)
    if from_env:
        return Path(from_env)
    return default_vault_path()


def locate(args: argparse.Namespace) -> VaultPaths:
    """The vault's paths; raises NotAVaultError before any passphrase is asked."""
    return VaultPaths.locate(vault_path(args))


def unlock(args: argparse.Namespace, *, upgrade: bool = True) -> tuple[Vault, str]:
    """Opens the vault with its passphrase; returns it (use `with`) and the passphrase."""
    paths = locate(args)
    passphrase = read_passphrase(f"Passphrase for {paths.name}: ")
    return Vault.open(paths.root, passphrase, upgrade=upgrade), passphrase


def out(text: str = "") -> None:
    print(text)


def err(text: str) -> None:
    print(text, file=sys.stderr)


def one_line(text: object) -> str:
    """A value for a tab-separated line: no tabs or line breaks inside it."""
    return " ".join(str(text).split()) if text is not None else ""


def human_size(size: int) -> str:
    """1234567 -> "1.2 MB" (decimal units, as file managers show them)."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000:
            return f"{size} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} TB"


RECOVERY_EXPLANATION = """\
This recovery key opens the vault if its key file is erased (for example by an emergency
erase) or if the passphrase is forgotten. Anyone who has it and a copy of the vault can
read every case in it.

Write it down now: it is shown only this once. Keep it away from this computer, for
example locked up at the head office or with a trusted colleague. Do not photograph it,
email it or store it on any computer or phone."""


def show_recovery_key(
    vault_name: str, recovery_key: str, *, print_sheet: bool, vault_id: str = ""
) -> None:
    """The recovery key, once. With print_sheet, stdout carries only the printable sheet
    (so it can be piped to a printer) and the explanation goes to stderr."""
    if print_sheet:
        out(recovery_sheet_text(vault_name, recovery_key, date.today(), vault_id).rstrip("\n"))
        err("The recovery sheet was written to standard output; it was not saved anywhere.")
        return
    out("Recovery key:")
    out()
    out(f"    {recovery_key}")
    out()
    out(RECOVERY_EXPLANATION)
