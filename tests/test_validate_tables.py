"""Validating the tables people have: their own columns, DataFrames, workbooks, spreadsheet habits."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import itertools
import json
import re
import shlex
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import jplabour
from jplabour import cli
from jplabour.errors import UnusableInputError
from jplabour.validator import ERRORS_SHOWN, Issue, ValidationReport, validate

pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")
pa = pytest.importorskip("pyarrow")
openpyxl = pytest.importorskip("openpyxl")

DOCS = Path(__file__).resolve().parent.parent / "docs" / "validator.md"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = cli.main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _codes(report: ValidationReport) -> list[tuple[int, str, str]]:
    return [(issue.line, issue.column, issue.code) for issue in report.errors + report.warnings]


# --- the documented example, run as printed -------------------------------------------------


def _section(title: str) -> str:
    text = DOCS.read_text(encoding="utf-8").split(f"## {title}", 1)[1]
    return text.split("\n## ", 1)[0]


def _blocks(section: str) -> list[tuple[str, str]]:
    """(language, body) of each fenced block of *section*, in order."""
    return re.findall(r"```(\w*)\n(.*?)```", section, re.DOTALL)


def _run_session(session: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """Run a console block: jplabour commands, echo $?, cat FILE; each output compared."""
    steps: list[tuple[str, str]] = []
    for line in session.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], ""))
        else:
            command, output = steps[-1]
            steps[-1] = (command, output + line + "\n")
    status = None
    for command, expected in steps:
        argv = shlex.split(command)
        if argv[0] == "jplabour":
            status, out, _ = _cli(capsys, *argv[1:])
            assert out == expected, command
        elif argv == ["echo", "$?"]:
            assert f"{status}\n" == expected
        else:
            assert argv[0] == "cat"
            assert Path(argv[1]).read_text(encoding="utf-8-sig") == expected
    return [command.split()[0] for command, _ in steps]


def _run_python(code: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "<docs>", "exec"), {"__name__": "__docs__"})  # noqa: S102 -- the docs' own code
    return out.getvalue()


def test_the_workbook_example_runs_as_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/validator.md's workbook and DataFrame example: every command's output as printed."""
    monkeypatch.chdir(tmp_path)
    blocks = _blocks(_section("Worked example: a workbook with Japanese headers, and a DataFrame"))
    assert [language for language, _ in blocks] == ["python", "console", "python", "text"]
    assert _run_python(blocks[0][1]) == ""
    assert _run_session(blocks[1][1], capsys) == ["jplabour", "echo", "jplabour", "echo", "cat"]
    assert _run_python(blocks[2][1]) == blocks[3][1]


# --- column mapping --------------------------------------------------------------------------


def test_a_suggested_mapping_pasted_back_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """English headers: the missing-column hint's --column options, pasted, make the file valid."""
    path = _write(tmp_path, "m.csv", 'Organisation,Members,As of\nUA ZENSEN,"1,767,000",2019-10\n')
    status, out, _ = _cli(capsys, "validate", str(path), "--table", "memberships")
    assert status == 1
    first = next(line for line in out.splitlines() if "(missing-column)" in line)
    options = first.split("if these columns are meant, add ", 1)[1]
    assert options == "--column Organisation=org_id --column Members=value"
    status, out, _ = _cli(
        capsys, "validate", str(path), "--table", "memberships", *shlex.split(options)
    )
    assert status == 0
    assert out.splitlines()[-1].endswith("1 row, 0 errors, 2 warnings: valid")


def test_suggestions_are_never_applied() -> None:
    """A likely mapping is only suggested: without columns=, the columns are missing."""
    report = validate([{"組合名": "UA ZENSEN", "組合員数": 1, "時点": "2019"}], "memberships")
    assert not report.valid
    rows = [{"組合名": "UA ZENSEN", "組合員数": 1, "時点": "2019"}]
    mapped = validate(
        rows, "memberships", columns={"組合名": "org_id", "組合員数": "value", "時点": "as_of"}
    )
    assert mapped.valid


