"""PartialDate at its edges: the range of each part, the strict ISO spelling, and interval order.

Each rule is a pair: the last valid value passes and the first invalid one
fails; each interval method is tested where two intervals touch.
"""

from __future__ import annotations

import datetime as dt

import pytest

from jplabour.model import PartialDate

P = PartialDate.parse


@pytest.mark.parametrize(
    ("valid", "invalid"),
    [
        ((1,), (0,)),
        ((9999,), (10000,)),
        ((2019, 1), (2019, 0)),
        ((2019, 12), (2019, 13)),
        ((2019, 1, 1), (2019, 1, 0)),
        ((2019, 1, 31), (2019, 1, 32)),
        ((2019, 2, 28), (2019, 2, 29)),
        ((2020, 2, 29), (2020, 2, 30)),
    ],
)
def test_each_part_has_a_range_whose_edges_pass(
    valid: tuple[int, ...], invalid: tuple[int, ...]
) -> None:
    """Years 1 to 9999, months 1 to 12, days 1 to the month's length; one beyond is a ValueError."""
    assert PartialDate(*valid)
    with pytest.raises(ValueError, match=r"out of range|has no day"):
        PartialDate(*invalid)


def test_a_day_needs_a_month() -> None:
    """``PartialDate(2019, None, 1)`` is refused: a day is the day of a month."""
    with pytest.raises(ValueError, match="day"):
        PartialDate(2019, None, 1)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("0001", (1, None, None)),
        ("2019", (2019, None, None)),
        ("2019-10", (2019, 10, None)),
        ("2019-10-06", (2019, 10, 6)),
    ],
)
def test_the_iso_spellings_are_read(text: str, parts: tuple[int | None, ...]) -> None:
    """``YYYY``, ``YYYY-MM`` and ``YYYY-MM-DD``, and they print back the same."""
    date = P(text)
    assert (date.year, date.month, date.day) == parts
    assert str(date) == text


@pytest.mark.parametrize(
    "text",
    [
        "20190",
        "201",
        "2019-1",
        "2019-010",
        "2019-10-6",
        "2019-10-006",
        "19-10-06",
        "２０１９",
        "２０１９-10",
        "2019-１０",
        "2019/10/06",
        "",
    ],
)
def test_only_the_strict_iso_spellings_are_read(text: str) -> None:
    """Four-digit years and two-digit months and days, in ASCII digits: anything else is refused."""
    with pytest.raises(ValueError, match="not a partial date"):
        P(text)


@pytest.mark.parametrize(
    ("text", "first", "last", "precision"),
    [
        ("2019", dt.date(2019, 1, 1), dt.date(2019, 12, 31), "year"),
        ("2019-02", dt.date(2019, 2, 1), dt.date(2019, 2, 28), "month"),
        ("2020-02", dt.date(2020, 2, 1), dt.date(2020, 2, 29), "month"),
        ("2019-10-06", dt.date(2019, 10, 6), dt.date(2019, 10, 6), "day"),
    ],
)
def test_a_partial_date_is_the_interval_of_its_days(
    text: str, first: dt.date, last: dt.date, precision: str
) -> None:
    """A year runs from 1 January to 31 December, a month from its 1st to its last day."""
    date = P(text)
    assert (date.earliest, date.latest, date.precision) == (first, last, precision)


def test_the_coarser_date_sorts_first_and_every_precision_has_its_own_key() -> None:
    """``1989`` < ``1989-01`` < ``1989-01-01`` < ``1989-01-02`` < ``1989-02``: no two share a key."""
    order = ["1989", "1989-01", "1989-01-01", "1989-01-02", "1989-02", "1990"]
    dates = [P(text) for text in reversed(order)]
    assert [str(d) for d in sorted(dates, key=lambda d: d.sort_key)] == order
    assert len({d.sort_key for d in dates}) == len(order)


@pytest.mark.parametrize(
    ("a", "b", "before"),
    [
        ("1989-01-31", "1989-02", True),
        ("1989-02-01", "1989-02", False),
        ("1989-01", "1989-02-01", True),
        ("1989-01", "1989-01-31", False),
        ("1988", "1989", True),
        ("1989", "1989-11", False),
    ],
)
def test_certainly_before_is_false_where_the_intervals_touch(a: str, b: str, before: bool) -> None:
    """*a* is certainly before *b* only when its last day is before *b*'s first."""
    assert P(a).certainly_before(P(b)) is before
    assert P(b).certainly_after(P(a)) is before
    assert P(a).overlaps(P(b)) is not before
    assert P(b).overlaps(P(a)) is not before


@pytest.mark.parametrize(
    ("outer", "inner", "contains"),
    [
        ("1989", "1989-01-01", True),
        ("1989", "1989-12-31", True),
        ("1989", "1989", True),
        ("1989", "1990-01-01", False),
        ("1989-11", "1989-11-30", True),
        ("1989-11", "1989-12-01", False),
        ("1989-11", "1989", False),
        ("1989-11-21", "1989-11", False),
    ],
)
def test_contains_includes_both_edges(outer: str, inner: str, contains: bool) -> None:
    """A year contains its first and last days (and itself), and nothing beyond."""
    assert P(outer).contains(P(inner)) is contains


def test_coercion_takes_a_date_or_its_text_and_none_stays_none() -> None:
    """``coerce`` reads text and keeps a PartialDate; ``coerce_optional`` passes None through."""
    date = P("2019-10")
    assert PartialDate.coerce("2019-10") == date
    assert PartialDate.coerce(date) is date
    assert PartialDate.coerce_optional(None) is None
    assert PartialDate.coerce_optional("2019-10") == date


def test_partial_dates_are_not_ordered_by_operators() -> None:
    """``1989 < 1989-11`` has no answer (intervals): ``<`` is refused; use certainly_before or sort_key."""
    with pytest.raises(TypeError):
        _ = P("1989") < P("1990")  # type: ignore[operator]
