"""No import cycles in the package, function-level and type-only imports included.

A cycle hidden in a function body still ties two rooms together; the layer contracts in
pyproject.toml (import-linter) keep the direction between layers, this keeps the rest acyclic.
"""

from __future__ import annotations

import grimp


def test_no_module_imports_itself_through_others() -> None:
    graph = grimp.build_graph("casefile", cache_dir=None)
    cycles = sorted(
        (module, imported)
        for module in graph.modules
        for imported in graph.find_modules_directly_imported_by(module)
        if imported.startswith("casefile") and graph.chain_exists(imported, module)
    )
    assert cycles == []
