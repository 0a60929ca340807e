"""Edges of the validator's rewritten core (cells, lazy values, key table) that mutation testing found unpinned.

Every test goes through :func:`jplabour.validate` or
:func:`jplabour.validator.validate_columns` (whose caller gives the rows'
lines), with exact codes, messages and lines. Limits that only show past
large sizes are shrunk with monkeypatch; chunks are made small the same way,
so that keys are compared across chunks as in a long file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import pandas as pd
import pytest

from jplabour import validate
from jplabour.data import DATASET
from jplabour.model import Dataset, PartialDate
from jplabour.validator import cells, rules, validate_columns
from validator_rows import TWO_ORGS, figure

Row = Mapping[str, Any]
Found = list[tuple[int, str, str, str]]
_KEY = "org_id, unit, counted, as_of"


def _found(report: Any) -> Found:
    return [(i.line, i.column, i.code, i.message) for i in (*report.errors, *report.warnings)]


def _issues(rows: Any, table: str = "memberships", **options: Any) -> Found:
    """(line, column, code, message) of every error and warning, in report order."""
    return _found(validate(rows, table, **options))


def _dated(dates: Sequence[str], lines: Sequence[int] | None = None) -> Found:
    """The issues of ua-zensen's figures of 1 on *dates*, at *lines* (default: 1, 2, ...)."""
    columns = {"org_id": ["ua-zensen"] * len(dates), "value": ["1"] * len(dates), "as_of": dates}
    return _found(validate_columns(columns, "memberships", lines))


