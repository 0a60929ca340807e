"""The CSV validator's fast paths agree with the slow ones, keep the collector's state, stay bounded."""

from __future__ import annotations

import datetime as dt
import gc
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jplabour.data import DATASET
from jplabour.errors import UnusableInputError
from jplabour.lifetimes import lifetimes
from jplabour.validator import ValidationReport, rules, tables, validate, validate_columns
from jplabour.validator.lazy import ReadValues

ORG = st.sampled_from(["rengo", "zenroren", "ua-zensen", "UA ZENSEN", "nope", "", " rengo"])
VALUE = st.sampled_from(["1", "0", "7000000", "-5", "１２", "1,767,000", "x", "", "00"])
DATE = st.sampled_from(["2019", "2019-10", "2019-10-01", "1950", "2019-13", "令和元年10月", ""])
CELLS = st.tuples(ORG, VALUE, DATE)
ROW = CELLS | st.sampled_from([(), ("rengo", "1"), ("a", "1", "2019", "x")])


def _issues(report: ValidationReport) -> list[tuple[int, str, str, str]]:
    return [
        (issue.line, issue.column, issue.code, issue.message)
        for issue in (*report.errors, *report.warnings)
        if issue.code != "not-copied"
    ]


@settings(max_examples=40, deadline=None)
@given(
    rows=st.lists(ROW, max_size=30),
    delimiter=st.sampled_from([",", "\t"]),
    end=st.sampled_from(["\n", "\r\n"]),
    last_end=st.booleans(),
    piece=st.sampled_from([1, 40, tables.PIECE]),
)
def test_split_blocks_report_what_the_csv_module_reports(
    rows: list[tuple[str, ...]], delimiter: str, end: str, last_end: bool, piece: int
) -> None:
    """Plain pieces (Windows line ends, tabs, no end on the last line) read as the csv module does.

    With --normalize every row is read by the csv module: both must report
    the same issues at the same lines, however small the pieces split at once.
    """
    lines = [delimiter.join(("org_id", "value", "as_of")), *map(delimiter.join, rows)]
    text = end.join(lines) + (end if last_end else "")
    with tempfile.TemporaryDirectory() as directory, pytest.MonkeyPatch.context() as patch:
        patch.setattr(tables, "PIECE", piece)
        path = Path(directory) / ("m.tsv" if delimiter == "\t" else "m.csv")
        path.write_bytes(text.encode("utf-8"))
        split = validate(path, "memberships", max_errors=10_000)
        rowwise = validate(
            path, "memberships", max_errors=10_000, normalize=Path(directory) / "out.csv"
        )
    assert _issues(split) == _issues(rowwise)
    assert split.rows == rowwise.rows


def test_a_lone_carriage_return_is_left_to_the_csv_module(tmp_path: Path) -> None:
    """A carriage return not before a line end is the csv module's to read (and to refuse)."""
    path = tmp_path / "m.csv"
    path.write_bytes(b"org_id,value,as_of\r\nrengo,1,2019\r\nrengo,2\r,2020\r\nrengo,3,2021\r\n")
    report = validate(path, "memberships")
    assert [(issue.line, issue.code) for issue in report.errors] == [(3, "csv")]
    assert report.rows == 3


# --- the cyclic garbage collector --------------------------------------------------------


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was(tmp_path: Path, enabled: bool) -> None:
    """The validator pauses the collector and leaves it as it found it: on or off."""
    path = tmp_path / "m.csv"
    path.write_text("org_id,value,as_of\nrengo,1,2019\n", encoding="utf-8")
    seen: list[bool] = []
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        validate(path, "memberships", progress=lambda _: seen.append(gc.isenabled()))
        validate([{"org_id": "rengo", "value": 1, "as_of": "2019"}], "memberships")
        validate_columns({"org_id": ["rengo"], "value": ["1"], "as_of": ["2019"]}, "memberships")
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_the_collector_is_restored_after_an_error(tmp_path: Path) -> None:
    """An input that cannot be read, or a progress function that raises, restores it too."""
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    rows = tmp_path / "m.csv"
    rows.write_text("org_id,value,as_of\n" + "rengo,1,2019\n" * 70_000, encoding="utf-8")

    class StopError(Exception):
        pass

    def fail(_: int) -> None:
        assert not gc.isenabled()  # paused while the rows are checked
        raise StopError

    assert gc.isenabled()
    with pytest.raises(UnusableInputError):
        validate(empty, "memberships")
    assert gc.isenabled()
    with pytest.raises(StopError):
        validate(rows, "memberships", progress=fail)
    assert gc.isenabled()


# --- duplicate keys -----------------------------------------------------------------------

KEY_ROW = st.tuples(
    st.sampled_from(["rengo", "zenroren", "jam", "JAM", "nope", ""]),
    st.sampled_from(["2019", "2019-10", "Oct 2019", "2020", "2019-10-01", "", "2019-13"]),
    st.sampled_from(["", "persons", "organizations"]),
)


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(KEY_ROW, max_size=60), small=st.sampled_from([(2, 4), (4, 2), (1, 64)]))
def test_duplicate_keys_are_the_same_whatever_the_table_holds(
    rows: list[tuple[str, str, str]], small: tuple[int, int]
) -> None:
    """Keys that do not fit the table (few groups or dates) are hashed: the same duplicates."""
    given_rows = [
        {"org_id": org, "value": "1", "as_of": date, "unit": unit} for org, date, unit in rows
    ]
    expected = _issues(validate(given_rows, "memberships", max_errors=10_000))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rules, "INTERN_LIMIT", small[0])
        patch.setattr(rules, "TABLE_LIMIT", small[0] * small[1])
        patch.setattr(rules, "_FIRST_WIDTH", small[1])
        assert _issues(validate(given_rows, "memberships", max_errors=10_000)) == expected


