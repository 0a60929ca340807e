"""tools/mutation/ (run as tools/mutation_score.py): its operators, its exclusions file and its table of targets.

The run itself takes minutes and is not part of the suite; these tests keep
the tool from rotting when the code it mutates moves.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Literal

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tools" / "mutation"


def _module(name: str) -> ModuleType:
    """The module *name* of tools/mutation/, imported as ``mutation.<name>`` (tools/ is not on the path)."""
    loaded = sys.modules.get("mutation")
    if loaded is None or getattr(loaded, "__file__", None) != str(PACKAGE / "__init__.py"):
        spec = importlib.util.spec_from_file_location(
            "mutation", PACKAGE / "__init__.py", submodule_search_locations=[str(PACKAGE)]
        )
        assert spec is not None
        assert spec.loader is not None
        package = importlib.util.module_from_spec(spec)
        sys.modules["mutation"] = package
        spec.loader.exec_module(package)
    return importlib.import_module(f"mutation.{name}")


table = _module("targets")
generator = _module("mutants")
exclusions = _module("exclusions")
selection = _module("selection")
baselines = _module("baseline")
sandbox = _module("sandbox")
forking = _module("forking")
work_queue = _module("work_queue")
swapping = _module("swapping")

TINY = '''"""A tiny module: its docstring is never mutated."""

import re

__all__ = ["ok", "LIMIT"]

LIMIT: int = 64
_PATTERN = re.compile(r"[0-9]{1,3}[./-]")
PREFIXES = ("060", "070")


def ok(value: int, text: str = "x") -> bool:
    """Nor is a function's docstring."""
    for item in PREFIXES:
        if item == text:
            break
        continue
    message = f"{value + 1} is over {LIMIT}"
    return value > LIMIT and not text or value - 2 < 0


def other() -> bool:
    return True


