"""Placeholders in translated templates: filled in one pass, by i18n.fill only."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from casefile.ui.i18n.language import fill

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("template", "values", "expected"),
    [
        ("%1 and %2", ("a %2 b", "c"), "a %2 b and c"),
        ("%1/%2", ("%2", "%1"), "%2/%1"),
        ("%2 before %1", ("x %1", "y %2"), "y %2 before x %1"),
        ("%1-%1", ("x",), "x-x"),
        ("%1 %3", ("a",), "a %3"),
        ("no placeholder", ("a",), "no placeholder"),
        # A value is inserted as is: no regex group references, no escapes.
        ("Saved: %1", (r"C:\new\1 \g<0>",), r"Saved: C:\new\1 \g<0>"),
    ],
)
def test_fill_puts_each_value_in_once_and_never_rescans_it(
    template: str, values: tuple[str, ...], expected: str
) -> None:
    assert fill(template, *values) == expected


def _placeholder_replaces(path: Path) -> list[int]:
    """Lines where a %N placeholder is filled by str.replace instead of fill()."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "replace"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and re.fullmatch(r"%\d", node.args[0].value)
        ):
            lines.append(node.lineno)
    return lines


def test_no_template_is_filled_by_chained_replaces() -> None:
    # Issue 13: a chain splices later values into earlier ones (a path holding "%2").
    found = {
        str(path.relative_to(ROOT)): lines
        for path in sorted((ROOT / "casefile").rglob("*.py"))
        if (lines := _placeholder_replaces(path))
    }
    assert found == {}