def test_a_table_wider_than_its_first_width_keeps_every_first_line() -> None:
    """Three hundred dates of two organisations: the table widens, the first lines stay."""
    days = [(dt.date(2000, 1, 1) + dt.timedelta(days=day)).isoformat() for day in range(300)]
    columns = {
        "org_id": ["rengo", "jam"] * 300 + ["jam", "rengo"],
        "value": ["1"] * 602,
        "as_of": [day for day in days for _ in range(2)] + [days[299], days[0]],
    }
    report = validate_columns(columns, "memberships")
    assert [(issue.line, issue.message) for issue in report.errors] == [
        (601, "the same org_id, unit, counted, as_of as line 600"),
        (602, "the same org_id, unit, counted, as_of as line 1"),
    ]


def test_lines_from_0_are_remembered_and_past_the_slots_still_compared() -> None:
    """Line 0 is named; a line past what a slot holds (2**32 - 3) is not, but its repeat is found."""
    columns = {"org_id": ["rengo", "jam", "rengo"], "value": ["1"] * 3, "as_of": ["2019"] * 3}
    for lines, first in (([0, 1, 2], "line 0"), ([2**32 - 2, 2**32, 2**32 + 1], "an earlier row")):
        report = validate_columns(columns, "memberships", lines)
        assert [(issue.line, issue.message.rsplit(" as ", 1)[1]) for issue in report.errors] == [
            (lines[2], first)
        ]


def test_a_million_unique_keys_then_repeats_at_their_lines(tmp_path: Path) -> None:
    """Repeats after a million unique keys are found at their exact lines, naming the first.

    A hundred organisations that exist from 1990 on, ten thousand days each.
    """
    start = dt.date(1990, 1, 1)
    orgs = sorted(
        org_id
        for org_id, lifetime in lifetimes(DATASET).items()
        if lifetime.ended is None and (lifetime.founded is None or lifetime.founded.latest < start)
    )[:100]
    days = [(start + dt.timedelta(days=day)).isoformat() for day in range(1_000_000 // len(orgs))]
    keys = [f"{org},{day}" for day in days for org in orgs]
    path = tmp_path / "m.csv"
    with path.open("w", encoding="utf-8") as file:
        file.write("org_id,as_of,value\n")
        file.writelines(f"{key},1\n" for key in keys)
        # Line 2 is the first row's; line 262,145 the last whose line is remembered.
        file.writelines(f"{keys[index]},2\n" for index in (0, 1, 262_143, 262_144, len(keys) - 1))
    report = validate(path, "memberships")
    assert report.rows == len(keys) + 5
    assert [(issue.line, issue.message.rsplit(" as ", 1)[1]) for issue in report.errors] == [
        (len(keys) + 2, "line 2"),
        (len(keys) + 3, "line 3"),
        (len(keys) + 4, "line 262145"),
        (len(keys) + 5, "an earlier row"),
        (len(keys) + 6, "an earlier row"),
    ]


# --- errors past the limits are counted, not kept ------------------------------------------


@settings(max_examples=30, deadline=None)
@given(rows=st.lists(CELLS, max_size=40))
def test_totals_are_the_same_however_many_issues_are_kept(rows: list[tuple[str, ...]]) -> None:
    """Issues past max_errors are counted per kind at once: the same totals as kept ones."""
    given_rows = [dict(zip(("org_id", "value", "as_of"), row, strict=True)) for row in rows * 2]
    everything = validate(given_rows, "memberships", max_errors=10_000)
    for limit in (0, 1, 3):
        report = validate(given_rows, "memberships", max_errors=limit)
        assert report.error_count == everything.error_count
        assert report.warning_count == everything.warning_count
        assert report.totals == everything.totals
        assert report.errors == everything.errors[:limit]


def test_read_values_are_read_when_asked_for() -> None:
    """A column's lazy values: by index, by slice, in order."""
    values = ReadValues(["1", "20", "300"], int)
    assert len(values) == 3
    assert values[1] == 20
    assert values[-1] == 300
    assert values[1:] == [20, 300]
    assert list(values) == [1, 20, 300]


def test_suggestions_are_worked_out_only_for_errors_that_may_be_shown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Once max_errors are kept, a new unknown name gets no "did you mean" (never shown).

    The errors kept are those of a run that keeps them all; the names looked
    up with suggestions are only those first met while errors could be kept.
    """
    from jplabour import names

    asked: list[tuple[str, bool]] = []
    lookup = names.lookup

    def spy(name: str, dataset: object = None, *, suggest: bool = True) -> names.LookupResult:
        asked.append((name, suggest))
        return lookup(name, dataset, suggest=suggest)  # type: ignore[arg-type]

    monkeypatch.setattr(names, "lookup", spy)
    rows = [{"org_id": f"rengoo{index}", "value": "1", "as_of": "2019"} for index in range(6)]
    everything = validate(rows, "memberships", max_errors=10_000)
    assert all(suggest for _, suggest in asked)
    asked.clear()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("jplabour.validator.objects.CHUNK_ROWS", 2)  # rows two at a time
        report = validate(rows, "memberships", max_errors=2)
    assert report.errors == everything.errors[:2]
    assert "did you mean" in report.errors[0].hint
    assert report.totals == everything.totals
    assert [suggest for _, suggest in asked] == [True, True, False, False, False, False]
