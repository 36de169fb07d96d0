"""What a module imports, read from its source with ``ast`` (no import is executed).

Every ``import`` and ``from ... import`` anywhere in the file counts: at module level, inside functions and
classes, under ``if TYPE_CHECKING:``. Relative imports are resolved against the module's package, and
``from P import X`` also yields ``P.X`` (X may be a submodule: ``from core import secrets``).
Used by ``test_layering.py`` (what core and the views may import) and ``test_package_cycles.py``.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "core"


def module_name(path: Path) -> str | None:
    """``core/liquidation/okx.py`` -> "core.liquidation.okx" (a package's ``__init__`` -> the package);
    None for a file outside the repository."""
    try:
        rel = path.resolve().relative_to(ROOT).with_suffix("")
    except ValueError:
        return None
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def module_imports(path: Path) -> list[tuple[str, int]]:
    """(absolute module name, line) of every import in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    name = module_name(path) or ""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: list[tuple[str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.extend((a.name, node.lineno) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1] if package else []
                if not base:
                    continue  # a relative import outside a known package: nothing to resolve against
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            out.append((module, node.lineno))
            out.extend((f"{module}.{a.name}", node.lineno) for a in node.names if a.name != "*")
    return out


def core_units() -> set[str]:
    """The nodes of core's package graph: every subpackage (``core.cascade``) and top-level module
    (``core.model``)."""
    units = {f"core.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__"}
    units |= {f"core.{d.name}" for d in CORE.iterdir() if (d / "__init__.py").is_file()}
    return units


def unit_of(module: str, units: set[str]) -> str | None:
    """The core package or top-level module ``module`` belongs to, or None (not core, or core itself)."""
    parts = module.split(".")
    if parts[0] != "core" or len(parts) < 2:
        return None
    unit = f"core.{parts[1]}"
    return unit if unit in units else None


def core_package_graph() -> dict[str, dict[str, list[str]]]:
    """{unit: {imported unit: ["core/x/y.py:12", ...]}} over every ``.py`` file of core (self-edges left out)."""
    units = core_units()
    graph: dict[str, dict[str, list[str]]] = {u: defaultdict(list) for u in units}
    for path in sorted(CORE.rglob("*.py")):
        src = unit_of(module_name(path) or "", units)
        if src is None:
            continue
        for module, line in module_imports(path):
            dst = unit_of(module, units)
            if dst is not None and dst != src:
                where = f"{path.relative_to(ROOT)}:{line}"
                if where not in graph[src][dst]:
                    graph[src][dst].append(where)
    return {u: dict(edges) for u, edges in graph.items()}


def cycles(graph: dict[str, dict[str, list[str]]]) -> list[list[str]]:
    """The strongly connected components with more than one node (Tarjan), each sorted; sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, {}):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)
