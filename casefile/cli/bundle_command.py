"""`casefile bundle …` and `casefile device …`: exchange with other laptops' vaults.

A bundle is one encrypted, signed file of changes for a partner device (docs/bundle-format.md).
Devices trust each other by their device cards, after comparing fingerprints by phone.
"""

from __future__ import annotations

import argparse
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
from casefile.vault.atomic import write_atomic

if TYPE_CHECKING:
    from casefile.services.exchange.merge import ImportPreview

ENV_BUNDLE_PASSPHRASE = "CASEFILE_BUNDLE_PASSPHRASE"
MIN_BUNDLE_PASSPHRASE = 10

EXPORT_DESCRIPTION = """\
Writes one encrypted, signed file for the partner device named with --to: every record,
field change, deletion and file changed since the last bundle sent to that partner, or
everything (--all), or only some people and cases with what belongs to them (--person,
--case; these do not count as "sent" for the next bundle).

The bundle is encrypted under a bundle passphrase (from $CASEFILE_BUNDLE_PASSPHRASE or a
prompt; tell it to the partner by another way than the file), or with --public-key to the
partner's own key, so that only that vault can open it and no passphrase is shared."""

IMPORT_DESCRIPTION = """\
Checks the bundle's signature first: a bundle that was altered, cut short, or signed by a
device this vault does not trust is refused and nothing changes. Then shows what it brings
(new, updated, deleted records and conflicts) and imports it in one transaction.
Importing the same bundle twice changes nothing."""


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
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.add_argument("--all", action="store_true", help="everything, not only what changed")
    export.add_argument("--person", action="append", default=[], metavar="ID")
    export.add_argument("--case", action="append", default=[], metavar="ID")
    export.add_argument(
        "--public-key", action="store_true", help="encrypt to the partner's key, not a passphrase"
    )
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

    conflicts = add_parser(
        actions, "conflicts", cmd_bundle_conflicts, help="list conflicts not yet resolved"
    )
    add_vault_argument(conflicts)

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


def _bundle_passphrase(*, new: bool) -> str:
    value = read_secret("Bundle passphrase: ", (ENV_BUNDLE_PASSPHRASE,), what="bundle passphrase")
    if new:
        if len(value) < MIN_BUNDLE_PASSPHRASE:
            raise UsageError(
                f"A bundle passphrase needs at least {MIN_BUNDLE_PASSPHRASE} characters."
            )
        if stdin_is_interactive() and not os.environ.get(ENV_BUNDLE_PASSPHRASE):
            again = read_secret("Bundle passphrase again: ", what="bundle passphrase")
            if again != value:
                raise UsageError("The two bundle passphrases differ.")
    return value


def cmd_bundle_export(args: argparse.Namespace) -> int:
    from casefile.services.exchange import service
    from casefile.services.exchange.changes import Selection

    output: Path = args.output
    if output.exists() and not args.force:
        raise UsageError(f"{output} already exists; choose another name or add --force.")
    if args.all and (args.person or args.case):
        raise UsageError("--all cannot be combined with --person or --case.")
    vault, _passphrase = unlock(args)
    with vault:
        passphrase = None if args.public_key else _bundle_passphrase(new=True)
        selection = Selection(
            everything=args.all, person_ids=tuple(args.person), case_ids=tuple(args.case)
        )
        result = service.export_bundle(vault, args.to, passphrase=passphrase, selection=selection)
        write_atomic(output, result.data)
    err(
        f"Wrote {output} for {result.partner}: {result.records} records, "
        f"{result.purges} purges, {result.files} files."
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


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from casefile.services.exchange import service
    from casefile.services.exchange.bundle_format import read_header

    data = Path(args.file).read_bytes()
    header = read_header(data)  # a damaged file is refused before any passphrase is asked
    vault, _passphrase = unlock(args)
    with vault:
        passphrase = _bundle_passphrase(new=False) if header.mode == "passphrase" else None
        if args.dry_run:
            preview = service.preview_bundle(vault, data, passphrase)
        else:
            preview = service.import_bundle(vault, data, passphrase)
    _print_preview(preview, dry_run=args.dry_run)
    return 0


def cmd_bundle_conflicts(args: argparse.Namespace) -> int:
    from casefile.services.exchange import service

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


def cmd_bundle_resolve(args: argparse.Namespace) -> int:
    from casefile.services.exchange import service

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
    from casefile.services.exchange import devices

    vault, _passphrase = unlock(args)
    with vault:
        info = devices.this_device(vault)
    out(f"name:        {info.name or '(not named: casefile device name NAME)'}")
    out(f"device id:   {info.device_id}")
    out(f"fingerprint: {info.fingerprint}")
    out(f"card:        {info.card}")
    return 0


def cmd_device_name(args: argparse.Namespace) -> int:
    from casefile.services.exchange import devices

    vault, _passphrase = unlock(args)
    with vault:
        devices.set_device_name(vault, args.name)
    return 0


def cmd_device_trust(args: argparse.Namespace) -> int:
    from casefile.services.exchange import devices

    source: str = args.source
    path = Path(source)
    if not source.startswith(devices.CARD_PREFIX) and path.is_file():
        sender = devices.sender_of_bundle(path.read_bytes())
    else:
        sender = devices.parse_card(source)
    print_ = devices.fingerprint(sender.signing_public, sender.agreement_public)
    err(f"Fingerprint of device {sender.device_id[:8]}: {print_}")
    if not args.yes:
        if not stdin_is_interactive():
            raise UsageError("Compare the fingerprint with the sender, then add --yes.")
        if not confirm("Does the sender read out the same fingerprint?"):
            err("Not trusted.")
            return 1
    vault, _passphrase = unlock(args)
    with vault:
        partner = devices.trust_device(vault, sender, args.name)
    err(f"{partner.name} is now a trusted partner.")
    return 0


def cmd_device_distrust(args: argparse.Namespace) -> int:
    from casefile.services.exchange import devices

    vault, _passphrase = unlock(args)
    with vault:
        partner = devices.set_trust(vault, args.partner, False)
    err(f"Bundles from {partner.name} are no longer accepted.")
    return 0


def cmd_device_list(args: argparse.Namespace) -> int:
    from casefile.services.exchange import devices

    vault, _passphrase = unlock(args)
    with vault:
        partners = devices.list_partners(vault)
    for p in partners:
        sent = f"{p.last_sent_at:%Y-%m-%d %H:%M}" if p.last_sent_at else "-"
        received = f"{p.last_received_at:%Y-%m-%d %H:%M}" if p.last_received_at else "-"
        trusted = "trusted" if p.trusted else "NOT trusted"
        out(
            f"{p.name}\t{p.device_id}\t{trusted}\t{p.fingerprint}\tsent {sent}\treceived {received}"
        )
    if not partners:
        err("No partner devices yet: casefile device trust CARD --name NAME.")
    return 0


def cmd_device_new_keys(args: argparse.Namespace) -> int:
    from casefile.services.exchange import devices

    if not args.yes and not confirm("Partners will have to trust this vault again. Go on?"):
        raise UsageError("New device keys need a confirmation: add --yes.")
    vault, _passphrase = unlock(args)
    with vault:
        info = devices.new_device_keys(vault)
    out(f"device id:   {info.device_id}")
    out(f"fingerprint: {info.fingerprint}")
    out(f"card:        {info.card}")
    return 0
