"""A date in any spelling a downstream table uses: Gregorian, Japanese era or month name.

``2019/10/1``, ``2019年10月`` and ``Oct 2019`` are read by
:mod:`~jplabour.formats.partial_date`; ``令和元年10月`` and ``R1.10`` by
:mod:`~jplabour.formats.era_date`. Which one reads a text is decided by its
start: an era's kanji (or ligature) or one of its letters followed by a
digit or ``元`` make an era date. :func:`read` also says which spelling it
met, for a report of what was read.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from jplabour.formats import era_date, partial_date, predicate, prepare
from jplabour.model import PartialDate

__all__ = [
    "ERA",
    "GREGORIAN",
    "ISO",
    "MONTH_NAME",
    "Reading",
    "compact",
    "format",
    "is_valid",
    "parse",
    "read",
    "validate",
]

#: How a date was written: the spellings :func:`read` tells apart.
ISO: Final = "iso"
GREGORIAN: Final = "gregorian"
ERA: Final = "era"
MONTH_NAME: Final = "month-name"

_ERA_START: Final = re.compile(r"\s*(?:明治|大正|昭和|平成|令和|[MTSHR]\s*[0-9元])", re.IGNORECASE)


class Reading(NamedTuple):
    """A date and the spelling it was written in (``iso``, ``gregorian``, ``era``, ``month-name``)."""

    date: PartialDate
    spelling: str


def _is_era(text: str) -> bool:
    return _ERA_START.match(prepare(text, 100)) is not None


def compact(text: str) -> str:
    """*text* compacted by the module that reads it."""
    return era_date.compact(text) if _is_era(text) else partial_date.compact(text)


def read(text: str) -> Reading:
    """The partial date *text* denotes and how it was spelt; InvalidFormat otherwise."""
    if _is_era(text):
        return Reading(era_date.parse(text), ERA)
    date = partial_date.parse(text)
    if str(date) == text:
        return Reading(date, ISO)
    return Reading(date, MONTH_NAME if partial_date.month_name(text) else GREGORIAN)


def parse(text: str) -> PartialDate:
    """The partial date *text* denotes; InvalidFormat otherwise."""
    return read(text).date


def validate(text: str) -> str:
    """The date as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    return str(parse(text))


is_valid = predicate(validate)


def format(text: str) -> str:  # noqa: A001 -- the python-stdnum name
    """The display form: an era date stays an era date (in kanji), others are ISO."""
    return era_date.format(text) if _is_era(text) else partial_date.format(text)
