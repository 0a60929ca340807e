"""Hypothesis strategies for jplabour, derived from the model's field metadata.

Nothing here lists a record's fields: every strategy reads the field shapes
that :func:`jplabour.fields.field_shapes` derives from :mod:`jplabour.model`,
so a field added to the model is generated without a change here.

Sections:

- *Values*: one value of a field (partial dates, formats, strings, ...).
- *Records*: one strategy per record type, as JSON dicts
  (:func:`record_dicts`) or as records (:func:`records`); :data:`TABLE_DICTS`
  holds the dict strategy of every table.
- *Mutations*: JSON dicts near a valid one, mostly invalid
  (:func:`mutated_record_dicts`), for tests that compare validators.
"""

from __future__ import annotations

import functools
from typing import Any

from hypothesis import strategies as st

from jplabour.fields import FieldShape, field_shapes, is_enum, item_constraints
from jplabour.model import TABLES, Dataset, PartialDate
from jplabour.schema import record_from_dict

__all__ = [
    "JUNK",
    "TABLE_DICTS",
    "datasets",
    "field_values",
    "mutated_record_dicts",
    "partial_dates",
    "record_dicts",
    "records",
]

# --------------------------------------------------------------------------- values


def partial_dates() -> st.SearchStrategy[str]:
    """Calendar-valid partial dates: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    return st.builds(
        lambda day, size: day.isoformat()[:size], st.dates(), st.sampled_from([4, 7, 10])
    )


#: Valid strings of each ``format`` the metadata uses.
FORMATS: dict[str, st.SearchStrategy[str]] = {
    "uri": st.from_regex(
        r"https?://[a-z0-9]+(?:\.[a-z0-9]+)*(?:/[A-Za-z0-9._~-]*)*", fullmatch=True
    ),
}


def _strings(constraints: dict[str, Any]) -> st.SearchStrategy[str]:
    """Valid strings with *constraints*: an enum, a format, a pattern, a length."""
    if "enum" in constraints:
        return st.sampled_from(constraints["enum"])
    if "format" in constraints:
        return FORMATS[constraints["format"]]
    strings = st.text(max_size=6)
    if "pattern" in constraints:
        # fullmatch makes the anchors redundant, and generation is faster without them.
        pattern = constraints["pattern"]
        if pattern.startswith("^") and pattern.endswith("$") and not pattern.endswith("\\$"):
            pattern = pattern[1:-1]
        strings = st.from_regex(pattern, fullmatch=True)
    return strings.filter(lambda s: len(s) >= constraints.get("min_length", 0))


def _scalar_values(scalar: type[Any], constraints: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Valid JSON values of one scalar with *constraints*."""
    if scalar is PartialDate:
        return partial_dates()
    if is_enum(scalar):
        return st.sampled_from([member.value for member in scalar])
    if scalar is bool:
        return st.booleans()
    if scalar is int:
        return st.integers(min_value=constraints.get("minimum"))
    return _strings(constraints) if scalar is str else record_dicts(scalar)


def field_values(shape: FieldShape) -> st.SearchStrategy[Any]:
    """Valid JSON values of the field *shape*: arrays, nulls and nested records included."""
    values = _scalar_values(shape.scalar, item_constraints(shape))
    if shape.array:
        min_size = shape.constraints.get("min_items", 0)
        values = st.lists(values, min_size=min_size, max_size=min_size + 1)
    return st.none() | values if shape.nullable else values


# --------------------------------------------------------------------------- records


_RECORD_DICTS: dict[type[Any], st.SearchStrategy[dict[str, Any]]] = {}


