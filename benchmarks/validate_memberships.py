"""Benchmark: validating a 1,000,000-row membership CSV with jplabour, against csv + jsonschema.

Generates ``org_id,value,as_of`` rows (about 1% bad) in a temporary
directory, then in fresh subprocesses:

- ``jplabour``: :func:`jplabour.validate` on the whole file, three
  times (the fastest run counts, the highest peak);
- ``baseline``: :class:`csv.DictReader` plus a Draft 2020-12 jsonschema
  validator of an equivalent schema, on the first 50,000 rows (it is slow;
  its rows/s are extrapolated).

Prints rows/s for both, the ratio, and each one's peak resident memory
(``resource.getrusage``), also as the growth over the loaded interpreter.
Run: ``python benchmarks/validate_memberships.py [ROWS]``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from jplabour.data import DATASET

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
BASELINE_ROWS = 50_000
MIB = 2**20
#: The jplabour run is repeated; the fastest counts (the machine may be busy).
REPEATS = 3
FIRST_DAY = dt.date(1990, 1, 1)

JPLABOUR = """
import resource, sys, time
from jplabour.validator import validate
validate([{"org_id": "rengo", "value": 1, "as_of": "2019"}], "memberships")  # load the data
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
started = time.perf_counter()
report = validate(sys.argv[1], "memberships", max_errors=100)
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(report.rows, report.error_count, elapsed, peak, before)
"""

BASELINE = """
import csv, itertools, json, resource, sys, time
import jsonschema
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
started = time.perf_counter()
schema = json.loads(sys.argv[2])
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
rows = errors = 0
with open(sys.argv[1], newline="", encoding="utf-8") as file:
    for row in itertools.islice(csv.DictReader(file), int(sys.argv[3])):
        rows += 1
        errors += any(True for _ in validator.iter_errors(row))
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(rows, errors, elapsed, peak, before)
"""


def schema() -> dict[str, object]:
    """The three columns as a JSON Schema of CSV strings: known ids, a count, a partial date."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "required": ["org_id", "value", "as_of"],
        "properties": {
            "org_id": {"enum": sorted(org.id for org in DATASET.organizations)},
            "value": {"type": "string", "pattern": "^(0|[1-9][0-9]*)$"},
            "as_of": {
                "type": "string",
                "pattern": r"^[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$",
            },
        },
    }


def generate(path: Path, rows: int) -> None:
    """*rows* unique (org_id, as_of) rows of organisations founded before 1990; 1% bad."""
    rng = random.Random(1)  # noqa: S311 -- test data, not secrets
    orgs = sorted(
        org.id
        for org in DATASET.organizations
        if org.dissolved is None and (org.founded is None or org.founded.year < 1990)
    )
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write("org_id,value,as_of\n")
        for index in range(rows):
            org = orgs[index % len(orgs)]
            as_of = (FIRST_DAY + dt.timedelta(days=index // len(orgs))).isoformat()
            value = str(rng.randrange(100, 2_000_000))
            bad = rng.random()
            if bad < 0.0033:
                value = "-" + value
            elif bad < 0.0066:
                as_of = as_of[:5] + "13" + as_of[7:]
            elif bad < 0.01:
                org = org + "-x"
            file.write(f"{org},{value},{as_of}\n")


def measure(script: str, *args: str) -> tuple[int, int, float, int, int]:
    """Run *script* in a fresh interpreter.

    Returns (rows, bad rows, seconds, peak resident bytes, resident bytes before the run).
    """
    out = subprocess.run(
        [sys.executable, "-c", script, *args], check=True, capture_output=True, text=True
    ).stdout.split()
    return int(out[0]), int(out[1]), float(out[2]), int(out[3]), int(out[4])


def main() -> None:
    """Generate, measure both (jplabour best of REPEATS), print the figures."""
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "memberships.csv"
        generate(path, ROWS)
        size = path.stat().st_size / 2**20
        runs = [measure(JPLABOUR, str(path)) for _ in range(REPEATS)]
        rows, errors, seconds, peak, before = min(runs, key=lambda run: run[2])
        peak = max(run[3] for run in runs)
        b_rows, b_errors, b_seconds, b_peak, b_before = measure(
            BASELINE, str(path), json.dumps(schema()), str(BASELINE_ROWS)
        )
    speed, b_speed = rows / seconds, b_rows / b_seconds
    print(f"file: {ROWS:,} rows, {size:.1f} MiB, {sys.version.split()[0]}")
    for name, (n, bad, s, top, base) in (
        ("jplabour", (rows, errors, seconds, peak, before)),
        ("baseline", (b_rows, b_errors, b_seconds, b_peak, b_before)),
    ):
        print(
            f"{name}: {n:,} rows, {bad:,} bad in {s:.2f} s: {n / s:,.0f} rows/s; peak RSS "
            f"{top / MIB:.1f} MiB ({(top - base) / MIB:.1f} MiB above the {base / MIB:.1f} MiB "
            "of the loaded interpreter)"
        )
    print(f"ratio: {speed / b_speed:.1f}x")


if __name__ == "__main__":
    main()
