"""The as-of rule's parts (jplabour.asof): dates, tolerances, the choice of evidence."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jplabour.asof import (
    LATER_BY_DEFAULT,
    Answer,
    Relation,
    Within,
    describe_gap,
    nearest,
    read_date,
    read_within,
)
from jplabour.formats import any_date
from jplabour.model import PartialDate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019", "2019"),
        ("2019-10", "2019-10"),
        ("2019/10", "2019-10"),
        ("2019/10/01", "2019-10-01"),
        ("2019年10月", "2019-10"),
        ("２０１９－１０", "2019-10"),
        ("令和元年10月", "2019-10"),
        ("R1.10", "2019-10"),
        ("H31.4.30", "2019-04-30"),
        ("20191001", "2019-10-01"),
        ("Oct 2019", "2019-10"),
        ("October 2019", "2019-10"),
    ],
)
def test_read_date_reads_what_the_validator_reads(text: str, expected: str) -> None:
    """Every spelling the validator's date columns take, era dates included."""
    assert str(read_date(text)) == expected


@pytest.mark.parametrize("text", ["平成31年4月", "令和元年5月"])
def test_read_date_era_boundary_pair_valid(text: str) -> None:
    """The last Heisei month and the first Reiwa month both exist."""
    assert read_date(text) == PartialDate(2019, 4 if "平成" in text else 5)


@pytest.mark.parametrize("text", ["平成31年5月", "令和元年4月", "2019-13", "2019-02-29", "", "19"])
def test_read_date_refuses_what_does_not_exist(text: str) -> None:
    """The first month after an era, a month 13, a 29 February of a common year: ValueError."""
    with pytest.raises(ValueError, match=r"date"):
        read_date(text)


@pytest.mark.parametrize("text", ["garbage", "Oct 2O19"])
def test_read_date_junk_names_every_form_it_reads(text: str) -> None:
    """A junk --as-of is told the Gregorian forms too, not only era dates."""
    with pytest.raises(ValueError, match=r"YYYY-MM.*era date"):
        read_date(text)


@given(st.text(max_size=30))
def test_read_date_junk_is_a_value_error_or_a_date(text: str) -> None:
    """Any text gives a date or a ValueError with a one-line message, never another error."""
    message = ""
    try:
        date = read_date(text)
    except ValueError as error:
        message = str(error)
    else:
        assert isinstance(date, PartialDate)
    assert "\n" not in message


@given(st.text(max_size=20))
def test_read_date_agrees_with_the_format_modules(text: str) -> None:
    """Differential: read_date reads a date as the validator's date columns do, nothing of its own."""
    expected: object
    try:
        expected = any_date.parse(text)
    except ValueError:
        expected = ValueError
    try:
        got: object = read_date(text)
    except ValueError:
        got = ValueError
    assert got == expected


def test_read_date_refuses_a_number() -> None:
    """A year given as an int is refused plainly."""
    with pytest.raises(ValueError, match="not a date"):
        read_date(2019)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("5y", Within(5, "years")), ("18M", Within(18, "months")), (" 90d ", Within(90, "days"))],
)
def test_read_within(text: str, expected: Within) -> None:
    """Years, months or days, any case, spaces around."""
    assert read_within(text) == expected
    assert read_within(None) is None


@pytest.mark.parametrize(("text", "ok"), [("9999y", True), ("10000y", False), ("0d", True)])
def test_read_within_length_boundary(text: str, ok: bool) -> None:
    """Four digits pass, five fail."""
    if ok:
        assert read_within(text) is not None
    else:
        with pytest.raises(ValueError, match="within"):
            read_within(text)


@pytest.mark.parametrize("text", ["5", "y", "5w", "-5y", "5.5y", "five years"])
def test_read_within_refuses_junk(text: str) -> None:
    """Anything but a whole number and y, m or d is a ValueError."""
    with pytest.raises(ValueError, match="within"):
        read_within(text)


@pytest.mark.parametrize(
    ("within", "start", "end", "reaches"),
    [
        (Within(1, "years"), dt.date(2019, 2, 28), dt.date(2020, 2, 28), True),
        (Within(1, "years"), dt.date(2019, 2, 28), dt.date(2020, 2, 29), False),
        (Within(1, "months"), dt.date(2019, 1, 31), dt.date(2019, 2, 28), True),
        (Within(1, "months"), dt.date(2019, 1, 31), dt.date(2019, 3, 1), False),
        (Within(10, "days"), dt.date(2019, 2, 28), dt.date(2019, 3, 10), True),
        (Within(10, "days"), dt.date(2019, 2, 28), dt.date(2019, 3, 11), False),
    ],
)
def test_within_reaches_boundary_pairs(
    within: Within, start: dt.date, end: dt.date, reaches: bool
) -> None:
    """The last day within reach passes and the next fails (31 January + 1 month: 28 February)."""
    assert within.reaches(start, end) is reaches


