"""Boundaries of jplabour.formats: for each rule, the last valid value passes and the first invalid one fails.

These pin what users of the format modules (and of the validator, which reads
cells through them) rely on at the edges, where the general tests in
test_formats.py are silent.
"""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest

from jplabour import formats
from jplabour.formats import (
    InvalidFormat,
    email,
    era_date,
    number,
    partial_date,
    phone,
    postal_code,
    slug,
    url,
)


def error_code(validate: object, text: str) -> str | None:
    """The code of the InvalidFormat *validate* raises for *text*, or None when it accepts it."""
    assert callable(validate)
    try:
        validate(text)
    except InvalidFormat as error:
        return error.code
    return None


# --- lengths: every module reads up to its limit, and refuses one more -------------

#: Each format module, its length limit, and a valid value (padded with spaces to the limit).
LIMITS = [
    ("any_date", 100, "Oct 2019"),
    ("count", formats.MAX_LENGTH, "約120万人"),
    ("email", 320, "a@example.jp"),
    ("era_date", 100, "R1.10"),
    ("number", formats.MAX_LENGTH, "1,000"),
    ("partial_date", 100, "2019-10-01"),
    ("phone", formats.MAX_LENGTH, "03-5295-0526"),
    ("postal_code", formats.MAX_LENGTH, "100-0005"),
    ("slug", 200, "ua-zensen"),
    ("url", 2000, "https://example.jp/"),
]


def test_every_format_module_has_a_stated_length_limit() -> None:
    """The table below covers every module of the package."""
    assert sorted(name for name, _, _ in LIMITS) == sorted(formats.module_names())


@pytest.mark.parametrize(("name", "limit", "valid"), LIMITS)
def test_text_of_the_length_limit_is_read_and_one_more_character_is_refused(
    name: str, limit: int, valid: str
) -> None:
    """A valid value padded to exactly the limit passes; one more space is ``too-long``."""
    module: ModuleType = importlib.import_module(f"jplabour.formats.{name}")
    at_limit = " " * (limit - len(valid)) + valid
    assert len(at_limit) == limit
    assert module.validate(at_limit) == module.validate(valid)
    assert error_code(module.validate, " " + at_limit) == "too-long"


# --- number -------------------------------------------------------------------


def test_number_of_eighteen_digits_is_a_count_and_nineteen_is_too_large() -> None:
    """MAX_DIGITS is 18: the last valid count passes, the first longer one is ``too-large``."""
    assert number.MAX_DIGITS == 18
    assert number.validate("9" * 18) == "9" * 18
    assert error_code(number.validate, "1" + "0" * 18) == "too-large"
    assert number.validate("0" * 30 + "9" * 18) == "9" * 18  # leading zeros do not count


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1,000", "1000"), ("999,999", "999999"), ("100,000", "100000"), ("1,000,000", "1000000")],
)
def test_number_groups_of_one_to_three_digits_before_the_first_separator_are_read(
    text: str, expected: str
) -> None:
    """Thousands separators every three digits, with one to three digits in front, are read."""
    assert number.validate(text) == expected


@pytest.mark.parametrize("text", ["1000,000", "1,0000", "1,00", ",100", "100,", "1,,000"])
def test_number_with_misplaced_thousands_separators_is_refused(text: str) -> None:
    """``1000,000`` (four digits before the separator) and other misplaced commas are ``grouping``."""
    assert error_code(number.validate, text) == "grouping"


def test_number_zero_is_a_count_and_the_display_form_groups_by_three() -> None:
    """``0`` and ``000`` are the count 0; the display form puts a comma every three digits."""
    assert number.validate("0") == "0"
    assert number.validate("000") == "0"
    assert number.format("1234567") == "1,234,567"
    assert number.format("999") == "999"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("約1000", "approximate"),
        ("~1000", "approximate"),
        ("≒1000", "approximate"),
        ("およそ1000", "approximate"),
        ("概ね1000", "approximate"),
        ("1000余", "approximate"),
        ("1000以上", "approximate"),
        ("1000超", "approximate"),
        ("1千", "kanji-number"),
        ("+5", "signed"),
        ("1,000.", "not-integer"),
        ("1000a", "not-a-number"),
    ],
)
def test_number_says_why_a_figure_is_not_a_count(text: str, code: str) -> None:
    """Each kind of inexact figure has its own code, so the user knows what to fix."""
    assert error_code(number.validate, text) == code


