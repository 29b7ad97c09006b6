"""The architecture rules, checked: Qt only in casefile/ui, SQLCipher only in casefile/vault."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "casefile"

# layer -> layers it must not import
FORBIDDEN = {
    "domain": (
        "casefile.vault",
        "casefile.services",
        "casefile.reports",
        "casefile.ui",
        "casefile.cli",
    ),
    "vault": ("casefile.services", "casefile.reports", "casefile.ui", "casefile.cli"),
    "services": ("casefile.ui", "casefile.cli"),
    "reports": ("casefile.vault", "casefile.services", "casefile.ui", "casefile.cli"),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layer_imports(path: Path) -> None:
    relative = path.relative_to(PACKAGE)
    layer = relative.parts[0] if len(relative.parts) > 1 else relative.stem
    imported = _imports(path)
    if layer != "ui":
        assert not any(name.split(".")[0] == "PySide6" for name in imported), "Qt outside ui"
    if layer != "vault":
        assert not any(name.split(".")[0] == "sqlcipher3" for name in imported), (
            "SQLCipher outside vault"
        )
    for banned in FORBIDDEN.get(layer, ()):
        assert not any(name == banned or name.startswith(banned + ".") for name in imported), (
            f"{relative} imports {banned}"
        )
