"""Reading a dataset back from any export format of ``jplabour export``.

:func:`load_dataset` takes a JSON export document, a directory of CSV files
(with or without ``datapackage.json``), a ``datapackage.json``, or a directory
of JSON Lines files. Every record is validated by
:func:`jplabour.schema.record_from_dict`; the records that pass make up the
:class:`~jplabour.model.Dataset`, and each record that does not becomes one or
more :class:`Problem`. Input that cannot be read as a dataset at all raises
:class:`~jplabour.errors.UnusableInputError` with a one-line message.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Final

import attrs

from jplabour._files import read_capped, resolve_inside
from jplabour.csv_codec import DATAPACKAGE_FILE, EXCEL_BOM, ColumnKind, column_kind, decode_cell
from jplabour.csv_limits import field_size_limit
from jplabour.errors import UnusableInputError, escape_unprintable
from jplabour.fields import field_shapes
from jplabour.model import TABLES, Dataset
from jplabour.plural import counted
from jplabour.serialize import DATASET_NAME
from jplabour.strict_json import StrictJSON

__all__ = ["MAX_FILE_BYTES", "MAX_LINE_CHARS", "LoadResult", "Problem", "load_dataset"]

#: The largest file read (the whole curated dataset is well under a megabyte).
MAX_FILE_BYTES: Final = 64 * 1024 * 1024
#: The longest line of a JSON Lines file, and the longest CSV cell, in characters.
MAX_LINE_CHARS: Final = 1024 * 1024
#: The keys of a JSON export document (see :func:`jplabour.serialize.dataset_to_document`).
_DOCUMENT_KEYS: Final = frozenset({"dataset", "version", "data_version", "tables"})
_TABLE_LIST: Final = ", ".join(TABLES)


@attrs.frozen
class Problem:
    """A record that could not be built, and why: one per field in error."""

    #: The table the record belongs to.
    table: str
    #: The position of the record in its table, from 0.
    index: int
    #: The record's ``id``, when it has a string one.
    record_id: str | None
    #: The file the record was read from.
    file: str
    #: The line the record starts on, where the format has lines (CSV, JSON Lines).
    line: int | None
    #: The field in error as a path (``citations[0].quote``), or None for the whole record.
    field: str | None
    message: str

    def one_line(self) -> str:
        """``FILE:LINE: TABLE[INDEX] (ID): FIELD: message``, leaving out what is unknown."""
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        record_id = f" ({escape_unprintable(self.record_id)})" if self.record_id else ""
        field = escape_unprintable(self.field) if self.field else None
        message = escape_unprintable(" ".join(self.message.split()))
        parts = [
            escape_unprintable(where),
            f"{self.table}[{self.index}]{record_id}",
            field,
            message,
        ]
        return ": ".join(part for part in parts if part)


@attrs.frozen
class LoadResult:
    """A dataset read from a file: every valid record, and the problems of the others."""

    #: The records that were valid, in file order.
    dataset: Dataset
    #: One entry per field in error of each record left out.
    problems: tuple[Problem, ...]
    #: The path that was read.
    path: str
    #: The export format found: ``json``, ``jsonl``, ``csv`` or ``datapackage``.
    format: str

    @property
    def ok(self) -> bool:
        """True when every record was valid."""
        return not self.problems


@attrs.frozen
class _Raw:
    """One record as read, before validation."""

    table: str
    index: int
    file: str
    line: int | None
    data: Mapping[str, Any]
    #: Cells that could not be decoded: (field, message).
    errors: tuple[tuple[str, str], ...] = ()


# --- Reading files -----------------------------------------------------------


def _line_at(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _read_text(path: Path, *, allow_nul: bool = False, keep_bom: bool = False) -> str:
    """The text of a UTF-8 file (a BOM is allowed), refusing binary and oversized files.

    The BOM is dropped, unless *keep_bom*: it marks a spreadsheet-safe CSV file.

    A NUL byte marks a binary file, except in CSV, where a text may hold U+0000
    (JSON escapes it).
    """
    # A regular file only (never a FIFO or a device), capped on the bytes read.
    data = read_capped(path, MAX_FILE_BYTES, what="a jplabour export")
    nul = -1 if allow_nul else data.find(b"\0")
    if nul >= 0:
        raise UnusableInputError(
            "binary data (a NUL byte), not text", path=str(path), line=_line_at(data, nul)
        )
    try:
        return data.decode("utf-8" if keep_bom else "utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnusableInputError(
            "not UTF-8 text", path=str(path), line=_line_at(data, error.start)
        ) from None


def _parse_json(text: str, path: Path, line: int | None = None) -> Any:
    """*text* as JSON; *line* is the line of *text* in its file, if it is one line of it."""
    try:
        value, flaw = StrictJSON().decode(text)
    except RecursionError:
        raise UnusableInputError("JSON nested too deeply", path=str(path), line=line) from None
    except json.JSONDecodeError as error:
        where = error.lineno if line is None else line
        raise UnusableInputError(
            f"not JSON: {error.msg} (column {error.colno})", path=str(path), line=where
        ) from None
    except ValueError as error:
        raise UnusableInputError(f"not JSON: {error}", path=str(path), line=line) from None
    if flaw is not None:
        raise UnusableInputError(f"not JSON: {flaw}", path=str(path), line=line)
    return value


def _table_of(path: Path) -> str:
    """The table a table file holds, by its name."""
    if path.stem not in TABLES:
        raise UnusableInputError(
            f"not a jplabour table: {path.stem!r}; tables: {_TABLE_LIST}", path=str(path)
        )
    return path.stem


def _read_jsonl(path: Path, table: str) -> Iterator[_Raw]:
    """The records of one JSON Lines table file, one object per line; blank lines are skipped."""
    index = 0
    for number, line in enumerate(_read_text(path).split("\n"), start=1):
        if len(line) > MAX_LINE_CHARS:
            raise UnusableInputError(
                f"line longer than {MAX_LINE_CHARS:,} characters", path=str(path), line=number
            )
        if not line.strip():
            continue
        data = _parse_json(line, path, number)
        if not isinstance(data, dict):
            raise UnusableInputError(
                f"a record is a JSON object, not {_json_type(data)}", path=str(path), line=number
            )
        yield _Raw(table, index, str(path), number, data)
        index += 1


def _check_header(header: list[str], expected: list[str], path: Path) -> None:
    """Refuse a CSV header that does not name each field of the table exactly once."""
    duplicates = sorted({name for name in header if header.count(name) > 1})
    missing = [name for name in expected if name not in header]
    unknown = [name for name in header if name not in expected]
    faults = [
        f"{label} {', '.join(map(repr, names))}"
        for label, names in (("duplicate", duplicates), ("missing", missing), ("unknown", unknown))
        if names
    ]
    if faults:
        raise UnusableInputError(
            f"wrong header ({'; '.join(faults)}); expected: {','.join(expected)}",
            path=str(path),
            line=1,
        )


def _read_csv(path: Path, table: str) -> list[_Raw]:
    """The records of one CSV table file, decoded as :mod:`jplabour.export` encodes them (:mod:`jplabour.csv_codec`)."""
    kinds = {shape.name: column_kind(shape) for shape in field_shapes(TABLES[table])}
    text = _read_text(path, allow_nul=True, keep_bom=True)
    excel = text.startswith(EXCEL_BOM)
    text = text.removeprefix(EXCEL_BOM)
    if not text:
        raise UnusableInputError("empty file: no header row", path=str(path))
    # The limit is process-wide: the file is parsed whole inside the block, so that it is
    # restored before the records are validated. No cell is longer than the file, so the
    # csv module's own limit never applies; ours (MAX_LINE_CHARS) does.
    with field_size_limit(MAX_FILE_BYTES):
        return list(_csv_records(text, path, table, kinds, excel=excel))


def _csv_records(
    text: str, path: Path, table: str, kinds: Mapping[str, ColumnKind], *, excel: bool
) -> Iterator[_Raw]:
    """The records of the CSV *text*, with line numbers; errors as UnusableInputError."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
        _check_header(header, list(kinds), path)
        start, index = reader.line_num + 1, 0
        for row in reader:
            line, start = start, reader.line_num + 1
            if not row:
                continue
            if max(map(len, row)) > MAX_LINE_CHARS:
                raise UnusableInputError(
                    f"a cell longer than {MAX_LINE_CHARS:,} characters", path=str(path), line=line
                )
            data, errors = _decode_row(header, row, kinds, excel=excel)
            yield _Raw(table, index, str(path), line, data, errors)
            index += 1
    except csv.Error as error:
        raise UnusableInputError(
            f"not CSV: {error}", path=str(path), line=reader.line_num or None
        ) from None


