"""Tests of jplabour.excel: .xlsx workbooks read through openpyxl, and the spreadsheets refused."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jplabour import excel
from jplabour.errors import UnusableInputError

openpyxl = pytest.importorskip("openpyxl")


def _workbook(path: Path, rows: list[list[object]], formats: dict[str, str] | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "組合員数"
    for row in rows:
        sheet.append(row)
    for cell, number_format in (formats or {}).items():
        sheet[cell].number_format = number_format
    book.create_sheet("二枚目").append(["org_id", "value", "as_of"])
    book.save(path)
    return path


def _rows(path: Path, sheet: str | None = None) -> list[tuple[int, list[str]]]:
    with excel.Sheet(path, sheet) as read:
        return list(read.rows())


def test_typed_cells_and_sheet_row_numbers(tmp_path: Path) -> None:
    """Numbers are numbers, date cells dates as precise as shown, rows keep their sheet numbers."""
    path = _workbook(
        tmp_path / "members.xlsx",
        [
            ["組合名", "組合員数", "時点"],
            ["全労連", "569,285 人", dt.datetime(2019, 10, 1)],  # noqa: DTZ001 -- Excel has no zones
            ["UA ZENSEN", 1767000, dt.datetime(2019, 10, 1)],  # noqa: DTZ001
            ["JAM", 1767000.0, dt.datetime(2019, 10, 1, 13, 0)],  # noqa: DTZ001
            [None, None, None],
            [True, 3.5, dt.date(2019, 1, 1)],
        ],
        {"C2": 'yyyy"年"m"月"', "C3": "yyyy/m/d", "C6": "yyyy"},
    )
    path.chmod(0o444)  # opened for reading only
    assert _rows(path) == [
        (1, ["組合名", "組合員数", "時点"]),
        (2, ["全労連", "569,285 人", "2019-10"]),
        (3, ["UA ZENSEN", "1767000", "2019-10-01"]),
        (4, ["JAM", "1767000", "2019-10-01 13:00:00"]),
        (5, []),
        (6, ["true", "3.5", "2019"]),
    ]


def test_sheet_by_name_and_unknown_sheet(tmp_path: Path) -> None:
    """--sheet picks a sheet by name; an unknown name lists the sheets."""
    path = _workbook(tmp_path / "a.xlsx", [["x"]])
    assert _rows(path, "二枚目") == [(1, ["org_id", "value", "as_of"])]
    with pytest.raises(
        UnusableInputError, match="no worksheet 'x'; the workbook has '組合員数', '二枚目'"
    ):
        excel.Sheet(path, "x")


def test_gaps_keep_row_numbers(tmp_path: Path) -> None:
    """Rows missing from the sheet's XML are empty rows: the numbers after them stay the sheet's."""
    book = openpyxl.Workbook()
    book.active["A1"] = "org_id"
    book.active["A5"] = "zenroren"
    book.active["C5"] = 1
    book.save(tmp_path / "gap.xlsx")
    assert _rows(tmp_path / "gap.xlsx") == [
        (1, ["org_id"]),
        (2, []),
        (3, []),
        (4, []),
        (5, ["zenroren", "", "1"]),
    ]


@pytest.mark.parametrize(
    ("number_format", "precision"),
    [
        ("General", "day"),
        ("yyyy/m/d", "day"),
        ("m/d/yy h:mm", "day"),
        ('[$-ja-JP]ggge"年"m"月"d"日"', "day"),
        ("mm-dd-yy", "day"),
        ('yyyy"年"m"月"', "month"),
        ("mmm-yy", "month"),
        ('[$-411]ggge"年"m"月"', "month"),
        ("yyyy/mm hh:mm:ss", "month"),
        ("yyyy", "year"),
        ('ggge"年"', "year"),
        ("h:mm", "day"),
    ],
)
def test_date_precision_from_the_number_format(number_format: str, precision: str) -> None:
    """What the format shows: day codes, month codes (not minutes), or only a year (or era year)."""
    assert excel.date_precision(number_format) == precision


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "legacy Excel .xls"),
        ("renamed.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "legacy Excel .xls"),
        ("sheet.ods", b"PK\x03\x04", "OpenDocument .ods"),
        ("binary.xlsb", b"PK\x03\x04", "binary Excel .xlsb"),
    ],
)
def test_spreadsheets_not_read_are_refused_with_what_to_do(
    tmp_path: Path, name: str, data: bytes, says: str
) -> None:
    """Legacy, binary and OpenDocument spreadsheets are named, with 'save it as .xlsx' or CSV."""
    path = tmp_path / name
    path.write_bytes(data)
    message = excel.refusal(path)
    assert message is not None
    assert says in message
    assert "save it as .xlsx" in message


def test_an_ods_under_another_name_is_recognised(tmp_path: Path) -> None:
    """An OpenDocument zip is told by its mimetype, whatever its extension."""
    path = tmp_path / "sheet.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    assert "OpenDocument" in (excel.refusal(path) or "")
    assert not excel.is_workbook(path)


def test_a_workbook_is_recognised_by_content(tmp_path: Path) -> None:
    """An .xlsx saved under another extension is still a workbook; a CSV is not."""
    path = _workbook(tmp_path / "members.xlsx", [["a"]])
    renamed = path.rename(tmp_path / "members.csv")
    assert excel.is_workbook(renamed)
    assert excel.refusal(renamed) is None
    (tmp_path / "plain.csv").write_text("org_id\n", encoding="utf-8")
    assert not excel.is_workbook(tmp_path / "plain.csv")


def test_without_openpyxl_one_line_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No openpyxl: an UnusableInputError with the pip command, not an ImportError."""
    path = _workbook(tmp_path / "a.xlsx", [["a"]])
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    with pytest.raises(UnusableInputError) as caught:
        excel.Sheet(path)
    assert 'pip install "jplabour[excel]"' in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_workbook_past_the_caps_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A part expanding past PART_LIMIT (a zip bomb) is refused before openpyxl reads it."""
    path = _workbook(tmp_path / "a.xlsx", [["x" * 5000]])
    monkeypatch.setattr(excel, "PART_LIMIT", 4000)
    with pytest.raises(UnusableInputError, match="save the sheet as CSV UTF-8"):
        excel.Sheet(path)
    monkeypatch.setattr(excel, "PART_LIMIT", 1 << 30)
    monkeypatch.setattr(excel, "TOTAL_LIMIT", 4000)
    with pytest.raises(UnusableInputError, match="expands to"):
        excel.Sheet(path)


def test_a_sheet_claiming_more_rows_than_excel_has_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Row numbers past MAX_ROWS (absurd XML) are an error, not a long loop."""
    path = _workbook(tmp_path / "a.xlsx", [["a"], ["b"], ["c"]])
    monkeypatch.setattr(excel, "MAX_ROWS", 2)
    with pytest.raises(UnusableInputError, match="more than 2 rows"):
        _rows(path)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300), prefix=st.sampled_from([b"", b"PK\x03\x04"]))
