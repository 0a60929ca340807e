"""The cross-row rules, applied to whole columns of a chunk.

Duplicate keys, dates in order, dates within the lifetime of the row's
organisation, and counts above a parent's known total. Each rule first asks
what the chunk's distinct values allow (which organisations have a lifetime
the chunk's dates may leave, which have a parent's figure in one of its
years) and looks at single rows only where the answer is "maybe".
"""

from __future__ import annotations

import array
import itertools
import math
import operator
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Final

from jplabour.model import Dataset, PartialDate
from jplabour.validator.cells import CheckedColumn
from jplabour.validator.coded_keys import claim
from jplabour.validator.columns import ColumnSpec
from jplabour.validator.compared import lifespans, parent_figures
from jplabour.validator.hashed_keys import Absent, HashedKeys
from jplabour.validator.lazy import Coded
from jplabour.validator.report import Note

__all__ = [
    "DATE_ORDER",
    "FIRST_LINES",
    "INTERN_LIMIT",
    "KEY_LIMIT",
    "LIFETIME_DATES",
    "NATURAL_KEYS",
    "TABLE_LIMIT",
    "UNREMEMBERED",
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
#: How many distinct hashed keys of each kind (``id``, a natural key: those without
#: a date, or past the table of dated keys) are remembered to find duplicates: about
#: 16 MB each with their first lines (a HashedKeys). Past it, a row is checked against the keys
#: remembered, and a ``keys-not-remembered`` warning says so.
KEY_LIMIT: Final = 1 << 19
#: How many keys' first lines one key rule remembers, for duplicates to name the line
#: they repeat; a duplicate of a later key says "an earlier row".
FIRST_LINES: Final = 1 << 18

#: Issues found: (line, column, value, note).
Found = list[tuple[int, str, str, Note]]


class _KeyTable:
    """Keys with a date as the slots of one array: a row per group of the key's other values.

    Each group (the normalised values of the key's other columns) and each
    date (its normalised text, one per day and precision) is interned to a
    small integer the first time it comes, so that a key is one slot,
    ``group * width + date``, and a chunk's keys are tested and set without
    a Python call per row. A slot holds the line the key was first seen on,
    plus 1: 0 while it has not been, :data:`UNREMEMBERED` when its line is
    not kept (past :data:`FIRST_LINES`, or past 2**32 - 3).
    Memory grows with groups times dates, never with the rows (a million
    keys of a hundred organisations and ten thousand dates take 6 MB), up to
    :data:`TABLE_LIMIT` slots; then the table is full and takes no new group
    or date: their keys are left to the caller (None), always, so that a
    key is never in two places.
    """

    def __init__(self) -> None:
        self.lines = array.array("I")
        #: Date -> its column; group -> the first slot of its row (its index times the width).
        self.dates: dict[str, int] = {}
        self.bases: dict[Any, int] = {}
        self.width = _FIRST_WIDTH
        self.full = False

    def learn(self, groups: Collection[Any], dates: Collection[str]) -> bool:
        """Intern the new *groups* and *dates*, all or none; False when they do not all fit.

        All or none, so that what the table holds does not depend on the
        chunks: the rows of a chunk that does not fit are taken one by one, in
        their order, as the rows of any chunk would be.
        """
        new_dates = [date for date in dates if date not in self.dates]
        new_groups = [group for group in groups if group not in self.bases]
        width = self.width
        while len(self.dates) + len(new_dates) > width:
            if len(self.bases) * 2 * width > TABLE_LIMIT:
                return False
            width *= 2
        if (
            self.full
            or len(self.dates) + len(new_dates) > INTERN_LIMIT
            or len(self.bases) + len(new_groups) > INTERN_LIMIT
            or (len(self.bases) + len(new_groups)) * width > TABLE_LIMIT
        ):
            return False
        # Dates first: widening the rows moves their first slots.
        for date in new_dates:
            self._date(date)
        for group in new_groups:
            self._group(group)
        return True

    def slot(self, group: Any, date: str) -> int | None:
        """The slot of the key (*group*, *date*), made if new, or None when it does not fit."""
        column = self.dates.get(date)
        if column is None:
            column = self._date(date)  # first: widening the rows moves their first slots
        base = self.bases.get(group)
        if base is None:
            base = self._group(group)
        if column is None or base is None:
            return None
        return base + column

    def _date(self, date: str) -> int | None:
        column = len(self.dates)
        if self.full or column >= INTERN_LIMIT:
            self.full = True
            return None
        if column == self.width:
            if len(self.bases) * 2 * self.width > TABLE_LIMIT:
                self.full = True
                return None
            self._widen()
        self.dates[date] = column
        return column

    def _group(self, group: Any) -> int | None:
        if (
            self.full
            or len(self.bases) >= INTERN_LIMIT
            or len(self.lines) + self.width > TABLE_LIMIT
        ):
            self.full = True
            return None
        base = self.bases[group] = len(self.lines)
        self.lines.frombytes(bytes(self.lines.itemsize * self.width))
        return base

    def _widen(self) -> None:
        """Double the width of the rows, the slots of each row kept at its start."""
        width, narrow = self.width, self.lines
        blank = bytes(narrow.itemsize * width)
        self.lines = array.array("I")
        for start in range(0, len(narrow), width):
            self.lines.extend(narrow[start : start + width])
            self.lines.frombytes(blank)
        self.width = 2 * width
        self.bases = {group: base * 2 for group, base in self.bases.items()}


#: How many slots (4 bytes each) the table of a key rule's dated keys takes at most:
#: groups times distinct dates, 16 MB. Keys past it are hashed, as keys without a date are.
TABLE_LIMIT: Final = 1 << 22
#: How many distinct groups, and how many distinct dates, the table interns at most.
INTERN_LIMIT: Final = 1 << 16
#: What a slot holds for a key seen on a line that is not remembered (past FIRST_LINES).
UNREMEMBERED: Final = 0xFFFFFFFF
_FIRST_WIDTH: Final = 64


class _KeyRule:
    """Rows whose key (the values of some columns) repeats an earlier row's.

    A key with a date is a slot of a :class:`_KeyTable`; a key without one
    (or one that does not fit the table) is kept as its 64-bit hash (a
    false duplicate needs two keys with the same hash, about one chance in
    10^7 at ten million rows), up to :data:`KEY_LIMIT` of them. A row whose
    key has an error is not compared: its error is reported, and a file of a
    million unknown ids must not take a million keys' memory.

    A duplicate names the line it repeats for the first :data:`FIRST_LINES`
    keys: a hashed key's line is kept with its hash up to then; the table
    holds every key's line, and names those up to the line of the last key
    remembered (:attr:`named_until`).
    """

    def __init__(self, key: tuple[str, ...], present: Collection[str], day: str) -> None:
        self.label = ", ".join(key)
        # Key columns the file lacks are left out: their value is the same in every row.
        self.group = [name for name in key if name != day and name in present]
        self.day = day
        #: Each hashed key -> the line of its first row (None once FIRST_LINES are remembered).
        self.seen = HashedKeys(KEY_LIMIT)
        self.table = _KeyTable()
        self.full = False
        #: How many keys' first lines are remembered; the last line named once
        #: FIRST_LINES are remembered.
        self.remembered = 0
        self.named_until = math.inf if FIRST_LINES > 0 else -math.inf

    def _remember(self, lines: Sequence[int], shift: int = 0) -> int:
        """Count the keys first seen on *lines* (less *shift*) as remembered, as room allows.

        Returns how many are; the line of the last one room allows is the last named.
        """
        room = FIRST_LINES - self.remembered
        if room <= 0:
            return 0
        taken = min(room, len(lines))
        self.remembered += taken
        if taken == room:
            self.named_until = lines[taken - 1] - shift
        return taken

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
        parts = [columns[name] for name in self.group]
        keyed = [*parts, columns[self.day]] if self.day else parts
        kept = _kept(keyed, parts[0].norms)
        rows: Sequence[int] = lines
        norms = [column.norms for column in parts]
        days: Sequence[str] | None = columns[self.day].norms if self.day else None
        stored = None if days is None else _stored(lines)
        if kept is not None:
            rows = list(itertools.compress(lines, kept))
            norms = [_compressed(part, kept) for part in norms]
            if days is not None:
                days = _compressed(days, kept)
                stored = None if stored is None else list(itertools.compress(stored, kept))
        if not rows:
            return
        groups: Sequence[Any] = norms[0] if len(norms) == 1 else list(zip(*norms, strict=True))
        if days is None:
            if not self._all_new_undated(rows, groups):
                self._row_by_row(rows, groups, itertools.repeat(""), found)
            return
        # The columns' valid texts are the rows' only when no row was left out: the table
        # learns the kept rows' alone, as row by row it would.
        whole = kept is None
        if whole and len(parts) == 1 and parts[0].valid_norms is not None:
            distinct_groups: Collection[Any] = parts[0].valid_norms
        else:
            distinct_groups = set(groups)
        valid_days = columns[self.day].valid_norms
        dates = valid_days if whole and valid_days is not None else set(days)
        if (
            stored is None
            or not self.table.learn(distinct_groups, dates)
            or not self._all_new(stored, groups, days)
        ):
            self._row_by_row(rows, groups, days, found)

    def _all_new(self, stored: Sequence[int], groups: Sequence[Any], days: Sequence[str]) -> bool:
        """True when the chunk's keys were checked at once, all of them new; else nothing is done.

        The keys are slots of the table (their groups and dates learnt),
        tested and set to *stored* (the rows' lines plus 1) without a Python
        call per row. A chunk with a duplicate is left to
        :meth:`_row_by_row`.
        """
        table = self.table
        if isinstance(groups, Coded) and isinstance(days, Coded):
            if not claim(table.lines, table.bases, table.dates, (groups, days), stored):
                return False
            self._remember(stored, 1)
            return True
        # itemgetter looks up a chunk's keys in one call, without a map's call per row.
        slots = list(map(operator.add, _each(table.bases, groups), _each(table.dates, days)))
        if len(set(slots)) != len(slots):
            return False
        store = table.lines
        # A tuple of the slots' values, even for one slot.
        read = operator.itemgetter(*slots) if len(slots) > 1 else _one(slots[0])
        if any(read(store)):
            return False
        # operator.setitem, not store.__setitem__: a builtin is called without an argument tuple.
        stores = itertools.repeat(store)
        any(map(operator.setitem, stores, slots, stored))
        self._remember(stored, 1)
        return True

    def _all_new_undated(self, rows: Sequence[int], groups: Sequence[Any]) -> bool:
        """True when the chunk's undated keys were checked at once: all new, or none remembered."""
        keys = list(map(hash, groups))
        if self.full:  # KEY_LIMIT keys remembered: a chunk needs only that none is one of them
            return self.seen.isdisjoint(keys)
        room = FIRST_LINES - self.remembered
        if len(self.seen) + len(keys) > KEY_LIMIT or not self.seen.add_new(keys, rows, room):
            return False
        self._remember(rows)
        return True

    def _row_by_row(
        self, lines: Sequence[int], groups: Sequence[Any], days: Iterable[str], found: Found
    ) -> None:
        """Check each row's key in turn, reporting each repeat at its line."""
        label, seen, duplicate = self.label, self.seen, self.duplicate
        slot_of = self.table.slot if self.day else None
        # Undated keys are looked up at once; new hashed keys are stored at the end.
        undated = None if slot_of else list(map(hash, groups))
        known = None if undated is None else zip(undated, seen.firsts(undated), strict=True)
        new: dict[int, int | None] = {}
        room = KEY_LIMIT - len(seen)
        for line, group, day in zip(lines, groups, days, strict=False):
            slot = None if slot_of is None else slot_of(group, day)
            if slot is not None:
                store = self.table.lines  # the table may widen: a new array
                first = store[slot] - 1
                if first >= 0:
                    named = first != UNREMEMBERED - 1 and first <= self.named_until
                    found.append((line, label, "", duplicate(first if named else None)))
                elif 0 <= line < UNREMEMBERED - 1:
                    store[slot] = line + 1
                    self._remember((line,))
                else:
                    store[slot] = UNREMEMBERED
                continue
            key, earlier = seen.item(hash((group, day))) if known is None else next(known)
            repeated = new.get(key, earlier)
            if repeated is not Absent.ABSENT:
                found.append((line, label, "", duplicate(repeated)))
            elif len(new) < room:
                new[key] = line if self._remember((line,)) else None
            elif not self.full:
                self.full = True
                found.append((line, label, "", _unremembered(label)))
        seen.update(new)


def _compressed(cells: Sequence[Any], kept: list[bool]) -> Sequence[Any]:
    """The *cells* of the rows *kept*: codes stay codes (the keys are then claimed with numpy)."""
    if isinstance(cells, Coded):
        return cells.kept(kept)
    return list(itertools.compress(cells, kept))


def _each(mapping: Mapping[Any, int], keys: Sequence[Any]) -> Sequence[int]:
    """The values of *mapping* for each of *keys*, in order."""
    if len(keys) == 1:
        return [mapping[keys[0]]]
    found: tuple[int, ...] = operator.itemgetter(*keys)(mapping)
    return found


def _one(slot: int) -> Callable[[array.array[int]], tuple[int]]:
    """A getter of the value of one slot, as a tuple (as itemgetter gives several)."""
    return lambda store: (store[slot],)


def _kept(keyed: Sequence[CheckedColumn], first: Sequence[str]) -> list[bool] | None:
    """Which rows have a key to compare (None: all): no error in a key column, a first value.

    The first column's cells are looked at only when one may be empty without
    an error (its valid values, when known, tell).
    """
    dropped: list[bool] | None = None
    for column in keyed:
        errors = {text for text, note in column.notes.items() if note.error}
        if errors:
            dropped = _either(dropped, _flags(column.texts, errors))
    valid = keyed[0].valid_norms
    if "" in (first if valid is None else valid) and "" in first:
        dropped = _either(dropped, _flags(first, ("",)))
    if dropped is None or not any(dropped):
        return None
    return list(map(operator.not_, dropped))


def _flags(cells: Sequence[Any], wanted: Collection[Any]) -> list[bool]:
    """Whether each of *cells* is one of *wanted*, without a Python call per cell."""
    if isinstance(cells, Coded):
        return cells.flags(wanted)
    return list(map(wanted.__contains__, cells))


def _either(flags: list[bool] | None, more: list[bool]) -> list[bool]:
    """Each row's flag in *flags* or in *more*."""
    return more if flags is None else list(map(operator.or_, flags, more))


def _stored(rows: Sequence[int]) -> Sequence[int] | None:
    """What the table's slots hold for the rows at *rows*: each line plus 1; None unless each fits.

    A line fits from 0 to :data:`UNREMEMBERED` less 2: a slot holds 0 for a
    key not seen, and UNREMEMBERED for one whose line is not kept.
    """
    if isinstance(rows, range):
        if rows.step > 0 and rows.start >= 0 and rows.stop <= UNREMEMBERED - 1:
            return range(rows.start + 1, rows.stop + 1, rows.step)
        return None
    if len(rows) and min(rows) >= 0 and max(rows) < UNREMEMBERED - 1:
        return list(map(operator.add, rows, itertools.repeat(1)))
    return None


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


def _distinct(column: CheckedColumn) -> Collection[Any]:
    """The distinct values of a column."""
    return set(column.values) if column.distinct is None else column.distinct


def _distinct_dates(column: CheckedColumn) -> list[tuple[int, int, int]]:
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
        self.lifespans = lifespans(dataset) if self.dated_orgs else {}
        self.parents = table == "memberships" and {"org_id", "value", "as_of"} <= set(names)
        self.figures = parent_figures(dataset) if self.parents else {}

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
