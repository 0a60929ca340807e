"""The validator's core: columns in, issues at their lines out, a chunk at a time.

:class:`Validation` is the entry point of every input. It takes a chunk of a
table as columns (field name -> cells) with the line of each row: each
column's distinct values are checked once (:mod:`~jplabour.validator.cells`),
the cross-row rules run over whole columns (:mod:`~jplabour.validator.rules`),
and each issue is reported at its row's line, in line order. The CSV, TSV
and JSON readers (:mod:`~jplabour.validator.reading`) feed it chunks of
:data:`~jplabour.validator.reading.CHUNK_ROWS` rows; a DataFrame or an
Arrow table can feed it its own columns (:func:`validate_columns`).
"""

from __future__ import annotations

import collections
import contextlib
import gc
import itertools
import operator
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from jplabour.column_mapping import as_argument, as_options, check_mapping, rename, suggest
from jplabour.data import DATASET
from jplabour.errors import UnusableInputError
from jplabour.formats import show
from jplabour.model import TABLES, Dataset
from jplabour.validator.arrow_pieces import ArrowTexts, checked_column
from jplabour.validator.cells import Approximate, CheckedColumn, Checkers, ColumnChecker
from jplabour.validator.columns import column_specs, fold_word, required_columns
from jplabour.validator.lazy import Coded
from jplabour.validator.objects import cell_text
from jplabour.validator.reading import CHUNK_ROWS
from jplabour.validator.report import (
    ERROR_LIMIT,
    WARNING_LIMIT,
    Issue,
    Note,
    ValidationReport,
    shortened,
    sorted_totals,
)
from jplabour.validator.rules import Found, Rules

__all__ = [
    "PROGRESS_EVERY",
    "Validation",
    "marked_approximate",
    "unknown_column",
    "validate_columns",
    "without_cyclic_gc",
]

#: Rows between two progress reports.
PROGRESS_EVERY = 1 << 16

_LINE: Callable[[tuple[int, str, str, Note]], int] = operator.itemgetter(0)


