"""Counts: ``1,767,000``, ``１，７６７，０００``, ``1767000`` -> ``1767000``.

A count is a non-negative whole number, written with digits (ASCII or
full-width) and optionally with thousands separators in their right places.
Approximations (``約``, ``~``), kanji multipliers (``万``), decimals and signs
are refused: they are not the exact whole number a count column holds.
"""

from __future__ import annotations

import re
from typing import Final

from jplabour.formats import InvalidFormat, predicate, prepare, show

__all__ = ["MAX_DIGITS", "compact", "format", "is_valid", "validate"]

#: The most digits a count may have (a quintillion is plenty).
MAX_DIGITS: Final = 18

_PLAIN: Final = re.compile(r"[0-9]+")
_GROUPED: Final = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")
_SPACES: Final = re.compile(r"\s+")


def compact(text: str) -> str:
    """*text* NFKC-folded with spaces removed; separators are kept for :func:`validate`."""
    return _SPACES.sub("", prepare(text))


def _refuse(text: str, compacted: str) -> InvalidFormat:
    """Why *compacted* is not a count."""
    if compacted.startswith(("約", "~", "≒", "およそ", "概ね")) or compacted.endswith(
        ("余", "以上", "超")
    ):
        return InvalidFormat(
            f"an approximate figure, not a count: {show(text)}; give the number and mark it approximate",
            "approximate",
        )
    if re.search(r"[万億千百十]", compacted):
        return InvalidFormat(f"kanji multipliers are not read: {show(text)}", "kanji-number")
    if compacted[:1] in ("-", "+"):
        return InvalidFormat(f"a count has no sign: {show(text)}", "signed")
    if re.fullmatch(r"[0-9,]*\.[0-9]*", compacted):
        return InvalidFormat(f"not a whole number: {show(text)}", "not-integer")
    if re.fullmatch(r"[0-9,]+", compacted):
        return InvalidFormat(f"thousands separators out of place: {show(text)}", "grouping")
    return InvalidFormat(f"not a count: {show(text)}", "not-a-number")


def validate(text: str) -> str:
    """The count as plain ASCII digits without leading zeros."""
    compacted = compact(text)
    if _PLAIN.fullmatch(compacted):
        digits = compacted
    elif _GROUPED.fullmatch(compacted):
        digits = compacted.replace(",", "")
    else:
        raise _refuse(text, compacted)
    digits = digits.lstrip("0") or "0"
    if len(digits) > MAX_DIGITS:
        raise InvalidFormat(f"more than {MAX_DIGITS} digits: {show(text)}", "too-large")
    return digits


is_valid = predicate(validate)


def format(text: str) -> str:  # noqa: A001 -- the python-stdnum name
    """The display form with thousands separators: ``1,767,000``."""
    return f"{int(validate(text)):,}"
