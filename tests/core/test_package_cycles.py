"""Core's packages import each other without cycles (DESIGN.md: layers readable from the file tree).

The graph is built from the source (``tests/core/import_graph.py``): a node is one of core's subpackages
(``core.liquidation``) or top-level modules (``core.model``); an edge A -> B means a module of A imports
something of B, anywhere in the file, a function-level import included, so a cycle cannot hide behind one.
What core may not import at all (Qt, ``desktop``) is checked by ``test_layering.py`` with the same scanner.
"""

from __future__ import annotations

from tests.core.import_graph import core_package_graph, core_units, cycles, module_imports, unit_of


def _describe(graph: dict[str, dict[str, list[str]]], component: list[str]) -> str:
    lines = [" <-> ".join(component)]
    for src in component:
        for dst, where in sorted(graph[src].items()):
            if dst in component:
                lines.append(f"  {src} -> {dst}: {', '.join(where[:3])}{' ...' if len(where) > 3 else ''}")
    return "\n".join(lines)


def test_core_packages_form_no_import_cycle():
    graph = core_package_graph()
    found = cycles(graph)
    assert not found, "import cycles between core packages:\n" + "\n".join(_describe(graph, c) for c in found)


def test_liquidation_sits_below_the_exchange_adapter():
    """The venue formulas are pure math: they import the domain model, the contract math and the venue specs,
    never the exchange adapter (ccxt parsing belongs there)."""
    graph = core_package_graph()
    assert set(graph["core.liquidation"]) <= {"core.model", "core.contracts", "core.venues"}, graph["core.liquidation"]
    # data only: its texts for people are Messages (core.messages, itself a leaf that imports nothing of core)
    assert set(graph["core.venues"]) <= {"core.messages"}, f"core.venues is data only: {graph['core.venues']}"
    assert not graph.get("core.messages"), graph.get("core.messages")


def test_the_graph_sees_function_level_and_relative_imports(tmp_path, monkeypatch):
    import tests.core.import_graph as ig

    assert unit_of("core.model.Position", core_units()) == "core.model"
    pkg = tmp_path / "core"
    (pkg / "a").mkdir(parents=True)
    (pkg / "b").mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a" / "__init__.py").write_text("def f():\n    from core.b import g\n")
    (pkg / "b" / "__init__.py").write_text("from ..a import f\n")
    (pkg / "c.py").write_text("import core.a\n")
    monkeypatch.setattr(ig, "ROOT", tmp_path)
    monkeypatch.setattr(ig, "CORE", pkg)
    assert module_imports(pkg / "b" / "__init__.py")[0][0] == "core.a"
    graph = ig.core_package_graph()
    assert cycles(graph) == [["core.a", "core.b"]]
    assert set(graph["core.c"]) == {"core.a"}
