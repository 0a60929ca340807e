"""The validator's entry point, :func:`validate`: each kind of input fed to the core.

Files (CSV, TSV, JSON Lines, JSON arrays, ``.xlsx`` workbooks), DataFrames
and Arrow tables, and rows of mappings all become chunks of columns for
:class:`~jplabour.validator.run.Validation`. Tables (files, sheets, frames)
hold their empty rows back (:class:`~jplabour.validator.reading.HeldRows`):
at the end of the table they are ignored with one warning.
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
import operator
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from jplabour._files import AtomicBatch
from jplabour.csv_limits import field_size_limit
from jplabour.errors import UnusableInputError, require_text
from jplabour.excel import EXTENSIONS as WORKBOOK_EXTENSIONS
from jplabour.excel import Sheet, is_workbook
from jplabour.excel import refusal as workbook_refusal
from jplabour.formats import show
from jplabour.frames import FrameColumns, cell_text, columns_of, frame_kind
from jplabour.model import Dataset
from jplabour.plural import counted
from jplabour.validator.normalize import Output
from jplabour.validator.objects import json_array, json_lines, object_chunks
from jplabour.validator.reading import CHUNK_ROWS, FIELD_LIMIT, LINE_LIMIT, Chunk, Source
from jplabour.validator.report import MAX_ERRORS_CEILING, Note, ValidationReport
from jplabour.validator.rules import NATURAL_KEYS
from jplabour.validator.run import Validation, unknown_column, without_cyclic_gc
from jplabour.validator.tables import (
    HeldRows,
    TableReader,
    blank_row,
    blank_tail,
    held_back,
    numbered_chunks,
)
from jplabour.validator.vectorised import check_frame
from jplabour.vocabulary import key

__all__ = ["TITLE_ROWS", "UNSAVED_FORMULA", "natural_keys", "validate"]

#: What receives a checked chunk's normalised columns (a cleaned copy, the natural keys).
_Sink = Callable[[Chunk, Mapping[str, Sequence[str]]], None]


def validate(  # noqa: PLR0913 -- the documented signature
    rows_or_path: str | os.PathLike[str] | Iterable[Mapping[str, Any]] | Any,
    table: str,
    encoding: str | None = None,
    max_errors: int | None = None,
    *,
    dataset: Dataset | None = None,
    normalize: str | os.PathLike[str] | None = None,
    progress: Callable[[int], None] | None = None,
    force: bool = False,
    columns: Mapping[Any, str] | None = None,
    sheet: str | None = None,
) -> ValidationReport:
    """Validate a downstream table of *table* rows against jplabour.

    *rows_or_path* is a file (CSV, TSV, JSON Lines, a JSON array or an
    ``.xlsx`` workbook, told apart by extension and content), a pandas or
    polars DataFrame or a pyarrow Table, or an iterable of mappings. The
    line numbers of a workbook are its sheet's row numbers; those of
    DataFrames and rows are their positions from 1, and a pandas frame's
    issues carry its index labels. *columns* maps the table's own column
    names to jplabour's fields (``{"組合名": "org_id"}``). *sheet* names a
    workbook's sheet (default: the first visible one). *encoding* names a text file's
    encoding instead of detecting it. *max_errors* caps the errors kept
    (default :data:`~jplabour.validator.ERROR_LIMIT`; all are counted).
    *normalize* writes a cleaned copy of a file or a DataFrame there, with
    jplabour's column names (CSV, or TSV for a ``.tsv`` name, for workbooks
    and DataFrames): a new file, or with *force* a regular file to replace
    (never a link, FIFO or device). *progress* is called with the rows done
    every 65,536 rows.

    Raises UnusableInputError for input that cannot be read at all (and for
    a mapping naming no column), ValueError when *encoding*, *sheet* or
    *normalize* is given with input they do not apply to, or when
    *max_errors* is below 0 or above
    :data:`~jplabour.validator.MAX_ERRORS_CEILING`, and TypeError for an
    argument of the wrong type (naming it), a one-column object (a Series) or
    a lazy one (a LazyFrame).
    """
    _check_arguments(
        rows_or_path,
        table,
        encoding=encoding,
        max_errors=max_errors,
        normalize=normalize,
        progress=progress,
        columns=columns,
        sheet=sheet,
    )
    validation = Validation(
        table, dataset=dataset, max_errors=max_errors, progress=progress, columns=columns
    )
    target = None if normalize is None else Path(normalize)
    if isinstance(rows_or_path, str | os.PathLike):
        path = Path(rows_or_path)
        with field_size_limit(FIELD_LIMIT), without_cyclic_gc():
            _validate_file(validation, path, encoding, target, force, sheet=sheet)
        return validation.report(str(path))
    if encoding is not None or sheet is not None:
        raise ValueError("encoding and sheet apply to a file, not to rows given in Python")
    validation.python_hints = True
    library = frame_kind(rows_or_path)
    if library is not None:
        batch = AtomicBatch()
        with batch, without_cyclic_gc():
            output = _table_output(batch, target, None, force)
            frame = columns_of(rows_or_path)
            if output is None and importlib.util.find_spec("numpy") is not None:
                _check_columnar(validation, frame)
            else:
                _check_frame(validation, frame, output)
            if output is not None:
                output.finish()
        return validation.report(
            "<Arrow table>" if library == "arrow" else f"<{library} DataFrame>"
        )
    if target is not None:
        raise ValueError("normalize applies to a file or a DataFrame, not to rows given in Python")
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
    columns: object,
    sheet: object,
) -> None:
    """TypeError or ValueError, naming the argument, for what validate cannot take."""
    if frame_kind(rows_or_path) is None and (
        isinstance(rows_or_path, bytes | bytearray | Mapping)
        or not isinstance(rows_or_path, str | os.PathLike | Iterable)
    ):
        raise TypeError(
            "validate() argument rows_or_path must be a path or an iterable of mappings "
            f"(or a DataFrame, an Arrow table), not {type(rows_or_path).__name__}"
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
    if columns is not None and not (
        isinstance(columns, Mapping) and all(isinstance(field, str) for field in columns.values())
    ):
        raise TypeError("validate() argument columns must map column names to field names")
    if sheet is not None:
        require_text(sheet, "sheet", "validate")
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


def _validate_file(  # noqa: PLR0913 -- the options of validate that apply to files
    validation: Validation,
    path: Path,
    encoding: str | None,
    target: Path | None,
    force: bool,
    *,
    sheet: str | None,
) -> None:
    if path.is_file():  # what is not a regular file is left to Source, which refuses it unread
        refusal = workbook_refusal(path)
        if refusal is not None:
            raise UnusableInputError(refusal, path=str(path))
        if is_workbook(path):
            batch = AtomicBatch()
            with batch:
                output = _table_output(batch, target, path, force)
                _check_sheet(validation, path, sheet, output)
                if output is not None:
                    output.finish()
            return
    if sheet is not None:
        raise UnusableInputError("--sheet names a sheet of an .xlsx workbook", path=str(path))
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
        f"--normalize wrote no copy: {counted(rows, 'row', grouped=True)} cannot be carried "
        "into it as read, "
        "the first on this line",
        "fix the rows reported as unreadable, too long or not JSON, then run again",
    )


def _table_output(
    batch: AtomicBatch, target: Path | None, source: Path | None, force: bool
) -> Output | None:
    """The cleaned copy of a workbook or a DataFrame: CSV, or TSV for a ``.tsv`` name."""
    if target is None:
        return None
    if target.suffix.lower() in (*WORKBOOK_EXTENSIONS, ".json", ".jsonl"):
        raise UnusableInputError(
            "--normalize writes a workbook's or a DataFrame's copy as CSV or TSV: "
            "name a .csv or .tsv file",
            path=str(target),
        )
    kind = "tsv" if target.suffix.lower() == ".tsv" else "csv"
    return Output(batch, target, source, kind, force)


def _renamed_keys(
    objects: Iterator[tuple[int, Any]], mapping: Mapping[Any, str]
) -> Iterator[tuple[int, Any]]:
    """*objects* with the keys *mapping* names (as written, or folded) renamed to their fields."""
    folded = {key(str(source)): field for source, field in mapping.items()}
    for line, value in objects:
        if isinstance(value, Mapping):
            value = {  # noqa: PLW2901 -- the object as the mapping names its keys
                mapping.get(name) or folded.get(key(str(name)), name): cell
                for name, cell in value.items()
            }
        yield line, value


def _held_back_objects(
    objects: Iterator[tuple[int, Any]], held: HeldRows
) -> Iterator[tuple[int, Any]]:
    """*objects* with their empty mappings held in *held* until a row with a value (or a note) follows.

    A mapping is empty when none of its values has a text: ``{}``, or keys
    whose values are None, NaN or blank. Only their lines are held, so memory
    stays small however many follow each other; released, each is ``{}``
    again, a row of missing values at its line, as a table's empty row is
    (and its cleaned copy an empty object).
    """
    for line, value in objects:
        if isinstance(value, Mapping) and not any(
            cell_text(cell).strip() for cell in value.values()
        ):
            held.hold((line,))
            continue
        if held.runs:
            lines, _ = held.release()
            for empty in lines:
                yield empty, {}
        yield line, value


def _check_objects(
    validation: Validation, objects: Iterator[tuple[int, Any]], output: Output | None
) -> None:
    """Check rows of JSON objects, (line, object or note) in *objects*; their keys name the columns.

    Empty mappings at the end are ignored with one warning, as a table's empty rows are.
    """
    if validation.mapping:
        objects = _renamed_keys(objects, validation.mapping)
    held = HeldRows()
    objects = _held_back_objects(objects, held)
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
    _end(validation, held)
    for name, line in unknown.items():
        validation.add(line, name, "", unknown_column(validation.table, name))


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
    repeating = validation.repeating([name for _, name in columns])
    # The copy needs whole rows: only without one are rows split straight into columns.
    chunks = table.chunks(
        len(header),
        split=output is None,
        repeating=None
        if repeating is None
        else [position for position, name in columns if name in repeating],
    )
    _check_rows(validation, header, columns, chunks, output)


def _check_rows(
    validation: Validation,
    header: list[str],
    columns: list[tuple[int, str]],
    chunks: Iterator[Chunk],
    output: Output | None,
) -> None:
    """Check the chunks of rows after a *header* (read as *columns*); trailing empty rows held back."""
    if output is not None:
        output.header(validation.header)
    getters = [(name, position, operator.itemgetter(position)) for position, name in columns]
    held = HeldRows()
    for chunk in held_back(chunks, len(header), held):
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
    _end(validation, held)


def _end(validation: Validation, held: HeldRows) -> None:
    """Report the empty rows still held at the end of a table (and their formulas never computed)."""
    for line, note in held.notes:
        if note.code == UNSAVED_FORMULA:
            validation.add(line, "", "", note)
    warning = held.warning()
    if warning is not None:
        validation.add(warning[0], "", "", warning[1])


#: How many rows with a value are looked at for a sheet's header (titles above it are skipped).
TITLE_ROWS = 10


def _check_sheet(
    validation: Validation, path: Path, sheet: str | None, output: Output | None
) -> None:
    """Check a workbook's sheet; title rows above its header are skipped with a warning."""
    with Sheet(path, sheet) as read:
        line, header, skipped, rows = _sheet_header(validation, read.rows())
        for above in [at for at in read.formulas if at <= line]:  # the header's, the titles'
            del read.formulas[above]
        if not header:
            raise UnusableInputError(
                f"the sheet {read.name!r} is empty: no header row", path=str(path)
            )
        if skipped:
            shown = ", ".join(repr(" ".join(texts)) for texts in skipped[:2])
            note = Note(
                "title-rows",
                f"{counted(len(skipped), 'row')} above the header at line {line} skipped as "
                f"titles ({shown})",
                "nothing to do if they are titles; otherwise put the header row first",
                error=False,
            )
            validation.add(line - 1, "", "", note)
        chunks = _noting_formulas(numbered_chunks(rows, len(header)), read, header)
        _check_rows(validation, header, validation.read_header(header, line), chunks, output)


