r"""Benchmark: jplabour validate races the real peers on a 1,000,000-row membership CSV.

Generates ``org_id,value,as_of`` files in a temporary directory, of unique
keys: a valid one, one with about 1% bad rows (negative counts, month 13,
unknown ids), and one of unique unknown ids (every row a different id
jplabour does not know, the worst case for memory). Then, each in a fresh
interpreter and each three times, taking turns (the fastest run counts, and
the highest peak), in the same run on the same files:

- ``csv.reader``: reading the rows alone, the floor of any CSV pipeline;
- ``jplabour``: :func:`jplabour.validate` on the whole file (column rules,
  references, duplicate keys, lifetimes, parents' totals). Its set-up
  validates a file of one row, which loads the data and the libraries its
  CSV path uses (pyarrow and numpy, when installed), as the pandera script
  imports pandas (and with it numpy and pyarrow) before its clock starts;
- ``jplabour, without pyarrow``: the same, with pyarrow made unimportable
  (plain lines split by :meth:`str.split`), when pyarrow is installed;
- ``pandas+pandera``: :func:`pandas.read_csv` and a pandera
  ``DataFrameSchema`` of the same column rules, validated lazily (all
  failures collected). The committed patterns end in ``$(?!\n)``, which
  keeps Python's ``$`` from matching before a final line break; pandas'
  strings are matched by Arrow's RE2, which has no lookahead and whose
  ``$`` matches at the end only, so pandera gets the patterns ending in
  ``$``: the same rule, on its vectorised path (as in
  ``benchmarks/validate_dataframe.py``). ``pandas+pandera, committed
  patterns`` runs them as committed (pandas then falls back to Python's
  ``re``, a cell at a time), for comparison with earlier figures;
- ``csv+jsonschema_rs``, ``csv+fastjsonschema``, ``csv+jsonschema``: rows of
  :func:`csv.reader` checked against the same schema: the ``org_id``,
  ``value`` and ``as_of`` properties of the committed
  ``schemas/memberships.schema.json``, all three required. CSV cells are
  strings, so the pipeline first converts the cells of ``integer``
  properties with ``int()`` (a cell that is no integer stays a string, for
  the schema to refuse) and empty cells of nullable properties to ``None``.
  ``csv+jsonschema`` reads the first 200,000 rows (``--slow-rows``; 0 for
  all): at about 50,000 rows/s the whole file takes twenty seconds a run.

The peers check the three column rules only (an ``org_id`` that is an id,
not one jplabour has): they find fewer bad rows than jplabour, which counts
errors, while they count invalid rows. A peer that is not installed is
skipped with a note (``pip install -e '.[bench]'`` installs them all).

The contenders take turns: each runs once a round, for as many rounds as
repeats, so that a change in the machine's load falls on all alike. Each
time is the work alone (reading and checking the file), measured in
the subprocess after its imports and set-up; peak memory is the
subprocess's peak resident set size (``resource.getrusage``). Prints a
table of rows/s, jplabour's speed as a multiple of each peer's, the peaks,
and the targets: on the valid file at least 1.0x pandas+pandera (each
way), at least 2x csv+jsonschema_rs, and peak memory under 100 MiB on
every file.

Run: ``python benchmarks/validate_memberships.py [ROWS] [--slow-rows N] [--repeats N]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, NamedTuple

from jplabour.data import DATASET
from jplabour.lifetimes import lifetimes

#: The committed schema the peers validate with.
SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schemas" / "memberships.schema.json"
#: The columns of the generated file: the ones a downstream membership table needs.
COLUMNS = ("org_id", "value", "as_of")
MIB = 2**20
FIRST_DAY = dt.date(1990, 1, 1)
#: Targets on the valid file: jplabour's speed as a multiple of these peers'.
SPEED_TARGETS = {
    "pandas+pandera": 1.0,
    "pandas+pandera, committed patterns": 1.0,
    "csv+jsonschema_rs": 2.0,
}
#: Peak memory target of jplabour on every file.
MEMORY_TARGET = 100 * MIB

#: Each script prints: rows, bad rows or errors, seconds of work, peak RSS bytes.
FLOOR = """
import csv, resource, sys, time
started = time.perf_counter()
with open(sys.argv[1], newline="", encoding="utf-8") as file:
    reader = csv.reader(file)
    next(reader)
    rows = sum(1 for _ in reader)
