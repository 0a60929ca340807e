"""`values_stated` reads dates as dates: a day, month or year counts only as that part of a printed date."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jplabour.cli import main
from jplabour.errors import EXIT_FAILED, EXIT_OK
from jplabour.formats import era_date
from jplabour.model import PartialDate
from jplabour.provenance import date_mentions, date_stated, numbers_in

#: The quotes of the 9th RENGO convention event, as the data cites them.
NINTH = (
    "**October** RENGO held the 9th Biennial Convention "
    "(Established during the 9th RENGO Biennial Convention on 6 October 2005)"
)


@pytest.mark.parametrize(
    ("text", "stated", "not_stated"),
    [
        (NINTH, "2005-10-06", "2005-10-09"),
        ("on 6 October 2005", "2005-10-06", "2005-10-07"),
        ("on 6th October 2005", "2005-10-06", "2005-11-06"),
        ("Founded: November 21, 1989", "1989-11-21", "1989-11-20"),
        ("Oct. 6, 2005", "2005-10-06", "2005-10-05"),
        ("2005-10-06", "2005-10-06", "2005-10-05"),
        ("2005/10/6", "2005-10-06", "2005-06-10"),
        ("2005年10月6日", "2005-10-06", "2005-10-07"),
        ("２００５年１０月６日", "2005-10-06", "2005-10-16"),
        ("平成17年10月6日", "2005-10-06", "2006-10-06"),
        ("October 2005", "2005-10", "2005-09"),
        ("2005年10月", "2005-10", "2005-11"),
        ("2005-10", "2005-10", "2005-01"),
        ("平成17年10月", "2005-10", "2017-10"),
        ("1995** **Jan.-Mar.** Support", "1995-01", "1995-04"),
        ("**June/August** G20", "2019-06", "2019-07"),
        ("Sep.-Dec.** 2014**", "2014-09", "2014-08"),
        ("founded in 1989", "1989", "1988"),
        ("令和元年", "2019", "2018"),
    ],
)
def test_a_date_is_stated_by_its_printed_form_and_its_neighbour_is_not(
    text: str, stated: str, not_stated: str
) -> None:
    """Each printed form states its date; the nearest other date is not stated by it."""
    if stated.startswith("2019-0") and "2019" not in text:
        text += " in 2019"
    assert date_stated(PartialDate.parse(stated), text)
    assert not date_stated(PartialDate.parse(not_stated), text)


@pytest.mark.parametrize(
    ("date", "text"),
    [
        ("2005-10-09", "**October 2005** the 9th convention"),
        ("2005-10-09", "9 conventions were held by October 2005"),
        ("1989-05", "in 1989 we may meet"),
        ("1989-12", "the 1989 RENGO Declaration"),
        ("1989", "with 1,989 members"),
        ("1989", "the 11989 members"),
        ("2005-10-06", "6 October 2004, reported in 2005"),
        ("2005-10", "October 2004 and 2005"),
        ("2005-10-06", "2005-10-16"),
    ],
)
def test_numbers_that_are_not_that_part_of_a_date_state_nothing(date: str, text: str) -> None:
    """No day from "9th", no month from "may", no year from "1,989"; nor a day printed with another year."""
    assert not date_stated(PartialDate.parse(date), text)


def test_date_mentions_name_the_parts_each_printed_date_states() -> None:
    """The 9th convention's quotes print October (no year), 6 October 2005, and so the year 2005."""
    assert date_mentions(NINTH) == {(None, 10, None), (2005, 10, 6), (2005, None, None)}


#: Ways a day is printed, each from a date.
PRINTED: dict[str, Callable[[dt.date], str]] = {
    "day month year": lambda d: f"on {d.day} {d:%B} {d.year}.",
    "month day, year": lambda d: f"Founded: {d:%B} {d.day}, {d.year}",
    "abbreviated": lambda d: f"({d:%b}. {d.day}, {d.year})",
    "iso": lambda d: f"on {d.isoformat()} in",
    "kanji": lambda d: f"{d.year}年{d.month}月{d.day}日に",
    "era": lambda d: era_date.from_gregorian(d.isoformat()) + "に",
}


@given(
    day=st.dates(min_value=dt.date(1868, 10, 23), max_value=dt.date(2099, 12, 31)),
    form=st.sampled_from(sorted(PRINTED)),
    noise=st.integers(1, 31),
)
def test_every_printed_form_states_its_day_and_no_other_day(
    day: dt.date, form: str, noise: int
) -> None:
    """A printed day states itself, its month and its year; never another day, whatever the numbers around."""
    text = f"the {noise}th convention, " + PRINTED[form](day)
    assert date_stated(PartialDate(day.year, day.month, day.day), text)
    assert date_stated(PartialDate(day.year, day.month), text)
    assert date_stated(PartialDate(day.year), text)
    other = day + dt.timedelta(days=1 if day.day < 28 else -1)
    assert not date_stated(PartialDate(other.year, other.month, other.day), text)


