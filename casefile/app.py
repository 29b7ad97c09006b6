"""GUI entry point: harden the process, then hand over to the Qt start flow in casefile.ui.

Kept free of Qt imports itself (an import-linter contract allows PySide6 only in casefile/ui),
and of anything heavy: the first window must appear fast, before SQLAlchemy and SQLCipher load.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None, vault: Path | None = None) -> int:
    """Runs the desktop application until the user quits; returns the exit status.

    Args:
        argv: arguments for Qt (defaults to the program name only).
        vault: a vault to offer for unlocking instead of the last or default one.
    """
    from casefile.vault.platform import disable_core_dumps, limit_malloc_arenas

    disable_core_dumps()
    limit_malloc_arenas()  # before Qt and the task runner start their threads
    from casefile.ui.start.application import run

    return run(argv if argv is not None else sys.argv[:1], vault)


if __name__ == "__main__":
    raise SystemExit(main())
