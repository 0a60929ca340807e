"""Finding quotes in source texts, and the numbers and dates they state.

Quotes are matched verbatim after folding runs of white space to one space,
because the source files wrap lines and indent freely.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import cache
from typing import Final

from jplabour.formats import InvalidFormat, era_date, partial_date
from jplabour.model import Dataset, PartialDate

__all__ = [
    "DateMention",
    "date_mentions",
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
#: English month names and their abbreviations, capitalised as printed ("May",
#: not the verb "may"; "Dec." but not "Declaration"), with their numbers.
_MONTH_NUMBERS: Final = {name.capitalize(): number for name, number in partial_date.MONTHS.items()}
#: Longest first, so that "Sept" is not read as "Sep".
_MONTH: Final = (
    r"\b(?P<month>" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)) + r")\b\.?"
)
_ORDINAL: Final = r"(?:st|nd|rd|th)?"
#: The ways a date is printed, each naming the parts it states: "6 October 2005",
#: "November 21, 1989", "October 2019", "October" (also in "Jan.-Mar."),
#: "2005-10-06", "2005/10", "2005年10月6日" and the era forms ("平成17年10月6日").
#: A day is stated only next to its month: the "9th" of "the 9th convention" is no day.
_DATE_FORMS: Final = (
    re.compile(
        rf"(?<![0-9])(?P<day>[0-9]{{1,2}}){_ORDINAL}\s+{_MONTH}(?:,?\s+(?P<year>[0-9]{{4}})(?![0-9]))?"
    ),
    re.compile(
        rf"{_MONTH}\s+(?P<day>[0-9]{{1,2}}){_ORDINAL}(?![0-9])(?:,?\s+(?P<year>[0-9]{{4}})(?![0-9]))?"
    ),
    re.compile(rf"{_MONTH},?\s+(?P<year>[0-9]{{4}})(?![0-9])"),
    re.compile(_MONTH),
)
_NUMERIC_DATE: Final = re.compile(
    r"(?<![0-9])[0-9]{4}(?:([-/.])[0-9]{1,2}(?:\1[0-9]{1,2})?|年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?)(?![0-9])"
)
_ERA_DATE: Final = re.compile(
    r"(?:明治|大正|昭和|平成|令和)(?:元|[0-9]{1,2})年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?"
)
#: A year printed on its own: four digits, not part of a longer number ("1,989", "2005.5").
_YEAR: Final = re.compile(r"(?<![0-9,.])[0-9]{4}(?![0-9]|[.,][0-9])")


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


#: A date part a text states: (year, month, day), None for a part it leaves open.
DateMention = tuple[int | None, int | None, int | None]


def date_mentions(text: str) -> set[DateMention]:
    """The dates *text* prints, each as the (year, month, day) it states, None where it is silent.

    ``on 6 October 2005`` gives (2005, 10, 6) and the year (2005, None, None);
    ``**October** ... the 9th convention`` gives only (None, 10, None): a
    number is a day only when printed as one, next to its month.
    """
    text = unicodedata.normalize("NFKC", text)
    found: set[DateMention] = {(int(year), None, None) for year in _YEAR.findall(text)}
    claimed: set[int] = set()  # each printed month counts once, in its fullest form
    for form in _DATE_FORMS:
        for match in form.finditer(text):
            if match.start("month") in claimed:
                continue
            claimed.add(match.start("month"))
            parts = match.groupdict()
            found.add(
                (
                    int(parts["year"]) if parts.get("year") else None,
                    _MONTH_NUMBERS[parts["month"]],
                    int(parts["day"]) if parts.get("day") else None,
                )
            )
    for pattern, parse in ((_NUMERIC_DATE, partial_date.parse), (_ERA_DATE, era_date.parse)):
        for match in pattern.finditer(text):
            try:
                date = parse(match.group())
            except InvalidFormat:
                continue
            found.add((date.year, date.month, date.day))
    return found


def date_stated(date: PartialDate, text: str) -> bool:
    """True when *text* states every part of *date*, each as that part of a printed date.

    The year must be printed as a year, the month as a month (a name, or the
    month of a numeric date) and the day as the day of that month; a part a
    mention states must agree with *date*: ``6 October 2005`` states
    2005-10-06, 2005-10 and 2005, but not 2005-10-09, however many 9s the
    text has.
    """
    wanted = (date.year, date.month, date.day)
    agreeing = [
        mention
        for mention in date_mentions(text)
        if all(
            want is None or part is None or part == want
            for part, want in zip(mention, wanted, strict=True)
        )
    ]
    return all(
        want is None or any(mention[index] == want for mention in agreeing)
        for index, want in enumerate(wanted)
    )


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
