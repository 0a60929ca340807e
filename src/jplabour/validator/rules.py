"""The cross-row rules, applied to whole columns of a chunk.

Duplicate keys, dates in order, dates within the lifetime of the row's
organisation, and counts above a parent's known total. Each rule first asks
what the chunk's distinct values allow (which organisations have a lifetime
the chunk's dates may leave, which have a parent's figure in one of its
years) and looks at single rows only where the answer is "maybe".
"""

from __future__ import annotations

import datetime as dt
import itertools
import operator
from collections.abc import Collection, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Final

from jplabour.model import Dataset, PartialDate
from jplabour.semantics import COUNTED_STATUSES, Lifetime, approximation_tolerance, lifetimes
from jplabour.validator.cells import CheckedColumn
from jplabour.validator.columns import ColumnSpec
from jplabour.validator.report import Note

__all__ = [
    "DATE_ORDER",
    "FIRST_LINES",
    "KEY_LIMIT",
    "LIFETIME_DATES",
    "NATURAL_KEYS",
    "SLOTS_LIMIT",
    "WINDOW",
    "Found",
    "Rules",
]

#: Columns whose values together must not repeat, beyond ``id``. A column the
#: file does not have counts as its default, or as empty.
NATURAL_KEYS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "memberships": ("org_id", "unit", "counted", "as_of"),
        "affiliations": ("member_id", "parent_id", "status", "as_of"),
        "positions": ("person_id", "org_id", "role", "since", "as_of"),
        "successions": ("predecessor_id", "successor_id", "kind"),
    }
)
#: Date columns that must not be certainly after another of the same row.
DATE_ORDER: Final = (("since", "until"), ("date", "until"), ("founded", "dissolved"))
#: Date columns that must fall within the lifetime of the row's organisations.
LIFETIME_DATES: Final = ("as_of", "date")
#: How many distinct keys of each kind (``id``, a natural key) are remembered to
#: find duplicates: about 36 MB each. Past it, a row is checked against the keys
#: remembered, and a ``keys-not-remembered`` warning says so.
KEY_LIMIT: Final = 1 << 19
#: How many keys' first lines one key rule remembers, for duplicates to name the line
#: they repeat; a duplicate of a later key says "an earlier row".
FIRST_LINES: Final = 1 << 18

#: Issues found: (line, column, value, note).
Found = list[tuple[int, str, str, Note]]


class _DaySlots:
    """The date codes seen with each group of a key's other values: a byte per code.

    Each group gets a window of :data:`WINDOW` codes (about 60 years of
    days) centred on the first code seen with it, in one bytearray, so that
    a chunk's codes are tested and set without a Python call per row. Memory
    grows with the groups (a few hundred valid organisations), never with
    the rows, up to :data:`SLOTS_LIMIT` bytes; codes outside a window, and
    groups beyond the limit, are left to the caller (None).
    """

    def __init__(self) -> None:
        self.slots = bytearray()
        #: Group -> its window's first code; group -> where its window starts in
        #: slots, less that code (a code plus it is the code's slot).
        self.base: dict[Any, int] = {}
        self.shift: dict[Any, int] = {}

    def place(self, group: Any, code: int) -> int | None:
        """The slot of *code* in *group*'s window (made if new), or None when there is none."""
        base = self.base.get(group)
        if base is None:
            if len(self.slots) + WINDOW > SLOTS_LIMIT:
                return None
            base = self.base[group] = code - WINDOW // 2
            self.shift[group] = len(self.slots) - base
            self.slots += bytes(WINDOW)
        if 0 <= code - base < WINDOW:
            return self.shift[group] + code
        return None

    def slots_of(self, groups: Sequence[Any], codes: list[int]) -> list[int] | None:
        """The slots of a chunk's (group, code) pairs, or None unless each has one."""
        base, shift = self.base, self.shift
        present = set(groups)
        for group in present.difference(base):
            # A new group's window is centred on its first code in the chunk.
            if self.place(group, codes[groups.index(group)]) is None:
                return None
        low, high = min(codes), max(codes)
        # Every code is in its group's window when the chunk's range is in every window.
        if not all(base[group] <= low and high < base[group] + WINDOW for group in present):
            offsets = list(map(operator.sub, codes, map(base.__getitem__, groups)))
            if min(offsets) < 0 or max(offsets) >= WINDOW:
                return None
        return list(map(operator.add, codes, map(shift.__getitem__, groups)))


#: The codes one group's window holds: three precisions a day for about 60 years.
WINDOW: Final = 1 << 16
#: The most bytes all windows take (256 groups); later groups' keys are hashed.
SLOTS_LIMIT: Final = 1 << 24
_CODE: Final = operator.itemgetter(3)


