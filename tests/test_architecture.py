"""The layer rules of docs/architecture.md, checked from the code's own imports.

grimp (import-linter's graph) reads every ``import`` of every module, those inside functions
included, so a rule cannot be dodged by importing late. Qt-free: nothing here is imported.
"""

from __future__ import annotations

from pathlib import Path

import grimp
import pytest
from importlinter.application import use_cases
from importlinter.configuration import configure

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph("viewer")


def cycles(graph) -> list[list[str]]:
    """The strongly connected groups of two or more modules (Tarjan, iteratively)."""
    modules = sorted(graph.modules)
    edges = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in modules:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            targets = edges[node]
            if i < len(targets):
                work.append((node, i + 1))
                target = targets[i]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found


def test_the_cycle_finder_finds_a_cycle():
    class Graph:
        modules = {"a", "b", "c", "d"}
        edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}

        def find_modules_directly_imported_by(self, m):
            return self.edges[m]

    assert cycles(Graph()) == [["a", "b", "c"]]


def test_no_module_imports_itself_through_others(graph):
    """No import cycles between modules, not even through imports inside functions: where two
    modules need each other, a third holds what they share."""
    assert cycles(graph) == []


def test_the_layer_contracts_of_the_architecture_hold(monkeypatch):
    """The contracts in pyproject.toml ([tool.importlinter]): the core imports no other part of
    the atlas, nothing below the window imports Qt, folium only in the page builder…"""
    monkeypatch.chdir(ROOT)
    configure()
    passed = use_cases.lint_imports(config_filename=str(ROOT / "pyproject.toml"), cache_dir=None,
                                      no_logo=True)
    assert passed, "an import breaks a rule of docs/architecture.md: run `lint-imports` for the contract and the line"
