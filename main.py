"""Starts Casefile's window (the same as running `casefile` with no subcommand)."""

import sys

from casefile.cli.main import main

# Guarded: report batches start worker processes, which import the main module again.
if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # A worker of a frozen build is this program started again: it must turn into the
        # worker here, before Casefile starts. Unfrozen, freeze_support does nothing, and
        # importing multiprocessing would only slow the launch.
        import multiprocessing

        multiprocessing.freeze_support()
    raise SystemExit(main([]))
