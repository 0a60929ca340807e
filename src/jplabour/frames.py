"""DataFrames and Arrow tables as the validator reads them: columns of cell texts, a chunk at a time.

The validator converts one chunk of rows at a time: memory holds a chunk's
texts, not the frame's.

:func:`frame_kind` recognises a pandas DataFrame, a polars DataFrame and a
pyarrow Table (or RecordBatch) by its type's module, without importing any
of those libraries: each is imported only by :func:`columns_of` when such an
object is given, and none is needed otherwise.

Cells become the texts a CSV file would hold, by one rule for every library
(:func:`cell_text`): missing values (``None``, ``NaN``, ``pd.NA``, ``NaT``)
are empty; whole floats (``1767000.0``) and integers of every width are
digits; dates and midnight timestamps are ``YYYY-MM-DD``; booleans are
``true``/``false``; lists are joined with ``|``. A pandas frame's row index
labels are kept, so that issues can name them.

The validator's columnar path reads a column by its distinct values
(:class:`Distinct`): each library finds them in its own compiled code
(``pandas.factorize``; Arrow's ``dictionary_encode``, or ``unique`` and
``index_in`` over the chunks of a table's column; a polars column reaches
them without a copy of its values), and only the distinct values become
Python objects and texts. A column of integers without a
missing value stays a numpy array.
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Final

import attrs

__all__ = [
    "LIST_SEPARATOR",
    "TOO_LONG_NUMBER",
    "Chunk",
    "Distinct",
    "FrameColumns",
    "cell_text",
    "columns_of",
    "frame_kind",
]

#: The separator of list cells (``aliases``, ``org_ids``) in CSV and TSV, and in cell texts.
LIST_SEPARATOR: Final = "|"
#: The text of a number too long for ``str()`` (``sys.get_int_max_str_digits``).
TOO_LONG_NUMBER: Final = "[a number too long to read]"

_KINDS: Final = {
    ("pandas", "DataFrame"): "pandas",
    ("polars", "DataFrame"): "polars",
    ("pyarrow", "Table"): "arrow",
    ("pyarrow", "RecordBatch"): "arrow",
}
_REFUSED: Final = {
    ("pandas", "Series"): "a pandas Series is one column: pass a DataFrame (series.to_frame())",
    ("polars", "LazyFrame"): "a polars LazyFrame is a query: pass its result (lazy.collect())",
    ("polars", "Series"): "a polars Series is one column: pass a DataFrame (series.to_frame())",
    ("pyarrow", "ChunkedArray"): "a pyarrow array is one column: pass a Table",
    ("pyarrow", "Array"): "a pyarrow array is one column: pass a Table",
    ("dask", "DataFrame"): (
        "a Dask DataFrame is validated a partition at a time: "
        "see docs/validator.md, 'Past one machine'"
    ),
}


def _library_and_name(data: object) -> tuple[str, str]:
    kind = type(data)
    return kind.__module__.partition(".")[0], kind.__name__


def frame_kind(data: object) -> str | None:
    """``pandas``, ``polars`` or ``arrow`` for a table of those libraries, else None.

    A one-column or lazy object of theirs (a Series, a LazyFrame, a Dask
    DataFrame) is a TypeError saying what to pass instead.
    """
    library = _library_and_name(data)
    refusal = _REFUSED.get(library)
    if refusal is not None:
        raise TypeError(refusal)
    return _KINDS.get(library)


def cell_text(value: Any) -> str:  # noqa: C901, PLR0911 -- one return per kind of value
    """The text a CSV cell would hold for *value*, from any of the libraries."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        try:
            return str(value)
        except ValueError:  # more digits than sys.get_int_max_str_digits()
            return TOO_LONG_NUMBER
    if isinstance(value, float):
        return _float_text(value)
    if isinstance(value, dt.datetime):
        return _datetime_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return _decimal_text(value)
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(
            "[nested]" if isinstance(item, list | tuple | Mapping) else cell_text(item)
            for item in value
        )
    if isinstance(value, Mapping):
        return "[object]"
    return _foreign_text(value)


def _float_text(value: float) -> str:
    if math.isnan(value):
        return ""
    if value.is_integer():
        return str(int(value))
    return repr(value)


def _decimal_text(value: decimal.Decimal) -> str:
    if value.is_nan():
        return ""
    if value.is_finite() and value == value.to_integral_value():
        return str(int(value))
    return str(value)


