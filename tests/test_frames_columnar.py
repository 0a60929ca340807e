"""The columnar path of DataFrames and Arrow tables: each library's distinct values, numpy after.

pandas, polars and pyarrow each find a column's distinct values in their own
compiled code (:attr:`jplabour.frames.FrameColumns.distinct`); the cells
they stand for must be the texts of the chunk path (:func:`cell_text`), and
the reports those of the chunk path, for every column type.
"""

from __future__ import annotations

import datetime as dt
import decimal
import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jplabour.frames import columns_of
from jplabour.validator import ValidationReport, validate, vectorised

pd = pytest.importorskip("pandas")
np = pytest.importorskip("numpy")
pl = pytest.importorskip("polars")
pa = pytest.importorskip("pyarrow")


def _cells_by_distinct(data: object, rows: int | None = None) -> list[list[str]]:
    """Each column's cells as its distinct values give them (-1 is an empty cell)."""
    frame = columns_of(data)
    size = frame.rows if rows is None else rows
    cells = []
    for position in range(len(frame.names)):
        column = frame.distinct(position, size)
        if column.integers is not None:
            cells.append([str(value) for value in column.integers.tolist()])
        else:
            texts = [*column.texts, ""]
            cells.append([texts[code] for code in column.codes.tolist()])
    return cells


def _cells_by_chunks(data: object) -> list[list[str]]:
    frame = columns_of(data)
    cells: list[list[str]] = [[] for _ in frame.names]
    for chunk in frame.chunks(3):
        for column, texts in zip(cells, chunk.columns, strict=True):
            column.extend(texts)
    return cells


STAMPS = [dt.datetime(2019, 10, 1), None, dt.datetime(2019, 10, 1, 9, 30), dt.datetime(2020, 1, 1)]  # noqa: DTZ001 -- spreadsheet times have no zone


def _polars_frames() -> list[Any]:
    return [
        pl.DataFrame(
            {
                "i": pl.Series([1, None, 3, 3], dtype=pl.Int32),
                "u": pl.Series([2**64 - 1, 0, 1, 1], dtype=pl.UInt64),
                "f": [1767000.0, float("nan"), None, 1.5],
                "s": ["全労連", None, "", "全労連"],
                "d": [dt.date(2019, 10, 1), None, dt.date(2019, 10, 1), dt.date(2020, 1, 1)],
                "t": STAMPS,
                "b": [True, None, False, True],
                "n": [None, None, None, None],
                "c": pl.Series(["a", None, "b", "a"], dtype=pl.Categorical),
                "e": pl.Series(["x", "y", None, "x"], dtype=pl.Enum(["x", "y"])),
                "l": [["a", "b"], None, [], ["a", "b"]],
                "z": pl.Series(STAMPS, dtype=pl.Datetime("us", "Asia/Tokyo")),
                "m": pl.Series([decimal.Decimal("1767000.00"), None, decimal.Decimal("1.5"), None]),
            }
        ),
        pl.DataFrame({"whole": [1.0, 2.0, 2.0, 3.0], "ints": [5, 6, 7, 5]}),
    ]


def _arrow_tables() -> list[Any]:
    strings = ["全労連", None, "", "全労連"]
    return [
        pa.table(
            {
                "s": pa.array(strings, pa.string()),
                "ls": pa.array(strings, pa.large_string()),
                "sv": pa.array(strings, pa.string_view()),
                "dict": pa.array(strings).dictionary_encode(),
                "d32": pa.array([dt.date(2019, 10, 1), None, None, dt.date(2019, 10, 1)]),
                "ts": pa.array(STAMPS, pa.timestamp("ms")),
                "tz": pa.array(STAMPS, pa.timestamp("s", "Asia/Tokyo")),
                "f": pa.array([1767000.0, float("nan"), None, -0.0]),
                "i8": pa.array([1, 2, None, -3], pa.int8()),
                "i": pa.array([1, 2, 2, -3], pa.int64()),
                "null": pa.nulls(4),
                "list": pa.array([["a"], None, [], ["a", "b"]]),
                "dec": pa.array(
                    [decimal.Decimal("1767000.00"), None, decimal.Decimal("1.5"), None]
                ),
                "b": pa.array([True, None, False, True]),
            }
        ),
        # A column of several chunks, each with its own dictionary.
        pa.Table.from_batches(
            [
                pa.record_batch({"k": pa.array(["a", "b", None]).dictionary_encode()}),
                pa.record_batch({"k": pa.array(["c", "b"]).dictionary_encode()}),
            ]
        ),
        pa.Table.from_batches(
            [pa.record_batch({"s": ["x", None]}), pa.record_batch({"s": ["y", "x", None]})]
        ),
    ]


