r"""Benchmark: jplabour validates DataFrames and Arrow tables, raced against pandera on the same data.

Builds ``org_id,value,as_of`` rows (1,000,000 by default) with the generator
of ``benchmarks/validate_memberships.py``: a valid table, and one with about
1% bad rows. Each is read before the clocks start, as a user has it: a
pandas DataFrame (``pandas.read_csv``: ``org_id`` and ``as_of`` as pandas'
default strings, ``value`` as int64), a polars DataFrame (``polars.read_csv``)
and a pyarrow Table (``pyarrow.csv.read_csv``). Then, in the same process,
each contender several times on the same object, the contenders taking
turns (the fastest run counts):

- ``jplabour``: :func:`jplabour.validate` on the object: the column rules,
  references to jplabour's organisations (names resolved), duplicate keys,
  lifetimes and parents' totals;
- ``pandera``: a ``DataFrameSchema`` of the same column rules as that
  benchmark's (``org_id`` and ``as_of`` patterns of the committed schema,
  ``value`` an integer of at least 0), validated lazily (all failures
  collected). The committed patterns end in ``$(?!\n)``, which keeps
  Python's ``$`` from matching before a final line break; the RE2 engine of
  Arrow and the regex engine of polars have no lookahead, and their ``$``
  matches only at the end already, so pandera gets the same patterns ending
  in ``$``: the same rule, on its vectorised path. ``pandera, committed
  patterns`` runs them as committed (pandas then falls back to Python's
  ``re``, a cell at a time), for comparison with earlier figures;
- for a polars frame, pandera's polars backend; for an Arrow table, which
  pandera cannot validate, pandera's pandas backend on the pandas frame of
  the same data (said in the table).

Prints a table per data set: rows/s, what each found, and jplabour's speed
as a multiple of each contender's, then the target: at least 1.0x the
fastest pandera on the valid pandas frame. A library or pandera that is not
installed is a note, not an error (``pip install -e '.[bench]'``).

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

#: jplabour's speed on the valid pandas frame as a multiple of the fastest pandera's.
TARGET = 1.0
#: What Python's ``re`` needs to end a match at the end only, and what RE2 and polars say instead.
_PYTHON_END, _PORTABLE_END = "$(?!\\n)", "$"


def _memberships_benchmark() -> ModuleType:
    """benchmarks/validate_memberships.py, for its generator and schema."""
    path = Path(__file__).resolve().parent / "validate_memberships.py"
    spec = importlib.util.spec_from_file_location("validate_memberships", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _installed(*names: str) -> bool:
    return all(importlib.util.find_spec(name) is not None for name in names)


def _patterns(properties: dict[str, Any], *, portable: bool) -> dict[str, str]:
    """The org_id and as_of patterns, as committed or ending in a plain ``$``."""
    return {
        name: properties[name]["pattern"].replace(_PYTHON_END, _PORTABLE_END)
        if portable
        else properties[name]["pattern"]
        for name in ("org_id", "as_of")
    }


def _pandera(backend: str, patterns: dict[str, str], least: int) -> Callable[[Any], int]:
    """Pandera's check of the three column rules (its ``pandas`` or ``polars`` backend): bad rows."""
    pa = importlib.import_module(f"pandera.{backend}")
    schema = pa.DataFrameSchema(
        {
            "org_id": pa.Column(str, pa.Check.str_matches(patterns["org_id"])),
            "value": pa.Column(int, pa.Check.ge(least)),
            "as_of": pa.Column(str, pa.Check.str_matches(patterns["as_of"]), nullable=True),
        }
    )

    def check(frame: Any) -> int:
        try:
            schema.validate(frame, lazy=True)
        except pa.errors.SchemaErrors as errors:
            rows = errors.failure_cases["index"]
            return int(rows.nunique() if backend == "pandas" else rows.n_unique())
        return 0

    return check


def _jplabour(data: Any) -> int:
    return jplabour.validate(data, "memberships").error_count


#: A contender: (library of the data, name, check, which data it is given).
_Contender = tuple[str, str, Callable[[Any], int], str]


