"""More edges of jplabour.formats: digit counts, the era tables, dashes and message quoting.

Each test pins a behaviour at its edge (the last accepted spelling and the
first refused one, with its error code), found by tools/mutation_score.py
where test_format_boundaries.py was silent.
"""

from __future__ import annotations

import datetime as dt

import pytest

from jplabour.formats import InvalidFormat, email, era_date, partial_date, phone
from test_format_boundaries import error_code


def _message(validate: object, text: str) -> str:
    assert callable(validate)
    with pytest.raises(InvalidFormat) as caught:
        validate(text)
    return caught.value.message


# --- messages quote the value, shortened past 40 characters ------------------------


def test_a_value_of_40_characters_is_quoted_whole_and_one_of_41_is_shortened() -> None:
    """Messages stay one line: up to 40 characters are shown, longer values as 37 and ``...``."""
    forty = "x" * 40
    assert f"{forty!r}" in _message(era_date.validate, forty)
    shortened = _message(era_date.validate, "y" * 41)
    assert repr("y" * 37 + "...") in shortened
    assert "y" * 38 not in shortened


# --- dashes: folded where a format holds numbers, kept where it holds words ---------


def test_a_phone_number_written_with_minus_signs_is_read() -> None:
    """``03−5295−0526`` (U+2212) and ``03‐5295‐0526`` (U+2010) are the number ``03-5295-0526``."""
    assert phone.validate("03\u22125295\u22120526") == "+81352950526"
    assert phone.validate("03\u20105295\u20100526") == "+81352950526"


def test_an_email_address_keeps_its_dashes_and_so_is_not_changed_into_another() -> None:
    """An en dash is not silently made a hyphen: ``a–b@example.jp`` is refused, ``a-b@…`` passes."""
    assert email.validate("a-b@example.jp") == "a-b@example.jp"
    assert error_code(email.validate, "a\u2013b@example.jp") == "email"


# --- the eras -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first_day", "day_before", "gregorian"),
    [
        ("明治元年10月23日", "明治元年10月22日", dt.date(1868, 10, 23)),
        ("大正元年7月30日", "大正元年7月29日", dt.date(1912, 7, 30)),
        ("昭和元年12月25日", "昭和元年12月24日", dt.date(1926, 12, 25)),
        ("平成元年1月8日", "平成元年1月7日", dt.date(1989, 1, 8)),
        ("令和元年5月1日", "令和元年4月30日", dt.date(2019, 5, 1)),
    ],
)
def test_each_era_begins_on_its_historical_day(
    first_day: str, day_before: str, gregorian: dt.date
) -> None:
    """The first day of each era is read, and the day before it is ``era-range`` in that era."""
    assert era_date.validate(first_day) == gregorian.isoformat()
    assert error_code(era_date.validate, day_before) == "era-range"
    assert era_date.from_gregorian(gregorian.isoformat()) == first_day


@pytest.mark.parametrize(
    ("last_day", "day_after", "gregorian"),
    [
        ("明治45年7月29日", "明治45年7月30日", dt.date(1912, 7, 29)),
        ("大正15年12月24日", "大正15年12月25日", dt.date(1926, 12, 24)),
        ("昭和64年1月7日", "昭和64年1月8日", dt.date(1989, 1, 7)),
        ("平成31年4月30日", "平成31年5月1日", dt.date(2019, 4, 30)),
    ],
)
def test_each_era_ends_on_its_historical_day(
    last_day: str, day_after: str, gregorian: dt.date
) -> None:
    """The last day of each closed era is read, and the day after it is ``era-range``."""
    assert era_date.validate(last_day) == gregorian.isoformat()
    assert error_code(era_date.validate, day_after) == "era-range"
    assert era_date.from_gregorian(gregorian.isoformat()) == last_day


def test_the_era_ligatures_are_the_five_square_era_names() -> None:
    """``㍾㍽㍼㍻㋿`` (and nothing else) fold into the era names, and are read as them."""
    assert dict(era_date.LIGATURES) == {
        "明治": ("㍾",),
        "大正": ("㍽",),
        "昭和": ("㍼",),
        "平成": ("㍻",),
        "令和": ("㋿",),
    }
    assert era_date.validate("㋿元年5月1日") == "2019-05-01"


