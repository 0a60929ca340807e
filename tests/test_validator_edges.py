"""Edges of `jplabour validate` that tools/mutation_score.py found unpinned.

Counts (the plain-digit path and the full reader give the same verdicts), the
limits on name look-ups and suggestions, the columns a rule needs, and dates
at the edges of what the duplicate-key rule remembers. Every test goes
through :func:`jplabour.validate` (rows or a CSV file), so that it holds
whatever shape the validator's insides take.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import pytest

from jplabour import validate
from jplabour.data import DATASET
from jplabour.model import Dataset, PartialDate
from jplabour.validator import LOOKUP_LIMIT, Validation, rules
from validator_rows import TWO_ORGS, figure

Row = Mapping[str, Any]
Found = list[tuple[int, str, str, str]]


def _issues(rows_or_path: Any, table: str = "memberships", **options: Any) -> Found:
    """(line, column, code, message) of every error and warning, in report order."""
    report = validate(rows_or_path, table, **options)
    return [(i.line, i.column, i.code, i.message) for i in (*report.errors, *report.warnings)]


def _csv(tmp_path: Path, text: str, table: str = "memberships") -> Found:
    path = tmp_path / f"{table}.csv"
    path.write_text(text, encoding="utf-8")
    return _issues(path, table)


# --- counts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("0", []),
        ("7", []),
        ("007", [(1, "value", "normalized", "read '007' as 7")]),
        ("00", [(1, "value", "normalized", "read '00' as 0")]),
        ("１２", [(1, "value", "normalized", "read '１２' as 12")]),
        ("1,000", [(1, "value", "normalized", "read '1,000' as 1000")]),
        ("-1", [(1, "value", "signed", "a count has no sign: '-1'")]),
        (
            "1000000000000000000",
            [(1, "value", "too-large", "more than 18 digits: '1000000000000000000'")],
        ),
    ],
)
def test_a_count_in_plain_digits_passes_as_is_and_any_other_spelling_is_normalised(
    text: str, found: Found
) -> None:
    """Plain ASCII digits without a leading zero are the count; ``007`` or ``１２`` are read with a note."""
    assert _issues([figure(text)]) == found


def test_eighteen_digits_are_a_count_and_nineteen_are_too_large_in_a_column_of_plain_counts() -> (
    None
):
    """The longest plain count is read in a column of them; one digit more is refused at its line."""
    eighteen, nineteen = "9" * 18, "1" + "0" * 18
    rows = [
        figure("5", "2019-09", "rengo"),
        figure(eighteen, "2019-10", "rengo"),
        figure(nineteen, "2019-11", "rengo"),
    ]
    assert _issues(rows) == [(3, "value", "too-large", f"more than 18 digits: '{nineteen}'")]


def test_a_cell_holding_a_line_break_is_not_two_counts() -> None:
    """A cell of ``12``, a line break and ``34`` is one (normalised) count, never two counts."""
    rows = [figure("12\n34"), figure("5", "2019-11")]
    assert _issues(rows) == [(1, "value", "normalized", "read '12\\n34' as 1234")]


@pytest.mark.parametrize("column", ["rank"])
def test_a_count_below_its_minimum_is_refused_even_among_plain_counts(column: str) -> None:
    """``rank`` starts at 1: ``1`` and ``2`` pass, ``0`` is ``minimum`` at its line."""
    rows = [
        {
            "member_id": "ua-zensen",
            "parent_id": "rengo",
            "status": "affiliate",
            column: rank,
            "as_of": f"20{n}",
        }
        for n, rank in enumerate(["1", "0", "2"], start=10)
    ]
    assert _issues(rows, "affiliations") == [(2, column, "minimum", "0 is less than 1")]


def test_an_approximate_count_is_read_where_the_table_can_mark_it_and_refused_elsewhere() -> None:
    """A membership figure ``約120万`` is read (its row is approximate); an event number ``約9`` is not a number."""
    assert _issues([figure("約120万")]) == [
        (
            1,
            "value",
            "approximate",
            "read '約120万' as approximately 1200000: the prefix 約, 万 as 10,000",
        )
    ]
    event = {"org_id": "rengo", "date": "2019-10", "kind": "convention", "summary": "x"}
    rows = [{**event, "number": number} for number in ("約9", "0", "1")]
    assert _issues(rows, "events") == [
        (1, "number", "approximate", "an approximate figure, not a count: '約9'"),
        (2, "number", "minimum", "0 is less than 1"),
    ]


# --- names: how many are looked up, and how many get suggestions ----------------------


def test_the_first_names_unknown_get_suggestions_and_the_rest_a_pointer_to_search() -> None:
    """200 unknown names get the closest names; the 201st is pointed at ``jplabour search``."""
    rows = [figure(1, org_id=f"UA ZENSEN {number}") for number in range(201)]
    report = validate(rows, "memberships", dataset=TWO_ORGS)
    hints = [issue.hint for issue in report.errors]
    assert len(hints) == 201
    assert hints[199].startswith("did you mean ua-zensen")
    assert hints[200] == "see `jplabour search NAME`"


def _unknown_then_known(unknown: int) -> Any:
    rows = [figure(1, org_id=f"no-such-org-{number}") for number in range(unknown)]
    rows.append(figure(1, org_id="UA ZENSEN"))
    return validate(rows, "memberships", dataset=TWO_ORGS, max_errors=20_000)


def test_the_last_name_within_the_look_up_limit_is_resolved() -> None:
    """The LOOKUP_LIMIT-th distinct name met is looked up: a known name there is read as its id."""
    report = _unknown_then_known(LOOKUP_LIMIT - 1)
    resolved = [i for i in report.warnings if i.code == "name-resolved"]
    assert [(i.line, i.message) for i in resolved] == [
        (LOOKUP_LIMIT, "read the name 'UA ZENSEN' as the id ua-zensen")
    ]


def test_the_first_name_past_the_look_up_limit_is_not_looked_up() -> None:
    """After LOOKUP_LIMIT distinct names, a known name is no longer looked up: it is not an id."""
    last = _unknown_then_known(LOOKUP_LIMIT).errors[-1]
    assert (last.line, last.code, last.message) == (
        LOOKUP_LIMIT + 1,
        "unknown-organization",
        "'UA ZENSEN' is not an id",
    )


def test_names_past_the_look_up_limit_are_not_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Verdicts on names looked up are remembered; those past the limit are not, and do not change.

    A name resolved within the limit stays resolved when it comes again after
    it (its verdict is remembered); the names met after the limit take no
    room in the cache, and a name past it is unknown every time it comes.
    """
    monkeypatch.setattr("jplabour.validator.cells.LOOKUP_LIMIT", 2)
    validation = Validation("memberships", dataset=TWO_ORGS, max_errors=1000)
    validation.read_header(["org_id", "value", "as_of"], line=1)
    names = ["UA ZENSEN", "nope", "late-1", "late-2", "UA ZENSEN", "Rengo", "Rengo"]
    for line, name in enumerate(names, start=2):  # a chunk a row: each verdict asked anew
        validation.check_texts({"org_id": [name], "value": ["1"], "as_of": ["2019"]}, [line])
    assert set(validation.columns["org_id"].cache) == {"UA ZENSEN", "nope"}
    report = validation.report()
    assert [(i.line, i.value) for i in report.warnings if i.code == "name-resolved"] == [
        (2, "UA ZENSEN"),
        (6, "UA ZENSEN"),
    ]
    assert [(i.line, i.message) for i in report.errors if i.value == "Rengo"] == [
        (7, "'Rengo' is not an id"),
        (8, "'Rengo' is not an id"),
    ]


