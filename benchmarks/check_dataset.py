"""Speed of the integrity checks on the whole embedded dataset, against a baseline in the same run.

Target (issue: integrity checks): checking the whole embedded dataset takes
well under a second. The baseline is what a user would otherwise run on the
same data: validating the JSON export document against the committed JSON
Schema with jsonschema, which checks each record's shape but none of the
cross-record rules. The script prints the median of each, their ratio, and
exits 1 if ``jplabour.check()`` takes 0.25 s or more.

Usage: ``python benchmarks/check_dataset.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable

TARGET_SECONDS = 0.25


def median_seconds(action: Callable[[], object], runs: int) -> float:
    """The median wall time of *runs* calls of *action*, after one warm-up call."""
    action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> int:
    """Measure both, print the medians and the ratio, and return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    import jplabour
    from jplabour.schema import json_schema_validator
    from jplabour.serialize import dataset_to_document

    document = dataset_to_document(jplabour.DATASET)
    validator = json_schema_validator("document")
    report = jplabour.check()
    records = sum(len(jplabour.DATASET.table(name)) for name in jplabour.TABLES)

    checks = median_seconds(jplabour.check, args.runs)
    baseline = median_seconds(lambda: list(validator.iter_errors(document)), args.runs)
    print(f"{records} records, {len(report.findings)} findings, median of {args.runs} runs:")
    print(f"  jplabour.check() (every check)        {checks * 1000:8.1f} ms")
    print(f"  jsonschema on the export (shape only) {baseline * 1000:8.1f} ms")
    print(f"  ratio check / jsonschema = {checks / baseline:.2f}")
    print(f"  target: under {TARGET_SECONDS * 1000:.0f} ms ({checks / TARGET_SECONDS:.0%} of it)")
    return 0 if checks < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
