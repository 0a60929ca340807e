"""Mutation score of jplabour's core: change one operator or constant at a time, run the tests that reach it.

Usage: ``python tools/mutation_score.py [--jobs N] [--only TEXT] [--budget S] [--verbose] [--list]``.

Each mutant is one small change of a core module (``<`` to ``<=``, ``and`` to
``or``, a number plus one, an element dropped from a tuple of constants, a
digit or a character class of a regular expression, ...; see
:func:`mutants`). It is killed when a test fails (or hangs past its timeout)
and survives when the tests pass. The tests run for a mutant are those of its
module in :data:`TARGETS` that executed one of the mutated lines in a traced
baseline run (for module-level code, run at import: the tests that executed
a function reading a name derived from it, and those whose code names one),
fastest first, with ``-x``, at most ``--budget`` seconds of them.

The baseline is traced with coverage's C tracer restricted to the target
modules, and cached in :data:`CACHE` under a hash of ``src/`` and ``tests/``.
Each worker collects the tests once and runs each mutant of a function in a
forked child with the mutated code objects swapped into the loaded functions;
mutants of code that ran at import or collection run on a mutated copy of
``src/`` in a fresh pytest run instead (see :class:`_Server`).

Mutants that cannot be killed because they do not change behaviour (a cache
size, say) are listed in :data:`EXCLUSIONS_FILE`, each with its reason. The
last line printed is ``mutation score N%``: killed / (mutants - excluded).

The modules and their tests are the one table :data:`TARGETS`; a module or a
scope that is not found is reported and skipped, not a crash. The working
tree is never modified (each worker copies ``src/`` to a temporary folder),
each run is a forked process (POSIX only) with ``CI=1`` (Hypothesis
derandomised): the same tree gives the same score.
"""

from __future__ import annotations

import argparse
import ast
import compileall
import contextlib
import copy
import functools
import gc
import hashlib
import importlib
import json
import math
import multiprocessing
import os
import re
import shutil
import signal
import sys
import tempfile
import time
import traceback
import types
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Final, NamedTuple

import pytest

ROOT: Final = Path(__file__).resolve().parent.parent
EXCLUSIONS_FILE: Final = ROOT / "tools" / "mutation_exclusions.txt"
#: Where traced baselines are kept, one per state of the sources and tests.
CACHE: Final = ROOT / ".mutation_cache"
#: The version of the baseline's contents, part of its cache key.
BASELINE_FORMAT: Final = 1


class Target(NamedTuple):
    """A module to mutate (its top-level names in *scope*, or all of it) and the tests to run."""

    path: str
    tests: tuple[str, ...]
    scope: tuple[str, ...] = ()


_FORMAT_TESTS: Final = (
    "tests/test_formats.py",
    "tests/test_format_boundaries.py",
    "tests/test_format_edges.py",
    "tests/test_validator.py",
    "tests/test_validator_rules.py",
)
_VALIDATOR_TESTS: Final = (
    "tests/test_validator.py",
    "tests/test_validator_rules.py",
    "tests/test_validator_edges.py",
    "tests/test_validator_key_table.py",
    "tests/test_validator_columnar.py",
    "tests/test_validator_core_edges.py",
    "tests/test_formats.py",
)

#: The core modules and the tests relevant to each: update the paths here when modules move.
TARGETS: Final = (
    *(
        Target(f"src/jplabour/formats/{name}.py", _FORMAT_TESTS)
        for name in (
            "__init__",
            "email",
            "era_date",
            "number",
            "partial_date",
            "phone",
            "postal_code",
            "slug",
            "url",
        )
    ),
    # The validator's columns and cells (the per-column checkers, and the values they read
    # lazily) and its cross-row rules.
    Target("src/jplabour/validator/columns.py", _VALIDATOR_TESTS),
    Target("src/jplabour/validator/cells.py", _VALIDATOR_TESTS),
    Target("src/jplabour/validator/lazy.py", _VALIDATOR_TESTS),
    Target("src/jplabour/validator/rules.py", _VALIDATOR_TESTS),
    *(
        Target(
            f"src/jplabour/checks/{name}.py",
            (
                "tests/test_checks.py",
                "tests/test_checks_edges.py",
                "tests/test_core_boundaries.py",
                "tests/test_values_stated.py",
            ),
        )
        for name in (
            "identity",
            "links",
            "provenance",
            "dates",
            "totals",
            "contacts",
            "registry",
        )
    ),
    Target(
        "src/jplabour/provenance.py",
        (
            "tests/test_provenance.py",
            "tests/test_values_stated.py",
            "tests/test_checks.py",
            "tests/test_checks_edges.py",
        ),
    ),
    Target(
        "src/jplabour/load.py",
        ("tests/test_load.py", "tests/test_load_edges.py", "tests/test_core_boundaries.py"),
    ),
    Target(
        "src/jplabour/strict_json.py",
        ("tests/test_load.py", "tests/test_validator_safety.py", "tests/test_validator.py"),
    ),
    *(
        Target(f"src/jplabour/{name}.py", ("tests/test_api.py", "tests/test_api_edges.py"))
        for name in ("api", "resolving")
    ),
    *(
        Target(
            f"src/jplabour/{name}.py",
            (
                "tests/test_names.py",
                "tests/test_names_ja.py",
                "tests/test_names_edges.py",
                "tests/test_api.py",
            ),
        )
        for name in ("names", "folding", "name_keys")
    ),
    Target(
        "src/jplabour/model/partial_date.py",
        (
            "tests/test_model.py",
            "tests/test_partial_date_edges.py",
            "tests/test_core_boundaries.py",
            "tests/test_model_package.py",
        ),
        ("PartialDate",),
    ),
)

