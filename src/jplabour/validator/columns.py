"""The columns of a downstream table, derived from the model's fields."""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs

from jplabour.formats import email as email_format
from jplabour.formats import phone as phone_format
from jplabour.formats import postal_code as postal_format
from jplabour.formats import slug as slug_format
from jplabour.formats import url as url_format
from jplabour.frames import LIST_SEPARATOR
from jplabour.model import ID_PATTERN, TABLES, Organization
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
    """The columns of *table* and how each is read, from the record type's fields."""
    record_type = TABLES[table]
    hints = typing.get_type_hints(record_type)
    defaults = DEFAULTS.get(table, {})
    specs = {}
    for field in attrs.fields(record_type):
        base = hints[field.name]
        if typing.get_origin(base) in (typing.Union, types.UnionType):
            base = next(arg for arg in typing.get_args(base) if arg is not type(None))
        many = typing.get_origin(base) is tuple
        item = typing.get_args(base)[0] if many else base
        kind, choices = _kind(field.name, item, field.metadata)
        default = defaults.get(field.name, _model_default(field.default))
        required = (
            field.default is attrs.NOTHING
            and field.name not in PROVENANCE_FIELDS
            and field.name not in defaults
        ) or field.name in ALSO_REQUIRED.get(table, ())
        specs[field.name] = ColumnSpec(
            field.name, kind, required, many, default, field.metadata, choices
        )
    return specs


def _model_default(default: Any) -> str | None:
    """The text of a model field's enum or boolean default: what an empty cell means."""
    if isinstance(default, enum.Enum) and default is not attrs.NOTHING:
        return str(default.value)
    if isinstance(default, bool):
        return "true" if default else "false"
    return None


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
    if isinstance(item, type) and issubclass(item, enum.Enum):
        return "enum", tuple(member.value for member in item)
    if "enum" in metadata:
        return "enum", tuple(metadata["enum"])
    if metadata.get("format") == "uri":
        return "url", ()
    return PATTERN_KINDS.get(metadata.get("pattern", ""), "text"), ()


#: The format module that normalises the values of a model pattern; each gives
#: only text that matches its pattern (tests/test_formats.py checks it).
PATTERN_KINDS: Final = {
    ID_PATTERN: "slug",
    attrs.fields(Organization).phone.metadata["pattern"]: "phone",
    attrs.fields(Organization).postal_code.metadata["pattern"]: "postal_code",
    attrs.fields(Organization).email.metadata["pattern"]: "email",
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
