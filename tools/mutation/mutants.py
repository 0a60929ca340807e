"""Where a module is mutated: every mutant of a module, named stably, with the lines that reach it."""

from __future__ import annotations

import ast
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from .operators import REGEX_FUNCTIONS, node_mutations
from .targets import ROOT, Target


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


def _is_docstring(statement: ast.stmt) -> bool:
    return (
        isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Constant)
        and isinstance(statement.value.value, str)
    )


def top_level_names(statement: ast.stmt) -> set[str]:
    """The names a top-level *statement* defines: its function or class, or the names it assigns."""
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
                and function.attr in REGEX_FUNCTIONS
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
        top_level = top_level_names(statement)
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
        defined = top_level_names(statement)
        for node in ast.walk(statement):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                readers.setdefault(node.id, set()).update(defined - {node.id})
    closure: dict[str, set[str]] = {}
    for name in {n for s in tree.body for n in top_level_names(s)}:
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
        for mutated in node_mutations(node, site.regex, type_arguments):
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


def collect(targets: Sequence[Target]) -> tuple[list[tuple[Mutant, Target]], list[str]]:
    """Every mutant of *targets*, and the problems found (a missing module or scope)."""
    found: list[tuple[Mutant, Target]] = []
    problems: list[str] = []
    for target in targets:
        file = ROOT / target.path
        if not file.is_file():
            problems.append(
                f"{target.path}: no such module; update TARGETS in tools/mutation/targets.py"
            )
            continue
        missing_tests = [t for t in target.tests if not (ROOT / t).is_file()]
        if missing_tests:
            problems.append(f"{target.path}: no such test file {', '.join(missing_tests)}")
        source = file.read_bytes()
        defined = {n for s in ast.parse(source).body for n in top_level_names(s)}
        problems.extend(
            f"{target.path}: no top-level {name}; update TARGETS"
            for name in target.scope
            if name not in defined
        )
        found.extend((mutant, target) for mutant in mutants(target.path, source, target.scope))
    return found, problems