#: Libraries the tests import, loaded by each worker before it forks a run per mutant.
PRELOADED: Final = ("hypothesis", "attrs", "jsonschema", "pandas")
#: The exit code of a forked run that failed in this tool, not in the tests.
TOOL_FAILED: Final = 99
#: The exit code of a forked run whose mutant must run on a freshly imported copy instead.
NEEDS_IMPORT: Final = 98
#: The most baseline seconds of tests run for one mutant, the fastest that reach it first.
BUDGET: Final = 5.0
#: Seconds a mutant's tests may take beyond three times their baseline time.
TIMEOUT_SLACK: Final = 10.0


# --- mutants ----------------------------------------------------------------------


class Mutant(NamedTuple):
    """One change to one module: where, what, and the bytes of the changed source."""

    path: str
    scope: str
    lines: tuple[int, int]
    #: The line spans whose execution by a test means the mutant matters: the
    #: mutated lines, or for code run at import (a module-level constant) the
    #: functions that read the names it defines; empty means the whole module.
    reached_by: tuple[tuple[int, int], ...]
    before: str
    after: str
    source: bytes
    #: Whether the mutated code runs when the module is imported (a constant, a
    #: default, a decorator, a class body): such a mutant needs a fresh import.
    at_import: bool = False
    #: Which of the mutants with the same scope, before and after this is, from 1.
    occurrence: int = 1
    #: For code run at import, the module's names whose values depend on it: a
    #: test that names one (``load.MAX_FILE_BYTES``) runs for the mutant too.
    names: frozenset[str] = frozenset()

    @property
    def key(self) -> str:
        """The text that names the mutant in the exclusions file; stable across line moves.

        Where a scope holds the same change twice (``cell[1] -> cell[2]``), the
        second is named ``... #2``, and so on in source order.
        """
        key = f"{self.path}:{self.scope}: {self.before} -> {self.after}"
        return key if self.occurrence == 1 else f"{key} #{self.occurrence}"


_COMPARISONS: Final[dict[type[ast.cmpop], type[ast.cmpop]]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
_ARITHMETIC: Final[dict[type[ast.operator], type[ast.operator]]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.FloorDiv,
    ast.FloorDiv: ast.Mult,
    ast.Div: ast.Mult,
    ast.Mod: ast.FloorDiv,
    ast.LShift: ast.RShift,
    ast.RShift: ast.LShift,
    ast.BitAnd: ast.BitOr,
    ast.BitOr: ast.BitAnd,
}
_REGEX_FUNCTIONS: Final = frozenset(
    {"compile", "match", "fullmatch", "search", "sub", "subn", "findall", "finditer", "split"}
)
#: The bounds of a regular expression's ``{m,n}`` quantifiers.
_QUANTIFIER_DIGITS: Final = re.compile(r"(?<=[{,])[0-9]+(?=[,}])")
#: A character class of literal characters, ``[./-]``; classes with ranges (``[0-9]``) are left alone.
_CHARACTER_CLASS: Final = re.compile(r"\[\^?((?:\\.|[^\]\\])+)\]")
_RANGE: Final = re.compile(r"[^\\]-[^\]]")


def _replace(node: ast.AST, **changes: Any) -> ast.AST:
    new = copy.copy(node)
    for name, value in changes.items():
        setattr(new, name, value)
    return new


def _node_mutations(node: ast.AST, regex: bool, type_arguments: bool) -> Iterator[ast.AST]:  # noqa: C901, PLR0912 -- one branch per operator
    """The mutated versions of *node* itself (its children are mutated separately)."""
    if isinstance(node, ast.Compare):
        for index, op in enumerate(node.ops):
            swapped = _COMPARISONS.get(type(op))
            if swapped is not None:
                ops = list(node.ops)
                ops[index] = swapped()
                yield _replace(node, ops=ops)
    elif isinstance(node, ast.BoolOp):
        yield _replace(node, op=ast.Or() if isinstance(node.op, ast.And) else ast.And())
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield node.operand
    elif isinstance(node, ast.BinOp):
        swapped_op = _ARITHMETIC.get(type(node.op))
        if swapped_op is not None:
            yield _replace(node, op=swapped_op())
    elif isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, bool):
            yield ast.Constant(not value)
        elif isinstance(value, int):
            yield ast.Constant(value + 1)
        elif isinstance(value, str) and regex:
            for match in _QUANTIFIER_DIGITS.finditer(value):
                bumped = str(int(match.group()) + 1)
                yield ast.Constant(value[: match.start()] + bumped + value[match.end() :])
            for match in _CHARACTER_CLASS.finditer(value):
                members = match.group(1)
                if len(members) > 1 and not members.startswith("\\") and not _RANGE.search(members):
                    start = match.start(1)
                    yield ast.Constant(value[:start] + value[start + 1 :])
    elif isinstance(node, (ast.Tuple, ast.List, ast.Set)) and not type_arguments:
        elements = node.elts
        if (
            len(elements) > 1
            and getattr(node, "ctx", ast.Load()).__class__ is ast.Load
            and all(isinstance(e, ast.Constant) for e in elements)
        ):
            for index in range(len(elements)):
                yield _replace(node, elts=elements[:index] + elements[index + 1 :])
    elif isinstance(node, ast.Break):
        yield ast.Continue()
    elif isinstance(node, ast.Continue):
        yield ast.Break()


