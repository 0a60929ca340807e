"""The tests run for a mutant: those of its target that reach it, fastest first, within a budget."""

from __future__ import annotations

import ast
import functools
import math
from typing import Any, Final, NamedTuple

from .mutants import Mutant, top_level_names
from .targets import ROOT, Target

#: The most baseline seconds of tests run for one mutant, the fastest that reach it first.
BUDGET: Final = 5.0
#: Seconds a mutant's tests may take beyond three times their baseline time.
TIMEOUT_SLACK: Final = 10.0


class Plan(NamedTuple):
    """A mutant, the tests to run for it (fastest first), and its timeout."""

    mutant: Mutant
    tests: tuple[str, ...]
    timeout: float


@functools.cache
def names_used_by_tests(test_file: str) -> dict[str, frozenset[str]]:
    """Test function -> the names its code and decorators use, in *test_file* (from ROOT).

    A name of a module-level table of the test file (``LIMITS``) stands for
    the names its value uses too: ``@parametrize(..., LIMITS)`` uses those.
    """
    path = ROOT / test_file
    if not path.is_file():
        return {}
    tree = ast.parse(path.read_bytes())

    def used(node: ast.AST) -> set[str]:
        return {
            n.id if isinstance(n, ast.Name) else n.attr
            for n in ast.walk(node)
            if isinstance(n, (ast.Name, ast.Attribute))
        }

    tables = {
        name: used(statement)
        for statement in tree.body
        if isinstance(statement, (ast.Assign, ast.AnnAssign))
        for name in top_level_names(statement)
    }
    found: dict[str, frozenset[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names = used(node)
            found[node.name] = frozenset(names.union(*(tables.get(n, ()) for n in names)))
    return found


def _names_test(test_id: str, names: frozenset[str]) -> bool:
    """Whether the test *test_id* (a pytest node id) uses one of *names* in its code."""
    file, _, rest = test_id.partition("::")
    function = rest.rsplit("::", 1)[-1].split("[", 1)[0]
    return not names.isdisjoint(names_used_by_tests(file).get(function, ()))


def plan(
    mutant: Mutant, target: Target, baseline: dict[str, Any], budget: float = math.inf
) -> Plan:
    """The tests of *target* that reach *mutant*, from the traced *baseline*, fastest first.

    A test reaches it when it executed one of the mutant's lines (or of the
    functions that read the names a module-level mutant changes), or, for a
    module-level mutant, when its own code uses one of those names.

    They are cut off once their baseline time passes *budget* seconds: a
    mutant only a slower test would kill counts as surviving, so the budget
    can lower the score, never raise it.
    """
    executed: dict[str, list[int]] = baseline["lines"].get(mutant.path, {})
    if mutant.reached_by:
        indices = {
            i
            for first, last in mutant.reached_by
            for line in range(first, last + 1)
            for i in executed.get(str(line), ())
        }
    else:
        indices = {i for tests in executed.values() for i in tests}
    if mutant.names:
        indices.update(
            i for i, test in enumerate(baseline["tests"]) if _names_test(test["id"], mutant.names)
        )
    wanted = set(target.tests)
    chosen = sorted(
        (baseline["tests"][i] for i in indices),
        key=lambda test: (test["seconds"], test["id"]),
    )
    chosen = [test for test in chosen if test["id"].split("::")[0] in wanted]
    seconds = 0.0
    for count, test in enumerate(chosen):
        if seconds + test["seconds"] > budget and count:
            chosen = chosen[:count]
            break
        seconds += test["seconds"]
    return Plan(mutant, tuple(test["id"] for test in chosen), 3 * seconds + TIMEOUT_SLACK)
