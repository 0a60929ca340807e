"""Finding quotes in source texts, and the numbers and dates they state.

Quotes are matched verbatim after folding runs of white space to one space,
because the source files wrap lines and indent freely.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import Final

from jplabour.model import Dataset, PartialDate

__all__ = [
    "date_stated",
    "fold_space",
    "numbers_in",
    "quote_found",
    "source_texts",
]

_SPACE: Final = re.compile(r"\s+")
# A number, optionally with thousands separators, decimals and a word multiplier:
# "1,767,000", "01", "3.8 million", "10 thousand".
_NUMBER: Final = re.compile(
    r"(?<![0-9])([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\.[0-9]+)?(?:\s*(million|thousand))?",
    re.IGNORECASE,
)
_MULTIPLIERS: Final = {"million": 1_000_000, "thousand": 1_000}
_MONTHS: Final = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)


def fold_space(text: str) -> str:
    """*text* with every run of white space folded to one space, and stripped."""
    return _SPACE.sub(" ", text).strip()


@cache
def _folded(text: str) -> str:
    return fold_space(text)


def quote_found(quote: str, source_text: str) -> bool:
    """True when *quote* stands verbatim in *source_text*, white space folded."""
    folded = fold_space(quote)
    return bool(folded) and folded in _folded(source_text)


def numbers_in(text: str) -> set[int]:
    """The whole numbers *text* states: '1,767,000', '01' -> 1, '3.8 million' -> 3800000.

    A number with a multiplier word is also counted without it, so that
    '7 million' states both 7000000 and 7.
    """
    found: set[int] = set()
    for whole, fraction, word in _NUMBER.findall(text):
        number = Decimal(whole.replace(",", "") + fraction)
        if number == number.to_integral_value():
            found.add(int(number))
        if word:
            scaled = number * _MULTIPLIERS[word.lower()]
            if scaled == scaled.to_integral_value():
                found.add(int(scaled))
    return found


def _month_stated(month: int, text: str) -> bool:
    """True when *text* names the month: 'November', 'Nov.', 'Jan.-Mar.', '2015-05'."""
    name = _MONTHS[month - 1]
    lowered = text.lower()
    return name in lowered or re.search(rf"\b{name[:3]}\.", lowered) is not None


def date_stated(date: PartialDate, text: str) -> bool:
    """True when *text* states every part of *date*: its year, month and day."""
    numbers = numbers_in(text)
    if date.year not in numbers:
        return False
    if date.month is not None and not (
        _month_stated(date.month, text) or f"{date.year:04d}-{date.month:02d}" in text
    ):
        return False
    return date.day is None or date.day in numbers


def source_texts(dataset: Dataset | None = None) -> dict[str, str]:
    """Source id -> full text, for the sources of *dataset* whose file ships in the package.

    A reference (kind ``reference``) has no file: its text is not copied.

    The embedded data by default. A user's dataset may cite sources whose
    text jplabour does not carry; those are left out.
    """
    from jplabour.data.seed_texts import SEED_TEXTS

    if dataset is None:
        from jplabour.data import DATASET

        dataset = DATASET
    return {s.id: SEED_TEXTS[s.file] for s in dataset.sources if s.file and s.file in SEED_TEXTS}