@given(
    st.integers(0, 9999),
    st.sampled_from(["years", "months", "days"]),
    st.dates(),
    st.dates(),
)
def test_within_reaches_never_raises(amount: int, unit: str, start: dt.date, end: dt.date) -> None:
    """Any tolerance read_within accepts, from any date: a yes or no, never an error.

    A reach past 31 December 9999 reaches every date there is; the same
    reach in days agrees with it.
    """
    within = Within(amount, unit)
    reaches = within.reaches(start, end)
    assert isinstance(reaches, bool)
    if end <= start or (unit == "years" and start.year + amount > 9999):
        assert reaches


@pytest.mark.parametrize(
    ("within", "reaches"), [(Within(9999 - 2019, "years"), True), (Within(1, "days"), False)]
)
def test_within_reaches_the_last_date_boundary_pair(within: Within, reaches: bool) -> None:
    """2019 + 7980 years is 9999: within reach; the year after has no date, and all dates reach."""
    assert within.reaches(dt.date(2019, 12, 31), dt.date(9999, 12, 31)) is reaches
    assert Within(9999 - 2019 + 1, "years").reaches(dt.date(2019, 12, 31), dt.date(9999, 12, 31))


def test_later_evidence_by_default_boundary_pair() -> None:
    """Without within, later evidence a year away answers, a day more does not."""
    at = PartialDate(2018, 10, 31)
    assert nearest([PartialDate(2019, 10, 31)], at, None)[1] is Relation.AFTER
    assert nearest([PartialDate(2019, 11, 1)], at, None)[1] is Relation.STALE
    assert Within(1, "years") == LATER_BY_DEFAULT


def test_earlier_evidence_by_default_has_no_bound() -> None:
    """Without within, the last figure before the date answers however old, and says so."""
    chosen, relation, _ = nearest([PartialDate(1900)], PartialDate(2019), None)
    assert (chosen, relation) == (PartialDate(1900), Relation.BEFORE)
    assert describe_gap(chosen, PartialDate(2019)) == "as of 1900, 118 years before 2019"


_DATES = st.builds(
    lambda y, m, d: PartialDate(y, m, d if m is not None and d is not None else None),
    st.integers(1950, 2030),
    st.one_of(st.none(), st.integers(1, 12)),
    st.one_of(st.none(), st.integers(1, 28)),
)
_WITHIN = st.one_of(
    st.none(), st.builds(Within, st.integers(0, 40), st.sampled_from(["years", "months", "days"]))
)


@given(st.lists(_DATES, max_size=6), _DATES, _WITHIN)
def test_nearest_properties(
    dates: list[PartialDate], at: PartialDate, within: Within | None
) -> None:
    """The choice is one of the dates; AT exactly when one overlaps; STALE keeps the nearest."""
    chosen, relation, closest = nearest(dates, at, within)
    if not dates:
        assert (chosen, relation, closest) == (None, Relation.NONE, None)
        return
    overlapping = [d for d in dates if d.overlaps(at)]
    assert (relation is Relation.AT) == bool(overlapping)
    if chosen is None:
        assert relation is Relation.STALE
        assert closest in dates
    else:
        assert chosen in dates
        assert closest is None
        if relation is Relation.BEFORE:
            assert chosen.certainly_before(at)
        if relation is Relation.AFTER:
            assert chosen.certainly_after(at)


@given(st.lists(_DATES, min_size=1, max_size=6), _DATES)
def test_nearest_narrowing_within_never_finds_more(
    dates: list[PartialDate], at: PartialDate
) -> None:
    """Mutation guard: a tighter tolerance never turns 'stale' into an answer."""
    wide = nearest(dates, at, Within(30, "years"))
    narrow = nearest(dates, at, Within(1, "years"))
    if wide[0] is None:
        assert narrow[0] is None


def test_answer_describes_each_case() -> None:
    """The line the command line prints, for each relation."""
    at = PartialDate(2019, 10)
    after: Answer[int] = Answer(at, (1,), Relation.AFTER, PartialDate(2019, 12))
    assert after.describe() == "as of 2019-12, 1 month after 2019-10"
    stale: Answer[int] = Answer(
        at, (), Relation.STALE, nearest=PartialDate(1989), within=Within(5, "years")
    )
    assert (
        stale.describe()
        == "no evidence within 5y of 2019-10; the nearest is as of 1989, 29 years before 2019-10"
    )
    assert not stale.found
    none: Answer[int] = Answer(at, (), Relation.NONE, undated=(9,))
    assert none.describe() == "no dated evidence (1 undated)"


def test_nearest_takes_the_earlier_on_a_tie() -> None:
    """Evidence as far before as after the date: the earlier answers (merge_asof's nearest)."""
    at = PartialDate(2010, 6, 15)
    before, after = PartialDate(2010, 6, 5), PartialDate(2010, 6, 25)
    assert nearest([after, before], at, None)[:2] == (before, Relation.BEFORE)


def test_nearest_of_several_at_the_date_takes_the_latest() -> None:
    """2019 and 2019-10 may both be October 2019: the later-ending, finer one answers."""
    at = PartialDate(2019, 10)
    assert nearest([PartialDate(2019), PartialDate(2019, 10)], at, None)[0] == PartialDate(2019, 10)
    assert nearest([PartialDate(2019, 3), PartialDate(2019)], PartialDate(2019), None)[0] == (
        PartialDate(2019, 3)
    )