def _decode(kind: ColumnKind, cell: str, *, excel: bool) -> tuple[Any, str | None]:
    """The value of a cell, or the reason it has none."""
    try:
        return decode_cell(kind, cell, excel=excel), None
    except ValueError as error:
        return None, str(error)


def _decode_row(
    header: list[str], row: list[str], kinds: Mapping[str, ColumnKind], *, excel: bool
) -> tuple[dict[str, Any], tuple[tuple[str, str], ...]]:
    """One CSV row as the record's JSON values, and the cells that do not decode."""
    if len(row) != len(header):
        error = ("", f"the row has {counted(len(row), 'cell')}, the header {len(header)}")
        return dict(zip(header, row, strict=False)), (error,)
    data: dict[str, Any] = {}
    errors = []
    for name, cell in zip(header, row, strict=True):
        data[name], reason = _decode(kinds[name], cell, excel=excel)
        if reason is not None:
            errors.append((name, reason))
    return data, tuple(errors)


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    return names.get(type(value), "a number")


# --- The formats -------------------------------------------------------------


def _document_tables(path: Path, document: Any) -> dict[str, Any]:
    """The ``tables`` object of a JSON export document, after checking the document's shape."""
    if not isinstance(document, dict):
        raise UnusableInputError(
            f"the top level is {_json_type(document)}, not a jplabour export document (an object)",
            path=str(path),
        )
    for key in document:
        if key not in _DOCUMENT_KEYS:
            raise UnusableInputError(
                "not a key of a jplabour export document",
                path=str(path),
                field=escape_unprintable(key),
            )
    if document.get("dataset", DATASET_NAME) != DATASET_NAME:
        raise UnusableInputError(
            f"not a jplabour export (dataset is {document['dataset']!r})",
            path=str(path),
            field="dataset",
        )
    tables = document.get("tables")
    if not isinstance(tables, dict):
        found = "missing" if tables is None else f"{_json_type(tables)}, not an object"
        raise UnusableInputError(found, path=str(path), field="tables")
    return tables


