"""How the package is laid out, in numbers a newcomer feels: modules per package, import arrows
inside ui and services, imports hidden in functions, import cycles, long files.

    .venv/bin/python tools/structure_report.py                 # this checkout
    PYTHONPATH=/path/to/other/checkout .venv/bin/python tools/structure_report.py

It reads whichever `casefile` package Python imports first, so the same script measures an
older checkout through PYTHONPATH. Figures, before and after a change: bench/README.md.
"""

from __future__ import annotations

import ast
import sys
from collections import Counter
from pathlib import Path

import grimp

import casefile


def _sccs(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def _graph(exclude_type_checking: bool) -> dict[str, set[str]]:
    built = grimp.build_graph(
        "casefile", exclude_type_checking_imports=exclude_type_checking, cache_dir=None
    )
    return {
        module: {m for m in built.find_modules_directly_imported_by(module)}
        for module in built.modules
    }


class _InFunctions(ast.NodeVisitor):
    """Counts imports inside a function body (the module's own, TYPE_CHECKING blocks
    included, do not count)."""

    def __init__(self) -> None:
        self.depth = 0
        self.count = 0

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self.visit_FunctionDef(node)

    def visit_Import(self, node: ast.Import | ast.ImportFrom) -> None:
        self.count += self.depth > 0

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        self.visit_Import(node)


def _function_level_imports(root: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for path in root.rglob("*.py"):
        visitor = _InFunctions()
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        counts[path.relative_to(root).parts[0]] += visitor.count
    return counts


def main() -> int:
    root = Path(casefile.__file__).resolve().parent
    print(f"package: {root}")
    per_package = Counter(str(p.parent.relative_to(root.parent)) for p in root.rglob("*.py"))
    print("modules per package (largest 8):")
    for package, count in per_package.most_common(8):
        print(f"  {count:4d}  {package}")
    graph = _graph(exclude_type_checking=False)
    for layer in ("casefile.ui", "casefile.services"):
        arrows = sum(
            1
            for module, imported in graph.items()
            if module.startswith(layer + ".")
            for target in imported
            if target.startswith(layer + ".")
        )
        print(f"import arrows inside {layer}: {arrows}")
    hidden = _function_level_imports(root)
    total_imports = sum(
        1
        for path in root.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Import | ast.ImportFrom)
    )
    print(
        f"imports inside functions: {sum(hidden.values())} of {total_imports} "
        f"(ui {hidden.get('ui', 0)}, services {hidden.get('services', 0)})"
    )
    for label, excluded in (("all imports", False), ("run-time imports only", True)):
        cycles = _sccs(_graph(exclude_type_checking=excluded))
        print(f"import cycles ({label}): {len(cycles)}")
        for component in cycles:
            print("   ", " <-> ".join(m.removeprefix("casefile.") for m in component[:6]))
    long_files = sorted(
        (len(p.read_text(encoding="utf-8").splitlines()), str(p.relative_to(root.parent)))
        for p in root.rglob("*.py")
    )
    over = [item for item in long_files if item[0] > 500]
    print(f"files over 500 lines: {len(over)}")
    for lines, name in reversed(over):
        print(f"  {lines:5d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
