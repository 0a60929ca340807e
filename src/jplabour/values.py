"""One value of a user's own record: an organisation, a partial date, a count.

These are the readers behind :mod:`jplabour.pydantic` and :mod:`jplabour.attrs`,
so that a pydantic model, an attrs class and ``jplabour validate`` read a value
the same way. They parse nothing themselves: names go through
:func:`jplabour.resolve` (and so :func:`jplabour.lookup`), dates and counts
through :mod:`jplabour.formats`.

Each reader has two modes, after pydantic's:

- *lax* (the default) reads what a person or a spreadsheet writes: a name for
  an organisation, ``令和元年10月`` or ``2019/10/1`` for a date, ``1,767,000人``
  for a count;
- *strict* takes only the stored form: an id, ``YYYY[-MM[-DD]]``, an ``int``.

A refused value raises :class:`InvalidValue`, a ValueError whose one-line
message says why and, for organisations, lists the candidates or the closest
ids.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import math
import numbers
import operator
from collections.abc import Callable
from typing import Final, NamedTuple

from jplabour.api import AmbiguousNameError, UnknownIdError, resolve
from jplabour.data import DATASET
from jplabour.formats import InvalidFormat, any_date, number, show
from jplabour.formats import count as count_format
from jplabour.model import Organization, PartialDate

__all__ = ["MAX_COUNT", "NAME_LIMIT", "InvalidValue", "member_count", "org_id", "partial_date_text"]

#: The longest text read as an organisation's name; longer text is refused unread.
NAME_LIMIT: Final = 200
#: The largest count: :data:`jplabour.formats.number.MAX_DIGITS` nines.
MAX_COUNT: Final = 10**number.MAX_DIGITS - 1


class InvalidValue(ValueError):  # noqa: N818 -- a value, like formats.InvalidFormat
    """A value that does not read as the type asked for.

    ``code`` says how it fails (``ambiguous-name``, ``unknown-organization``,
    ``name-not-id``, ``wrong-type``, or a :mod:`jplabour.formats` code).
    ``candidates`` lists the ids an ambiguous name can mean; ``suggestions``
    the ids closest to an unknown one.
    """

    def __init__(
        self,
        message: str,
        code: str,
        *,
        candidates: tuple[str, ...] = (),
        suggestions: tuple[str, ...] = (),
    ) -> None:
        self.message = message
        self.code = code
        self.candidates = candidates
        self.suggestions = suggestions
        super().__init__(message)

    def prefixed(self, context: str) -> InvalidValue:
        """The same refusal, its message led by *context*: ``context: message``."""
        return InvalidValue(
            f"{context}: {self.message}",
            self.code,
            candidates=self.candidates,
            suggestions=self.suggestions,
        )


def _wrong_type(value: object, wanted: str) -> InvalidValue:
    return InvalidValue(f"{wanted}, not {type(value).__name__}", "wrong-type")


def org_id(value: object, *, strict: bool = False) -> str:
    """The id of the organisation *value* means.

    Lax: an id, an :class:`~jplabour.model.Organization`, or any name
    :func:`jplabour.lookup` resolves to exactly one organisation (spaces
    around it are ignored). Strict: an id, exactly.
    """
    if isinstance(value, Organization) and not strict:
        value = value.id
    if not isinstance(value, str):
        raise _wrong_type(value, "an organisation id or name must be text")
    if value in _ids():
        return str(value)
    if strict:
        raise _name_not_id(value)
    text = value.strip()
    if len(text) > NAME_LIMIT:
        raise InvalidValue(
            f"no organisation {show(value)}: longer than {NAME_LIMIT} characters",
            "unknown-organization",
        )
    meant = _named(text)
    if isinstance(meant, _Refusal):
        raise InvalidValue(
            meant.message, meant.code, candidates=meant.candidates, suggestions=meant.suggestions
        )
    return meant


@functools.cache
def _ids() -> frozenset[str]:
    """Every organisation id of the embedded data."""
    return frozenset(org.id for org in DATASET.organizations)


class _Refusal(NamedTuple):
    """Why a name means no one organisation: what :class:`InvalidValue` is built from."""

    message: str
    code: str
    candidates: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()


@functools.lru_cache(maxsize=4096)
def _named(text: str) -> str | _Refusal:
    """The id *text* names, or why it names none: once per distinct name (they repeat in tables)."""
    try:
        return resolve(text).id
    except AmbiguousNameError as error:
        return _Refusal(
            str(error), "ambiguous-name", candidates=tuple(org.id for org in error.candidates)
        )
    except UnknownIdError as error:
        return _Refusal(error.message, "unknown-organization", suggestions=error.suggestions)


def _name_not_id(value: str) -> InvalidValue:
    """Strict mode's refusal of a non-id, saying what the lax mode would read."""
    try:
        meant = org_id(value)
    except InvalidValue as error:
        return error.prefixed("not an organisation id (strict mode reads ids only)")
    return InvalidValue(
        f"{show(value)} is a name, not an id (strict mode reads ids only): write {meant}",
        "name-not-id",
        suggestions=(meant,),
    )


