"""Text for a reader at a terminal: display width, word wrap, and tables that lose nothing.

East Asian wide characters take two columns, combining marks none. A table
(:func:`table`) sizes each column to its widest cell; when the lines would be
wider than the width asked for, the widest columns are narrowed and their
cells wrapped onto continuation lines. No cell is ever cut, so what a table
shows is what its CSV and JSON hold. The command line passes the terminal's
width (``COLUMNS`` honoured); the library's default is :data:`WIDTH`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from typing import Final

__all__ = ["NARROWEST", "WIDTH", "display_width", "table", "wrap", "wrap_cell"]

#: The width text fits when no other is asked for: a classic terminal's.
WIDTH: Final = 80
#: A table column is narrowed no further than this (or its header, if wider).
NARROWEST: Final = 10
_GAP: Final = "  "
#: A word's pieces, each ending after its hyphens: "rengo-", "non-", "regular".
_HYPHENATED: Final = re.compile(r"[^-]*-+|[^-]+")


def _char_width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def display_width(text: str) -> int:
    """The columns *text* takes in a terminal: wide characters count two."""
    return sum(_char_width(char) for char in text)


def wrap(text: str, indent: str = "  ", first: str | None = None, width: int = WIDTH) -> list[str]:
    """Greedy word wrap to *width* columns; over-long words (Japanese) are split.

    Lines after the first begin with *indent*; the first with *first* (default: *indent*).
    """
    lines: list[str] = []
    line = indent if first is None else first
    fresh = True
    for word in text.split():
        sep = "" if fresh else " "
        if display_width(line + sep + word) <= width:
            line, fresh = line + sep + word, False
            continue
        if not fresh:
            lines.append(line)
            line, fresh = indent, True
        for char in word:
            if display_width(line + char) > width:
                lines.append(line)
                line = indent
            line, fresh = line + char, False
    if not fresh or not lines:
        lines.append(line.rstrip())
    return lines


def wrap_cell(text: str, width: int) -> list[str]:
    """A table cell's lines at *width* columns, every character but white space kept.

    A line breaks at white space, else after a hyphen (``rengo-non-regular-`` /
    ``employment-department``), else inside a word longer than the column;
    runs of white space become one space.
    """
    if text.isprintable() and display_width(text) <= width:
        return [text]
    lines: list[str] = []
    line = ""
    for word in text.split():
        for n, piece in enumerate(_HYPHENATED.findall(word)):
            joined = line + (" " if n == 0 and line else "") + piece
            if display_width(joined) <= width:
                line = joined
                continue
            if line:
                lines.append(line)
            line = ""
            for char in piece:  # a piece longer than the column
                if line and display_width(line + char) > width:
                    lines.append(line)
                    line = ""
                line += char
    lines.append(line)
    return lines


def _narrowed(natural: list[int], floors: list[int], width: int) -> list[int]:
    """Column widths whose lines fit *width* where the floors allow: the widest narrowed first."""
    widths = list(natural)
    excess = sum(widths) + len(_GAP) * (len(widths) - 1) - width
    while excess > 0:
        candidates = [i for i, w in enumerate(widths) if w > floors[i]]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: widths[i])
        widths[widest] -= 1
        excess -= 1
    return widths


def _pad(text: str, width: int, *, right: bool) -> str:
    space = " " * (width - display_width(text))
    return space + text if right else text + space


def table(
    headers: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    *,
    width: int = WIDTH,
    right: Collection[int] = (),
) -> str:
    """*rows* of cells as columns two spaces apart, under *headers* (None: no header line).

    The columns whose positions are in *right* (numbers) are right-aligned and
    never narrowed. Lines fit *width* columns unless the narrowest the columns
    may get (:data:`NARROWEST`, or the header) is wider still; then the table
    is wider than *width* rather than cut.
    """
    lines = [list(headers)] if headers is not None else []
    lines += [list(row) for row in rows]
    if not lines:
        return ""
    count = len(lines[0])
    natural = [max(display_width(line[i]) for line in lines) for i in range(count)]
    header_widths = [display_width(h) for h in headers] if headers is not None else [0] * count
    floors = [
        natural[i] if i in right else min(natural[i], max(NARROWEST, header_widths[i]))
        for i in range(count)
    ]
    widths = _narrowed(natural, floors, width)
    out = []
    for line in lines:
        cells = [wrap_cell(text, widths[i]) for i, text in enumerate(line)]
        for depth in range(max(len(cell) for cell in cells)):
            parts = [
                _pad(cell[depth] if depth < len(cell) else "", widths[i], right=i in right)
                for i, cell in enumerate(cells)
            ]
            out.append(_GAP.join(parts).rstrip())
    return "".join(text + "\n" for text in out)
