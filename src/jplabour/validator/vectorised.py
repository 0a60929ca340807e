"""A pandas DataFrame checked with pandas' own machinery: factorised columns, keys compared at once.

The frame is already in memory, so each column is factorised once, in C
(:func:`pandas.factorize`): only its distinct values become texts and get a
verdict (:class:`~jplabour.validator.cells.ColumnChecker`), and each row's
text, normalised text and typed value are taken from them by numpy. The
duplicate keys of the whole frame are found at once
(:meth:`pandas.DataFrame.duplicated` over the keys' normalised codes), with
the line each repeats. The other rules run on the chunks as for any input.
Issues, their order and their messages are those of the row-by-row path
(the tests compare the two).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from jplabour.formats import number
from jplabour.frames import cell_text
from jplabour.validator.cells import CheckedColumn
from jplabour.validator.report import Note
from jplabour.validator.rules import Found, Rules
from jplabour.validator.run import Validation, marked_approximate

__all__ = ["FRAME_CHUNK_ROWS", "check_pandas"]

#: Rows of a frame handed to the rules at a time: the frame is in memory already,
#: and its chunks are numpy arrays, not lists of cells.
FRAME_CHUNK_ROWS = 1 << 16

#: The first integer with more digits than a count may have.
_TOO_LARGE = 10**number.MAX_DIGITS


class _Column:
    """One column of the frame, factorised: each row's code, and each code's verdict."""

    def __init__(self, validation: Validation, name: str, series: Any, approximate: bool) -> None:
        import numpy as np
        import pandas as pd

        self.name = name
        spec = validation.specs[name]
        least = spec.metadata.get("minimum") or 0
        dtype = series.dtype
        #: A column of numpy integers: read as they are; only those below the minimum get verdicts.
        self.integers = None
        if (
            spec.kind == "int"
            and not spec.many
            and isinstance(dtype, np.dtype)
            and dtype.kind in "iu"
        ):
            self.integers = series.to_numpy()
            # Those below the minimum or too long for a count get the checker's verdict.
            below = (self.integers < least) | (self.integers >= _TOO_LARGE)
            texts = [str(value) for value in dict.fromkeys(self.integers[below].tolist())]
            checker = validation.checker(name, approximate=approximate)
            self.below = {int(text): cell for text, cell in checker.verdicts(texts).items()}
            self.notes = {str(value): cell[2] for value, cell in self.below.items() if cell[2]}
            self.norm_codes = self.integers
            self.error_codes = below
            self.empty = np.zeros(len(series), dtype=bool)
            return
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
        # Code -1 (a missing value) is the last entry: an empty cell.
        texts = [cell_text(value) for value in uniques.tolist()] + [""]
        verdicts = validation.checker(name, approximate=approximate).verdicts(texts)
        cells = [verdicts[text] for text in texts]
        self.codes = np.where(codes < 0, len(texts) - 1, codes)
        self.texts = _objects(texts)
        self.norms = _objects([cell[0] for cell in cells])
        self.values = _objects([cell[1] for cell in cells])
        # The empty cell's verdict is a note only when a cell is empty.
        missing = bool((codes < 0).any()) or "" in texts[:-1]
        self.notes = {
            text: cell[2]
            for text, cell in verdicts.items()
            if cell[2] is not None and (text or missing)
        }
        #: Whether each code's text has a note: the rows with issues are found by numpy.
        self.noted = np.array([text in self.notes for text in texts], dtype=bool)
        # Codes of the normalised texts, so that JAM and jam are one key.
        self.norm_codes = pd.factorize(self.norms)[0][self.codes]
        self.error_codes = np.array(
            [cell[2] is not None and cell[2].error for cell in cells], dtype=bool
        )[self.codes]
        self.empty = (self.norms == "")[self.codes]

    def chunk(self, start: int, end: int, lines: Sequence[int], found: Found) -> CheckedColumn:
        """The checked column of rows *start* to *end*; its cells' issues added to *found*.

        Its cells are numpy arrays, which the rules read as they read lists
        (iterated, indexed), taken in C from the distinct values' verdicts;
        the rows with a note are found by numpy, so the column goes to the
        rules without notes.
        """
        import numpy as np
        import pandas as pd

        if self.integers is not None:
            values = self.integers[start:end]
            if not self.below:
                return CheckedColumn(self.name, values, values, values, {})
            typed = values.astype(object)
            for index in np.flatnonzero(self.error_codes[start:end]).tolist():
                text = str(typed[index])
                cell = self.below[typed[index]]
                typed[index] = cell[1]
                if cell[2] is not None:
                    found.append((lines[index], self.name, text, cell[2]))
            return CheckedColumn(self.name, typed, typed, typed, {})
        codes = self.codes[start:end]
        texts = self.texts[codes]
        for index in np.flatnonzero(self.noted[codes]).tolist():
            found.append((lines[index], self.name, texts[index], self.notes[texts[index]]))
        return CheckedColumn(
            self.name,
            texts,
            self.norms[codes],
            self.values[codes],
            {},
            set(self.values[pd.unique(codes)].tolist()),
        )


def _objects(items: Sequence[Any]) -> Any:
    """A numpy array of Python objects (tuples stay whole)."""
    import numpy as np

    array = np.empty(len(items), dtype=object)
    for index, item in enumerate(items):
        array[index] = item
    return array


def _duplicates(rules: Rules, columns: Mapping[str, _Column], lines: Any) -> Found:
    """The duplicate keys of the whole frame, each naming the line it repeats."""
    import numpy as np
    import pandas as pd

    found: Found = []
    for key in rules.keys:
        names = [name for name in (*key.group, key.day) if name]
        keyed = [columns[name] for name in names]
        # A row whose key has an error, or whose first key column is empty, is not compared.
        compared = ~np.logical_or.reduce([column.error_codes for column in keyed])
        compared &= ~columns[key.group[0]].empty
        rows = np.flatnonzero(compared)
        if not len(rows):
            continue
        keys = _key_codes([columns[name].norm_codes[rows] for name in names])
        repeated = pd.Series(keys).duplicated(keep="first").to_numpy()
        if not repeated.any():
            continue
        first = pd.Series(rows).groupby(keys).transform("min")
        for at in np.flatnonzero(repeated).tolist():
            note = Note(
                "duplicate-key",
                f"the same {key.label} as line {int(lines[int(first.iloc[at])])}",
                "remove the repeated row, or correct its key",
            )
            found.append((int(lines[int(rows[at])]), key.label, "", note))
    return found


def _key_codes(parts: Sequence[Any]) -> Any:
    """One integer per row for the key of several columns' codes (factorised when they overflow)."""
    import numpy as np
    import pandas as pd

    key = np.zeros(len(parts[0]), dtype=np.int64)
    room = 1
    for codes in parts:
        size = int(codes.max()) + 1 if len(codes) else 1
        if int(codes.min(initial=0)) < 0 or room * size >= 1 << 62:
            return pd.factorize(pd.MultiIndex.from_arrays(list(parts)))[0]
        key = key * size + codes
        room *= size
    return key


def check_pandas(
    validation: Validation, frame: Any, columns: Sequence[tuple[int, str]], size: int
) -> None:
    """Check the first *size* rows of a pandas *frame*'s *columns* ((position, field) pairs).

    Their lines are their positions from 1. The rows after them (the frame's
    trailing empty rows) are the caller's.
    """
    import numpy as np

    names = [name for _, name in columns]
    rules = validation.prepare(names)
    approximate = "approximate" in names
    factorised = {
        name: _Column(validation, name, frame.iloc[:size, position], approximate)
        for position, name in columns
    }
    lines = np.arange(1, size + 1)
    duplicates = _duplicates(rules, factorised, lines) if rules.keys else []
    duplicates.sort(key=lambda issue: issue[0])
    taken = 0
    for start in range(0, size, FRAME_CHUNK_ROWS):
        end = min(start + FRAME_CHUNK_ROWS, size)
        chunk_lines = lines[start:end].tolist()
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
