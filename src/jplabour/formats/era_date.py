"""Japanese era dates: ``令和元年10月`` -> ``2019-10``, ``H31.4.30`` -> ``2019-04-30``.

Accepted spellings, with ASCII or full-width digits and any spaces:

- kanji: ``令和元年``, ``令和元年10月``, ``平成31年4月30日`` (``元`` or ``1`` for the
  first year; the ligatures ``㍻`` and ``㋿`` too);
- letters: ``R1``, ``R1.10``, ``H31.4.30``, ``h31/4/30``, ``S64-1-7`` (M, T,
  S, H, R for Meiji, Taishō, Shōwa, Heisei, Reiwa; ``.``, ``/`` or ``-``).

The result is a Gregorian partial date of the same precision. An era date
must denote at least one day of its era, with these boundaries (first and
last day, Gregorian):

========  ======  ==========  ==========
Meiji     明治    1868-10-23  1912-07-29
Taishō    大正    1912-07-30  1926-12-24
Shōwa     昭和    1926-12-25  1989-01-07
Heisei    平成    1989-01-08  2019-04-30
Reiwa     令和    2019-05-01  —
========  ======  ==========  ==========

So ``平成31年4月``, ``昭和64年1月`` and ``平成元年1月`` exist (they share their
month with the next or previous era), while ``平成31年5月``, ``令和元年4月``,
``昭和64年1月8日`` and ``平成32年`` do not.

Meiji starts on 1868-10-23 (明治元年9月8日 in the lunar calendar), the day
the era name was proclaimed, although the proclamation made it apply from
the start of that lunar year: 明治元年1月 to 9月 are refused. Japan used the
lunar calendar until 明治5年12月2日 (1872-12-31); Meiji 1-5 months and days
are read as Gregorian ones, as spreadsheets do, not converted. Fiscal years
(``令和元年度``) are refused: they are not calendar years.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, NamedTuple

from jplabour.formats import InvalidFormat, partial_date, predicate, prepare, show
from jplabour.model import PartialDate

__all__ = [
    "ERAS",
    "LIGATURES",
    "Era",
    "compact",
    "format",
    "from_gregorian",
    "is_valid",
    "parse",
    "validate",
]


class Era(NamedTuple):
    """A Japanese era: its names and its first and last Gregorian day."""

    name: str
    kanji: str
    letter: str
    first: dt.date
    last: dt.date


#: The modern eras, oldest first.
ERAS: Final = (
    Era("Meiji", "明治", "M", dt.date(1868, 10, 23), dt.date(1912, 7, 29)),
    Era("Taishō", "大正", "T", dt.date(1912, 7, 30), dt.date(1926, 12, 24)),
    Era("Shōwa", "昭和", "S", dt.date(1926, 12, 25), dt.date(1989, 1, 7)),
    Era("Heisei", "平成", "H", dt.date(1989, 1, 8), dt.date(2019, 4, 30)),
    Era("Reiwa", "令和", "R", dt.date(2019, 5, 1), dt.date.max),
)
_BY_NAME: Final = {key: era for era in ERAS for key in (era.kanji, era.letter)}
#: Era kanji -> the one-character forms NFKC unfolds into it (``平成`` -> ``㍻``).
LIGATURES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        era.kanji: tuple(
            chr(code)
            for code in range(0x3200, 0x3400)
            if unicodedata.normalize("NFKC", chr(code)) == era.kanji
        )
        for era in ERAS
    }
)

_ERA_DATE: Final = re.compile(
    r"(明治|大正|昭和|平成|令和|[MTSHR])(元|[0-9]{1,3})"
    r"(?:年(?:([0-9]{1,2})月(?:([0-9]{1,2})日)?)?|[./-]([0-9]{1,2})(?:[./-]([0-9]{1,2}))?)?"
)
_SPACES: Final = re.compile(r"\s+")


def compact(text: str) -> str:
    """*text* NFKC-folded, without spaces, letters upper-cased."""
    return _SPACES.sub("", prepare(text, 100)).upper()


def _span(era: Era) -> str:
    last = "" if era.last == dt.date.max else era.last.isoformat()
    return (
        f"the {era.name} era ({era.kanji}) runs from {era.first.isoformat()} to {last or 'today'}"
    )


def _parse(text: str) -> tuple[Era, PartialDate]:
    date = compact(text)
    if date.endswith("年度"):
        try:
            year: int | None = _parse(date[:-1])[1].year
        except InvalidFormat:
            year = None
        raise partial_date.fiscal_year(text, year)
    match = _ERA_DATE.fullmatch(date)
    if match is None:
        raise InvalidFormat(
            f"not an era date (e.g. 令和元年10月, 平成31年4月30日, R1.10, H31.4.30): {show(text)}",
            "era-date",
        )
    name, number, month_k, day_k, month_l, day_l = match.groups()
    era = _BY_NAME[name]
    era_year = 1 if number == "元" else int(number)
    if era_year == 0:
        raise InvalidFormat(f"an era has no year 0, its first is 元年: {show(text)}", "era-year")
    month, day = month_k or month_l, day_k or day_l
    try:
        partial = PartialDate(
            era.first.year + era_year - 1, int(month) if month else None, int(day) if day else None
        )
    except ValueError as error:
        raise InvalidFormat(f"no such date ({error}): {show(text)}", "no-such-date") from None
    if partial.latest < era.first or partial.earliest > era.last:
        raise InvalidFormat(f"no such era date: {show(text)}; {_span(era)}", "era-range")
    return era, partial


def parse(text: str) -> PartialDate:
    """The Gregorian partial date the era date *text* denotes; InvalidFormat otherwise."""
    return _parse(text)[1]


def validate(text: str) -> str:
    """The Gregorian date as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    return str(parse(text))


is_valid = predicate(validate)


def _display(era: Era, partial: PartialDate) -> str:
    era_year = partial.year - era.first.year + 1
    text = f"{era.kanji}{'元' if era_year == 1 else era_year}年"
    if partial.month is not None:
        text += f"{partial.month}月"
    if partial.day is not None:
        text += f"{partial.day}日"
    return text


def from_gregorian(value: PartialDate | str) -> str:
    """The era form of a Gregorian partial date: ``2019-10`` -> ``令和元年10月``.

    A year or month that two eras share is written in the earlier era
    (``2019`` -> ``平成31年``, ``1989-01`` -> ``昭和64年1月``); reading it
    back gives the same partial date.
    """
    try:
        partial = PartialDate.coerce(value)
    except ValueError as error:
        raise InvalidFormat(str(error), "date") from None
    for era in ERAS:
        if partial.latest >= era.first and partial.earliest <= era.last:
            return _display(era, partial)
    raise InvalidFormat(f"{partial} is before the Meiji era (1868-10-23)", "era-range")


def format(text: str) -> str:  # noqa: A001 -- the python-stdnum name
    """The display form in kanji: ``R1.10`` -> ``令和元年10月``."""
    return _display(*_parse(text))
