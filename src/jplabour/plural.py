"""Counts in words: ``1 error``, ``2 errors``, ``0 errors``.

Every message and summary that prints a count with its noun uses
:func:`counted` (or :func:`agreeing`, where the count is printed apart, as
in an aligned column), so that none says "1 errors" or hedges with "file(s)".
"""

from __future__ import annotations

__all__ = ["agreeing", "counted"]


def agreeing(count: int, noun: str, plural: str | None = None) -> str:
    """*noun* as it agrees with *count*: singular for one, plural otherwise (``0 errors``).

    The plural adds ``s`` unless *plural* is given (``agreeing(2, "entry",
    "entries")``); *noun* may be a phrase whose last word agrees (``more
    bad-date error``).
    """
    if count == 1:
        return noun
    return noun + "s" if plural is None else plural


def counted(count: int, noun: str, plural: str | None = None, *, grouped: bool = False) -> str:
    """*count* and *noun* as it agrees with it: ``1 file``, ``10 files``.

    *grouped* writes the count with thousands separators (``1,767,000 rows``).
    """
    number = f"{count:,}" if grouped else str(count)
    return f"{number} {agreeing(count, noun, plural)}"
