"""A DataFrame or an Arrow table checked by its columns' distinct values, with numpy.

The table is already in memory, so each column is read once by its distinct
values (:class:`~jplabour.frames.Distinct`, found by the table's own
library in compiled code): only they become texts and get a verdict
(:class:`~jplabour.validator.cells.ColumnChecker`), and each row's text,
normalised text and typed value are taken from them by numpy. The duplicate
keys of the whole table are found at once (counted per key code, then the
repeated ones sorted), with the line each repeats. The other rules run on
the chunks as for any input. Issues, their order and their messages are
those of the row-by-row path (the tests compare the two). numpy is the only
library needed here: a polars frame or an Arrow table needs no pandas.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from jplabour.formats import number
from jplabour.frames import Distinct, FrameColumns
from jplabour.validator.cells import CheckedColumn
from jplabour.validator.lazy import Coded, objects
from jplabour.validator.report import Note
from jplabour.validator.rules import Found, Rules
from jplabour.validator.run import Validation, marked_approximate

__all__ = ["FRAME_CHUNK_ROWS", "check_frame", "repeats"]

#: Rows of a frame handed to the rules at a time: the frame is in memory already,
#: and its chunks are numpy arrays, not lists of cells.
FRAME_CHUNK_ROWS = 1 << 16

#: The first integer with more digits than a count may have.
_TOO_LARGE = 10**number.MAX_DIGITS


class _Column:
    """One column of the frame, factorised: each row's code, and each code's verdict."""

    def __init__(
        self, validation: Validation, name: str, column: Distinct, approximate: bool
    ) -> None:
        import numpy as np

        self.name = name
        spec = validation.specs[name]
        least = spec.metadata.get("minimum") or 0
        #: A column of numpy integers: read as they are; only those below the minimum get verdicts.
        self.integers = None
        if spec.kind == "int" and not spec.many and column.integers is not None:
            self.integers = column.integers
            # Those below the minimum or too long for a count get the checker's verdict.
            below = (self.integers < least) | (self.integers >= _TOO_LARGE)
            texts = [str(value) for value in dict.fromkeys(self.integers[below].tolist())]
            checker = validation.checker(name, approximate=approximate)
            self.below = {int(text): cell for text, cell in checker.verdicts(texts).items()}
            self.notes = {str(value): cell[2] for value, cell in self.below.items() if cell[2]}
            self.norm_codes = self.integers
            self.below_rows = below if self.below else None
            return
        codes, texts = column.codes, column.texts
        if column.integers is not None:  # integers in a column of another kind: their texts
            uniques, codes = np.unique(column.integers, return_inverse=True)
            texts = [str(value) for value in uniques.tolist()]
        # Code -1 (a missing value) is the last entry: an empty cell.
        texts = [*texts, ""]
        verdicts = validation.checker(name, approximate=approximate).verdicts(texts)
        cells = [verdicts[text] for text in texts]
        #: Whether a cell is missing (code -1, now the last code).
        self.absent = len(codes) > 0 and int(codes.min()) < 0
        self.codes = np.where(codes < 0, len(texts) - 1, codes) if self.absent else codes
        self.texts = objects(texts)
        self.norms = objects([cell[0] for cell in cells])
        self.values = objects([cell[1] for cell in cells])
        # The empty cell's verdict is a note only when a cell is empty.
        missing = self.absent or "" in texts[:-1]
        self.notes = {
            text: cell[2]
            for text, cell in verdicts.items()
            if cell[2] is not None and (text or missing)
        }
        #: Whether each code's text has a note: the rows with issues are found by numpy.
        self.noted = np.array([text in self.notes for text in texts], dtype=bool)
        # Codes of the normalised texts, so that JAM and jam are one key.
        self.norm_codes = (
            self.codes
            if len(set(self.norms)) == len(self.norms)
            else _codes(self.norms)[self.codes]
        )
        #: Whether each code's cell is an error, and whether it is empty.
        self.code_errors = np.array(
            [cell[2] is not None and cell[2].error for cell in cells], dtype=bool
        )
        self.code_empty = self.norms == ""

    def uncompared(self, *, first: bool) -> Any:
        """The rows whose key this column keeps from being compared, or None when there is none.

        A cell with an error, and for the key's first column an empty cell.
        """
        import numpy as np

        if self.integers is not None:
            return self.below_rows
        excluded = self.code_errors | self.code_empty if first else self.code_errors
        # The last code, the empty cell, is no row's unless a cell is missing.
        used = excluded if self.absent else excluded[:-1]
        return excluded[self.codes] if np.any(used) else None

    def chunk(self, start: int, end: int, lines: Sequence[int], found: Found) -> CheckedColumn:
        """The checked column of rows *start* to *end*; its cells' issues added to *found*.

        Its cells are taken from the distinct values' verdicts by code, when
        the rules ask for them (:class:`~jplabour.validator.lazy.Coded`): most are never looked at.
        The rows with a note are found by numpy, so the column goes to the
        rules without notes.
        """
        import numpy as np

        if self.integers is not None:
            values = self.integers[start:end]
            if not self.below:
                return CheckedColumn(self.name, values, values, values, {})
            typed = values.astype(object)
            below = self.below_rows
            for index in np.flatnonzero(below[start:end] if below is not None else ()).tolist():
                text = str(typed[index])
                cell = self.below[typed[index]]
                typed[index] = cell[1]
                if cell[2] is not None:
                    found.append((lines[index], self.name, text, cell[2]))
            return CheckedColumn(self.name, typed, typed, typed, {})
        codes = self.codes[start:end]
        texts = self.texts
        if self.notes:
            noted = np.flatnonzero(self.noted[codes])
            for code, index in zip(codes[noted].tolist(), noted.tolist(), strict=True):
                found.append((lines[index], self.name, texts[code], self.notes[texts[code]]))
        return CheckedColumn(
            self.name,
            Coded(codes, texts),
            Coded(codes, self.norms),
            Coded(codes, self.values),
            {},
            set(self.values[np.flatnonzero(np.bincount(codes))].tolist()),
        )


def _codes(items: Sequence[Any]) -> Any:
    """Each item's code: the position of its first equal among *items* (few: distinct values)."""
    import numpy as np

    first: dict[Any, int] = {}
    return np.array([first.setdefault(item, len(first)) for item in items], dtype=np.intp)