def test_python_gets_a_columns_argument_suggestion() -> None:
    """A DataFrame's missing-column hint is a columns={...} argument, ready to paste."""
    frame = pd.DataFrame({"組合名": ["UA ZENSEN"], "組合員数": [1767000], "時点": ["2019-10"]})
    report = validate(frame, "memberships")
    hint = report.errors[0].hint
    assert "pass columns={'組合名': 'org_id', '組合員数': 'value', '時点': 'as_of'}" in hint
    assert report.errors[0].line == 0
    assert report.render().splitlines()[0].startswith("<pandas DataFrame>:header: org_id:")


@pytest.mark.parametrize(
    ("options", "says"),
    [
        (["--column", "組合名=orgid"], "has no column 'orgid' (did you mean org_id?)"),
        (["--column", "組合=org_id"], "no column '組合' in the header (it has '組合名'"),
        (["--column", "組合名=org_id", "--column", "組合員数=org_id"], "mapped to org_id"),
        (["--column", "組合名=org_id", "--column", "組合名=value"], "mapped twice"),
        (["--column", "org_id"], "SOURCE=FIELD"),
    ],
)
def test_bad_mappings_are_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str], says: str
) -> None:
    """A mapping onto no field, from no column, or twice onto one field: exit 2, one line."""
    path = _write(tmp_path, "m.csv", "組合名,組合員数,時点\nJAM,1,2019\n")
    with contextlib.suppress(SystemExit):  # argparse's own usage error exits 2
        status, _, err = _cli(capsys, "validate", str(path), "--table", "memberships", *options)
        assert status == 2
        assert len(err.strip().splitlines()) == 1
        assert says in err
        return
    assert says in capsys.readouterr().err


def test_mapped_columns_are_checked_as_their_field_and_named_so_in_the_copy(
    tmp_path: Path,
) -> None:
    """A mapped column is read as its field; the cleaned copy has the field's name, others as written."""
    path = _write(tmp_path, "m.csv", "組合名,数,年月,備考\n全労連,１２０万,2019/10,x\n,,,\n")
    out = tmp_path / "clean.csv"
    report = validate(
        path,
        "memberships",
        columns={"組合名": "org_id", "数": "value", "年月": "as_of"},
        normalize=out,
    )
    assert report.valid
    assert (
        out.read_text(encoding="utf-8-sig")
        == "org_id,value,as_of,備考\nzenroren,1200000,2019-10,x\n"
    )


def test_json_rows_are_mapped_by_their_keys(tmp_path: Path) -> None:
    """JSON objects' keys are mapped too, and the cleaned copy uses the fields' names."""
    path = _write(tmp_path, "m.jsonl", '{"name": "JAM", "n": "341,681人", "at": "2019-10"}\n')
    out = tmp_path / "clean.jsonl"
    report = validate(
        path, "memberships", columns={"name": "org_id", "n": "value", "at": "as_of"}, normalize=out
    )
    assert report.valid
    assert json.loads(out.read_text(encoding="utf-8")) == {
        "org_id": "jam",
        "value": 341681,
        "as_of": "2019-10",
    }


# --- DataFrames and Arrow tables ---------------------------------------------------------------


def test_a_one_row_frame_is_one_row() -> None:
    """The reported complaint: a one-row DataFrame was iterated by its column names (rows=3)."""
    frame = pd.DataFrame({"org_id": ["ua-zensen"], "value": [1767000.0], "as_of": ["2019-10"]})
    report = jplabour.validate(frame, "memberships")
    assert (report.rows, report.valid, report.warning_count) == (1, True, 0)


def test_records_with_floats_and_nan_validate() -> None:
    """df.to_dict('records') gives 1767000.0 and nan: a count and an empty cell."""
    frame = pd.DataFrame(
        {
            "org_id": ["ua-zensen", "jam"],
            "value": [1767000.0, float("nan")],
            "as_of": ["2019-10"] * 2,
        }
    )
    report = validate(frame.to_dict("records"), "memberships")
    assert _codes(report) == [(2, "value", "missing-value")]