class Validation:
    """One validation of a table's rows, fed a chunk of columns at a time.

    For a table read as columns (a DataFrame, an Arrow table)::

        validation = Validation("memberships")
        fields = validation.read_header(["org_id", "value", "as_of"], line=1)
        validation.check_columns({"org_id": [...], "value": [...], "as_of": [...]}, lines)
        report = validation.report("members.xlsx")

    Every chunk must have the same columns. Issues are kept in line order
    when the chunks come in line order.
    """

    def __init__(
        self,
        table: str,
        *,
        dataset: Dataset | None = None,
        max_errors: int | None = None,
        progress: Callable[[int], None] | None = None,
        columns: Mapping[Any, str] | None = None,
    ) -> None:
        if table not in TABLES:
            raise UnusableInputError(f"no table {table!r}; tables: {', '.join(TABLES)}")
        self.table = table
        self.dataset = DATASET if dataset is None else dataset
        self.specs = column_specs(table)
        #: The user's column names -> the table's fields (``--column``, ``columns=``).
        self.mapping = dict(columns or {})
        check_mapping(self.mapping, tuple(self.specs), table)
        #: The header as the fields name it (mapped and known columns by their field), for copies.
        self.header: list[str] = []
        #: Mapping suggestions as Python (``columns={...}``) rather than ``--column``.
        self.python_hints = False
        #: The index label of a row's line, for DataFrames.
        self.label_of: Callable[[int], str] | None = None
        self.counts: dict[tuple[str, str, bool], int] = {}
        self.checkers = Checkers(self.dataset)
        self.columns: dict[str, ColumnChecker] = {}
        self.rules: Rules | None = None
        self.max_errors = ERROR_LIMIT if max_errors is None else max_errors
        self.progress = progress
        self.errors: list[Issue] = []
        self.warnings: list[Issue] = []
        self.error_count = 0
        self.warning_count = 0
        self.rows = 0
        #: Rows that could not be carried into a cleaned copy, and the line of the first.
        self.uncopied_rows = 0
        self.first_uncopied = 0

    def add(self, line: int, column: str, value: str, note: Note) -> None:
        """Record an issue, keeping it if the limits allow; count it in any case."""
        self._count(column, note)
        if note.error:
            kept = len(self.errors) < self.max_errors
        else:
            kept = len(self.warnings) < WARNING_LIMIT
        if not kept:
            return
        label = self.label_of(line) if self.label_of is not None and line else ""
        issue = Issue(line, column, shortened(value), note.code, note.message, note.hint, label)
        (self.errors if note.error else self.warnings).append(issue)

    def add_always(self, line: int, note: Note) -> None:
        """Record an error and keep it, whatever the limits (the one error a report must show)."""
        self._count("", note)
        self.errors.append(Issue(line, "", "", note.code, note.message, note.hint))

    def _count(self, column: str, note: Note) -> None:
        self._count_kind(note.code, column, note.error, 1)

    def _count_kind(self, code: str, column: str, error: bool, times: int) -> None:
        kind = (code, column, error)
        self.counts[kind] = self.counts.get(kind, 0) + times
        if error:
            self.error_count += times
        else:
            self.warning_count += times

    def _cell_issues(self, column: CheckedColumn, lines: Sequence[int]) -> Found:
        """The issues of a column's cells that have a note, in the column's order.

        Issues that no list can keep any more (the errors or the warnings
        kept are at their limit) are counted at once, per distinct text,
        without an issue per cell: a million unknown ids cost a count each.
        """
        errors_full = len(self.errors) >= self.max_errors
        warnings_full = len(self.warnings) >= WARNING_LIMIT
        notes, texts = column.notes, column.texts
        counted = {
            text: (note.code, note.error)
            for text, note in notes.items()
            if (errors_full if note.error else warnings_full)
        }
        if counted:
            kinds: collections.Counter[tuple[str, bool]] = collections.Counter()
            for text, times in _tally(texts, counted).items():
                kinds[counted[text]] += times
            for kind, times in kinds.items():
                self._count_kind(kind[0], column.name, kind[1], times)
            notes = {text: note for text, note in notes.items() if text not in counted}
        if not notes:
            return []
        return [
            (lines[index], column.name, texts[index], notes[texts[index]])
            for index in itertools.compress(range(len(texts)), map(notes.__contains__, texts))
        ]

    def names_a_column(self, names: Sequence[str]) -> bool:
        """Whether *names*, with the mapping applied, name at least one of the table's fields."""
        try:
            renamed = rename(names, self.mapping)
        except UnusableInputError:
            return False
        return any(fold_word(name) in self.specs for name in renamed)

    def read_header(self, names: Sequence[str], line: int) -> list[tuple[int, str]]:
        """(position, field) of the known columns of a header; the header's problems reported.

        Columns the mapping (``--column``) names are named by their field;
        names are folded (``Org ID`` is ``org_id``); a repeated column is read
        once (the first); unknown columns are warnings, missing required ones
        errors, whose hint names the likely mappings among the columns that
        name no field (never applied). :attr:`header` is set to the header as
        the fields name it.
        """
        source = list(names)
        names = rename(names, self.mapping)
        self.header = [fold_word(name) if fold_word(name) in self.specs else name for name in names]
        columns: list[tuple[int, str]] = []
        seen: set[str] = set()
        for position, raw in enumerate(names):
            name = fold_word(raw)
            if not name:
                note = Note(
                    "unknown-column",
                    f"column {position + 1} has no name; it is not checked",
                    error=False,
                )
                self.add(line, "", raw, note)
            elif name in seen:
                note = Note("duplicate-column", f"column {name!r} again", "the first is read")
                self.add(line, name, raw, note)
            elif name in self.specs:
                columns.append((position, name))
            else:
                self.add(line, name, raw, unknown_column(self.table, name))
            seen.add(name)
        present = {name for _, name in columns}
        hint = f"a {self.table} table needs {', '.join(required_columns(self.table))}"
        first_hint = hint
        if not columns:
            shown = ", ".join(show(name) for name in names[:5]) + (
                ", ..." if len(names) > 5 else ""
            )
            first_hint += (
                f"; line {line} is read as the header but names none of them ({shown}): "
                "the first line must name the columns"
                if line
                else f"; the column names name none of them ({shown})"
            )
        missing = [
            name for name, spec in self.specs.items() if spec.required and name not in present
        ]
        if missing:
            unmapped = [text for text, name in zip(source, names, strict=True) if text == name]
            first_hint += self._suggestion(unmapped, present)
        for name in missing:
            self.add(line, name, "", Note("missing-column", f"no {name} column", first_hint))
            first_hint = hint
        return columns

    def _suggestion(self, unmapped: list[str], present: Collection[str]) -> str:
        """The hint naming likely mappings of *unmapped* columns, ready to paste; never applied."""
        pairs = suggest(unmapped, tuple(self.specs), present)
        if not pairs:
            return ""
        if self.python_hints:
            return f"; if these columns are meant, pass {as_argument(pairs)}"
        return f"; if these columns are meant, add {as_options(pairs)}"

    def check_columns(
        self, columns: Mapping[str, Sequence[object]], lines: Sequence[int]
    ) -> dict[str, Sequence[str]]:
        """Check a chunk of rows given as columns; return each column's normalised cells.

        *columns* maps field names (as :meth:`read_header` gives them) to the
        cells of the chunk's rows; a cell that is no text is read as its JSON
        text (None as empty, ``True`` as ``true``). *lines* are the rows'
        lines, used in the issues.
        """
        texts = {
            name: cells
            if all(type(cell) is str for cell in cells)
            else [cell if type(cell) is str else cell_text(cell) for cell in cells]
            for name, cells in columns.items()
        }
        checked = self.check_texts(texts, lines)  # type: ignore[arg-type]  # all str now
        return {name: column.norms for name, column in checked.items()}

    def check_texts(
        self,
        texts: Mapping[str, Sequence[str]],
        lines: Sequence[int],
        notes: Iterable[tuple[int, Note]] = (),
        uncopied: Sequence[int] = (),
    ) -> dict[str, CheckedColumn]:
        """Check a chunk of columns of texts; return the checked columns.

        *notes* are (line, note) of the chunk's problems that are no cell's;
        *uncopied* the lines of rows that could not be read, which count as
        rows but have no cells.
        """
        rules = self.prepare(texts)
        # Errors are kept in line order: once they are at the limit, no later one is shown.
        self.checkers.shown = len(self.errors) < self.max_errors
        approximate = "approximate" in texts
        checked = {
            name: self._checked(self.checker(name, approximate=approximate), cells)
            for name, cells in texts.items()
        }
        if approximate and "value" in checked:
            checked["approximate"] = marked_approximate(checked["value"], checked["approximate"])
        self.check_checked(rules, checked, lines, notes, uncopied)
        return checked

    def repeating(self, names: Collection[str]) -> set[str] | None:
        """The columns *names* to read by their distinct texts, or None when it would not pay.

        Those whose checkers remember verdicts: their texts repeat (not
        counts, ids or free texts). Reading by columns pays when most columns
        are such, or counts (read as numbers); otherwise the texts are made
        anyway. Its libraries take about 35 MiB: a table with an ``id``
        column, whose hashed keys take up to 16 MiB more, is read as texts,
        so that its peak stays under 100 MiB.
        """
        approximate = "approximate" in names
        checkers = {name: self.checker(name, approximate=approximate) for name in names}
        repeating = {name for name, checker in checkers.items() if checker.remember}
        counts = sum(checker.counts for checker in checkers.values())
        if "id" in names or 2 * (len(repeating) + counts) < len(names):
            return None
        return repeating

    @staticmethod
    def _checked(checker: ColumnChecker, cells: Sequence[str]) -> CheckedColumn:
        """The checked column of a chunk's *cells*: texts, or those of an Arrow array."""
        if isinstance(cells, ArrowTexts):
            return checked_column(checker, cells)
        return checker.column(cells)

    def prepare(self, names: Iterable[str]) -> Rules:
        """The rules of a table with the columns *names* (made at the first chunk)."""
        unknown = [name for name in names if name not in self.specs]
        if unknown:
            raise ValueError(f"{self.table} has no column {unknown[0]!r}")
        if self.rules is None:
            self.rules = Rules(self.table, self.specs, self.dataset, tuple(names))
        return self.rules

    def check_checked(  # noqa: PLR0913 -- what a chunk brings besides its columns
        self,
        rules: Rules,
        checked: Mapping[str, CheckedColumn],
        lines: Sequence[int],
        notes: Iterable[tuple[int, Note]] = (),
        uncopied: Sequence[int] = (),
        *,
        found: Found | None = None,
    ) -> None:
        """Report the issues of a chunk's checked columns, and of its rules, in line order.

        *found* are the chunk's issues found already, for a table checked at
        once (a DataFrame's): its cells' issues, then its duplicate keys; the
        key rules are not applied then.
        """
        issues: Found = [(line, "", "", note) for line, note in notes]
        for column in checked.values():
            if column.notes:
                issues += self._cell_issues(column, lines)
        issues += found or ()  # the key rules come first, as in Rules.apply
        issues += rules.apply(checked, lines, keys=found is None)
        issues.sort(key=_LINE)
        add = self.add
        for issue in issues:
            add(*issue)
        before = self.rows
        self.rows += len(lines) + len(uncopied)
        if uncopied:
            if not self.uncopied_rows:
                self.first_uncopied = uncopied[0]
            self.uncopied_rows += len(uncopied)
        if self.progress is not None and self.rows // PROGRESS_EVERY > before // PROGRESS_EVERY:
            self.progress(self.rows)

    def checker(self, name: str, *, approximate: bool) -> ColumnChecker:
        """The checker of column *name*, made once per run."""
        checker = self.columns.get(name)
        if checker is None:
            checker = self.columns[name] = ColumnChecker(
                self.specs[name], self.checkers, approximate=approximate
            )
        return checker

    def report(self, path: str = "") -> ValidationReport:
        """The report of the run so far."""
        return ValidationReport(
            table=self.table,
            rows=self.rows,
            errors=tuple(self.errors),
            warnings=tuple(self.warnings),
            error_count=self.error_count,
            warning_count=self.warning_count,
            path=path,
            totals=sorted_totals(self.counts),
        )