def _datetime_text(value: dt.datetime) -> str:
    """A date at midnight as ``YYYY-MM-DD`` (what spreadsheets store dates as); else with its time."""
    if type(value).__name__ == "NaTType":
        return ""
    if value.time() == dt.time(0):
        return value.date().isoformat()
    return value.replace(tzinfo=None).isoformat(sep=" ")


def _foreign_text(value: Any) -> str:
    """The text of a library's own scalar: ``pd.NA``, numpy numbers, numpy arrays."""
    name = type(value).__name__
    if name in ("NAType", "NaTType"):
        return ""
    module = type(value).__module__.partition(".")[0]
    if module == "numpy" and hasattr(value, "tolist"):  # scalars and arrays: Python values
        return cell_text(value.tolist())
    if module == "pandas" and name == "Timestamp":
        return _datetime_text(value)
    return str(value)


@attrs.frozen
class Chunk:
    """Consecutive rows of a frame: one list of texts per column."""

    #: The position of the chunk's first row, from 0.
    start: int
    columns: list[list[str]]

    def __len__(self) -> int:
        return len(self.columns[0]) if self.columns else 0


@attrs.frozen
class Distinct:
    """One column of a frame by its distinct values (numpy arrays).

    ``codes`` gives each row's distinct value, as an index into ``texts``
    (their cell texts); a code of -1 is a missing value. A column of integers
    without a missing value has ``integers`` instead: the numbers themselves.
    """

    codes: Any = None
    texts: list[str] = attrs.field(factory=list)
    integers: Any = None


@attrs.frozen
class FrameColumns:
    """A frame as columns: its header (texts), its row count, and its rows in chunks.

    ``label`` gives the index label (as text) of the row at a position (from
    0), or is None for a frame without an index: labels are only looked up
    for the rows an issue names. ``row`` gives the texts of the row at a
    position; ``distinct`` the :class:`Distinct` values of the column at a
    position, over the frame's first rows (how many is its second argument).
    """

    names: tuple[str, ...]
    rows: int
    chunks: Callable[[int], Iterator[Chunk]]
    row: Callable[[int], list[str]]
    distinct: Callable[[int, int], Distinct]
    label: Callable[[int], str] | None = None


def columns_of(data: Any) -> FrameColumns:
    """*data*, a table :func:`frame_kind` recognises, as :class:`FrameColumns`."""
    kind = frame_kind(data)
    if kind == "pandas":
        return _pandas(data)
    if kind == "polars":
        return _polars(data)
    if kind == "arrow":
        return _arrow(data)
    raise TypeError(f"not a DataFrame or Arrow table: {type(data).__name__}")


def _texts(values: Sequence[Any]) -> list[str]:
    return [value if type(value) is str else cell_text(value) for value in values]


# --- pandas ---------------------------------------------------------------------------


def _pandas(frame: Any) -> FrameColumns:
    names = tuple(cell_text(name) for name in frame.columns)
    rows = len(frame)

    def chunks(size: int) -> Iterator[Chunk]:
        for start in range(0, rows, size):
            part = frame.iloc[start : start + size]
            columns = [_pandas_column(part.iloc[:, at]) for at in range(len(names))]
            yield Chunk(start, columns)

    def row(position: int) -> list[str]:
        return _texts(frame.iloc[position].tolist())

    def distinct(position: int, size: int) -> Distinct:
        import numpy as np
        import pandas as pd

        series = frame.iloc[:size, position]
        if isinstance(series.dtype, np.dtype) and series.dtype.kind in "iu":
            return Distinct(integers=series.to_numpy())
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
        return Distinct(codes, _texts(uniques.tolist()))

    return FrameColumns(names, rows, chunks, row, distinct, _pandas_label(frame.index))


def _pandas_label(index: Any) -> Callable[[int], str]:
    """The label of the row at a position: a RangeIndex's by arithmetic, others' by lookup."""
    if type(index).__name__ == "RangeIndex":
        start, step = index.start, index.step
        return lambda position: str(start + position * step)
    return lambda position: cell_text(index[position])


def _pandas_column(series: Any) -> list[str]:
    """One pandas column as texts, vectorised for numpy integers and datetimes."""
    import numpy as np

    dtype = series.dtype
    if isinstance(dtype, np.dtype) and dtype.kind in "iu":
        return list(map(str, series.to_numpy().tolist()))
    if isinstance(dtype, np.dtype) and dtype.kind == "M":
        return _datetimes(series.to_numpy())
    if str(dtype) == "category":
        categories = _texts(series.cat.categories.tolist())
        return [categories[code] if code >= 0 else "" for code in series.cat.codes.tolist()]
    return _texts(series.to_numpy(dtype=object).tolist())


