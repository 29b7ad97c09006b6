"""Starts Casefile's window (the same as running `casefile` with no subcommand)."""

from casefile.cli.main import main

# Guarded: report batches start worker processes, which import the main module again.
if __name__ == "__main__":
    raise SystemExit(main([]))
