"""How the record classes declare their fields, and what those declarations say.

Every field of every table is declared once, in its record class, through the
helpers here: its description and its value constraints go into the attrs
metadata, from which the pydantic models, the JSON Schemas, the CSV headers
and the Frictionless table schemas are derived (see :mod:`jplabour.fields`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

import attrs

from jplabour.model.patterns import ID_PATTERN

__all__ = [
    "date_metadata",
    "describe",
    "id_field",
    "name_field",
    "name_fields",
    "names_field",
    "optional",
    "record_names",
    "required",
    "texts_field",
    "to_texts",
    "to_tuple",
]

_T = TypeVar("_T")


def to_texts(values: Iterable[str]) -> tuple[str, ...]:
    """Converter of required list-of-text fields: any iterable, stored as a tuple."""
    return tuple(values)


def to_tuple(values: Iterable[_T]) -> tuple[_T, ...]:
    """Converter of the other tuple fields.

    A Python function rather than the builtin ``tuple``: attrs reads each
    converter's signature, which for a builtin means parsing its text
    signature, a large share of the cost of ``import jplabour``.
    """
    return tuple(values)


def required(description: str, **constraints: Any) -> Any:
    """A required field with its data-dictionary description and value constraints."""
    return attrs.field(metadata={"description": description, **constraints})


def id_field(description: str) -> Any:
    """The record's id: a required, stable slug."""
    return required(description, pattern=ID_PATTERN)


def optional(description: str, **constraints: Any) -> Any:
    """A field that defaults to None: the source does not say."""
    return attrs.field(default=None, metadata={"description": description, **constraints})


def name_field(description: str, **constraints: Any) -> Any:
    """An optional name of the record: a name field, which a reference may back."""
    return attrs.field(
        default=None, metadata={"description": description, "name": True, **constraints}
    )


def names_field(description: str, **constraints: Any) -> Any:
    """A list of names of the record, empty when none is known; a reference may back them."""
    return attrs.field(
        default=(),
        converter=to_tuple,
        metadata={"description": description, "name": True, **constraints},
    )


def texts_field(description: str, **constraints: Any) -> Any:
    """A list of strings, stored as a tuple; empty when the source gives none."""
    return attrs.field(
        default=(), converter=to_tuple, metadata={"description": description, **constraints}
    )


def date_metadata(description: str) -> dict[str, Any]:
    """Metadata of a date field.

    The field itself is spelt out in each class body, with a named converter,
    so that type checkers see that strings are accepted.
    """
    return {"description": description, "partial_date": True}


def name_fields(record_type: type[Any]) -> tuple[str, ...]:
    """The fields of *record_type* that hold its names, in declaration order.

    A ``reference`` source may back these fields and no others.
    """
    return tuple(f.name for f in attrs.fields(record_type) if f.metadata.get("name"))


def record_names(record: Any) -> frozenset[str]:
    """Every name *record* holds in its name fields (none for a table without names)."""
    found: set[str] = set()
    for field in name_fields(type(record)):
        value = getattr(record, field)
        found.update(value if isinstance(value, tuple) else (value,) if value else ())
    return frozenset(found)


def describe(record_type: type[Any]) -> Mapping[str, str]:
    """The description of each field of an attrs class, in declaration order.

    ``describe(Dataset)`` gives each table's description.
    """
    return {f.name: f.metadata["description"] for f in attrs.fields(record_type)}