def _exact_count(text: str) -> str:
    """*text* read as ``jplabour validate`` reads a count, refusing an approximate one.

    An int cannot say that a figure is approximate, so ``約100`` is refused here,
    while the validator reads it into a table's ``approximate`` column.
    """
    reading = count_format.parse(text)
    if reading.approximate:
        raise InvalidFormat(
            f"an approximate figure, not a count: {show(text)}; "
            "give the number and mark it approximate",
            "approximate",
        )
    return str(reading.value)


@functools.lru_cache(maxsize=4096)
def _read_once(read: Callable[[str], str], text: str) -> str | _Refusal:
    """*read(text)*, or why it refuses: once per distinct text (dates and counts repeat)."""
    try:
        return read(text)
    except InvalidFormat as error:
        return _Refusal(error.message, error.code)


def _formatted(read: Callable[[str], str], text: str) -> str:
    """*text* read by the format reader *read*; InvalidValue with its message otherwise.

    Short texts are remembered; long ones, which the readers refuse anyway, are not.
    """
    result = (_read_once if len(text) <= NAME_LIMIT else _read_once.__wrapped__)(read, text)
    if isinstance(result, _Refusal):
        raise InvalidValue(result.message, result.code)
    return result


def _whole_number(value: object) -> int | None:
    """*value* as an int if it is a whole number of a numeric type, else None; a bool never is.

    An int or another integral type (numpy's), a finite integral float (numpy's too),
    :class:`~decimal.Decimal` or :class:`~fractions.Fraction`: what pandas and
    database drivers hand over, and pydantic's ``int`` reads in lax mode.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, numbers.Integral):
        return operator.index(value)
    if isinstance(value, decimal.Decimal):
        return int(value) if value.is_finite() and value == value.to_integral_value() else None
    if isinstance(value, numbers.Rational):
        return int(value.numerator) if value.denominator == 1 else None
    if isinstance(value, numbers.Real):
        real = float(value)
        return int(real) if math.isfinite(real) and real.is_integer() else None
    return None


def partial_date_text(value: object, *, strict: bool = False) -> str:
    """*value* as a partial date ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    Lax: every spelling ``jplabour validate`` reads (:mod:`jplabour.formats.partial_date`
    and :mod:`~jplabour.formats.era_date`: ``2019/10/1``, ``2019年10月``, full-width digits, era dates such as
    ``令和元年10月`` and ``H31.4.30``), a :class:`~jplabour.model.PartialDate`,
    a :class:`datetime.date` (not a datetime) and a year as an int. Strict:
    the text ``YYYY[-MM[-DD]]`` of a calendar date, exactly.
    """
    if strict:
        if not isinstance(value, str):
            raise _wrong_type(value, "a partial date must be text")
        try:
            stored = str(PartialDate.parse(value))
        except ValueError:
            stored = ""
        if stored != value:
            raise InvalidValue(
                f"not a date YYYY, YYYY-MM or YYYY-MM-DD (strict mode): {show(value)}", "date"
            )
        return value
    if isinstance(value, PartialDate):
        return str(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        value = str(operator.index(value))  # a year; numpy's ints too
    if not isinstance(value, str):
        raise _wrong_type(value, "a partial date must be text, a date or a year")
    return _formatted(any_date.validate, value)


def member_count(value: object, *, strict: bool = False) -> int:
    """*value* as a count of members: a whole number of at least 0.

    Lax: a whole number of any numeric type (an int, an integral float,
    numpy's, ``Decimal``), or text the validator reads as an exact count
    (:mod:`jplabour.formats.count`: ``1,767,000``, full-width digits, ``120万``,
    a trailing ``人``, ``名`` or ``人員``).
    Strict: an int. A bool is never a count.
    """
    if isinstance(value, bool):
        raise _wrong_type(value, "a count must be a whole number")
    if isinstance(value, int):
        count = value
    elif strict:
        raise _wrong_type(value, "a count must be an int (strict mode)")
    elif (whole := _whole_number(value)) is not None:
        count = whole
    elif isinstance(value, str):
        count = int(_formatted(_exact_count, value))
    else:
        raise _wrong_type(value, "a count must be a whole number or its text")
    if count < 0:
        raise InvalidValue(f"a count is at least 0, not {count}", "signed")
    if count > MAX_COUNT:
        raise InvalidValue(f"a count has at most {number.MAX_DIGITS} digits", "too-large")
    return count
