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

import contextlib
import gc
import itertools
import operator
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from jplabour._files import AtomicBatch
from jplabour.csv_limits import field_size_limit
from jplabour.data import DATASET
from jplabour.errors import UnusableInputError, require_text
from jplabour.formats import show
from jplabour.model import TABLES, Dataset
from jplabour.validator.cells import CheckedColumn, Checkers, ColumnChecker
from jplabour.validator.columns import column_specs, fold_word, required_columns
from jplabour.validator.normalize import Output
from jplabour.validator.objects import cell_text, json_array, json_lines, object_chunks
from jplabour.validator.reading import CHUNK_ROWS, FIELD_LIMIT, LINE_LIMIT, Source
from jplabour.validator.report import (
    ERROR_LIMIT,
    MAX_ERRORS_CEILING,
    WARNING_LIMIT,
    Issue,
    Note,
    ValidationReport,
    shortened,
)
from jplabour.validator.rules import Found, Rules
from jplabour.validator.tables import TableReader

__all__ = [
    "PROGRESS_EVERY",
    "Validation",
    "unknown_column",
    "validate",
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
    ) -> None:
        if table not in TABLES:
            raise UnusableInputError(f"no table {table!r}; tables: {', '.join(TABLES)}")
        self.table = table
        self.dataset = DATASET if dataset is None else dataset
        self.specs = column_specs(table)
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
        """Record an issue, keeping it if the limits allow."""
        if note.error:
            self.error_count += 1
            if len(self.errors) < self.max_errors:
                self.errors.append(
                    Issue(line, column, shortened(value), note.code, note.message, note.hint)
                )
        else:
            self.warning_count += 1
            if len(self.warnings) < WARNING_LIMIT:
                self.warnings.append(
                    Issue(line, column, shortened(value), note.code, note.message, note.hint)
                )

    def add_always(self, line: int, note: Note) -> None:
        """Record an error and keep it, whatever the limits (the one error a report must show)."""
        self.error_count += 1
        self.errors.append(Issue(line, "", "", note.code, note.message, note.hint))

    def read_header(self, names: Sequence[str], line: int) -> list[tuple[int, str]]:
        """(position, field) of the known columns of a header; the header's problems reported.

        Names are folded (``Org ID`` is ``org_id``); a repeated column is read
        once (the first); unknown columns are warnings, missing required ones errors.
        """
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
            )
        for name, spec in self.specs.items():
            if spec.required and name not in present:
                self.add(line, name, "", Note("missing-column", f"no {name} column", first_hint))
                first_hint = hint
        return columns

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
        unknown = [name for name in texts if name not in self.specs]
        if unknown:
            raise ValueError(f"{self.table} has no column {unknown[0]!r}")
        if self.rules is None:
            self.rules = Rules(self.table, self.specs, self.dataset, tuple(texts))
        checked = {name: self._checker(name).column(cells) for name, cells in texts.items()}
        found: Found = [(line, "", "", note) for line, note in notes]
        for column in checked.values():
            if column.notes:
                found += _cell_issues(column, lines)
        found += self.rules.apply(checked, lines)
        found.sort(key=_LINE)
        add = self.add
        for issue in found:
            add(*issue)
        before = self.rows
        self.rows += len(lines) + len(uncopied)
        if uncopied:
            if not self.uncopied_rows:
                self.first_uncopied = uncopied[0]
            self.uncopied_rows += len(uncopied)
        if self.progress is not None and self.rows // PROGRESS_EVERY > before // PROGRESS_EVERY:
            self.progress(self.rows)
        return checked

    def _checker(self, name: str) -> ColumnChecker:
        checker = self.columns.get(name)
        if checker is None:
            checker = self.columns[name] = ColumnChecker(self.specs[name], self.checkers)
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
        )


def _cell_issues(column: CheckedColumn, lines: Sequence[int]) -> Found:
    """The issues of a column's cells that have a note."""
    notes, texts = column.notes, column.texts
    return [
        (lines[index], column.name, texts[index], notes[texts[index]])
        for index in itertools.compress(range(len(texts)), map(notes.__contains__, texts))
    ]


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


def validate(  # noqa: PLR0913 -- the documented signature
    rows_or_path: str | os.PathLike[str] | Iterable[Mapping[str, Any]],
    table: str,
    encoding: str | None = None,
    max_errors: int | None = None,
    *,
    dataset: Dataset | None = None,
    normalize: str | os.PathLike[str] | None = None,
    progress: Callable[[int], None] | None = None,
    force: bool = False,
) -> ValidationReport:
    """Validate a downstream table of *table* rows against jplabour.

    *rows_or_path* is a file (CSV, TSV, JSON Lines or a JSON array, told
    apart by extension and content) or an iterable of mappings, whose line
    numbers are their positions from 1. *encoding* names the file's
    encoding instead of detecting it. *max_errors* caps the errors kept
    (default :data:`~jplabour.validator.ERROR_LIMIT`; all are counted). *normalize* writes a cleaned copy of the file there:
    a new file, or with *force* a regular file to replace (never a link, FIFO or device).
    *progress* is called with the rows done every 65,536 rows.

    Raises UnusableInputError for input that cannot be read at all, and
    ValueError when *encoding* or *normalize* is given with rows, or when
    *max_errors* is below 0 or above :data:`~jplabour.validator.MAX_ERRORS_CEILING`. An argument
    of the wrong type is a TypeError naming it.
    """
    _check_arguments(
        rows_or_path,
        table,
        encoding=encoding,
        max_errors=max_errors,
        normalize=normalize,
        progress=progress,
    )
    validation = Validation(table, dataset=dataset, max_errors=max_errors, progress=progress)
    if isinstance(rows_or_path, str | os.PathLike):
        path = Path(rows_or_path)
        with field_size_limit(FIELD_LIMIT), without_cyclic_gc():
            _validate_file(
                validation, path, encoding, None if normalize is None else Path(normalize), force
            )
        return validation.report(str(path))
    if encoding is not None or normalize is not None:
        raise ValueError("encoding and normalize apply to a file, not to rows given in Python")
    with without_cyclic_gc():
        _check_objects(validation, enumerate(rows_or_path, start=1), None)
    return validation.report("")