def _race(
    repeats: int, contenders: list[_Contender], data: dict[str, Any]
) -> list[tuple[float, int]]:
    """Each contender's fastest of *repeats* runs on its data, and what it found.

    The runs take turns (every contender once, then again), so that a change
    in the machine's load falls on all of them alike.
    """
    times: list[list[float]] = [[] for _ in contenders]
    found = [0] * len(contenders)
    for _ in range(repeats):
        for at, (_, _, check, given) in enumerate(contenders):
            started = time.perf_counter()
            found[at] = check(data[given])
            times[at].append(time.perf_counter() - started)
    return [(min(runs), count) for runs, count in zip(times, found, strict=True)]


def _contenders(properties: dict[str, Any]) -> list[_Contender]:
    """The contenders whose libraries are installed; a note for each one left out."""
    least = properties["value"]["minimum"]
    portable = _patterns(properties, portable=True)
    found: list[_Contender] = [("pandas", "jplabour", _jplabour, "pandas")]
    pandera = _installed("pandera")
    if not pandera:
        print("note: pandera is not installed (pip install -e '.[bench]'): jplabour runs alone")
    else:
        found.append(("pandas", "pandera", _pandera("pandas", portable, least), "pandas"))
        committed = _pandera("pandas", _patterns(properties, portable=False), least)
        found.append(("pandas", "pandera, committed patterns", committed, "pandas"))
    if _installed("polars"):
        found.append(("polars", "jplabour", _jplabour, "polars"))
        if pandera:
            found.append(("polars", "pandera", _pandera("polars", portable, least), "polars"))
    else:
        print("note: polars is not installed: no polars frame")
    if _installed("pyarrow"):
        found.append(("arrow", "jplabour", _jplabour, "arrow"))
        if pandera:
            # pandera validates no Arrow table: its pandas backend gets the same data as pandas.
            found.append(("arrow", "pandera on its pandas frame", found[1][2], "pandas"))
    else:
        print("note: pyarrow is not installed: no Arrow table")
    return found


def _read(path: Path) -> dict[str, Any]:
    """The generated CSV as each installed library reads it."""
    import pandas as pd

    data: dict[str, Any] = {"pandas": pd.read_csv(path, dtype={"org_id": str, "as_of": str})}
    if _installed("polars"):
        import polars as pl

        data["polars"] = pl.read_csv(
            path, schema_overrides={"org_id": pl.String, "as_of": pl.String}
        )
    if _installed("pyarrow"):
        from pyarrow import csv

        options = csv.ConvertOptions(column_types={"org_id": "string", "as_of": "string"})
        data["arrow"] = csv.read_csv(path, convert_options=options)
    return data


def main() -> None:
    """Generate the tables, race the contenders, print the tables and the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="?", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    memberships = _memberships_benchmark()
    contenders = _contenders(memberships.schema()["properties"])
    print(f"Python {sys.version.split()[0]}; {args.rows:,} rows; best of {args.repeats}")
    met = True
    with tempfile.TemporaryDirectory() as folder:
        for name, share in (("valid", 0.0), ("1% bad", 0.01)):
            path = Path(folder) / "memberships.csv"
            memberships.generate(path, args.rows, share)
            data = _read(path)
            print(f"\n{name} data, {args.rows:,} rows\n")
            print("| data | contender | rows/s | found | jplabour is |")
            print("|---|---|---:|---:|---:|")
            ours: dict[str, float] = {}
            fastest: dict[str, float] = {}
            results = _race(args.repeats, contenders, data)
            for (library, contender, _, _), (seconds, count) in zip(
                contenders, results, strict=True
            ):
                found = f"{count:,} {'errors' if contender == 'jplabour' else 'bad rows'}"
                if contender == "jplabour":
                    ours[library] = seconds
                    ratio = ""
                else:
                    ratio = f"{seconds / ours[library]:.2f}x"
                    fastest[library] = min(fastest.get(library, seconds), seconds)
                rate = f"{args.rows / seconds:,.0f}"
                print(f"| {library} | {contender} | {rate} | {found} | {ratio} |")
            if share == 0.0 and "pandas" in fastest:
                ratio = fastest["pandas"] / ours["pandas"]
                met = ratio >= TARGET
                print(
                    f"\njplabour is {ratio:.2f}x the fastest pandera on the valid pandas frame: "
                    f"target {TARGET:.1f}x {'met' if met else 'NOT met'}"
                )
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