def _is_docstring(statement: ast.stmt) -> bool:
    return (
        isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Constant)
        and isinstance(statement.value.value, str)
    )


def _top_level_names(statement: ast.stmt) -> set[str]:
    if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {statement.name}
    targets: list[ast.expr] = []
    if isinstance(statement, ast.Assign):
        targets = statement.targets
    elif isinstance(statement, ast.AnnAssign):
        targets = [statement.target]
    return {t.id for t in targets if isinstance(t, ast.Name)}


class _Site(NamedTuple):
    node: ast.AST
    scope: str
    at_import: bool
    regex: bool
    #: The names the enclosing top-level statement defines.
    names: frozenset[str]


def _sites(tree: ast.Module, scope_names: Sequence[str]) -> Iterator[_Site]:  # noqa: C901 -- see walk
    """The nodes that may be mutated, in source order, with their scope."""

    def walk(node: ast.AST, scope: str, at_import: bool, regex: bool) -> Iterator[_Site]:  # noqa: C901, PLR0912 -- one rule per kind of node
        if isinstance(node, ast.JoinedStr):  # f-strings are messages
            return
        yield _Site(node, scope, at_import, regex, names)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            inner = f"{scope}.{node.name}" if scope else node.name
            if not isinstance(node, ast.ClassDef):
                for default in (*node.args.defaults, *node.args.kw_defaults):
                    if default is not None:
                        yield from walk(default, scope, at_import, regex=False)
            for decorator in node.decorator_list:
                yield from walk(decorator, scope, at_import, regex=False)
            body = node.body[1:] if node.body and _is_docstring(node.body[0]) else node.body
            for statement in body:
                yield from walk(
                    statement, inner, at_import and isinstance(node, ast.ClassDef), regex=False
                )
            return
        if isinstance(node, ast.AnnAssign):
            if node.value is not None:
                yield from walk(node.value, scope, at_import, regex=False)
            return
        if isinstance(node, ast.arg):
            return
        if isinstance(node, ast.Call):
            function = node.func
            is_regex = (
                isinstance(function, ast.Attribute)
                and isinstance(function.value, ast.Name)
                and function.value.id == "re"
                and function.attr in _REGEX_FUNCTIONS
            )
            yield from walk(function, scope, at_import, regex=False)
            for index, argument in enumerate(node.args):
                yield from walk(argument, scope, at_import, regex=is_regex and index == 0)
            for keyword in node.keywords:
                yield from walk(keyword.value, scope, at_import, regex=False)
            return
        for child in ast.iter_child_nodes(node):
            yield from walk(child, scope, at_import, regex=False)

    body = tree.body[1:] if tree.body and _is_docstring(tree.body[0]) else tree.body
    for statement in body:
        top_level = _top_level_names(statement)
        if "__all__" in top_level or isinstance(statement, (ast.Import, ast.ImportFrom)):
            continue
        if scope_names and not top_level & set(scope_names):
            continue
        names = frozenset(top_level)
        yield from walk(statement, "", at_import=True, regex=False)


def _line_offsets(source: bytes) -> list[int]:
    offsets = [0]
    for line in source.splitlines(keepends=True):
        offsets.append(offsets[-1] + len(line))
    return offsets


def _users(tree: ast.Module) -> dict[str, set[tuple[int, int]]]:
    """Name -> the line spans of the functions that read it."""
    found: dict[str, set[tuple[int, int]]] = {}
    for function in ast.walk(tree):
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            span = (function.lineno, function.end_lineno or function.lineno)
            for node in ast.walk(function):
                if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                    found.setdefault(node.id, set()).add(span)
    return found


def _derived(tree: ast.Module) -> dict[str, set[str]]:
    """Top-level name -> itself and every top-level name whose value or code depends on it.

    ``_BY_NAME = {era.name: era for era in ERAS}`` derives ``_BY_NAME`` from
    ``ERAS``, and a function that reads ``_BY_NAME`` is derived from both: a
    mutant of ``ERAS`` matters wherever any of them is used.
    """
    readers: dict[str, set[str]] = {}
    for statement in tree.body:
        defined = _top_level_names(statement)
        for node in ast.walk(statement):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                readers.setdefault(node.id, set()).update(defined - {node.id})
    closure: dict[str, set[str]] = {}
    for name in {n for s in tree.body for n in _top_level_names(s)}:
        seen = {name}
        pending = [name]
        while pending:
            for reader in readers.get(pending.pop(), ()):
                if reader not in seen:
                    seen.add(reader)
                    pending.append(reader)
        closure[name] = seen
    return closure


