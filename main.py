"""Starts Casefile's window (the same as running `casefile` with no subcommand)."""

from casefile.cli.main import main

raise SystemExit(main([]))
