"""Checking cells: one checker per kind of column, applied once per distinct text.

A column of a chunk is checked by :class:`ColumnChecker`: each distinct text
is checked once (and remembered across chunks), and the verdicts are mapped
back onto the column's cells. Ids and dates repeat, so the work is per
distinct value, not per cell; counts rarely repeat, so a column of plain
ASCII counts is read in one pass without a verdict per cell.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import operator
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any, Final

import attrs

from jplabour.formats import InvalidFormat, any_date, number, show
from jplabour.formats import count as count_format
from jplabour.formats import slug as slug_format
from jplabour.model import Dataset, PartialDate
from jplabour.plural import counted
from jplabour.validator.columns import FORMATS, LIST_SEPARATOR, ColumnSpec, fold_word
from jplabour.validator.lazy import MixedCounts, ReadValues
from jplabour.validator.report import SHORT_TEXT, Note
from jplabour.vocabulary import SPELLING, Vocabulary

__all__ = [
    "CACHE_LIMIT",
    "LOOKUP_LIMIT",
    "SUGGESTION_LIMIT",
    "Approximate",
    "Cell",
    "CheckedColumn",
    "Checkers",
    "ColumnChecker",
]

#: How many distinct texts of a column are remembered with their verdict.
CACHE_LIMIT: Final = 1 << 16
#: How many distinct names are looked up in one run; later ones are not.
LOOKUP_LIMIT: Final = 10_000
#: How many unknown names get suggestions (the closest names, which cost a
#: comparison with every name jplabour knows); later ones get a pointer to
#: ``jplabour search``.
SUGGESTION_LIMIT: Final = 200

#: A checked cell: (normalised text, typed value or None when invalid, note or None).
#: A date's typed value is (first day, last day, year): see :func:`_plain_date`.
Cell = tuple[str, Any, "Note | None"]

_TRUE: Final = frozenset({"true", "yes", "y", "1", "はい"})
_FALSE: Final = frozenset({"false", "no", "n", "0", "いいえ"})


def _plain_date(date: PartialDate) -> tuple[int, int, int]:
    """(first day, last day, year) of a date, as day ordinals: what the cross-row rules compare.

    ``1989``, ``1989-01`` and ``1989-01-01`` share their first day, not their last.
    """
    return (date.earliest.toordinal(), date.latest.toordinal(), date.year)


class Checkers:
    """Builds the checker of each kind of column; holds what they share."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.org_ids = frozenset(org.id for org in dataset.organizations)
        #: The names looked up (at most LOOKUP_LIMIT), and those given suggestions (at most
        #: SUGGESTION_LIMIT): a name met again, its verdict forgotten, is looked up again
        #: without counting, so that what a name gets does not depend on the chunks.
        self.looked_up: set[str] = set()
        self.suggested: set[str] = set()
        #: Whether an unknown name's note may still be shown: when no more errors are
        #: kept, its "did you mean" (a comparison with every name) is not worked out.
        self.shown = True

    def build(self, spec: ColumnSpec, *, approximate: bool = False) -> Callable[[str], Cell]:
        """The checker of one cell of *spec*: text in, (normalised, typed, note) out.

        With *approximate*, the row can mark a count approximate: ``約120万`` is read.
        """
        one = self._one(spec)
        if spec.many:
            one = self._many(spec, one)
        missing = self._missing(spec, one)
        if spec.kind == "int" and not spec.many:
            return _integer(spec.metadata.get("minimum"), missing, approximate=approximate)

        def check(text: str) -> Cell:
            if not text or text.isspace():
                return missing
            return one(text)

        return check

    @staticmethod
    def _missing(spec: ColumnSpec, one: Callable[[str], Cell]) -> Cell:
        """The cell of an empty text: an error, nothing, or the column's default."""
        if spec.required:
            return ("", None, Note("missing-value", "a value is required", "fill in the cell"))
        if spec.default is None:
            return ("", None, None)
        return (spec.default, one(spec.default)[1], None)

    @staticmethod
    def _many(spec: ColumnSpec, one: Callable[[str], Cell]) -> Callable[[str], Cell]:
        least = spec.metadata.get("min_items", 0)

        def check(text: str) -> Cell:
            cells = [one(part) for part in text.split(LIST_SEPARATOR) if part.strip()]
            notes = [cell[2] for cell in cells if cell[2] is not None]
            norm = LIST_SEPARATOR.join(cell[0] for cell in cells)
            if len(cells) < least:
                note = Note(
                    "too-few-items",
                    f"{counted(len(cells), 'item')}, at least {least} needed",
                    f"separate items with {LIST_SEPARATOR}",
                )
                return (text, None, note)
            errors = [note for note in notes if note.error]
            if errors:
                return (text, None, errors[0])
            return (norm, tuple(cell[1] for cell in cells), notes[0] if notes else None)

        return check

    def _one(self, spec: ColumnSpec) -> Callable[[str], Cell]:  # noqa: PLR0911 -- one branch per kind
        kind = spec.kind
        if kind == "organization":
            return self._organization
        if kind == "reference":
            return self._reference(spec.metadata["ref"])
        if kind == "date":
            return _date
        if kind == "int":
            return _integer(spec.metadata.get("minimum"), _MISSING)
        if kind == "bool":
            return _boolean
        if kind == "enum":
            return _choice(spec.choices)
        if kind in FORMATS:
            return _formatted(FORMATS[kind])
        return _text(spec.metadata.get("pattern"), spec.metadata.get("min_length", 0))

    def _organization(self, text: str) -> Cell:
        """An organisation: an id, or any name jplabour knows for one."""
        if text in self.org_ids:
            return (text, text, None)
        stripped = text.strip()
        if stripped in self.org_ids:
            return (stripped, stripped, _normalized(text, stripped))
        again = stripped in self.looked_up
        if len(stripped) > SHORT_TEXT or (not again and len(self.looked_up) >= LOOKUP_LIMIT):
            why = "too long for a name" if len(stripped) > SHORT_TEXT else "not an id"
            return (text, None, Note("unknown-organization", f"{show(text)} is {why}"))
        self.looked_up.add(stripped)
        from jplabour.names import lookup

        suggest = self.shown and (
            stripped in self.suggested or len(self.suggested) < SUGGESTION_LIMIT
        )
        result = lookup(stripped, dataset=self.dataset, suggest=suggest)
        if result.unique:
            org_id = result.matches[0].id
            note = Note(
                "name-resolved",
                f"read the name {show(text)} as the id {org_id}",
                "write the id (--normalize does)",
                error=False,
            )
            return (org_id, org_id, note)
        if result.ambiguous:
            candidates = ", ".join(org.id for org in result.matches)
            note = Note(
                "ambiguous-name",
                f"{show(text)} names more than one organisation: {candidates}",
                "write the id of the one meant",
            )
            return (text, None, note)
        if suggest:
            self.suggested.add(stripped)
        hint = (
            f"did you mean {', '.join(result.suggestions)}?"
            if result.suggestions
            else "see `jplabour search NAME`"
        )
        return (text, None, Note("unknown-organization", f"no organisation {show(text)}", hint))

    def _reference(self, table: str) -> Callable[[str], Cell]:
        known = frozenset(record.id for record in self.dataset.table(table))
        check_slug = _formatted(slug_format.validate)

        def check(text: str) -> Cell:
            cell = check_slug(text)
            if cell[1] is not None and cell[1] not in known:
                return (text, None, Note("unknown-reference", f"no {table} record {show(text)}"))
            return cell

        return check


