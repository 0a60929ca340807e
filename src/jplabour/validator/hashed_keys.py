"""Hashed keys and their first lines in arrays: about 32 bytes a key, not a dict's ~90.

The duplicate-key rule remembers up to half a million keys as their 64-bit
hashes. In a dict each took an int object for the hash, often one for its
line, and the dict's own entry: about 45 MB at the limit, the largest part
of the validator's peak on a file of unique ids. Here the keys and their
lines are two arrays in the order they came (``array('q')`` and
``array('i')``, appended to), and an open-addressing table (linear probing,
at least four slots a key) finds a key's place in them: a byte per slot
saying it is used, and the key's index in an ``array('i')``. 16 MB at the
limit.

A chunk's keys are looked up and stored all at once, with builtins over
whole lists (``map``, ``itemgetter``, ``compress``) and no Python call per
key: each round reads every waiting key's slot, and only the keys whose slot
holds another key go on to the next one, fewer each round. The bytes are
read first: a free slot needs nothing else read. Keys land on random slots,
and each random read or write is a likely cache miss, so a key's hash and
line are appended, never written at random, and the bytes (a small int each,
never made) are a quarter of the indexes' memory.
"""

from __future__ import annotations

import array
import enum
import itertools
import operator
from collections.abc import Iterable, Mapping, Sequence
from typing import Final, Literal, overload

__all__ = ["Absent", "First", "HashedKeys"]

_LINE_BITS: Final = 8 * array.array("i").itemsize
#: What a key's line is when its first line is not remembered.
_NO_LINE: Final = -(1 << (_LINE_BITS - 1))
#: What a key's line is when the line does not fit the array (it is in ``far_lines``).
_FAR_LINE: Final = _NO_LINE + 1
#: The lines the array holds as they are.
_LOWEST: Final = _FAR_LINE + 1
_HIGHEST: Final = (1 << (_LINE_BITS - 1)) - 1
#: The array's line for None, for ``map(dict.get, lines, lines)``: other lines map to themselves.
_READ_NONE: Final[Mapping[int, int | None]] = {_NO_LINE: None}
#: How many slots a table has a key, at least: the emptier, the fewer keys look at a second slot.
_SPARSENESS: Final = 4
#: Slots of a new table; it grows thirty-two-fold, to the size its limit needs, then doubles.
_FIRST_SIZE: Final = 1 << 12
_GROWTH: Final = 32
#: Keys placed at a time when the table grows, to keep the lists of their ints short.
_MOVED: Final = 1 << 14
_ONES: Final = itertools.repeat(1)


class Absent(enum.Enum):
    """The answer for a key not held, where None means "held, without its line"."""

    ABSENT = enum.auto()


#: What :meth:`HashedKeys.get` gives: a line, None (no line remembered), or ABSENT.
First = int | None | Literal[Absent.ABSENT]


