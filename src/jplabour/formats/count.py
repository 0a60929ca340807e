"""Counts as spreadsheets write them: ``569,285 人``, ``120万``, ``約1.5万人`` -> ``569285``, ``1200000``, ``15000``.

:mod:`jplabour.formats.number` reads an exact whole number; this module
reads the habits of Japanese tables around one, and :func:`parse` says which
it met (:class:`Count`):

- a unit after the figure: ``人``, ``名`` or ``人員`` (persons);
- the multipliers ``万`` (10,000) and ``千`` (1,000), alone or combined
  (``56万9285``, ``1万2千``), after a whole or decimal figure (``1.5万``),
  as long as the count comes out whole;
- an approximation before the figure: ``約``, ``およそ``, ``~`` (or ``〜``)
  or ``ca.``, which makes the count approximate;
- ``1767000.0``, a whole number as a float prints it.

Still refused, with a code: ``以上`` / ``超`` / ``余`` (a bound, not a
count: ``more-than``), other kanji numerals (``kanji-number``), signs,
fractions, and what :mod:`~jplabour.formats.number` refuses.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, NamedTuple

from jplabour.formats import InvalidFormat, number, predicate, prepare, show

__all__ = [
    "APPROXIMATIONS",
    "MULTIPLIERS",
    "UNITS",
    "Count",
    "compact",
    "format",
    "is_valid",
    "parse",
    "validate",
]

#: What may come before a figure to say it is approximate. ``〜`` (the wave
#: dash) is what Japanese input methods type for a tilde.
APPROXIMATIONS: Final = ("約", "およそ", "~", "〜", "ca.", "c.", "approx.")
#: Units that may follow a count of persons.
UNITS: Final = ("人員", "人", "名")
#: The kanji multipliers read, largest first.
MULTIPLIERS: Final = {"万": 10_000, "千": 1_000}


class Count(NamedTuple):
    """A count read from a spreadsheet cell, and the habits met on the way."""

    value: int
    approximate: bool
    #: What was read besides digits, in words: ``("the prefix 約", "万 as 10,000", "the unit 人 dropped")``.
    read: tuple[str, ...]


_SPACES: Final = re.compile(r"\s+")
#: ``12万3,456``, ``1.5万``, ``3千``: groups of figure and multiplier, then a remainder.
_KANJI_FIGURE: Final = re.compile(
    r"(?:(?P<man>[0-9][0-9,]*(?:\.[0-9]+)?)万)?"
    r"(?:(?P<sen>[0-9][0-9,]*(?:\.[0-9]+)?)千)?"
    r"(?P<rest>[0-9][0-9,]*)?"
)
_WHOLE_FLOAT: Final = re.compile(r"([0-9]+)\.0")
_BOUNDS: Final = ("以上", "超", "余", "強", "弱", "+")


def compact(text: str) -> str:
    """*text* NFKC-folded with spaces removed (after ``ca`` a space is kept as ``ca.``)."""
    folded = prepare(text)
    if folded.lower().startswith("ca "):
        folded = "ca." + folded[3:]
    return _SPACES.sub("", folded)


def _strip_prefix(compacted: str) -> tuple[str, str | None]:
    lowered = compacted.lower()
    for prefix in APPROXIMATIONS:
        if lowered.startswith(prefix):
            return compacted[len(prefix) :], compacted[: len(prefix)]
    return compacted, None


def _strip_unit(compacted: str) -> tuple[str, str | None]:
    for unit in UNITS:
        if compacted.endswith(unit):
            return compacted[: -len(unit)], unit
    return compacted, None


def _digits(part: str, text: str) -> str:
    """:func:`number.validate` of a *part* of *text*, its errors quoting all of *text*."""
    try:
        return number.validate(part)
    except InvalidFormat as error:
        raise InvalidFormat(error.message.replace(show(part), show(text)), error.code) from None


def _figure(figure: str, text: str) -> Decimal:
    """A figure before a multiplier: digits with separators in place, maybe a decimal part."""
    whole, _, fraction = figure.partition(".")
    digits = _digits(whole, text)  # checks the grouping of 1,234万
    return Decimal(f"{digits}.{fraction}") if fraction else Decimal(digits)


def _multiplied(text: str, compacted: str) -> tuple[int, tuple[str, ...]] | None:
    """The value of a figure with ``万`` / ``千``, or None when it has none."""
    if not any(kanji in compacted for kanji in MULTIPLIERS):
        return None
    match = _KANJI_FIGURE.fullmatch(compacted)
    if match is None or not (match["man"] or match["sen"]):
        raise InvalidFormat(
            f"not a count with 万 or 千 (e.g. 120万, 56万9285, 1.5万): {show(text)}", "kanji-number"
        )
    total = Decimal(0)
    read = []
    for group, kanji in (("man", "万"), ("sen", "千")):
        if match[group]:
            total += _figure(match[group], text) * MULTIPLIERS[kanji]
            read.append(f"{kanji} as {MULTIPLIERS[kanji]:,}")
    rest = match["rest"]
    if rest:
        remainder = int(_digits(rest, text))
        if remainder >= (MULTIPLIERS["千"] if match["sen"] else MULTIPLIERS["万"]):
            raise InvalidFormat(
                f"the figure after 万 or 千 is too large: {show(text)}", "kanji-number"
            )
        total += remainder
    if total != total.to_integral_value():
        raise InvalidFormat(f"not a whole number: {show(text)}", "not-integer")
    return int(total), tuple(read)


def parse(text: str) -> Count:
    """The count *text* denotes, and what was read besides digits; InvalidFormat otherwise."""
    compacted = compact(text)
    body, prefix = _strip_prefix(compacted)
    body, unit = _strip_unit(body)
    if body.endswith(_BOUNDS) or body.startswith(("≒", "概ね", "おおよそ")):
        raise InvalidFormat(
            f"a bound or estimate, not a count: {show(text)}; give the number, marked approximate",
            "more-than" if body.endswith(_BOUNDS) else "approximate",
        )
    read: list[str] = []
    if prefix is not None:
        read.append(f"the prefix {prefix}")
    multiplied = _multiplied(text, body)
    if multiplied is not None:
        value, multipliers = multiplied
        if len(str(value)) > number.MAX_DIGITS:
            raise InvalidFormat(f"more than {number.MAX_DIGITS} digits: {show(text)}", "too-large")
        read += multipliers
    else:
        whole_float = _WHOLE_FLOAT.fullmatch(body)
        if whole_float:
            body = whole_float[1]
            read.append(".0 dropped")
        value = int(_digits(body, text))
    if unit is not None:
        read.append(f"the unit {unit} dropped")
    return Count(value, prefix is not None, tuple(read))


def validate(text: str) -> str:
    """The count as plain ASCII digits (whether it is approximate, :func:`parse` says)."""
    return str(parse(text).value)


is_valid = predicate(validate)


def format(text: str) -> str:  # noqa: A001 -- the python-stdnum name
    """The display form: ``約1,200,000`` for ``約120万人``, ``569,285`` for ``569,285人``."""
    count = parse(text)
    return f"{'約' if count.approximate else ''}{count.value:,}"
