"""Mutants of functions, run on tests collected once: the mutated code objects swapped into the live functions."""

from __future__ import annotations

import gc
import importlib
import types
from pathlib import Path
from typing import Any

import pytest

from .forking import forked
from .sandbox import module_name, run_pytest
from .selection import Plan
from .targets import ROOT
from .tracing import executed, start_tracer
from .work_queue import NEEDS_IMPORT, WorkQueue, outcome_of

#: A code object's name, its first line, and its ordinal among those with the same two.
CodeKey = tuple[str, int, int]


def code_objects(source: bytes, filename: str) -> dict[CodeKey, types.CodeType]:
    """The code objects compiled from *source*: (name, first line, ordinal) -> code."""
    found: dict[CodeKey, types.CodeType] = {}
    pending = [compile(source, filename, "exec", dont_inherit=True)]
    while pending:
        code = pending.pop(0)
        ordinal = 0
        while (code.co_name, code.co_firstlineno, ordinal) in found:
            ordinal += 1
        found[code.co_name, code.co_firstlineno, ordinal] = code
        pending.extend(c for c in code.co_consts if isinstance(c, types.CodeType))
    return found


class Server:
    """A pytest plugin that collects the tests once, then runs each mutant in a forked child.

    The child swaps the mutated functions' code objects into the loaded
    modules (``function.__code__``: every reference to the function sees
    it), so no module is imported and no test collected again. That is
    exact only for code that did not run while the tests were collected and
    the modules imported (its results may be kept in a table or a cache):
    those mutants, and those whose code cannot be swapped, are handed back
    as ``needs import`` to run on a mutated copy of the sources instead.
    """

    def __init__(self, queue: WorkQueue, source_root: Path, tracer: Any) -> None:
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
            importlib.import_module(module_name(path))
        self.tracer.stop()
        ran_at_setup = {
            path: {int(line) for line in lines}
            for path, lines in executed(self.tracer, self.source_root, paths).items()
        }
        files = {path: str(self.source_root / Path(path).relative_to("src")) for path in paths}
        originals = {
            path: code_objects((ROOT / path).read_bytes(), file) for path, file in files.items()
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
                code, seconds = forked(
                    self._run, item.timeout, item, originals[mutant.path], live, items, files
                )
                outcome = "needs import" if code == NEEDS_IMPORT else outcome_of(code)
                self.queue.record(out, index, outcome, seconds)
        return True

    def _run(  # pragma: no cover -- a forked child
        self,
        item: Plan,
        originals: dict[CodeKey, types.CodeType],
        live: dict[tuple[str, str, int], list[types.FunctionType]],
        items: dict[str, Any],
        files: dict[str, str],
    ) -> int:
        path = item.mutant.path
        changed = swapped = 0
        for key, code in code_objects(item.mutant.source, files[path]).items():
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


def serve(queue: WorkQueue, source_root: Path, files: list[str]) -> int:  # pragma: no cover
    """Collect *files* once with the tracer on, then serve the queue (in a forked child)."""
    tracer = start_tracer(source_root, {p.mutant.path for p in queue.plans})
    return run_pytest(source_root, files, [Server(queue, source_root, tracer)], quiet=True)
