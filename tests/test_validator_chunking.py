"""A report does not depend on where the chunks of rows end.

Readers hand the checks chunks of different sizes (4,096 rows split by
``str.split`` or read by the csv module, up to 32,768 parsed by Arrow, one
whole DataFrame), and a chunk may end anywhere. What is carried from one
chunk to the next (the names looked up and given suggestions, the verdicts
remembered, the key table and the hashed keys) must give every row the same
issues whatever the chunking, even when the limits are reached: here they
are made small, so that a few hundred rows reach them all.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jplabour.validator import validate
from validator_rows import TWO_ORGS

#: Two organisations, so that a name's look-up is quick.
ORGS = st.sampled_from(
    ["rengo", "ua-zensen", "UA ZENSEN", " rengo", "UA ZENSENN", "no-such-a", "no-such-b", "連合"]
)
DAYS = st.integers(0, 150).map(lambda day: (dt.date(2001, 1, 1) + dt.timedelta(day)).isoformat())
ROWS = st.lists(st.tuples(ORGS, DAYS), min_size=150, max_size=200)


def _summary(rows: list[tuple[str, str]], chunk: int) -> tuple[Any, ...]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("jplabour.validator.objects.CHUNK_ROWS", chunk)
        report = validate(
            [{"org_id": org, "value": 1, "as_of": day} for org, day in rows],
            "memberships",
            dataset=TWO_ORGS,
            max_errors=10_000,
        )
    issues = [
        (issue.line, issue.column, issue.value, issue.code, issue.message, issue.hint)
        for issue in (*report.errors, *report.warnings)
    ]
    return report.rows, report.error_count, report.warning_count, issues


@settings(max_examples=25, deadline=None)
@given(rows=ROWS, chunk=st.sampled_from([1, 2, 7, 64]))
def test_the_report_is_the_same_whatever_the_chunks(
    rows: list[tuple[str, str]], chunk: int
) -> None:
    """Chunks of one row, a few rows or all rows: the same issues, with every limit reached.

    The verdict cache holds 2 texts (names are forgotten and met again), 3
    names are looked up and 2 get suggestions, the key table holds 128 slots
    of at most 100 dates (it fills), and 40 hashed keys are remembered.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("jplabour.validator.cells.CACHE_LIMIT", 2)
        patch.setattr("jplabour.validator.cells.LOOKUP_LIMIT", 3)
        patch.setattr("jplabour.validator.cells.SUGGESTION_LIMIT", 2)
        patch.setattr("jplabour.validator.rules.TABLE_LIMIT", 128)
        patch.setattr("jplabour.validator.rules.INTERN_LIMIT", 100)
        patch.setattr("jplabour.validator.rules.KEY_LIMIT", 40)
        assert _summary(rows, chunk) == _summary(rows, 10_000)


def _blank_values(path: Path, table: str = "memberships") -> list[tuple[int, str, str]]:
    report = validate(path, table, max_errors=1_000)
    return [(issue.line, issue.column, issue.value) for issue in report.errors]


@pytest.mark.parametrize("blank_line", [4_096, 4_097, 4_098])
def test_a_row_of_spaces_keeps_its_cells_wherever_a_chunk_ends(
    tmp_path: Path, blank_line: int
) -> None:
    """A row of spaces followed by a row is reported with its cells as read, in every reader.

    At a chunk's end it is held back until the next row comes (it might
    have been one of the empty rows that end a file), then given back as it
    was read: its issues name the same values as in the middle of a chunk.
    """
    rows = [f"rengo,1,{dt.date(1990, 1, 1) + dt.timedelta(n)}" for n in range(5_000)]
    rows[blank_line - 2] = " , , "
    path = tmp_path / "m.csv"
    path.write_text("org_id,value,as_of\n" + "\n".join(rows) + "\n", encoding="utf-8")
    by_arrow = _blank_values(path)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("jplabour.validator.tables.piece_parser", lambda *_: None)
        by_split = _blank_values(path)
    assert by_arrow == by_split
    assert by_arrow == [
        (blank_line, "org_id", " "),
        (blank_line, "value", " "),
        (blank_line, "as_of", " "),
    ]


@pytest.mark.parametrize(("characters", "kept"), [(12, [" ", " "]), (11, [" ", ""])])
def test_the_cells_of_rows_held_back_are_kept_up_to_a_bound(
    tmp_path: Path, characters: int, kept: list[str]
) -> None:
    """Held rows' cells are kept up to HELD_CHARACTERS (a row of 3 spaces counts 6); past it, empty."""
    path = tmp_path / "m.csv"
    path.write_text(
        "org_id,value,as_of\nrengo,1,2019\n , , \n , , \nrengo,2,2020\n", encoding="utf-8"
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("jplabour.validator.tables.HELD_CHARACTERS", characters)
        patch.setattr("jplabour.validator.tables.CHUNK_ROWS", 1)  # each row its own chunk
        patch.setattr("jplabour.validator.tables.piece_parser", lambda *_: None)
        found = _blank_values(path)
    assert [value for line, column, value in found if column == "org_id"] == kept


def test_rows_held_back_come_back_a_chunk_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """20,000 empty rows and then a row: all are rows, checked 4,096 at most at a time.

    They came back as one chunk, so that a million of them took hundreds of MiB.
    """
    from jplabour.validator import CHUNK_ROWS, run

    sizes: list[int] = []
    check_texts = run.Validation.check_texts

    def recording(self: Any, texts: Any, lines: Any, *args: Any) -> Any:
        sizes.append(len(lines))
        return check_texts(self, texts, lines, *args)

    monkeypatch.setattr(run.Validation, "check_texts", recording)
    # Split, not parsed by Arrow (whose chunks of 32,768 rows would hold them all).
    monkeypatch.setattr("jplabour.validator.tables.piece_parser", lambda *_: None)
    path = tmp_path / "m.csv"
    path.write_text("org_id,value,as_of\n" + " , , \n" * 20_000 + "rengo,1,2019\n", "utf-8")
    report = validate(path, "memberships", max_errors=10)
    assert report.rows == 20_001
    assert max(sizes) <= CHUNK_ROWS
    assert sum(sizes) == 20_001
    assert report.error_count == 60_000  # each of the three missing on every empty row
    assert [(i.line, i.column, i.value) for i in report.errors[:2]] == [
        (2, "org_id", " "),
        (2, "value", " "),
    ]
