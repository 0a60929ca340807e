"""Tests of jplabour.formats: the Japanese and international text formats of downstream tables."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jplabour import formats
from jplabour.formats import (
    InvalidFormat,
    any_date,
    count,
    era_date,
    number,
    partial_date,
    phone,
    postal_code,
)
from jplabour.model import PartialDate

MODULES: list[ModuleType] = [
    importlib.import_module(f"jplabour.formats.{name}") for name in formats.module_names()
]


def test_every_format_module_offers_the_same_interface() -> None:
    """Each module found in the package has compact, validate, is_valid and format."""
    assert {module.__name__.rsplit(".", 1)[1] for module in MODULES} >= {
        "phone",
        "postal_code",
        "partial_date",
        "era_date",
        "number",
        "count",
        "any_date",
        "email",
        "url",
        "slug",
    }
    for module in MODULES:
        for function in ("compact", "validate", "is_valid", "format"):
            assert callable(getattr(module, function)), f"{module.__name__}.{function}"


JUNK = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=50),
    st.binary(max_size=64).map(lambda data: data.decode("latin-1")),
    st.text(
        alphabet=st.characters(max_codepoint=0x1F) | st.sampled_from("０１２３年月日元,.-+〒@:/ "),
        max_size=40,
    ),
    st.builds(
        lambda text, times: text * times, st.text(min_size=1, max_size=8), st.integers(100, 200_000)
    ),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "令和",
            "R",
            "H0.0",
            "1" * 5000,
            "+" + "9" * 30,
            "http://[",
            "http://a:99999",
            "約",
            "万",
            "1.万",
            "約~120万人",
            "FY",
            "Oct-",
            "9" * 19 + "万",
            "Sept",
        ]
    ),
)


def _outcome(function: Callable[[str], object], text: str) -> object:
    """What *function* returns for *text*, or the InvalidFormat it raises."""
    try:
        return function(text)
    except InvalidFormat as error:
        return error


@settings(max_examples=300, deadline=None)
@given(text=JUNK)
def test_junk_gives_a_string_or_invalid_format_in_every_module(text: str) -> None:
    """Junk through every function of every format module: a str (bool) or InvalidFormat, nothing else."""
    for module in MODULES:
        for function in ("compact", "validate", "format"):
            result = _outcome(getattr(module, function), text)
            if isinstance(result, InvalidFormat):
                assert result.code
                assert "\n" not in result.message
            else:
                assert isinstance(result, str), f"{module.__name__}.{function}"
        assert isinstance(module.is_valid(text), bool)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,767,000", "1767000"),
        ("１，７６７，０００", "1767000"),
        ("１７６７０００", "1767000"),
        (" 48 ", "48"),
        ("007", "7"),
    ],
)
def test_number_reads_full_width_digits_and_separators(text: str, expected: str) -> None:
    """Counts lose their separators and full-width forms."""
    assert number.validate(text) == expected
    assert number.format(text) == f"{int(expected):,}"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("1,76,7000", "grouping"),
        ("約1,000", "approximate"),
        ("-5", "signed"),
        ("1.5", "not-integer"),
        ("12万", "kanji-number"),
        ("abc", "not-a-number"),
        ("9" * 19, "too-large"),
        ("人", "not-a-number"),
        ("48人人", "not-a-number"),
        ("人48", "not-a-number"),
        ("約1,000人", "approximate"),
        ("1万人", "kanji-number"),
    ],
)
def test_number_refuses_what_is_not_an_exact_count(text: str, code: str) -> None:
    """Misplaced separators, approximations, signs, decimals and kanji multipliers are refused."""
    with pytest.raises(InvalidFormat) as caught:
        number.validate(text)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("text", "expected", "display"),
    [
        ("03-5295-0526", "+81352950526", "03-5295-0526"),
        ("(03)5295-0526", "+81352950526", "03-5295-0526"),
        ("+81 (0)3 5295 0526", "+81352950526", "03-5295-0526"),
        ("０３－５２９５－０５２６", "+81352950526", "03-5295-0526"),
        ("TEL: 090-1234-5678", "+819012345678", "090-1234-5678"),
        ("0120-123-456", "+81120123456", "0120-123-456"),
        ("045-123-4567", "+81451234567", "+81451234567"),
        ("+44 20 7946 0958", "+442079460958", "+442079460958"),
    ],
)
def test_phone_numbers_become_e164(text: str, expected: str, display: str) -> None:
    """Japanese numbers with a trunk 0 or +81, and international ones, normalise to E.164."""
    assert phone.validate(text) == expected
    assert phone.format(text) == display


@pytest.mark.parametrize("text", ["5295-0526", "03-5295-052", "090-1234-567", "+0123", "phone"])
def test_phone_refuses_numbers_without_area_code_or_of_the_wrong_length(text: str) -> None:
    """A local number, a short number or a non-number is refused."""
    assert not phone.is_valid(text)


def test_postal_code_and_partial_date_spellings() -> None:
    """Postal marks, full-width digits, slashes and kanji date units are read."""
    assert postal_code.validate("〒１００－０００５") == "100-0005"
    assert postal_code.format("1000005") == "〒100-0005"
    assert not postal_code.is_valid("100-005")
    assert partial_date.validate("2019/10/1") == "2019-10-01"
    assert partial_date.validate("2019/10/01 0:00") == "2019-10-01"
    assert partial_date.validate("２０１９年１０月") == "2019-10"
    assert partial_date.validate("20191001") == "2019-10-01"
    with pytest.raises(InvalidFormat) as caught:
        partial_date.validate("2019-02-30")
    assert caught.value.code == "no-such-date"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("令和元年10月", "2019-10"),
        ("R1.10", "2019-10"),
        ("r01.10.01", "2019-10-01"),
        ("H31.4", "2019-04"),
        ("平成31年4月30日", "2019-04-30"),
        ("平成31年4月", "2019-04"),  # Heisei's last month
        ("令和元年5月", "2019-05"),  # Reiwa's first month
        ("昭和64年1月", "1989-01"),  # Shōwa ended on the 7th
        ("昭和64年1月7日", "1989-01-07"),
        ("平成元年1月", "1989-01"),  # Heisei began on the 8th
        ("平成元年1月8日", "1989-01-08"),
        ("大正元年7月30日", "1912-07-30"),
        ("明治45年7月29日", "1912-07-29"),
        ("昭和元年12月25日", "1926-12-25"),
        ("大正15年12月24日", "1926-12-24"),
        ("明治元年10月23日", "1868-10-23"),
        ("㍻31年", "2019"),
        ("平成 ３１ 年 ４ 月", "2019-04"),
        ("S24", "1949"),
    ],
)
def test_era_dates_that_exist(text: str, expected: str) -> None:
    """Era dates, kanji or letters, 元年 or 1, read as Gregorian partial dates of the same precision."""
    assert era_date.validate(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("平成31年5月", "era-range"),
        ("令和元年4月", "era-range"),
        ("令和元年4月30日", "era-range"),
        ("昭和64年1月8日", "era-range"),
        ("昭和64年2月", "era-range"),
        ("平成元年1月7日", "era-range"),
        ("平成32年", "era-range"),
        ("大正15年12月25日", "era-range"),
        ("明治元年10月22日", "era-range"),
        ("明治元年9月", "era-range"),
        ("令和0年", "era-year"),
        ("令和元年2月30日", "no-such-date"),
        ("令和元年度", "fiscal-year"),
        ("X1.10", "era-date"),
    ],
)
def test_era_dates_that_do_not_exist(text: str, code: str) -> None:
    """Dates outside their era, year 0, impossible days and fiscal years are refused with a code."""
    with pytest.raises(InvalidFormat) as caught:
        era_date.validate(text)
    assert caught.value.code == code


def test_era_format_keeps_the_era_written() -> None:
    """The display form is kanji, in the era the text names."""
    assert era_date.format("R1") == "令和元年"
    assert era_date.format("h31.4.30") == "平成31年4月30日"
    assert era_date.from_gregorian("2019") == "平成31年"
    assert era_date.from_gregorian("1989-01") == "昭和64年1月"
    assert era_date.from_gregorian("2019-05") == "令和元年5月"


DATES = st.dates(min_value=dt.date(1868, 10, 23), max_value=dt.date(2300, 12, 31))


@given(day=DATES, precision=st.sampled_from(["year", "month", "day"]))
def test_era_round_trip(day: dt.date, precision: str) -> None:
    """Gregorian date -> era string -> validate -> the same date, at every precision."""
    date = PartialDate(
        day.year,
        None if precision == "year" else day.month,
        day.day if precision == "day" else None,
    )
    text = era_date.from_gregorian(date)
    assert era_date.validate(text) == str(date)
    assert era_date.format(text) == text


@given(
    day=st.sampled_from(
        [era.first for era in era_date.ERAS] + [era.last for era in era_date.ERAS[:-1]]
    )
)
def test_era_boundaries_round_trip(day: dt.date) -> None:
    """Every era's first and last day round-trips, and the day before the first is another era."""
    text = era_date.from_gregorian(day.isoformat())
    assert era_date.validate(text) == day.isoformat()


