r"""Validation models and JSON Schemas, derived from the record declarations.

The fields of every table are declared once, as attrs classes with field
metadata in :mod:`jplabour.model`. This module reads them
(:func:`field_shapes`) and derives two things from them independently:

- strict pydantic models (:func:`validation_model`), which
  :func:`record_from_dict` uses to read JSON values back into records;
- draft 2020-12 JSON Schemas (:func:`json_schema`, :func:`document_schema`),
  written to ``schemas/`` together with ``docs/data-dictionary.md`` by
  ``jplabour schema --out schemas --docs docs/data-dictionary.md``.

The input is JSON values: objects are dicts, arrays are lists, and nothing is
coerced (no ``"1"`` for 1, no ``true`` for 1, no ``1`` for ``true``).

Where the JSON Schemas and the models differ
--------------------------------------------
The models and :func:`json_schema_validator` accept and reject the same
inputs, except in one case, which the tests exclude: *integral floats*.
JSON Schema counts ``3.0`` as an integer; the models, being strict, want an
integer and reject the float ``3.0``.

The schemas are portable: every validator gives the same verdict on them.

- Every ``pattern`` is anchored, rejects control characters, and reads the
  same in Python's ``re``, in ECMA-262 (ajv) and in Rust's regex
  (jsonschema-rs); see :data:`~jplabour.model.PATTERN_END`. A partial date's
  pattern checks the calendar, leap years included.
- There is no ``format`` keyword (an annotation in draft 2020-12, asserted by
  some validators and not by others): a URI is checked by its pattern.
- A reference to another table is annotated as ``"$comment": "ref: TABLE"``,
  a keyword that strict validators (ajv ``--strict``) accept.
"""

from __future__ import annotations

import functools
import inspect
import json
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Annotated, Any, Final, TypeVar

import jsonschema
import pydantic

from jplabour._files import check_replaceable, read_capped, write_atomically
from jplabour._version import __version__
from jplabour.fields import FieldShape, field_shapes, is_enum, is_record, item_constraints
from jplabour.model import PARTIAL_DATE_PATTERN, TABLES, Dataset, PartialDate, describe
from jplabour.schema_vocabulary import DRAFT, vocabulary_schemas
from jplabour.serialize import DATASET_NAME

__all__ = [
    "DOCUMENT",
    "DRAFT",
    "REF_PREFIX",
    "REGENERATE",
    "SCHEMA_VERSION",
    "RecordValidationError",
    "data_dictionary",
    "document_schema",
    "is_data_dictionary",
    "is_schema_file",
    "json_schema",
    "json_schema_validator",
    "record_from_dict",
    "schema_files",
    "schema_id",
    "schema_text",
    "stale_files",
    "validation_model",
    "write_schemas",
]

_R = TypeVar("_R")

#: The schema version in the ``$id``s: the package's MAJOR.MINOR, which a change of fields bumps.
SCHEMA_VERSION: Final = ".".join(__version__.split(".")[:2])
#: The name of the document schema, beside the table names.
DOCUMENT: Final = "document"
#: The command that regenerates the committed files, for messages and the dictionary.
REGENERATE: Final = "jplabour schema --out schemas --docs docs/data-dictionary.md"

#: How a schema annotates a reference to another table: ``"$comment": "ref: TABLE"``.
REF_PREFIX: Final = "ref: "
_MODELS: Final[dict[type[Any], type[pydantic.BaseModel]]] = {}

# Run-time type expressions for create_model; typed Any so that they take variables.
_ANNOTATED: Any = Annotated
_LITERAL: Any = typing.Literal


# --------------------------------------------------------------------------- pydantic models


class RecordValidationError(ValueError):
    """A dict that is not a valid record; :attr:`problems` holds (field path, message) pairs."""

    def __init__(self, record_type: type[Any], problems: list[tuple[str, str]]) -> None:
        self.record_type = record_type
        self.problems = problems
        super().__init__(f"invalid {record_type.__name__}: " + "; ".join(self.lines()))

    def lines(self) -> list[str]:
        """One ``path: message`` line per problem."""
        return [f"{path}: {message}" for path, message in self.problems]