def _datetimes(values: Any) -> list[str]:
    """Datetime64 values as texts: ``YYYY-MM-DD`` at midnight, with the time otherwise."""
    import numpy as np

    days = values.astype("datetime64[D]")
    texts = np.datetime_as_string(days).tolist()
    if (days == values).all() or np.isnat(values).all():
        return ["" if text == "NaT" else text for text in texts]
    return _texts(values.astype(object).tolist())


# --- polars ---------------------------------------------------------------------------


def _polars(frame: Any) -> FrameColumns:
    names = tuple(frame.columns)
    rows = frame.height

    def chunks(size: int) -> Iterator[Chunk]:
        for start in range(0, rows, size):
            part = frame.slice(start, size)
            yield Chunk(start, [_texts(part.to_series(at).to_list()) for at in range(len(names))])

    def row(position: int) -> list[str]:
        return _texts(frame.row(position))

    def distinct(position: int, size: int) -> Distinct:
        import polars as pl

        series = frame.to_series(position).slice(0, size)
        levels = getattr(pl, "CompatLevel", None)  # polars 1.1 on
        if levels is None:
            return _arrow_distinct(series.to_arrow())
        # Polars' own layout (strings as string_view): no copy of the values.
        return _arrow_distinct(series.to_arrow(compat_level=levels.newest()))

    return FrameColumns(names, rows, chunks, row, distinct)


# --- pyarrow --------------------------------------------------------------------------


def _arrow(table: Any) -> FrameColumns:
    """An Arrow table; the index columns of a table made from pandas become the row labels."""
    metadata = table.schema.pandas_metadata or {}
    index = [name for name in metadata.get("index_columns", ()) if isinstance(name, str)]
    positions = [at for at, name in enumerate(table.schema.names) if name not in index]
    names = tuple(table.schema.names[at] for at in positions)
    rows = table.num_rows

    def chunks(size: int) -> Iterator[Chunk]:
        for start in range(0, rows, size):
            part = table.slice(start, size)
            yield Chunk(start, [_texts(part.column(at).to_pylist()) for at in positions])

    def row(position: int) -> list[str]:
        return _texts([table.column(at)[position].as_py() for at in positions])

    def distinct(position: int, size: int) -> Distinct:
        return _arrow_distinct(table.column(positions[position]).slice(0, size))

    def label(position: int) -> str:
        values = [table.column(name)[position].as_py() for name in index]
        return cell_text(values[0] if len(values) == 1 else tuple(values))

    return FrameColumns(names, rows, chunks, row, distinct, label if index else None)


def _arrow_distinct(column: Any) -> Distinct:
    """An Arrow array's distinct values, found by Arrow.

    One array is dictionary-encoded (nulls included, as an entry of their
    own); the chunks of a chunked one share the value set of ``unique``
    (``index_in``). Only the distinct values become Python objects. A
    dictionary column is read by its values; a type Arrow cannot hash
    (lists, structs) is read a cell at a time.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(column, pa.ChunkedArray) and column.num_chunks == 1:
        column = column.chunk(0)
    kind = column.type
    if pa.types.is_integer(kind) and column.null_count == 0:
        return Distinct(integers=column.to_numpy())
    if pa.types.is_dictionary(kind) and isinstance(column, pa.Array):
        texts = [*_texts(column.dictionary.to_pylist()), ""]  # the last: a missing value
        codes = pc.fill_null(column.indices, len(texts) - 1)
        return Distinct(codes.to_numpy(zero_copy_only=False), texts)
    try:
        if pa.types.is_dictionary(kind):
            column = column.cast(kind.value_type)
        if isinstance(column, pa.Array):
            encoded = pc.dictionary_encode(column, null_encoding="encode")
            codes, uniques = encoded.indices, encoded.dictionary
        else:
            if str(kind) == "string_view":  # index_in has no kernel for it
                column = column.cast(pa.large_string())
            uniques = pc.unique(column)
            codes = pc.index_in(column, value_set=uniques)
    except (pa.ArrowNotImplementedError, pa.ArrowTypeError):
        return _python_distinct(_texts(column.to_pylist()))
    return Distinct(codes.to_numpy(zero_copy_only=False), _texts(uniques.to_pylist()))


def _python_distinct(texts: list[str]) -> Distinct:
    """The distinct values of cell texts, found by a dict."""
    import numpy as np

    index: dict[str, int] = {}
    codes = [index.setdefault(text, len(index)) for text in texts]
    return Distinct(np.array(codes, dtype=np.intp), list(index))