# --- phone --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("060-1234-5678", "+816012345678"),
        ("020-1234-5678", "+812012345678"),
        ("050-1234-5678", "+815012345678"),
        ("070-1234-5678", "+817012345678"),
        ("080-1234-5678", "+818012345678"),
        ("0800-123-4567", "+818001234567"),
        ("+81 60 1234 5678", "+816012345678"),
    ],
)
def test_phone_mobile_ip_and_freephone_numbers_have_eleven_digits(text: str, expected: str) -> None:
    """060 (and 020, 050, 070, 080, 090, 0800) numbers take eleven digits with the trunk 0."""
    assert phone.validate(text) == expected
    assert error_code(phone.validate, text[:-1]) == "phone-length"  # one digit short


@pytest.mark.parametrize("text", ["03-5295-0526", "0120-123-456", "045-123-4567"])
def test_phone_landline_numbers_have_ten_digits_and_not_eleven(text: str) -> None:
    """A ten-digit landline number passes; with one more digit it is ``phone-length``."""
    assert phone.is_valid(text)
    assert error_code(phone.validate, text + "1") == "phone-length"
    assert error_code(phone.validate, text[:-1]) == "phone-length"


@pytest.mark.parametrize("text", ["0012345678", "00-1234-5678", "+81 012345678", "001234567890"])
def test_phone_numbers_starting_00_are_refused(text: str) -> None:
    """``00`` is the international call prefix, never a Japanese area code."""
    assert error_code(phone.validate, text) == "phone-length"


def test_phone_international_numbers_take_seven_to_fifteen_digits() -> None:
    """E.164: the last valid lengths pass, the first invalid ones fail."""
    assert phone.validate("+1234567") == "+1234567"
    assert phone.validate("+" + "1" * 15) == "+" + "1" * 15
    assert error_code(phone.validate, "+123456") == "phone"
    assert error_code(phone.validate, "+" + "1" * 16) == "phone"


def test_phone_without_trunk_zero_or_plus_names_the_missing_area_code() -> None:
    """A local number is ``phone-area``, with the advice to add the 0 or +81."""
    with pytest.raises(InvalidFormat, match=r"leading 0 or with \+81") as caught:
        phone.validate("5295-0526")
    assert caught.value.code == "phone-area"


@pytest.mark.parametrize(
    ("text", "display"),
    [
        ("060-1234-5678", "060-1234-5678"),
        ("0800-123-4567", "0800-123-4567"),
        ("06-1234-5678", "06-1234-5678"),
        ("+81 3 5295 0526", "03-5295-0526"),
    ],
)
def test_phone_display_form_groups_as_dialled_in_japan(text: str, display: str) -> None:
    """Mobile, freephone, Tokyo and Osaka numbers are shown as dialled in Japan."""
    assert phone.format(text) == display


# --- postal code --------------------------------------------------------------


def test_postal_code_has_exactly_seven_digits() -> None:
    """Seven digits pass; six and eight are refused with ``postal-code``."""
    assert postal_code.validate("1000005") == "100-0005"
    assert error_code(postal_code.validate, "100000") == "postal-code"
    assert error_code(postal_code.validate, "10000050") == "postal-code"
    assert error_code(postal_code.validate, "100-000a") == "postal-code"


# --- partial dates ------------------------------------------------------------


@pytest.mark.parametrize(
    ("valid", "invalid"),
    [
        ("2019-02-28", "2019-02-29"),
        ("2020-02-29", "2020-02-30"),
        ("2019-12", "2019-13"),
        ("2019-01-31", "2019-01-32"),
        ("2019年12月31日", "2019年12月32日"),
        ("20191231", "20191232"),
    ],
)
def test_partial_date_last_day_passes_and_the_next_is_no_such_date(
    valid: str, invalid: str
) -> None:
    """Month lengths and leap years: the last day of a month passes, the day after is refused."""
    assert partial_date.is_valid(valid)
    assert error_code(partial_date.validate, invalid) == "no-such-date"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019.10.1", "2019-10-01"),
        ("2019-10-01T00:00", "2019-10-01"),
        ("2019/10/01 00:00:00", "2019-10-01"),
        ("0001", "0001"),
        ("9999-12-31", "9999-12-31"),
    ],
)
def test_partial_date_spellings_at_their_edges(text: str, expected: str) -> None:
    """Dots, a midnight time, the first and the last year of the calendar are read."""
    assert partial_date.validate(text) == expected