class _KeyRule:
    """Rows whose key (the values of some columns) repeats an earlier row's.

    A key with a date is kept as a byte in a window of its other columns'
    values (:class:`_DaySlots`); a key without one as its 64-bit hash (a false
    duplicate needs two keys with the same hash, about one chance in 10^7 at
    ten million rows), up to :data:`KEY_LIMIT` of them. A row whose key has an
    error is not compared: its error is reported, and a file of a million
    unknown ids must not take a million keys' memory.
    """

    def __init__(self, key: tuple[str, ...], present: Collection[str], day: str) -> None:
        self.label = ", ".join(key)
        # Key columns the file lacks are left out: their value is the same in every row.
        self.group = [name for name in key if name != day and name in present]
        self.day = day
        self.seen: set[int] = set()
        self.days = _DaySlots()
        self.full = False
        #: The line of each key's first row, by its slot (keys with a date) or its hash,
        #: for the first FIRST_LINES keys: a duplicate names the line it repeats.
        self.slot_lines: dict[int, int] = {}
        self.hash_lines: dict[int, int] = {}

    def _room(self) -> int:
        """How many more keys' first lines are remembered."""
        return FIRST_LINES - len(self.slot_lines) - len(self.hash_lines)

    def duplicate(self, first: int | None) -> Note:
        """The note of a row repeating a key first seen on line *first* (None when not remembered)."""
        earlier = "an earlier row" if first is None else f"line {first}"
        return Note(
            "duplicate-key",
            f"the same {self.label} as {earlier}",
            "remove the repeated row, or correct its key",
        )

    def apply(
        self, columns: Mapping[str, CheckedColumn], lines: Sequence[int], found: Found
    ) -> None:
        """Add the chunk's duplicates to *found*."""
        keyed = [columns[name] for name in (*self.group, self.day) if name]
        parts = [columns[name].norms for name in self.group]
        groups: Sequence[Any] = parts[0] if len(parts) == 1 else list(zip(*parts, strict=True))
        days: Sequence[Any] = columns[self.day].values if self.day else [None] * len(lines)
        day_norms: Sequence[str] = columns[self.day].norms if self.day else [""] * len(lines)
        first = parts[0]
        drop: set[int] = set()
        if "" in first:
            drop.update(_where(first, {""}))
        for column in keyed:
            errors = {text for text, note in column.notes.items() if note.error}
            if errors:
                drop.update(_where(column.texts, errors))
        rows: Sequence[int] = lines
        if drop:
            kept = [index for index in range(len(lines)) if index not in drop]
            rows = list(map(lines.__getitem__, kept))
            groups = list(map(groups.__getitem__, kept))
            days = list(map(days.__getitem__, kept))
            day_norms = list(map(day_norms.__getitem__, kept))
        if self._all_new(rows, groups, days):
            return
        self._row_by_row(rows, groups, days, day_norms, found)

    def _all_new(self, rows: Sequence[int], groups: Sequence[Any], days: Sequence[Any]) -> bool:
        """True when the chunk's keys were checked at once, all of them new; else nothing is done.

        Keys with a date become slots of :class:`_DaySlots`, tested and set
        without a Python call per row; keys without one hashes, compared
        with those seen by set operations. A chunk with a duplicate, or a
        key that fits neither way, is left to :meth:`_row_by_row`.
        """
        if not groups:
            return True
        if not self.day:
            return self._all_new_undated(rows, groups)
        try:
            codes = list(map(_CODE, days))
        except TypeError:  # a row without a date
            return False
        slots = self.days.slots_of(groups, codes)
        if slots is None or len(set(slots)) != len(slots):
            return False
        table = self.days.slots
        seen: tuple[int, ...] = (
            operator.itemgetter(*slots)(table) if len(slots) > 1 else (table[slots[0]],)
        )
        if any(seen):
            return False
        any(map(table.__setitem__, slots, itertools.repeat(1)))
        room = self._room()
        if room > 0:
            self.slot_lines.update(zip(slots[:room], rows[:room], strict=True))
        return True

    def _all_new_undated(self, rows: Sequence[int], groups: Sequence[Any]) -> bool:
        keys = list(map(hash, zip(groups, itertools.repeat(""))))
        hashes = set(keys)
        if (
            len(hashes) != len(groups)
            or not self.seen.isdisjoint(hashes)
            or len(self.seen) + len(hashes) > KEY_LIMIT
        ):
            return False
        self.seen |= hashes
        room = self._room()
        if room > 0:
            self.hash_lines.update(zip(keys[:room], rows[:room], strict=True))
        return True

    def _row_by_row(
        self,
        lines: Sequence[int],
        groups: Sequence[Any],
        days: Sequence[Any],
        day_norms: Sequence[str],
        found: Found,
    ) -> None:
        """Check each row's key in turn, reporting each repeat at its line."""
        label, seen, daysets = self.label, self.seen, self.days
        table, place = daysets.slots, daysets.place
        slot_lines, hash_lines, duplicate = self.slot_lines, self.hash_lines, self.duplicate
        room = self._room()
        for line, group, day, day_norm in zip(lines, groups, days, day_norms, strict=True):
            if day is not None:
                slot = place(group, day[3])
                if slot is not None:
                    if table[slot]:
                        found.append((line, label, "", duplicate(slot_lines.get(slot))))
                    else:
                        table[slot] = 1
                        if room > 0:
                            slot_lines[slot] = line
                            room -= 1
                    continue
            key = hash((group, day_norm))
            if key in seen:
                found.append((line, label, "", duplicate(hash_lines.get(key))))
            elif len(seen) < KEY_LIMIT:
                seen.add(key)
                if room > 0:
                    hash_lines[key] = line
                    room -= 1
            elif not self.full:
                self.full = True
                found.append((line, label, "", _unremembered(label)))


