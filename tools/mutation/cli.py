"""Mutation score of jplabour's core: change one operator or constant at a time, run the tests that reach it.

Usage: ``python tools/mutation_score.py [--jobs N] [--only TEXT] [--budget S] [--verbose] [--list]``.

The command: it reads the options, lists the mutants of :data:`.targets.TARGETS`
(less the exclusions), traces or reuses the baseline, runs the mutants and
prints the report, ``mutation score N%`` last.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import time
from collections.abc import Sequence
from pathlib import Path

from .baseline import baseline_file, run_baseline
from .exclusions import read_exclusions
from .forking import exit_on_signal
from .mutants import collect
from .report import report
from .running import run_mutants
from .selection import BUDGET, plan
from .targets import ROOT, TARGETS


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
    signal.signal(signal.SIGTERM, exit_on_signal)

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
        baseline = run_baseline(targets, args.jobs)
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
    outcomes = run_mutants(runnable, args.jobs, args.verbose)
    ordered = runnable + [p for p in plans if not p.tests]
    report(ordered, outcomes, len(found) - len(plans), args.jobs, started)
    return 0