def _normalized(text: str, norm: str, code: str = "normalized") -> Note:
    return Note(
        code, f"read {show(text)} as {norm}", "--normalize writes the plain form", error=False
    )


def _invalid(text: str, error: InvalidFormat) -> Cell:
    return (text, None, Note(error.code, error.message))


def _date(text: str) -> Cell:
    """A partial date in any spelling :mod:`~jplabour.formats.any_date` reads: Gregorian, era, month name."""
    plain = _plain_iso_day(text) if len(text) == 10 else _plain_iso_date(text)
    if plain is not None:
        return (text, plain, None)
    try:
        date, spelling = any_date.read(text)
    except InvalidFormat as error:
        return _invalid(text, error)
    norm = str(date)
    if spelling == any_date.ISO:
        return (norm, _plain_date(date), None)
    return (
        norm,
        _plain_date(date),
        _normalized(text, norm, "era-date" if spelling == any_date.ERA else "normalized"),
    )


#: A day written as jplabour writes it: ``YYYY-MM-DD``.
_ISO_DAY: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _plain_iso_day(text: str) -> tuple[int, int, int] | None:
    """:func:`_plain_iso_date` of a day, the commonest date, read by the date type itself (in C)."""
    if _ISO_DAY.fullmatch(text) is None:
        return _plain_iso_date(text)
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return None
    first = day.toordinal()
    return (first, first, day.year)


