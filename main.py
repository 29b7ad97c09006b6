"""Starts Casefile's window (the same as running `casefile` with no subcommand)."""

import multiprocessing

from casefile.cli.main import main

# Guarded: report batches start worker processes, which import the main module again.
if __name__ == "__main__":
    # A worker of a frozen build is this program started again: it must turn into the worker
    # here, before Casefile starts (a no-op when not frozen).
    multiprocessing.freeze_support()
    raise SystemExit(main([]))
