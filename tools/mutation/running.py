"""The worker processes that run the mutants: on tests collected once, or each on a mutated copy of ``src/``."""

from __future__ import annotations

import contextlib
import importlib
import json
import multiprocessing
import os
import shutil
import signal
import tempfile
from pathlib import Path
from typing import Final

from .forking import exit_on_signal, forked
from .sandbox import copy_sources, install, run_quietly
from .selection import Plan
from .swapping import serve
from .targets import ROOT
from .work_queue import WorkQueue, outcome_of

#: Libraries the tests import, loaded by each worker before it forks a run per mutant.
PRELOADED: Final = ("hypothesis", "attrs", "jsonschema", "pandas")


def _worker(queue: WorkQueue, fast_files: list[str] | None) -> None:  # pragma: no cover -- a worker
    """Run the queue's mutants: collected once (*fast_files*), or each on a mutated copy of src."""
    signal.signal(signal.SIGTERM, exit_on_signal)
    signal.signal(signal.SIGINT, exit_on_signal)
    folder = Path(tempfile.mkdtemp(prefix="jplabour-mutants-"))
    try:
        source_root = copy_sources(folder)
        for name in PRELOADED:  # imported once here, not in every forked run
            with contextlib.suppress(ImportError):
                importlib.import_module(name)
        if fast_files is not None:
            if queue.verbose >= 0:  # the session's own stdout goes to /dev/null
                queue = queue._replace(verbose=os.dup(queue.verbose))
            forked(serve, None, queue, source_root, fast_files)
            return
        originals = {p.mutant.path: (ROOT / p.mutant.path).read_bytes() for p in queue.plans}
        with queue.results.open("w", encoding="utf-8") as out:
            while (index := queue.take()) is not None:
                item = queue.plans[index]
                install(source_root, item.mutant.path, item.mutant.source)
                arguments = ["-x", *item.tests]
                code, seconds = forked(run_quietly, item.timeout, source_root, arguments)
                install(source_root, item.mutant.path, originals[item.mutant.path])
                queue.record(out, index, outcome_of(code), seconds)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run_queue(
    plans: list[Plan], jobs: int, verbose: bool, fast_files: list[str] | None
) -> dict[int, str]:
    """Index of each of *plans* -> its outcome, from *jobs* worker processes."""
    context = multiprocessing.get_context("fork")
    counter = context.Value("i", 0)
    with tempfile.TemporaryDirectory(prefix="jplabour-results-") as folder:
        files = [Path(folder) / f"{number}.jsonl" for number in range(max(1, jobs))]
        queues = [WorkQueue(plans, counter, file, 1 if verbose else -1) for file in files]
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


def run_mutants(plans: list[Plan], jobs: int, verbose: bool) -> dict[int, str]:
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