#: A date written as jplabour writes it: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
_ISO_DATE: Final = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def _plain_iso_date(text: str) -> tuple[int, int, int] | None:
    """What :func:`_plain_date` gives for a date already in its plain form, without parsing it.

    None when *text* is not in that form or is no date (the full parse then
    says why).
    """
    match = _ISO_DATE.fullmatch(text)
    if match is None:
        return None
    year, month, day = match.groups()
    try:
        if day is not None:
            first = last = dt.date(int(year), int(month), int(day)).toordinal()
            return (first, last, int(year))
        if month is not None:
            start = dt.date(int(year), int(month), 1)
            first = start.toordinal()
            last = first + calendar.monthrange(start.year, start.month)[1] - 1
            return (first, last, start.year)
        first = dt.date(int(year), 1, 1).toordinal()
    except ValueError:
        return None
    last = dt.date(int(year), 12, 31).toordinal()
    return (first, last, int(year))


#: The empty cell of an integer checker that never meets one (the items of a
#: list, a default): :meth:`Checkers.build` gives a column's checker its own.
_MISSING: Final[Cell] = ("", None, Note("missing-value", "a value is required"))


class Approximate(int):
    """A count read with an approximation prefix (``約120万``): the row's figure is approximate."""


def _integer(
    minimum: int | None, missing: Cell, *, approximate: bool = False
) -> Callable[[str], Cell]:
    """The checker of a count: plain ASCII digits first, then :mod:`~jplabour.formats.count`.

    An approximate count (``約``, ``~``, ``ca.``) is an :class:`Approximate`
    when the table can say so (*approximate*), and an error otherwise.
    """
    least = 0 if minimum is None else minimum
    longest = number.MAX_DIGITS

    def check(text: str) -> Cell:  # noqa: PLR0911 -- one return per outcome
        if (
            text.isdigit()
            and text.isascii()
            and len(text) <= longest
            and (text[0] != "0" or len(text) == 1)
        ):
            value = int(text)
            if value >= least:
                return (text, value, None)
        elif not text or text.isspace():
            return missing
        try:
            read = count_format.parse(text)
        except InvalidFormat as error:
            return _invalid(text, error)
        value, norm = read.value, str(read.value)
        if value < least:
            return (text, None, Note("minimum", f"{value} is less than {least}"))
        if read.approximate and not approximate:
            message = f"an approximate figure, not a count: {show(text)}"
            hint = "give the exact number, or add an approximate column to mark it"
            return (text, None, Note("approximate", message, hint))
        if read.approximate:
            note = Note(
                "approximate",
                f"read {show(text)} as approximately {norm}: {', '.join(read.read)}",
                "the row's approximate is true; --normalize writes both",
                error=False,
            )
            return (norm, Approximate(value), note)
        if read.read:
            note = Note(
                "normalized",
                f"read {show(text)} as {norm}: {', '.join(read.read)}",
                "--normalize writes the plain form",
                error=False,
            )
            return (norm, value, note)
        return (norm, value, None if norm == text else _normalized(text, norm))

    return check


def _boolean(text: str) -> Cell:
    key = fold_word(text)
    if key in _TRUE or key in _FALSE:
        norm = "true" if key in _TRUE else "false"
        return (norm, norm == "true", None if norm == text else _normalized(text, norm))
    return (text, None, Note("boolean", f"not true or false: {show(text)}", "write true or false"))


def _choice(choices: tuple[str, ...]) -> Callable[[str], Cell]:
    vocabulary = Vocabulary(choices)
    listed = ", ".join(choices)

    def check(text: str) -> Cell:
        if text in choices:
            return (text, text, None)
        read = vocabulary.read(text)
        if read is None:
            return (text, None, Note("enum", f"not one of {listed}: {show(text)}"))
        value, how = read
        if how == SPELLING:
            note = Note(
                "spelling",
                f"read {show(text)} as {value} (jplabour's spelling)",
                "--normalize writes jplabour's spelling",
                error=False,
            )
            return (value, value, note)
        return (value, value, _normalized(text, value))

    return check


