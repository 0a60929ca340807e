"""Issue 11's "done when", as a new user meets it: their own workbook and DataFrame, in one go.

Japanese headers (組合名, 組合員数, 時点), counts with 人, names instead of
ids, and emptied rows at the end: one command (or one call) with the column
mapping the first run suggests passes, or fails with errors at the exact
sheet row or frame row that say what to do; the cleaned copy has jplabour's
column names and every row.
"""

from __future__ import annotations

import ast
import csv
import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from jplabour import cli
from jplabour.validator import ValidationReport, validate

openpyxl = pytest.importorskip("openpyxl")
pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")
pa = pytest.importorskip("pyarrow")

HEADER = ["組合名", "組合員数", "時点"]
ROWS: list[list[Any]] = [
    ["UA ZENSEN", "1,767,000人", dt.date(2019, 10, 1)],
    ["JAM", "341,681 人", "2019年10月"],
    ["全労連", "569,285人", "令和元年10月"],
]
#: The same rows with a mistake in each column: a misspelt name, a count in words, no date.
MISTAKES: list[list[Any]] = [
    ["UA ZENSEM", "1,767,000人", dt.date(2019, 10, 1)],
    ["JAM", "三十万人", "2019年10月"],
    ["全労連", "569,285人", "FY2019"],
]
EXPECTED_COPY = [
    ["org_id", "value", "as_of"],
    ["ua-zensen", "1767000", "2019-10-01"],
    ["jam", "341681", "2019-10"],
    ["zenroren", "569285", "2019-10"],
]


def _workbook(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "2019年"
    for row in [HEADER, *rows, [None, None, None], ["", "", ""]]:
        sheet.append(row)
    book.save(path)
    return path


def _copy(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file))


def _errors(report: ValidationReport) -> list[tuple[int, str, str]]:
    return [(error.line, error.column, error.code) for error in report.errors]


def test_a_workbook_validates_in_one_command_with_the_suggested_mapping(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The first run suggests the --column options; pasted, one command passes and writes the copy."""
    book = _workbook(tmp_path / "組合員数.xlsx", ROWS)
    assert cli.main(["validate", str(book), "--table", "memberships"]) == 1
    first = capsys.readouterr().out
    suggested = re.search(r"add (--column .*)$", first, re.MULTILINE)
    assert suggested is not None
    options = suggested.group(1).split()
    clean = tmp_path / "clean.csv"
    argv = ["validate", str(book), "--table", "memberships", *options, "--normalize", str(clean)]
    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    assert "2 empty rows at the end (lines 5-6) ignored" in out
    assert "3 rows, 0 errors" in out
    assert _copy(clean) == EXPECTED_COPY


def test_a_workbook_with_mistakes_fails_at_its_sheet_rows_saying_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each error names the sheet row and the column, and its hint says what to do."""
    book = _workbook(tmp_path / "組合員数.xlsx", MISTAKES)
    argv = ["validate", str(book), "--table", "memberships"]
    for source, field in zip(HEADER, ("org_id", "value", "as_of"), strict=True):
        argv += ["--column", f"{source}={field}"]
    assert cli.main(argv) == 1
    errors = [line for line in capsys.readouterr().out.splitlines() if "warning" not in line]
    assert [line.split(" (")[0].split(": ")[0:2] for line in errors[:3]] == [
        [f"{book}:2", "org_id"],
        [f"{book}:3", "value"],
        [f"{book}:4", "as_of"],
    ]
    # Each says what to do: the id meant, the forms a count may take, the date to give.
    assert "did you mean ua-zensen?" in errors[0]
    assert "(e.g. 120万, 56万9285, 1.5万)" in errors[1]
    assert "give the date the figure is as of" in errors[2]


def _frames(rows: list[list[Any]]) -> list[Any]:
    columns = {name: [row[at] for row in rows] + [None, None] for at, name in enumerate(HEADER)}
    frame = pd.DataFrame(columns, index=[f"r{at}" for at in range(len(rows) + 2)])
    plain = {
        name: [cell if cell is None else str(cell) for cell in cells]
        for name, cells in columns.items()
    }
    return [frame, pl.DataFrame(plain), pa.table(plain)]


@pytest.mark.parametrize("library", ["pandas", "polars", "arrow"])
def test_a_dataframe_validates_in_one_call_with_the_suggested_mapping(
    library: str, tmp_path: Path
) -> None:
    """The first call suggests columns={...}; passed, one call is valid and writes the copy."""
    frame = _frames(ROWS)[["pandas", "polars", "arrow"].index(library)]
    first = validate(frame, "memberships")
    suggested = re.search(r"pass columns=(\{.*\})", first.errors[0].hint)
    assert suggested is not None
    columns = ast.literal_eval(suggested.group(1))
    clean = tmp_path / "clean.csv"
    report = validate(frame, "memberships", columns=columns, normalize=clean)
    assert (report.valid, report.rows) == (True, 3)
    assert [w.code for w in report.warnings].count("empty-rows") == 1
    assert validate(
        frame, "memberships", columns=columns
    ).valid  # without a copy: the columnar path
    copy = _copy(clean)
    assert copy[0] == EXPECTED_COPY[0]
    assert [row[:2] for row in copy] == [row[:2] for row in EXPECTED_COPY]
    assert len(copy) == 4


def test_a_dataframe_with_mistakes_fails_at_its_rows_and_index_labels() -> None:
    """Each error names the row's position and (pandas) its index label, and says what to do."""
    columns = dict(zip(HEADER, ("org_id", "value", "as_of"), strict=True))
    reports = [validate(frame, "memberships", columns=columns) for frame in _frames(MISTAKES)]
    for report in reports:
        assert _errors(report) == [
            (1, "org_id", "unknown-organization"),
            (2, "value", "kanji-number"),
            (3, "as_of", "fiscal-year"),
        ]
    assert [error.label for error in reports[0].errors] == ["r0", "r1", "r2"]


def test_the_cleaned_copy_opens_in_pandas_and_duckdb_with_our_column_names(tmp_path: Path) -> None:
    """The copy a user takes on: pandas and duckdb read its header (the BOM not in a name) and rows."""
    duckdb = pytest.importorskip("duckdb")
    book = _workbook(tmp_path / "組合員数.xlsx", ROWS)
    columns = dict(zip(HEADER, ("org_id", "value", "as_of"), strict=True))
    clean = tmp_path / "clean.csv"
    assert validate(book, "memberships", columns=columns, normalize=clean).valid
    frame = pd.read_csv(clean, dtype=str, keep_default_na=False)
    assert [list(frame.columns), *frame.to_numpy().tolist()] == EXPECTED_COPY
    relation = duckdb.read_csv(str(clean), all_varchar=True)
    assert [list(relation.columns), *map(list, relation.fetchall())] == EXPECTED_COPY