def test_before_meiji_has_no_era() -> None:
    """Dates before 1868-10-23 have no era form: ``era-range``, naming Meiji's first day."""
    assert era_date.from_gregorian("1868-10-23") == "明治元年10月23日"
    assert era_date.from_gregorian("1868-10") == "明治元年10月"
    for before in ("1868-10-22", "1868-09", "1867"):
        with pytest.raises(InvalidFormat, match=r"before the Meiji era \(1868-10-23\)") as caught:
            era_date.from_gregorian(before)
        assert caught.value.code == "era-range"
    with pytest.raises(InvalidFormat) as caught:
        era_date.from_gregorian("1868-13")
    assert caught.value.code == "date"


def test_url_keeps_katakana_long_vowel_marks() -> None:
    """A URL's path may hold katakana: ー is a letter there, not a dash."""
    from jplabour.formats import url

    assert url.validate("https://example.jp/センター") == "https://example.jp/センター"


def test_url_keeps_userinfo_as_written() -> None:
    """Only the scheme and the host are lower-cased: a ``user@`` part stays, as written."""
    from jplabour.formats import url

    assert url.validate("HTTPS://Info:PW@WWW.Example.JP:8080/a") == (
        "https://Info:PW@www.example.jp:8080/a"
    )
    assert url.validate("http://Info@Example.JP") == "http://Info@example.jp"
    assert url.validate("http://example.jp:/a") == "http://example.jp/a"


