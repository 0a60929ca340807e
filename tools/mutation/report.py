"""The report of a run: the counts per module, the survivors and errors, and the score last."""

from __future__ import annotations

import os
import time

from .exclusions import EXCLUSIONS_FILE
from .mutants import Mutant
from .selection import Plan


def report(
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
