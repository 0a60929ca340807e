"""``jplabour export``: the dataset as JSON, JSON Lines, CSV or a Frictionless data package.

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

import argparse
import csv
import enum
import io
import json
import re
import sys
import typing
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final, Literal

import attrs

from jplabour import formulas
from jplabour._files import AtomicBatch, check_replaceable
from jplabour.data_version import DATA_VERSION
from jplabour.errors import EXIT_OK, UnusableInputError
from jplabour.fields import FieldShape, field_shapes, primary_key
from jplabour.model import PARTIAL_DATE_PATTERN, TABLES, Dataset, PartialDate, describe
from jplabour.serialize import DATASET_NAME, dataset_to_document, table_to_rows

if typing.TYPE_CHECKING:
    import pandas as pd


__all__ = [
    "DATAPACKAGE_FILE",
    "FORMATS",
    "ColumnKind",
    "Format",
    "Output",
    "column_kind",
    "configure_parser",
    "datapackage_descriptor",
    "decode_cell",
    "encode_cell",
    "export",
    "render",
    "run_command",
    "tables",
    "to_pandas",
    "write_outputs",
]

#: A format of ``jplabour export --format``.
Format = Literal["json", "jsonl", "csv", "datapackage"]
#: The formats of ``jplabour export --format``, in the order of :data:`Format`.
FORMATS: Final[tuple[Format, ...]] = typing.get_args(Format)

#: The descriptor file of the data package format.
DATAPACKAGE_FILE: Final = "datapackage.json"

#: How a column is held in a CSV cell (see docs/exports.md).
ColumnKind = Literal["string", "integer", "boolean", "date", "enum", "list", "objects"]

# A text that is empty, or formula-like, gets one more leading quote in CSV
# (jplabour.formulas); a cell of that form loses one on load.
_MARK: Final = formulas.MARK
_MARK_TRIGGER: Final = formulas.TRIGGER
_INTEGER: Final = re.compile(r"-?[0-9]+")
_SCALAR_KINDS: Final[Mapping[type[Any], ColumnKind]] = {
    bool: "boolean",
    int: "integer",
    str: "string",
    PartialDate: "date",
}
_CSV_BOOLEANS: Final = {"true": True, "false": False}


def column_kind(shape: FieldShape) -> ColumnKind:
    """How the field *shape* is held in a CSV cell."""
    if shape.array:
        return "objects" if attrs.has(shape.scalar) else "list"
    if isinstance(shape.scalar, type) and issubclass(shape.scalar, enum.Enum):
        return "enum"
    return _SCALAR_KINDS[shape.scalar]


def _or_embedded(dataset: Dataset | None) -> Dataset:
    """*dataset*, or jplabour's own data when None.

    Imported here, not at the top: reading a user's file with the CSV cell
    codec (:mod:`jplabour.load`) must not build the embedded data.
    """
    if dataset is not None:
        return dataset
    from jplabour.data import DATASET

    return DATASET


# --- CSV cells -------------------------------------------------------------


def encode_cell(kind: ColumnKind, value: Any) -> str:
    """One JSON-ready value (as in :func:`jplabour.serialize.record_to_dict`) as a CSV cell."""
    if value is None:
        return ""
    if kind in ("list", "objects"):
        return json.dumps(value, ensure_ascii=False)
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "string":
        return formulas.neutralize(value)
    return str(value)


def decode_cell(kind: ColumnKind, cell: str) -> Any:
    """A CSV cell as the JSON-ready value it encodes.

    A cell that does not decode (``"x"`` in an integer column) is returned as it
    is, for validation to report; a JSON cell that is not JSON raises ValueError.
    """
    if cell == "":
        return None
    if kind == "string":
        return formulas.restore(cell)
    if kind == "integer":
        return int(cell) if _INTEGER.fullmatch(cell) else cell
    if kind == "boolean":
        return _CSV_BOOLEANS.get(cell, cell)
    if kind in ("list", "objects"):
        try:
            return json.loads(cell)
        except RecursionError:
            raise ValueError("the JSON in the cell is nested too deeply") from None
        except ValueError as error:
            raise ValueError(f"the cell does not hold JSON: {error}") from None
    return cell


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


def _render_csv(dataset: Dataset) -> list[Output]:
    outputs = []
    for table, record_type in TABLES.items():
        cols = [(shape.name, column_kind(shape)) for shape in field_shapes(record_type)]
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow([name for name, _ in cols])
        for row in table_to_rows(dataset, table):
            writer.writerow([encode_cell(kind, row[name]) for name, kind in cols])
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


def _anchored_body(pattern: str) -> str:
    """A search pattern (as the models use) as a full-match pattern without anchors.

    Table Schema patterns match the whole cell, as if wrapped in ``^...$``.
    """
    body = pattern[1:] if pattern.startswith("^") else ".*" + pattern
    return body[:-1] if body.endswith("$") else body + ".*"


def _string_constraints(shape: FieldShape) -> dict[str, Any]:
    """The constraints of a text field, as they apply to its (neutralised) cells."""
    constraints: dict[str, Any] = {}
    if "min_length" in shape.constraints:
        constraints["minLength"] = shape.constraints["min_length"]
    if "pattern" in shape.constraints:
        # The cell carries the leading quote of a neutralised text, if any.
        constraints["pattern"] = (
            f"(?:{_MARK}(?={_MARK_TRIGGER})|(?!{_MARK_TRIGGER}))"
            f"(?:{_anchored_body(shape.constraints['pattern'])})"
        )
    if "enum" in shape.constraints:
        constraints["enum"] = [formulas.neutralize(value) for value in shape.constraints["enum"]]
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
        constraints["pattern"] = _anchored_body(PARTIAL_DATE_PATTERN)
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
    fmt: Format, dataset: Dataset | None = None, *, json_name: str = "jplabour.json"
) -> list[Output]:
    """The files of an export in *fmt*; the JSON document is named *json_name*."""
    dataset = _or_embedded(dataset)
    if fmt == "json":
        return _render_json(dataset, json_name)
    if fmt == "jsonl":
        return _render_jsonl(dataset)
    if fmt == "csv":
        return _render_csv(dataset)
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
    fmt: Format, out: Path | None, dataset: Dataset | None = None, *, force: bool = False
) -> list[Path]:
    """Export *dataset* (default: the embedded data) in *fmt*.

    ``json`` goes to the file *out*, or to standard output when *out* is None;
    the other formats need *out*, the directory to write their files into.
    *force* lets the export replace regular files it did not write (never a
    link, FIFO or device). Returns the paths written.
    """
    if fmt == "json":
        if out is None:
            (output,) = render("json", dataset)
            sys.stdout.flush()
            stream = getattr(sys.stdout, "buffer", None)
            if stream is None:
                sys.stdout.write(output.content.decode("utf-8"))
            else:
                stream.write(output.content)
                stream.flush()
            return []
        if out.is_dir():
            raise UnusableInputError(
                "--format json writes one file; this is a directory", path=str(out)
            )
        return write_outputs(out.parent, render("json", dataset, json_name=out.name), force=force)
    if out is None:
        raise UnusableInputError(f"--format {fmt} writes one file per table: give --out DIRECTORY")
    if out.exists() and not out.is_dir():
        raise UnusableInputError(f"--format {fmt} needs a directory; this is a file", path=str(out))
    return write_outputs(out, render(fmt, dataset), force=force)


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
            "installed: pip install pandas"
        ) from error
    dataset = _or_embedded(dataset)
    rows = table_to_rows(dataset, table)
    shapes = field_shapes(TABLES[table])
    frame = pd.DataFrame.from_records(rows, columns=[shape.name for shape in shapes])
    for shape in shapes:
        if column_kind(shape) == "integer":
            frame[shape.name] = frame[shape.name].astype("Int64")
    return frame


# --- Command line ----------------------------------------------------------


def configure_parser(parser: argparse.ArgumentParser) -> None:
    """``export --format json|jsonl|csv|datapackage [--out PATH]``."""
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="json",
        help="json (one document, the default), jsonl or csv (one file per table), "
        "datapackage (the CSV files and a Frictionless datapackage.json)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="PATH",
        help="the file for json (default: standard output); the directory for the others",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace regular files that are not a previous export (never a link, FIFO or device)",
    )


def run_command(args: argparse.Namespace) -> int:
    """Write the export; report the files written on standard error."""
    written = export(args.format, args.out, force=args.force)
    if written:
        where = written[0] if len(written) == 1 else written[0].parent
        sys.stderr.write(f"jplabour export: wrote {len(written)} file(s) to {where}\n")
    return EXIT_OK
