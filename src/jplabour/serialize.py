"""Records as plain JSON-ready values: the export contract.

``jplabour export --format json`` prints :func:`dataset_to_document`:
``{"dataset": "jplabour", "version": ..., "data_version": ..., "tables": {...}}``
with the table and field names of :mod:`jplabour.model`, partial dates as
``"1989"``/``"1989-11"``/``"1989-11-21"``, enums as their values, and
citations as lists of ``{"source_id": ..., "quote": ...}``. Every field is
present in every record, ``null`` where the source does not say.

Reading documents back (with validation) lives in :mod:`jplabour.schema`,
which needs pydantic; this module needs only attrs.
"""

from __future__ import annotations

import enum
from typing import Any, Final

import attrs

from jplabour._version import __version__
from jplabour.data_version import DATA_VERSION
from jplabour.model import TABLES, Dataset, PartialDate

__all__ = ["DATASET_NAME", "dataset_to_document", "json_value", "record_to_dict", "table_to_rows"]

#: The value of the document's ``dataset`` key.
DATASET_NAME: Final = "jplabour"


def json_value(value: Any) -> Any:
    """A field value or default as JSON: dates, enums as strings; tuples as lists; records as dicts."""
    if isinstance(value, PartialDate):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return [json_value(item) for item in value]
    if attrs.has(type(value)):
        return record_to_dict(value)
    return value


def record_to_dict(record: Any) -> dict[str, Any]:
    """A record as a dict of JSON values, every field present, in declaration order."""
    return {f.name: json_value(getattr(record, f.name)) for f in attrs.fields(type(record))}


def table_to_rows(dataset: Dataset, table: str) -> list[dict[str, Any]]:
    """The records of one table as a list of dicts."""
    return [record_to_dict(record) for record in dataset.table(table)]


def dataset_to_document(dataset: Dataset) -> dict[str, Any]:
    """The whole dataset as the JSON export document."""
    return {
        "dataset": DATASET_NAME,
        "version": __version__,
        "data_version": DATA_VERSION,
        "tables": {name: table_to_rows(dataset, name) for name in TABLES},
    }