@pytest.mark.parametrize(
    ("valid", "invalid", "code"),
    [
        # an era year has at most three digits: H999 is out of the era, H1000 no era date
        ("平成999年", "平成1000年", "era-range"),
        ("H999", "H1000", "era-range"),
        # months and days have one or two digits, in both forms
        ("平成元年12月", "平成元年012月", "era-date"),
        ("平成2年1月31日", "平成2年1月031日", "era-date"),
        ("H2.12", "H2.012", "era-date"),
        ("H2.1.31", "H2.1.031", "era-date"),
    ],
)
def test_era_dates_take_at_most_three_digits_of_year_and_two_of_month_and_day(
    valid: str, invalid: str, code: str
) -> None:
    """The longest digit runs are read (or refused as out of the era); one digit more is no era date."""
    assert error_code(era_date.validate, valid) in {None, code}
    assert error_code(era_date.validate, invalid) == "era-date"


def test_a_fiscal_era_year_names_its_gregorian_span() -> None:
    """``平成31年度`` is refused as a fiscal year, April 2019 to March 2020."""
    message = _message(era_date.validate, "平成31年度")
    assert "2019-04 to 2020-03" in message
    assert error_code(era_date.validate, "平成31年度") == "fiscal-year"


# --- Gregorian partial dates: digit counts -------------------------------------------


@pytest.mark.parametrize(
    ("valid", "expected", "invalid"),
    [
        ("2019-1", "2019-01", "2019-001"),
        ("2019/1/5", "2019-01-05", "2019/1/005"),
        ("2019.12.31", "2019-12-31", "2019.012.31"),
        ("2019年1月", "2019-01", "2019年001月"),
        ("2019年1月5日", "2019-01-05", "2019年1月005日"),
        ("2019年12月31日", "2019-12-31", "2019年12月031日"),
    ],
)
def test_partial_date_months_and_days_take_one_or_two_digits(
    valid: str, expected: str, invalid: str
) -> None:
    """``2019-1`` and ``2019年1月5日`` are read; a three-digit month or day is not a date."""
    assert partial_date.validate(valid) == expected
    assert error_code(partial_date.validate, invalid) == "date"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Excel's mmm-yy and d-mmm: a month word of three to nine letters and a day of one or two digits
        ("Oct-19", "ambiguous-date"),
        ("September-19", "ambiguous-date"),
        ("Septembers-19", "date"),
        ("1-Oct", "ambiguous-date"),
        ("19-September", "ambiguous-date"),
        ("19-Septembers", "date"),
        ("123-Oct", "date"),
        # the same shapes without a month name are plain non-dates
        ("Abc-19", "date"),
        ("19-Abc", "date"),
    ],
)
def test_two_digit_month_dates_are_ambiguous_only_in_excels_shapes(text: str, code: str) -> None:
    """Only a month name with a two-digit number is ``ambiguous-date``; other words are ``date``."""
    assert error_code(partial_date.validate, text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("FY19", "fiscal-year"),
        ("FY2019", "fiscal-year"),
        ("FY20190", "date"),
        ("19FY", "fiscal-year"),
        ("2019FY", "fiscal-year"),
        ("20190FY", "date"),
        ("9FY", "date"),
        ("2019年度", "fiscal-year"),
    ],
)
def test_fiscal_years_are_two_to_four_digits_with_fy(text: str, code: str) -> None:
    """``FY19``, ``FY2019``, ``2019FY`` are fiscal years; five digits or one are not dates at all."""
    assert error_code(partial_date.validate, text) == code


def test_a_fiscal_year_whose_era_date_is_garbled_gets_no_guessed_span() -> None:
    """``平成31年10月年度`` is a fiscal year, but not of a readable era year: no Gregorian span is given."""
    assert error_code(era_date.validate, "平成31年10月年度") == "fiscal-year"
    message = _message(era_date.validate, "平成31年10月年度")
    assert "April to March, in Japan" in message
    assert "2019" not in message
