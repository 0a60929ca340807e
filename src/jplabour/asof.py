"""Answers at a date: the date arguments, the tolerance, and the evidence an answer rests on.

The rule itself is stated once, in :mod:`jplabour.api` ("As of a date");
this module holds its parts: :func:`read_date` reads a date argument in
every form the validator reads, :func:`read_within` reads a tolerance,
:func:`nearest` picks the evidence, and :class:`Answer` carries the answer
with the date of its evidence.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from collections.abc import Iterable
from typing import Final, Generic, TypeVar

import attrs

from jplabour.model import PartialDate
from jplabour.plural import counted

__all__ = [
    "LATER_BY_DEFAULT",
    "Answer",
    "Relation",
    "Within",
    "describe_gap",
    "nearest",
    "read_date",
    "read_range",
    "read_within",
]

_R = TypeVar("_R")


def read_range(
    between: tuple[PartialDate | str | None, PartialDate | str | None] | PartialDate | str,
) -> tuple[PartialDate | None, PartialDate | None]:
    """*between* as (start, end): a pair as given, one date as (date, date).

    Raises:
        ValueError: not a pair and not a date (``between=1995`` rather than ``"1995"``).
    """
    if isinstance(between, tuple | list):
        if len(between) != 2:
            raise ValueError(f"between is a date or a (start, end) pair, not {between!r}")
        start, end = between
    else:
        start = end = between
    return (
        None if start is None else read_date(start),
        None if end is None else read_date(end),
    )


def read_date(value: PartialDate | str) -> PartialDate:
    """*value* as a PartialDate: every form the validator reads.

    ``2019``, ``2019-10``, ``2019/10``, ``2019年10月``, ``20191001``,
    ``Oct 2019``, and era dates (``令和元年10月``, ``R1.10``), as
    :mod:`jplabour.formats.any_date` reads them for the validator.

    Raises:
        ValueError: not a date (:class:`~jplabour.formats.InvalidFormat`, a
            ValueError, with a one-line message).
    """
    if isinstance(value, PartialDate):
        return value
    # The formats load only when a date is read as text: ``import jplabour`` stays light.
    from jplabour.formats import InvalidFormat, any_date

    if not isinstance(value, str):
        raise InvalidFormat(f"not a date but {type(value).__name__}", "not-text")
    return any_date.parse(value)


_WITHIN: Final = re.compile(r"\s*([0-9]{1,4})\s*(y|m|d)\s*", re.IGNORECASE)
_WITHIN_UNITS: Final = {"y": "years", "m": "months", "d": "days"}


@attrs.frozen
class Within:
    """How far from the date asked evidence may be: a number of years, months or days."""

    amount: int
    unit: str  # "years", "months" or "days"

    def __str__(self) -> str:
        return f"{self.amount}{self.unit[0]}"

    def reaches(self, start: dt.date, end: dt.date) -> bool:
        """True when *end* is no further than this after *start*."""
        if self.unit == "days":
            return (end - start).days <= self.amount
        months = self.amount * (12 if self.unit == "years" else 1)
        year, month = divmod(start.month - 1 + months, 12)
        year += start.year
        if year > dt.MAXYEAR:  # a reach past the last date there is reaches every date
            return True
        day = min(start.day, calendar.monthrange(year, month + 1)[1])
        return end <= dt.date(year, month + 1, day)


def read_within(value: Within | str | None) -> Within | None:
    """A tolerance: ``"5y"``, ``"18m"``, ``"90d"`` (years, months, days), or None (any).

    Raises:
        ValueError: anything else, with a one-line message.
    """
    if value is None or isinstance(value, Within):
        return value
    match = _WITHIN.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise ValueError(f"within is a number of years, months or days (5y, 18m, 90d): {value!r}")
    return Within(int(match.group(1)), _WITHIN_UNITS[match.group(2).lower()])


class Relation(str, enum.Enum):
    """Where the evidence of an answer lies, relative to the date asked."""

    AT = "at"  #: the evidence's date may be the date asked
    BEFORE = "before"  #: the nearest evidence is earlier
    AFTER = "after"  #: the nearest evidence is later (a list published after the date)
    STALE = "stale"  #: there is dated evidence, but none within the tolerance
    NONE = "none"  #: there is no dated evidence at all


def _gap(date: PartialDate, at: PartialDate) -> int:
    """Days between the two intervals; 0 when they overlap."""
    if date.certainly_before(at):
        return (at.earliest - date.latest).days
    if date.certainly_after(at):
        return (date.earliest - at.latest).days
    return 0


def _relation(date: PartialDate, at: PartialDate) -> Relation:
    if date.certainly_before(at):
        return Relation.BEFORE
    return Relation.AFTER if date.certainly_after(at) else Relation.AT


#: How far after the date asked evidence may lie when no ``within`` is given:
#: a source published soon after (the December 2019 roster for October 2019),
#: never a list printed decades later.
LATER_BY_DEFAULT: Final = Within(1, "years")


def _within(date: PartialDate, at: PartialDate, within: Within | None) -> bool:
    if date.overlaps(at):
        return True
    if date.certainly_before(at):
        return within is None or within.reaches(date.latest, at.earliest)
    return (within or LATER_BY_DEFAULT).reaches(at.latest, date.earliest)


def nearest(
    dates: Iterable[PartialDate], at: PartialDate, within: Within | None
) -> tuple[PartialDate | None, Relation, PartialDate | None]:
    """The evidence date that answers *at*: (chosen, relation, nearest beyond the tolerance).

    A date that may be *at* wins (of several, the latest, as the finest and
    newest statement); else the nearest one within reach, the earlier on a
    tie. Within reach: no further than *within* on either side; without
    *within*, any earlier date, and a later one no more than
    :data:`LATER_BY_DEFAULT` after. ``chosen`` is None when nothing
    qualifies; then ``nearest`` is the closest date there is (relation
    STALE), or None (relation NONE).
    """
    ranked = sorted(set(dates), key=lambda d: (_gap(d, at), d.certainly_after(at), d.sort_key))
    if not ranked:
        return None, Relation.NONE, None
    overlapping = [d for d in ranked if d.overlaps(at)]
    if overlapping:
        return max(overlapping, key=lambda d: d.sort_key), Relation.AT, None
    reachable = [d for d in ranked if _within(d, at, within)]
    if reachable:
        return reachable[0], _relation(reachable[0], at), None
    return None, Relation.STALE, ranked[0]


def describe_gap(date: PartialDate | None, at: PartialDate) -> str:
    """How far the evidence lies from the date asked, in words: "1 month after 2019-10".

    The gap runs between the nearest days the two dates may denote: from the
    end of October 2019 to the start of December 2019 is one month.
    """
    if date is None:
        return "undated"
    relation = _relation(date, at)
    if relation is Relation.AT:
        return f"as of {date}"
    days = _gap(date, at)
    if days < 28:
        amount = counted(days, "day")
    elif days < 730:
        months = max(1, round(days / 30.44))
        amount = counted(months, "month")
    else:
        amount = counted(days // 365, "year")
    return f"as of {date}, {amount} {relation.value} {at}"


@attrs.frozen
class Answer(Generic[_R]):
    """The answer to a question at a date, with the date of its evidence.

    ``records`` answer the question (empty when nothing does). ``evidence``
    is the date of the dated evidence chosen (a figure's ``as_of``, a listed
    roster's date); None when the records stand on their own ``since`` and
    ``until`` or when nothing answers. ``relation`` says where that evidence
    lies; with STALE, ``nearest`` is the date of the closest evidence, beyond
    the tolerance. ``undated`` holds the undated records that bear on the
    question: never an answer at a date, but never hidden either.
    ``outside`` says why dated evidence there is cannot answer: the date
    falls outside the organisation's lifetime ("rengo was founded in 1989-11").
    """

    asked: PartialDate
    records: tuple[_R, ...]
    relation: Relation
    evidence: PartialDate | None = None
    nearest: PartialDate | None = None
    undated: tuple[_R, ...] = ()
    within: Within | None = None
    outside: str | None = None

    @property
    def found(self) -> bool:
        """True when some record answers the question."""
        return bool(self.records)

    def describe(self) -> str:
        """The evidence in words: "as of 2019-12, 1 month after 2019-10", or why there is none."""
        if self.evidence is not None:
            return describe_gap(self.evidence, self.asked)
        if self.records:
            return f"in force at {self.asked} by the records' own dates"
        if self.relation is Relation.STALE:
            reach = (
                f"within {self.within} of {self.asked}"
                if self.within
                else f"at or before {self.asked}, nor up to {LATER_BY_DEFAULT} after"
            )
            return f"no evidence {reach}; the nearest is {describe_gap(self.nearest, self.asked)}"
        extra = f" ({len(self.undated)} undated)" if self.undated else ""
        if self.outside is not None:
            return f"no evidence in the organisation's lifetime{extra}: {self.outside}"
        return f"no dated evidence{extra}"
