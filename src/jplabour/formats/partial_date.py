"""Gregorian partial dates: ``2019/10/1``, ``2019年10月``, ``２０１９－１０`` -> ``2019-10-01``, ``2019-10``.

A partial date is known to the year, the month or the day (see
:class:`jplabour.model.PartialDate`). Accepted spellings: ``YYYY``,
``YYYY-MM``, ``YYYY-MM-DD`` with ``-``, ``/`` or ``.`` and one- or two-digit
months and days; ``YYYY年``, ``YYYY年MM月``, ``YYYY年MM月DD日``; ``YYYYMMDD``;
a day followed by a midnight time as spreadsheets write it
(``2019/10/01 0:00``); and English month names, full or abbreviated, with
or without a full stop (``Oct 2019``, ``October 2019``, ``2019 Oct``,
``Oct-2019``, ``1 October 2019``, ``October 1, 2019``). Japanese era dates
are :mod:`jplabour.formats.era_date`.

Two spreadsheet spellings are refused with their own code, because they
are not partial dates: ``Oct-19`` (``ambiguous-date``: Excel's ``mmm-yy``
shows October 2019 so, but so does ``d-mmm`` the 19th of October), and
fiscal years, ``FY2019`` or ``2019年度`` (``fiscal-year``: in Japan April
2019 to March 2020, which no calendar year or month denotes).
"""

from __future__ import annotations

import re
from typing import Final

from jplabour.formats import InvalidFormat, predicate, prepare, show
from jplabour.model import PartialDate

__all__ = [
    "MONTHS",
    "MONTH_NAMES",
    "compact",
    "fiscal_year",
    "format",
    "is_valid",
    "month_name",
    "parse",
    "validate",
]

#: The English month names, January first.
MONTH_NAMES: Final = (
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
)
#: English month names (lower case) and their numbers: full, three-letter and ``sept``.
MONTHS: Final = {
    **{
        name.lower(): number
        for number, full in enumerate(MONTH_NAMES, start=1)
        for name in (full, full[:3])
    },
    "sept": 9,
}

_NUMERIC: Final = re.compile(
    r"([0-9]{4})(?:([-/.])([0-9]{1,2})(?:\2([0-9]{1,2})(?:[ T]0?0:00(?::00)?)?)?)?"
)
_KANJI: Final = re.compile(r"([0-9]{4})年(?:([0-9]{1,2})月(?:([0-9]{1,2})日)?)?")
_COMPACT: Final = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")
_SPACES: Final = re.compile(r"\s+")
_MONTH: Final = r"(?P<month>[a-z]{3,9})\.?"
#: ``Oct 2019``, ``Oct-2019``, ``October 1, 2019``, ``1 Oct 2019``, ``2019 Oct``, ``2019 Oct 1``.
_MONTH_NAMED: Final = (
    re.compile(
        rf"{_MONTH}[ -/]?(?:(?P<day>[0-9]{{1,2}})(?:st|nd|rd|th)?,? ?)?(?P<year>[0-9]{{4}})"
    ),
    re.compile(
        rf"(?P<day>[0-9]{{1,2}})(?:st|nd|rd|th)?[ -/]?{_MONTH}[ -/,]? ?(?P<year>[0-9]{{4}})"
    ),
    re.compile(rf"(?P<year>[0-9]{{4}})[ -/]?{_MONTH}(?:[ -/]?(?P<day>[0-9]{{1,2}}))?"),
)
#: Excel's ``mmm-yy`` / ``d-mmm``: ``Oct-19``, ``19-Oct``.
_TWO_DIGITS: Final = re.compile(r"[a-z]{3,9}\.?[ -/']?[0-9]{2}|[0-9]{1,2}[ -/][a-z]{3,9}\.?")
#: Fiscal years: ``FY2019``, ``FY19``, ``2019FY``, ``2019年度``, ``2019 fiscal year``.
_FISCAL: Final = re.compile(r"fy ?'?[0-9]{2,4}|[0-9]{2,4} ?fy|[0-9]{4} ?年度|.*fiscal.*|.*年度.*")


def compact(text: str) -> str:
    """*text* NFKC-folded and stripped, with runs of spaces folded to one."""
    return _SPACES.sub(" ", prepare(text, 100))


def month_name(text: str) -> bool:
    """True when *text* is a date written with an English month name (``Oct 2019``)."""
    return _month_named(compact(text).lower()) is not None


def _month_named(date: str) -> tuple[str, str, str | None] | None:
    """(year, month, day) of a date with an English month name, or None."""
    for expression in _MONTH_NAMED:
        match = expression.fullmatch(date)
        if match and match["month"] in MONTHS:
            return match["year"], str(MONTHS[match["month"]]), match["day"]
    return None


def _refuse(text: str, date: str) -> InvalidFormat:
    """Why *date* (compacted *text*) is not a partial date."""
    lowered = date.lower()
    if _FISCAL.fullmatch(lowered):
        year = re.search(r"[0-9]{4}", lowered)
        return fiscal_year(text, int(year[0]) if year else None)
    if _TWO_DIGITS.fullmatch(lowered) and any(name in lowered for name in MONTHS):
        return InvalidFormat(
            f"an ambiguous date: {show(text)} may be a month and a two-digit year (Excel's "
            "mmm-yy) or a day and a month (d-mmm); write it as YYYY-MM, or format the cells "
            "as dates with a four-digit year",
            "ambiguous-date",
        )
    return InvalidFormat(
        f"not a date (YYYY, YYYY-MM, YYYY-MM-DD, Oct 2019 or an era date): {show(text)}", "date"
    )


def fiscal_year(text: str, year: int | None) -> InvalidFormat:
    """The error of *text*, a Japanese fiscal year starting in April of *year* (when known)."""
    span = f"{year}-04 to {year + 1}-03" if year is not None else "April to March, in Japan"
    return InvalidFormat(
        f"a fiscal year is not a partial date: {show(text)} ({span}); give the date the "
        "figure is as of, such as the fiscal year's last month",
        "fiscal-year",
    )


def parse(text: str) -> PartialDate:
    """The partial date *text* denotes; InvalidFormat otherwise."""
    date = compact(text)
    match = _NUMERIC.fullmatch(date)
    if match:
        year, _, month, day = match.groups()
    else:
        match = _KANJI.fullmatch(date.replace(" ", "")) or _COMPACT.fullmatch(date)
        if match is not None:
            year, month, day = match.groups()
        else:
            named = _month_named(date.lower())
            if named is None:
                raise _refuse(text, date)
            year, month, day = named
    try:
        return PartialDate(int(year), int(month) if month else None, int(day) if day else None)
    except ValueError as error:
        raise InvalidFormat(f"no such date ({error}): {show(text)}", "no-such-date") from None


def validate(text: str) -> str:
    """The date as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    return str(parse(text))


is_valid = predicate(validate)


def format(text: str) -> str:  # noqa: A001 -- the python-stdnum name
    """The display form, the same as :func:`validate`."""
    return validate(text)