class HashedKeys:
    """Keys (their hashes) -> the line each was first seen on, or None when it is not remembered.

    Used as a dict of ints (``in``, ``[key]``, ``[key] = line``, ``len``,
    ``get``), plus :meth:`firsts`, :meth:`add_new`, :meth:`isdisjoint` and
    :meth:`update` for a chunk's keys at once. A key is any 64-bit int; a
    line, any int. *limit* is how many keys the table is sized for (four
    slots each, 5 bytes a slot); more may be added: it then doubles.
    """

    def __init__(self, limit: int) -> None:
        #: The slots the table has once it holds *limit* keys.
        self.final_size = 1 << max(_SPARSENESS * limit - 1, 1).bit_length()
        #: The keys and their lines, in the order they came.
        self.keys = array.array("q")
        self.lines = array.array("i")
        #: Lines that do not fit the array (beyond 32 bits, or one of its two markers), by key.
        self.far_lines: dict[int, int] = {}
        self._allocate(min(self.final_size, _FIRST_SIZE))

    def _allocate(self, size: int) -> None:
        """An empty table of *size* slots: used or not, and the index of the key it holds."""
        self.used = bytearray(size)
        self.indexes = array.array("i", [0]) * size

    def __len__(self) -> int:
        return len(self.keys)

    def __contains__(self, key: int) -> bool:
        return bool(self.used[self._slot(key)])

    def __getitem__(self, key: int) -> int | None:
        first = self.get(key)
        if first is Absent.ABSENT:
            raise KeyError(key)
        return first

    def get(self, key: int) -> First:
        """The line *key* was first seen on (None: not remembered), or ABSENT when it is not held."""
        slot = self._slot(key)
        if not self.used[slot]:
            return Absent.ABSENT
        return self._line(key, self.lines[self.indexes[slot]])

    def item(self, key: int) -> tuple[int, First]:
        """*key* and what :meth:`get` gives for it."""
        return key, self.get(key)

    def __setitem__(self, key: int, line: int | None) -> None:
        slot = self._slot(key)
        if self.used[slot]:
            if self.far_lines:
                self.far_lines.pop(key, None)
            self.lines[self.indexes[slot]] = self._storable(key, line)
            return
        if self._grow(1):
            slot = self._slot(key)
        self.used[slot] = 1
        self.indexes[slot] = len(self.keys)
        self.keys.append(key)
        self.lines.append(self._storable(key, line))

    def firsts(self, keys: Sequence[int]) -> list[First]:
        """What :meth:`get` gives for each of *keys*, all looked up at once."""
        found: list[First] = [Absent.ABSENT] * len(keys)
        if not keys or not self.keys:
            return found
        slots = self._find(keys, new_only=False)
        held = _read(self.used, slots)
        lines = _read(self.lines, _read(self.indexes, itertools.compress(slots, held)))
        where = list(itertools.compress(range(len(keys)), held))
        any(
            map(operator.setitem, itertools.repeat(found), where, map(_READ_NONE.get, lines, lines))
        )
        if self.far_lines:  # a line beyond 32 bits: looked up by its key
            for index in where:
                if found[index] == _FAR_LINE:
                    found[index] = self.far_lines[keys[index]]
        return found

    def isdisjoint(self, keys: Sequence[int]) -> bool:
        """True when none of *keys* is held."""
        return not keys or not self.keys or self._find(keys, new_only=True) is not None

    def add_new(self, keys: Sequence[int], lines: Sequence[int], named: int) -> bool:
        """Add *keys*, the first *named* with their *lines* and the others without, if all are new.

        Returns False, having added nothing, when one of *keys* is held
        already or repeats another.
        """
        if not keys:
            return True
        if len(set(keys)) != len(keys):
            return False
        self._grow(len(keys))
        slots = self._find(keys, new_only=True)
        if slots is None:
            return False
        named = max(0, min(named, len(keys)))
        self.lines.extend(self._storable_all(keys[:named], lines[:named]))
        self.lines.extend(itertools.repeat(_NO_LINE, len(keys) - named))
        self._append(keys, slots)
        return True

    def update(self, new: Mapping[int, int | None]) -> None:
        """Add the keys of *new* with their lines (None: not remembered), as ``dict.update``."""
        keys = list(new)
        self._grow(len(keys))
        slots = self._find(keys, new_only=True) if keys else None
        if slots is None:  # one is held already (or none is new)
            for key, line in new.items():
                self[key] = line
            return
        values = list(new.values())
        if _fit([line for line in values if line is not None]):
            self.lines.extend([_NO_LINE if line is None else line for line in values])
        else:
            self.lines.extend(map(self._storable, keys, values))
        self._append(keys, slots)

    def _line(self, key: int, line: int) -> int | None:
        """The line the array's *line* stands for."""
        if line == _FAR_LINE:
            return self.far_lines[key]
        return None if line == _NO_LINE else line

    def _slot(self, key: int) -> int:
        """The slot holding *key*, or the free slot where it would go."""
        used, indexes, keys, mask = self.used, self.indexes, self.keys, len(self.used) - 1
        slot = key & mask
        while used[slot] and keys[indexes[slot]] != key:
            slot = (slot + 1) & mask
        return slot

    @overload
    def _find(self, keys: Sequence[int], *, new_only: Literal[False]) -> list[int]: ...
    @overload
    def _find(self, keys: Sequence[int], *, new_only: Literal[True]) -> list[int] | None: ...
    def _find(self, keys: Sequence[int], *, new_only: bool) -> list[int] | None:
        """What :meth:`_slot` gives for each of *keys*, all at once.

        With *new_only*, None as soon as one of *keys* is found held. Two keys
        may be given the same free slot: :meth:`_place` sorts that out.
        """
        used, mask = self.used, len(self.used) - 1
        slots = list(map(operator.and_, keys, itertools.repeat(mask)))
        waiting: Sequence[int] = keys
        moving: Sequence[int] = slots
        positions: Sequence[int] = range(len(keys))
        while True:
            busy = _read(used, moving)
            if not any(busy):
                return slots
            positions = list(itertools.compress(positions, busy))
            waiting = list(itertools.compress(waiting, busy))
            moving = list(itertools.compress(moving, busy))
            held = _read(self.keys, _read(self.indexes, moving))
            found = list(map(operator.eq, held, waiting))
            if any(found):
                if new_only:
                    return None
                going = list(map(operator.not_, found))  # a key found stays where it is
                positions = list(itertools.compress(positions, going))
                if not positions:
                    return slots
                waiting = list(itertools.compress(waiting, going))
                moving = list(itertools.compress(moving, going))
            # A key whose slot holds another looks at the next slot.
            moving = list(
                map(operator.and_, map(operator.add, moving, _ONES), itertools.repeat(mask))
            )
            any(map(operator.setitem, itertools.repeat(slots), positions, moving))

    def _append(self, keys: Sequence[int], slots: list[int]) -> None:
        """Append new, distinct *keys* (their lines appended already) and place them in *slots*.

        *slots* are the keys' free slots (:meth:`_find`); the table has room.
        """
        first = len(self.keys)
        self.keys.extend(keys)
        self._place(keys, range(first, first + len(keys)), slots)

    def _place(self, keys: Sequence[int], at: Sequence[int], slots: list[int] | None) -> None:
        """Point free slots (*slots*, when known) to the *keys* appended *at* these indexes."""
        while keys:
            if slots is None:
                slots = self._find(keys, new_only=True)
                if slots is None:  # pragma: no cover - only new keys are placed
                    raise AssertionError("a key to place is held already")
            any(map(operator.setitem, itertools.repeat(self.indexes), slots, at))
            any(map(operator.setitem, itertools.repeat(self.used), slots, _ONES))
            if len(set(slots)) == len(slots):
                return
            # Of keys given the same free slot the last holds it; the others look again.
            lost = list(map(operator.ne, _read(self.indexes, slots), at))
            keys = list(itertools.compress(keys, lost))
            at = list(itertools.compress(at, lost))
            slots = None

    def _grow(self, coming: int) -> bool:
        """Make room for *coming* more keys, the table sparse enough; True when it grew."""
        size = len(self.used)
        if _SPARSENESS * (len(self.keys) + coming) <= size:
            return False
        while _SPARSENESS * (len(self.keys) + coming) > size:
            size = min(size * _GROWTH, self.final_size) if size < self.final_size else 2 * size
        self._allocate(size)
        for start in range(0, len(self.keys), _MOVED):
            batch = self.keys[start : start + _MOVED]
            self._place(batch, range(start, start + len(batch)), None)
        return True

    def _storable(self, key: int, line: int | None) -> int:
        """What the array holds for *line*: itself, or a marker (the line kept in ``far_lines``)."""
        if line is None:
            return _NO_LINE
        if _LOWEST <= line <= _HIGHEST:
            return line
        self.far_lines[key] = line
        return _FAR_LINE

    def _storable_all(self, keys: Sequence[int], lines: Sequence[int]) -> Iterable[int]:
        """What the array holds for *lines* (no None among them): themselves, unless one does not fit."""
        return lines if _fit(lines) else map(self._storable, keys, lines)


def _read(store: Sequence[int], slots: Iterable[int]) -> Sequence[int]:
    """The values of *store* at *slots*, in one call."""
    wanted = slots if isinstance(slots, list) else list(slots)
    if len(wanted) == 1:  # itemgetter gives a bare value for one
        return (store[wanted[0]],)
    if not wanted:
        return ()
    values: tuple[int, ...] = operator.itemgetter(*wanted)(store)
    return values


def _fit(lines: Sequence[int]) -> bool:
    """True when the array holds each of *lines* as it is."""
    if not lines:
        return True
    ends = (lines[0], lines[-1]) if isinstance(lines, range) else lines  # min(range) reads it all
    return min(ends) >= _LOWEST and max(ends) <= _HIGHEST
