"""Field introspection: what each record field holds, read once from the model's declarations.

Every field is declared once, in :mod:`jplabour.model`, with its type and
metadata. This module reads those declarations into :class:`FieldShape` s,
and everything else derives from them: the JSON Schemas and validation
models (:mod:`jplabour.schema`), the CSV column kinds
(:mod:`jplabour.export`), the validator's columns
(:mod:`jplabour.validator.columns`) and the test strategies
(``tests/strategies.py``). It needs attrs and typing only: no pydantic.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs

from jplabour.model import TABLES, Dataset, PartialDate
from jplabour.serialize import json_value

__all__ = [
    "ARRAY_CONSTRAINTS",
    "CONSTRAINTS",
    "FieldShape",
    "field_constraints",
    "field_shapes",
    "is_enum",
    "is_record",
    "item_constraints",
    "primary_key",
]


#: Metadata keys that constrain a value; ``description`` and ``ref`` only annotate it.
CONSTRAINTS: Final = frozenset(
    {"pattern", "min_length", "min_items", "minimum", "enum", "format", "partial_date"}
)
#: Constraints of an array field that apply to the array, not to its items.
ARRAY_CONSTRAINTS: Final = frozenset({"min_items"})


@attrs.frozen
class FieldShape:
    """What one record field holds, read from its type hint and metadata."""

    #: The field name.
    name: str
    #: The data-dictionary description.
    description: str
    #: The type of one value: str, int, bool, PartialDate, an Enum or an attrs record type.
    scalar: type[Any]
    #: True for a tuple field, a JSON array of *scalar*.
    array: bool
    #: True when the value may be null.
    nullable: bool
    #: True when the field must be given (it has no default, or an invalid one).
    required: bool
    #: The default as a JSON value (None when required or defaulting to null).
    default: Any
    #: The value constraints (see :func:`field_constraints`).
    constraints: Mapping[str, Any]
    #: The table a reference field refers to, or None.
    ref: str | None


def field_constraints(field: attrs.Attribute[Any]) -> dict[str, Any]:
    """The value constraints of *field*: its own, plus those of the ``id`` it refers to.

    A reference (metadata ``ref``) must be a valid id of the table it names, so
    it takes the constraints of that table's ``id`` field.
    """
    target = field.metadata.get("ref")
    inherited = {}
    if target is not None:
        id_field = attrs.fields_dict(TABLES[target])["id"]
        inherited = {k: v for k, v in id_field.metadata.items() if k in CONSTRAINTS}
    own = {k: v for k, v in field.metadata.items() if k in CONSTRAINTS}
    unknown = set(field.metadata) - CONSTRAINTS - {"description", "ref"}
    if unknown:
        raise TypeError(f"field {field.name}: unknown metadata {sorted(unknown)}")
    return {**inherited, **own}


_SHAPES: Final[dict[type[Any], tuple[FieldShape, ...]]] = {}


def field_shapes(record_type: type[Any]) -> tuple[FieldShape, ...]:
    """The shapes of the fields of *record_type*, in declaration order (cached)."""
    if record_type in _SHAPES:
        return _SHAPES[record_type]
    hints = typing.get_type_hints(record_type)
    shapes = []
    for field in attrs.fields(record_type):
        hint, nullable = hints[field.name], False
        args = typing.get_args(hint)
        if typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in args:
            (hint,) = (arg for arg in args if arg is not type(None))
            nullable = True
        array = typing.get_origin(hint) is tuple
        if array:
            hint = typing.get_args(hint)[0]
        if not (hint in (str, int, bool, PartialDate) or is_enum(hint) or is_record(hint)):
            raise TypeError(f"{record_type.__name__}.{field.name}: unsupported type {hint!r}")
        # A field is required when it has no default, or when its default would
        # break its own min_items (an empty tuple where two ids are needed).
        required = field.default is attrs.NOTHING or (
            array and len(field.default) < field.metadata.get("min_items", 0)
        )
        shapes.append(
            FieldShape(
                name=field.name,
                description=field.metadata["description"],
                scalar=hint,
                array=array,
                nullable=nullable,
                required=required,
                default=None if required else json_value(field.default),
                constraints=MappingProxyType(field_constraints(field)),
                ref=field.metadata.get("ref"),
            )
        )
    _SHAPES[record_type] = tuple(shapes)
    return _SHAPES[record_type]


def is_enum(hint: Any) -> bool:
    """An Enum type (a closed vocabulary)."""
    return isinstance(hint, type) and issubclass(hint, enum.Enum)


def is_record(hint: Any) -> bool:
    """An attrs record type (a PartialDate is a value, not a record)."""
    return hint is not PartialDate and attrs.has(hint)


def item_constraints(shape: FieldShape) -> dict[str, Any]:
    """The constraints of one value (of the field, or of each item of an array field)."""
    return {k: v for k, v in shape.constraints.items() if k not in ARRAY_CONSTRAINTS}


def primary_key(table: str) -> tuple[str, ...]:
    """The primary key fields of *table*, from the Dataset's table metadata."""
    key: tuple[str, ...] = attrs.fields_dict(Dataset)[table].metadata["primary_key"]
    return key
