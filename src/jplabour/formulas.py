"""Cells a spreadsheet would run as formulas, neutralised reversibly with a leading quote.

Excel, LibreOffice and Google Sheets read a cell that starts with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return as a formula (CSV injection).
Such a text, and a text that is quotes followed by one of those (or by
nothing), gets one more leading quote; :func:`restore` takes it off again.
Since prepending a quote to such a text yields such a text again, the mapping
is reversible: ``restore(neutralize(text)) == text`` for every text. The CSV
export and ``jplabour validate --normalize`` both write cells this way
(docs/exports.md, docs/file-safety.md).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["MARK", "TRIGGER", "neutralize", "restore"]

#: The character put before a formula-like text.
MARK: Final = "'"
#: A regular expression matching the start of a text that gets the mark.
TRIGGER: Final = r"'*(?:[=+\-@\t\r]|$)"
_NEEDS_MARK: Final = re.compile(TRIGGER)


def neutralize(text: str) -> str:
    """*text* with a leading quote if a spreadsheet could read it as a formula."""
    return MARK + text if _NEEDS_MARK.match(text) else text


def restore(cell: str) -> str:
    """The text of a cell written by :func:`neutralize`."""
    return cell[1:] if cell.startswith(MARK) and _NEEDS_MARK.match(cell, 1) else cell
