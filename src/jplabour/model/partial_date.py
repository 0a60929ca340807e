"""Partial dates: a date known to the year, the month or the day.

A partial date stands for the interval of days it may denote, and is
compared as such (see :class:`PartialDate`). Every date field of the model
holds one, and its converters here read the string form too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Literal

import attrs

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["PartialDate", "Precision", "to_date", "to_optional_date"]

#: The days of each month in a common year.
_MONTH_DAYS: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    """The number of days of *month* in *year* (Gregorian)."""
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _MONTH_DAYS[month - 1]


Precision = Literal["year", "month", "day"]


@attrs.frozen(order=False)
class PartialDate:
    """A date known to the year, the month or the day: ``1989``, ``1989-11``, ``1989-11-21``.

    A partial date stands for the interval of days it may denote. Two dates are
    compared as intervals: *a* is certainly before *b* when the last day *a* may
    denote is before the first day *b* may denote. ``1989`` and ``1989-11`` are
    neither certainly before nor certainly after each other; they overlap.
    Sorting uses :attr:`sort_key` (earliest day, coarser precision first).
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range")
        if self.month is None:
            if self.day is not None:
                raise ValueError("a day needs a month")
            return
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is out of range")
        if self.day is not None:
            last = _days_in(self.year, self.month)
            if not 1 <= self.day <= last:
                raise ValueError(f"{self.year}-{self.month:02d} has no day {self.day}")

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError otherwise.

        It accepts exactly what :data:`~jplabour.model.PARTIAL_DATE_PATTERN` matches (a test
        compares them), without compiling the pattern, which ``import
        jplabour`` would otherwise pay for.
        """
        parts = text.split("-") if isinstance(text, str) else []
        widths = [len(part) for part in parts]
        if widths not in ([4], [4, 2], [4, 2, 2]) or not all(
            part.isascii() and part.isdigit() for part in parts
        ):
            raise ValueError(f"not a partial date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
        return cls(*(int(part) for part in parts))

    @classmethod
    def coerce(cls, value: PartialDate | str) -> PartialDate:
        """Return *value* as a PartialDate, parsing strings."""
        return value if isinstance(value, PartialDate) else cls.parse(value)

    @classmethod
    def coerce_optional(cls, value: PartialDate | str | None) -> PartialDate | None:
        """Like :meth:`coerce`, but pass ``None`` through."""
        return None if value is None else cls.coerce(value)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def precision(self) -> Precision:
        """How much of the date is known."""
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    @property
    def earliest(self) -> dt.date:
        """The first day this date may denote."""
        import datetime as dt  # here: comparing and a lookup by name need no date objects

        return dt.date(*self._first_day())

    @property
    def latest(self) -> dt.date:
        """The last day this date may denote."""
        import datetime as dt  # here: comparing and a lookup by name need no date objects

        return dt.date(*self._last_day())

    def _first_day(self) -> tuple[int, int, int]:
        """(year, month, day) of :attr:`earliest`: tuples compare as the days do."""
        return (self.year, self.month or 1, self.day or 1)

    def _last_day(self) -> tuple[int, int, int]:
        """(year, month, day) of :attr:`latest`."""
        month = self.month or 12
        return (self.year, month, self.day or _days_in(self.year, month))

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """Chronological sort key; a coarser date sorts before finer ones it contains."""
        return (self.year, self.month or 0, self.day or 0)

    def certainly_before(self, other: PartialDate) -> bool:
        """True when every day this date may denote is before every day *other* may."""
        return self._last_day() < other._first_day()

    def certainly_after(self, other: PartialDate) -> bool:
        """True when every day this date may denote is after every day *other* may."""
        return other.certainly_before(self)

    def overlaps(self, other: PartialDate) -> bool:
        """True when the two dates may denote the same day."""
        return not (self.certainly_before(other) or self.certainly_after(other))

    def contains(self, other: PartialDate) -> bool:
        """True when every day *other* may denote is one this date may denote."""
        return self._first_day() <= other._first_day() and other._last_day() <= self._last_day()


def to_date(value: PartialDate | str) -> PartialDate:
    """Converter of required date fields: a PartialDate, or its string form."""
    return PartialDate.coerce(value)


def to_optional_date(value: PartialDate | str | None) -> PartialDate | None:
    """Converter of optional date fields: None, a PartialDate, or its string form."""
    return PartialDate.coerce_optional(value)