Mode = Literal["a", "b"]
'''


def _changes(scope: tuple[str, ...] = ()) -> set[tuple[str, str]]:
    return {
        (mutant.before, mutant.after)
        for mutant in generator.mutants("src/tiny.py", TINY.encode(), scope)
    }


def test_each_operator_makes_its_mutant() -> None:
    """Comparisons, and/or, not, arithmetic, numbers, booleans, tuples, loops and regular expressions."""
    changes = _changes()
    expected = {
        ("value > LIMIT", "value >= LIMIT"),
        ("item == text", "item != text"),
        ("value - 2 < 0", "value - 2 <= 0"),
        ("value > LIMIT and (not text)", "value > LIMIT or not text"),
        ("not text", "text"),
        ("value - 2", "value + 2"),
        ("64", "65"),
        ("value - 2", "value - 3"),
        ("value - 2 < 0", "value - 2 < 1"),
        ("True", "False"),
        ("('060', '070')", "('070',)"),
        ("('060', '070')", "('060',)"),
        ("break", "continue"),
        ("continue", "break"),
        ("'[0-9]{1,3}[./-]'", "'[0-9]{2,3}[./-]'"),
        ("'[0-9]{1,3}[./-]'", "'[0-9]{1,4}[./-]'"),
        ("'[0-9]{1,3}[./-]'", "'[0-9]{1,3}[/-]'"),
    }
    missing = expected - changes
    assert not missing, sorted(changes)


def test_docstrings_messages_annotations_imports_and_all_are_left_alone() -> None:
    """f-strings are messages; ``__all__``, imports, annotations and plain strings are not behaviour."""
    for before, after in _changes():
        assert "docstring" not in before
        assert "is over" not in before, (before, after)
        assert "__all__" not in before
        assert "'ok'" not in before
        assert before != "'x'"
        assert not before.startswith("int"), (before, after)
        assert "'a'" not in before, "type arguments are not behaviour"
    assert ("'[0-9]{1,3}[./-]'", "'[1-9]{1,3}[./-]'") not in _changes()


def test_every_mutant_is_valid_python_differing_from_the_original() -> None:
    """The changed source parses, and differs from the module in exactly its mutated span."""
    found = list(generator.mutants("src/tiny.py", TINY.encode()))
    assert len(found) >= 16
    for mutant in found:
        assert mutant.source != TINY.encode()
        ast.parse(mutant.source)
        assert mutant.key.startswith("src/tiny.py:")


def test_a_scope_limits_the_mutants_to_the_named_definitions() -> None:
    """With a scope, only those top-level names are mutated."""
    assert _changes(("other",)) == {("True", "False")}
    scoped = list(generator.mutants("src/tiny.py", TINY.encode(), ("ok",)))
    assert {mutant.scope for mutant in scoped} == {"ok"}
    assert all(mutant.reached_by == (mutant.lines,) for mutant in scoped)


def test_module_level_code_is_reached_through_the_functions_that_read_its_names() -> None:
    """``LIMIT = 64`` matters where ``ok`` runs; ``_PATTERN``, read by no function, anywhere."""
    by_line = {m.lines[0]: m for m in generator.mutants("src/tiny.py", TINY.encode())}
    assert by_line[7].reached_by == ((12, 19),)
    assert by_line[9].reached_by == ((12, 19),)
    assert by_line[8].reached_by == ()


def test_exclusions_need_a_reason(tmp_path: Path) -> None:
    """``KEY  # REASON`` per line; comments and blank lines are skipped; no reason is an error."""
    path = tmp_path / "exclusions.txt"
    path.write_text("# header\n\nsrc/a.py:f: 1 -> 2  # a cache size\n", encoding="utf-8")
    assert exclusions.read_exclusions(path) == {"src/a.py:f: 1 -> 2": "a cache size"}
    path.write_text("src/a.py:f: 1 -> 2\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="needs a reason"):
        exclusions.read_exclusions(path)


def test_the_committed_exclusions_each_have_a_reason() -> None:
    """The exclusions file reads, and every key names a module of the table."""
    paths = {target.path for target in table.TARGETS}
    for key in exclusions.read_exclusions():
        assert key.split(":", 1)[0] in paths, key


def test_a_missing_module_or_scope_is_reported_not_a_crash() -> None:
    """A module that moved is a warning naming the table to update."""
    targets = [
        table.Target("src/jplabour/no_such_module.py", ("tests/test_api.py",)),
        table.Target("src/jplabour/formats/slug.py", ("tests/no_such_test.py",), ("no_such_name",)),
    ]
    found, problems = generator.collect(targets)
    assert found == []
    assert any("no_such_module.py: no such module" in p for p in problems)
    assert any("no such test file tests/no_such_test.py" in p for p in problems)
    assert any("no top-level no_such_name" in p for p in problems)


def test_every_target_of_the_table_exists() -> None:
    """The table names modules, scopes and tests that exist: update it when they move."""
    found, problems = generator.collect(table.TARGETS)
    assert problems == []
    assert len(found) > 500


def test_a_mutant_runs_the_tests_that_executed_its_lines_fastest_first() -> None:
    """Line coverage from the baseline picks the tests; module-level code gets every test of the module."""
    target = table.Target("src/tiny.py", ("tests/a.py", "tests/b.py"))
    baseline = {
        "tests": [
            {"id": "tests/a.py::slow", "seconds": 2.0},
            {"id": "tests/b.py::fast", "seconds": 0.5},
            {"id": "tests/c.py::elsewhere", "seconds": 0.1},
        ],
        "lines": {"src/tiny.py": {"19": [0, 1, 2], "17": [0], "9": [1]}},
    }
    by_line = {m.lines[0]: m for m in generator.mutants("src/tiny.py", TINY.encode())}
    in_function = selection.plan(by_line[19], target, baseline)
    assert in_function.tests == ("tests/b.py::fast", "tests/a.py::slow")
    assert in_function.timeout == pytest.approx(3 * 2.5 + selection.TIMEOUT_SLACK)
    assert selection.plan(by_line[17], target, baseline).tests == ("tests/a.py::slow",)
    at_import = selection.plan(by_line[7], target, baseline)
    assert at_import.tests == ("tests/b.py::fast", "tests/a.py::slow")


@pytest.mark.parametrize(
    ("code", "outcome"),
    [
        (0, "survived"),
        (1, "killed"),
        (2, "killed"),
        (None, "timeout"),
        (4, "killed"),
        (3, "error 3"),
        (99, "error 99"),
    ],
)
def test_pytests_exit_code_decides_the_outcome(code: int | None, outcome: str) -> None:
    """A failing test or a test module that no longer imports kills; an internal or tool error is no kill."""
    assert work_queue.outcome_of(code) == outcome
    assert forking.TOOL_FAILED == 99


def test_the_budget_keeps_the_fastest_tests_and_at_least_one() -> None:
    """Tests are taken fastest first until their baseline time would pass the budget."""
    target = table.Target("src/tiny.py", ("tests/a.py", "tests/b.py"))
    baseline = {
        "tests": [
            {"id": "tests/a.py::slow", "seconds": 2.0},
            {"id": "tests/b.py::fast", "seconds": 0.5},
        ],
        "lines": {"src/tiny.py": {"19": [0, 1]}},
    }
    [mutant] = [m for m in generator.mutants("src/tiny.py", TINY.encode()) if m.after == "text"]
    assert selection.plan(mutant, target, baseline, budget=1.0).tests == ("tests/b.py::fast",)
    assert selection.plan(mutant, target, baseline, budget=2.5).tests == (
        "tests/b.py::fast",
        "tests/a.py::slow",
    )
    assert selection.plan(mutant, target, baseline, budget=0.1).tests == ("tests/b.py::fast",)


DERIVED = '''"""Module-level tables derived from one another."""

