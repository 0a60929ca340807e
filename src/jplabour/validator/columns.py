"""The columns of a downstream table, derived from the model's fields."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs

from jplabour.fields import FieldShape, field_shapes, is_enum
from jplabour.formats import email as email_format
from jplabour.formats import phone as phone_format
from jplabour.formats import postal_code as postal_format
from jplabour.formats import slug as slug_format
from jplabour.formats import url as url_format
from jplabour.frames import LIST_SEPARATOR
from jplabour.model import ID_PATTERN, TABLES, URI_PATTERN, Organization
from jplabour.vocabulary import key as fold_word

__all__ = [
    "ALSO_REQUIRED",
    "DEFAULTS",
    "FORMATS",
    "LIST_SEPARATOR",
    "PATTERN_KINDS",
    "PROVENANCE_FIELDS",
    "ColumnSpec",
    "column_specs",
    "fold_word",
    "required_columns",
]

#: Fields that record where a fact comes from, not the fact: optional downstream.
#: ``id`` is not generated when missing (an id is a curated, stable slug);
#: rows without one are told apart by their line numbers and natural keys.
PROVENANCE_FIELDS: Final = ("id", "citations")
#: Optional model fields a downstream file must nevertheless have: a count
#: without a date says nothing a series can use.
ALSO_REQUIRED: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType({"memberships": ("as_of",)})
#: Required model fields a downstream file may leave out (or leave empty), and
#: the value assumed then.
DEFAULTS: Final[Mapping[str, Mapping[str, str]]] = MappingProxyType(
    {"memberships": MappingProxyType({"unit": "persons"})}
)


@attrs.frozen
class ColumnSpec:
    """How one column of a table is read downstream."""

    name: str
    kind: str
    required: bool
    many: bool
    default: str | None
    metadata: Mapping[str, Any]
    choices: tuple[str, ...] = ()


def column_specs(table: str) -> dict[str, ColumnSpec]:
    """The columns of *table* and how each is read, from its fields' shapes (:mod:`jplabour.fields`)."""
    defaults = DEFAULTS.get(table, {})
    specs = {}
    for shape in field_shapes(TABLES[table]):
        metadata = dict(shape.constraints) | ({"ref": shape.ref} if shape.ref else {})
        kind, choices = _kind(shape.name, shape.scalar, metadata)
        default = defaults.get(shape.name, _default_text(shape))
        required = (
            shape.required and shape.name not in PROVENANCE_FIELDS and shape.name not in defaults
        ) or shape.name in ALSO_REQUIRED.get(table, ())
        specs[shape.name] = ColumnSpec(
            shape.name, kind, required, shape.array, default, MappingProxyType(metadata), choices
        )
    return specs


def _default_text(shape: FieldShape) -> str | None:
    """The text of a field's enum or boolean default: what an empty cell means."""
    if shape.array or shape.default is None:
        return None
    if shape.scalar is bool:
        return "true" if shape.default else "false"
    return str(shape.default) if is_enum(shape.scalar) else None


def _kind(name: str, item: Any, metadata: Mapping[str, Any]) -> tuple[str, tuple[str, ...]]:  # noqa: PLR0911 -- one return per kind of column
    """The kind of checker a field needs, and its closed vocabulary if any."""
    if name == "citations":
        return "text", ()
    if metadata.get("ref") == "organizations":
        return "organization", ()
    if metadata.get("ref"):
        return "reference", ()
    if metadata.get("partial_date"):
        return "date", ()
    if item is bool:
        return "bool", ()
    if item is int:
        return "int", ()
    if is_enum(item):
        return "enum", tuple(member.value for member in item)
    if "enum" in metadata:
        return "enum", tuple(metadata["enum"])
    return PATTERN_KINDS.get(metadata.get("pattern", ""), "text"), ()


#: The format module that normalises the values of a model pattern; each gives
#: only text that matches its pattern (tests/test_formats.py checks it).
PATTERN_KINDS: Final = {
    ID_PATTERN: "slug",
    attrs.fields(Organization).phone.metadata["pattern"]: "phone",
    attrs.fields(Organization).postal_code.metadata["pattern"]: "postal_code",
    attrs.fields(Organization).email.metadata["pattern"]: "email",
    URI_PATTERN: "url",
}
#: The validating function of each format kind: text in, normalised text out.
FORMATS: Final[Mapping[str, Callable[[str], str]]] = {
    "slug": slug_format.validate,
    "phone": phone_format.validate,
    "postal_code": postal_format.validate,
    "email": email_format.validate,
    "url": url_format.validate,
}


def required_columns(table: str) -> tuple[str, ...]:
    """The columns a downstream file of *table* must have.

    They are the fields without a default in :mod:`jplabour.model`, except
    :data:`PROVENANCE_FIELDS` and the fields :data:`DEFAULTS` supplies, plus
    :data:`ALSO_REQUIRED`.
    """
    return tuple(name for name, spec in column_specs(table).items() if spec.required)