def _path(loc: Iterable[int | str]) -> str:
    """A pydantic error location as ``citations[0].quote``."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else part
    return text or "(record)"


def _string_check(constraints: Mapping[str, Any]) -> Callable[[str], str]:
    """The checks of a string beyond its type and length: pattern, partial date."""
    pattern = constraints.get("pattern")
    compiled = re.compile(pattern) if pattern is not None else None

    def check(value: str) -> str:
        if compiled is not None and compiled.search(value) is None:
            raise ValueError(f"does not match the pattern {pattern}")
        if constraints.get("partial_date"):
            PartialDate.parse(value)
        return value

    return check


def _pydantic_scalar(scalar: type[Any], constraints: Mapping[str, Any]) -> Any:
    """The pydantic type of one value."""
    if is_record(scalar):
        return validation_model(scalar)
    if is_enum(scalar):
        return _LITERAL[tuple(member.value for member in scalar)]
    if "enum" in constraints:
        return _LITERAL[tuple(constraints["enum"])]
    if scalar is bool:
        return pydantic.StrictBool
    if scalar is int:
        return _ANNOTATED[pydantic.StrictInt, pydantic.Field(ge=constraints.get("minimum"))]
    if scalar is PartialDate:
        constraints = {**constraints, "pattern": PARTIAL_DATE_PATTERN, "partial_date": True}
    return _ANNOTATED[
        pydantic.StrictStr,
        pydantic.Field(min_length=constraints.get("min_length")),
        pydantic.AfterValidator(_string_check(constraints)),
    ]


def _pydantic_field(shape: FieldShape) -> tuple[Any, Any]:
    """The (annotation, FieldInfo) of a field for ``pydantic.create_model``."""
    annotation = _pydantic_scalar(shape.scalar, item_constraints(shape))
    options: dict[str, Any] = {"description": shape.description}
    if shape.array:
        annotation = types.GenericAlias(list, (annotation,))
        options["min_length"] = shape.constraints.get("min_items")
    if shape.nullable:
        annotation = annotation | None
    if isinstance(shape.default, list):
        options["default_factory"] = functools.partial(list, shape.default)
    elif not shape.required:
        options["default"] = shape.default
    return annotation, pydantic.Field(**options)


def validation_model(record_type: type[Any]) -> type[pydantic.BaseModel]:
    """The strict pydantic model of *record_type*'s JSON form (cached)."""
    if record_type not in _MODELS:
        fields: dict[str, Any] = {s.name: _pydantic_field(s) for s in field_shapes(record_type)}
        _MODELS[record_type] = pydantic.create_model(
            record_type.__name__,
            __config__=pydantic.ConfigDict(extra="forbid", strict=True),
            __doc__=inspect.getdoc(record_type),
            **fields,
        )
    return _MODELS[record_type]


def _build(record_type: type[_R], values: Mapping[str, Any]) -> _R:
    """A record from validated JSON values."""
    kwargs = {}
    for shape in field_shapes(record_type):
        value = values[shape.name]
        if value is not None and (is_record(shape.scalar) or is_enum(shape.scalar)):
            convert: Callable[[Any], Any] = (
                functools.partial(_build, shape.scalar) if is_record(shape.scalar) else shape.scalar
            )
            value = [convert(item) for item in value] if shape.array else convert(value)
        kwargs[shape.name] = value
    return record_type(**kwargs)


def record_from_dict(record_type: type[_R], data: Mapping[str, Any]) -> _R:
    """Validate *data* (JSON values) and build the *record_type* record.

    Raises:
        RecordValidationError: with one (field path, message) pair per problem.
    """
    try:
        validated = validation_model(record_type).model_validate(
            dict(data) if isinstance(data, Mapping) else data
        )
    except pydantic.ValidationError as error:
        problems = [(_path(e["loc"]), e["msg"]) for e in error.errors(include_url=False)]
        raise RecordValidationError(record_type, problems) from None
    return _build(record_type, validated.model_dump())


# --------------------------------------------------------------------------- JSON Schemas


#: How the ``$id`` of every schema of jplabour begins.
_ID_PREFIX: Final = "urn:jplabour:schema:"


def schema_id(name: str) -> str:
    """The ``$id`` of the schema of table *name* (or of the ``document``)."""
    return f"{_ID_PREFIX}{SCHEMA_VERSION}:{name}"


def _json_scalar(
    scalar: type[Any], constraints: Mapping[str, Any], defs: dict[str, Any]
) -> dict[str, Any]:
    """The JSON Schema of one value; nested record types go into *defs*."""
    if is_record(scalar):
        defs.setdefault(scalar.__name__, _object_schema(scalar, defs))
        return {"$ref": f"#/$defs/{scalar.__name__}"}
    if is_enum(scalar):
        return {"type": "string", "enum": [member.value for member in scalar]}
    if scalar is bool:
        return {"type": "boolean"}
    if scalar is int:
        return {"type": "integer"} | (
            {"minimum": constraints["minimum"]} if "minimum" in constraints else {}
        )
    if scalar is PartialDate:
        return {"type": "string", "pattern": PARTIAL_DATE_PATTERN}
    keywords = {
        "enum": "enum",
        "min_length": "minLength",
        "pattern": "pattern",
    }
    return {"type": "string"} | {
        keyword: constraints[key] for key, keyword in keywords.items() if key in constraints
    }