def _formatted(validate_format: Callable[[str], str]) -> Callable[[str], Cell]:
    """The checker of a column read by a format module (which gives text matching the model's pattern)."""

    def check(text: str) -> Cell:
        try:
            norm = validate_format(text)
        except InvalidFormat as error:
            return _invalid(text, error)
        return (norm, norm, None if norm == text else _normalized(text, norm))

    return check


def _text(pattern: str | None, min_length: int) -> Callable[[str], Cell]:
    expression = re.compile(pattern) if pattern else None

    def check(text: str) -> Cell:
        norm = text.strip()
        if len(norm) < min_length:
            return (text, None, Note("too-short", f"shorter than {min_length} characters"))
        if expression is not None and not expression.match(norm):
            return (text, None, Note("pattern", f"does not match {pattern}: {show(text)}"))
        return (norm, norm, None)

    return check


# --- whole columns ----------------------------------------------------------------


@attrs.frozen
class CheckedColumn:
    """One column of a chunk, checked.

    ``norms`` are the normalised texts (``texts`` itself when none changed),
    ``values`` the typed values (None where a cell is invalid or empty; ``texts``
    itself when each is its text), ``notes`` the note of each distinct text
    that has one, ``distinct`` the distinct values when known, and
    ``valid_norms`` the distinct normalised texts of the cells without an
    error, when known (what the key rules intern).
    """

    name: str
    texts: Sequence[str]
    norms: Sequence[str]
    values: Sequence[Any]
    notes: Mapping[str, Note]
    distinct: Collection[Any] | None = None
    valid_norms: Collection[str] | None = None


#: A column of counts written as plain ASCII digits, one per line: read without a verdict per cell.
_PLAIN_COUNTS: Final = re.compile(
    rf"(?:[1-9][0-9]{{0,{number.MAX_DIGITS - 1}}}|0)"
    rf"(?:\n(?:[1-9][0-9]{{0,{number.MAX_DIGITS - 1}}}|0))*"
)


#: A line of such a column that is not a plain count.
_NOT_PLAIN_COUNT: Final = re.compile(
    rf"^(?!(?:[1-9][0-9]{{0,{number.MAX_DIGITS - 1}}}|0)$).*$", re.MULTILINE
)


def _not_plain_counts(texts: Sequence[str], joined: str) -> Iterable[str]:
    """The texts of a column of counts (joined by line ends: *joined*) that are no plain count.

    ASCII texts without a leading 0 and not too long are plain unless they
    hold something other than digits: those are found by :meth:`str.isdigit`
    in one pass. Otherwise a regular expression tells, line by line.
    """
    if (
        joined.isascii()
        and not joined.startswith("0")
        and "\n0" not in joined
        and max(map(len, texts)) <= number.MAX_DIGITS
    ):
        return itertools.compress(texts, map(operator.not_, map(str.isdigit, texts)))
    return _NOT_PLAIN_COUNT.findall(joined)


#: Each digit as a 1, to find a run of them: one longer than a count may be is a cell too long
#: (one translation of the joined column, not a call of len per cell).
_DIGITS_AS_ONES: Final = bytes.maketrans(b"0123456789", b"1" * 10)
_TOO_LONG_COUNT: Final = b"1" * (number.MAX_DIGITS + 1)

#: A line that is the count 0.
_ZERO: Final = re.compile(r"^0$", re.MULTILINE)