def mutants(path: str, source: bytes, scope_names: Sequence[str] = ()) -> Iterator[Mutant]:
    """Every mutant of *source* (the module at *path*), in source order.

    Only the top-level definitions and assignments named in *scope_names*
    are mutated when it is given. Docstrings, annotations, imports,
    ``__all__`` and f-strings are left alone; strings are mutated only as the
    pattern of a ``re`` function.
    """
    tree = ast.parse(source)
    offsets = _line_offsets(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    users = _users(tree)
    derived = _derived(tree)
    # A default or a decorator runs at import, and matters where its function runs.
    functions = [
        (min((d.lineno for d in f.decorator_list), default=f.lineno), f.end_lineno or f.lineno)
        for f in ast.walk(tree)
        if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
    ]
    seen: dict[tuple[str, str, str], int] = {}

    def span(node: ast.AST) -> tuple[int, int]:
        return (
            offsets[node.lineno - 1] + node.col_offset,  # type: ignore[attr-defined]
            offsets[node.end_lineno - 1] + node.end_col_offset,  # type: ignore[attr-defined]
        )

    for site in _sites(tree, scope_names):
        node = site.node
        first: int | None = getattr(node, "lineno", None)
        last: int | None = getattr(node, "end_lineno", None)
        if first is None or last is None or getattr(node, "end_col_offset", None) is None:
            continue
        start, end = span(node)
        # A number is named with the expression around it: "cell[1] -> cell[2]", not "1 -> 2".
        numeric = isinstance(node, ast.Constant) and not isinstance(node.value, str)
        context = parents.get(node) if numeric else None
        shown = span(context) if isinstance(context, ast.expr) else (start, end)
        parent = parents.get(node)
        type_arguments = isinstance(parent, ast.Subscript) and parent.slice is node
        names: frozenset[str] = frozenset()
        if site.at_import:
            names = frozenset(d for name in site.names for d in derived.get(name, {name}))
            spans = {span for name in names for span in users.get(name, ())}
            spans.update(span for span in functions if span[0] <= first <= span[1])
            reached = tuple(sorted(spans))
        else:
            reached = ((first, last),)
        for mutated in _node_mutations(node, site.regex, type_arguments):
            text = ast.unparse(mutated)
            # The lines a mutant spans stay as many, so that every line keeps its number.
            padding = "\n" * (last - first - text.count("\n"))
            replacement = (text if isinstance(node, ast.stmt) else f"({text}{padding})").encode()
            before = source[shown[0] : shown[1]].decode()
            after = (source[shown[0] : start] + text.encode() + source[end : shown[1]]).decode()
            if shown == (start, end):
                before = ast.unparse(node)
            before, after = " ".join(before.split()), " ".join(after.split())
            scope = site.scope or "<module>"
            occurrence = seen[scope, before, after] = seen.get((scope, before, after), 0) + 1
            yield Mutant(
                path=path,
                scope=scope,
                lines=(first, last),
                reached_by=reached,
                before=before,
                after=after,
                source=source[:start] + replacement + source[end:],
                at_import=site.at_import,
                occurrence=occurrence,
                names=names,
            )


# --- exclusions -------------------------------------------------------------------


def read_exclusions(path: Path = EXCLUSIONS_FILE) -> dict[str, str]:
    """Mutant key -> the reason it is equivalent, from *path* (``KEY  # REASON`` per line)."""
    found: dict[str, str] = {}
    if not path.exists():
        return found
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        key, separator, reason = line.partition("  # ")
        if not separator or not reason.strip():
            raise SystemExit(f"{path}:{number}: an exclusion needs a reason after '  # '")
        found[key.strip()] = reason.strip()
    return found


# --- running the tests ------------------------------------------------------------


def _copy_sources(folder: Path) -> Path:
    """A copy of src/ in *folder*, its modules compiled, for the forked test runs to import."""
    target = folder / "src"
    shutil.copytree(ROOT / "src", target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    compileall.compile_dir(target, quiet=1)
    return target


def _run_pytest(
    source_root: Path, arguments: list[str], plugins: list[Any], *, quiet: bool
) -> int:  # pragma: no cover -- runs in a forked child
    os.environ["CI"] = "1"
    os.environ["PYTHONPATH"] = os.pathsep.join([str(source_root), os.environ.get("PYTHONPATH", "")])
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(source_root))
    os.chdir(ROOT)
    if quiet:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
    options = ["-q", "-p", "no:cacheprovider", "-W", "ignore::pytest.PytestAssertRewriteWarning"]
    return int(pytest.main([*options, *arguments], plugins=plugins))


def _run_quietly(source_root: Path, arguments: list[str]) -> int:  # pragma: no cover -- a child
    return _run_pytest(source_root, arguments, [], quiet=True)


def _fork(function: Any, *arguments: Any) -> int:
    """Start *function* in a forked child, in its own process group; its pid."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover -- the child
        code = TOOL_FAILED
        try:
            os.setpgid(0, 0)
            code = function(*arguments)
        except BaseException:  # noqa: BLE001 -- a child must never return into the parent's code
            traceback.print_exc()
        finally:
            os._exit(code)
    return pid


def _wait(pid: int, started: float, timeout: float | None) -> int | None:
    """The exit code of the child *pid*, or None when it ran past *timeout* (and was killed)."""
    try:
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return os.waitstatus_to_exitcode(status)
            if timeout is not None and time.monotonic() - started > timeout:
                break
            time.sleep(0.005)
    except BaseException:  # interrupted: the child and what it started go too
        _kill_group(pid)
        raise
    _kill_group(pid)
    return None


def _kill_group(pid: int, grace: float = 1.0) -> None:
    """End the process group of the child *pid* (it leads one) and reap the child.

    SIGTERM first, so that a child that forked runs of its own (a worker's
    test session) ends them too; SIGKILL after *grace* seconds.
    """
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGTERM)
    ended = time.monotonic() + grace
    with contextlib.suppress(ChildProcessError):
        while time.monotonic() < ended:
            if os.waitpid(pid, os.WNOHANG)[0]:
                return
            time.sleep(0.01)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def _forked(function: Any, timeout: float | None, *arguments: Any) -> tuple[int | None, float]:
    """Run *function* in a forked child: (exit code or None on timeout, seconds)."""
    started = time.monotonic()
    code = _wait(_fork(function, *arguments), started, timeout)
    return code, time.monotonic() - started


def _coverage(source_root: Path, paths: Iterable[str]) -> Any:  # pragma: no cover -- a child
    """A started line tracer (coverage's, in C) restricted to the modules at *paths* in the copy."""
    import coverage  # only the runs that trace need it

    tracer = coverage.Coverage(
        data_file=None,
        config_file=False,
        include=[str(source_root / Path(p).relative_to("src")) for p in paths],
    )
    tracer.start()
    return tracer


def _executed(
    tracer: Any, source_root: Path, paths: Iterable[str]
) -> dict[str, dict[str, list[str]]]:
    """Module path -> line -> the contexts (tests) that executed it, from a stopped *tracer*."""
    data = tracer.get_data()
    found: dict[str, dict[str, list[str]]] = {}
    for path in paths:
        lines = data.contexts_by_lineno(str(source_root / Path(path).relative_to("src")))
        if lines:
            found[path] = {str(line): contexts for line, contexts in lines.items()}
    return found


class _Tracer:
    """A pytest plugin naming each test's coverage context by its index, and timing it."""

    def __init__(self, tracer: Any) -> None:
        self.tracer = tracer
        self.tests: list[dict[str, Any]] = []
        self.failed: list[str] = []

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(self, item: Any) -> Iterator[None]:
        """Trace one test's setup, call and teardown in a context of its own."""
        self.tracer.switch_context(str(len(self.tests)))
        started = time.monotonic()
        try:
            result = yield
        finally:
            self.tracer.switch_context("between tests")
        self.tests.append({"id": item.nodeid, "seconds": time.monotonic() - started})
        return result

    def pytest_runtest_logreport(self, report: Any) -> None:
        """Note a failing test: the baseline must pass."""
        if report.failed:
            self.failed.append(report.nodeid)


def _baseline(
    source_root: Path, targets: Sequence[Target], tests: list[str], output: Path
) -> int:  # pragma: no cover -- runs in a forked child
    paths = [t.path for t in targets]
    tracer = _coverage(source_root, paths)
    plugin = _Tracer(tracer)
    try:
        code = _run_pytest(source_root, ["-x", *tests], [plugin], quiet=True)
    finally:
        tracer.stop()
    lines = {
        path: {
            line: sorted({int(c) for c in contexts if c.isdigit()})
            for line, contexts in by_line.items()
        }
        for path, by_line in _executed(tracer, source_root, paths).items()
    }
    output.write_text(
        json.dumps({"code": code, "failed": plugin.failed, "tests": plugin.tests, "lines": lines}),
        encoding="utf-8",
    )
    return 0


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
        for name in _top_level_names(statement)
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


def _install(source_root: Path, path: str, source: bytes) -> None:
    """Write *source* as the module at *path* of the copy, and drop its compiled form."""
    file = source_root / Path(path).relative_to("src")
    file.write_bytes(source)
    for cached in file.parent.glob(f"__pycache__/{file.stem}.*.pyc"):
        cached.unlink()


def _outcome(code: int | None) -> str:
    """What pytest's exit *code* says of a mutant.

    1 (a test failed), 2 (a test module failed to import) and 4 (a named
    test could not be collected, because its module no longer imports: the
    ``--control`` run shows that every name is found in the unchanged code)
    kill it; 0 lets it survive; None (a timeout) kills it; other codes are
    errors of the run.
    """
    if code is None:
        return "timeout"
    return {0: "survived", 1: "killed", 2: "killed", 4: "killed"}.get(code, f"error {code}")


def _exit_on_signal(number: int, frame: object) -> None:
    """Leave through the ``finally`` blocks, which remove the temporary files."""
    del frame
    raise SystemExit(128 + number)


class _Queue(NamedTuple):
    """The plans the workers share, the index of the next to take, and where to write outcomes."""

    plans: list[Plan]
    counter: Any
    results: Path
    #: A file descriptor for --verbose lines, or -1.
    verbose: int

    def take(self) -> int | None:
        """The index of the next plan, or None when all are taken."""
        with self.counter.get_lock():
            index = int(self.counter.value)
            self.counter.value += 1
        return index if index < len(self.plans) else None

    def record(self, out: Any, index: int, outcome: str, seconds: float) -> None:
        """Write the outcome of plan *index* (and show it with --verbose)."""
        key = self.plans[index].mutant.key
        out.write(
            json.dumps({"index": index, "outcome": outcome, "seconds": seconds, "key": key}) + "\n"
        )
        out.flush()
        if self.verbose >= 0:
            os.write(self.verbose, f"{outcome:8} {seconds:6.1f}s {key}\n".encode())


def _module_name(path: str) -> str:
    """``src/jplabour/formats/__init__.py`` -> ``jplabour.formats``."""
    parts = Path(path).relative_to("src").with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


_CodeKey = tuple[str, int, int]


def _code_objects(source: bytes, filename: str) -> dict[_CodeKey, types.CodeType]:
    """The code objects compiled from *source*: (name, first line, ordinal) -> code."""
    found: dict[_CodeKey, types.CodeType] = {}
    pending = [compile(source, filename, "exec", dont_inherit=True)]
    while pending:
        code = pending.pop(0)
        ordinal = 0
        while (code.co_name, code.co_firstlineno, ordinal) in found:
            ordinal += 1
        found[code.co_name, code.co_firstlineno, ordinal] = code
        pending.extend(c for c in code.co_consts if isinstance(c, types.CodeType))
    return found


class _Server:
    """A pytest plugin that collects the tests once, then runs each mutant in a forked child.

    The child swaps the mutated functions' code objects into the loaded
    modules (``function.__code__``: every reference to the function sees
    it), so no module is imported and no test collected again. That is
    exact only for code that did not run while the tests were collected and
    the modules imported (its results may be kept in a table or a cache):
    those mutants, and those whose code cannot be swapped, are handed back
    as ``needs import`` to run on a mutated copy of the sources instead.
    """

    def __init__(self, queue: _Queue, source_root: Path, tracer: Any) -> None:
        self.queue = queue
        self.source_root = source_root
        self.tracer = tracer
        self.failed = False

    def pytest_runtest_logreport(self, report: Any) -> None:
        """Note a failure in a forked run."""
        if report.failed:
            self.failed = True

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtestloop(self, session: Any) -> bool:  # pragma: no cover -- a child
        """Serve the queue instead of running the collected tests."""
        paths = sorted({p.mutant.path for p in self.queue.plans})
        for path in paths:
            importlib.import_module(_module_name(path))
        self.tracer.stop()
        ran_at_setup = {
            path: {int(line) for line in lines}
            for path, lines in _executed(self.tracer, self.source_root, paths).items()
        }
        files = {path: str(self.source_root / Path(path).relative_to("src")) for path in paths}
        originals = {
            path: _code_objects((ROOT / path).read_bytes(), file) for path, file in files.items()
        }
        live: dict[tuple[str, str, int], list[types.FunctionType]] = {}
        by_file = {file: path for path, file in files.items()}
        for thing in gc.get_objects():
            if isinstance(thing, types.FunctionType) and thing.__code__.co_filename in by_file:
                function = thing.__code__
                key = (by_file[function.co_filename], function.co_name, function.co_firstlineno)
                live.setdefault(key, []).append(thing)
        items = {item.nodeid: item for item in session.items}
        with self.queue.results.open("w", encoding="utf-8") as out:
            while (index := self.queue.take()) is not None:
                item = self.queue.plans[index]
                mutant = item.mutant
                setup = ran_at_setup.get(mutant.path, set())
                if any(line in setup for line in range(mutant.lines[0], mutant.lines[1] + 1)):
                    self.queue.record(out, index, "needs import", 0.0)
                    continue
                code, seconds = _forked(
                    self._run, item.timeout, item, originals[mutant.path], live, items, files
                )
                outcome = "needs import" if code == NEEDS_IMPORT else _outcome(code)
                self.queue.record(out, index, outcome, seconds)
        return True

    def _run(  # pragma: no cover -- a forked child
        self,
        item: Plan,
        originals: dict[_CodeKey, types.CodeType],
        live: dict[tuple[str, str, int], list[types.FunctionType]],
        items: dict[str, Any],
        files: dict[str, str],
    ) -> int:
        path = item.mutant.path
        changed = swapped = 0
        for key, code in _code_objects(item.mutant.source, files[path]).items():
            before = originals.get(key)
            if before is None:
                return NEEDS_IMPORT
            if code == before:
                continue
            changed += 1
            for function in live.get((path, key[0], key[1]), ()):
                if function.__code__ == before:
                    function.__code__ = code
                    swapped += 1
        # Nothing changed is a --control run: the tests run on the code as it is.
        if (changed and not swapped) or not all(test in items for test in item.tests):
            return NEEDS_IMPORT
        tests = [items[test] for test in item.tests]
        for number, test in enumerate(tests):
            following = tests[number + 1] if number + 1 < len(tests) else None
            test.ihook.pytest_runtest_protocol(item=test, nextitem=following)
            if self.failed:
                return 1
        return 0


def _serve(queue: _Queue, source_root: Path, files: list[str]) -> int:  # pragma: no cover
    """Collect *files* once with the tracer on, then serve the queue (in a forked child)."""
    tracer = _coverage(source_root, {p.mutant.path for p in queue.plans})
    return _run_pytest(source_root, files, [_Server(queue, source_root, tracer)], quiet=True)


def _worker(queue: _Queue, fast_files: list[str] | None) -> None:  # pragma: no cover -- a worker
    """Run the queue's mutants: collected once (*fast_files*), or each on a mutated copy of src."""
    signal.signal(signal.SIGTERM, _exit_on_signal)
    signal.signal(signal.SIGINT, _exit_on_signal)
    folder = Path(tempfile.mkdtemp(prefix="jplabour-mutants-"))
    try:
        source_root = _copy_sources(folder)
        for name in PRELOADED:  # imported once here, not in every forked run
            with contextlib.suppress(ImportError):
                importlib.import_module(name)
        if fast_files is not None:
            if queue.verbose >= 0:  # the session's own stdout goes to /dev/null
                queue = queue._replace(verbose=os.dup(queue.verbose))
            _forked(_serve, None, queue, source_root, fast_files)
            return
        originals = {p.mutant.path: (ROOT / p.mutant.path).read_bytes() for p in queue.plans}
        with queue.results.open("w", encoding="utf-8") as out:
            while (index := queue.take()) is not None:
                item = queue.plans[index]
                _install(source_root, item.mutant.path, item.mutant.source)
                arguments = ["-x", *item.tests]
                code, seconds = _forked(_run_quietly, item.timeout, source_root, arguments)
                _install(source_root, item.mutant.path, originals[item.mutant.path])
                queue.record(out, index, _outcome(code), seconds)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- the command --------------------------------------------------------------------


def collect(targets: Sequence[Target]) -> tuple[list[tuple[Mutant, Target]], list[str]]:
    """Every mutant of *targets*, and the problems found (a missing module or scope)."""
    found: list[tuple[Mutant, Target]] = []
    problems: list[str] = []
    for target in targets:
        file = ROOT / target.path
        if not file.is_file():
            problems.append(
                f"{target.path}: no such module; update TARGETS in tools/mutation_score.py"
            )
            continue
        missing_tests = [t for t in target.tests if not (ROOT / t).is_file()]
        if missing_tests:
            problems.append(f"{target.path}: no such test file {', '.join(missing_tests)}")
        source = file.read_bytes()
        defined = {n for s in ast.parse(source).body for n in _top_level_names(s)}
        problems.extend(
            f"{target.path}: no top-level {name}; update TARGETS"
            for name in target.scope
            if name not in defined
        )
        found.extend((mutant, target) for mutant in mutants(target.path, source, target.scope))
    return found, problems


def _split(files: Sequence[str], parts: int) -> list[list[str]]:
    """*files* in *parts* groups of about the same size, the largest files first."""
    groups: list[list[str]] = [[] for _ in range(max(1, parts))]
    sizes = [0] * len(groups)
    for file in sorted(files, key=lambda name: -(ROOT / name).stat().st_size):
        lightest = sizes.index(min(sizes))
        groups[lightest].append(file)
        sizes[lightest] += (ROOT / file).stat().st_size
    return [group for group in groups if group]


def baseline_file(targets: Sequence[Target]) -> Path:
    """The cache file of the baseline of *targets*: named by a hash of them, src/ and tests/.

    :data:`BASELINE_FORMAT` is part of the hash: change it when the tracing changes.
    """
    digest = hashlib.sha256(f"{BASELINE_FORMAT}\n".encode())
    for target in targets:
        digest.update(f"{target}\n".encode())
    for folder in ("src", "tests"):
        for file in sorted(
            p for p in (ROOT / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts
        ):
            digest.update(f"{file.relative_to(ROOT)}\n".encode())
            digest.update(file.read_bytes())
    return CACHE / f"baseline-{digest.hexdigest()[:16]}.json"


def _run_baseline(targets: Sequence[Target], jobs: int) -> dict[str, Any] | None:
    """The traced run of the targets' tests without mutants (in *jobs* parts), or None when it fails."""
    files = sorted({test for target in targets for test in target.tests})
    merged: dict[str, Any] = {"tests": [], "lines": {}}
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="jplabour-baseline-") as folder:
        source_root = _copy_sources(Path(folder))
        runs = []
        try:
            for number, group in enumerate(_split(files, jobs)):
                output = Path(folder) / f"baseline-{number}.json"
                pid = _fork(_baseline, source_root, targets, group, output)
                runs.append((pid, output))
            for pid, _ in runs:
                _wait(pid, time.monotonic(), None)
        except BaseException:  # interrupted: no part of the baseline is left running
            for pid, _ in runs:
                _kill_group(pid)
            raise
        for _, output in runs:
            part = json.loads(output.read_text(encoding="utf-8")) if output.exists() else None
            if part is None or part["code"] != 0:
                failed.extend(part["failed"] if part else ["no report"])
                continue
            offset = len(merged["tests"])
            merged["tests"].extend(part["tests"])
            for path, lines in part["lines"].items():
                into = merged["lines"].setdefault(path, {})
                for line, indices in lines.items():
                    into.setdefault(line, []).extend(offset + index for index in indices)
    if failed:
        print(f"the tests fail without mutants ({', '.join(failed)}); fix them first")
        return None
    return merged


def _run_queue(
    plans: list[Plan], jobs: int, verbose: bool, fast_files: list[str] | None
) -> dict[int, str]:
    """Index of each of *plans* -> its outcome, from *jobs* worker processes."""
    context = multiprocessing.get_context("fork")
    counter = context.Value("i", 0)
    with tempfile.TemporaryDirectory(prefix="jplabour-results-") as folder:
        files = [Path(folder) / f"{number}.jsonl" for number in range(max(1, jobs))]
        queues = [_Queue(plans, counter, file, 1 if verbose else -1) for file in files]
        workers = [context.Process(target=_worker, args=(q, fast_files)) for q in queues]
        try:
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join()
        finally:  # on an interrupt, the workers clean up their copies and runs
            for worker in workers:
                if worker.is_alive():
                    worker.terminate()
                    worker.join()
        return {
            record["index"]: record["outcome"]
            for file in files
            if file.exists()
            for record in map(json.loads, file.read_text(encoding="utf-8").splitlines())
        }


def _run_mutants(plans: list[Plan], jobs: int, verbose: bool) -> dict[int, str]:
    """Index of each of *plans* -> its outcome.

    Mutants of functions run first, in workers that collect the tests once;
    those that need a fresh import (and mutants of import-time code) then
    run each on a mutated copy of the sources.
    """
    fast = [index for index, p in enumerate(plans) if not p.mutant.at_import]
    files = sorted({test.split("::")[0] for p in plans for test in p.tests})
    outcomes = {
        fast[index]: outcome
        for index, outcome in _run_queue([plans[i] for i in fast], jobs, verbose, files).items()
    }
    slow = [
        index
        for index in range(len(plans))
        if outcomes.get(index, "needs import") == "needs import"
    ]
    print(
        f"{len(fast) - len(slow) + sum(plans[i].mutant.at_import for i in slow)} mutants run on "
        f"tests collected once; {len(slow)} on a mutated copy of the sources",
        flush=True,
    )
    outcomes.update(
        (slow[index], outcome)
        for index, outcome in _run_queue([plans[i] for i in slow], jobs, verbose, None).items()
    )
    return outcomes


def _report(
    plans: list[Plan], outcomes: dict[int, str], excluded: int, jobs: int, started: float
) -> None:
    """Print the counts per module, the survivors and errors, and the score last."""
    counts: dict[str, list[int]] = {}
    survivors: list[tuple[Mutant, str]] = []
    errors: list[str] = []
    for index, item in enumerate(plans):
        outcome = outcomes.get(index, "error: not run") if item.tests else "survived"
        tally = counts.setdefault(item.mutant.path, [0, 0])
        tally[1] += 1
        if outcome in ("killed", "timeout"):
            tally[0] += 1
        elif outcome == "survived":
            survivors.append((item.mutant, "" if item.tests else "  (no test reaches it)"))
        else:
            errors.append(f"{outcome}: {item.mutant.key}")
    for path, (killed, total) in sorted(counts.items()):
        print(f"{path}: {killed}/{total} killed")
    for error in errors:
        print(f"error: {error}")
    for mutant, note in sorted(survivors, key=lambda pair: (pair[0].path, pair[0].lines)):
        print(f"survived: line {mutant.lines[0]}: {mutant.key}{note}")
    killed = sum(tally[0] for tally in counts.values())
    minutes = (time.monotonic() - started) / 60
    print(
        f"{len(plans) + excluded} mutants, {excluded} excluded as equivalent "
        f"({EXCLUSIONS_FILE.name}), {killed} killed, {len(survivors)} survived, "
        f"{len(errors)} errors; {minutes:.1f} minutes with {jobs} jobs, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    print(f"mutation score {100 * killed // len(plans) if plans else 100}%")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the mutants and print the score."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument(
        "--only", action="append", default=[], help="mutate only paths containing TEXT"
    )
    parser.add_argument("--list", action="store_true", help="list the mutants and exit")
    parser.add_argument(
        "--budget",
        type=float,
        default=BUDGET,
        help="the most baseline seconds of tests run per mutant (default %(default)s)",
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        help="reuse the traced baseline saved in this file, or save it there "
        "(default: a file in .mutation_cache/ named by a hash of src/ and tests/)",
    )
    parser.add_argument("--verbose", action="store_true", help="print every mutant's outcome")
    parser.add_argument(
        "--control",
        action="store_true",
        help="run every mutant's tests on the unchanged code: all must pass (a check of the tool)",
    )
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _exit_on_signal)

    started = time.monotonic()
    targets = [t for t in TARGETS if not args.only or any(text in t.path for text in args.only)]
    found, problems = collect(targets)
    exclusions = read_exclusions()
    keys = {mutant.key for mutant, _ in found}
    problems += [
        f"exclusion matches no mutant: {stale}"
        for stale in sorted(set(exclusions) - keys)
        if not args.only or any(text in stale for text in args.only)
    ]
    for problem in problems:
        print(f"warning: {problem}")
    if args.list:
        for mutant, _ in found:
            print(f"{mutant.lines[0]:5} {mutant.key}")
        print(f"{len(found)} mutants")
        return 0
    saved = args.baseline or baseline_file(targets)
    how = f"reused from {saved.relative_to(ROOT) if saved.is_relative_to(ROOT) else saved}"
    if saved.exists():
        baseline = json.loads(saved.read_text(encoding="utf-8"))
    else:
        how = ""
        baseline = _run_baseline(targets, args.jobs)
        if baseline is not None:
            saved.parent.mkdir(exist_ok=True)
            saved.write_text(json.dumps(baseline), encoding="utf-8")
    if baseline is None:
        print("mutation score 0%")
        return 2
    print(
        f"baseline: {len(baseline['tests'])} tests "
        f"{how or f'traced in {time.monotonic() - started:.0f}s'}; "
        f"each mutant runs at most {args.budget:g}s of them (baseline time)"
    )
    plans = [
        plan(m, target, baseline, args.budget) for m, target in found if m.key not in exclusions
    ]
    runnable = [p for p in plans if p.tests]
    runnable.sort(key=lambda p: -p.timeout)  # the slowest first, so that the workers end together
    if args.control:
        originals = {path: (ROOT / path).read_bytes() for path in {p.mutant.path for p in runnable}}
        runnable = [
            p._replace(mutant=p.mutant._replace(source=originals[p.mutant.path])) for p in runnable
        ]
        print("control run: the code is unchanged, so every 'killed' below is a false kill")
    outcomes = _run_mutants(runnable, args.jobs, args.verbose)
    ordered = runnable + [p for p in plans if not p.tests]
    _report(ordered, outcomes, len(found) - len(plans), args.jobs, started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
