"""Commands about the vault as a whole: init, demo, info, check, tidy-index, passwd, backup,
restore."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from casefile import __version__
from casefile.cli.common import (
    Subparsers,
    add_parser,
    add_vault_argument,
    err,
    human_size,
    locate,
    out,
    show_recovery_key,
    unlock,
)
from casefile.cli.key_commands import report_backup_keys
from casefile.cli.prompts import (
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    UsageError,
    confirm,
    read_new_passphrase,
    read_secret,
    stdin_is_interactive,
)
from casefile.demo.build import DEMO_PASSPHRASE, build_demo_vault
from casefile.errors import BackupError, VaultCorruptError, VaultExistsError
from casefile.services.lists.listing import list_cases, list_hearings, list_people
from casefile.vault.backup import BackupKind, missing_target_message
from casefile.vault.paths import VaultPaths
from casefile.vault.vault import Vault, restore_backup


def register(subparsers: Subparsers) -> None:
    parser = add_parser(
        subparsers,
        "init",
        cmd_init,
        help="create a new vault",
        description="Creates a new, empty vault at PATH (.casefile is added when missing). "
        "The passphrase is asked twice and must be strong. The vault's recovery key is "
        "then shown once.",
    )
    parser.add_argument("path", type=Path, metavar="PATH", help="where to create the vault")
    parser.add_argument(
        "--print-sheet",
        action="store_true",
        help="write the full printable recovery sheet to standard output (pipe it to a "
        "printer); it is never saved to a file",
    )

    parser = add_parser(
        subparsers,
        "demo",
        cmd_demo,
        help="create a demo vault with fictional data",
        description="Creates a vault at PATH filled with fictional people, cases and hearings, "
        "for training and trying Casefile out. Its passphrase is printed.",
    )
    parser.add_argument("path", type=Path, metavar="PATH", help="where to create the demo vault")

    parser = add_parser(subparsers, "info", cmd_info, help="show facts about a vault")
    add_vault_argument(parser)

    parser = add_parser(
        subparsers,
        "check",
        cmd_check,
        help="check a vault's integrity",
        description="Checks every page of the vault's database against its authentication "
        "code, then the database's structure. Exit code 0: intact; 5: damaged.",
    )
    add_vault_argument(parser)

    parser = add_parser(
        subparsers,
        "tidy-index",
        cmd_tidy_index,
        help="merge the search index's pieces",
        description="Merges the pieces the search index is in, in short steps, as the app "
        "does while it is left alone: searching a large vault is then faster. It may take a "
        "few minutes at 100,000 people; Ctrl+C stops it, keeping what was merged.",
    )
    add_vault_argument(parser)

    parser = add_parser(
        subparsers,
        "passwd",
        cmd_passwd,
        help="change the passphrase",
        description="Changes the passphrase. The key file is rewritten, and so are the key "
        "files of the backups in the vault's folder, so the old passphrase opens none of them; "
        "each replaced key file is overwritten. The database and the recovery key stay the "
        "same.",
    )
    add_vault_argument(parser)

    parser = add_parser(
        subparsers,
        "backup",
        cmd_backup,
        help="make an encrypted backup",
        description="Makes an encrypted, verified copy of the vault (with its key file), in "
        "the vault's backups folder or under --to DIR.",
    )
    add_vault_argument(parser)
    parser.add_argument(
        "--to", type=Path, metavar="DIR", help="make the backup under DIR (it must exist)"
    )
    parser.add_argument(
        "--auto",
        action="store_true",
        help="an automatic backup: only the newest few automatic backups are kept",
    )

    parser = add_parser(
        subparsers,
        "restore",
        cmd_restore,
        help="replace the vault with a backup",
        description="Replaces the vault's database and key file with those of a backup. The "
        "backup's passphrase is asked. The current files are moved aside into the vault's "
        "backups folder, never deleted.",
    )
    add_vault_argument(parser)
    parser.add_argument(
        "backup", type=Path, metavar="BACKUP_FOLDER", help="the backup's folder (vault-…)"
    )
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def cmd_init(args: argparse.Namespace) -> int:
    paths = VaultPaths.for_new(args.path)
    if paths.root.exists() and (not paths.root.is_dir() or any(paths.root.iterdir())):
        raise VaultExistsError("%1 already exists. Choose another name or place.", paths.root)
    passphrase = read_new_passphrase((ENV_NEW_PASSPHRASE, ENV_PASSPHRASE))
    created = Vault.create(paths.root, passphrase)
    vault_id = created.vault.vault_id
    created.vault.close()
    report = err if args.print_sheet else out
    report(f"Created the vault {paths.root}")
    report("")
    show_recovery_key(
        paths.name, created.recovery_key, print_sheet=args.print_sheet, vault_id=vault_id
    )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    created = build_demo_vault(args.path)
    with created.vault as vault:
        people = len(list_people(vault))
        cases = len(list_cases(vault))
        hearings = len(list_hearings(vault))
        root = vault.paths.root
    out(f"Created the demo vault {root}")
    out(f"Passphrase: {DEMO_PASSPHRASE}")
    out(f"It holds {people} people, {cases} cases and {hearings} hearings, all fictional.")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    vault, _passphrase = unlock(args)
    with vault:
        info = vault.info()
    rows = (
        ("Casefile version", __version__),
        ("Vault", str(info.path)),
        ("Vault id", info.vault_id),
        ("Schema revision", info.schema_revision or "none"),
        ("SQLCipher version", info.cipher_version),
        ("Created", _when(info.created_at)),
        ("Size", f"{human_size(info.size_bytes)} ({info.size_bytes} bytes)"),
        ("Key slots", str(info.key_slots)),
        (
            "Recovery key",
            "its own key slot (vault.recovery)"
            if info.recovery_slot
            else "the database key itself; replace it with: casefile recovery new",
        ),
        ("Backups", str(info.backups)),
    )
    width = max(len(label) for label, _value in rows) + 1
    for label, value in rows:
        out(f"{label + ':':<{width}} {value}")
    return 0


def _when(timestamp: str | None) -> str:
    if not timestamp:
        return "unknown"
    try:
        return datetime.fromisoformat(timestamp).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return timestamp


def cmd_check(args: argparse.Namespace) -> int:
    try:
        vault, _passphrase = unlock(args, upgrade=False)
    except VaultCorruptError as error:
        out(f"The vault is damaged and could not be opened. {error}")
        return VaultCorruptError.exit_code
    with vault:
        report = vault.check()
    out(report.describe())
    return 0 if report.ok else VaultCorruptError.exit_code


def cmd_tidy_index(args: argparse.Namespace) -> int:
    vault, _passphrase = unlock(args)
    with vault:
        run = vault.merge_index()
    if run.steps <= 1:
        out("The search index needed no merging.")
    else:
        out(f"The search index is merged ({run.steps} steps).")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    paths = locate(args)
    current = read_secret(f"Current passphrase for {paths.name}: ", (ENV_PASSPHRASE,))
    with Vault.open(paths.root, current) as vault:
        new = read_new_passphrase()
        report = vault.change_passphrase(current, new)
    out("The passphrase was changed; the recovery key is unchanged. The old passphrase no")
    out("longer opens the vault.")
    report_backup_keys(report)
    out("Backups stored elsewhere (a USB stick, another computer) still open with the old")
    out("passphrase: make new ones and destroy the old, or re-key (casefile rekey).")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    kind: BackupKind = "auto" if args.auto else "manual"
    if args.to is not None and not args.to.is_dir():
        # Before the passphrase: an unmounted stick must not send the backup to the laptop.
        raise BackupError(missing_target_message(args.to))
    vault, _passphrase = unlock(args)
    with vault:
        info = vault.backup(args.to, kind=kind)
    out(f"Backup made and verified: {info.path}")
    out(f"Size: {human_size(info.size)}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    paths = locate(args)
    if not args.yes:
        if not stdin_is_interactive():
            raise UsageError("Restoring replaces the vault: add --yes to confirm.")
        err(f"This replaces the vault {paths.root} with the backup {args.backup}.")
        err("The current files are moved aside into the vault's backups folder.")
        if not confirm("Restore?"):
            err("Nothing was restored.")
            return 1
    passphrase = read_secret(f"Passphrase of the backup {args.backup.name}: ", (ENV_PASSPHRASE,))
    aside = restore_backup(paths.root, args.backup, passphrase)
    out(f"The vault {paths.root} was restored from {args.backup}.")
    out(f"Its previous state was moved to {aside}")
    return 0
