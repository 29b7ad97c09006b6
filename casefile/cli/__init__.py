"""The command line: `casefile SUBCOMMAND ...`; with no subcommand it starts the GUI.

Each subcommand lives in a module listed in `casefile.cli.main.COMMAND_MODULES`; a module
exposes `register(subparsers)` and gives each parser a handler with `set_defaults(handler=...)`.
"""
