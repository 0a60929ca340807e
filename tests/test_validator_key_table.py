"""Behaviours of `jplabour validate` that an independent review found mislabelled as equivalent.

Each test pins what a user sees: the duplicate-key rule's table of dated keys
and its limits, counts written over two lines, the minimum of a rank, the
natural keys of a partition, a lifetime from the user's own dataset, and dates
whose month or day has three digits. Every test goes through a public entry point.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import pytest

import jplabour
from jplabour.data import DATASET
from jplabour.model import PartialDate
from jplabour.validator import natural_keys, rules, validate_columns

Found = list[tuple[int, str, str]]


def _issues(
    columns: Mapping[str, Sequence[str]], table: str = "memberships", **options: Any
) -> Found:
    report = validate_columns(columns, table, **options)
    return [(i.line, i.code, i.message) for i in (*report.errors, *report.warnings)]


def test_a_figure_per_year_of_one_organisation_is_valid() -> None:
    """Two figures of the same organisation at different dates are two keys, not a duplicate."""
    columns = {
        "org_id": ["zenroren", "zenroren"],
        "value": ["100", "200"],
        "as_of": ["2019", "2020"],
    }
    assert _issues(columns) == []


def test_a_key_of_several_columns_repeated_names_its_first_line() -> None:
    """With a unit column the key is (org_id, unit, counted, as_of); line 3 repeats line 1."""
    columns = {
        "org_id": ["zenroren"] * 3,
        "unit": ["persons"] * 3,
        "value": ["1", "2", "3"],
        "as_of": ["2019", "2020", "2019"],
    }
    assert _issues(columns) == [
        (3, "duplicate-key", "the same org_id, unit, counted, as_of as line 1")
    ]


def _undated_days(count: int) -> list[str]:
    """*count* consecutive days ending 2019-12-31, as ISO dates."""
    last = dt.date(2019, 12, 31).toordinal()
    return [dt.date.fromordinal(last - count + 1 + n).isoformat() for n in range(count)]


#: An organisation with no founding or end date (no lifetime bounds its figures).
WITHOUT_LIFETIME = "zenrokyo"


@pytest.mark.parametrize(
    ("days", "warned_at"),
    [(rules.INTERN_LIMIT, None), (rules.INTERN_LIMIT + 1, rules.INTERN_LIMIT + 1)],
)
def test_the_table_of_dated_keys_holds_intern_limit_dates_and_no_more(
    monkeypatch: pytest.MonkeyPatch, days: int, warned_at: int | None
) -> None:
    """65,536 distinct dates fit the table; the next one's key is hashed (here: not remembered).

    With no room for hashed keys (KEY_LIMIT 0), the first key outside the table
    is the one warning, so the warning's line shows where the table ends.
    """
    monkeypatch.setattr(rules, "KEY_LIMIT", 0)
    org = WITHOUT_LIFETIME
    assert jplabour.get(org).founded is None
    assert jplabour.get(org).dissolved is None
    columns = {"org_id": [org] * days, "value": ["1"] * days, "as_of": _undated_days(days)}
    warned = [line for line, code, _ in _issues(columns) if code == "keys-not-remembered"]
    assert warned == ([] if warned_at is None else [warned_at])


def test_keys_past_the_limit_warn_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past KEY_LIMIT hashed keys, one warning at the first key not remembered, not one per row."""
    monkeypatch.setattr(rules, "KEY_LIMIT", 2)
    columns = {
        "id": [f"row-{n}" for n in range(5)],
        "org_id": ["zenroren"] * 5,
        "value": ["1"] * 5,
        "as_of": ["2015", "2016", "2017", "2018", "2019"],
    }
    assert [(line, code) for line, code, _ in _issues(columns)] == [(3, "keys-not-remembered")]


def test_counts_written_over_two_lines_are_each_read_and_told() -> None:
    """Two counts each holding one line break (as many breaks as cells) are read one by one."""
    for org in ("zenroren", "ceramics-rengo"):
        columns = {"org_id": [org, org], "value": ["1\n2", "3\n4"], "as_of": ["2019", "2020"]}
        assert _issues(columns) == [
            (1, "normalized", "read '1\\n2' as 12"),
            (2, "normalized", "read '3\\n4' as 34"),
        ]


