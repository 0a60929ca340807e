"""``jplabour export``: the dataset as JSON, JSON Lines, CSV or a Frictionless data package.

CSV is plain RFC 4180 by default, which data tools (pandas, polars, duckdb,
frictionless) read without losing a value. ``--excel`` writes the
spreadsheet-safe form instead: a UTF-8 byte order mark, and a leading quote on
each text a spreadsheet would run as a formula.

Every format is derived from :mod:`jplabour.model`: the tables and their order
from :class:`~jplabour.model.Dataset`, the columns from each record type's
attrs fields, their Table Schema types and constraints from the field types
and metadata. Nothing here lists fields by hand. The CSV cell encoding is
documented in ``docs/exports.md``; :mod:`jplabour.load` reads every format back.

Files are written by :mod:`jplabour._files`: atomically (each to a temporary
file in its target directory, all moved into place once every file of the
export has been written), and never over a file that is not a previous export
of the same file, unless ``--force`` (docs/file-safety.md).
"""

from __future__ import annotations

import csv
import io
import json
import re
import typing
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final, Literal

import attrs

from jplabour._files import AtomicBatch, check_replaceable
from jplabour.about import AUTHORS, CODE_LICENSE, DOCS_URL, REPOSITORY_URL
from jplabour.csv_codec import (
    DATAPACKAGE_FILE,
    EXCEL_BOM,
    ColumnKind,
    column_kind,
    decode_cell,
    encode_cell,
)
from jplabour.data_version import DATA_VERSION
from jplabour.errors import UnusableInputError
from jplabour.fields import FieldShape, field_shapes, primary_key
from jplabour.model import (
    PARTIAL_DATE_PATTERN,
    PATTERN_END,
    TABLES,
    Dataset,
    describe,
)
from jplabour.serialize import DATASET_NAME, dataset_to_document, table_to_rows

if typing.TYPE_CHECKING:
    import pandas as pd
    import polars as pl


# The CSV cell codec is defined in jplabour.csv_codec, which jplabour.load shares;
# it stays importable from here, where it was first documented.
__all__ = [
    "DATAPACKAGE_FILE",
    "EXCEL_BOM",
    "FORMATS",
    "ColumnKind",
    "Format",
    "Output",
    "column_kind",
    "datapackage_descriptor",
    "decode_cell",
    "encode_cell",
    "export",
    "render",
    "tables",
    "to_pandas",
    "to_polars",
    "write_outputs",
    "xsd_pattern",
]

#: A format of ``jplabour export --format``.
Format = Literal["json", "jsonl", "csv", "datapackage"]
#: The formats of ``jplabour export --format``, in the order of :data:`Format`.
FORMATS: Final[tuple[Format, ...]] = typing.get_args(Format)


def _or_embedded(dataset: Dataset | None) -> Dataset:
    """*dataset*, or jplabour's own data when None.

    Imported on first use, not at the top: rendering a dataset of one's own
    needs no embedded data.
    """
    if dataset is not None:
        return dataset
    from jplabour.data import DATASET

    return DATASET


# --- Rendering -------------------------------------------------------------


@attrs.frozen
class Output:
    """One file of an export: its name, its bytes, and how a previous export of it begins."""

    name: str
    content: bytes
    #: An existing file is overwritten only if it is empty or starts with this.
    signature: bytes
    #: For JSON Lines: the keys of a line, in order. An existing file is then
    #: overwritten only if its first line is an object with exactly these keys,
    #: written compactly as the export writes it (a user's own file that merely
    #: begins with ``{"id":`` is not).
    keys: tuple[str, ...] | None = None

    def recognises(self, head: bytes) -> bool:
        """True when *head*, the start of an existing file, is a previous export of this file."""
        if not head.startswith(self.signature):
            return False
        if self.keys is None:
            return True
        first = head.split(b"\n", 1)[0]
        try:
            row = json.loads(first)
        except (ValueError, RecursionError):
            return False
        return (
            isinstance(row, dict)
            and tuple(row) == self.keys
            and _compact(row).encode("utf-8") == first
        )