# --- the columns a rule needs ---------------------------------------------------------


def test_a_file_of_just_the_required_columns_is_compared_with_the_parents_figures(
    tmp_path: Path,
) -> None:
    """``org_id,value,as_of`` alone is enough for ``above-parent``: unit and count default."""
    found = _csv(tmp_path, "org_id,value,as_of\nua-zensen,99999999,2019-10\nua-zensen,5,2019-11\n")
    assert found == [
        (
            2,
            "value",
            "above-parent",
            (
                "99999999 is more than the 7,000,000 (approximately) persons jplabour records "
                "for the parent rengo in 2019"
            ),
        )
    ]


@pytest.mark.parametrize(
    ("header", "row", "missing"),
    [
        ("org_id,as_of", "ua-zensen,2019-10", "value"),
        ("value,as_of", "99999999,2019-10", "org_id"),
        ("org_id,value", "ua-zensen,99999999", "as_of"),
    ],
)
def test_a_file_without_a_required_column_says_so_and_checks_the_rest(
    tmp_path: Path, header: str, row: str, missing: str
) -> None:
    """The missing column is one error; the parent rule, which needs all three, does not run."""
    assert _csv(tmp_path, f"{header}\n{row}\n") == [
        (1, missing, "missing-column", f"no {missing} column")
    ]


# --- the duplicate-key rule at the edges of its remembered window -----------------------