FRAME = {
    "org_id": ["UA ZENSEN", "Jichiroren", "jam", None],
    "value": [1767000.0, 138655.0, float("nan"), 5.5],
    "as_of": [dt.date(2019, 10, 1), dt.date(2019, 1, 1), None, dt.date(2019, 1, 1)],
}


def test_issues_name_the_index_label_and_the_position() -> None:
    """Each issue of a pandas frame has its row's position from 1 and its index label."""
    frame = pd.DataFrame(FRAME, index=pd.Index([10, 20, 30, 40], name="row"))
    report = validate(frame, "memberships")
    assert [(i.line, i.label, i.column, i.code) for i in report.errors] == [
        (2, "20", "org_id", "ambiguous-name"),
        (3, "30", "value", "missing-value"),
        (3, "30", "as_of", "missing-value"),
        (4, "40", "org_id", "missing-value"),
        (4, "40", "value", "not-integer"),
    ]
    assert report.errors[0].to_dict()["label"] == "20"
    assert "<pandas DataFrame>:2 [index '20']: org_id:" in report.render()


def test_pandas_polars_and_arrow_give_the_same_report() -> None:
    """Differential: the same data from each library, the same issues (Arrow and polars without labels)."""
    expected = _codes(validate(pd.DataFrame(FRAME), "memberships"))
    assert expected
    for frame in (pl.DataFrame(FRAME), pa.table(FRAME)):
        assert _codes(validate(frame, "memberships")) == expected
    rows = [dict(zip(FRAME, values, strict=True)) for values in zip(*FRAME.values(), strict=True)]
    assert _codes(validate(rows, "memberships")) == expected


def test_a_frame_is_never_modified_and_its_copy_has_every_row(tmp_path: Path) -> None:
    """normalize= writes a CSV copy with the fields' names and every row; the frame is unchanged."""
    frame = pd.DataFrame(
        {
            "Org": ["UA ZENSEN", "X"],
            "n": [1767000.0, 2.0],
            "as_of": pd.to_datetime(["2019-10-01"] * 2),
        }
    )
    before = frame.copy()
    out = tmp_path / "clean.csv"
    validate(frame, "memberships", columns={"Org": "org_id", "n": "value"}, normalize=out)
    pd.testing.assert_frame_equal(frame, before)
    assert out.read_text(encoding="utf-8-sig") == (
        "org_id,value,as_of\nua-zensen,1767000,2019-10-01\nX,2,2019-10-01\n"
    )
    with pytest.raises(UnusableInputError, match=r"name a \.csv or \.tsv file"):
        validate(frame, "memberships", normalize=tmp_path / "clean.xlsx")


def test_options_that_do_not_apply_are_refused() -> None:
    """An encoding or a sheet with a DataFrame, normalize with rows: ValueError; a Series: TypeError."""
    frame = pd.DataFrame({"org_id": ["jam"]})
    with pytest.raises(ValueError, match="apply to a file"):
        validate(frame, "memberships", encoding="utf-8")
    with pytest.raises(ValueError, match="apply to a file"):
        validate(frame, "memberships", sheet="x")
    with pytest.raises(ValueError, match="normalize applies"):
        validate([{}], "memberships", normalize="x.csv")
    with pytest.raises(TypeError, match="to_frame"):
        validate(frame["org_id"], "memberships")


# --- Excel workbooks ---------------------------------------------------------------------------


