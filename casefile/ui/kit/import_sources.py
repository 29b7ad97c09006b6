"""Keeps PySide6's import hook from holding the source of every module imported after it.

PySide6 replaces ``__import__`` to support ``from __feature__ import …``. For each module
imported afterwards it asks whether the module uses PySide6 by reading its source with
``inspect.getsource``, which goes through ``linecache``: every line of every module (SQLAlchemy,
the vault, the services, the pages; about 480 modules) then stays in memory for the life of the
process. That was 17–21 MiB of the app's 195 MiB with both lists shown (bench/app_memory.py).

The replacement gives shiboken the same answer (``"PySide6"`` in the source) by reading the
file without caching it. Where the private hook is not found (another PySide6 release), nothing
is changed; tests/ui/test_ui_import_sources.py notices.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def stop_caching_imported_sources() -> bool:
    """Installs the uncached check; True if PySide6's hook was found (call after importing it)."""
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, _CHECK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "__wrapped_check__", None) is not None:
        return True  # already installed
    setattr(feature, _CHECK, _uncached(original))
    return True


def _uncached(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)  # extension, frozen or namespace modules: shiboken decides
        try:
            return b"PySide6" in Path(path).read_bytes()
        except OSError:
            return original(module)

    uses_pyside.__wrapped_check__ = original  # type: ignore[attr-defined]
    return uses_pyside