ERAS = ("M", "T")
_BY_NAME = {era: number for number, era in enumerate(ERAS)}
_UNRELATED = 3


def lookup(name):
    return _BY_NAME[name]


def table():
    return ERAS


def other():
    return _UNRELATED
'''


def test_module_level_code_is_reached_through_every_name_derived_from_it() -> None:
    """``ERAS`` feeds ``_BY_NAME``: its mutants run the tests of ``lookup`` as well as ``table``."""
    found = list(generator.mutants("src/derived.py", DERIVED.encode()))
    [dropped] = [m for m in found if m.before == "('M', 'T')" and m.after == "('T',)"]
    assert dropped.at_import
    assert dropped.reached_by == ((8, 9), (12, 13))
    [unrelated] = [m for m in found if m.before == "3"]
    assert unrelated.reached_by == ((16, 17),)


def test_a_mutant_keeps_every_line_number() -> None:
    """A multi-line expression mutated to one line is padded, so traced lines still match."""
    source = b"def f():\n    return (\n        1,\n        2,\n    )\n\n\ndef g():\n    return 0\n"
    found = list(generator.mutants("src/lines.py", source))
    assert any(m.after == "(2,)" for m in found)
    for mutant in found:
        assert mutant.source.count(b"\n") == source.count(b"\n")
        tree = ast.parse(mutant.source)
        assert [f.lineno for f in tree.body] == [1, 8]
        assert not mutant.at_import


def test_the_changed_code_objects_are_found_by_name_and_line() -> None:
    """The code swapped into a loaded function is the one, and only the one, that the mutant changed."""
    [mutant] = [m for m in generator.mutants("src/tiny.py", TINY.encode()) if m.after == "False"]
    before = swapping.code_objects(TINY.encode(), "tiny.py")
    after = swapping.code_objects(mutant.source, "tiny.py")
    assert before.keys() == after.keys()
    changed = {key for key in before if before[key] != after[key]}
    assert {key[0] for key in changed} == {"other", "<module>"}
    namespace: dict[str, object] = {"Literal": Literal}
    exec(compile(TINY, "tiny.py", "exec", dont_inherit=True), namespace)  # noqa: S102 -- the test's own module
    other = namespace["other"]
    assert callable(other)
    assert other() is True
    other.__code__ = after["other", 22, 0]  # type: ignore[attr-defined]
    assert other() is False


def test_the_baseline_cache_is_named_by_the_sources_tests_and_targets() -> None:
    """The same tree and table give the same file; another table another."""
    first = baselines.baseline_file(table.TARGETS)
    assert first == baselines.baseline_file(table.TARGETS)
    assert first.parent == baselines.CACHE
    assert first != baselines.baseline_file(table.TARGETS[:1])


def test_the_module_name_of_a_target_path() -> None:
    """Packages are named by their folder."""
    assert sandbox.module_name("src/jplabour/formats/__init__.py") == "jplabour.formats"
    assert sandbox.module_name("src/jplabour/checks/dates.py") == "jplabour.checks.dates"


def test_the_same_change_twice_in_a_scope_gets_two_keys() -> None:
    """``cell[1] -> cell[2]`` at two places of one function are two mutants, two exclusion keys."""
    source = b"def f(cell, text):\n    a = cell[1] is text\n    return a, {text: cell[1]}\n"
    keys = [m.key for m in generator.mutants("src/two.py", source) if m.after == "cell[2]"]
    assert keys == ["src/two.py:f: cell[1] -> cell[2]", "src/two.py:f: cell[1] -> cell[2] #2"]


def test_a_module_level_mutant_runs_the_tests_that_name_what_it_changes() -> None:
    """``MAX_FILE_BYTES = 64 * 1024 * 1024``: a test reading ``load.MAX_FILE_BYTES`` runs for it."""
    source = (ROOT / "src/jplabour/load.py").read_bytes()
    [mutant] = [
        m
        for m in generator.mutants("src/jplabour/load.py", source)
        if m.before == "64 * 1024" and m.after == "65 * 1024"
    ]
    assert "MAX_FILE_BYTES" in mutant.names
    names = selection.names_used_by_tests("tests/test_core_boundaries.py")
    reader = next(name for name, used in names.items() if "MAX_FILE_BYTES" in used)
    test_id = f"tests/test_core_boundaries.py::{reader}"
    target = table.Target("src/jplabour/load.py", ("tests/test_core_boundaries.py",))
    baseline = {"tests": [{"id": test_id, "seconds": 0.1}], "lines": {}}
    assert selection.plan(mutant, target, baseline).tests == (test_id,)


def test_a_default_argument_is_reached_where_its_function_runs() -> None:
    """``keys: bool = True`` runs at import, but matters where the method runs: its tests run for it."""
    source = b"class Rules:\n    def apply(self, keys=True):\n        return keys\n"
    [mutant] = list(generator.mutants("src/rules.py", source))
    assert mutant.at_import
    assert mutant.reached_by == ((2, 3),)


#: Every mutant of TINY, as the single-file tool made them before it became a package.
TINY_MUTANTS = [
    (7, "src/tiny.py:<module>: 64 -> 65"),
    (8, "src/tiny.py:<module>: '[0-9]{1,3}[./-]' -> '[0-9]{2,3}[./-]'"),
    (8, "src/tiny.py:<module>: '[0-9]{1,3}[./-]' -> '[0-9]{1,4}[./-]'"),
    (8, "src/tiny.py:<module>: '[0-9]{1,3}[./-]' -> '[0-9]{1,3}[/-]'"),
    (9, "src/tiny.py:<module>: ('060', '070') -> ('070',)"),
    (9, "src/tiny.py:<module>: ('060', '070') -> ('060',)"),
    (15, "src/tiny.py:ok: item == text -> item != text"),
    (16, "src/tiny.py:ok: break -> continue"),
    (17, "src/tiny.py:ok: continue -> break"),
    (
        19,
        (
            "src/tiny.py:ok: value > LIMIT and (not text) or value - 2 < 0"
            " -> (value > LIMIT and (not text)) and value - 2 < 0"
        ),
    ),
    (19, "src/tiny.py:ok: value > LIMIT and (not text) -> value > LIMIT or not text"),
    (19, "src/tiny.py:ok: value > LIMIT -> value >= LIMIT"),
    (19, "src/tiny.py:ok: not text -> text"),
    (19, "src/tiny.py:ok: value - 2 < 0 -> value - 2 <= 0"),
    (19, "src/tiny.py:ok: value - 2 -> value + 2"),
    (19, "src/tiny.py:ok: value - 2 -> value - 3"),
    (19, "src/tiny.py:ok: value - 2 < 0 -> value - 2 < 1"),
    (23, "src/tiny.py:other: True -> False"),
]


def test_the_generator_makes_the_same_mutants_in_the_same_order() -> None:
    """The 18 mutants of TINY, their keys (the exclusions' names) and order, as before the split."""
    found = list(generator.mutants("src/tiny.py", TINY.encode()))
    assert [(m.lines[0], m.key) for m in found] == TINY_MUTANTS
    assert [m.lines[0] for m in found if m.at_import] == [7, 8, 8, 8, 9, 9]


def test_every_committed_exclusion_names_a_mutant_of_the_tree() -> None:
    """An exclusion that matches no mutant would be a stale line, not a subtraction from the score."""
    found, _ = generator.collect(table.TARGETS)
    keys = {mutant.key for mutant, _ in found}
    committed = exclusions.read_exclusions()
    assert committed
    assert sorted(set(committed) - keys) == []


def test_the_documented_command_lists_what_the_generator_makes() -> None:
    """``python tools/mutation_score.py --list --only formats/slug``: one line per mutant, then the count."""
    done = subprocess.run(
        [sys.executable, "tools/mutation_score.py", "--list", "--only", "formats/slug"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    path = "src/jplabour/formats/slug.py"
    expected = list(generator.mutants(path, (ROOT / path).read_bytes()))
    assert expected
    assert done.stdout.splitlines() == [
        *(f"{m.lines[0]:5} {m.key}" for m in expected),
        f"{len(expected)} mutants",
    ]


def test_no_module_of_the_package_imports_a_private_name_of_another() -> None:
    """What the package's modules share is public; each module keeps its own helpers."""
    for file in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        private = [
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level
            for alias in node.names
            if alias.name.startswith("_")
        ]
        assert private == [], (file.name, private)