def _tally(texts: Sequence[str], wanted: Collection[str]) -> Mapping[str, int]:
    """How many times each of *wanted* comes in *texts* (codes are counted by numpy)."""
    if isinstance(texts, Coded):
        return {text: times for text, times in texts.tally().items() if text in wanted}
    return collections.Counter(itertools.compress(texts, map(wanted.__contains__, texts)))


def marked_approximate(values: CheckedColumn, marks: CheckedColumn) -> CheckedColumn:
    """The approximate column with ``true`` where the count was read as approximate (約120万)."""
    rows = [index for index, value in enumerate(values.values) if type(value) is Approximate]
    if not rows:
        return marks
    norms, typed = list(marks.norms), list(marks.values)
    for index in rows:
        norms[index], typed[index] = "true", True
    return attrs.evolve(marks, norms=norms, values=typed)


def unknown_column(table: str, name: str) -> Note:
    """The warning of a column that *table* does not have."""
    return Note("unknown-column", f"{table} has no column {name!r}; it is not checked", error=False)


# --- the entry points ---------------------------------------------------------------


@contextlib.contextmanager
def without_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector, and restore it after.

    A chunk holds tens of thousands of rows, each a list: the collector would
    scan them again and again (profiled at more than the checks themselves),
    yet they hold no reference cycles, so reference counting frees them.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def validate_columns(
    columns: Mapping[str, Sequence[object]],
    table: str,
    lines: Sequence[int] | None = None,
    *,
    dataset: Dataset | None = None,
    max_errors: int | None = None,
) -> ValidationReport:
    """Validate a table given as columns (column name -> cells), such as a DataFrame's.

    The names are read as a header would be (folded; unknown ones are
    warnings, missing required ones errors, at line 0). *lines* are the
    rows' lines (default: positions from 1). The columns are checked
    :data:`~jplabour.validator.reading.CHUNK_ROWS` rows at a time.
    """
    validation = Validation(table, dataset=dataset, max_errors=max_errors)
    names = list(columns)
    fields = validation.read_header(names, 0)
    cells = [columns[names[position]] for position, _ in fields]
    size = max((len(column) for column in cells), default=0)
    if any(len(column) != size for column in cells):
        raise ValueError("the columns are not all of the same length")
    numbers = range(1, size + 1) if lines is None else lines
    if len(numbers) != size:
        raise ValueError(f"{len(numbers)} lines for {size} rows")
    with without_cyclic_gc():
        for start in range(0, size, CHUNK_ROWS):
            end = start + CHUNK_ROWS
            validation.check_columns(
                {name: column[start:end] for (_, name), column in zip(fields, cells, strict=True)},
                numbers[start:end],
            )
    return validation.report("")
