"""PySide6's import hook no longer keeps the source of every later module in linecache."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import json, linecache, sys
    import PySide6.QtWidgets
    from casefile.ui.kit.import_sources import stop_caching_imported_sources
    installed = stop_caching_imported_sources() if sys.argv[1] == "fixed" else None
    import casefile.vault.vault
    from casefile.ui.kit.locking import IdleWatcher  # shiboken checks modules imported with from
    feature = sys.modules["shibokensupport.feature"]
    print(json.dumps({
        "installed": installed,
        "cached": [name for name in linecache.cache if name.endswith(".py")],
        "vault_mark": feature.pyside_feature_dict.get("casefile.vault.engine"),
        "ui_mark": feature.pyside_feature_dict.get("casefile.ui.kit.locking"),
    }))
    """
)


def _imported_after_pyside6(path: str) -> bool:
    return any(part in path for part in ("/casefile/domain/", "/casefile/vault/", "/sqlalchemy/"))


def _probe(mode: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode], capture_output=True, text=True, check=True
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def test_modules_imported_after_pyside6_leave_no_source_in_memory() -> None:
    fixed = _probe("fixed")
    assert fixed["installed"] is True
    cached = fixed["cached"]
    assert isinstance(cached, list)
    assert not [name for name in cached if _imported_after_pyside6(name)]
    # shiboken still gets the same answers: PySide6 users marked 0, the others ignored (-1).
    assert fixed["vault_mark"] == -1
    assert fixed["ui_mark"] == 0


def test_without_it_pyside6_caches_every_source() -> None:
    # The behaviour worked around; if a PySide6 release drops it, this says so.
    plain = _probe("plain")
    cached = plain["cached"]
    assert isinstance(cached, list)
    assert len([name for name in cached if _imported_after_pyside6(name)]) > 100
    assert plain["vault_mark"] == -1 and plain["ui_mark"] == 0