#: The code of a formula cell whose value was never saved.
UNSAVED_FORMULA = "formula-no-value"


def _noting_formulas(
    chunks: Iterator[Chunk], sheet: Sheet, header: Sequence[str]
) -> Iterator[Chunk]:
    """*chunks* of a sheet, each with an error per formula cell of its rows that has no saved value.

    openpyxl reads such a cell as empty: the error says why it is, and what to do.
    """
    for chunk in chunks:
        for line in chunk.lines if sheet.formulas else ():
            for position, letter, formula in sheet.formulas.pop(line, ()):
                name = (
                    f" ({header[position]})" if position < len(header) and header[position] else ""
                )
                note = Note(
                    UNSAVED_FORMULA,
                    f"the formula {show(formula)} in column {letter}{name} has no saved value: "
                    "it is read as empty",
                    "open the workbook in Excel or LibreOffice and save it, so that it keeps "
                    "the values of its formulas; or paste the values over the formulas",
                )
                chunk.notes.append((line, note))
        yield chunk


def _sheet_header(
    validation: Validation, rows: Iterator[tuple[int, list[str]]]
) -> tuple[int, list[str], list[list[str]], Iterator[tuple[int, list[str]]]]:
    """A sheet's header: its line, its cells, the title rows above it, and the rows after it.

    Spreadsheets put titles (often merged cells) above the header. The header is
    the first of the first :data:`TITLE_ROWS` rows with a value that names one of
    the table's columns (the mapping applied); failing that, the first with more
    than one value; failing that, the first with a value.
    """
    seen: list[tuple[int, list[str]]] = []
    for line, texts in rows:
        if not texts:
            seen.append((line, texts))
            continue
        if validation.names_a_column(texts):
            return line, texts, [cells for _, cells in seen if cells], rows
        seen.append((line, texts))
        if sum(1 for _, cells in seen if cells) == TITLE_ROWS:
            break
    filled = [index for index, (_, cells) in enumerate(seen) if cells]
    if not filled:
        return 0, [], [], rows
    at = next((index for index in filled if len(seen[index][1]) > 1), filled[0])
    line, header = seen[at]
    titles = [cells for _, cells in seen[:at] if cells]
    return line, header, titles, itertools.chain(seen[at + 1 :], rows)