def _duplicates(rules: Rules, columns: Mapping[str, _Column], lines: Sequence[int]) -> Found:
    """The duplicate keys of the whole frame, each naming the line it repeats."""
    import numpy as np

    found: Found = []
    for key in rules.keys:
        names = [name for name in (*key.group, key.day) if name]
        # A row whose key has an error, or whose first key column is empty, is not compared.
        masks = [
            mask
            for at, name in enumerate(names)
            if (mask := columns[name].uncompared(first=at == 0)) is not None
        ]
        parts = [columns[name].norm_codes for name in names]
        rows = None
        if masks:
            rows = np.flatnonzero(~np.logical_or.reduce(masks))
            parts = [part[rows] for part in parts]
        repeated, firsts = repeats(parts)
        if rows is not None:
            repeated, firsts = rows[repeated], rows[firsts]
        for at, first in zip(repeated.tolist(), firsts.tolist(), strict=True):
            note = Note(
                "duplicate-key",
                f"the same {key.label} as line {lines[first]}",
                "remove the repeated row, or correct its key",
            )
            found.append((lines[at], key.label, "", note))
    return found


def repeats(parts: Sequence[Any]) -> tuple[Any, Any]:
    """The positions whose key (the *parts*' codes there) an earlier position has, and that one's.

    Where the codes combine into a small enough number, one pass with a byte
    per possible key tells whether any key repeats, and only the repeated
    keys are then sorted; otherwise all are (stably, so that the first of a
    run of equal keys is the first position with that key).
    """
    import numpy as np

    keyed = _key_codes(parts)
    if keyed is None:
        positions, keys = np.arange(len(parts[0])), list(parts)
    else:
        key, room = keyed
        seen = np.zeros(room, dtype=np.bool_)  # a byte per possible key, not a count
        seen[key] = True
        if np.count_nonzero(seen) == len(key):  # no key twice: nothing to sort
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
        positions = np.flatnonzero(np.bincount(key)[key] > 1)
        keys = [key[positions]]
    if not len(positions):
        return positions, positions
    order = np.lexsort(keys[::-1])  # a stable sort: equal keys stay in their order
    same = np.ones(len(order) - 1, dtype=bool)
    for codes in keys:
        ordered = codes[order]
        same &= ordered[1:] == ordered[:-1]
    new = np.concatenate(([True], ~same))
    rows = positions[order]
    firsts = rows[new][np.cumsum(new) - 1]
    return rows[~new], firsts[~new]


#: The most possible keys looked for in one pass over the rows (an array of a byte for each).
_COUNTED_KEYS = 1 << 22


def _key_codes(parts: Sequence[Any]) -> tuple[Any, int] | None:
    """One integer per row for the key of several columns' codes, and how many there may be.

    None when more are possible than are counted in one pass.
    """
    import numpy as np

    if not len(parts[0]):
        return np.zeros(0, dtype=np.intp), 1
    if any(int(codes.min()) < 0 for codes in parts):  # integers read as they are
        return None
    sizes = [int(codes.max()) + 1 for codes in parts]
    room = math.prod(sizes)
    if room > max(_COUNTED_KEYS, 4 * len(parts[0])):
        return None
    key = parts[0]
    for codes, size in zip(parts[1:], sizes[1:], strict=True):
        key = key * size + codes
    return key, room


def check_frame(
    validation: Validation, frame: FrameColumns, columns: Sequence[tuple[int, str]], size: int
) -> None:
    """Check the first *size* rows of a *frame*'s *columns* ((position, field) pairs).

    Their lines are their positions from 1. The rows after them (the frame's
    trailing empty rows) are the caller's.
    """
    names = [name for _, name in columns]
    rules = validation.prepare(names)
    approximate = "approximate" in names
    factorised = {
        name: _Column(validation, name, frame.distinct(position, size), approximate)
        for position, name in columns
    }
    lines = range(1, size + 1)
    duplicates = _duplicates(rules, factorised, lines) if rules.keys else []
    duplicates.sort(key=lambda issue: issue[0])
    taken = 0
    for start in range(0, size, FRAME_CHUNK_ROWS):
        end = min(start + FRAME_CHUNK_ROWS, size)
        chunk_lines = lines[start:end]
        found: Found = []
        checked = {
            name: column.chunk(start, end, chunk_lines, found)
            for name, column in factorised.items()
        }
        if approximate and "value" in checked:
            checked["approximate"] = marked_approximate(checked["value"], checked["approximate"])
        chunk_duplicates = []
        while taken < len(duplicates) and duplicates[taken][0] <= end:
            chunk_duplicates.append(duplicates[taken])
            taken += 1
        validation.check_checked(rules, checked, chunk_lines, found=found + chunk_duplicates)
