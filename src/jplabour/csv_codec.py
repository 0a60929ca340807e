"""The CSV cells of jplabour's exports, shared by the writer and the reader.

:mod:`jplabour.export` writes these cells and :mod:`jplabour.load` reads them
back; both import them from here, so that reading a user's file loads neither
the export machinery nor the embedded data. The cell encoding is documented in
``docs/exports.md``.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Mapping
from typing import Any, Final, Literal

import attrs

from jplabour.fields import FieldShape
from jplabour.formulas import neutralize, restore
from jplabour.model import PartialDate

__all__ = [
    "DATAPACKAGE_FILE",
    "EXCEL_BOM",
    "ColumnKind",
    "column_kind",
    "decode_cell",
    "encode_cell",
]

#: The descriptor file of the data package format (the CSV files plus this file).
DATAPACKAGE_FILE: Final = "datapackage.json"
#: What begins a spreadsheet-safe CSV file, and tells the loader to strip the quotes.
EXCEL_BOM: Final = "\ufeff"

#: How a column is held in a CSV cell (see docs/exports.md).
ColumnKind = Literal["string", "integer", "boolean", "date", "enum", "list", "objects"]

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


# In the spreadsheet-safe CSV (--excel), a text that is empty, or formula-like,
# gets one more leading quote (jplabour.formulas, shared with validate
# --normalize); a cell of that form loses one on load.


def encode_cell(kind: ColumnKind, value: Any, *, excel: bool = False) -> str:
    """One JSON-ready value (as in :func:`jplabour.serialize.record_to_dict`) as a CSV cell.

    With *excel*, a text a spreadsheet would read as a formula gets a leading quote.
    """
    if value is None:
        return ""
    if kind in ("list", "objects"):
        return json.dumps(value, ensure_ascii=False)
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "string":
        return neutralize(value) if excel else str(value)
    return str(value)


def decode_cell(kind: ColumnKind, cell: str, *, excel: bool = False) -> Any:
    """A CSV cell as the JSON-ready value it encodes (*excel*: of a spreadsheet-safe file).

    A cell that does not decode (``"x"`` in an integer column) is returned as it
    is, for validation to report; a JSON cell that is not JSON raises ValueError.
    """
    if cell == "":
        return None
    if kind == "string":
        return restore(cell) if excel else cell
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