def _check_frame(validation: Validation, frame: FrameColumns, sink: Output | _Sink | None) -> None:
    """Check a DataFrame's columns a chunk at a time; issues carry the rows' index labels.

    The checked chunks' normalised columns go to *sink*: a cleaned copy, or a function.
    """
    columns = validation.read_header(list(frame.names), 0)
    output = sink if isinstance(sink, Output) else None
    collect = None if sink is None or isinstance(sink, Output) else sink
    if output is not None:
        output.header(validation.header)
    label = frame.label
    if label is not None:
        validation.label_of = lambda line: label(line - 1)
    held = HeldRows()
    for chunk in frame.chunks(CHUNK_ROWS):
        # Empty rows at the end of a chunk are held; those held before a row with a value are rows.
        start = blank_tail(len(chunk), functools.partial(_blank_at, chunk.columns))
        lines = list(range(chunk.start + 1, chunk.start + start + 1))
        texts = [chunk.columns[position][:start] for position, _ in columns]
        before: list[int] = []
        if start and held.runs:
            before, _ = held.release()
            lines[:0] = before
            texts = [[""] * len(before) + column for column in texts]
        held.hold(range(chunk.start + start + 1, chunk.start + len(chunk) + 1))
        if not lines:
            continue
        checked = validation.check_texts(
            {name: column for (_, name), column in zip(columns, texts, strict=True)}, lines
        )
        norms = {name: column.norms for name, column in checked.items()}
        if output is not None:
            rows = [[""] * len(chunk.columns) for _ in before]
            rows += map(list, zip(*(column[:start] for column in chunk.columns), strict=True))
            output.table_rows(rows, [(position, norms[name]) for position, name in columns])
        elif collect is not None:
            collect(Chunk(lines=lines), norms)
    _end(validation, held)