def record_dicts(record_type: type[Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Valid JSON dicts of *record_type*: every required field, any optional ones (cached)."""
    if record_type not in _RECORD_DICTS:
        shapes = field_shapes(record_type)
        _RECORD_DICTS[record_type] = st.fixed_dictionaries(
            {shape.name: field_values(shape) for shape in shapes if shape.required},
            optional={shape.name: field_values(shape) for shape in shapes if not shape.required},
        )
    return _RECORD_DICTS[record_type]


def records(record_type: type[Any]) -> st.SearchStrategy[Any]:
    """Valid records of *record_type*, built from :func:`record_dicts`."""
    return record_dicts(record_type).map(functools.partial(record_from_dict, record_type))


#: Table name -> the strategy of its valid JSON dicts.
TABLE_DICTS: dict[str, st.SearchStrategy[dict[str, Any]]] = {
    name: record_dicts(record_type) for name, record_type in TABLES.items()
}

# --------------------------------------------------------------------------- mutations

#: JSON values that break one rule or another wherever they land.
JUNK: st.SearchStrategy[Any] = st.one_of(
    st.sampled_from(
        [
            None,
            True,
            False,
            0,
            1,
            -1,
            3.0,
            -0.5,
            "",
            "1",
            "x",
            "RENGO",
            "rengo\n",
            "a--b",
            "-a",
            "1989-13",
            "1989-00",
            "2019-02-30",
            "2019-02-29",
            "2020-02-29",
            "0000",
            "1989\n",
            "19890",
            "not a uri",
            "https://example.test/a b",
            [],
            [""],
            [{}],
            {},
        ]
    ),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=8),
)


def _near_values(shape: FieldShape) -> st.SearchStrategy[Any]:
    """Values close to a valid one of the field *shape*, typically just invalid."""
    scalar = shape.scalar
    near: st.SearchStrategy[Any]
    if scalar is PartialDate:
        # Dates that match the pattern but are no calendar dates (2019-02-30, year 0000),
        # and strings of the right form that do not match it (1989-13).
        near = st.builds(
            "{:04d}-{:02d}-{:02d}".format,
            st.integers(0, 9999),
            st.integers(1, 12),
            st.integers(28, 31),
        ) | st.from_regex(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?", fullmatch=True)
    elif scalar is int:
        near = st.sampled_from([True, False, 3.0, -0.0, 1.5, "1", -1, 0]) | st.integers(-3, 3)
    elif scalar is bool:
        near = st.sampled_from([0, 1, "true", "false"])
    elif is_enum(scalar):
        near = st.sampled_from([member.value for member in scalar]).map(str.upper)
    elif scalar is str:
        valid = _scalar_values(scalar, item_constraints(shape))
        near = st.one_of(valid.map(lambda s: s + "\n"), valid.map(str.upper), st.just(""), valid)
    else:
        near = record_dicts(scalar).flatmap(functools.partial(_mutated_record, scalar))
    if shape.array:
        near = st.lists(near, max_size=2) | near
    return near | JUNK


@st.composite
def _mutated_record(draw: st.DrawFn, record_type: type[Any], value: dict[str, Any]) -> Any:
    """*value* with one change: a field dropped, an unknown one added, or a value replaced."""
    shapes = {shape.name: shape for shape in field_shapes(record_type)}
    changed = dict(value)
    name = draw(st.sampled_from(sorted(shapes)))
    action = draw(st.sampled_from(["drop", "add", "replace", "replace", "replace"]))
    if action == "drop":
        changed.pop(name, None)
    elif action == "add":
        changed[draw(st.text(min_size=1, max_size=8).filter(lambda k: k not in shapes))] = draw(
            JUNK
        )
    else:
        changed[name] = draw(_near_values(shapes[name]))
    return changed


def mutated_record_dicts(record_type: type[Any]) -> st.SearchStrategy[dict[str, Any]]:
    """JSON dicts one change away from a valid *record_type* dict; mostly invalid."""
    return record_dicts(record_type).flatmap(functools.partial(_mutated_record, record_type))


# --------------------------------------------------------------------------- datasets


def datasets(table: str) -> st.SearchStrategy[Dataset]:
    """Datasets of one to three generated valid records in *table* (no referential integrity).

    One table at a time: a dataset with every table filled exceeds Hypothesis's input size.
    """
    return st.lists(records(TABLES[table]), min_size=1, max_size=3).map(
        lambda found: Dataset(**{table: found})
    )
