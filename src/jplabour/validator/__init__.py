"""``jplabour validate``: check a downstream table against jplabour's vocabulary and rules.

A downstream table is a user's own file (a membership series copied from
annual reports, a survey's list of unions) in CSV, TSV, JSON Lines or a JSON
array, in UTF-8 (with or without BOM), UTF-16 (with BOM) or Shift_JIS
(CP932). Its columns are the fields of one of jplabour's tables; which of
them a downstream file must have is :func:`required_columns`. Every cell is
checked against the field's metadata in :mod:`jplabour.model` (patterns,
enums, minimums, partial dates, references), Japanese spellings are read and
reported as normalisations (full-width digits, ``1,767,000``, era dates such
as ``令和元年10月``, names instead of ids), and cross-row rules are applied
(duplicate keys, dates in order, dates within the organisation's lifetime,
counts above the parent's known total).

The package, one module per job:

- :mod:`~jplabour.validator.report`: issues and the report;
- :mod:`~jplabour.validator.columns`: a table's columns, from the model;
- :mod:`~jplabour.validator.cells`: the checker of each kind of cell, applied
  once per distinct text of a column; :mod:`~jplabour.validator.lazy`: a
  column's values read when a rule asks for them;
- :mod:`~jplabour.validator.reading`: encodings and lines, and the chunks of
  rows the core takes; :mod:`~jplabour.validator.tables` reads CSV and TSV
  (plain lines split straight into columns), :mod:`~jplabour.validator.objects`
  JSON Lines, streamed JSON arrays and rows given in Python;
- :mod:`~jplabour.validator.rules`: the cross-row rules, over whole columns;
- :mod:`~jplabour.validator.run`: the core, :class:`Validation`, which takes a
  chunk of columns at a time, and :func:`validate_columns`;
- :mod:`~jplabour.validator.inputs`: the entry point :func:`validate`, which
  feeds the core files, workbooks, DataFrames, Arrow tables and rows, and
  :func:`natural_keys`;
- :mod:`~jplabour.validator.normalize`: the ``--normalize`` copy;

The file is read as a stream, a chunk of rows at a time: memory stays flat
however long it is. See docs/validator.md.
"""

from __future__ import annotations

from jplabour.validator.cells import LOOKUP_LIMIT
from jplabour.validator.columns import (
    ALSO_REQUIRED,
    DEFAULTS,
    LIST_SEPARATOR,
    PROVENANCE_FIELDS,
    required_columns,
)
from jplabour.validator.inputs import natural_keys, validate
from jplabour.validator.reading import CHUNK_ROWS, FIELD_LIMIT, LINE_LIMIT
from jplabour.validator.report import (
    ERROR_LIMIT,
    ERRORS_SHOWN,
    MAX_ERRORS_CEILING,
    TOTALS_AFTER,
    WARNING_LIMIT,
    WARNINGS_SHOWN,
    Issue,
    Total,
    ValidationReport,
)
from jplabour.validator.rules import DATE_ORDER, KEY_LIMIT, LIFETIME_DATES, NATURAL_KEYS
from jplabour.validator.run import Validation, validate_columns

__all__ = [
    "ALSO_REQUIRED",
    "CHUNK_ROWS",
    "DATE_ORDER",
    "DEFAULTS",
    "ERRORS_SHOWN",
    "ERROR_LIMIT",
    "FIELD_LIMIT",
    "KEY_LIMIT",
    "LIFETIME_DATES",
    "LINE_LIMIT",
    "LIST_SEPARATOR",
    "LOOKUP_LIMIT",
    "MAX_ERRORS_CEILING",
    "NATURAL_KEYS",
    "PROVENANCE_FIELDS",
    "TOTALS_AFTER",
    "WARNINGS_SHOWN",
    "WARNING_LIMIT",
    "Issue",
    "Total",
    "Validation",
    "ValidationReport",
    "natural_keys",
    "required_columns",
    "validate",
    "validate_columns",
]
