"""The column of counts on its fast path: each boundary of a plain count, as a pair."""

from __future__ import annotations

from pathlib import Path

import pytest

from jplabour.formats import number
from jplabour.validator import ValidationReport, validate


def _report(path: Path, value: str) -> ValidationReport:
    """The report on a file of plain counts whose third row (line 3) holds *value*."""
    rows = ["org_id,value,as_of", "rengo,5,2019", f"rengo,{value},2018", "rengo,7,2017"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return validate(path, "memberships")


def test_the_longest_count_passes_and_one_digit_more_fails(tmp_path: Path) -> None:
    """A count of MAX_DIGITS digits is plain; one more digit is an error at its line."""
    longest = _report(tmp_path / "longest.csv", "9" * number.MAX_DIGITS)
    assert longest.errors == ()
    assert longest.warnings == ()
    too_long = _report(tmp_path / "too_long.csv", "1" + "0" * number.MAX_DIGITS)
    assert [(issue.line, issue.column) for issue in too_long.errors] == [(3, "value")]


@pytest.mark.parametrize("value", ["12\n34", "12\n", "\n34"])
def test_a_count_holding_a_line_break_gets_a_verdict(tmp_path: Path, value: str) -> None:
    """Joined by line ends, the cell would look like two plain counts (or one and an empty cell)."""
    report = _report(tmp_path / "broken.csv", f'"{value}"')
    assert report.errors == ()
    cells = [(issue.line, issue.value) for issue in report.warnings if issue.column == "value"]
    assert cells == [(3, value)]
