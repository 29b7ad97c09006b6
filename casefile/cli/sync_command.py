"""`casefile sync`: exchange through a folder that Syncthing (or a share, or a stick)
carries; `--status` shows the exchange log (docs/office-network.md)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from casefile.cli.common import Subparsers, add_parser, add_vault_argument, err, out, unlock
from casefile.cli.prompts import UsageError, confirm, stdin_is_interactive
from casefile.services.exchange import scopes, sync

if TYPE_CHECKING:
    from casefile.vault.vault import Vault

DESCRIPTION = """\
Imports every bundle in the sync folder made for this vault by a trusted partner, deletes
this vault's bundles that every recipient acknowledged, and writes one bundle for all trusted
partners when there is something new to tell them. --folder DIR sets the folder (kept in
the vault for the next runs and for the app). Files that cannot be imported are skipped and
listed with the reason; --status shows, per partner, what was sent, received and
acknowledged."""


def register(subparsers: Subparsers) -> None:
    parser = add_parser(
        subparsers,
        "sync",
        cmd_sync,
        help="exchange bundles through a shared folder",
        description=DESCRIPTION,
    )
    add_vault_argument(parser)
    parser.add_argument("--folder", type=Path, metavar="DIR", help="the shared folder")
    parser.add_argument("--status", action="store_true", help="show the exchange log only")
    parser.add_argument("--json", action="store_true", help="with --status: as JSON")
    parser.add_argument(
        "--scope",
        metavar="PARTNER",
        help="give PARTNER a need-to-know scope: only --person and --case (with what belongs "
        "to them) go into its bundles; with neither, everything again",
    )
    parser.add_argument("--person", action="append", default=[], metavar="ID")
    parser.add_argument("--case", action="append", default=[], metavar="ID")
    parser.add_argument(
        "--purge-removed",
        action="store_true",
        help="with --scope: ask PARTNER to purge what it holds outside the new scope",
    )
    parser.add_argument("--yes", action="store_true", help="do not ask before --purge-removed")


def cmd_sync(args: argparse.Namespace) -> int:
    vault, _passphrase = unlock(args)
    with vault:
        if args.folder is not None:
            sync.set_folder(vault, args.folder)
        if args.scope is not None:
            return _set_scope(vault, args)
        if args.status:
            state = sync.status(vault)
            if args.json:
                out(json.dumps(state.as_json(), indent=2, ensure_ascii=False))
                return 0
            out(f"folder: {state.folder or '(none: casefile sync --folder DIR)'}")
            for p in state.partners:
                out(
                    f"{p.name}: sent {p.last_sent_at or 'never'}, received "
                    f"{p.last_received_at or 'never'}, acknowledged up to "
                    f"{p.acknowledged_up_to} of {p.sent_up_to}, {p.pending} pending"
                )
            for name, reason, at in state.skipped:
                out(f"skipped {name} ({at:%Y-%m-%d %H:%M}): {reason}")
            held = scopes.held_scope(vault)
            if held is not None:
                out(
                    f"{held.partner} sends this vault only: {len(held.people)} people, "
                    f"{len(held.cases)} cases"
                )
            return 0
        report = sync.sync(vault)
    out(
        f"received {len(report.received)}, sent {len(report.sent)}, "
        f"pruned {report.pruned}, skipped {len(report.skipped)}"
    )
    for name, reason in report.skipped:
        out(f"skipped {name}: {reason}")
    return 0


def _set_scope(vault: Vault, args: argparse.Namespace) -> int:
    everything = not args.person and not args.case
    if args.purge_removed and not args.yes:
        if everything:
            raise UsageError("--purge-removed needs a scope (--person or --case).")
        if not stdin_is_interactive():
            raise UsageError("Add --yes to ask for the purge without a terminal to confirm.")
        if not confirm(
            f"Ask {args.scope} to purge every record it holds outside the new scope? "
            "(It waits in its trash until someone there accepts.)"
        ):
            err("Nothing changed.")
            return 1
    asked = scopes.set_scope(
        vault,
        args.scope,
        None if everything else args.person,
        args.case,
        ask_purge=args.purge_removed,
    )
    out(
        f"{args.scope}: "
        + ("everything" if everything else f"{len(args.person)} people, {len(args.case)} cases")
        + (f"; {asked} records asked to be purged" if args.purge_removed else "")
    )
    return 0
