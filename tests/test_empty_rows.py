"""Empty rows of mappings: held back at the end with one warning, rows in the middle, as in files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from jplabour.validator import ValidationReport, validate

ROW = {"org_id": "jam", "value": 1, "as_of": "2019"}


def _summary(report: ValidationReport) -> tuple[int, list[tuple[int, str, str]], list[str]]:
    return (
        report.rows,
        [(error.line, error.column, error.code) for error in report.errors],
        [f"{warning.line} {warning.code}: {warning.message}" for warning in report.warnings],
    )


@pytest.mark.parametrize(
    "empty",
    [
        {},
        {"org_id": None, "value": None, "as_of": None},
        {"org_id": "", "value": float("nan"), "as_of": "  "},
        {"unknown": None},
    ],
)
def test_a_trailing_empty_mapping_is_held_back_with_the_files_warning(
    empty: dict[str, Any],
) -> None:
    """The last ignored: a mapping with no value; one warning, as for a file's ,,, row."""
    assert _summary(validate([ROW, empty], "memberships")) == (
        1,
        [],
        ["2 empty-rows: 1 empty row at the end (line 2) ignored"],
    )


@pytest.mark.parametrize(
    ("first_value", "errors", "warnings"),
    [
        (
            {"as_of": "x"},
            [
                (2, "org_id", "missing-value"),
                (2, "value", "missing-value"),
                (2, "as_of", "date"),
            ],
            [],
        ),
        (
            {"unknown": "x"},
            [
                (2, "org_id", "missing-value"),
                (2, "value", "missing-value"),
                (2, "as_of", "missing-value"),
            ],
            ["2 unknown-column: memberships has no column 'unknown'; it is not checked"],
        ),
        ({"value": 0}, [(2, "org_id", "missing-value"), (2, "as_of", "missing-value")], []),
    ],
)
def test_the_first_mapping_with_a_value_is_a_row(
    first_value: dict[str, Any], errors: list[tuple[int, str, str]], warnings: list[str]
) -> None:
    """The first checked: one value, of a field or not (0 is a value), makes the mapping a row."""
    report = validate([ROW, first_value], "memberships")
    assert report.rows == 2
    assert [(e.line, e.column, e.code) for e in report.errors] == errors
    assert [f"{w.line} {w.code}: {w.message}" for w in report.warnings] == warnings


def test_empty_mappings_before_a_row_are_rows_in_their_place() -> None:
    """Held, then a row with a value: the empty ones are rows of missing values at their lines."""
    report = validate([ROW, {}, {"value": None}, {**ROW, "as_of": "2020"}], "memberships")
    assert _summary(report) == (
        4,
        [
            (line, column, "missing-value")
            for line in (2, 3)
            for column in ("org_id", "value", "as_of")
        ],
        [],
    )


def test_many_trailing_empty_mappings_are_one_warning_and_only_empty_is_zero_rows() -> None:
    """Three at the end: one warning naming their lines; a list of empty mappings has no row."""
    assert _summary(validate([ROW, {}, {}, {}], "memberships"))[2] == [
        "2 empty-rows: 3 empty rows at the end (lines 2-4) ignored"
    ]
    assert _summary(validate([{}], "memberships")) == (
        0,
        [],
        ["1 empty-rows: 1 empty row at the end (line 1) ignored"],
    )


def test_a_value_that_is_no_mapping_releases_the_held_rows() -> None:
    """A row that is no mapping is a row with a problem: the empty mappings before it are rows."""
    report = validate([ROW, {}, "text"], "memberships")  # type: ignore[list-item]
    assert report.rows == 3
    assert [(e.line, e.code) for e in report.errors][-1] == (3, "not-an-object")
    assert not report.warnings


def test_json_lines_and_arrays_hold_back_their_trailing_empty_objects(tmp_path: Path) -> None:
    """The same for JSON files; the cleaned copy leaves the trailing ones out, keeps those in the middle."""
    lines = tmp_path / "m.jsonl"
    lines.write_text(
        "\n".join(
            json.dumps(row) for row in (ROW, {}, {**ROW, "as_of": "2020"}, {}, {"org_id": None})
        )
        + "\n",
        encoding="utf-8",
    )
    copy = tmp_path / "clean.jsonl"
    report = validate(lines, "memberships", normalize=copy)
    assert _summary(report) == (
        3,
        [(2, column, "missing-value") for column in ("org_id", "value", "as_of")],
        ["4 empty-rows: 2 empty rows at the end (lines 4-5) ignored"],
    )
    assert [json.loads(line) for line in copy.read_text(encoding="utf-8").splitlines()] == [
        ROW,
        {},
        {**ROW, "as_of": "2020"},
    ]
    array = tmp_path / "m.json"
    array.write_text(json.dumps([ROW, {}, {}]), encoding="utf-8")
    assert _summary(validate(array, "memberships"))[2] == [
        "1 empty-rows: 2 empty rows at the end (line 1) ignored"
    ]


def test_mapped_keys_are_empty_or_not_as_their_values_are() -> None:
    """A column mapping renames keys; emptiness is the values'."""
    rows = [{"組合名": "jam", "組合員数": "5人", "時点": "2019"}, {"組合名": None, "時点": ""}]
    report = validate(
        rows, "memberships", columns={"組合名": "org_id", "組合員数": "value", "時点": "as_of"}
    )
    assert report.rows == 1
    assert [w.code for w in report.warnings] == ["normalized", "empty-rows"]
