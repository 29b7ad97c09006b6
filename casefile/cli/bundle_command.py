"""`casefile bundle …` and `casefile device …`: exchange with other laptops' vaults.

A bundle is one encrypted, signed file of changes for a partner device (docs/bundle-format.md).
Devices trust each other by their device cards, after comparing fingerprints by phone.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casefile.cli.common import (
    Subparsers,
    add_parser,
    add_vault_argument,
    err,
    one_line,
    out,
    unlock,
)
from casefile.cli.prompts import (
    UsageError,
    confirm,
    read_secret,
    stdin_is_interactive,
)
from casefile.services.exchange import devices, import_undo, pending, service
from casefile.services.exchange.bundle_format import default_file_name, probe
from casefile.services.exchange.changes import Selection
from casefile.services.exchange.devices import PartnerRole
from casefile.services.exchange.errors import MassChangeError
from casefile.services.exchange.passphrases import (
    assess_bundle_passphrase,
    generate_passphrase,
)
from casefile.vault.atomic import write_atomic

if TYPE_CHECKING:
    from casefile.services.exchange.bundle_format import Sender
    from casefile.services.exchange.errors import MassChangeError
    from casefile.services.exchange.merge import ImportPreview

ENV_BUNDLE_PASSPHRASE = "CASEFILE_BUNDLE_PASSPHRASE"
ROLES = ("partner", "contributor")

EXPORT_DESCRIPTION = """\
Writes one encrypted, signed file for the partner device named with --to: every record,
field change, deletion and file changed since the last bundle sent to that partner, or
everything (--all), or only some people and cases with what belongs to them (--person,
--case; these do not count as "sent" for the next bundle). The changes count as sent only
once the file is completely written.