class ColumnChecker:
    """Checks the cells of one column, a chunk at a time, once per distinct text."""

    def __init__(self, spec: ColumnSpec, checkers: Checkers, *, approximate: bool = False) -> None:
        self.spec = spec
        self.check = checkers.build(spec, approximate=approximate)
        #: Counts rarely repeat, and ids never do (a repeat is a duplicate); free texts
        #: (names in English, notes) seldom do, and cost little to check: their verdicts
        #: are not remembered across chunks.
        self.remember = spec.kind not in ("int", "text") and spec.name != "id"
        self.counts = spec.kind == "int" and not spec.many
        least = spec.metadata.get("minimum")
        self.least = 0 if least is None else least
        self.cache: dict[str, Cell] = {}
        #: What a column of organisations shares: how many names were looked up.
        self.names = checkers if spec.kind == "organization" else None

    def column(self, texts: Sequence[str]) -> CheckedColumn:
        """The checked column of *texts*."""
        if self.counts and texts:
            counted = self._counts(texts)
            if counted is not None:
                return counted
        return self._checked(texts, self.verdicts(texts))

    def _checked(self, texts: Sequence[str], verdicts: Mapping[str, Cell]) -> CheckedColumn:
        """The column of *texts* given the verdict on each distinct one."""
        notes = {text: cell[2] for text, cell in verdicts.items() if cell[2] is not None}
        values: Sequence[Any] = texts
        if not all(cell[1] is text for text, cell in verdicts.items()):
            values = ReadValues(
                texts, {text: cell[1] for text, cell in verdicts.items()}.__getitem__
            )
        norms: Sequence[str] = texts
        if any(cell[0] != text for text, cell in verdicts.items()):
            norms = list(map({text: cell[0] for text, cell in verdicts.items()}.__getitem__, texts))
        distinct = {cell[1] for cell in verdicts.values()}
        valid = {cell[0] for cell in verdicts.values() if cell[2] is None or not cell[2].error}
        return CheckedColumn(self.spec.name, texts, norms, values, notes, distinct, valid)

    def _counts(self, texts: Sequence[str]) -> CheckedColumn | None:
        """A column of counts read without a verdict per cell, or None when that cannot be done.

        Plain ASCII counts are read with :func:`int` when a rule asks; only
        the other texts get a verdict. The column is joined by line ends.
        Counts from 1, none too long, are told by a few scans of the joined
        text (none empty, none starting with 0, no run of digits too long) and
        of the texts joined without a separator (ASCII digits alone, so no
        cell holds a line break); other columns by a regular expression, once the count of
        lines tells that no cell holds a line break (it would pass as two
        counts).
        """
        joined = "\n".join(texts)
        if (
            self.least <= 1
            and joined.isascii()
            and not joined.startswith(("0", "\n"))
            and not joined.endswith("\n")
            and "\n\n" not in joined
            and "\n0" not in joined
            # Digits alone: no cell holds a line break either.
            and "".join(texts).encode().isdigit()
            and _TOO_LONG_COUNT not in joined.encode().translate(_DIGITS_AS_ONES)
        ):
            return CheckedColumn(self.spec.name, texts, texts, ReadValues(texts, int), {})
        if joined.count("\n") != len(texts) - 1:
            return None
        # Plain counts are 0 or more: below a minimum only when it is above 0 and a cell is 0.
        if self.least > 1 or (self.least == 1 and _ZERO.search(joined) is not None):
            return None
        if _PLAIN_COUNTS.fullmatch(joined):
            return CheckedColumn(self.spec.name, texts, texts, ReadValues(texts, int), {})
        others = dict.fromkeys(_not_plain_counts(texts, joined))
        if len(others) * 4 > len(texts):
            return None
        check = self.check
        mixed = MixedCounts({text: check(text) for text in others})
        notes = {text: cell[2] for text, cell in mixed.verdicts.items() if cell[2] is not None}
        norms: Sequence[str] = texts
        if any(cell[0] != text for text, cell in mixed.verdicts.items()):
            norms = list(map(mixed.norm, texts))
        return CheckedColumn(self.spec.name, texts, norms, ReadValues(texts, mixed.value), notes)

    def verdicts(self, texts: Sequence[str]) -> dict[str, Cell]:
        """The verdict on each distinct text of *texts*."""
        cache, check, remember = self.cache, self.check, self.remember
        distinct = set(texts)
        found: dict[str, Any] = dict(zip(distinct, map(cache.get, distinct), strict=True))
        if None not in found.values():  # all remembered: no call per text
            return found
        if self.spec.kind == "organization":
            # Names are looked up in the order met (LOOKUP_LIMIT counts them); other texts in any.
            found = {text: found[text] for text in dict.fromkeys(texts)}
        new = [text for text, known in found.items() if known is None]
        # Past LOOKUP_LIMIT a name is looked up no more: its verdict costs little and is not
        # remembered (a million unknown names would fill the cache with their notes).
        looking_up = self.names is None or len(self.names.looked_up) < LOOKUP_LIMIT
        found.update(zip(new, map(check, new), strict=True))
        if not remember or not looking_up:
            return found
        kept = [text for text in new if len(text) <= SHORT_TEXT]
        if len(cache) + len(kept) <= CACHE_LIMIT:
            cache.update(zip(kept, map(found.__getitem__, kept), strict=True))
            return found
        for text in kept:  # the cache is emptied when full
            if len(cache) >= CACHE_LIMIT:
                cache.clear()
            cache[text] = found[text]
        return found
