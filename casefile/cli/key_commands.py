"""Commands about keys: key export, rekey, recovery new, recover, erase, duress."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from casefile.cli.common import (
    Subparsers,
    add_parser,
    add_vault_argument,
    err,
    locate,
    out,
    show_recovery_key,
)
from casefile.cli.prompts import (
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    ENV_RECOVERY_KEY,
    UsageError,
    ask,
    read_new_passphrase,
    read_secret,
    stdin_is_interactive,
)
from casefile.vault.backup_keys import BackupKeysReport
from casefile.vault.vault import Vault, emergency_erase

EXPORT_WARNING = """\
WARNING: this is the vault's raw database key. With it and a copy of vault.db, anyone can
read every record, whatever the passphrase. Do not save it on this computer, do not send it,
and clear your terminal when done."""


ERASE_SURVIVORS = """\
What survives an erase:
- the vault's recovery key, and the recovery sheet if it was printed: it still opens the
  vault and the backups in its folder;
- backups stored elsewhere (a USB stick, another computer, a partner's laptop): they keep
  their own key files and open with the passphrase they had;
- on flash storage (SSD, USB stick, memory card) the overwritten key files may survive in
  blocks the drive set aside; they hold the key wrapped under the passphrase, so a strong
  passphrase is what protects it there (casefile rekey makes those copies useless)."""


def register(subparsers: Subparsers) -> None:
    key = add_parser(subparsers, "key", _key_help, help="export the raw database key")
    actions = key.add_subparsers(title="actions", metavar="ACTION")
    export = add_parser(
        actions,
        "export",
        cmd_key_export,
        help="print the raw database key (x'…') for other SQLCipher tools",
        description="Prints the vault's raw database key in the form SQLCipher tools accept, "
        "after asking the passphrase. Anyone with this key can read a copy of the vault.",
    )
    add_vault_argument(export)
    key.set_defaults(key_parser=key)

    parser = add_parser(
        subparsers,
        "rekey",
        cmd_rekey,
        help="give the vault a new database key (after a suspected compromise)",
        description="Re-encrypts the whole vault under a new database key with a new "
        "passphrase, and shows the NEW recovery key. The old recovery key and passphrase no "
        "longer open the vault (a backup made just before, under the old key, is kept).",
    )
    add_vault_argument(parser)
    parser.add_argument(
        "--print-sheet",
        action="store_true",
        help="write the full printable recovery sheet to standard output",
    )

    recovery = add_parser(subparsers, "recovery", _recovery_help, help="replace the recovery key")
    recovery_actions = recovery.add_subparsers(title="actions", metavar="ACTION")
    parser = add_parser(
        recovery_actions,
        "new",
        cmd_recovery_new,
        help="make a new recovery key; the old one stops opening the vault",
        description="Makes a new recovery key and shows it once, after asking the passphrase "
        "(which stays). The old recovery key then opens neither the vault nor its backups "
        "under the same key. A vault made before key-file format 2 (whose recovery key is its "
        "database key) is re-encrypted under a new database key for this.",
    )
    add_vault_argument(parser)
    parser.add_argument(
        "--print-sheet",
        action="store_true",
        help="write the full printable recovery sheet to standard output",
    )
    recovery.set_defaults(recovery_parser=recovery)

    parser = add_parser(
        subparsers,
        "recover",
        cmd_recover,
        help="open with the recovery key and choose a new passphrase",
        description="Opens the vault with its recovery key (after an emergency erase or a "
        "forgotten passphrase), then asks a new passphrase and writes a new key file. "
        f"The recovery key may come from ${ENV_RECOVERY_KEY}.",
    )
    add_vault_argument(parser)

    parser = add_parser(
        subparsers,
        "erase",
        cmd_erase,
        help="emergency erase: destroy the key files",
        description="Destroys the vault's key files (its backups' too), so that the vault "
        "opens only with its recovery key. The records stay, encrypted. Asks to type the "
        "vault's name unless --yes is given.",
    )
    add_vault_argument(parser)
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    duress = add_parser(subparsers, "duress", _duress_help, help="set or clear a duress passphrase")
    duress_actions = duress.add_subparsers(title="actions", metavar="ACTION")
    parser = add_parser(
        duress_actions,
        "set",
        cmd_duress_set,
        help="set a second passphrase that erases the keys and opens an empty decoy",
        description="Sets a duress passphrase (off by default). Typed at unlock instead of the "
        "passphrase, it destroys the vault's key files as an emergency erase does and opens "
        "an empty decoy vault, saying nothing. Afterwards only the recovery key opens the "
        "vault. Asks the passphrase, then the duress passphrase twice (or "
        f"${ENV_NEW_PASSPHRASE}). See the README on what it does not hide.",
    )
    add_vault_argument(parser)
    parser = add_parser(
        duress_actions,
        "clear",
        cmd_duress_clear,
        help="turn the duress passphrase off and delete the decoy",
        description="Removes the duress passphrase and the decoy vault; the passphrase stays.",
    )
    add_vault_argument(parser)
    parser = add_parser(
        duress_actions,
        "status",
        cmd_duress_status,
        help="say whether a duress passphrase is set",
        description="Says whether a duress passphrase is set, after asking the passphrase.",
    )
    add_vault_argument(parser)
    duress.set_defaults(duress_parser=duress)


def _key_help(args: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser = args.key_parser
    parser.print_help(sys.stderr)
    return 2


def _recovery_help(args: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser = args.recovery_parser
    parser.print_help(sys.stderr)
    return 2


def _duress_help(args: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser = args.duress_parser
    parser.print_help(sys.stderr)
    return 2


def report_backup_keys(report: BackupKeysReport, *, say: Callable[[str], None] = out) -> None:
    """What a key change did to the key files of the backups in the vault's folder."""
    if report.rewrapped:
        say(f"The key files of {len(report.rewrapped)} backup(s) in the vault's folder were")
        say("rewritten the same way; their old key files were overwritten.")
    if report.destroyed:
        say("These backups had key files for an even older passphrase; they were destroyed,")
        say("so only each backup's own recovery key opens them now:")
        for folder in report.destroyed:
            say(f"  {folder}")
    if report.kept:
        say("These backups are under an older database key and were left as they were:")
        for folder in report.kept:
            say(f"  {folder}")


def cmd_key_export(args: argparse.Namespace) -> int:
    paths = locate(args)
    passphrase = read_secret(f"Passphrase for {paths.name}: ", (ENV_PASSPHRASE,))
    with Vault.open(paths.root, passphrase, upgrade=False) as vault:
        literal = vault.export_raw_key()
        database = vault.paths.db  # the file this key opens
    err(EXPORT_WARNING)
    out(literal)
    out(
        f'# To open it with the sqlcipher shell: sqlcipher "{database}", then: '
        f'PRAGMA key = "{literal}";'
    )
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    paths = locate(args)
    current = read_secret(f"Current passphrase for {paths.name}: ", (ENV_PASSPHRASE,))
    with Vault.open(paths.root, current) as vault:
        new = read_new_passphrase()
        recovery_key = vault.rekey(new, current=current)
        vault_id = vault.vault_id
    report = err if args.print_sheet else out
    report("The vault now has a new database key and the new passphrase. The old recovery key")
    report("no longer opens it. Destroy the old recovery sheet.")
    report("Backups made before now still use the old database key, and the old recovery key")
    report("opens them (the old passphrase no longer does): delete them if it may have been seen.")
    report("")
    show_recovery_key(paths.name, recovery_key, print_sheet=args.print_sheet, vault_id=vault_id)
    return 0


def cmd_recovery_new(args: argparse.Namespace) -> int:
    paths = locate(args)
    passphrase = read_secret(f"Passphrase for {paths.name}: ", (ENV_PASSPHRASE,))
    with Vault.open(paths.root, passphrase) as vault:
        made = vault.new_recovery_key(passphrase)
        vault_id = vault.vault_id
    say = err if args.print_sheet else out
    say("The vault has a new recovery key. The old one no longer opens it: destroy the old")
    say("recovery sheet. The passphrase is unchanged.")
    if made.rekeyed:
        say("This vault's old recovery key was its database key, so the database was")
        say("re-encrypted under a new key. Backups made before now still use the old key, and")
        say("the old recovery key opens them: delete them if it may have been seen.")
    else:
        report_backup_keys(made.backups, say=say)
    say("Backups stored elsewhere (a USB stick, another computer) keep the old recovery key.")
    say("")
    show_recovery_key(
        paths.name, made.recovery_key, print_sheet=args.print_sheet, vault_id=vault_id
    )
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    paths = locate(args)
    recovery_key = read_secret(
        f"Recovery key for {paths.name}: ", (ENV_RECOVERY_KEY,), what="recovery key"
    )
    with Vault.open_with_recovery_key(paths.root, recovery_key) as vault:
        new = read_new_passphrase((ENV_NEW_PASSPHRASE, ENV_PASSPHRASE))
        vault.set_passphrase_after_recovery(new)
    out(f"The vault {paths.root} was opened with its recovery key and has a new key file.")
    out("From now on it opens with the new passphrase; the recovery key stays the same.")
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    paths = locate(args)
    if not args.yes:
        if not stdin_is_interactive():
            raise UsageError("An emergency erase needs confirmation: add --yes.")
        err(f"This destroys the key files of the vault {paths.root} and of its backups.")
        err("Afterwards only the recovery key opens the vault. A Casefile window that has")
        err("this vault open closes within a second.")
        typed = ask(f"Type the vault's name ({paths.name}) to erase its keys: ")
        if typed.strip() != paths.name:
            raise UsageError("The name did not match. Nothing was erased.")
    erased = emergency_erase(paths.root)
    if erased:
        out(f"Destroyed {len(erased)} key file(s):")
        for path in erased:
            out(f"  {path}")
    else:
        out("There were no key files left to destroy.")
    out("The records are still there, encrypted. Only the recovery key can open the vault now:")
    out(f'  casefile recover --vault "{paths.root}"')
    out("")
    out(ERASE_SURVIVORS)
    return 0


DURESS_RISKS = """\
What the duress passphrase does not hide:
- someone who examines the disk can see that vault.keys was rewritten and the other key
  files destroyed at that moment, that the vault's database is far larger than the decoy
  shown, and, having read Casefile's source, where the decoy is kept;
- backups stored elsewhere keep their own key files: the passphrase still opens them;
- only the recovery key opens the vault afterwards: keep the recovery sheet away from here."""


def cmd_duress_set(args: argparse.Namespace) -> int:
    paths = locate(args)
    current = read_secret(f"Passphrase for {paths.name}: ", (ENV_PASSPHRASE,))
    with Vault.open(paths.root, current) as vault:
        duress = read_new_passphrase((ENV_NEW_PASSPHRASE,), what="duress passphrase")
        vault.set_duress(current, duress)
    out("The duress passphrase is set. Typed at unlock, it destroys this vault's key files")
    out("(its backups' too) and opens an empty decoy vault; after that only the recovery key")
    out("opens the vault. The passphrase is unchanged.")
    out("")
    out(DURESS_RISKS)
    return 0


def cmd_duress_clear(args: argparse.Namespace) -> int:
    paths = locate(args)
    current = read_secret(f"Passphrase for {paths.name}: ", (ENV_PASSPHRASE,))
    with Vault.open(paths.root, current) as vault:
        vault.clear_duress(current)
    out("The duress passphrase was removed, and the decoy with it. The passphrase is unchanged.")
    return 0


def cmd_duress_status(args: argparse.Namespace) -> int:
    paths = locate(args)
    current = read_secret(f"Passphrase for {paths.name}: ", (ENV_PASSPHRASE,))
    with Vault.open(paths.root, current, upgrade=False) as vault:
        is_set = vault.duress_set
    out("A duress passphrase is set." if is_set else "No duress passphrase is set.")
    return 0
