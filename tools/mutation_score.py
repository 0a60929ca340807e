"""Mutation score of jplabour's core: change one operator or constant at a time, run the tests that reach it.

Usage: ``python tools/mutation_score.py [--jobs N] [--only TEXT] [--verbose] [--list]``.

Each mutant is one small change of a core module (``<`` to ``<=``, ``and`` to
``or``, a number plus one, an element dropped from a tuple of constants, a
digit or a character class of a regular expression, ...; see
:func:`mutants`). It is killed when a test fails (or hangs past its timeout)
and survives when the tests pass. The tests run for a mutant are those of its
module in :data:`TARGETS` that executed one of the mutated lines in a traced
baseline run (a mutant of module-level code, run at import, gets every test of
the module that executed any of its lines), fastest first, with ``-x``.

Mutants that cannot be killed because they do not change behaviour (a cache
size, say) are listed in :data:`EXCLUSIONS_FILE`, each with its reason. The
last line printed is ``mutation score N%``: killed / (mutants - excluded).

The modules and their tests are the one table :data:`TARGETS`; a module or a
scope that is not found is reported and skipped, not a crash. The run copies
``src/`` to a temporary folder per worker, so the working tree is never
modified, and each mutant runs in a forked process (POSIX only) with
``CI=1`` (Hypothesis derandomised): the same tree gives the same score.
"""

from __future__ import annotations

import argparse
import ast
import compileall
import contextlib
import copy
import json
import multiprocessing
import os
import re
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Final, NamedTuple

import pytest

ROOT: Final = Path(__file__).resolve().parent.parent
EXCLUSIONS_FILE: Final = ROOT / "tools" / "mutation_exclusions.txt"


class Target(NamedTuple):
    """A module to mutate (its top-level names in *scope*, or all of it) and the tests to run."""

    path: str
    tests: tuple[str, ...]
    scope: tuple[str, ...] = ()


_FORMAT_TESTS: Final = (
    "tests/test_formats.py",
    "tests/test_format_boundaries.py",
    "tests/test_validator.py",
    "tests/test_validator_rules.py",
)
_VALIDATOR_TESTS: Final = (
    "tests/test_validator.py",
    "tests/test_validator_rules.py",
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
    # The validator's cells (the per-column checkers) ...
    Target(
        "src/jplabour/validator.py",
        _VALIDATOR_TESTS,
        (
            "required_columns",
            "_specs",
            "_kind",
            "_plain_date",
            "_PRECISIONS",
            "_Checkers",
            "_normalized",
            "_invalid",
            "_date",
            "_integer",
            "_key",
            "_boolean",
            "_TRUE",
            "_FALSE",
            "_choice",
            "_formatted",
            "_text",
            "_cached",
        ),
    ),
    # ... and its cross-row rules.
    Target(
        "src/jplabour/validator.py",
        _VALIDATOR_TESTS,
        ("_Rules", "_DaySets", "_typed_getter", "_lifespans", "_parent_figures"),
    ),
    Target(
        "src/jplabour/checks.py",
        ("tests/test_checks.py", "tests/test_core_boundaries.py", "tests/test_values_stated.py"),
    ),
    Target(
        "src/jplabour/provenance.py",
        ("tests/test_provenance.py", "tests/test_values_stated.py", "tests/test_checks.py"),
    ),
    Target("src/jplabour/load.py", ("tests/test_load.py", "tests/test_core_boundaries.py")),
    Target("src/jplabour/api.py", ("tests/test_api.py",)),
    Target("src/jplabour/names.py", ("tests/test_names.py", "tests/test_api.py")),
    Target(
        "src/jplabour/model.py",
        ("tests/test_model.py", "tests/test_core_boundaries.py"),
        ("PartialDate",),
    ),
)

#: Seconds a mutant's tests may take beyond three times their baseline time.
TIMEOUT_SLACK: Final = 10.0


# --- mutants ----------------------------------------------------------------------


class Mutant(NamedTuple):
    """One change to one module: where, what, and the bytes of the changed source."""

    path: str
    scope: str
    lines: tuple[int, int]
    at_import: bool
    before: str
    after: str
    source: bytes

    @property
    def key(self) -> str:
        """The text that names the mutant in the exclusions file; stable across line moves."""
        return f"{self.path}:{self.scope}: {self.before} -> {self.after}"


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


def _node_mutations(node: ast.AST, regex: bool) -> Iterator[ast.AST]:  # noqa: C901, PLR0912 -- one branch per operator
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
    elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
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