def _pandas_frames() -> list[Any]:
    return [
        pd.DataFrame(
            {
                "n": pd.array([1, None, 3, 3], dtype="Int64"),
                "i": np.array([1, 2, 3, 3], dtype="int8"),
                "u": np.array([2**64 - 1, 0, 1, 1], dtype="uint64"),
                "c": pd.Categorical(["a", None, "b", "a"]),
                "s": pd.array(["x", pd.NA, "y", "x"], dtype="string"),
                "o": [pd.NA, pd.NaT, dt.date(2019, 1, 2), None],
                "mixed": ["1", 1, 1.0, None],
                "t": pd.to_datetime(
                    ["2019-10-01", None, "2019-10-01 12:00", "2019"], format="mixed"
                ),
                "b": pd.array([True, None, False, True], dtype="boolean"),
                "f": [1767000.0, float("nan"), 1.5, 2.0],
            }
        ),
        pd.DataFrame({"s": ["a", "b"]}, dtype=object),
    ]


@pytest.mark.parametrize(
    "data",
    [*_pandas_frames(), *_polars_frames(), *_arrow_tables()],
    ids=lambda data: type(data).__module__.partition(".")[0],
)
def test_distinct_values_stand_for_the_chunk_paths_texts(data: object) -> None:
    """Every column type of every library: the cells by distinct values are the chunk path's texts."""
    assert _cells_by_distinct(data) == _cells_by_chunks(data)


def test_distinct_values_of_the_first_rows_only() -> None:
    """The trailing empty rows are left out by asking for the first rows only."""
    for data in (_pandas_frames()[0], _polars_frames()[0], _arrow_tables()[0]):
        assert _cells_by_distinct(data, 2) == [cells[:2] for cells in _cells_by_chunks(data)]


def test_a_column_arrow_cannot_hash_is_read_a_cell_at_a_time() -> None:
    """Lists have no Arrow hash kernel: their texts are made per cell, with the same result."""
    table = pa.table({"aliases": [["a", "b"], ["a", "b"], None]})
    column = columns_of(table).distinct(0, 3)
    assert (column.codes.tolist(), column.texts) == ([0, 0, 1], ["a|b", ""])


def _issues(report: ValidationReport) -> list[tuple[int, str, str, str, str]]:
    return [
        (issue.line, issue.label, issue.column, issue.code, issue.message)
        for issue in (*report.errors, *report.warnings)
    ]


KEYED = st.fixed_dictionaries(
    {
        "id": st.sampled_from(["a", "b", None, "A", "x y"]),
        "org_id": st.sampled_from(["jam", "JAM", "Jichiroren", "nobody", None, "ua-zensen"]),
        "value": st.sampled_from([1, 0, -1, 10**18, None, 5]),
        "as_of": st.sampled_from(
            [dt.date(2019, 10, 1), dt.date(2019, 10, 2), dt.date(1850, 1, 1), None]
        ),
        "unit": st.sampled_from([None, "persons", "organizations", "people"]),
    }
)


@settings(max_examples=50, deadline=None)
@given(rows=st.lists(KEYED, max_size=30), blank=st.integers(0, 2))
def test_typed_columns_report_what_the_chunk_path_does(
    rows: list[dict[str, Any]], blank: int
) -> None:
    """Differential with typed columns (integers with gaps, dates): each library against the copy path."""
    rows = rows + [dict.fromkeys(KEYED_FIELDS) for _ in range(blank)]
    columns = {name: [row[name] for row in rows] for name in KEYED_FIELDS}
    frames = [
        pd.DataFrame({**columns, "value": pd.array(columns["value"], dtype="Int64")}),
        pl.DataFrame(columns, schema_overrides={"value": pl.Int64, "as_of": pl.Date}),
        pa.table({**columns, "value": pa.array(columns["value"], pa.int64())}),
    ]
    for data in frames:
        with tempfile.TemporaryDirectory() as folder:
            expected = validate(data, "memberships", normalize=Path(folder) / "copy.csv")
        report = validate(data, "memberships")
        assert _issues(report) == _issues(expected), type(data)
        assert (report.rows, report.counts) == (expected.rows, expected.counts)


KEYED_FIELDS = ("id", "org_id", "value", "as_of", "unit")


def test_a_pandas_index_labels_the_issues_of_an_arrow_table_made_from_it() -> None:
    """pa.Table.from_pandas keeps the index as a column: it labels the issues, and is not checked."""
    frame = pd.DataFrame(
        {"org_id": ["jam", "nobody"], "value": [1, 2], "as_of": ["2019", "2019"]},
        index=pd.Index(["r1", "r2"], name="row"),
    )
    report = validate(pa.Table.from_pandas(frame), "memberships")
    assert [(e.line, e.label, e.code) for e in report.errors] == [(2, "r2", "unknown-organization")]
    assert not report.warnings


