"""Formulas without a saved value: an error naming the sheet row, the column and the formula.

openpyxl writes formulas without the value they compute (Excel computes and
saves it when the workbook is opened and saved), and reads such a cell as
empty in its values mode: these tests make such workbooks, and, for the
other side of each boundary, the same workbook with the value saved.
"""

from __future__ import annotations

import functools
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from jplabour import cli, excel
from jplabour.validator import validate

openpyxl = pytest.importorskip("openpyxl")

HEADER = ["組合名", "組合員数", "時点", "approximate"]
MAPPING = {"組合名": "org_id", "組合員数": "value", "時点": "as_of"}


def _book(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [HEADER, *rows]:
        sheet.append(row)
    sheet["D2"].font = openpyxl.styles.Font(bold=True)  # a cell in the sheet with no value
    book.save(path)
    return path


def _saved(path: Path, values: dict[str, str]) -> Path:
    """A copy of *path* with the formulas of the cells *values* names holding those values (as Excel saves)."""

    def save(text: str) -> str:
        for cell, value in values.items():
            text, count = re.subn(
                rf'(<c r="{cell}"[^>]*><f>[^<]*</f>)<v ?/>', rf"\g<1><v>{value}</v>", text
            )
            assert count == 1, cell
        return text

    return _rewritten(path, path.with_name("saved-" + path.name), save)


def _rewritten(path: Path, target: Path, change: Callable[[str], str]) -> Path:
    """A copy of *path* whose first sheet's XML is changed by *change*."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as copy:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = change(data.decode("utf-8")).encode("utf-8")
            copy.writestr(info, data)
    return target


def _issues(path: Path) -> list[tuple[int, str, str]]:
    report = validate(path, "memberships", columns=MAPPING)
    return [(issue.line, issue.code, issue.message) for issue in report.errors]


def test_a_formula_without_a_saved_value_is_an_error_naming_row_column_and_formula(
    tmp_path: Path,
) -> None:
    """The last read as a value: a saved one; the first refused: the same formula, never computed."""
    path = _book(tmp_path / "m.xlsx", [["jam", 5, "2019"], ["jam", "=B2*2", "2020"]])
    assert _issues(path) == [
        (
            3,
            "formula-no-value",
            "the formula '=B2*2' in column B (組合員数) has no saved value: it is read as empty",
        ),
        (3, "missing-value", "a value is required"),
    ]
    assert _issues(_saved(path, {"B3": "10"})) == []


def test_an_unsaved_formula_in_an_optional_column_is_not_silently_its_default(
    tmp_path: Path,
) -> None:
    """An empty optional cell is valid: a formula there must still say that its value is missing."""
    path = _book(tmp_path / "m.xlsx", [["jam", 5, "2019", "=TRUE()"]])
    ((line, code, message),) = _issues(path)
    assert (line, code) == (2, "formula-no-value")
    assert "column D (approximate)" in message
    assert _issues(_saved(path, {"D2": "1"})) == []


def test_empty_cells_in_the_sheet_are_no_formulas(tmp_path: Path) -> None:
    """A formatted empty cell exists in the sheet without a value: it is an empty cell, no more."""
    path = _book(tmp_path / "m.xlsx", [["jam", 5, "2019", None], ["jam", 6, "2020"]])
    with excel.Sheet(path) as sheet:
        rows = list(sheet.rows())
        assert sheet.formulas == {}
    assert rows[1] == (2, ["jam", "5", "2019"])
    assert _issues(path) == []


def test_formulas_are_found_in_every_row_and_trailing_rows_of_them_are_reported(
    tmp_path: Path,
) -> None:
    """Unsaved formulas far apart, and in a row that is otherwise empty at the end of the sheet."""
    rows: list[list[object]] = [["jam", index + 1, str(1990 + index)] for index in range(30)]
    rows[3][1] = "=B2+1"
    rows[27][2] = '="20"&"19"'
    rows.append([None, "=B2"])
    path = _book(tmp_path / "m.xlsx", rows)
    codes = [(line, code) for line, code, _ in _issues(path) if code == "formula-no-value"]
    assert codes == [(5, "formula-no-value"), (29, "formula-no-value"), (32, "formula-no-value")]


def test_the_command_line_prints_one_line_per_formula_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What a user sees: the sheet row, the column, the formula, and what to do."""
    path = _book(tmp_path / "組合員数.xlsx", [["jam", "=1+1", "2019"]])
    shutil.copy(path, tmp_path / "copy.xlsx")
    argv = ["validate", str(path), "--table", "memberships"]
    for source, field in MAPPING.items():
        argv += ["--column", f"{source}={field}"]
    assert cli.main(argv) == 1
    lines = [line for line in capsys.readouterr().out.splitlines() if "formula-no-value" in line]
    assert lines == [
        (
            f"{path}:2: the formula '=1+1' in column B (組合員数) has no saved value: it is read "
            "as empty (formula-no-value) — open the workbook in Excel or LibreOffice and save it, "
            "so that it keeps the values of its formulas; or paste the values over the formulas"
        )
    ]
    assert path.read_bytes() == (tmp_path / "copy.xlsx").read_bytes()


def test_a_workbook_without_formulas_is_read_once(tmp_path: Path) -> None:
    """Read once: formatted empty cells and a list validation, no formula; twice: one formula.

    The scan of the XML finds ``<f>``, ``<f .../>`` and a prefixed ``<x:f>``.
    """
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["org_id", "value", "as_of"])
    sheet.append(["jam", 5, "2019"])
    sheet["D2"].font = openpyxl.styles.Font(bold=True)
    rule = openpyxl.worksheet.datavalidation.DataValidation(type="list", formula1='"a,b"')
    sheet.add_data_validation(rule)
    rule.add("A2:A9")
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    assert not excel.has_formulas(plain)
    with excel.Sheet(plain) as read:
        list(read.rows())
        assert read.formulas == {}
    sheet["C3"] = "=C2"
    formula = tmp_path / "formula.xlsx"
    book.save(formula)
    assert excel.has_formulas(formula)
    for tag in ('<f t="shared" ref="C3:C3" si="0">', "<x:f>"):
        changed = _rewritten(
            formula, tmp_path / "changed.xlsx", functools.partial(_first_f_as, tag)
        )
        assert excel.has_formulas(changed), tag


def _first_f_as(tag: str, text: str) -> str:
    return text.replace("<f>", tag, 1)


def test_the_workbook_benchmark_runs() -> None:
    """benchmarks/read_workbook.py validates its three workbooks and prints their times."""
    import subprocess
    import sys

    script = Path(__file__).resolve().parent.parent / "benchmarks" / "read_workbook.py"
    done = subprocess.run(
        [sys.executable, str(script), "30", "--repeats", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    rows = [line for line in done.stdout.splitlines() if line.startswith("| ") and "x |" in line]
    assert [row.split(" | ")[0] for row in rows] == [
        "| plain",
        "| formatted empty cells",
        "| formatted empty cells and one formula",
    ]
    assert [row.split(" | ")[3] for row in rows] == ["0", "0", "2"]