def _sites(tree: ast.Module, scope_names: Sequence[str]) -> Iterator[_Site]:  # noqa: C901 -- see walk
    """The nodes that may be mutated, in source order, with their scope."""

    def walk(node: ast.AST, scope: str, at_import: bool, regex: bool) -> Iterator[_Site]:  # noqa: C901, PLR0912 -- one rule per kind of node
        if isinstance(node, ast.JoinedStr):  # f-strings are messages
            return
        yield _Site(node, scope, at_import, regex)
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
        names = _top_level_names(statement)
        if "__all__" in names or isinstance(statement, (ast.Import, ast.ImportFrom)):
            continue
        if scope_names and not names & set(scope_names):
            continue
        yield from walk(statement, "", at_import=True, regex=False)


def _line_offsets(source: bytes) -> list[int]:
    offsets = [0]
    for line in source.splitlines(keepends=True):
        offsets.append(offsets[-1] + len(line))
    return offsets


def mutants(path: str, source: bytes, scope_names: Sequence[str] = ()) -> Iterator[Mutant]:
    """Every mutant of *source* (the module at *path*), in source order.

    Only the top-level definitions and assignments named in *scope_names*
    are mutated when it is given. Docstrings, annotations, imports,
    ``__all__`` and f-strings are left alone; strings are mutated only as the
    pattern of a ``re`` function.
    """
    tree = ast.parse(source)
    offsets = _line_offsets(source)
    for site in _sites(tree, scope_names):
        node = site.node
        if not hasattr(node, "lineno") or node.end_lineno is None or node.end_col_offset is None:
            continue
        start = offsets[node.lineno - 1] + node.col_offset
        end = offsets[node.end_lineno - 1] + node.end_col_offset
        for mutated in _node_mutations(node, site.regex):
            text = ast.unparse(mutated)
            replacement = (text if isinstance(node, ast.stmt) else f"({text})").encode()
            yield Mutant(
                path=path,
                scope=site.scope or "<module>",
                lines=(node.lineno, node.end_lineno),
                at_import=site.at_import,
                before=" ".join(ast.unparse(node).split()),
                after=" ".join(text.split()),
                source=source[:start] + replacement + source[end:],
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
    return int(pytest.main(["-q", "-p", "no:cacheprovider", *arguments], plugins=plugins))


def _run_quietly(source_root: Path, arguments: list[str]) -> int:  # pragma: no cover -- a child
    return _run_pytest(source_root, arguments, [], quiet=True)


def _forked(function: Any, timeout: float | None, *arguments: Any) -> tuple[int | None, float]:
    """Run *function* in a forked child, in its own process group: (exit code or None on timeout, seconds)."""
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:  # pragma: no cover -- the child
        code = 3
        try:
            os.setpgid(0, 0)
            code = function(*arguments)
        finally:
            os._exit(code)
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status), time.monotonic() - started
        if timeout is not None and time.monotonic() - started > timeout:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return None, time.monotonic() - started
        time.sleep(0.005)


class _Tracer:
    """A pytest plugin recording, per test, the lines of the target modules it executes."""

    def __init__(self, source_root: Path, paths: set[str]) -> None:
        self.files = {str(source_root / Path(p).relative_to("src")): p for p in paths}
        self.current: set[tuple[str, int]] = set()
        self.lines: dict[str, dict[int, list[int]]] = {}
        self.tests: list[dict[str, Any]] = []
        self.failed: list[str] = []

    def _global(self, frame: Any, event: str, argument: Any) -> Any:
        del event, argument
        return self._local if frame.f_code.co_filename in self.files else None

    def _local(self, frame: Any, event: str, argument: Any) -> Any:
        del argument
        if event in {"line", "call"}:
            self.current.add((frame.f_code.co_filename, frame.f_lineno))
        return self._local

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(self, item: Any) -> Iterator[None]:
        """Trace one test's setup, call and teardown."""
        self.current = set()
        started = time.monotonic()
        sys.settrace(self._global)
        try:
            result = yield
        finally:
            sys.settrace(None)
        index = len(self.tests)
        self.tests.append({"id": item.nodeid, "seconds": time.monotonic() - started})
        for filename, line in self.current:
            self.lines.setdefault(self.files[filename], {}).setdefault(line, []).append(index)
        return result

    def pytest_runtest_logreport(self, report: Any) -> None:
        """Note a failing test: the baseline must pass."""
        if report.failed:
            self.failed.append(report.nodeid)


def _baseline(
    source_root: Path, targets: Sequence[Target], output: Path
) -> int:  # pragma: no cover
    tracer = _Tracer(source_root, {t.path for t in targets})
    tests = sorted({test for target in targets for test in target.tests})
    code = _run_pytest(source_root, ["-x", *tests], [tracer], quiet=True)
    output.write_text(
        json.dumps(
            {"code": code, "failed": tracer.failed, "tests": tracer.tests, "lines": tracer.lines}
        ),
        encoding="utf-8",
    )
    return 0


class Plan(NamedTuple):
    """A mutant, the tests to run for it (fastest first), and its timeout."""

    mutant: Mutant
    tests: tuple[str, ...]
    timeout: float


