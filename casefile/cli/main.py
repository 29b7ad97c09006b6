"""`casefile`: argument parsing, the GUI when no subcommand is given, and the exit-code policy.

Every error the user or the environment caused is one line on stderr, `casefile: MESSAGE`,
with the KnownError's exit code. Anything else is reported by its type name only (never its
message, which might hold record contents) with exit code 70. Nothing prints a traceback.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from casefile import __version__
from casefile.errors import KnownError
from casefile.vault.platform import disable_core_dumps

if TYPE_CHECKING:
    import argparse

    from casefile.cli.parsing import Subparsers

# argparse, the prompts and the vault paths are imported where they are used: `casefile` with
# no subcommand goes straight to the window (launch to passphrase prompt <= 0.5 s, issue 3).

PROG = "casefile"
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
GUI_MODULE = "casefile.app"


class CommandModule(Protocol):
    """A module that adds subcommands; each parser gets set_defaults(handler=...)."""

    def register(self, subparsers: Subparsers) -> None: ...


#: Later issues add subcommands by adding a module here. Imported only when a subcommand is
#: parsed, so that `casefile` alone reaches the GUI's first window without the vault stack.
COMMAND_MODULES: tuple[str, ...] = (
    "casefile.cli.vault_commands",
    "casefile.cli.key_commands",
    "casefile.cli.list_commands",
    "casefile.cli.report_command",
    "casefile.cli.disclosures_command",
    "casefile.cli.submitter_command",
    "casefile.cli.hearing_commands",
    "casefile.cli.search_command",
    "casefile.cli.export_command",
    "casefile.cli.import_command",
    "casefile.cli.bundle_command",
    "casefile.cli.sync_command",
    "casefile.cli.selftest_command",
)

EXIT_CODES = """\
exit codes:
  0    success
  1    a known problem not listed below, a file-system error (permission denied,
       disk full), or a confirmation answered no
  2    wrong usage or invalid input: unknown option, bad date, weak passphrase,
       passphrases that differ, a missing confirmation
  3    vault problem: not a vault, key file missing or damaged, vault from a newer
       Casefile, encryption unavailable
  4    wrong passphrase or recovery key (or bundle passphrase)
  5    damaged vault or failed check; a backup or restore that failed
  6    the vault is open in another window or process
  7    the person's consent does not cover the report's recipient (report)
  8    bundle refused: not a bundle, altered or cut short, newer format
  9    bundle signed by a device this vault does not trust
  70   internal error (a bug in Casefile; no data was changed)
  130  interrupted (Ctrl-C)"""


def _epilog() -> str:
    from casefile.cli.prompts import (
        ENV_NEW_PASSPHRASE,
        ENV_PASSPHRASE,
        ENV_RECOVERY_KEY,
        ENV_VAULT,
    )
    from casefile.vault.paths import default_vault_path

    return f"""\
{EXIT_CODES}

environment:
  {ENV_VAULT}           vault used when --vault is not given
                           (otherwise {default_vault_path()})
  {ENV_PASSPHRASE}      the vault's passphrase, for scripts
  {ENV_NEW_PASSPHRASE}  the new passphrase for init, passwd, rekey, recover
                           (init and recover also accept {ENV_PASSPHRASE})
  {ENV_RECOVERY_KEY}    the recovery key for recover
  CASEFILE_BUNDLE_PASSPHRASE  the bundle passphrase for bundle export and import

Passphrases are never taken from the command line. Without these variables they are asked
at a hidden prompt; when standard input is not a terminal, each one is read as one line
from it. With no subcommand, Casefile starts its window.
See docs/cli.md for more."""


def version_line() -> str:
    """What `casefile --version` prints."""
    return f"{PROG} {__version__}"


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from casefile.cli.parsing import ArgumentParser

    parser = ArgumentParser(
        prog=PROG,
        description="Casefile: an offline, encrypted case-file manager.",
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=version_line())
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module: CommandModule = importlib.import_module(name)
        module.register(subparsers)
    return parser


def _fail(message: str) -> None:
    # One line, whatever the message holds.
    print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr)


def _exit_status(code: object) -> int:
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def _run(action: Callable[[], int]) -> int:
    """Runs a handler under the exit-code policy."""
    try:
        return action()
    except KnownError as error:
        _fail(str(error) or type(error).__name__)
        return error.exit_code
    except KeyboardInterrupt:
        _fail("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`casefile list people | head`): stop quietly.
        _silence_stdout()
        return 1
    except OSError as error:  # the file system said no: a path, never record contents
        where = f": {error.filename}" if error.filename else ""
        _fail(f"{error.strerror or type(error).__name__}{where}")
        return EXIT_ERROR
    except Exception as error:  # the last line of defence: no traceback, no contents
        _fail(f"internal error ({type(error).__name__}); no data was changed")
        return EXIT_INTERNAL


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _quiet_logging() -> None:
    """No log output from the CLI (Python would print warnings through its last resort)."""
    import logging

    logger = logging.getLogger("casefile")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())


def _start_gui() -> int:
    app_main: Callable[[], int] = importlib.import_module(GUI_MODULE).main
    return app_main()


def main(argv: Sequence[str] | None = None) -> int:
    """The console script. With no subcommand the desktop app starts."""
    disable_core_dumps()
    _quiet_logging()
    arguments = sys.argv[1:] if argv is None else list(argv)
    if not arguments:
        return _run(_start_gui)
    if arguments == ["--version"]:  # without building every command's parser
        print(version_line())
        return EXIT_OK
    try:
        args = build_parser().parse_args(arguments)
    except SystemExit as exit_:  # --help, or a usage error already reported by argparse
        return _exit_status(exit_.code)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        return _run(_start_gui)
    return _run(lambda: handler(args))


if __name__ == "__main__":
    raise SystemExit(main())
