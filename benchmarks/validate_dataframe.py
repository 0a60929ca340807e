"""Benchmark: jplabour validates a pandas DataFrame, raced against pandera on the same frame.

Builds one in-memory DataFrame of ``org_id,value,as_of`` rows (1,000,000 by
default) with the generator of ``benchmarks/validate_memberships.py``: a
valid one, and one with about 1% bad rows. Then, in the same process, on the
same frame, each contender several times (the fastest run counts):

- ``pandera``: a ``DataFrameSchema`` of the same column rules as that
  benchmark's (``org_id`` and ``as_of`` patterns of the committed schema,
  ``value`` an integer of at least 0), validated lazily (all failures
  collected);
- ``jplabour``: :func:`jplabour.validate` on the frame: the column rules,
  references to jplabour's organisations, duplicate keys, lifetimes and
  parents' totals, column by column.

The frame is read from the generated CSV before the clocks start, as a user
has it (``org_id`` and ``as_of`` as strings, ``value`` as int64). Prints
rows/s, jplabour's speed as a multiple of pandera's, and the target: at
least 1.0x on the valid frame. pandera missing is a note, not an error
(``pip install -e '.[bench]'``).

Run: ``python benchmarks/validate_dataframe.py [ROWS] [--repeats N]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import jplabour

#: jplabour's speed on the valid frame as a multiple of pandera's.
TARGET = 1.0


def _memberships_benchmark() -> ModuleType:
    """benchmarks/validate_memberships.py, for its generator and schema."""
    path = Path(__file__).resolve().parent / "validate_memberships.py"
    spec = importlib.util.spec_from_file_location("validate_memberships", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pandera(properties: dict[str, Any]) -> Callable[[Any], int] | None:
    """Pandera's check of the three column rules: the number of bad rows; None when not installed."""
    if importlib.util.find_spec("pandera") is None:
        print("skipped pandera: not installed (pip install -e '.[bench]')")
        return None
    import pandera.pandas as pa

    schema = pa.DataFrameSchema(
        {
            "org_id": pa.Column(str, pa.Check.str_matches(properties["org_id"]["pattern"])),
            "value": pa.Column(int, pa.Check.ge(properties["value"]["minimum"])),
            "as_of": pa.Column(
                str, pa.Check.str_matches(properties["as_of"]["pattern"]), nullable=True
            ),
        }
    )

    def check(frame: Any) -> int:
        try:
            schema.validate(frame, lazy=True)
        except pa.errors.SchemaErrors as errors:
            return int(errors.failure_cases["index"].nunique())
        return 0

    return check


def _jplabour(frame: Any) -> int:
    return jplabour.validate(frame, "memberships").error_count


def _best(repeats: int, check: Callable[[Any], int], frame: Any) -> tuple[float, int]:
    """The fastest of *repeats* runs of *check* on *frame*, and what it found."""
    times = []
    found = 0
    for _ in range(repeats):
        started = time.perf_counter()
        found = check(frame)
        times.append(time.perf_counter() - started)
    return min(times), found


def main() -> None:
    """Generate the frames, race the contenders, print the table and the target."""
    import pandas as pd

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="?", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    memberships = _memberships_benchmark()
    pandera = _pandera(memberships.schema()["properties"])
    met = True
    with tempfile.TemporaryDirectory() as folder:
        for name, share in (("valid", 0.0), ("1% bad", 0.01)):
            path = Path(folder) / "memberships.csv"
            memberships.generate(path, args.rows, share)
            frame = pd.read_csv(path, dtype={"org_id": str, "as_of": str})
            print(f"\n{name} frame, {len(frame):,} rows")
            ours, errors = _best(args.repeats, _jplabour, frame)
            print(f"  {'jplabour':<10} {len(frame) / ours:>12,.0f} rows/s  {errors:>7,} errors")
            if pandera is None:
                continue
            theirs, bad = _best(args.repeats, pandera, frame)
            ratio = theirs / ours
            print(f"  {'pandera':<10} {len(frame) / theirs:>12,.0f} rows/s  {bad:>7,} bad rows")
            print(f"  jplabour is {ratio:.2f}x pandera")
            if share == 0.0:
                met = ratio >= TARGET
                print(f"  target {TARGET:.1f}x: {'met' if met else 'NOT met'}")
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
