"""Coverage's line tracer (in C) on the target modules of the copy, each test in a context of its own."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest


def start_tracer(source_root: Path, paths: Iterable[str]) -> Any:  # pragma: no cover -- a child
    """A started line tracer (coverage's, in C) restricted to the modules at *paths* in the copy."""
    import coverage  # only the runs that trace need it

    tracer = coverage.Coverage(
        data_file=None,
        config_file=False,
        include=[str(source_root / Path(p).relative_to("src")) for p in paths],
    )
    tracer.start()
    return tracer


def executed(
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


class Tracer:
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
