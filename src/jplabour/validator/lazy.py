"""A column's values read when a rule asks for them, not for every cell.

:class:`~jplabour.validator.cells.ColumnChecker` checks each distinct text of
a column once; most rows' typed values are never looked at again (only the
rules that compare a row's count or date ask, and only for some rows), so
they are read from the texts on demand.
"""

from __future__ import annotations

import abc
import typing
from collections.abc import Callable, Collection, Iterator, Sequence
from typing import Any

__all__ = ["Coded", "Counts", "LazyItems", "MixedCounts", "ReadValues", "objects"]


class LazyItems(Sequence[Any]):
    """A sequence whose items are made when they are asked for: one, a slice, or all in turn."""

    __slots__ = ()

    @abc.abstractmethod
    def _item(self, index: int) -> Any:
        """The item at *index*."""

    @abc.abstractmethod
    def _items(self, where: slice) -> list[Any]:
        """The items of the slice *where*."""

    @typing.overload
    def __getitem__(self, index: int) -> Any: ...

    @typing.overload
    def __getitem__(self, index: slice) -> list[Any]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return self._items(index)
        return self._item(index)


class ReadValues(LazyItems):
    """The typed values of a column's cells, each read from its text when it is asked for.

    Most values are never looked at again once the column is checked: only
    the rules that compare a row's count or date (a parent's total, a
    lifetime) ask, and only for some rows. Plain counts are read with
    :func:`int`, other cells looked up in their text's verdict.
    """

    __slots__ = ("read", "texts")

    def __init__(self, texts: Sequence[str], read: Callable[[str], Any]) -> None:
        self.texts = texts
        self.read = read

    def __len__(self) -> int:
        return len(self.texts)

    def _item(self, index: int) -> Any:
        return self.read(self.texts[index])

    def _items(self, where: slice) -> list[Any]:
        return list(map(self.read, self.texts[where]))

    def __iter__(self) -> Iterator[Any]:
        return map(self.read, self.texts)


class MixedCounts:
    """A column of counts of which only the texts that are no plain count have a verdict."""

    __slots__ = ("verdicts",)

    def __init__(self, verdicts: dict[str, tuple[str, Any, Any]]) -> None:
        self.verdicts = verdicts

    def value(self, text: str) -> Any:
        """The count of *text*: its verdict's, or the plain count read."""
        cell = self.verdicts.get(text)
        return int(text) if cell is None else cell[1]

    def norm(self, text: str) -> str:
        """The normalised text of *text*."""
        cell = self.verdicts.get(text)
        return text if cell is None else cell[0]


class Coded(LazyItems):
    """Cells as codes into distinct cells (numpy arrays): each taken when it is asked for.

    The rules look at a few rows' cells (those whose organisation may be
    outside its lifetime, or has a parent's figure): the others are never
    made. Iterating takes them all at once, in C. ``cells`` is an array of
    objects (:func:`objects`), ``codes`` one of integers.
    """

    __slots__ = ("cells", "codes")

    def __init__(self, codes: Any, cells: Any) -> None:
        self.codes = codes
        self.cells = cells

    def __len__(self) -> int:
        return len(self.codes)

    def _item(self, index: int) -> Any:
        return self.cells[self.codes[index]]

    def _items(self, where: slice) -> list[Any]:
        found: list[Any] = self.cells[self.codes[where]].tolist()
        return found

    def __iter__(self) -> Iterator[Any]:
        return iter(self.cells[self.codes].tolist())

    def __contains__(self, value: object) -> bool:
        import numpy as np

        return value in self.cells[np.unique(self.codes)].tolist()

    def flags(self, wanted: Collection[Any]) -> list[bool]:
        """Whether each cell is one of *wanted*, worked out once per distinct cell."""
        import numpy as np

        found = np.fromiter(
            (cell in wanted for cell in self.cells), dtype=bool, count=len(self.cells)
        )
        flags: list[bool] = found[self.codes].tolist()
        return flags

    def tally(self) -> dict[Any, int]:
        """How many times each cell comes."""
        import numpy as np

        tally: dict[Any, int] = {}
        counts = np.bincount(self.codes, minlength=len(self.cells)).tolist()
        for cell, times in zip(self.cells.tolist(), counts, strict=True):
            if times:
                tally[cell] = tally.get(cell, 0) + times
        return tally

    def kept(self, kept: Sequence[bool]) -> Coded:
        """The cells of the rows *kept* (a flag a row), still as codes."""
        import numpy as np

        return Coded(self.codes[np.fromiter(kept, dtype=bool, count=len(kept))], self.cells)


class Counts(LazyItems):
    """Plain counts held as a numpy array of integers: their texts, or their values, when asked for.

    A plain count (ASCII digits, no leading 0) is the text of its number, so
    nothing is lost: with *texts*, the items are the numbers' texts.
    """

    __slots__ = ("numbers", "read")

    def __init__(self, numbers: Any, *, texts: bool) -> None:
        self.numbers = numbers
        self.read: Callable[[int], Any] = str if texts else int

    def __len__(self) -> int:
        return len(self.numbers)

    def _item(self, index: int) -> Any:
        return self.read(int(self.numbers[index]))

    def _items(self, where: slice) -> list[Any]:
        return list(map(self.read, self.numbers[where].tolist()))

    def __iter__(self) -> Iterator[Any]:
        return map(self.read, self.numbers.tolist())


def objects(items: Sequence[Any]) -> Any:
    """A numpy array of Python objects (tuples stay whole)."""
    import numpy as np

    return np.fromiter(items, dtype=object, count=len(items))
