"""Benchmark: what looking for formulas without a saved value costs when a workbook is validated.

openpyxl reads a formula whose value was never saved as an empty cell, as
it reads an empty cell. jplabour looks such cells up again in a second,
formula read of the sheet, only for the cells that are in the sheet without
a value, and only when a worksheet holds a formula at all. Three workbooks
of ``org_id,value,as_of,note`` rows (20,000 by default), each validated
several times in this process (the fastest run counts):

- ``plain``: no cell without a value; read once;
- ``formatted empty cells``: every row's ``note`` cell is bold and empty
  (a bordered table), no formula: one scan of the XML's bytes, read once;
- ``... and one formula``: the same, and one formula without a saved value
  in the last row: the second read, from the first row on.

Prints seconds and rows/s and each workbook's time as a multiple of the
plain one's. openpyxl missing is a note (``pip install -e '.[excel]'``).

Run: ``python benchmarks/read_workbook.py [ROWS] [--repeats N]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import tempfile
import time
from pathlib import Path

import jplabour


def _workbook(path: Path, rows: int, *, formatted: bool, formula: bool) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["org_id", "value", "as_of", "note"])
    first = dt.date(1990, 1, 1)
    for index in range(rows):
        sheet.append(["rengo", index + 1, (first + dt.timedelta(days=index)).isoformat(), None])
    if formatted:
        bold = openpyxl.styles.Font(bold=True)
        for (cell,) in sheet.iter_rows(min_row=2, max_row=rows + 1, min_col=4, max_col=4):
            cell.font = bold
    if formula:
        sheet.cell(row=rows + 1, column=2).value = "=B2"
    book.save(path)
    return path


def main() -> None:
    """Make the workbooks, validate each, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="?", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    if importlib.util.find_spec("openpyxl") is None:
        print("skipped: openpyxl is not installed (pip install -e '.[excel]')")
        return
    kinds = {
        "plain": (False, False),
        "formatted empty cells": (True, False),
        "formatted empty cells and one formula": (True, True),
    }
    print(f"{args.rows:,} rows a workbook; best of {args.repeats}\n")
    print("| workbook | seconds | rows/s | errors | vs plain |")
    print("|---|---:|---:|---:|---:|")
    plain = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for at, (name, (formatted, formula)) in enumerate(kinds.items()):
            path = _workbook(
                Path(folder) / f"{at}.xlsx", args.rows, formatted=formatted, formula=formula
            )
            times = []
            for _ in range(args.repeats):
                started = time.perf_counter()
                report = jplabour.validate(path, "memberships")
                times.append(time.perf_counter() - started)
            seconds = min(times)
            plain = plain or seconds
            print(
                f"| {name} | {seconds:.2f} | {args.rows / seconds:,.0f} | "
                f"{report.error_count} | {seconds / plain:.2f}x |"
            )


if __name__ == "__main__":
    main()