def _check_arguments(  # noqa: PLR0913 -- the arguments of validate
    rows_or_path: object,
    table: object,
    *,
    encoding: object,
    max_errors: object,
    normalize: object,
    progress: object,
) -> None:
    """TypeError or ValueError, naming the argument, for what validate cannot take."""
    if isinstance(rows_or_path, bytes | bytearray | Mapping) or not isinstance(
        rows_or_path, str | os.PathLike | Iterable
    ):
        raise TypeError(
            "validate() argument rows_or_path must be a path or an iterable of mappings, "
            f"not {type(rows_or_path).__name__}"
        )
    require_text(table, "table", "validate")
    if encoding is not None:
        require_text(encoding, "encoding", "validate")
    if normalize is not None and not isinstance(normalize, str | os.PathLike):
        raise TypeError(
            f"validate() argument normalize must be a path, not {type(normalize).__name__}"
        )
    if progress is not None and not callable(progress):
        raise TypeError("validate() argument progress must be callable")
    if max_errors is None:
        return
    if isinstance(max_errors, bool) or not isinstance(max_errors, int):
        raise TypeError(
            f"validate() argument max_errors must be an int, not {type(max_errors).__name__}"
        )
    if not 0 <= max_errors <= MAX_ERRORS_CEILING:
        raise ValueError(
            f"validate() argument max_errors must be from 0 to {MAX_ERRORS_CEILING:,}, "
            f"not {max_errors:,} (the errors past it are counted all the same)"
        )


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


def _validate_file(
    validation: Validation, path: Path, encoding: str | None, target: Path | None, force: bool
) -> None:
    source = Source(path, encoding)
    batch = AtomicBatch()
    try:
        with batch:
            texts = source.texts()
            first = next(texts, "")
            kind = source.format(first)
            texts = itertools.chain((first,), texts)
            output = None if target is None else Output(batch, target, path, kind, force)
            if kind in ("csv", "tsv"):
                _check_table(validation, source, texts, kind, output)
            elif kind == "json":
                _check_objects(validation, json_array(texts, source.name), output)
            else:
                _check_objects(
                    validation, json_lines(source.lines(texts), source.long_lines), output
                )
            if output is not None and validation.uncopied_rows:
                # The copy holds every row or is not written: no row is lost silently.
                output.discard()
                batch.abort()
                validation.add_always(
                    validation.first_uncopied, _not_copied(validation.uncopied_rows)
                )
            elif output is not None:
                output.finish()
    finally:
        source.close()


def _not_copied(rows: int) -> Note:
    return Note(
        "not-copied",
        f"--normalize wrote no copy: {rows:,} rows cannot be carried into it as read, "
        "the first on this line",
        "fix the rows reported as unreadable, too long or not JSON, then run again",
    )


def _check_objects(
    validation: Validation, objects: Iterator[tuple[int, Any]], output: Output | None
) -> None:
    """Check rows of JSON objects, (line, object or note) in *objects*; their keys name the columns."""
    fields = tuple(validation.specs)
    getters = [operator.itemgetter(position) for position in range(len(fields))]
    unknown: dict[str, int] = {}
    for chunk in object_chunks(objects, fields, unknown):
        texts = {
            name: list(map(getter, chunk.rows))
            for name, getter in zip(fields, getters, strict=True)
        }
        checked = validation.check_texts(texts, chunk.lines, chunk.notes, chunk.uncopied)
        if output is not None:
            output.objects(
                chunk, validation.specs, {name: column.norms for name, column in checked.items()}
            )
    for key, line in unknown.items():
        validation.add(line, key, "", unknown_column(validation.table, key))


def _check_table(
    validation: Validation,
    source: Source,
    texts: Iterator[str],
    kind: str,
    output: Output | None,
) -> None:
    """Check a CSV or TSV table: a header row, then rows of cells."""
    table = TableReader(source, texts, "\t" if kind == "tsv" else ",")
    header = table.header()
    too_long = [line for line in source.long_lines if line <= table.line]
    if too_long:
        # Skipped unread, it would leave the next line to be taken for the header.
        raise UnusableInputError(
            f"the header line is longer than {LINE_LIMIT:,} characters",
            path=source.name,
            line=min(too_long),
        )
    columns = validation.read_header(header, table.line)
    if output is not None:
        output.header(header)
    getters = [(name, position, operator.itemgetter(position)) for position, name in columns]
    # The copy needs whole rows: only without one are rows split straight into columns.
    for chunk in table.chunks(len(header), split=output is None):
        cells = chunk.columns
        checked = validation.check_texts(
            {
                name: cells[position] if cells is not None else list(map(getter, chunk.rows))
                for name, position, getter in getters
            },
            chunk.lines,
            chunk.notes,
            chunk.uncopied,
        )
        if output is not None:
            changed = [
                (position, checked[name].norms)
                for name, position, _ in getters
                if checked[name].norms is not checked[name].texts
            ]
            output.table_rows(chunk.rows, changed)