def _read_document(path: Path, document: Any) -> Iterator[_Raw]:
    """The records of a JSON export document."""
    for table, records in _document_tables(path, document).items():
        field = f"tables.{escape_unprintable(table)}"
        if table not in TABLES:
            raise UnusableInputError(
                f"not a jplabour table; tables: {_TABLE_LIST}", path=str(path), field=field
            )
        if not isinstance(records, list):
            raise UnusableInputError(
                f"a table is an array, not {_json_type(records)}", path=str(path), field=field
            )
        for index, data in enumerate(records):
            if not isinstance(data, dict):
                raise UnusableInputError(
                    f"a record is an object, not {_json_type(data)}",
                    path=str(path),
                    field=f"{field}[{index}]",
                )
            yield _Raw(table, index, str(path), None, data)


def _resource_file(descriptor: Path, resource: Any, position: int) -> tuple[str, Path]:
    """The table and the local CSV file of one data package resource."""
    field = f"resources[{position}]"
    if not isinstance(resource, dict):
        raise UnusableInputError("a resource is an object", path=str(descriptor), field=field)
    name, relative = resource.get("name"), resource.get("path")
    if not isinstance(name, str) or name not in TABLES:
        raise UnusableInputError(
            f"not a jplabour table: {name!r}; tables: {_TABLE_LIST}",
            path=str(descriptor),
            field=f"{field}.name",
        )
    # Links are followed and the result must stay inside: "//etc/passwd", a linked
    # file or a linked folder cannot lead a resource outside the package.
    return name, resolve_inside(
        descriptor.parent,
        relative if isinstance(relative, str) else "/",
        descriptor=str(descriptor),
        field=f"{field}.path",
    )


