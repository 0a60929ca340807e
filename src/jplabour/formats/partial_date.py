"""Gregorian partial dates: ``2019/10/1``, ``2019年10月``, ``２０１９－１０`` -> ``2019-10-01``, ``2019-10``.

A partial date is known to the year, the month or the day (see
:class:`jplabour.model.PartialDate`). Accepted spellings: ``YYYY``,
``YYYY-MM``, ``YYYY-MM-DD`` with ``-``, ``/`` or ``.`` and one- or two-digit
months and days; ``YYYY年``, ``YYYY年MM月``, ``YYYY年MM月DD日``; ``YYYYMMDD``;
and a day followed by a midnight time as spreadsheets write it
(``2019/10/01 0:00``). Japanese era dates are :mod:`jplabour.formats.era_date`.
"""

from __future__ import annotations

import re
from typing import Final

from jplabour.formats import InvalidFormat, predicate, prepare, show
from jplabour.model import PartialDate

__all__ = ["compact", "format", "is_valid", "parse", "validate"]

_NUMERIC: Final = re.compile(
    r"([0-9]{4})(?:([-/.])([0-9]{1,2})(?:\2([0-9]{1,2})(?:[ T]0?0:00(?::00)?)?)?)?"
)
_KANJI: Final = re.compile(r"([0-9]{4})年(?:([0-9]{1,2})月(?:([0-9]{1,2})日)?)?")
_COMPACT: Final = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")
_SPACES: Final = re.compile(r"\s+")


def compact(text: str) -> str:
    """*text* NFKC-folded and stripped, with runs of spaces folded to one."""
    return _SPACES.sub(" ", prepare(text, 100))


def parse(text: str) -> PartialDate:
    """The partial date *text* denotes; InvalidFormat otherwise."""
    date = compact(text)
    match = _NUMERIC.fullmatch(date)
    if match:
        year, _, month, day = match.groups()
    else:
        match = _KANJI.fullmatch(date.replace(" ", "")) or _COMPACT.fullmatch(date)
        if match is None:
            raise InvalidFormat(
                f"not a date (YYYY, YYYY-MM, YYYY-MM-DD or an era date): {show(text)}", "date"
            )
        year, month, day = match.groups()
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