def _book(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_a_workbook_sheet_by_name_with_its_row_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--sheet picks the sheet; a header below a title row keeps the sheet's numbering."""
    path = _book(
        tmp_path / "m.xlsx",
        {
            "notes": [["nothing here"]],
            "2019": [[None], ["org_id", "value", "as_of"], ["jam", "x", dt.datetime(2019, 10, 1)]],  # noqa: DTZ001
        },
    )
    status, out, _ = _cli(
        capsys, "validate", str(path), "--table", "memberships", "--sheet", "2019"
    )
    assert status == 1
    assert out.splitlines()[0] == f"{path}:3: value: not a count: 'x' (not-a-number)"
    status, _, err = _cli(
        capsys, "validate", str(path), "--table", "memberships", "--sheet", "2020"
    )
    assert status == 2
    assert err.strip().endswith(f"{path}: no worksheet '2020'; the workbook has 'notes', '2019'")


@pytest.mark.parametrize(
    ("name", "data"),
    [("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512), ("sheet.ods", b"PK\x03\x04")],
)
def test_legacy_and_opendocument_spreadsheets_are_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes
) -> None:
    """.xls and .ods: one line saying to save as .xlsx or CSV, exit 2, never 'not a text table'."""
    path = tmp_path / name
    path.write_bytes(data)
    status, out, err = _cli(capsys, "validate", str(path), "--table", "memberships")
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert "save it as .xlsx" in err


def test_without_openpyxl_exit_2_names_the_extra(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No openpyxl: one line with pip install "jplabour[excel]", exit 2."""
    path = _book(tmp_path / "m.xlsx", {"a": [["org_id"]]})
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    status, _, err = _cli(capsys, "validate", str(path), "--table", "memberships")
    assert status == 2
    assert len(err.splitlines()) == 1
    assert err.strip().endswith(
        f'{path}: reading an Excel workbook needs openpyxl: pip install "jplabour[excel]"'
    )


def test_sheet_on_a_text_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--sheet names a sheet of a workbook: with a CSV it is exit 2."""
    path = _write(tmp_path, "m.csv", "org_id,value,as_of\n")
    status, _, err = _cli(capsys, "validate", str(path), "--table", "memberships", "--sheet", "a")
    assert status == 2
    assert "--sheet names a sheet of an .xlsx workbook" in err


def test_a_workbook_is_never_modified(tmp_path: Path) -> None:
    """The workbook's bytes are the same after a run with --normalize."""
    path = _book(tmp_path / "m.xlsx", {"a": [["org_id", "value", "as_of"], ["JAM", "1人", 2019]]})
    before = path.read_bytes()
    validate(path, "memberships", normalize=tmp_path / "clean.csv")
    assert path.read_bytes() == before
    assert (tmp_path / "clean.csv").read_text(encoding="utf-8-sig") == (
        "org_id,value,as_of\njam,1,2019\n"
    )


# --- spreadsheet habits -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "text", "code", "says"),
    [
        ("value", "569,285 人", "normalized", "read '569,285 人' as 569285: the unit 人 dropped"),
        ("value", "1,000人員", "normalized", "the unit 人員 dropped"),
        ("value", "120万", "normalized", "read '120万' as 1200000: 万 as 10,000"),
        ("value", "3千名", "normalized", "千 as 1,000, the unit 名 dropped"),
        ("unit", "organizations", "spelling", "read 'organizations' as organisations"),
        ("as_of", "Oct 2019", "normalized", "read 'Oct 2019' as 2019-10"),
        ("as_of", "October 2019", "normalized", "as 2019-10"),
        ("as_of", "2019 Oct", "normalized", "as 2019-10"),
    ],
)
def test_each_habit_is_read_with_a_warning_naming_what_was_read(
    column: str, text: str, code: str, says: str
) -> None:
    """Each spreadsheet habit is read, never silently: a warning says what it was read as."""
    row = {"org_id": "jam", "value": "1", "as_of": "2019-10", column: text}
    report = validate([row], "memberships")
    assert report.valid
    (warning,) = report.warnings
    assert (warning.column, warning.code) == (column, code)
    assert says in warning.message


@pytest.mark.parametrize(
    ("text", "code", "says"),
    [
        ("Oct-19", "ambiguous-date", "mmm-yy"),
        ("FY2019", "fiscal-year", "2019-04 to 2020-03"),
        ("2019年度", "fiscal-year", "2019-04 to 2020-03"),
        ("令和元年度", "fiscal-year", "2019-04 to 2020-03"),
    ],
)
def test_ambiguous_dates_and_fiscal_years_are_specific_errors(
    text: str, code: str, says: str
) -> None:
    """Oct-19 and fiscal years are errors that say why, not 'not an era date'."""
    report = validate([{"org_id": "jam", "value": "1", "as_of": text}], "memberships")
    (error,) = report.errors
    assert (error.column, error.code) == ("as_of", code)
    assert says in error.message
    assert "era date" not in error.message


def test_an_approximate_figure_marks_the_row_approximate(tmp_path: Path) -> None:
    """約 / ~ / ca. with an approximate column: a warning, and approximate true in the copy."""
    path = _write(
        tmp_path,
        "m.csv",
        "org_id,value,as_of,approximate\njam,約34万,2019-10,false\nua-zensen,ca. 1767000,2019-10,\n",
    )
    out = tmp_path / "clean.csv"
    report = validate(path, "memberships", normalize=out)
    assert report.valid
    assert [w.code for w in report.warnings] == ["approximate", "approximate"]
    assert "read '約34万' as approximately 340000" in report.warnings[0].message
    assert out.read_text(encoding="utf-8-sig") == (
        "org_id,value,as_of,approximate\njam,340000,2019-10,true\nua-zensen,1767000,2019-10,true\n"
    )


def test_an_approximate_figure_without_an_approximate_column_is_an_error(tmp_path: Path) -> None:
    """Without a column to record it, an approximation would be lost: an error saying what to add."""
    path = _write(tmp_path, "m.csv", "org_id,value,as_of\njam,約34万,2019-10\n")
    report = validate(path, "memberships")
    (error,) = report.errors
    assert error.code == "approximate"
    assert "add an approximate column" in error.hint


def test_trailing_empty_rows_are_ignored_with_one_warning(tmp_path: Path) -> None:
    """,,,,, rows at the end: one warning naming their lines; not rows, not in the copy."""
    path = _write(tmp_path, "m.csv", "org_id,value,as_of\njam,1,2019\n,,\n, ,\n,,\n")
    out = tmp_path / "clean.csv"
    report = validate(path, "memberships", normalize=out)
    assert report.valid
    assert report.rows == 1
    assert [(w.line, w.code, w.message) for w in report.warnings] == [
        (3, "empty-rows", "3 empty rows at the end (lines 3-5) ignored")
    ]
    assert out.read_text(encoding="utf-8-sig") == "org_id,value,as_of\njam,1,2019\n"


def test_empty_rows_before_a_value_are_rows(tmp_path: Path) -> None:
    """An empty row followed by one with values is a row of missing values, in its place."""
    path = _write(tmp_path, "m.csv", "org_id,value,as_of\n,,\njam,1,2019\n")
    report = validate(path, "memberships")
    assert report.rows == 2
    assert [(e.line, e.column) for e in report.errors] == [
        (2, "org_id"),
        (2, "value"),
        (2, "as_of"),
    ]


def test_empty_rows_boundary_one_value_makes_a_row(tmp_path: Path) -> None:
    """The last ignored: a row of empty cells; the first checked: one cell with a value."""
    ignored = validate(
        _write(tmp_path, "a.csv", "org_id,value,as_of\njam,1,2019\n,,\n"), "memberships"
    )
    checked = validate(
        _write(tmp_path, "b.csv", "org_id,value,as_of\njam,1,2019\n,,x\n"), "memberships"
    )
    assert (ignored.rows, ignored.valid) == (1, True)
    assert (checked.rows, checked.valid) == (2, False)


def test_empty_frame_rows_at_the_end_are_ignored_too() -> None:
    """A DataFrame's all-NaN rows at the end are the same spreadsheet filler."""
    frame = pd.DataFrame(
        {"org_id": ["jam", None], "value": [1.0, float("nan")], "as_of": ["2019", None]}
    )
    report = validate(frame, "memberships")
    assert (report.rows, [w.code for w in report.warnings]) == (1, ["empty-rows"])


# --- output people can act on ---------------------------------------------------------------------


def test_large_outputs_are_summarised_and_never_undercounted(tmp_path: Path) -> None:
    """300 errors of one kind: 50 listed, the rest counted in one line, and the total says 300."""
    rows = "".join(f"jam,x,{1990 + i % 30}\n" for i in range(300))
    report = validate(_write(tmp_path, "m.csv", "org_id,value,as_of\n" + rows), "memberships")
    text = report.render().splitlines()
    assert sum("(not-a-number)" in line for line in text) == ERRORS_SHOWN
    assert any(
        f"... and {300 - ERRORS_SHOWN} more not-a-number errors in column value" in line
        for line in text
    )
    assert f"{tmp_path / 'm.csv'}: 300 not-a-number errors: value 300" in text
    counts = report.to_dict()["counts"]
    assert counts["not-a-number"] == 300
    assert sum(counts.values()) == report.error_count == 300 + counts["duplicate-key"]


ROW = st.fixed_dictionaries(
    {
        "org_id": st.sampled_from(["jam", "JAM", "Jichiroren", "nobody", "", "ua-zensen"]),
        "value": st.sampled_from(["1", "１", "x", "", "約5", "5人", "-1", "1.5"]),
        "as_of": st.sampled_from(["2019", "R1.10", "FY2019", "Oct-19", "", "Oct 2019", "1850"]),
        "unit": st.sampled_from(["", "persons", "people", "organizations"]),
    }
)


@settings(max_examples=40, deadline=None)
@given(rows=st.lists(ROW, max_size=40), max_errors=st.none() | st.integers(0, 5))
def test_totals_count_every_issue(rows: list[dict[str, str]], max_errors: int | None) -> None:
    """Whatever is kept, the totals and counts add up to error_count + warning_count."""
    report = validate(rows, "memberships", max_errors=max_errors)
    assert sum(report.counts.values()) == report.error_count + report.warning_count
    assert sum(t.count for t in report.totals if t.error) == report.error_count
    text = report.render()
    lines = [
        line
        for line in text.splitlines()
        if re.match(r"<rows>: \d+ [a-z-]+ (error|warning)s?:", line)
    ]
    if lines:
        assert (
            sum(int(line.split()[1]) for line in lines) == report.error_count + report.warning_count
        )


# --- past one machine: partitions -----------------------------------------------------------------


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(ROW, min_size=1, max_size=30),
    cuts=st.lists(st.integers(0, 30), max_size=4),
)
def test_merged_partitions_are_the_whole_but_for_cross_partition_duplicates(
    rows: list[dict[str, str]], cuts: list[int]
) -> None:
    """Differential: a frame validated in partitions and merged equals the frame validated whole.

    Only duplicate keys across partitions differ: that is the documented second step.
    Empty rows are dropped first, as docs/validator.md says to: one at the end of
    a partition would be ignored there, as at the end of a file.
    """
    rows = [row for row in rows if any(cell.strip() for cell in row.values())]
    assume(rows)
    frame = pd.DataFrame(rows, index=[f"r{i}" for i in range(len(rows))])
    bounds = sorted({0, len(rows), *(cut for cut in cuts if cut <= len(rows))})
    parts = [frame.iloc[start:end] for start, end in itertools.pairwise(bounds)]
    merged = ValidationReport.merge(validate(part, "memberships") for part in parts)
    whole = validate(frame, "memberships")

    def comparable(report: ValidationReport) -> list[Issue]:
        return [
            i
            for i in report.errors + report.warnings
            if i.code not in ("duplicate-key", "empty-rows")
        ]

    assert comparable(merged) == comparable(whole)
    assert (
        merged.rows
        + sum(
            1
            for part in parts
            for w in validate(part, "memberships").warnings
            if w.code == "empty-rows"
        )
        >= whole.rows
    )


def test_merge_refuses_nothing_and_mixed_tables() -> None:
    """No reports, or reports of two tables, cannot be merged."""
    with pytest.raises(ValueError, match="no reports"):
        ValidationReport.merge([])
    one = validate([{"org_id": "jam", "value": "1", "as_of": "2019"}], "memberships")
    other = validate([{"name": "x"}], "ambiguous_names")
    with pytest.raises(ValueError, match="different tables"):
        ValidationReport.merge([one, other])


def test_an_approximate_json_row_gains_approximate_true_in_its_copy(tmp_path: Path) -> None:
    """A JSON row without the key: the copy says approximate true rather than lose it."""
    path = _write(tmp_path, "m.jsonl", '{"org_id": "jam", "value": "約34万", "as_of": "2019-10"}\n')
    out = tmp_path / "clean.jsonl"
    assert validate(path, "memberships", normalize=out).valid
    assert json.loads(out.read_text(encoding="utf-8")) == {
        "org_id": "jam",
        "value": 340000,
        "as_of": "2019-10",
        "approximate": True,
    }


def test_the_dask_example_runs_as_printed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """docs/validator.md's Dask two-step, on Dask's local scheduler, prints what the page shows."""
    pytest.importorskip("dask.dataframe")
    monkeypatch.chdir(tmp_path)
    blocks = _blocks(_section("Past one machine: partitions, Dask and Spark"))
    assert [language for language, _ in blocks] == ["python", "text"]
    assert _run_python(blocks[0][1]) == blocks[1][1]


def test_natural_keys_are_normalised_and_indexed_like_the_frame() -> None:
    """Names become ids, dates ISO, absent key columns their default; the frame's index is kept."""
    from jplabour.validator import natural_keys

    frame = pd.DataFrame(
        {"組合名": ["JAM", "jam", None], "n": [1, 2, None], "as_of": ["2019-10", "Oct 2019", None]},
        index=["a", "b", "c"],
    )
    keys = natural_keys(frame, "memberships", columns={"組合名": "org_id", "n": "value"})
    assert keys.to_dict("index") == {
        "a": {"org_id": "jam", "unit": "persons", "counted": "members", "as_of": "2019-10"},
        "b": {"org_id": "jam", "unit": "persons", "counted": "members", "as_of": "2019-10"},
    }
    assert list(
        natural_keys(pl.DataFrame({"id": ["x"], "name": ["y"]}), "organizations").columns
    ) == ["id"]


def test_duplicate_key_names_the_line_it_repeats(tmp_path: Path) -> None:
    """A repeated key says which line it repeats: names and dates compared as read (JAM is jam)."""
    path = _write(
        tmp_path,
        "m.csv",
        "id,org_id,value,as_of\na,jam,1,2019-10\nb,ua-zensen,2,2019\nc,JAM,3,Oct 2019\na,rengo,4,2019\n",
    )
    report = validate(path, "memberships")
    assert [(e.line, e.column, e.message) for e in report.errors if e.code == "duplicate-key"] == [
        (4, "org_id, unit, counted, as_of", "the same org_id, unit, counted, as_of as line 2"),
        (5, "id", "the same id as line 2"),
    ]


def test_first_lines_are_remembered_up_to_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """The last key remembered names its line; the first beyond says 'an earlier row'."""
    from jplabour.validator import rules

    monkeypatch.setattr(rules, "FIRST_LINES", 2)
    rows = [{"org_id": "jam", "value": "1", "as_of": str(year)} for year in (2001, 2002, 2003)]
    report = validate(rows + rows, "memberships")
    assert [e.message.rsplit(" as ", 1)[1] for e in report.errors] == [
        "line 1",
        "line 2",
        "an earlier row",
    ]


def test_duplicate_keys_across_chunks_name_their_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first lines are kept from chunk to chunk."""
    from jplabour.validator import inputs, reading

    monkeypatch.setattr(reading, "CHUNK_ROWS", 2)
    monkeypatch.setattr(inputs, "CHUNK_ROWS", 2)
    frame = pd.DataFrame(
        {"org_id": ["jam", "rengo", "x", "jam"], "value": [1, 2, 3, 4], "as_of": ["2019"] * 4}
    )
    report = validate(frame, "memberships", columns={})
    (duplicate,) = [e for e in report.errors if e.code == "duplicate-key"]
    assert (duplicate.line, duplicate.label, duplicate.message.rsplit(" as ", 1)[1]) == (
        4,
        "3",
        "line 1",
    )


KEYED_ROW = st.fixed_dictionaries(
    {
        "id": st.sampled_from(["a", "b", "", "A", "x y"]),
        "org_id": st.sampled_from(["jam", "JAM", "Jichiroren", "nobody", "", "ua-zensen"]),
        "value": st.sampled_from(["1", "１", "x", "", "約5", "5人", "120万", None]),
        "as_of": st.sampled_from(["2019", "2019-10", "Oct 2019", "R1.10", "FY2019", "", "1850"]),
        "unit": st.sampled_from(["", "persons", "organizations", "people"]),
        "approximate": st.sampled_from(["", "false", "true", "maybe"]),
    }
)


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(KEYED_ROW, max_size=25),
    drop=st.sets(st.sampled_from(["id", "unit", "approximate"])),
)
def test_the_pandas_path_reports_what_the_row_path_does(
    rows: list[dict[str, str | None]], drop: set[str]
) -> None:
    """Differential: each library's frame (distinct values, keys compared at once) and the chunk path.

    The chunk path is the one a cleaned copy takes (cells as texts, a chunk at a time).
    """
    import tempfile

    rows = [{name: cell for name, cell in row.items() if name not in drop} for row in rows]
    frame = pd.DataFrame(rows, columns=[name for name in KEYED_ROW_FIELDS if name not in drop])
    with tempfile.TemporaryDirectory() as folder:
        by_rows = validate(frame, "memberships", normalize=Path(folder) / "copy.csv")

    def issues(report: ValidationReport) -> list[tuple[int, str, str, str]]:
        return [(i.line, i.column, i.code, i.message) for i in report.errors + report.warnings]

    plain = frame.astype(object).where(frame.notna(), None).to_dict("list")
    for data in (frame, pl.DataFrame(plain, strict=False), pa.table(plain)):
        by_frame = validate(data, "memberships")
        assert issues(by_frame) == issues(by_rows), type(data)
        assert (by_frame.rows, by_frame.counts) == (by_rows.rows, by_rows.counts)


KEYED_ROW_FIELDS = ("id", "org_id", "value", "as_of", "unit", "approximate")


@settings(max_examples=40, deadline=None)
@given(
    values=st.lists(st.integers(-3, 3) | st.integers(10**17, 10**18), min_size=1, max_size=20),
    orgs=st.lists(st.sampled_from(["jam", "JAM", "ua-zensen", "x"]), min_size=20, max_size=20),
)
def test_integer_columns_of_the_pandas_path_report_what_the_row_path_does(
    values: list[int], orgs: list[str]
) -> None:
    """Differential, numpy integers: those below the minimum get the row path's verdict."""
    frame = pd.DataFrame({"org_id": orgs[: len(values)], "value": values, "as_of": "2019"})
    rows = frame.astype({"value": object}).to_dict("records")

    def issues(report: ValidationReport) -> list[tuple[int, str, str, str]]:
        return [(i.line, i.column, i.code, i.message) for i in report.errors + report.warnings]

    assert issues(validate(frame, "memberships")) == issues(validate(rows, "memberships"))


def test_the_dataframe_benchmark_runs() -> None:
    """benchmarks/validate_dataframe.py races pandera on a small frame and prints the ratios."""
    import subprocess

    pytest.importorskip("pandera")
    script = Path(__file__).resolve().parent.parent / "benchmarks" / "validate_dataframe.py"
    done = subprocess.run(
        [sys.executable, str(script), "2000", "--repeats", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    assert "valid data, 2,000 rows" in done.stdout
    assert "1% bad data, 2,000 rows" in done.stdout
    for data in ("pandas", "polars", "arrow"):
        assert re.search(rf"\| {data} \| jplabour \| [\d,]+ \| [\d,]+ errors \|", done.stdout)
    assert re.search(
        r"\| polars \| pandera \| [\d,]+ \| [\d,]+ bad rows \| [\d.]+x \|", done.stdout
    )
    assert re.search(r"the fastest pandera on the valid pandas frame: target 1.0x", done.stdout)