def _read_datapackage(path: Path, descriptor: Any) -> Iterator[_Raw]:
    """The records of the CSV files a ``datapackage.json`` lists."""
    resources = descriptor.get("resources") if isinstance(descriptor, dict) else None
    if not isinstance(resources, list):
        raise UnusableInputError(
            "a data package descriptor has a list of resources", path=str(path), field="resources"
        )
    seen: set[str] = set()
    for position, resource in enumerate(resources):
        table, file = _resource_file(path, resource, position)
        if table in seen:
            raise UnusableInputError(
                f"table {table} is listed twice", path=str(path), field=f"resources[{position}]"
            )
        seen.add(table)
        yield from _read_csv(file, table)


def _read_directory(path: Path) -> tuple[str, Iterator[_Raw]]:
    """The format and the records of a directory of table files."""
    if (path / DATAPACKAGE_FILE).is_file():
        descriptor = path / DATAPACKAGE_FILE
        return "datapackage", _read_datapackage(
            descriptor, _parse_json(_read_text(descriptor), descriptor)
        )
    visible = [p for p in sorted(path.iterdir()) if not p.name.startswith(".")]
    csvs = [p for p in visible if p.suffix == ".csv"]
    jsonls = [p for p in visible if p.suffix == ".jsonl"]
    if csvs and jsonls:
        raise UnusableInputError(
            "holds both CSV and JSON Lines files; give a directory of one export", path=str(path)
        )
    if not csvs and not jsonls:
        raise UnusableInputError(
            f"holds no {DATAPACKAGE_FILE}, *.csv or *.jsonl files of a jplabour export",
            path=str(path),
        )
    files = [
        (resolve_inside(path, p.name, descriptor=str(path), field=p.name), _table_of(p))
        for p in csvs or jsonls
    ]
    if csvs:
        return "csv", (raw for file, table in files for raw in _read_csv(file, table))
    return "jsonl", (raw for file, table in files for raw in _read_jsonl(file, table))


def _read_any(path: Path) -> tuple[str, Iterator[_Raw]]:
    """The format and the records of *path*."""
    if path.is_dir():
        return _read_directory(path)
    if not path.exists():
        raise UnusableInputError("no such file or directory", path=str(path))
    if path.suffix in (".csv", ".jsonl"):
        raise UnusableInputError(
            "holds one table; give the directory that holds the export", path=str(path)
        )
    text = _read_text(path)
    if not text.strip():
        raise UnusableInputError("empty file, not a jplabour export", path=str(path))
    document = _parse_json(text, path)
    if path.name == DATAPACKAGE_FILE or (isinstance(document, dict) and "resources" in document):
        return "datapackage", _read_datapackage(path, document)
    return "json", _read_document(path, document)


# --- Building records ----------------------------------------------------------


def _build(raw: _Raw) -> tuple[Any, list[Problem]]:
    """The record of *raw*, or the problems that keep it from being built."""
    from jplabour.schema import RecordValidationError, record_from_dict

    record_id = raw.data.get("id")
    problem = functools.partial(
        Problem,
        raw.table,
        raw.index,
        record_id if isinstance(record_id, str) and record_id else None,
        raw.file,
        raw.line,
    )
    if raw.errors:
        return None, [problem(field or None, message) for field, message in raw.errors]
    try:
        return record_from_dict(TABLES[raw.table], raw.data), []
    except RecordValidationError as error:
        return None, [problem(field, message) for field, message in error.problems]
    except RecursionError:
        return None, [problem(None, "the record is nested too deeply")]


def load_dataset(path: str | os.PathLike[str]) -> LoadResult:
    """Read a dataset from any export of ``jplabour export``.

    *path* is a JSON export document, a ``datapackage.json``, or a directory
    holding a ``datapackage.json``, CSV table files or JSON Lines table files.
    A table whose file is missing is empty.

    Raises:
        UnusableInputError: the input cannot be read as a dataset at all.
    """
    location = Path(path)
    fmt, raws = _read_any(location)
    records: dict[str, Any] = {table: [] for table in TABLES}
    problems: list[Problem] = []
    for raw in raws:
        record, record_problems = _build(raw)
        if record is None:
            problems.extend(record_problems)
        else:
            records[raw.table].append(record)
    return LoadResult(
        dataset=Dataset(**records),
        problems=tuple(problems),
        path=str(location),
        format=fmt,
    )