The bundle is encrypted to the partner's own key, so that only that vault can open it and no
passphrase is shared. With --passphrase it is encrypted under a bundle passphrase instead:
six generated words, shown once on stderr (write them down and tell them to the partner by
another way than the file), or your own from $CASEFILE_BUNDLE_PASSPHRASE or the prompt, if
it is as strong. Without -o the file is casefile-<random>.cfbundle in the current folder: the
name says nothing about the partner."""

IMPORT_DESCRIPTION = """\
Checks the bundle's signature first: a bundle that was altered, cut short, or signed by a
device this vault does not trust is refused and nothing changes. Then shows what it brings
(new, updated, deleted records and conflicts) and imports it in one transaction.
Importing the same bundle twice changes nothing. A bundle that would move many records to the
trash, delete them for good or overwrite them is not imported: the changes are listed and the
command exits with 10; look at them, then run it again with --accept-deletions."""


PURGES_DESCRIPTION = """\
A record a partner deleted for good is not deleted here at once: it waits in the trash, and the
deletion goes no further, until someone here accepts it (or restores the record, which refuses
it). `purges` lists what waits; `accept-purges` carries it out."""

UNDO_DESCRIPTION = """\
Every import can be taken back: `undo` writes back each field the bundle changed and moves each
record it added to the trash, in one step your next bundles pass on. It is refused, changing
nothing, when one of those records was changed here since; restore a backup from before the
import then (an import is preceded by a verified backup when the newest is a day old)."""


def register(subparsers: Subparsers) -> None:
    bundle = add_parser(
        subparsers, "bundle", _group_help, help="exchange changes with another laptop"
    )
    bundle.set_defaults(group_parser=bundle)
    actions = bundle.add_subparsers(title="actions", metavar="ACTION")

    export = add_parser(
        actions,
        "export",
        cmd_bundle_export,
        help="write a bundle of changes for a partner device",
        description=EXPORT_DESCRIPTION,
    )
    add_vault_argument(export)
    export.add_argument("--to", required=True, metavar="PARTNER", help="partner name or device id")
    export.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="default: casefile-<random>.cfbundle"
    )
    export.add_argument("--all", action="store_true", help="everything, not only what changed")
    export.add_argument("--person", action="append", default=[], metavar="ID")
    export.add_argument("--case", action="append", default=[], metavar="ID")
    export.add_argument(
        "--passphrase",
        action="store_true",
        help="encrypt under a bundle passphrase instead of the partner's key",
    )
    # The default since format 3; still accepted so that older scripts keep working.
    export.add_argument("--public-key", action="store_true", help=argparse.SUPPRESS)
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")

    import_ = add_parser(
        actions,
        "import",
        cmd_bundle_import,
        help="check, preview and import a bundle",
        description=IMPORT_DESCRIPTION,
    )
    add_vault_argument(import_)
    import_.add_argument("file", type=Path, metavar="FILE")
    import_.add_argument("--dry-run", action="store_true", help="show what it would do only")
    import_.add_argument(
        "--accept-deletions",
        action="store_true",
        help="import even if it moves to the trash, deletes or overwrites many records",
    )

    conflicts = add_parser(
        actions, "conflicts", cmd_bundle_conflicts, help="list conflicts not yet resolved"
    )
    add_vault_argument(conflicts)

    purges = add_parser(
        actions,
        "purges",
        cmd_bundle_purges,
        help="list the deletions for good that partners asked for",
        description=PURGES_DESCRIPTION,
    )
    add_vault_argument(purges)
    accept = add_parser(
        actions,
        "accept-purges",
        cmd_bundle_accept_purges,
        help="carry out deletions for good that partners asked for",
        description=PURGES_DESCRIPTION,
    )
    add_vault_argument(accept)
    accept.add_argument("record_ids", nargs="*", metavar="ID", help="records to delete for good")
    accept.add_argument("--all", action="store_true", help="every waiting deletion")
    accept.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    received = add_parser(
        actions,
        "received",
        cmd_bundle_received,
        help="list the bundles imported, newest first",
        description=UNDO_DESCRIPTION,
    )
    add_vault_argument(received)
    undo = add_parser(
        actions,
        "undo",
        cmd_bundle_undo,
        help="take back the import of one bundle",
        description=UNDO_DESCRIPTION,
    )
    add_vault_argument(undo)
    undo.add_argument("bundle_id", metavar="BUNDLE", help="its id, as `bundle received` lists")
    undo.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    resolve = add_parser(
        actions,
        "resolve",
        cmd_bundle_resolve,
        help="resolve a conflict: keep mine, keep theirs, or an edited value",
    )
    add_vault_argument(resolve)
    resolve.add_argument("conflict_id", type=int, metavar="NUMBER")
    resolve.add_argument("choice", choices=("mine", "theirs", "edit"))
    resolve.add_argument(
        "--value", metavar="JSON", help='with edit: the new value as JSON, e.g. "text" or null'
    )

    device = add_parser(
        subparsers, "device", _group_help, help="this vault's device and its partners"
    )
    device.set_defaults(group_parser=device)
    device_actions = device.add_subparsers(title="actions", metavar="ACTION")
    show = add_parser(
        device_actions, "show", cmd_device_show, help="this device's name, fingerprint and card"
    )
    add_vault_argument(show)
    name = add_parser(device_actions, "name", cmd_device_name, help="name this device")
    add_vault_argument(name)
    name.add_argument("name", metavar="NAME")
    trust = add_parser(
        device_actions,
        "trust",
        cmd_device_trust,
        help="trust a partner device, from its card or a bundle it signed",
    )
    add_vault_argument(trust)
    trust.add_argument("source", metavar="FILE|CARD")
    trust.add_argument("--name", required=True, metavar="NAME", help="what to call the partner")
    trust.add_argument("--yes", action="store_true", help="do not ask to compare the fingerprint")
    trust.add_argument(
        "--role",
        choices=ROLES,
        help="partner: its changes apply like this vault's own (default for a card); "
        "contributor: it may add records and change those it made or was sent, its other "
        "changes arrive as conflicts (default for a bundle file)",
    )
    distrust = add_parser(
        device_actions, "distrust", cmd_device_distrust, help="stop accepting a partner's bundles"
    )
    add_vault_argument(distrust)
    distrust.add_argument("partner", metavar="PARTNER")
    listing = add_parser(device_actions, "list", cmd_device_list, help="list partner devices")
    add_vault_argument(listing)
    new_keys = add_parser(
        device_actions,
        "new-keys",
        cmd_device_new_keys,
        help="give this vault a new device identity (after copying it to another laptop)",
        description="A copied vault folder poses as the same device as the original, which "
        "confuses exchange. Run this in the copy: it gets new keys and a new fingerprint, "
        "and its partners must trust it again.",
    )
    add_vault_argument(new_keys)
    new_keys.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _group_help(args: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser = args.group_parser
    parser.print_help(sys.stderr)
    return 2


def _bundle_passphrase() -> str:
    """The passphrase of a bundle to import: $CASEFILE_BUNDLE_PASSPHRASE, a prompt or stdin."""
    return read_secret("Bundle passphrase: ", (ENV_BUNDLE_PASSPHRASE,), what="bundle passphrase")


def _new_bundle_passphrase() -> tuple[str, bool]:
    """A passphrase for a new bundle, and whether it was generated (then it is shown once).
    One typed or set in the environment must be as strong as the generated words."""
    value = os.environ.get(ENV_BUNDLE_PASSPHRASE)
    if value is None and stdin_is_interactive():
        value = getpass.getpass("Bundle passphrase (Enter: six generated words): ")
        if value:
            again = getpass.getpass("Bundle passphrase again: ")
            if again != value:
                raise UsageError("The two bundle passphrases differ.")
    if not value:
        return generate_passphrase(), True
    verdict = assess_bundle_passphrase(value)
    if not verdict.acceptable:
        raise UsageError(
            "This bundle passphrase is too weak. %1 Leave "
            "$%2 unset (or press Enter at the prompt) for generated words.",
            verdict.advice,
            ENV_BUNDLE_PASSPHRASE,
        )
    return value, False


def cmd_bundle_export(args: argparse.Namespace) -> int:
    if args.passphrase and args.public_key:
        raise UsageError("Choose --passphrase or the partner's key (the default), not both.")
    output: Path = args.output or Path(default_file_name())
    # Checked before anything is made; write_atomic would refuse later, but only after the
    # whole bundle had been built.
    if output.is_dir():
        raise UsageError("%1 is a folder; give the bundle's file name with -o.", output)
    if output.exists() and not args.force:
        raise UsageError("%1 already exists; choose another name or add --force.", output)
    if args.all and (args.person or args.case):
        raise UsageError("--all cannot be combined with --person or --case.")
    vault, _passphrase = unlock(args)
    with vault:
        passphrase, generated = _new_bundle_passphrase() if args.passphrase else (None, False)
        selection = Selection(
            everything=args.all, person_ids=tuple(args.person), case_ids=tuple(args.case)
        )
        result = service.export_bundle(
            vault,
            args.to,
            passphrase=passphrase,
            selection=selection,
            deliver=lambda data: write_atomic(output, data),
        )
    err(
        f"Wrote {output} for {result.partner}: {result.records} records, "
        f"{result.purges} purges, {result.files} files."
    )
    if generated:
        err(
            f"Bundle passphrase (shown only now; write it down and tell it to {result.partner} "
            f"another way than the file):\n    {passphrase}"
        )
    out(f"{result.bundle_id}  {output}")
    return 0


def _show(value: Any) -> str:
    return one_line(json.dumps(value, ensure_ascii=False))


def _print_preview(preview: ImportPreview, *, dry_run: bool) -> None:
    out(
        f"From: {preview.sender_name} (device {preview.sender_device_id[:8]}), "
        f"made {preview.created:%Y-%m-%d %H:%M} UTC"
    )
    if preview.already_applied:
        out("This bundle was imported before; nothing to do.")
        return
    counts = preview.counts()
    out(", ".join(f"{counts[key]} {key}" for key in counts))
    for title, rows in (
        ("new", preview.new),
        ("updated", preview.updated),
        ("deleted", preview.deleted),
        ("restored", preview.restored),
        ("purged", preview.purged),
    ):
        for row in rows:
            out(f"{title}\t{row.table}\t{row.record_id}\t{one_line(row.label)}")
    for conflict in preview.conflicts:
        out(
            f"conflict\t{conflict.table}\t{conflict.record_id}\t{conflict.field}\t"
            f"this vault: {_show(conflict.mine)}\tother: {_show(conflict.theirs)}"
        )
    for skipped in preview.skipped:
        out(f"skipped\t{skipped.table}\t{skipped.record_id}\t{skipped.reason}")
    if dry_run:
        err("Dry run: nothing was imported.")
    elif preview.conflicts:
        err("Imported. Resolve the conflicts with `casefile bundle conflicts` and `resolve`.")
    else:
        err("Imported.")


def _print_mass_changes(error: MassChangeError) -> None:
    for table, record_id, label, what in error.changes:
        out(f"{what}\t{table}\t{record_id}\t{one_line(label)}")
    err(
        f"{len(error.changes)} changes listed above need a look first. If they are expected, "
        "import again with --accept-deletions."
    )


def cmd_bundle_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    # The size and the first bytes, before anything else: a file that is not a bundle is
    # refused before any passphrase is asked, and no bundle is ever read whole.
    found = probe(path)
    vault, _passphrase = unlock(args)
    with vault:
        passphrase = _bundle_passphrase() if found.mode == "passphrase" else None
        if args.dry_run:
            preview = service.preview_bundle(vault, path, passphrase)
        else:
            try:
                preview = service.import_bundle(
                    vault, path, passphrase, accept_mass_changes=args.accept_deletions
                )
            except MassChangeError as error:
                _print_mass_changes(error)
                raise
    _print_preview(preview, dry_run=args.dry_run)
    return 0


def cmd_bundle_conflicts(args: argparse.Namespace) -> int:
    vault, _passphrase = unlock(args)
    with vault:
        conflicts = service.open_conflicts(vault)
    for c in conflicts:
        out(
            f"{c.id}\t{c.table}\t{c.record_id}\t{c.field}\t"
            f"this vault: {_show(c.mine)}\tother: {_show(c.theirs)}"
        )
    if not conflicts:
        err("No open conflicts.")
    return 0


def cmd_bundle_purges(args: argparse.Namespace) -> int:
    vault, _passphrase = unlock(args)
    with vault:
        requests = pending.list_requests(vault)
    for r in requests:
        out(f"{r.table}\t{r.record_id}\tasked by {r.partner}\t{r.received_at:%Y-%m-%d %H:%M}")
    if not requests:
        err("No deletion is waiting.")
    return 0


def cmd_bundle_accept_purges(args: argparse.Namespace) -> int:
    if bool(args.all) == bool(args.record_ids):
        raise UsageError("Name the records to delete for good, or give --all.")
    vault, _passphrase = unlock(args)
    with vault:
        requests = pending.list_requests(vault)
        by_id = {r.record_id: r for r in requests}
        chosen = requests if args.all else [by_id[i] for i in args.record_ids if i in by_id]
        missing = [] if args.all else [i for i in args.record_ids if i not in by_id]
        if missing:
            raise UsageError("No deletion is waiting for %1 of these records.", len(missing))
        if not chosen:
            err("No deletion is waiting.")
            return 0
        question = (
            f"Delete {len(chosen)} records for good here too, and pass the deletion on to your "
            "other partners?"
        )
        if not args.yes:
            if not stdin_is_interactive():
                raise UsageError("This deletes records for good: add --yes to confirm.")
            if not confirm(question):
                err("Nothing was deleted.")
                return 1
        count = pending.accept_purges(vault, [(r.table, r.record_id) for r in chosen])
    err(f"{count} records deleted for good; the next bundles pass the deletion on.")
    return 0


def cmd_bundle_received(args: argparse.Namespace) -> int:
    vault, _passphrase = unlock(args)
    with vault:
        received = import_undo.received_bundles(vault)
    for r in received:
        counts = ", ".join(f"{n} {what}" for what, n in r.counts.items() if n)
        state = (
            f"undone {r.undone_at:%Y-%m-%d %H:%M}"
            if r.undone_at is not None
            else ("can be undone" if r.undoable else "cannot be undone")
        )
        out(f"{r.bundle_id}\t{r.applied_at:%Y-%m-%d %H:%M}\tfrom {r.sender}\t{counts}\t{state}")
    if not received:
        err("No bundle has been imported.")
    return 0


def cmd_bundle_undo(args: argparse.Namespace) -> int:
    vault, _passphrase = unlock(args)
    with vault:
        if not args.yes:
            if not stdin_is_interactive():
                raise UsageError("This takes an import back: add --yes to confirm.")
            if not confirm(f"Take back the import of bundle {args.bundle_id}?"):
                err("Nothing was changed.")
                return 1
        count = import_undo.undo_import(vault, args.bundle_id)
    err(f"The import was taken back ({count} changes); the next bundles pass that on.")
    return 0


def cmd_bundle_resolve(args: argparse.Namespace) -> int:
    value: Any = None
    if args.choice == "edit":
        if args.value is None:
            raise UsageError("With edit, give the new value with --value JSON.")
        try:
            value = json.loads(args.value)
        except ValueError:
            raise UsageError(
                '--value must be JSON, e.g. "some text" (with the quotes) or null.'
            ) from None
    elif args.value is not None:
        raise UsageError("--value goes with edit only.")
    vault, _passphrase = unlock(args)
    with vault:
        service.resolve_conflict(vault, args.conflict_id, args.choice, value)
    err(f"Conflict {args.conflict_id} resolved; the next bundle carries the resolution.")
    return 0


def cmd_device_show(args: argparse.Namespace) -> int:
    vault, _passphrase = unlock(args)
    with vault:
        info = devices.this_device(vault)
    out(f"name:        {info.name or '(not named: casefile device name NAME)'}")
    out(f"device id:   {info.device_id}")
    out(f"fingerprint: {info.fingerprint}")
    out(f"card:        {info.card}")
    return 0


def cmd_device_name(args: argparse.Namespace) -> int:
    vault, _passphrase = unlock(args)
    with vault:
        devices.set_device_name(vault, args.name)
    return 0


def cmd_device_trust(args: argparse.Namespace) -> int:
    source: str = args.source
    path = Path(source)
    from_file = not source.startswith(devices.CARD_PREFIX) and path.is_file()
    role: PartnerRole = args.role or ("contributor" if from_file else "partner")
    if not from_file:
        sender = devices.parse_card(source)
        if not _fingerprint_confirmed(args, sender):
            err("Not trusted.")
            return 1
    else:
        found = probe(path)  # a file that is not a bundle is refused before anything else
    vault, _passphrase = unlock(args)
    with vault:
        if from_file:
            # Format 3 shows who sent it only once decrypted: with the bundle's passphrase, or
            # this vault's own key for a bundle sent to it.
            needs_passphrase = found.mode == "passphrase" and not found.legacy
            passphrase = _bundle_passphrase() if needs_passphrase else None
            sender = devices.sender_of_bundle(vault, path, passphrase)
            if not _fingerprint_confirmed(args, sender):
                err("Not trusted.")
                return 1
        partner = devices.trust_device(vault, sender, args.name, role=role)
    err(f"{partner.name} is now a trusted {partner.role}.")
    return 0


def _fingerprint_confirmed(args: argparse.Namespace, sender: Sender) -> bool:
    """Shows the sender's fingerprint; True once the user says the sender read out the same
    (or gave --yes)."""
    print_ = devices.fingerprint(sender.signing_public, sender.agreement_public)
    err(f"Fingerprint of device {sender.device_id[:8]}: {print_}")
    if args.yes:
        return True
    if not stdin_is_interactive():
        raise UsageError("Compare the fingerprint with the sender, then add --yes.")
    return confirm("Does the sender read out the same fingerprint?")


def cmd_device_distrust(args: argparse.Namespace) -> int:
    vault, _passphrase = unlock(args)
    with vault:
        partner = devices.set_trust(vault, args.partner, False)
    err(f"Bundles from {partner.name} are no longer accepted.")
    return 0


def cmd_device_list(args: argparse.Namespace) -> int:
    vault, _passphrase = unlock(args)
    with vault:
        partners = devices.list_partners(vault)
    for p in partners:
        sent = f"{p.last_sent_at:%Y-%m-%d %H:%M}" if p.last_sent_at else "-"
        received = f"{p.last_received_at:%Y-%m-%d %H:%M}" if p.last_received_at else "-"
        trusted = "trusted" if p.trusted else "NOT trusted"
        out(
            f"{p.name}\t{p.device_id}\t{trusted}\t{p.role}\t{p.fingerprint}\t"
            f"sent {sent}\treceived {received}"
        )
    if not partners:
        err("No partner devices yet: casefile device trust CARD --name NAME.")
    return 0


def cmd_device_new_keys(args: argparse.Namespace) -> int:
    if not args.yes and not confirm("Partners will have to trust this vault again. Go on?"):
        raise UsageError("New device keys need a confirmation: add --yes.")
    vault, _passphrase = unlock(args)
    with vault:
        info = devices.new_device_keys(vault)
    out(f"device id:   {info.device_id}")
    out(f"fingerprint: {info.fingerprint}")
    out(f"card:        {info.card}")
    return 0