def _at(line: int, first: int | str) -> tuple[int, str, str, str]:
    earlier = first if isinstance(first, str) else f"line {first}"
    return (line, _KEY, "duplicate-key", f"the same {_KEY} as {earlier}")


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Columns checked two rows at a time: a repeat in a later chunk meets the keys stored before."""
    monkeypatch.setattr("jplabour.validator.run.CHUNK_ROWS", 2)
    monkeypatch.setattr("jplabour.validator.objects.CHUNK_ROWS", 2)


# --- counts: empty cells among plain counts ------------------------------------------------


@pytest.mark.parametrize("where", [0, 1, 2])
def test_an_empty_count_among_plain_counts_is_a_missing_value_at_its_line(where: int) -> None:
    """An empty first, middle or last cell of a column of plain counts is ``missing-value``, never read as a count."""
    values = ["5", "6", "7"]
    values[where] = ""
    rows = [figure(value, f"201{n}") for n, value in enumerate(values)]
    assert _issues(rows) == [(where + 1, "value", "missing-value", "a value is required")]


def test_a_count_with_a_leading_zero_among_plain_counts_is_normalised_at_its_line() -> None:
    """``007`` after seven plain counts is read as 7 with a note (the rest of the column is plain)."""
    values = ["1", "2", "3", "4", "5", "6", "7", "007"]
    rows = [figure(value, f"20{n + 10}") for n, value in enumerate(values)]
    assert _issues(rows) == [(8, "value", "normalized", "read '007' as 7")]


def test_the_normalised_copy_writes_a_grouped_count_among_plain_ones_in_plain_digits(
    tmp_path: Path,
) -> None:
    """``1,000`` after seven plain counts is written ``1000`` in the ``--normalize`` copy."""
    values = ["1", "2", "3", "4", "5", "6", "7", "1,000"]
    source = tmp_path / "memberships.csv"
    body = "".join(f'ua-zensen,"{value}",20{n + 10}\n' for n, value in enumerate(values))
    source.write_text(f"org_id,value,as_of\n{body}", encoding="utf-8")
    copy = tmp_path / "clean.csv"
    validate(source, "memberships", normalize=copy)
    written = [line.split(",")[1] for line in copy.read_text(encoding="utf-8-sig").splitlines()]
    assert written == ["value", "1", "2", "3", "4", "5", "6", "7", "1000"]


# --- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("since", "until", "in_order"),
    [("2019", "2019-01-01", True), ("2019", "2018-12-31", False)],
)
def test_a_year_begins_on_its_first_of_january(since: str, until: str, in_order: bool) -> None:
    """``since 2019, until 2019-01-01`` is in order (the year's first day); until 2018-12-31 is not."""
    row = {
        "member_id": "ua-zensen",
        "parent_id": "rengo",
        "status": "affiliate",
        "since": since,
        "until": until,
    }
    expected = (
        [] if in_order else [(1, "until", "date-order", f"until {until} is before since {since}")]
    )
    assert _issues([row], "affiliations") == expected


def test_an_iso_week_date_is_no_date() -> None:
    """``2019-W40-3`` has the length of a day but is not ``YYYY-MM-DD``: it is refused as a date."""
    assert _issues([figure(1, "2019-W40-3")]) == [
        (
            1,
            "as_of",
            "date",
            "not a date (YYYY, YYYY-MM, YYYY-MM-DD, Oct 2019 or an era date): '2019-W40-3'",
        )
    ]


def _with_org(org_id: str, **changes: Any) -> Dataset:
    return attrs.evolve(
        DATASET,
        organizations=tuple(
            attrs.evolve(o, **changes) if o.id == org_id else o for o in DATASET.organizations
        ),
    )


def test_a_year_that_overlaps_the_dissolution_is_inside_the_lifetime_and_the_next_month_is_not() -> (
    None
):
    """Dissolved on 2000-06-30: a figure of ``2000`` may be of its first half; ``2000-07`` is certainly after."""
    mine = _with_org("ua-zensen", dissolved=PartialDate(2000, 6, 30))
    assert _issues([figure(1, "2000"), figure(1, "2000-07")], dataset=mine) == [
        (
            2,
            "as_of",
            "outside-lifetime",
            "as_of 2000-07 is outside a lifetime: ua-zensen was dissolved in 2000-06-30",
        )
    ]


# --- lists, texts and choices ---------------------------------------------------------------


def _ambiguous(org_ids: str) -> Row:
    return {"id": "x", "name": "同名", "org_ids": org_ids, "citations": "seed-1"}


def test_a_list_of_exactly_its_minimum_items_passes_and_one_fewer_is_too_few() -> None:
    """``org_ids`` of an ambiguous name needs 2 ids: two pass, one is ``too-few-items``."""
    found = [
        (line, column, code, message)
        for line, column, code, message in _issues(
            [_ambiguous("rengo|zenroren"), _ambiguous("rengo")], "ambiguous_names"
        )
        if column == "org_ids"
    ]
    assert found == [(2, "org_ids", "too-few-items", "1 item, at least 2 needed")]


def test_a_name_in_a_list_of_organisations_is_read_as_its_id_with_a_warning() -> None:
    """``UA ZENSEN|rengo``: the list is valid and its note is the name's ``name-resolved``."""
    found = [
        (line, column, code, message)
        for line, column, code, message in _issues(
            [_ambiguous("UA ZENSEN|rengo")], "ambiguous_names"
        )
        if column == "org_ids"
    ]
    assert found == [
        (1, "org_ids", "name-resolved", "read the name 'UA ZENSEN' as the id ua-zensen")
    ]


def test_a_list_without_a_minimum_may_hold_no_item() -> None:
    """``aliases`` has no minimum of items: a cell of separators alone is no error there."""
    row = {"id": "x", "name": "n", "kind": "other", "citations": "seed-1", "aliases": "|"}
    assert [i for i in _issues([row], "organizations") if i[1] == "aliases"] == []


@pytest.mark.parametrize(
    ("language", "found"),
    [
        ("ja", []),
        ("jpn", []),
        ("jpn1", [(1, "language", "pattern", "does not match ^[a-z]{2,3}$(?!\\n): 'jpn1'")]),
    ],
)
def test_a_text_column_with_a_pattern_passes_what_matches_and_refuses_the_rest(
    language: str, found: Found
) -> None:
    """A source's ``language`` is 2 or 3 lower-case letters."""
    row = {"id": "s", "kind": "seed", "title": "t", "language": language}
    assert [i for i in _issues([row], "sources") if i[1] == "language"] == found


def test_a_british_or_american_spelling_is_a_spelling_note_and_a_case_change_a_normalisation() -> (
    None
):
    """``organizations`` is jplabour's ``organisations`` (``spelling``); ``Persons`` is ``persons`` (``normalized``)."""
    rows = [
        figure(1, "2019") | {"unit": "organizations"},
        figure(1, "2018") | {"unit": "Persons"},
    ]
    assert validate(rows, "memberships").errors == ()
    assert _issues(rows) == [
        (1, "unit", "spelling", "read 'organizations' as organisations (jplabour's spelling)"),
        (2, "unit", "normalized", "read 'Persons' as persons"),
    ]


# --- names: suggestions and look-ups ---------------------------------------------------------


def test_an_unknown_name_gets_the_closest_names_as_a_hint() -> None:
    """A misspelt ``UA ZENSENN`` is unknown, with ``did you mean ua-zensen`` as its hint."""
    report = validate([figure(1, org_id="UA ZENSENN")], "memberships", dataset=TWO_ORGS)
    [error] = report.errors
    assert (error.line, error.code) == (1, "unknown-organization")
    assert error.hint.startswith("did you mean ua-zensen")


def test_an_unknown_name_in_a_dataframe_gets_the_closest_names_as_a_hint() -> None:
    """The same hint for a DataFrame's cells as for rows'."""
    frame = pd.DataFrame({"org_id": ["UA ZENSENN"], "value": [1], "as_of": ["2019-10"]})
    [error] = validate(frame, "memberships", dataset=TWO_ORGS).errors
    assert (error.line, error.code) == (1, "unknown-organization")
    assert error.hint.startswith("did you mean ua-zensen")


def test_a_count_in_ten_thousands_is_read_with_a_warning() -> None:
    """``120万`` is 1,200,000, read with a ``normalized`` warning saying how, and no error."""
    report = validate([figure("120万")], "memberships")
    assert report.errors == ()
    assert [(w.line, w.code, w.message) for w in report.warnings] == [
        (1, "normalized", "read '120万' as 1200000: 万 as 10,000")
    ]


def test_past_the_look_up_limit_a_name_of_200_characters_is_not_an_id(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Once no more names are looked up, a 200-character name is "not an id" (not "too long")."""
    monkeypatch.setattr(cells, "LOOKUP_LIMIT", 0)
    name = "x" * 200
    assert _issues([figure(1, org_id=name)], dataset=TWO_ORGS) == [
        (1, "org_id", "unknown-organization", f"{name[:37] + '...'!r} is not an id")
    ]


def test_a_name_repeated_in_later_chunks_is_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A name met in three chunks takes one of 2 look-ups, and the next name the other.

    Its verdict is remembered across chunks, up to 200 characters (the longest remembered).
    """
    monkeypatch.setattr(cells, "LOOKUP_LIMIT", 2)
    monkeypatch.setattr("jplabour.validator.objects.CHUNK_ROWS", 1)
    name = "x" * 200
    rows = [figure(1, f"201{n}", name) for n in range(3)]
    rows.append(figure(1, "2019", "UA ZENSEN"))
    found = _issues(rows, dataset=TWO_ORGS)
    assert found[-1] == (
        4,
        "org_id",
        "name-resolved",
        "read the name 'UA ZENSEN' as the id ua-zensen",
    )
    assert [line for line, _, code, _ in found] == [1, 2, 3, 4]


def test_a_name_forgotten_when_the_cache_is_full_is_looked_up_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With room for 1 verdict, a name met again after another is looked up again, not counted again.

    Three distinct names are looked up, the third the known one; a fourth
    distinct name is past the limit (a boundary pair). The verdicts do not
    depend on the chunks: before, the name met again counted twice.
    """
    monkeypatch.setattr(cells, "CACHE_LIMIT", 1)
    monkeypatch.setattr(cells, "LOOKUP_LIMIT", 3)
    monkeypatch.setattr("jplabour.validator.objects.CHUNK_ROWS", 1)
    names = ["no-such-a", "no-such-b", "no-such-a", "UA ZENSEN", "no-such-a", "Rengo"]
    rows = [figure(1, f"201{n}", name) for n, name in enumerate(names)]
    found = _issues(rows, dataset=TWO_ORGS)
    assert [line for line, _, code, _ in found if code == "unknown-organization"] == [1, 2, 3, 5, 6]
    assert (4, "org_id", "name-resolved", "read the name 'UA ZENSEN' as the id ua-zensen") in found
    assert (6, "org_id", "unknown-organization", "'Rengo' is not an id") in found


# --- the limits the documentation states -----------------------------------------------------


def test_the_table_first_lines_and_cache_limits_are_the_documented_ones() -> None:
    """docs/validator.md states them: a key table of 16 MB, 262,144 first lines, 65,536 verdicts.

    The table's slots are 4 bytes each; the verdicts are remembered per column.
    """
    docs = Path(__file__).resolve().parent.parent / "docs"
    text = " ".join((docs / "validator.md").read_text(encoding="utf-8").split())
    assert rules.TABLE_LIMIT * 4 == 16 * 2**20
    assert "up to 16 MB" in text
    assert rules.FIRST_LINES == 262_144
    assert "262,144 keys" in text
    assert cells.CACHE_LIMIT == 65_536
    assert "65,536 distinct texts" in text


# --- duplicate keys across chunks, and the lines they name ----------------------------------


@pytest.mark.usefixtures("small_chunks")
@pytest.mark.parametrize("lines", [None, [10, 20, 30, 40, 50, 60]])
def test_a_dated_key_repeated_in_a_later_chunk_names_the_line_it_repeats(
    lines: list[int] | None,
) -> None:
    """Two rows a chunk: repeats of the first and last key of earlier chunks name their lines."""
    at = lines or [1, 2, 3, 4, 5, 6]
    found = _dated(["2001", "2002", "2003", "2002", "2004", "2001"], lines)
    assert found == [_at(at[3], at[1]), _at(at[5], at[0])]


@pytest.mark.usefixtures("small_chunks")
def test_ids_repeated_in_a_later_chunk_are_duplicates() -> None:
    """An id of an earlier chunk repeated among new ones is found, at its line."""
    rows = [figure(1, f"20{n + 10}") | {"id": key} for n, key in enumerate("abcadb")]
    assert [(line, message) for line, column, _, message in _issues(rows) if column == "id"] == [
        (4, "the same id as line 1"),
        (6, "the same id as line 2"),
    ]


@pytest.mark.usefixtures("small_chunks")
def test_a_key_with_an_error_leaves_the_others_of_its_chunk_compared() -> None:
    """A row with an unknown organisation is not compared; the next row's repeat still is."""
    rows = [
        figure(1, "2001"),
        figure(1, "2002"),
        figure(1, "2003", "no-such-org"),
        figure(1, "2001"),
    ]
    found = _issues(rows)
    assert found[1:] == [_at(4, 1)]
    assert found[0][:3] == (3, "org_id", "unknown-organization")


@pytest.mark.usefixtures("small_chunks")
def test_the_last_first_line_remembered_is_named_and_the_next_is_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the first lines of 2 keys kept, repeats in a later chunk name line 2 and not line 3."""
    monkeypatch.setattr("jplabour.validator.run.CHUNK_ROWS", 3)
    monkeypatch.setattr(rules, "FIRST_LINES", 2)
    found = _dated(["2001", "2002", "2003", "2003", "2002", "2001"])
    assert found == [_at(4, "an earlier row"), _at(5, 2), _at(6, 1)]


def test_a_new_key_checked_row_by_row_is_remembered_until_the_first_lines_are_all_taken(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With 3 first lines kept, 2 taken by a chunk of new keys, the next new key's line is the third."""
    monkeypatch.setattr("jplabour.validator.run.CHUNK_ROWS", 2)
    monkeypatch.setattr(rules, "FIRST_LINES", 3)
    found = _dated(["2001", "2002", "2001", "2003", "2003", "2004", "2004"])
    assert found == [_at(3, 1), _at(5, 4), _at(7, "an earlier row")]


def test_with_no_first_lines_remembered_every_repeat_names_an_earlier_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """FIRST_LINES 0: a duplicate is found but names no line."""
    monkeypatch.setattr(rules, "FIRST_LINES", 0)
    assert _dated(["2001", "2002", "2001"]) == [_at(3, "an earlier row")]


def _repeats(columns: Mapping[str, Sequence[str]]) -> Found:
    """The duplicate keys of ua-zensen-style figures, found with a dict: what the rule must report."""
    first: dict[tuple[str, str], int] = {}
    found: Found = []
    for line, key in enumerate(zip(columns["org_id"], columns["as_of"], strict=True), start=1):
        if key in first:
            found.append(_at(line, first[key]))
        else:
            first[key] = line
    return found


@pytest.mark.parametrize(
    ("chunk", "table", "interned"),
    [(4096, 1 << 22, 1 << 16), (7, 1 << 22, 1 << 16), (7, 256, 3), (50, 300, 1 << 16)],
)
def test_every_duplicate_is_found_however_small_the_chunks_and_the_key_table(
    monkeypatch: pytest.MonkeyPatch, chunk: int, table: int, interned: int
) -> None:
    """100 months of 5 organisations, each key three times: every repeat names its key's first line.

    The key table widens past 64 dates; a small one (few slots, few groups and dates
    interned) leaves the other keys hashed, with the same duplicates.
    """
    orgs = ["ua-zensen", "rengo", "jam", "zenroren", "jilaf"]
    months = [f"{1950 + n // 12}-{1 + n % 12:02}" for n in range(100)]
    columns = {
        "org_id": [orgs[n % 5] for n in range(300)],
        "value": ["1"] * 300,
        "as_of": [months[n % 100] for n in range(300)],
    }
    monkeypatch.setattr("jplabour.validator.run.CHUNK_ROWS", chunk)
    monkeypatch.setattr(rules, "TABLE_LIMIT", table)
    monkeypatch.setattr(rules, "INTERN_LIMIT", interned)
    found = [i for i in _found(validate_columns(columns, "memberships")) if i[1] == _KEY]
    assert len(found) == 200
    assert found == _repeats(columns)


# --- lines the caller gives: 0 and past 2**32 ------------------------------------------------


def test_a_row_at_line_0_is_compared_and_named_like_any_other() -> None:
    """Lines given by the caller may start at 0: a repeat of that row names line 0."""
    assert _dated(["2019", "2019"], [0, 5]) == [_at(5, 0)]
    assert _dated(["2019", "2019"], range(2)) == [_at(1, 0)]


#: The last line a key table remembers: its slots hold the line plus 1 in 32 bits, less 2 values.
_LAST_LINE = 2**32 - 3


@pytest.mark.parametrize("lines", [[_LAST_LINE, _LAST_LINE + 1], range(_LAST_LINE, _LAST_LINE + 2)])
def test_the_last_line_remembered_is_named(lines: Sequence[int]) -> None:
    """A repeat of a row at line 4,294,967,293 names it."""
    assert _dated(["2019", "2019"], lines) == [_at(_LAST_LINE + 1, _LAST_LINE)]


@pytest.mark.parametrize(
    "lines",
    [
        [_LAST_LINE + 1, _LAST_LINE + 2, _LAST_LINE + 3, 2**40],
        range(_LAST_LINE + 1, _LAST_LINE + 5),
    ],
)
def test_rows_past_the_last_line_remembered_are_compared_without_naming_it(
    lines: Sequence[int],
) -> None:
    """Rows from line 4,294,967,294 on: their repeats are found and name "an earlier row"."""
    found = _dated(["2019", "2020", "2019", "2020"], lines)
    assert found == [_at(lines[2], "an earlier row"), _at(lines[3], "an earlier row")]


@pytest.mark.usefixtures("small_chunks")
@pytest.mark.parametrize(
    "lines",
    [
        [2**32 + n for n in range(6)],
        [2**32 - 4 + n for n in range(6)],
        range(2**32 - 4, 2**32 + 2),
    ],
)
def test_keys_of_rows_past_the_last_line_are_remembered_across_chunks(lines: Sequence[int]) -> None:
    """Past line 4,294,967,293, keys of a chunk are still stored: a later chunk's repeat is found."""
    found = _dated(["2001", "2002", "2003", "2004", "2002", "2001"], lines)
    assert [(line, code) for line, _, code, _ in found] == [
        (lines[4], "duplicate-key"),
        (lines[5], "duplicate-key"),
    ]


@pytest.mark.usefixtures("small_chunks")
def test_a_key_with_an_error_past_the_last_line_remembered_leaves_the_others_compared() -> None:
    """Lines past 2**32 and a row with an unknown organisation in the same chunk."""
    columns = {
        "org_id": ["ua-zensen", "no-such-org", "ua-zensen", "ua-zensen"],
        "value": ["1"] * 4,
        "as_of": ["2001", "2001", "2002", "2001"],
    }
    lines = [2**32 + n for n in range(4)]
    found = _found(validate_columns(columns, "memberships", lines))
    assert [(line, code) for line, _, code, _ in found] == [
        (lines[1], "unknown-organization"),
        (lines[3], "duplicate-key"),
    ]