#: The codes of a key's dates that are remembered as one byte each: about 30 years each side
#: of the first date seen with the key (three codes a day: year, month and day precision).
_HALF_WINDOW_DAYS = 10_923


def test_dates_about_thirty_years_apart_are_different_keys_and_their_repeats_duplicates() -> None:
    """A day and a month 30 years later (the edge of what the rule keeps as bytes) are two keys."""
    month = dt.date(2019, 10, 1)
    day = dt.date.fromordinal(month.toordinal() - _HALF_WINDOW_DAYS)
    rows = [figure(1, day.isoformat()), figure(1, "2019-10")]
    assert _issues(rows) == []
    label = "org_id, unit, counted, as_of"
    assert _issues([*rows, figure(1, "2019-10"), figure(1, day.isoformat())]) == [
        (3, label, "duplicate-key", f"the same {label} as line 2"),
        (4, label, "duplicate-key", f"the same {label} as line 1"),
    ]


@pytest.mark.parametrize("years", [1, 29, 31, 60, 200])
def test_a_key_repeated_any_number_of_years_later_is_a_duplicate(years: int) -> None:
    """Within the window or far outside it, a repeated date of the same key is found."""
    first = dt.date(1990, 1, 1)
    later = first.replace(year=first.year + years).isoformat()
    rows = [figure(1, first.isoformat()), figure(1, later), figure(1, later)]
    label = "org_id, unit, counted, as_of"
    assert _issues(rows) == [(3, label, "duplicate-key", f"the same {label} as line 2")]


# --- rules over the columns a file has ------------------------------------------------


def test_a_positions_file_without_since_finds_repeated_keys_by_as_of(tmp_path: Path) -> None:
    """The key's date is the last date column the file has: ``as_of`` when ``since`` is absent."""
    row = "takagi-tsuyoshi,jilaf,president,2019-12"
    found = _csv(tmp_path, f"person_id,org_id,role,as_of\n{row}\n{row}\n{row[:-3]}\n", "positions")
    label = "person_id, org_id, role, since, as_of"
    assert found == [(3, label, "duplicate-key", f"the same {label} as line 2")]


@pytest.mark.parametrize(
    ("since", "until", "in_order"),
    [
        ("2019-10-31", "2019-10", True),
        ("2019-11-01", "2019-10", False),
        ("2019-10", "2019-10-01", True),
        ("2019-10", "2019-09-30", False),
        ("2019-12-31", "2019", True),
        ("2020-01-01", "2019", False),
    ],
)
def test_an_until_within_the_month_or_year_of_since_is_in_order(
    since: str, until: str, in_order: bool
) -> None:
    """A month ends on its last day and a year on 31 December: ``since 2019-10-31, until 2019-10`` is fine."""
    row = {
        "member_id": "ua-zensen",
        "parent_id": "rengo",
        "status": "affiliate",
        "since": since,
        "until": until,
    }
    found = _issues([row], "affiliations")
    expected = (
        [] if in_order else [(1, "until", "date-order", f"until {until} is before since {since}")]
    )
    assert found == expected


def _with_org(org_id: str, **changes: Any) -> Dataset:
    """The real dataset with organisation *org_id* changed: a user's own dataset."""
    return attrs.evolve(
        DATASET,
        organizations=tuple(
            attrs.evolve(o, **changes) if o.id == org_id else o for o in DATASET.organizations
        ),
    )


def test_the_lifetime_of_an_organisation_known_only_to_have_ended_is_checked() -> None:
    """With a dataset where an organisation has no founding date but a dissolution, later dates are outside."""
    org = next(o for o in DATASET.organizations if o.id == "ua-zensen")
    mine = _with_org(org.id, founded=None, dissolved=PartialDate(2000))
    rows = [figure(1, "1999-12"), figure(1, "2000-12-31"), figure(1, "2001-01")]
    assert _issues(rows, dataset=mine) == [
        (
            3,
            "as_of",
            "outside-lifetime",
            "as_of 2001-01 is outside a lifetime: ua-zensen was dissolved in 2000",
        )
    ]


# --- the keys a run remembers -----------------------------------------------------------


def _ids(ids: list[str]) -> list[Row]:
    return [
        figure(1, f"19{number + 10}", "ua-zensen") | {"id": key} for number, key in enumerate(ids)
    ]