def _where(cells: Sequence[Any], wanted: Collection[Any]) -> Iterator[int]:
    """The indexes of *cells* that are in *wanted*, without a Python call per cell."""
    return itertools.compress(range(len(cells)), map(wanted.__contains__, cells))


def _unremembered(label: str) -> Note:
    """The warning, once per key, that keys from its line on are no longer remembered."""
    return Note(
        "keys-not-remembered",
        f"{KEY_LIMIT:,} distinct keys ({label}) are remembered: from this line on, a row is "
        "a duplicate only of one of those",
        "split the file to check every key",
        error=False,
    )


def _lifespans(dataset: Dataset) -> dict[str, tuple[int, int, Lifetime]]:
    """Organisation id -> (first day, last day, lifetime) of its known lifetime, where one is known.

    The lifetimes of :func:`jplabour.lifetimes.lifetimes` (which end at a
    dissolution or a succession), as day ordinals: a date is outside when it
    is certainly before the first or after the last day, as
    :meth:`~jplabour.lifetimes.Lifetime.excludes` has it.
    """
    spans = {}
    for lifetime in lifetimes(dataset).values():
        if lifetime.founded is None and lifetime.ended is None:
            continue
        first = lifetime.founded.earliest.toordinal() if lifetime.founded else 0
        last = (lifetime.ended.latest if lifetime.ended else dt.date.max).toordinal()
        spans[lifetime.org_id] = (first, last, lifetime)
    return spans


#: A parent's figure as the rule compares it: (parent, unit, counted, highest count allowed, shown).
_Figure = tuple[str, str, str, int, str]


def _parent_figures(dataset: Dataset) -> dict[str, dict[int, tuple[_Figure, ...]]]:
    """Member id -> year -> the figures of its parents dated in that year.

    A parent's figure counts when the member is an affiliate or associated
    organisation of it (:data:`~jplabour.semantics.COUNTED_STATUSES`) and the
    figure is dated; an approximate figure allows
    :func:`~jplabour.semantics.approximation_tolerance` more.
    """
    by_org: dict[str, list[Any]] = {}
    for figure in dataset.memberships:
        if figure.as_of is not None:
            by_org.setdefault(figure.org_id, []).append(figure)
    found: dict[str, dict[int, list[_Figure]]] = {}
    for link in dataset.affiliations:
        if link.status not in COUNTED_STATUSES:
            continue
        for figure in by_org.get(link.parent_id, ()):
            found.setdefault(link.member_id, {}).setdefault(figure.as_of.year, []).append(
                (
                    link.parent_id,
                    figure.unit.value,
                    figure.counted.value,
                    figure.value + approximation_tolerance(figure),
                    f"{figure.value:,}{' (approximately)' if figure.approximate else ''}",
                )
            )
    return {
        member: {year: tuple(dict.fromkeys(items)) for year, items in years.items()}
        for member, years in found.items()
    }


def _distinct(column: CheckedColumn) -> Collection[Any]:
    """The distinct values of a column."""
    return set(column.values) if column.distinct is None else column.distinct


def _distinct_dates(column: CheckedColumn) -> list[tuple[int, int, int, int]]:
    """The distinct valid dates of a date column."""
    return [value for value in _distinct(column) if value is not None]


