"""Benchmark: validating a 1,000,000-row membership CSV with jplabour, against csv + jsonschema.

Generates ``org_id,value,as_of`` rows (about 1% bad) in a temporary
directory, then in fresh subprocesses, each three times (the fastest run
counts, and the highest peak):

- ``jplabour``: :func:`jplabour.validate` on the whole file;
- ``baseline``: :class:`csv.DictReader` plus a jsonschema
  ``Draft202012Validator`` of the same schema: the ``org_id``, ``value`` and
  ``as_of`` properties of the committed ``schemas/memberships.schema.json``,
  read from the file, with those three required. CSV cells are strings, so
  the pipeline first converts the cells of ``integer`` properties with
  ``int()`` (a cell that is no integer stays a string, for the schema to
  refuse) and empty cells of nullable properties to ``None``. It reads the
  first 200,000 rows (``--baseline-rows``; 0 for all): at about 50,000
  rows/s the whole file takes twenty seconds a run.

The committed schema checks that ``org_id`` is an id, not that jplabour has
it (its ``$comment`` reference is an annotation), so the baseline finds fewer bad rows than
jplabour, which also checks references and the cross-row rules: the
comparison flatters the baseline.

Prints rows/s for both, the ratio, and each one's peak resident memory
(``resource.getrusage``), also as the growth over the loaded interpreter.
Run: ``python benchmarks/validate_memberships.py [ROWS] [--baseline-rows N]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from jplabour.data import DATASET
from jplabour.lifetimes import lifetimes

#: The committed schema the baseline validates with.
SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schemas" / "memberships.schema.json"
#: The columns of the generated file: the ones a downstream membership table needs.
COLUMNS = ("org_id", "value", "as_of")
MIB = 2**20
#: Each run is repeated; the fastest counts (the machine may be busy).
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
schema = json.loads(sys.argv[2])
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
def kinds(name):
    kind = schema["properties"][name]["type"]
    return kind if isinstance(kind, list) else [kind]
integers = [name for name in schema["properties"] if "integer" in kinds(name)]
nullable = [name for name in schema["properties"] if "null" in kinds(name)]
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
started = time.perf_counter()
rows = errors = 0
limit = int(sys.argv[3]) or None
with open(sys.argv[1], newline="", encoding="utf-8") as file:
    for row in itertools.islice(csv.DictReader(file), limit):
        rows += 1
        for name in integers:
            try:
                row[name] = int(row[name])
            except ValueError:
                pass
        for name in nullable:
            if row[name] == "":
                row[name] = None
        errors += any(True for _ in validator.iter_errors(row))
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(rows, errors, elapsed, peak, before)
"""


def schema() -> dict[str, object]:
    """The committed memberships schema, cut to the file's columns, all of them required."""
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return {
        "$schema": committed["$schema"],
        "$id": committed["$id"] + ":baseline",
        "type": "object",
        "properties": {name: committed["properties"][name] for name in COLUMNS},
        "required": list(COLUMNS),
    }


def generate(path: Path, rows: int) -> None:
    """*rows* unique (org_id, as_of) rows; 1% bad.

    The organisations are those that exist on every day of the file: founded
    before :data:`FIRST_DAY`, neither dissolved nor succeeded, so that only
    the bad rows are errors.
    """
    rng = random.Random(1)  # noqa: S311 -- test data, not secrets
    orgs = sorted(
        org_id
        for org_id, lifetime in lifetimes(DATASET).items()
        if lifetime.ended is None
        and (lifetime.founded is None or lifetime.founded.latest < FIRST_DAY)
    )
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write(",".join(COLUMNS) + "\n")
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


def best(script: str, *args: str) -> tuple[int, int, float, int, int]:
    """The fastest of REPEATS runs of *script*, with the highest peak of them."""
    runs = [measure(script, *args) for _ in range(REPEATS)]
    rows, errors, seconds, _, before = min(runs, key=lambda run: run[2])
    return rows, errors, seconds, max(run[3] for run in runs), before


def main() -> None:
    """Generate, measure both (best of REPEATS), print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("rows", nargs="?", type=int, default=1_000_000)
    parser.add_argument("--baseline-rows", type=int, default=200_000, help="0 for all")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "memberships.csv"
        generate(path, args.rows)
        size = path.stat().st_size / 2**20
        rows, errors, seconds, peak, before = best(JPLABOUR, str(path))
        b_rows, b_errors, b_seconds, b_peak, b_before = best(
            BASELINE, str(path), json.dumps(schema()), str(args.baseline_rows)
        )
    speed, b_speed = rows / seconds, b_rows / b_seconds
    print(f"file: {args.rows:,} rows, {size:.1f} MiB, {sys.version.split()[0]}")
    print(f"schema: {SCHEMA_FILE.name} properties {', '.join(COLUMNS)}")
    for name, what, (n, bad, s, top, base) in (
        ("jplabour", "errors", (rows, errors, seconds, peak, before)),
        ("baseline", "invalid rows", (b_rows, b_errors, b_seconds, b_peak, b_before)),
    ):
        print(
            f"{name}: {n:,} rows, {bad:,} {what} in {s:.2f} s: {n / s:,.0f} rows/s; peak RSS "
            f"{top / MIB:.1f} MiB ({(top - base) / MIB:.1f} MiB above the {base / MIB:.1f} MiB "
            "of the loaded interpreter)"
        )
    print(f"ratio: {speed / b_speed:.1f}x")


if __name__ == "__main__":
    main()
