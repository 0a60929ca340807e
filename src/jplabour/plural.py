"""Counts in words: ``1 error``, ``2 errors``, ``0 errors``.

Every message and summary that prints a count with its noun uses
:func:`counted`, so that none says "1 errors" or hedges with "file(s)".
"""

from __future__ import annotations

__all__ = ["counted"]


def counted(count: int, noun: str, plural: str | None = None, *, grouped: bool = False) -> str:
    """*count* and *noun*, in the plural unless the count is one.

    The plural adds ``s`` unless *plural* is given (``counted(2, "entry",
    "entries")``); *noun* may be a phrase whose last word agrees (``counted(3,
    "more bad-date error")``). *grouped* writes the count with thousands
    separators (``1,767,000``).
    """
    number = f"{count:,}" if grouped else str(count)
    return f"{number} {noun if count == 1 else plural or noun + 's'}"