# --- end to end ---------------------------------------------------------------


def _check(path: Path) -> tuple[int, str]:
    output = io.StringIO()
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        code = main(["check", str(path)])
    return code, output.getvalue()


def test_changing_the_9th_conventions_day_from_06_to_09_fails_jplabour_check(
    tmp_path: Path,
) -> None:
    """An exported copy passes `jplabour check`; with the 9th convention on 2005-10-09 it fails.

    The quotes print "the 9th Biennial Convention" and "6 October 2005": the
    9 of "9th" is not a day.
    """
    path = tmp_path / "COPY.json"
    assert main(["export", "--format", "json", "--out", str(path)]) == EXIT_OK
    assert _check(path)[0] == EXIT_OK
    document = json.loads(path.read_text(encoding="utf-8"))
    [event] = [
        row
        for row in document["tables"]["events"]
        if row["id"] == "rengo-2005-10-06-9th-biennial-convention"
    ]
    assert event["date"] == "2005-10-06"
    event["date"] = "2005-10-09"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, output = _check(path)
    assert code == EXIT_FAILED
    assert (
        "ERROR values_stated events:rengo-2005-10-06-9th-biennial-convention: "
        "date 2005-10-09 is not stated in the record's quotes"
    ) in output


def test_an_impossible_date_in_a_quote_does_not_hide_the_dates_after_it() -> None:
    """``2019-02-30`` and ``平成32年`` state nothing; the dates printed after them still count."""
    text = "2019-02-30, 平成32年1月 and 2019-03-01, 平成31年4月30日"
    assert date_stated(PartialDate(2019, 3, 1), text)
    assert date_stated(PartialDate(2019, 4, 30), text)
    assert not date_stated(PartialDate(2019, 2), text)


def test_every_printed_date_of_a_quote_counts_after_one_that_is_no_date() -> None:
    """``2005/13/45`` is no date, but the dates after it in the same quote are still read."""
    text = "printed 2005/13/45 (sic), then 2005/10/06, and 平成0年 (sic), then 平成17年11月"
    assert date_stated(PartialDate.parse("2005-10-06"), text)
    assert date_stated(PartialDate.parse("2005-11"), text)
    assert (2005, 10, 6) in date_mentions(text)


def test_every_month_named_in_a_quote_counts_once_in_its_fullest_form() -> None:
    """Several named months, in several forms, each give their own date."""
    text = "on 6 October 2005, in November 2006, and on December 7, 2007, then 8 Jan. 2008"
    for stated in ("2005-10-06", "2006-11", "2007-12-07", "2008-01-08"):
        assert date_stated(PartialDate.parse(stated), text), stated
    assert not date_stated(PartialDate.parse("2006-11-06"), text)


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("on 2005-1-6", "2005-01-06"),
        ("on 2005/1/6", "2005-01-06"),
        ("in 2005/1", "2005-01"),
        ("on 2005年1月6日", "2005-01-06"),
        ("in 2005年1月", "2005-01"),
        ("on 平成7年1月6日", "1995-01-06"),
        ("in 平成7年1月", "1995-01"),
        ("in 平成7年", "1995"),
    ],
)
def test_dates_with_one_digit_parts_are_stated(text: str, stated: str) -> None:
    """A one-digit month, day or era year is printed as often as a two-digit one."""
    assert date_stated(PartialDate.parse(stated), text)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("rose 2005.123 points", 2005),
        ("a 1.2005 ratio", 2005),
        ("1,989 members", 1989),
        ("2,005 members", 2005),
    ],
)
def test_four_digits_inside_a_longer_number_are_no_year(text: str, year: int) -> None:
    """``2005.123``, ``1.2005`` and ``1,989`` print numbers, not the years 2005 or 1989."""
    assert not date_stated(PartialDate(year), text)
    assert date_stated(PartialDate(year), f"{text} in {year}")


def test_a_misplaced_thousands_separator_does_not_make_a_million() -> None:
    """``1000,000`` states 1000 and 0 (badly grouped), never 1000000; ``1,000,000`` does state it."""
    assert 1_000_000 not in numbers_in("1000,000")
    assert 1_000_000 in numbers_in("1,000,000")
    assert numbers_in("3.8 million") == {3_800_000}
    assert numbers_in("10 thousand") == {10, 10_000}