def test_junk_is_unusable_input_not_a_traceback(tmp_path: Path, data: bytes, prefix: bytes) -> None:
    """Random bytes named .xlsx: UnusableInputError with one line, never another exception."""
    path = tmp_path / "junk.xlsx"
    path.write_bytes(prefix + data)
    with pytest.raises(UnusableInputError) as caught:
        _rows(path)
    assert "\n" not in str(caught.value)


def test_a_truncated_workbook_is_unusable_input(tmp_path: Path) -> None:
    """A workbook cut short is refused with one line."""
    path = _workbook(tmp_path / "a.xlsx", [["a"] * 50] * 200)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(UnusableInputError):
        _rows(path)


def test_import_of_jplabour_excel_does_not_import_openpyxl() -> None:
    """The openpyxl package is loaded when a workbook is read, not before."""
    code = "import sys, jplabour.excel; print('openpyxl' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_title_row_above_the_header_is_skipped_with_a_warning(tmp_path: Path) -> None:
    """A merged title row above a Japanese header: the mapped header is found, rows keep their lines."""
    import jplabour

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.merge_cells("A1:C1")
    sheet["A1"] = "組合員数一覧 2019"
    sheet.append(["組合名", "組合員数", "時点"])
    sheet.append(["zenroren", "569,285 人", "2019-10"])
    path = tmp_path / "members.xlsx"
    book.save(path)
    out = tmp_path / "clean.csv"
    columns = {"組合名": "org_id", "組合員数": "value", "時点": "as_of"}
    report = jplabour.validate(path, "memberships", columns=columns, normalize=out)
    assert report.valid, report.errors
    assert report.rows == 1
    assert [(issue.line, issue.code) for issue in report.warnings] == [
        (1, "title-rows"),
        (3, "normalized"),
    ]
    assert out.read_text(encoding="utf-8-sig").splitlines() == [
        "org_id,value,as_of",
        "zenroren,569285,2019-10",
    ]
    # Without the mapping the Japanese header, not the title, is read as the header.
    unmapped = jplabour.validate(path, "memberships")
    assert {issue.line for issue in unmapped.errors} == {2}
    assert "--column 組合名=org_id" in unmapped.errors[0].hint


def test_the_default_sheet_is_the_first_visible_one(tmp_path: Path) -> None:
    """A hidden first sheet (a lookup list) is not the one Excel shows, so not the default."""
    import jplabour

    book = openpyxl.Workbook()
    book.active.title = "lookup"
    book.active.sheet_state = "hidden"
    shown = book.create_sheet("data")
    shown.append(["org_id", "value", "as_of"])
    shown.append(["zenroren", 1530000, "2019-10"])
    path = tmp_path / "members.xlsx"
    book.save(path)
    report = jplabour.validate(path, "memberships")
    assert report.valid
    assert report.rows == 1
    # Named, a hidden sheet is still read.
    with pytest.raises(UnusableInputError, match="'lookup' is empty"):
        jplabour.validate(path, "memberships", sheet="lookup")