def _check_columnar(validation: Validation, frame: FrameColumns) -> None:
    """Check a frame by its columns' distinct values (:mod:`~jplabour.validator.vectorised`)."""
    columns = validation.read_header(list(frame.names), 0)
    label = frame.label
    if label is not None:
        validation.label_of = lambda line: label(line - 1)
    size = blank_tail(frame.rows, lambda index: blank_row(frame.row(index)))
    check_frame(validation, frame, columns, size)
    held = HeldRows()
    held.hold(range(size + 1, frame.rows + 1))
    _end(validation, held)


def _blank_at(columns: Sequence[Sequence[str]], index: int) -> bool:
    """True when every column's cell at *index* is empty or spaces."""
    return not any(column[index].strip() for column in columns)


def natural_keys(
    data: Any,
    table: str,
    *,
    columns: Mapping[Any, str] | None = None,
    dataset: Dataset | None = None,
) -> Any:
    """The normalised natural key of each row of a DataFrame, as a pandas DataFrame.

    Its columns are *table*'s :data:`~jplabour.validator.NATURAL_KEYS`
    (``id`` for a table without one), read as :func:`validate` reads them
    (names resolved to ids, dates in ISO form, a column the frame lacks as its
    default); its index is *data*'s (positions for polars and Arrow).
    Trailing empty rows are left out. This is the first half of the check for
    duplicate keys across the partitions of a table (docs/validator.md,
    "Past one machine"): repeated keys of the whole are the duplicates.
    """
    import pandas as pd

    fields = NATURAL_KEYS.get(table, ("id",))
    validation = Validation(table, dataset=dataset, max_errors=0, columns=columns)
    validation.python_hints = True
    defaults = {name: validation.specs[name].default or "" for name in fields}
    keys: list[tuple[str, ...]] = []

    def collect(chunk: Chunk, norms: Mapping[str, Sequence[str]]) -> None:
        parts = [norms.get(name) or [defaults[name]] * len(chunk.lines) for name in fields]
        keys.extend(zip(*parts, strict=True))

    _check_frame(validation, columns_of(data), collect)
    index = data.index[: len(keys)] if frame_kind(data) == "pandas" else None
    return pd.DataFrame(keys, columns=list(fields), index=index, dtype="string")
