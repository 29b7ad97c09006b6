"""The frozen app's entry point, shared by its two executables (packaging/casefile.spec).

`Casefile` (windowed: no console on Windows) always opens the window; `casefile` (Linux) or
`casefile-cli` (Windows and macOS, whose file systems ignore case) is the command line, and
with no subcommand opens the window too.
"""

import multiprocessing
import sys
from pathlib import Path

if __name__ == "__main__":
    # Worker processes (report batches) start this executable again: they must become workers
    # here, before anything else runs or reads the arguments.
    multiprocessing.freeze_support()
    from casefile.cli.main import main

    windowed = Path(sys.executable).stem == "Casefile"
    raise SystemExit(main([] if windowed else None))