@pytest.mark.parametrize(
    "code",
    [
        "pl.DataFrame({'org_id': ['jam', 'jam'], 'value': [1, 2], 'as_of': ['2019', '2019']})",
        "pa.table({'org_id': ['jam', 'jam'], 'value': [1, 2], 'as_of': ['2019', '2019']})",
    ],
)
def test_polars_and_arrow_are_validated_without_pandas(code: str) -> None:
    """Neither a polars frame nor an Arrow table needs pandas: numpy and their own library do.

    pandas is made unimportable (pyarrow would load it when it is there).
    """
    script = (
        "import sys\n"
        "class NoPandas:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.partition('.')[0] == 'pandas':\n"
        "            raise ModuleNotFoundError(name)\n"
        "sys.meta_path.insert(0, NoPandas())\n"
        "import polars as pl, pyarrow as pa, jplabour\n"
        f"report = jplabour.validate({code}, 'memberships')\n"
        "print(report.error_count, [(e.line, e.code) for e in report.errors])"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout == "1 [(2, 'duplicate-key')]\n"


def test_without_numpy_a_frame_takes_the_chunk_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """A polars frame needs no numpy: without it, the frame is read a chunk at a time, with the same report."""
    frame = pl.DataFrame(
        {"org_id": ["jam", "jam", "x"], "value": [1, 2, -1], "as_of": ["2019"] * 3}
    )
    expected = validate(frame, "memberships")
    real = importlib.util.find_spec

    def without_numpy(name: str, *args: Any) -> Any:
        return None if name == "numpy" else real(name, *args)

    monkeypatch.setattr(importlib.util, "find_spec", without_numpy)
    called = []
    monkeypatch.setattr(vectorised, "check_frame", lambda *args: called.append(args))
    report = validate(frame, "memberships")
    assert not called
    assert _issues(report) == _issues(expected)
    assert len(expected.errors) == 3


@pytest.mark.parametrize(
    ("sizes", "expected"),
    [
        ([[0, 1, 0, 1, 0]], ([2, 3, 4], [0, 1, 0])),
        ([[0, 0], [1, 1]], ([1], [0])),
        ([[0, 0], [1, 2]], ([], [])),
        ([[]], ([], [])),
    ],
)
def test_repeats_name_each_repeat_and_its_first(
    sizes: list[list[int]], expected: tuple[list[int], list[int]]
) -> None:
    """Positions whose key an earlier one has, and the first with it (stable, not the previous)."""
    parts = [np.array(codes, dtype=np.intp) for codes in sizes]
    repeated, firsts = vectorised.repeats(parts)
    pairs = sorted(zip(repeated.tolist(), firsts.tolist(), strict=True))
    assert ([at for at, _ in pairs], [first for _, first in pairs]) == expected


@settings(max_examples=100, deadline=None)
@given(
    keys=st.lists(st.tuples(st.integers(0, 3), st.integers(0, 6)), max_size=40),
    spread=st.sampled_from([1, -1, 2**40]),
)
def test_repeats_agree_with_a_dict_of_first_positions(
    keys: list[tuple[int, int]], spread: int
) -> None:
    """Keys looked for in one pass (few codes), or sorted (too many, or negative): as a dict says."""
    first: dict[tuple[int, int], int] = {}
    expected = []
    for position, key in enumerate(keys):
        if key in first:
            expected.append((position, first[key]))
        else:
            first[key] = position
    parts = [
        np.array([key[0] for key in keys], dtype=np.intp),
        np.array([key[1] * spread for key in keys], dtype=np.int64),
    ]
    repeats, firsts = vectorised.repeats(parts)
    assert sorted(zip(repeats.tolist(), firsts.tolist(), strict=True)) == expected


@pytest.mark.parametrize(
    "index",
    ["pd.RangeIndex(5, 50, 7)", "pd.RangeIndex(10, 0, -3)", "pd.Index([10, 30, 20, 0])"],
)
def test_the_labels_of_a_pandas_index_are_its_values(index: str) -> None:
    """A RangeIndex's labels are computed, not looked up: the same texts as the index's values."""
    labels = eval(index, {"pd": pd})  # noqa: S307 -- literal test inputs
    frame = pd.DataFrame({"a": range(len(labels))}, index=labels)
    label = columns_of(frame).label
    assert label is not None
    assert [label(position) for position in range(len(labels))] == [str(v) for v in labels]


def test_the_cyclic_collector_is_paused_during_the_check_and_restored_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Off while the frame is checked (its arrays hold no cycles), as it was after, even on an error."""
    import gc

    from jplabour.validator import inputs

    seen: list[bool] = []
    real = inputs.check_frame

    def check(*args: Any) -> None:
        seen.append(gc.isenabled())
        real(*args)

    monkeypatch.setattr(inputs, "check_frame", check)
    frame = pd.DataFrame({"org_id": ["jam"], "value": [1], "as_of": ["2019"]})
    assert gc.isenabled()
    try:
        assert validate(frame, "memberships").valid
        assert gc.isenabled()
        gc.disable()
        validate(pl.from_pandas(frame), "memberships")
        assert not gc.isenabled()
    finally:
        gc.enable()

    def broken(*_: Any) -> None:
        raise RuntimeError

    monkeypatch.setattr(inputs, "check_frame", broken)
    with pytest.raises(RuntimeError):
        validate(frame, "memberships")
    assert gc.isenabled()
    assert seen == [False, False]