@settings(max_examples=300)
@given(
    text=st.text(alphabet="0123456789０１２+-() 〒ー@.:abcXYZ", max_size=20)
    | st.sampled_from(
        ["+81 3 5295 0526", "〒１００－０００５", "ＵＡ-Ｚｅｎｓｅｎ", "A@Example.JP"]
    )
)
def test_the_formats_chosen_by_a_model_pattern_give_text_that_matches_it(text: str) -> None:
    """What the validator reads through a format module needs no second check of the model's pattern."""
    from jplabour.validator.columns import FORMATS as _FORMATS
    from jplabour.validator.columns import PATTERN_KINDS as _PATTERN_KINDS

    for pattern, kind in _PATTERN_KINDS.items():
        normalised = _outcome(_FORMATS[kind], text)
        if not isinstance(normalised, InvalidFormat):
            assert isinstance(normalised, str)
            assert re.match(pattern, normalised), (kind, text, normalised)


def test_format_modules_import_only_what_the_package_docstring_says() -> None:
    """The standard library, jplabour.formats, jplabour.model and attrs: nothing heavier."""
    allowed = set(sys.stdlib_module_names) | {"attrs", "jplabour"}
    for module in MODULES:
        assert module.__file__ is not None
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                assert name.split(".")[0] in allowed, (module.__name__, name)
                if name.startswith("jplabour"):
                    assert name in ("jplabour.formats", "jplabour.model"), (module.__name__, name)


# --- spreadsheet habits: counts (formats.count) and dates (partial_date, any_date) ----------


@pytest.mark.parametrize(
    ("text", "value", "approximate"),
    [
        ("569,285 人", 569285, False),
        ("569285名", 569285, False),
        ("1,000人員", 1000, False),
        ("120万", 1_200_000, False),
        ("１２０万人", 1_200_000, False),
        ("56万9285", 569285, False),
        ("56万9,285人", 569285, False),
        ("1万2千", 12000, False),
        ("3千名", 3000, False),
        ("1.5万", 15000, False),
        ("約120万人", 1_200_000, True),
        ("およそ 5万", 50000, True),
        ("~1,200", 1200, True),
        ("〜1200", 1200, True),
        ("ca. 1,200", 1200, True),
        ("ca 1200", 1200, True),
        ("c. 1200", 1200, True),
        ("1767000.0", 1_767_000, False),
        ("48", 48, False),
    ],
)
def test_count_reads_spreadsheet_habits(text: str, value: int, approximate: bool) -> None:
    """Units, 万/千 multipliers, approximation prefixes and whole floats are read, and said so."""
    parsed = count.parse(text)
    assert (parsed.value, parsed.approximate) == (value, approximate)
    assert count.validate(text) == str(value)
    assert count.format(text) == f"{'約' if approximate else ''}{value:,}"
    assert bool(parsed.read) == (text != "48")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("120万以上", "more-than"),
        ("1,200超", "more-than"),
        ("3000余", "more-than"),
        ("≒1200", "approximate"),
        ("12万3千4百", "kanji-number"),
        ("万", "kanji-number"),
        ("1.23456万", "not-integer"),
        ("1,23万", "grouping"),
        ("1.5", "not-integer"),
        ("1767000.00", "not-integer"),
        ("-5人", "signed"),
        ("約", "not-a-number"),
        ("人", "not-a-number"),
    ],
)
def test_count_refuses_bounds_and_what_is_not_whole(text: str, code: str) -> None:
    """Bounds (以上, 超, 余), other kanji numerals and fractions stay errors, quoting the whole text."""
    with pytest.raises(InvalidFormat) as caught:
        count.parse(text)
    assert caught.value.code == code
    assert formats.show(text) in caught.value.message