def test_past_the_key_limit_a_warning_says_keys_are_no_longer_remembered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With room for 3 ids, the 4th is a warning (once); repeats of the first 3 are still found."""
    monkeypatch.setattr(rules, "KEY_LIMIT", 3)
    found = [
        (line, column, code)
        for line, column, code, _ in _issues(_ids(["a", "b", "c", "d", "e", "a", "d"]))
    ]
    assert found == [(6, "id", "duplicate-key"), (4, "id", "keys-not-remembered")]


def test_a_duplicate_names_the_first_line_of_the_first_keys_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Lines are remembered for FIRST_LINES keys: a repeat of a later key names 'an earlier row'."""
    monkeypatch.setattr(rules, "FIRST_LINES", 2)
    rows = _ids(["a", "b", "c", "c", "b", "a"])
    messages = [(line, message) for line, column, _, message in _issues(rows) if column == "id"]
    assert messages == [
        (4, "the same id as an earlier row"),
        (5, "the same id as line 2"),
        (6, "the same id as line 1"),
    ]


def test_a_dated_key_repeated_names_the_first_line_of_the_first_keys_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same for a key with a date (``org_id, unit, counted, as_of``): 2 first lines remembered."""
    monkeypatch.setattr(rules, "FIRST_LINES", 2)
    dates = ["2001", "2002", "2003", "2003", "2002", "2001"]
    rows = [figure(1, date) | {"id": f"row-{n}"} for n, date in enumerate(dates)]
    assert [(line, message) for line, _, _, message in _issues(rows)] == [
        (4, "the same org_id, unit, counted, as_of as an earlier row"),
        (5, "the same org_id, unit, counted, as_of as line 2"),
        (6, "the same org_id, unit, counted, as_of as line 1"),
    ]


# --- the natural keys of each table ------------------------------------------------------

_AFFILIATION = {
    "member_id": "ua-zensen",
    "parent_id": "rengo",
    "status": "affiliate",
    "as_of": "2019-10",
}
_POSITION = {
    "person_id": "takagi-tsuyoshi",
    "org_id": "jilaf",
    "role": "president",
    "since": "2015",
    "as_of": "2019-12",
}
_OTHER = {
    "member_id": "jam",
    "parent_id": "zenroren",
    "status": "former",
    "as_of": "2019-11",
    "person_id": "aihara-yasunobu",
    "org_id": "rengo",
    "role": "vice_president",
    "since": "2016",
}


@pytest.mark.parametrize(
    ("table", "row", "column"),
    [
        *(("affiliations", _AFFILIATION, column) for column in _AFFILIATION),
        *(("positions", _POSITION, column) for column in _POSITION),
    ],
)
def test_rows_differing_in_any_one_natural_key_column_are_no_duplicate(
    table: str, row: Row, column: str
) -> None:
    """Each column of an affiliation's or position's natural key tells two rows apart."""
    other = {**row, column: _OTHER[column]}
    assert _issues([other], table) == []  # a valid row: its key is compared
    codes = [code for _, _, code, _ in _issues([row, other], table)]
    assert "duplicate-key" not in codes
    codes = [code for _, _, code, _ in _issues([row, row], table)]
    assert codes.count("duplicate-key") == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [("2019-12-31", "2020"), ("2019-12-31", "2020-01"), ("2019-11-30", "2019-12")],
)
def test_a_day_and_the_next_month_or_year_are_different_keys(first: str, second: str) -> None:
    """The last day of a month or year and the month or year after it are two dates."""
    assert _issues([figure(1, first), figure(1, second)]) == []


# --- the limits the documentation states ---------------------------------------------------


def test_the_limits_the_validator_documents_are_the_ones_it_applies() -> None:
    """docs/validator.md states 524,288 keys (``KEY_LIMIT``); docs/file-safety.md 10,000 names looked up."""
    docs = Path(__file__).resolve().parent.parent / "docs"
    assert rules.KEY_LIMIT == 524_288
    validator_md = " ".join((docs / "validator.md").read_text(encoding="utf-8").split())
    assert "524,288" in validator_md
    assert "`KEY_LIMIT`" in validator_md
    assert LOOKUP_LIMIT == 10_000
    assert "10,000 distinct names are looked up" in " ".join(
        (docs / "file-safety.md").read_text(encoding="utf-8").split()
    )


def test_a_date_on_the_founding_day_is_inside_the_lifetime_and_the_day_before_outside() -> None:
    """Zenroren was founded on 1989-11-21: a figure of that day passes, one of the day before does not."""
    rows = [figure(1, "1989-11-21", "zenroren"), figure(1, "1989-11-20", "zenroren")]
    assert _issues(rows) == [
        (
            2,
            "as_of",
            "outside-lifetime",
            "as_of 1989-11-20 is outside a lifetime: zenroren was founded in 1989-11-21",
        )
    ]


def test_a_date_on_the_last_day_is_inside_the_lifetime_and_the_day_after_outside() -> None:
    """With ua-zensen dissolved on 2000-06-30 (a dataset of one's own), that day passes and the next does not."""
    mine = _with_org("ua-zensen", dissolved=PartialDate(2000, 6, 30))
    rows = [figure(1, "2000-06-30"), figure(1, "2000-07-01"), figure(1, "2000-06")]
    assert _issues(rows, dataset=mine) == [
        (
            2,
            "as_of",
            "outside-lifetime",
            "as_of 2000-07-01 is outside a lifetime: ua-zensen was dissolved in 2000-06-30",
        )
    ]


# --- cells: references, warnings, spellings ------------------------------------------------


def _position(**changes: str) -> Row:
    return {"person_id": "takagi-tsuyoshi", "org_id": "jilaf", "role": "president", **changes}


@pytest.mark.parametrize(
    ("person_id", "found"),
    [
        ("takagi-tsuyoshi", []),
        (
            "no-such-person",
            [(1, "person_id", "unknown-reference", "no people record 'no-such-person'")],
        ),
    ],
)
def test_a_reference_names_a_record_of_its_table(person_id: str, found: Found) -> None:
    """A person id must be one of jplabour's people; a well-formed unknown one is ``unknown-reference``."""
    assert _issues([_position(person_id=person_id)], "positions") == found


def test_a_malformed_reference_is_a_format_error_not_an_unknown_record() -> None:
    """``Bad Id`` is not an id at all: its error is the id format's, not ``unknown-reference``."""
    [(line, column, code, _)] = _issues([_position(person_id="Bad Id")], "positions")
    assert (line, column) == (1, "person_id")
    assert code != "unknown-reference"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("2019-10-02", "2019/10/02"),
        ("2019", "2019年"),
        ("2019-10", "2019/10"),
        ("2019-10-02", "R1.10.2"),
    ],
)
def test_the_same_date_written_two_ways_is_the_same_key_at_every_precision(
    one: str, other: str
) -> None:
    """A plain ``2019-10-02`` and ``2019/10/02`` are one day; ``2019`` and ``2019年`` one year."""
    label = "org_id, unit, counted, as_of"
    found = _issues([figure(1, one), figure(1, other)])
    assert (2, label, "duplicate-key", f"the same {label} as line 1") in found