@pytest.mark.parametrize(
    ("rank", "found"), [("1", []), ("0", [(2, "minimum", "0 is less than 1")])]
)
def test_a_rank_is_at_least_1(rank: str, found: Found) -> None:
    """Boundary pair: rank 1 is valid, rank 0 is below the minimum, told at its line."""
    columns = {
        "member_id": ["ceramics-rengo", "ceramics-rengo"],
        "parent_id": ["rengo", "rengo"],
        "status": ["affiliate", "affiliate"],
        "as_of": ["2019", "2020"],
        "rank": ["1", rank],
    }
    assert _issues(columns, "affiliations") == found


def test_natural_keys_of_a_frame_without_a_required_enum_column_hold_an_empty_text() -> None:
    """A missing status (affiliations) or kind (successions) is '' in the keys, never 'None'."""
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"member_id": ["zenrokyo"], "parent_id": ["zenroren"], "as_of": ["2019"]})
    keys = natural_keys(frame, "affiliations")
    assert list(keys["status"]) == [""]


def test_a_lifetime_of_the_users_dataset_is_judged_as_given() -> None:
    """A dataset whose organisation is founded after it ends still bounds its figures by its founding."""
    org = next(o for o in DATASET.organizations if o.id == "chiginren")
    odd = attrs.evolve(
        org, founded=PartialDate.parse("2100"), dissolved=PartialDate.parse("1990-06-30")
    )
    dataset = attrs.evolve(
        DATASET,
        organizations=tuple(odd if o.id == org.id else o for o in DATASET.organizations),
    )
    found = _issues({"org_id": ["chiginren"], "value": ["1"], "as_of": ["1990"]}, dataset=dataset)
    assert found == [
        (1, "outside-lifetime", "as_of 1990 is outside a lifetime: chiginren was founded in 2100")
    ]


@pytest.mark.parametrize(
    ("as_of", "refused"),
    [("2019-01", False), ("2019-001", True), ("2019-01-01", False), ("2019-01-001", True)],
)
def test_a_month_or_day_of_three_digits_is_not_a_date(as_of: str, refused: bool) -> None:
    """Boundary pairs: two-digit months and days are read; a third digit makes the cell no date."""
    found = _issues({"org_id": ["zenrokyo"], "value": ["1"], "as_of": [as_of]})
    message = f"not a date (YYYY, YYYY-MM, YYYY-MM-DD, Oct 2019 or an era date): '{as_of}'"
    assert found == ([(1, "date", message)] if refused else [])


def _lasting_orgs(count: int) -> list[str]:
    """*count* organisations whose lifetimes hold 2019 (no lifetime rule fires)."""
    from jplabour.lifetimes import lifetimes

    first = dt.date(2019, 1, 1)
    return sorted(
        org
        for org, lifetime in lifetimes(DATASET).items()
        if lifetime.ended is None and (lifetime.founded is None or lifetime.founded.latest < first)
    )[:count]


@pytest.mark.parametrize("vary", ["org_id", "as_of"])
def test_a_chunk_that_overfills_the_table_is_learnt_row_by_row(
    monkeypatch: pytest.MonkeyPatch, vary: str
) -> None:
    """Eight new groups (or dates) in one chunk, room for three: the first three rows' keys fit.

    The table takes a chunk's new values all or none; when they do not all
    fit, the rows are taken in their order, so the first key left out is the
    fourth row's (with KEY_LIMIT 0 it is the one warning), whatever the order
    of a set of them would be.
    """
    monkeypatch.setattr(rules, "INTERN_LIMIT", 3)
    monkeypatch.setattr(rules, "KEY_LIMIT", 0)
    orgs = _lasting_orgs(8) if vary == "org_id" else [WITHOUT_LIFETIME] * 8
    days = [f"2019-01-{day:02d}" for day in range(1, 9)] if vary == "as_of" else ["2019"] * 8
    columns = {"org_id": orgs, "value": ["1"] * 8, "as_of": days}
    assert [(line, code) for line, code, _ in _issues(columns)] == [(4, "keys-not-remembered")]