elapsed = time.perf_counter() - started
print(rows, 0, elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""

JPLABOUR = """
import os, resource, sys, tempfile, time
if sys.argv[2:] == ["python"]:
    sys.modules["pyarrow"] = None  # as if pyarrow were not installed
from jplabour.validator import validate
# Set-up: load the data, and the CSV path's libraries (pyarrow and numpy when installed),
# with a file of one row, as the pandera script imports pandas before its clock starts.
with tempfile.TemporaryDirectory() as directory:
    first = os.path.join(directory, "first.csv")
    with open(first, "w", encoding="utf-8") as file:
        file.write("org_id,value,as_of\\nrengo,1,2019\\n")
    validate(first, "memberships")
started = time.perf_counter()
report = validate(sys.argv[1], "memberships", max_errors=100)
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(report.rows, report.error_count, elapsed, peak)
"""

PANDERA = """
import json, resource, sys, time, warnings
import pandas as pd
import pandera.pandas as pa
properties = json.loads(sys.argv[2])["properties"]
schema = pa.DataFrameSchema(
    {
        "org_id": pa.Column(str, pa.Check.str_matches(properties["org_id"]["pattern"])),
        "value": pa.Column(int, pa.Check.ge(properties["value"]["minimum"])),
        "as_of": pa.Column(
            str, pa.Check.str_matches(properties["as_of"]["pattern"]), nullable=True
        ),
    }
)
started = time.perf_counter()
frame = pd.read_csv(sys.argv[1], dtype={"org_id": str, "as_of": str})
try:
    schema.validate(frame, lazy=True)
    bad = 0
except pa.errors.SchemaErrors as errors:
    bad = errors.failure_cases["index"].nunique()
elapsed = time.perf_counter() - started
print(len(frame), bad, elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""

#: The rows of the CSV as JSON objects for the schema validators; PEER sets ``valid(row)``.
CSV_ROWS = """
import csv, itertools, json, resource, sys, time
schema = json.loads(sys.argv[2])
limit = int(sys.argv[3]) or None
def kinds(name):
    kind = schema["properties"][name]["type"]
    return kind if isinstance(kind, list) else [kind]
PEER
started = time.perf_counter()
rows = bad = 0
with open(sys.argv[1], newline="", encoding="utf-8") as file:
    reader = csv.reader(file)
    names = next(reader)
    integers = [name for name in names if "integer" in kinds(name)]
    nullable = [name for name in names if "null" in kinds(name)]
    for cells in itertools.islice(reader, limit):
        rows += 1
        row = dict(zip(names, cells))
        for name in integers:
            try:
                row[name] = int(row[name])
            except ValueError:
                pass
        for name in nullable:
            if row[name] == "":
                row[name] = None
        bad += not valid(row)
elapsed = time.perf_counter() - started
print(rows, bad, elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""

PEERS = {
    "csv+jsonschema_rs": (
        "jsonschema_rs",
        "import jsonschema_rs\nvalid = jsonschema_rs.validator_for(schema).is_valid",
    ),
    "csv+fastjsonschema": (
        "fastjsonschema",
        (
            "import fastjsonschema\n"
            "check = fastjsonschema.compile(schema)\n"
            "def valid(row):\n"
            "    try:\n"
            "        check(row)\n"
            "    except fastjsonschema.JsonSchemaException:\n"
            "        return False\n"
            "    return True\n"
        ),
    ),
    "csv+jsonschema": (
        "jsonschema",
        "import jsonschema\nvalid = jsonschema.Draft202012Validator(schema).is_valid\n",
    ),
}


class Result(NamedTuple):
    """One contender on one file: the best of its runs."""

    rows: int
    bad: int
    seconds: float
    peak: int

    @property
    def speed(self) -> float:
        """Rows per second."""
        return self.rows / self.seconds


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


def portable(committed: dict[str, Any]) -> dict[str, Any]:
    r"""*committed* with each pattern ending in ``$``, as RE2 (Arrow's, pandas') says "at the end".

    Python's ``$`` also matches before a final line break, which the
    committed ``$(?!\n)`` rules out; RE2's ``$`` matches at the end only and
    RE2 has no lookahead: the same rule, said as RE2 can take it.
    """
    changed: dict[str, Any] = json.loads(json.dumps(committed))
    for spec in changed["properties"].values():
        if spec.get("pattern", "").endswith(_PYTHON_END):
            spec["pattern"] = spec["pattern"].removesuffix(_PYTHON_END) + "$"
    return changed


#: How the committed patterns end: at the end of the text only, in Python's re.
_PYTHON_END = "$(?!\\n)"


def generate(path: Path, rows: int, bad_share: float = 0.01) -> None:
    """*rows* unique (org_id, as_of) rows, *bad_share* of them bad.

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
    third = bad_share / 3
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write(",".join(COLUMNS) + "\n")
        for index in range(rows):
            org = orgs[index % len(orgs)]
            as_of = (FIRST_DAY + dt.timedelta(days=index // len(orgs))).isoformat()
            value = str(rng.randrange(100, 2_000_000))
            bad = rng.random()
            if bad < third:
                value = "-" + value
            elif bad < 2 * third:
                as_of = as_of[:5] + "13" + as_of[7:]
            elif bad < bad_share:
                org = org + "-x"
            file.write(f"{org},{value},{as_of}\n")


def generate_unknown(path: Path, rows: int) -> None:
    """*rows* rows, each of a different organisation id that jplabour does not know."""
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write(",".join(COLUMNS) + "\n")
        file.writelines(f"unknown-{index},{index % 9000 + 100},2019\n" for index in range(rows))


def measure(script: str, *args: str) -> Result:
    """Run *script* in a fresh interpreter and read its figures."""
    out = subprocess.run(
        [sys.executable, "-c", script, *args], check=True, capture_output=True, text=True
    ).stdout.split()
    return Result(int(out[0]), int(out[1]), float(out[2]), int(out[3]))


def best(runs: list[Result]) -> Result:
    """The fastest of *runs*, with the highest peak of them."""
    fastest = min(runs, key=lambda run: run.seconds)
    return fastest._replace(peak=max(run.peak for run in runs))


def race(
    repeats: int, racers: dict[str, tuple[str, tuple[str, ...]]], path: Path
) -> dict[str, Result]:
    """The best of *repeats* runs of each contender on *path*, the contenders taking turns.

    Round after round, each contender runs once: a change in the machine's
    load falls on all of them alike, not on whoever runs then.
    """
    runs: dict[str, list[Result]] = {name: [] for name in racers}
    for _ in range(repeats):
        for name, (script, extra) in racers.items():
            runs[name].append(measure(script, str(path), *extra))
    return {name: best(results) for name, results in runs.items()}


def contenders(slow_rows: int) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Contender -> (script, extra arguments); peers not installed are left out with a note."""
    found: dict[str, tuple[str, tuple[str, ...]]] = {
        "csv.reader": (FLOOR, ()),
        "jplabour": (JPLABOUR, ()),
    }
    if importlib.util.find_spec("pyarrow") is not None:
        found["jplabour, without pyarrow"] = (JPLABOUR, ("python",))
    text = json.dumps(schema())
    if all(importlib.util.find_spec(name) for name in ("pandas", "pandera")):
        found["pandas+pandera"] = (PANDERA, (json.dumps(portable(schema())),))
        found["pandas+pandera, committed patterns"] = (PANDERA, (text,))
    else:
        print("skipped pandas+pandera: not installed (pip install -e '.[bench]')")
    for name, (module, setup) in PEERS.items():
        if importlib.util.find_spec(module) is None:
            print(f"skipped {name}: {module} is not installed (pip install -e '.[bench]')")
            continue
        limit = str(slow_rows) if name == "csv+jsonschema" else "0"
        found[name] = (CSV_ROWS.replace("PEER", setup), (text, limit))
    return found


def main() -> None:
    """Generate the files, race the contenders on each, print the table and the targets."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("rows", nargs="?", type=int, default=1_000_000)
    parser.add_argument("--slow-rows", type=int, default=200_000, help="0 for all")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    racers = contenders(args.slow_rows)
    results: dict[tuple[str, str], Result] = {}
    with tempfile.TemporaryDirectory() as directory:
        files = {
            "valid": Path(directory) / "valid.csv",
            "1% bad": Path(directory) / "bad.csv",
            "unknown ids": Path(directory) / "unknown.csv",
        }
        generate(files["valid"], args.rows, bad_share=0.0)
        generate(files["1% bad"], args.rows)
        generate_unknown(files["unknown ids"], args.rows)
        sizes = {name: path.stat().st_size / MIB for name, path in files.items()}
        for file_name, path in files.items():
            # The peers do not look ids up: on the unknown ids, nothing to compare.
            entered = {
                name: racer
                for name, racer in racers.items()
                if file_name != "unknown ids" or name.startswith(("csv.reader", "jplabour"))
            }
            for name, result in race(args.repeats, entered, path).items():
                results[file_name, name] = result
    print(f"Python {sys.version.split()[0]}; {args.rows:,} rows a file; best of {args.repeats}")
    print(", ".join(f"{name}: {size:.1f} MiB" for name, size in sizes.items()))
    print()
    print("| file | contender | rows | bad | seconds | rows/s | jplabour is | peak RSS |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for (file_name, name), result in results.items():
        ours = results[file_name, "jplabour"].speed
        shown = "" if name == "jplabour" else f"{ours / result.speed:.2f}x"
        print(
            f"| {file_name} | {name} | {result.rows:,} | {result.bad:,} | {result.seconds:.2f} "
            f"| {result.speed:,.0f} | {shown} | {result.peak / MIB:.1f} MiB |"
        )
    print()
    for peer, target in SPEED_TARGETS.items():
        if ("valid", peer) not in results:
            print(f"target: {target:.1f}x {peer}: not measured ({peer} is not installed)")
            continue
        ratio = results["valid", "jplabour"].speed / results["valid", peer].speed
        verdict = "met" if ratio >= target else "MISSED"
        print(f"target: at least {target:.1f}x {peer} on the valid file: {ratio:.2f}x, {verdict}")
    peak = max(result.peak for (_, name), result in results.items() if name == "jplabour")
    verdict = "met" if peak < MEMORY_TARGET else "MISSED"
    print(f"target: peak memory under {MEMORY_TARGET // MIB} MiB: {peak / MIB:.1f} MiB, {verdict}")


if __name__ == "__main__":
    main()