def _json_property(shape: FieldShape, defs: dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema of a field, with its description, default and reference."""
    schema = _json_scalar(shape.scalar, item_constraints(shape), defs)
    if shape.array:
        schema = {"type": "array", "items": schema}
        if "min_items" in shape.constraints:
            schema["minItems"] = shape.constraints["min_items"]
    if shape.nullable:
        schema["type"] = [schema["type"], "null"]
        if "enum" in schema:
            schema["enum"] = [*schema["enum"], None]
    schema["description"] = shape.description
    if not shape.required:
        schema["default"] = shape.default
    if shape.ref is not None:
        schema["$comment"] = REF_PREFIX + shape.ref
    return schema


def _object_schema(record_type: type[Any], defs: dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema of one record of *record_type*, without ``$schema``/``$id``."""
    shapes = field_shapes(record_type)
    return {
        "title": record_type.__name__,
        "description": inspect.getdoc(record_type) or record_type.__name__,
        "type": "object",
        "properties": {shape.name: _json_property(shape, defs) for shape in shapes},
        "required": [shape.name for shape in shapes if shape.required],
        "additionalProperties": False,
    }


def _with_header(name: str, schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    header = {"$schema": DRAFT, "$id": schema_id(name)}
    return header | schema | ({"$defs": dict(sorted(defs.items()))} if defs else {})


def json_schema(table_name: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one record of the table *table_name*."""
    if table_name not in TABLES:
        raise KeyError(f"no table {table_name!r}; tables: {', '.join(TABLES)}")
    defs: dict[str, Any] = {}
    return _with_header(table_name, _object_schema(TABLES[table_name], defs), defs)


def document_schema() -> dict[str, Any]:
    """The JSON Schema of the export document (see :mod:`jplabour.serialize`)."""
    defs: dict[str, Any] = {}
    table_descriptions = describe(Dataset)
    tables = {
        name: {
            "type": "array",
            "description": table_descriptions[name],
            "items": _json_scalar(record_type, {}, defs),
        }
        for name, record_type in TABLES.items()
    }
    properties = {
        "dataset": {"const": DATASET_NAME, "description": f"Always {DATASET_NAME!r}."},
        "version": {"type": "string", "minLength": 1, "description": "The package version."},
        "data_version": {
            "type": "string",
            "minLength": 1,
            "description": "The version of the data.",
        },
        "tables": {
            "type": "object",
            "description": "Table name -> records, in export order.",
            "properties": tables,
            "required": list(TABLES),
            "additionalProperties": False,
        },
    }
    schema = {
        "title": "jplabour export document",
        "description": "The whole dataset: every table as an array of records.",
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }
    return _with_header(DOCUMENT, schema, defs)


@functools.cache
def json_schema_validator(name: str) -> Any:
    """A draft 2020-12 validator of table *name*'s records, or of the ``document``.

    It is a plain ``jsonschema.Draft202012Validator``: the schemas need no
    extension to give the verdict of the models (but for the case in the
    module documentation), of jsonschema-rs and of ajv.
    """
    schema = document_schema() if name == DOCUMENT else json_schema(name)
    return jsonschema.Draft202012Validator(schema)


# --------------------------------------------------------------------------- files


def schema_text(schema: Mapping[str, Any]) -> str:
    """A schema as the text of its file: sorted, indented JSON ending in a newline."""
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def schema_files() -> dict[str, str]:
    """File name -> text of every schema file: one per table, the document's, and the vocabulary's."""
    schemas = {name: json_schema(name) for name in TABLES} | {DOCUMENT: document_schema()}
    schemas |= vocabulary_schemas()  # jplabour.schema_vocabulary: org-id, partial-date, ...
    return {f"{name}.schema.json": schema_text(schema) for name, schema in schemas.items()}


def is_schema_file(content: bytes) -> bool:
    """True when *content* is a schema file jplabour wrote (its ``$id`` is one of ours)."""
    try:
        schema = json.loads(content)
    except (ValueError, RecursionError):
        return False
    return isinstance(schema, dict) and str(schema.get("$id", "")).startswith(_ID_PREFIX)


def write_schemas(out_dir: Path, *, force: bool = False) -> list[Path]:
    """Write :func:`schema_files` into *out_dir* (created if need be); return the paths.

    Written atomically, all or none, and only over schema files jplabour wrote
    (or, with *force*, over other regular files): see docs/file-safety.md.
    """
    files = [(out_dir / name, text.encode("utf-8")) for name, text in schema_files().items()]
    for target, _ in files:
        check_replaceable(target, recognise=is_schema_file, force=force)
    out_dir.mkdir(parents=True, exist_ok=True)
    return write_atomically(files, recognise=is_schema_file, force=force)


def _md(text: str) -> str:
    """*text* for a Markdown table cell."""
    return " ".join(str(text).split()).replace("|", r"\|")


def _type_text(schema: Mapping[str, Any]) -> str:
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[1]
    kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    words = [f"array of {_type_text(schema['items'])}" if k == "array" else k for k in kinds]
    return " or ".join(words)


def _constraints_text(schema: Mapping[str, Any]) -> list[str]:
    texts = []
    if schema.get("pattern") == PARTIAL_DATE_PATTERN:
        texts.append("partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a date of the calendar")
    elif "pattern" in schema:
        texts.append(f"pattern `{schema['pattern']}`")
    if "enum" in schema:
        texts.append("one of " + ", ".join(f"`{json.dumps(v)}`" for v in schema["enum"]))
    texts += [
        f"{label} {schema[key]}"
        for key, label in (
            ("minLength", "min length"),
            ("minItems", "min items"),
            ("minimum", "minimum"),
        )
        if key in schema
    ]
    if "items" in schema:
        texts += [f"each item: {text}" for text in _constraints_text(schema["items"])]
    if str(schema.get("$comment", "")).startswith(REF_PREFIX):
        texts.append(f"an id in `{schema['$comment'].removeprefix(REF_PREFIX)}`")
    if "default" in schema:
        texts.append(f"default `{json.dumps(schema['default'], ensure_ascii=False)}`")
    return texts


def _table_section(heading: str, schema: Mapping[str, Any]) -> list[str]:
    lines = [
        f"## {heading}",
        "",
        _md(schema["description"]),
        "",
        "| field | type | required | description | constraints |",
        "|---|---|---|---|---|",
    ]
    required = set(schema["required"])
    for name, prop in schema["properties"].items():
        cells = [
            f"`{name}`",
            _type_text(prop),
            "yes" if name in required else "no",
            _md(prop["description"]),
            _md("; ".join(_constraints_text(prop))),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


#: How the data dictionary begins: ``--docs`` replaces only a file that begins so (or is empty).
#: The largest file ``--check`` compares (a generated file is far smaller).
_MAX_COMPARED: Final = 16 * 2**20
_DICTIONARY_HEAD: Final = "# Data dictionary\n\n<!-- Generated from the JSON Schemas"


def data_dictionary() -> str:
    """The data dictionary in Markdown, rendered from the JSON Schemas."""
    lines = [
        f"{_DICTIONARY_HEAD} by `{REGENERATE}`. Do not edit. -->",
        "",
        "One section per table of the export, in export order, then the types the",
        "tables share. The JSON Schema of each table is `schemas/TABLE.schema.json`;",
        "the whole export document's is `schemas/document.schema.json`.",
        "",
    ]
    shared: dict[str, Any] = {}
    for name in TABLES:
        schema = json_schema(name)
        shared |= schema.get("$defs", {})
        lines += _table_section(f"`{name}` ({schema['title']})", schema)
    for name, schema in sorted(shared.items()):
        lines += _table_section(name, schema)
    return "\n".join(lines)


def stale_files(expected: Mapping[Path, str], out_dir: Path | None) -> list[str]:
    """``path: reason`` for each expected file that is missing or differs, and each extra schema."""
    problems = []
    for path, text in expected.items():
        if not path.exists():
            problems.append(f"{path}: missing")
        elif read_capped(path, _MAX_COMPARED, what="a generated file") != text.encode("utf-8"):
            problems.append(f"{path}: differs from the generated schema")
    if out_dir is not None and out_dir.is_dir():
        problems += [
            f"{path}: not generated (a table that no longer exists?)"
            for path in sorted(out_dir.glob("*.schema.json"))
            if path not in expected
        ]
    return problems


def is_data_dictionary(content: bytes) -> bool:
    """True when *content* is a data dictionary jplabour wrote (it opens with our header)."""
    return content.startswith(_DICTIONARY_HEAD.encode())