@pytest.mark.parametrize(
    "text", ["2019-10/01", "2019/10/01 0:01", "2019/10/01 12:00", "10000", "0000", "2019-10-01 "]
)
def test_partial_date_mixed_separators_and_times_are_not_dates(text: str) -> None:
    """Mixed separators, a time other than midnight and a five-digit year are refused."""
    if text.endswith(" "):  # surrounding spaces are stripped: the last valid spelling
        assert partial_date.validate(text) == "2019-10-01"
        return
    assert not partial_date.is_valid(text)


# --- era dates ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("S64-1-7", "1989-01-07"),
        ("S64/1/7", "1989-01-07"),
        ("S64.1.7", "1989-01-07"),
        ("h31/4/30", "2019-04-30"),
        ("h31-4-30", "2019-04-30"),
        ("R1-10", "2019-10"),
        ("R1/10", "2019-10"),
        ("M45.7.29", "1912-07-29"),
        ("T1.7.30", "1912-07-30"),
    ],
)
def test_era_letter_forms_take_dots_slashes_and_hyphens(text: str, expected: str) -> None:
    """``S64-1-7`` and ``h31/4/30`` are read like ``S64.1.7``: spreadsheets write all three."""
    assert era_date.validate(text) == expected


@pytest.mark.parametrize(("valid", "invalid"), [("S64.1.7", "S64.1.8"), ("H1.1.8", "H1.1.7")])
def test_era_letter_forms_keep_the_era_boundaries(valid: str, invalid: str) -> None:
    """The last (first) day of an era passes; the day after (before) is ``era-range``."""
    assert era_date.is_valid(valid)
    assert error_code(era_date.validate, invalid) == "era-range"


def test_era_letter_forms_refuse_other_separators() -> None:
    """Only ``.``, ``/`` and ``-`` separate the parts: ``H31,4,30`` and ``H31:4:30`` are not dates."""
    assert error_code(era_date.validate, "H31,4,30") == "era-date"
    assert error_code(era_date.validate, "H31:4:30") == "era-date"


def test_era_dates_read_back_what_from_gregorian_writes_at_every_era_change() -> None:
    """The day before each era's first day belongs to the era before it, and reads back."""
    for earlier, later in zip(era_date.ERAS, era_date.ERAS[1:], strict=False):
        assert era_date.from_gregorian(later.first.isoformat()).startswith(later.kanji)
        assert era_date.from_gregorian(earlier.last.isoformat()).startswith(earlier.kanji)


# --- e-mail, slugs and URLs -----------------------------------------------------


def test_email_needs_a_dotted_domain_and_keeps_the_local_part() -> None:
    """``a@b.jp`` passes with the domain lower-cased; ``a@b`` and ``@b.jp`` fail with ``email``."""
    assert email.validate("mailto:Info@Example.JP") == "Info@example.jp"
    assert email.validate("a@b.jp") == "a@b.jp"
    assert error_code(email.validate, "a@b") == "email"
    assert error_code(email.validate, "@b.jp") == "email"
    assert error_code(email.validate, "a b@c.jp") == "email"


def test_slug_single_hyphens_pass_and_double_hyphens_fail() -> None:
    """Letters and digits joined by single hyphens: ``a-b`` passes, ``a--b``, ``-a`` and ``a-`` fail."""
    assert slug.validate("ＵＡ-Ｚｅｎｓｅｎ ") == "ua-zensen"
    assert slug.validate("a-b-1") == "a-b-1"
    for text in ("a--b", "-a", "a-", "a_b", ""):
        assert error_code(slug.validate, text) == "slug", text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ftp://example.jp", "url-scheme"),
        ("www.example.jp", "url-scheme"),
        ("https://localhost", "url-host"),
        ("https://-a.jp", "url-host"),
        ("https://a b.jp", "url"),
        ("https://a.jp:99999", "url"),
    ],
)
def test_url_refusals_say_which_part_is_wrong(text: str, code: str) -> None:
    """Scheme, host and characters each have their code; ``https://a.jp`` is the shortest valid."""
    assert url.validate("HTTPS://A.JP") == "https://a.jp"
    assert error_code(url.validate, text) == code
