"""The columnar core: the paths that read a chunk at once agree with the row-by-row ones."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jplabour.validator import CHUNK_ROWS, ValidationReport, validate, validate_columns

#: Cells that pass, fail, normalise, or break the plain-line reading (quotes, blanks, extra cells).
ORG = st.sampled_from(["rengo", "zenroren", "ua-zensen", "UA ZENSEN", "nope", "", " rengo"])
VALUE = st.sampled_from(["1", "0", "7000000", "-5", "１２", "1,767,000", "x", "", "00", "10" * 12])
DATE = st.sampled_from(["2019", "2019-10", "2019-10-01", "1950", "2019-13", "令和元年10月", ""])
ROW = st.tuples(ORG, VALUE, DATE).map(",".join) | st.sampled_from(
    ["", "rengo,1", "rengo,1,2019,extra", '"rengo","1","2019"', "rengo,1,2019-02-30"]
)


def _issues(report: ValidationReport) -> list[tuple[int, str, str, str]]:
    return [
        (issue.line, issue.column, issue.code, issue.message)
        for issue in (*report.errors, *report.warnings)
        if issue.code != "not-copied"
    ]


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(ROW, max_size=40), repeat=st.integers(1, 3))
def test_lines_split_into_columns_report_what_the_csv_module_reading_reports(
    rows: list[str], repeat: int
) -> None:
    """Without --normalize plain lines are split straight into columns; with it, read by csv.

    Both must give the same issues at the same lines and the same row count.
    """
    text = "org_id,value,as_of\n" + "\n".join(rows * repeat) + "\n"
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "m.csv"
        path.write_text(text, encoding="utf-8")
        split = validate(path, "memberships", max_errors=10_000)
        rowwise = validate(
            path, "memberships", max_errors=10_000, normalize=Path(directory) / "out.csv"
        )
    assert _issues(split) == _issues(rowwise)
    assert split.rows == rowwise.rows


def test_chunks_end_on_multiples_of_chunk_rows_and_keys_repeat_across_them(
    tmp_path: Path,
) -> None:
    """A duplicate key far from the first, across several chunks, is found at its line."""
    rows = [
        f"rengo,{index + 1},{1990 + index // 12}-{index % 12 + 1:02d}"
        for index in range(3 * CHUNK_ROWS)
    ]
    rows.append(rows[5])
    path = tmp_path / "m.csv"
    path.write_text("org_id,value,as_of\n" + "\n".join(rows) + "\n", encoding="utf-8")
    report = validate(path, "memberships")
    duplicates = [issue.line for issue in report.errors if issue.code == "duplicate-key"]
    assert duplicates == [len(rows) + 1]
    assert report.rows == len(rows)


def test_columns_give_the_same_report_as_the_same_rows() -> None:
    """validate_columns on a table's columns reports what validate reports on its rows."""
    rows = [
        {"org_id": "rengo", "value": "7000000", "as_of": "2019"},
        {"org_id": "nope", "value": "-1", "as_of": "2019-13"},
        {"org_id": "全労連", "value": 5, "as_of": "令和元年10月"},
        {"org_id": "rengo", "value": "7000000", "as_of": "2019"},
    ]
    columns = {name: [row[name] for row in rows] for name in ("org_id", "value", "as_of")}
    assert _issues(validate_columns(columns, "memberships")) == _issues(
        validate(rows, "memberships")
    )
    lines = [10, 11, 12, 13]
    shifted = validate_columns(columns, "memberships", lines)
    assert [issue[0] for issue in _issues(shifted)] == [
        lines[line - 1] for line, *_ in _issues(validate(rows, "memberships"))
    ]