def plan(mutant: Mutant, target: Target, baseline: dict[str, Any]) -> Plan:
    """The tests of *target* that reach *mutant*, from the traced *baseline*."""
    executed: dict[str, list[int]] = baseline["lines"].get(mutant.path, {})
    if mutant.at_import:
        indices = {i for tests in executed.values() for i in tests}
    else:
        first, last = mutant.lines
        indices = {i for line in range(first, last + 1) for i in executed.get(str(line), ())}
    wanted = set(target.tests)
    chosen = sorted(
        (baseline["tests"][i] for i in indices),
        key=lambda test: (test["seconds"], test["id"]),
    )
    chosen = [test for test in chosen if test["id"].split("::")[0] in wanted]
    seconds = sum(test["seconds"] for test in chosen)
    return Plan(mutant, tuple(test["id"] for test in chosen), 3 * seconds + TIMEOUT_SLACK)


def _install(source_root: Path, path: str, source: bytes) -> None:
    """Write *source* as the module at *path* of the copy, and drop its compiled form."""
    file = source_root / Path(path).relative_to("src")
    file.write_bytes(source)
    for cached in file.parent.glob(f"__pycache__/{file.stem}.*.pyc"):
        cached.unlink()


def _worker(  # pragma: no cover -- a worker process
    plans: list[Plan], counter: Any, results: Path, verbose: bool
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="jplabour-mutants-"))
    try:
        source_root = _copy_sources(folder)
        import hypothesis  # noqa: F401 -- loaded once, before the forks

        originals = {p.mutant.path: (ROOT / p.mutant.path).read_bytes() for p in plans}
        with results.open("w", encoding="utf-8") as out:
            while True:
                with counter.get_lock():
                    index = counter.value
                    counter.value += 1
                if index >= len(plans):
                    break
                item = plans[index]
                _install(source_root, item.mutant.path, item.mutant.source)
                arguments = ["-x", *item.tests]
                code, seconds = _forked(_run_quietly, item.timeout, source_root, arguments)
                _install(source_root, item.mutant.path, originals[item.mutant.path])
                outcome = (
                    "timeout"
                    if code is None
                    else "survived"
                    if code == 0
                    else "killed"
                    if code in (1, 2, 3)
                    else f"error {code}"
                )
                out.write(
                    json.dumps({"index": index, "outcome": outcome, "seconds": seconds}) + "\n"
                )
                out.flush()
                if verbose:
                    print(f"{outcome:8} {seconds:6.1f}s {item.mutant.key}", flush=True)
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


def _run_baseline(targets: Sequence[Target]) -> dict[str, Any] | None:
    """The traced run of the targets' tests without mutants, or None when it fails."""
    with tempfile.TemporaryDirectory(prefix="jplabour-baseline-") as folder:
        source_root = _copy_sources(Path(folder))
        output = Path(folder) / "baseline.json"
        _forked(_baseline, None, source_root, targets, output)
        baseline = json.loads(output.read_text(encoding="utf-8")) if output.exists() else None
    if baseline is None or baseline["code"] != 0:
        failed = ", ".join(baseline["failed"]) if baseline else "no report"
        print(f"the tests fail without mutants ({failed}); fix them first")
        return None
    return baseline


def _run_mutants(plans: list[Plan], jobs: int, verbose: bool) -> dict[int, str]:
    """Index of each of *plans* -> its outcome, from *jobs* worker processes."""
    context = multiprocessing.get_context("fork")
    counter = context.Value("i", 0)
    with tempfile.TemporaryDirectory(prefix="jplabour-results-") as folder:
        files = [Path(folder) / f"{number}.jsonl" for number in range(max(1, jobs))]
        workers = [
            context.Process(target=_worker, args=(plans, counter, file, verbose)) for file in files
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        return {
            record["index"]: record["outcome"]
            for file in files
            if file.exists()
            for record in map(json.loads, file.read_text(encoding="utf-8").splitlines())
        }


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
    parser.add_argument("--verbose", action="store_true", help="print every mutant's outcome")
    args = parser.parse_args(argv)

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
    baseline = _run_baseline(targets)
    if baseline is None:
        print("mutation score 0%")
        return 2
    print(f"baseline: {len(baseline['tests'])} tests traced in {time.monotonic() - started:.0f}s")
    plans = [plan(m, target, baseline) for m, target in found if m.key not in exclusions]
    runnable = [p for p in plans if p.tests]
    runnable.sort(key=lambda p: -p.timeout)  # the slowest first, so that the workers end together
    outcomes = _run_mutants(runnable, args.jobs, args.verbose)
    ordered = runnable + [p for p in plans if not p.tests]
    _report(ordered, outcomes, len(found) - len(plans), args.jobs, started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