def test_normalised_and_approximate_counts_are_warnings_not_errors() -> None:
    """``1,000`` and ``約120万`` are read with a note: the report has no error."""
    report = validate([figure("1,000"), figure("約120万", "2019-11")], "memberships")
    assert report.errors == ()
    assert [w.code for w in report.warnings] == ["normalized", "approximate"]


def test_a_row_without_a_count_does_not_stop_the_parent_comparison_of_later_rows() -> None:
    """``above-parent`` skips a row whose count is invalid and compares the rows after it."""
    rows = [figure("abc"), figure(99_999_999, "2019-11")]
    codes = [(line, code) for line, _, code, _ in _issues(rows)]
    assert (2, "above-parent") in codes


def test_a_name_of_200_characters_is_looked_up_and_one_of_201_is_too_long() -> None:
    """Names up to SHORT_TEXT (200) characters are looked up; a longer text is not a name."""
    short, long = "x" * 200, "x" * 201
    found = _issues([figure(1, org_id=short), figure(1, "2019-11", long)])
    assert [message for _, _, _, message in found] == [
        f"no organisation {short[:37] + '...'!r}",
        f"{long[:37] + '...'!r} is too long for a name",
    ]


def test_past_the_key_limit_a_file_of_new_ids_still_warns(monkeypatch: pytest.MonkeyPatch) -> None:
    """With room for 2 ids, a file of 3 different ids warns at the 3rd (no repeats in the chunk)."""
    monkeypatch.setattr(rules, "KEY_LIMIT", 2)
    found = [(line, code) for line, _, code, _ in _issues(_ids(["a", "b", "c"]))]
    assert found == [(3, "keys-not-remembered")]


def test_rows_of_a_dated_key_without_their_date_are_compared_too(tmp_path: Path) -> None:
    """Two positions with the same person, body and role and no dates are the same key."""
    row = "takagi-tsuyoshi,jilaf,president,,"
    found = _csv(tmp_path, f"person_id,org_id,role,since,as_of\n{row}\n{row}\n", "positions")
    label = "person_id, org_id, role, since, as_of"
    assert found == [(3, label, "duplicate-key", f"the same {label} as line 2")]