@pytest.mark.parametrize(
    ("valid", "invalid"),
    [
        ("12万9999", "12万10000"),  # what follows 万 is less than 10,000
        ("1万2千999", "1万2千1000"),  # and what follows 千 less than 1,000
        ("1.0001万", "1.00001万"),  # the product must be whole
        ("99999999999999万", "999999999999999万"),  # 18 digits, then 19
        ("9" * 18 + "人", "9" * 19 + "人"),
    ],
)
def test_count_boundaries(valid: str, invalid: str) -> None:
    """The last value read, and the first refused."""
    assert count.is_valid(valid)
    assert not count.is_valid(invalid)


@given(value=st.integers(0, 10**12), unit=st.sampled_from(["", "人", " 名", "人員"]))
def test_count_round_trips_through_its_spellings(value: int, unit: str) -> None:
    """A count written grouped, with 万, or approximate reads back as itself."""
    assert count.parse(f"{value:,}{unit}") == count.parse(f"{value}{unit}")
    assert count.parse(f"{value:,}{unit}").value == value
    man, rest = divmod(value, 10_000)
    if man:
        assert count.parse(f"{man}万{rest or ''}{unit}").value == value
    assert count.parse(f"約{value:,}").approximate
    assert count.parse(count.format(f"約{value}")).value == value


@given(text=st.text(alphabet="0123456789,.万千約人名~ ", max_size=14))
def test_count_agrees_with_number_on_what_number_reads(text: str) -> None:
    """Differential: whatever number.validate reads, count reads the same, exact, with nothing said."""
    if number.is_valid(text):
        assert count.parse(text) == count.Count(
            int(number.validate(text)), approximate=False, read=()
        )


MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@given(
    day=st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)),
    short=st.booleans(),
    upper=st.booleans(),
    form=st.sampled_from(["{m} {y}", "{y} {m}", "{m}. {y}", "{m}-{y}", "{m}/{y}"]),
)
def test_month_name_dates(day: dt.date, short: bool, upper: bool, form: str) -> None:
    """Oct 2019, October 2019, 2019 Oct (any case, abbreviated or not) are the month 2019-10."""
    name = MONTH_NAMES[day.month - 1]
    name = name[:3] if short else name
    if form == "{m}. {y}" and not short:
        form = "{m} {y}"
    text = form.format(m=name.upper() if upper else name, y=day.year)
    expected = f"{day.year:04d}-{day.month:02d}"
    assert partial_date.validate(text) == expected
    assert any_date.read(text) == (PartialDate(day.year, day.month), any_date.MONTH_NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sept 2019", "2019-09"),
        ("1 October 2019", "2019-10-01"),
        ("October 1, 2019", "2019-10-01"),
        ("1st Oct 2019", "2019-10-01"),
        ("2019 Oct 1", "2019-10-01"),
    ],
)
def test_month_name_dates_with_days(text: str, expected: str) -> None:
    """A day with a month name and a four-digit year is not ambiguous either."""
    assert any_date.validate(text) == expected


@pytest.mark.parametrize(
    ("text", "code", "says"),
    [
        ("Oct-19", "ambiguous-date", "mmm-yy"),
        ("19-Oct", "ambiguous-date", "d-mmm"),
        ("Oct 19", "ambiguous-date", "YYYY-MM"),
        ("FY2019", "fiscal-year", "2019-04 to 2020-03"),
        ("FY19", "fiscal-year", "April to March"),
        ("2019年度", "fiscal-year", "2019-04 to 2020-03"),
        ("２０１９年度", "fiscal-year", "2019-04 to 2020-03"),
        ("令和元年度", "fiscal-year", "2019-04 to 2020-03"),
        ("H30年度", "fiscal-year", "2018-04 to 2019-03"),
        ("Octember 2019", "date", "Oct 2019"),
        ("Oct 2019 to Dec 2019", "date", "YYYY-MM"),
    ],
)
def test_ambiguous_dates_and_fiscal_years_are_errors_that_say_why(
    text: str, code: str, says: str
) -> None:
    """Oct-19 and fiscal years are not partial dates: each has its own code and a message saying why."""
    with pytest.raises(InvalidFormat) as caught:
        any_date.validate(text)
    assert caught.value.code == code
    assert says in caught.value.message


@pytest.mark.parametrize(
    ("text", "spelling"),
    [
        ("2019-10", any_date.ISO),
        ("2019/10", any_date.GREGORIAN),
        ("２０１９年１０月", any_date.GREGORIAN),
        ("令和元年10月", any_date.ERA),
        ("R1.10", any_date.ERA),
        ("r1.10", any_date.ERA),
        ("Oct 2019", any_date.MONTH_NAME),
    ],
)
def test_any_date_says_which_spelling_it_read(text: str, spelling: str) -> None:
    """Each spelling is read by its module, and named, for the report of what was read."""
    assert any_date.read(text) == (PartialDate(2019, 10), spelling)
