"""A column's values read when a rule asks for them, not for every cell.

:class:`~jplabour.validator.cells.ColumnChecker` checks each distinct text of
a column once; most rows' typed values are never looked at again (only the
rules that compare a row's count or date ask, and only for some rows), so
they are read from the texts on demand.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterator, Sequence
from typing import Any

__all__ = ["MixedCounts", "ReadValues"]


class ReadValues(Sequence[Any]):
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

    @typing.overload
    def __getitem__(self, index: int) -> Any: ...

    @typing.overload
    def __getitem__(self, index: slice) -> list[Any]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return list(map(self.read, self.texts[index]))
        return self.read(self.texts[index])

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
