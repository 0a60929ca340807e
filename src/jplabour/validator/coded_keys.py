"""A chunk's dated keys, as codes, claimed in a key table's slots at once, with numpy.

A chunk read by Arrow (:mod:`~jplabour.validator.arrow_pieces`) has columns
of codes into distinct texts (:class:`~jplabour.validator.lazy.Coded`): a
key's slot is its group's base plus its date's column, looked up once per
distinct text, and the chunk's slots are read, set and read back as numpy
arrays, with no Python call per row.
"""

from __future__ import annotations

import array
from collections.abc import Mapping, Sequence
from typing import Any

from jplabour.validator.lazy import Coded

__all__ = ["claim"]


def claim(
    store: array.array[int],
    bases: Mapping[Any, int],
    columns: Mapping[str, int],
    keys: tuple[Coded, Coded],
    stored: Sequence[int],
) -> bool:
    """Set the slots of a chunk's keys (groups, dates) to *stored* when every key is new.

    *store* is the table's slots, *bases* each group's first slot, *columns*
    each date's column, and *stored* what each row's slot is to hold (its
    line plus 1). False, with *store* unchanged, when a key is not in the
    table, a slot is taken already, or two rows have the same key.
    """
    import numpy as np

    groups, days = keys
    base = np.array([bases.get(group, -1) for group in groups.cells.tolist()], dtype=np.int64)
    column = np.array([columns.get(day, -1) for day in days.cells.tolist()], dtype=np.int64)
    group_slots, day_slots = base[groups.codes], column[days.codes]
    if not len(group_slots):
        return True
    if int(group_slots.min()) < 0 or int(day_slots.min()) < 0:
        return False
    slots = group_slots + day_slots
    lines = (
        np.arange(stored.start, stored.stop, stored.step, dtype=np.int64)
        if isinstance(stored, range)  # numpy would read a range a number at a time
        else np.asarray(stored, dtype=np.int64)
    )
    view = np.frombuffer(store, dtype=np.dtype(f"u{store.itemsize}"))
    try:
        if view[slots].any():
            return False
        view[slots] = lines
        # Two rows with one key wrote one slot, the later row's line: read back, it differs.
        if np.array_equal(view[slots], lines):
            return True
        view[slots] = 0
        return False
    finally:
        del view  # the array may grow again only once no view holds its buffer