def _compact(row: Mapping[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _first_lines(content: bytes, count: int) -> bytes:
    return b"".join(content.splitlines(keepends=True)[:count])


def _render_json(dataset: Dataset, name: str) -> list[Output]:
    content = _json_text(dataset_to_document(dataset)).encode("utf-8")
    return [Output(name, content, _first_lines(content, 2))]


def _render_jsonl(dataset: Dataset) -> list[Output]:
    outputs = []
    for table, record_type in TABLES.items():
        lines = [_compact(row) + "\n" for row in table_to_rows(dataset, table)]
        keys = tuple(field.name for field in attrs.fields(record_type))
        signature = f'{{"{keys[0]}":'.encode()
        content = "".join(lines).encode("utf-8")
        outputs.append(Output(f"{table}.jsonl", content, signature, keys))
    return outputs


def _refuse_empty_texts(
    table: str, row: Mapping[str, Any], cols: Sequence[tuple[str, ColumnKind]]
) -> None:
    """Refuse an empty text: in plain CSV it would read back as no value."""
    for name, kind in cols:
        if kind == "string" and row[name] == "":
            raise ValueError(
                f"{table}.csv: {row.get('id')}, field {name}: an empty text, which plain CSV "
                "cannot tell from no value; export JSON, JSON Lines or spreadsheet-safe CSV"
            )


def _render_csv(dataset: Dataset, *, excel: bool = False) -> list[Output]:
    outputs = []
    for table, record_type in TABLES.items():
        cols = [(shape.name, column_kind(shape)) for shape in field_shapes(record_type)]
        buffer = io.StringIO(newline="")
        if excel:
            buffer.write(EXCEL_BOM)
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow([name for name, _ in cols])
        for row in table_to_rows(dataset, table):
            if not excel:
                _refuse_empty_texts(table, row, cols)
            writer.writerow([encode_cell(kind, row[name], excel=excel) for name, kind in cols])
        content = buffer.getvalue().encode("utf-8")
        outputs.append(Output(f"{table}.csv", content, _first_lines(content, 1)))
    return outputs


def _json_cell_description(shape: FieldShape) -> str:
    """What a JSON cell holds, and the references in it that cannot be foreign keys."""
    if attrs.has(shape.scalar):
        items = field_shapes(shape.scalar)
        text = f" A JSON array of objects with the keys {', '.join(i.name for i in items)}."
        refs = [i.ref for i in items]
    else:
        text = ' A JSON array of strings, e.g. ["JAW"]; [] when empty.'
        refs = [shape.ref]
    for ref in filter(None, refs):
        text += (
            f" The ids it holds refer to {ref}; references inside a list cannot be"
            " foreign keys, so `jplabour check` verifies them."
        )
    return text


_ESCAPED_CODE_POINT: Final = re.compile(r"\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})")


def xsd_pattern(pattern: str) -> str:
    r"""A model pattern as a Table Schema pattern: an XML Schema regular expression.

    XML Schema patterns match the whole value, have no anchors, lookaheads,
    non-capturing groups or ``\x``/``\u`` escapes. The model's patterns are
    ``^BODY`` + :data:`~jplabour.model.PATTERN_END` with only such constructs
    in BODY as XML Schema shares, so BODY with its groups made plain and its
    escaped code points written as characters is the same pattern.
    """
    if not (pattern.startswith("^") and pattern.endswith(PATTERN_END)):
        raise ValueError(f"not an anchored model pattern: {pattern!r}")
    body = pattern[1 : -len(PATTERN_END)].replace("(?:", "(")
    return _ESCAPED_CODE_POINT.sub(lambda m: chr(int(m[1] or m[2], 16)), body)


def _string_constraints(shape: FieldShape) -> dict[str, Any]:
    """The constraints of a text field."""
    constraints: dict[str, Any] = {}
    if "min_length" in shape.constraints:
        constraints["minLength"] = shape.constraints["min_length"]
    if "pattern" in shape.constraints:
        constraints["pattern"] = xsd_pattern(shape.constraints["pattern"])
    if "enum" in shape.constraints:
        constraints["enum"] = list(shape.constraints["enum"])
    return constraints


def _table_schema_field(shape: FieldShape) -> dict[str, Any]:
    """The Table Schema field descriptor of a field."""
    kind = column_kind(shape)
    field: dict[str, Any] = {"name": shape.name, "description": shape.description}
    constraints: dict[str, Any] = {} if shape.nullable else {"required": True}
    if kind == "integer":
        field["type"] = "integer"
        if "minimum" in shape.constraints:
            constraints["minimum"] = shape.constraints["minimum"]
    elif kind == "boolean":
        field.update(type="boolean", trueValues=["true"], falseValues=["false"])
    else:
        field.update(type="string", format="default")
    if kind == "date":
        constraints["pattern"] = xsd_pattern(PARTIAL_DATE_PATTERN)
    elif kind == "enum":
        constraints["enum"] = [member.value for member in shape.scalar]
    elif kind in ("list", "objects"):
        field["description"] += _json_cell_description(shape)
    elif kind == "string":
        constraints.update(_string_constraints(shape))
    if constraints:
        field["constraints"] = constraints
    return field


def _table_schema(table: str) -> dict[str, Any]:
    shapes = field_shapes(TABLES[table])
    foreign_keys = [
        {
            "fields": [shape.name],
            "reference": {"resource": shape.ref, "fields": list(primary_key(shape.ref))},
        }
        for shape in shapes
        if shape.ref is not None and not shape.array
    ]
    schema: dict[str, Any] = {
        "fields": [_table_schema_field(shape) for shape in shapes],
        "missingValues": [""],
        "primaryKey": list(primary_key(table)),
    }
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return schema


def datapackage_descriptor(dataset: Dataset | None = None) -> dict[str, Any]:
    """The ``datapackage.json`` descriptor (Data Package v1) of the CSV export."""
    dataset = _or_embedded(dataset)
    table_descriptions = describe(Dataset)
    return {
        "name": DATASET_NAME,
        "profile": "tabular-data-package",
        "title": "jplabour: Japanese labour organisations",
        "description": (
            "A hand-curated dataset of Japanese labour organisations: every fact typed, "
            "dated and cited. The CSV cell encoding is described in docs/exports.md."
        ),
        "version": DATA_VERSION,
        "homepage": DOCS_URL,
        "licenses": [
            {
                "name": CODE_LICENSE,
                "path": f"{REPOSITORY_URL}/blob/main/LICENSE",
                "title": "MIT License: the curated records (these CSV files) and the code",
            },
            {
                "path": f"{REPOSITORY_URL}/blob/main/seeds/README.md",
                "title": "The quotes in the citations columns are short verbatim quotes from "
                "the sources, which remain their publishers' works",
            },
        ],
        "contributors": [{"title": AUTHORS, "role": "author", "path": REPOSITORY_URL}],
        "sources": [
            {"title": s.title, **({"path": s.url} if s.url else {})} for s in dataset.sources
        ],
        "resources": [
            {
                "name": table,
                "path": f"{table}.csv",
                "profile": "tabular-data-resource",
                "description": table_descriptions[table],
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {
                    "delimiter": ",",
                    "doubleQuote": True,
                    "header": True,
                    "lineTerminator": "\r\n",
                    "quoteChar": '"',
                },
                "schema": _table_schema(table),
            }
            for table in TABLES
        ],
    }


def _render_datapackage(dataset: Dataset) -> list[Output]:
    content = _json_text(datapackage_descriptor(dataset)).encode("utf-8")
    descriptor = Output(DATAPACKAGE_FILE, content, _first_lines(content, 2))
    return [*_render_csv(dataset), descriptor]


def render(
    fmt: Format,
    dataset: Dataset | None = None,
    *,
    json_name: str = "jplabour.json",
    excel: bool = False,
) -> list[Output]:
    """The files of an export in *fmt*; the JSON document is named *json_name*.

    CSV is plain RFC 4180, or with *excel* spreadsheet-safe (see the module
    documentation). Plain CSV refuses (ValueError) an empty text, which it
    could not tell from no value.
    """
    dataset = _or_embedded(dataset)
    if excel and fmt != "csv":
        raise ValueError("excel applies to the csv format only")
    if fmt == "json":
        return _render_json(dataset, json_name)
    if fmt == "jsonl":
        return _render_jsonl(dataset)
    if fmt == "csv":
        return _render_csv(dataset, excel=excel)
    if fmt == "datapackage":
        return _render_datapackage(dataset)
    raise ValueError(f"unknown export format {fmt!r}; formats: {', '.join(FORMATS)}")


# --- Writing ---------------------------------------------------------------


def write_outputs(directory: Path, outputs: Sequence[Output], *, force: bool = False) -> list[Path]:
    """Write *outputs* into *directory* atomically and return their paths.

    Every target is checked first: a link, FIFO, device or directory is never
    replaced, and a regular file only when it is a previous export of the same
    file (or empty), or with *force*. The targets are replaced only after all
    of them were written; on an error or a signal no target changes.
    """
    files = [(directory / output.name, output) for output in outputs]
    for target, output in files:
        check_replaceable(target, recognise=output.recognises, force=force)
    directory.mkdir(parents=True, exist_ok=True)
    with AtomicBatch() as batch:
        for target, output in files:
            batch.open(target, recognise=output.recognises, force=force).write(output.content)
    return [target for target, _ in files]


def export(
    fmt: Format,
    out: Path,
    dataset: Dataset | None = None,
    *,
    excel: bool = False,
    force: bool = False,
) -> list[Path]:
    """Export *dataset* (default: the embedded data) in *fmt*; *excel* as in :func:`render`.

    ``json`` goes to the file *out*; the other formats go into the directory
    *out*, one file per table. (``jplabour export`` prints the JSON document
    when no ``--out`` is given: :func:`render` gives its bytes.) *force* lets
    the export replace regular files it did not write (never a link, FIFO or
    device). Returns the paths written.
    """
    if fmt == "json":
        if out.is_dir():
            raise UnusableInputError(
                "--format json writes one file; this is a directory", path=str(out)
            )
        return write_outputs(out.parent, render("json", dataset, json_name=out.name), force=force)
    if out.exists() and not out.is_dir():
        raise UnusableInputError(f"--format {fmt} needs a directory; this is a file", path=str(out))
    return write_outputs(out, render(fmt, dataset, excel=excel), force=force)


# --- Python API ------------------------------------------------------------


def tables(dataset: Dataset | None = None) -> dict[str, list[dict[str, Any]]]:
    """Every table as a list of rows, the rows of the JSON export."""
    dataset = _or_embedded(dataset)
    return {name: table_to_rows(dataset, name) for name in TABLES}


def to_pandas(table: str, dataset: Dataset | None = None) -> pd.DataFrame:
    """One table as a pandas DataFrame: one column per field, nullable integers as ``Int64``.

    Lists stay Python lists; dates are strings. Needs pandas, which jplabour does
    not depend on.
    """
    try:
        import pandas as pd
    except ImportError as error:
        raise ImportError(
            "jplabour.export.to_pandas needs pandas, an optional dependency that is not "
            "installed: pip install 'jplabour[pandas]'"
        ) from error
    dataset = _or_embedded(dataset)
    rows = table_to_rows(dataset, table)
    shapes = field_shapes(TABLES[table])
    frame = pd.DataFrame.from_records(rows, columns=[shape.name for shape in shapes])
    for shape in shapes:
        if column_kind(shape) == "integer":
            frame[shape.name] = frame[shape.name].astype("Int64")
    return frame


def _polars_type(pl: Any, shape: FieldShape) -> Any:
    """The polars data type of the field *shape*."""
    kind = column_kind(shape)
    if kind == "objects":
        fields = {item.name: _polars_type(pl, item) for item in field_shapes(shape.scalar)}
        return pl.List(pl.Struct(fields))
    return {
        "integer": pl.Int64,
        "boolean": pl.Boolean,
        "list": pl.List(pl.String),
    }.get(kind, pl.String)


def to_polars(table: str, dataset: Dataset | None = None) -> pl.DataFrame:
    """One table as a polars DataFrame, typed from the model.

    Integers are ``Int64``, booleans ``Boolean``, lists ``List(String)``,
    citations ``List(Struct)``; dates and vocabulary values are strings.
    ``to_polars(t).to_dicts() == tables()[t]``. Needs polars, which jplabour
    does not depend on.
    """
    try:
        import polars as pl
    except ImportError as error:
        raise ImportError(
            "jplabour.export.to_polars needs polars, an optional dependency that is not "
            "installed: pip install 'jplabour[polars]'"
        ) from error
    dataset = _or_embedded(dataset)
    shapes = field_shapes(TABLES[table])
    schema = {shape.name: _polars_type(pl, shape) for shape in shapes}
    return pl.DataFrame(table_to_rows(dataset, table), schema=schema, orient="row")
