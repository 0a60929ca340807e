"""Tests of jplabour.model: partial dates, immutable records, the table registry."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import strategies
from jplabour.data import DATASET
from jplabour.model import TABLES, Dataset, PartialDate, describe


def partial_dates() -> st.SearchStrategy[PartialDate]:
    """Partial dates of any precision, as objects."""
    return strategies.partial_dates().map(PartialDate.parse)


@given(partial_dates())
def test_partial_date_round_trips_through_its_string(date: PartialDate) -> None:
    """str() then parse() gives the same partial date."""
    assert PartialDate.parse(str(date)) == date


@given(partial_dates())
def test_partial_date_interval_is_ordered(date: PartialDate) -> None:
    """The earliest day a date may denote is never after the latest."""
    assert date.earliest <= date.latest
    assert date.contains(date)
    assert date.overlaps(date)


@given(partial_dates(), partial_dates())
def test_certainly_before_is_asymmetric_and_excludes_overlap(
    a: PartialDate, b: PartialDate
) -> None:
    """At most one of before/after/overlap holds, and exactly one does."""
    relations = [a.certainly_before(b), a.certainly_after(b), a.overlaps(b)]
    assert relations.count(True) == 1


@given(partial_dates(), partial_dates())
def test_sort_key_agrees_with_certain_order(a: PartialDate, b: PartialDate) -> None:
    """Sorting by sort_key never puts a certainly later date first."""
    if a.certainly_before(b):
        assert a.sort_key < b.sort_key


def test_coarser_date_overlaps_finer_dates_inside_it() -> None:
    """1989 and 1989-11 are neither before nor after each other."""
    year, month = PartialDate.parse("1989"), PartialDate.parse("1989-11")
    assert year.contains(month)
    assert not year.certainly_before(month)
    assert not month.certainly_after(year)
    assert PartialDate.parse("1989-05").certainly_before(month)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "89",
        "1989\n",
        " 1989",
        "1989-13",
        "1989-00",
        "2019-02-29",
        "1989-11-31",
        "1989/11",
        "1989-1",
        "x",
    ],
)
def test_bad_partial_dates_are_rejected(text: str) -> None:
    """Malformed or calendar-impossible dates raise ValueError."""
    with pytest.raises(ValueError, match=r"\S"):
        PartialDate.parse(text)


def test_leap_day_is_accepted() -> None:
    """2020-02-29 exists."""
    assert PartialDate.parse("2020-02-29").day == 29


@pytest.mark.parametrize("table", [t for t in TABLES if DATASET.table(t)])
def test_records_cannot_be_mutated(table: str) -> None:
    """Every record is frozen: assigning a field raises."""
    record = DATASET.table(table)[0]
    field = attrs.fields(type(record))[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(record, field, "changed")


def test_tables_are_tuples_and_registry_is_read_only() -> None:
    """Tables are immutable tuples and TABLES cannot be changed."""
    for table in TABLES:
        assert isinstance(DATASET.table(table), tuple)
    with pytest.raises(TypeError):
        TABLES["extra"] = Dataset  # type: ignore[index]


def test_unknown_table_is_a_clear_key_error() -> None:
    """Asking for a table that does not exist names the tables that do."""
    with pytest.raises(KeyError, match="organizations"):
        DATASET.table("unions")


@pytest.mark.parametrize("record_type", list(TABLES.values()))
def test_every_field_is_described(record_type: type) -> None:
    """Every field of every table has a data-dictionary description."""
    assert all(text.strip() for text in describe(record_type).values())


def test_records_take_keyword_arguments_only() -> None:
    """Positional construction is refused, so literals stay self-describing."""
    record = DATASET.organizations[0]
    values = [getattr(record, f.name) for f in attrs.fields(type(record))]
    names = list(attrs.fields_dict(type(record)))
    assert type(record)(**dict(zip(names, values, strict=True))) == record
    with pytest.raises(TypeError, match="positional"):
        type(record)(*values)