class Rules:
    """The cross-row rules of one table, over the columns a file has.

    They keep only what they need: the keys seen, and the lifetimes and
    parents' figures of jplabour's organisations.
    """

    def __init__(
        self, table: str, specs: Mapping[str, ColumnSpec], dataset: Dataset, names: Collection[str]
    ) -> None:
        self.specs = specs
        self.keys: list[_KeyRule] = []
        for key in (("id",), NATURAL_KEYS.get(table, ())):
            if any(name in names for name in key) and all(
                name in names or not specs[name].required for name in key
            ):
                dated = [name for name in key if name in names and specs[name].kind == "date"]
                self.keys.append(_KeyRule(key, names, dated[-1] if dated else ""))
        self.orders = [
            (early, late) for early, late in DATE_ORDER if early in names and late in names
        ]
        dates = [name for name in LIFETIME_DATES if name in names]
        orgs = [
            name
            for name in specs
            if name in names and specs[name].kind == "organization" and not specs[name].many
        ]
        self.dated_orgs = [(org, date) for org in orgs for date in dates]
        self.lifespans = _lifespans(dataset) if self.dated_orgs else {}
        self.parents = table == "memberships" and {"org_id", "value", "as_of"} <= set(names)
        self.figures = _parent_figures(dataset) if self.parents else {}

    def apply(
        self, columns: Mapping[str, CheckedColumn], lines: Sequence[int], *, keys: bool = True
    ) -> Found:
        """The issues the rules find in a chunk's checked *columns*, rule by rule.

        Without *keys*, the duplicate keys are left to the caller (found for a whole DataFrame).
        """
        found: Found = []
        for key in self.keys if keys else ():
            key.apply(columns, lines, found)
        for early, late in self.orders:
            self._order(columns[early], columns[late], lines, found)
        for org, date in self.dated_orgs:
            self._lifetime(columns[org], columns[date], lines, found)
        if self.parents:
            self._above_parent(columns, lines, found)
        return found

    @staticmethod
    def _order(
        early: CheckedColumn, late: CheckedColumn, lines: Sequence[int], found: Found
    ) -> None:
        """Two dates of a row in the wrong order."""
        for index, (first, second) in enumerate(zip(early.values, late.values, strict=True)):
            if first is not None and second is not None and first[0] > second[1]:
                message = (
                    f"{late.name} {late.norms[index]} is before {early.name} {early.norms[index]}"
                )
                found.append(
                    (lines[index], late.name, late.norms[index], Note("date-order", message))
                )

    def _lifetime(
        self, orgs: CheckedColumn, dates: CheckedColumn, lines: Sequence[int], found: Found
    ) -> None:
        """Dates outside the lifetime of the row's organisation, saying why as the checks do."""
        spans = self.lifespans
        known = [(org, spans[org]) for org in _distinct(orgs) if org in spans]
        distinct = _distinct_dates(dates)
        if not known or not distinct:
            return
        latest_first = min(date[1] for date in distinct)
        earliest_last = max(date[0] for date in distinct)
        # Only an organisation whose lifetime the chunk's dates may leave is looked at row by row.
        suspects = {
            org: span for org, span in known if latest_first < span[0] or earliest_last > span[1]
        }
        if not suspects:
            return
        for index in _where(orgs.values, suspects):
            span = suspects[orgs.values[index]]
            date = dates.values[index]
            if date is None or not (date[1] < span[0] or date[0] > span[1]):
                continue
            norm = dates.norms[index]
            reason = span[2].excludes(PartialDate.parse(norm))
            note = Note(
                "outside-lifetime",
                f"{dates.name} {norm} is outside a lifetime: {reason}",
                f"check the {orgs.name} and the {dates.name}",
            )
            found.append((lines[index], dates.name, norm, note))

    def _above_parent(
        self, columns: Mapping[str, CheckedColumn], lines: Sequence[int], found: Found
    ) -> None:
        """Counts above a parent's count of the same year, unit and group."""
        figures = self.figures
        orgs, dates, values = columns["org_id"], columns["as_of"], columns["value"]
        years = {date[2] for date in _distinct_dates(dates)}
        suspects = {
            org for org in _distinct(orgs) if org in figures and not years.isdisjoint(figures[org])
        }
        if not suspects:
            return
        units = self._column_or_default(columns, "unit", len(lines))
        groups = self._column_or_default(columns, "counted", len(lines))
        for index in _where(orgs.values, suspects):
            org = orgs.values[index]
            date, value = dates.values[index], values.values[index]
            if date is None or value is None or date[2] not in figures[org]:
                continue
            unit, counted, year = units[index], groups[index], date[2]
            for parent_id, figure_unit, figure_counted, limit, shown in figures[org][year]:
                if figure_unit == unit and figure_counted == counted and value > limit:
                    note = Note(
                        "above-parent",
                        f"{value} is more than the {shown} {unit} jplabour records for the parent "
                        f"{parent_id} in {year}",
                        "check the count, its unit and the organisation",
                    )
                    found.append((lines[index], "value", str(value), note))

    def _column_or_default(
        self, columns: Mapping[str, CheckedColumn], name: str, size: int
    ) -> Sequence[Any]:
        """A column's typed values, or its default in every row when the file lacks it."""
        if name in columns:
            return columns[name].values
        return [self.specs[name].default] * size
