"""The plans the workers share, where each worker writes its outcomes, and what an exit code says."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Final, NamedTuple

from .selection import Plan

#: The exit code of a forked run whose mutant must run on a freshly imported copy instead.
NEEDS_IMPORT: Final = 98


def outcome_of(code: int | None) -> str:
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


class WorkQueue(NamedTuple):
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
