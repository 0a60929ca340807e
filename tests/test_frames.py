"""Tests of jplabour.frames: pandas, polars and pyarrow tables as columns of cell texts."""

from __future__ import annotations

import datetime as dt
import decimal
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jplabour.frames import Chunk, cell_text, columns_of, frame_kind

pd = pytest.importorskip("pandas")
np = pytest.importorskip("numpy")
pl = pytest.importorskip("polars")
pa = pytest.importorskip("pyarrow")


def _texts(data: object, size: int = 1 << 16) -> tuple[tuple[str, ...], list[Chunk]]:
    columns = columns_of(data)
    return columns.names, list(columns.chunks(size))


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (float("nan"), ""),
        ("", ""),
        ("全労連", "全労連"),
        (True, "true"),
        (1767000, "1767000"),
        (1767000.0, "1767000"),
        (1.5, "1.5"),
        (float("inf"), "inf"),
        (dt.date(2019, 10, 1), "2019-10-01"),
        (dt.datetime(2019, 10, 1), "2019-10-01"),  # noqa: DTZ001 -- a spreadsheet date has no zone
        (dt.datetime(2019, 10, 1, 9, 30), "2019-10-01 09:30:00"),  # noqa: DTZ001
        (decimal.Decimal("1767000.00"), "1767000"),
        (decimal.Decimal("1.5"), "1.5"),
        (["a", "b"], "a|b"),
        ({"a": 1}, "[object]"),
    ],
)
def test_cell_text_of_python_values(value: object, text: str) -> None:
    """One rule for every value: missing is empty, whole numbers are digits, dates are ISO."""
    assert cell_text(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("pd.NA", ""),
        ("pd.NaT", ""),
        ("np.nan", ""),
        ("np.int32(5)", "5"),
        ("np.uint64(2**63)", str(2**63)),
        ("np.float32(3.0)", "3"),
        ("np.bool_(False)", "false"),
        ("pd.Timestamp('2019-10-01')", "2019-10-01"),
        ("np.datetime64('2019-10-01')", "2019-10-01"),
    ],
)
def test_cell_text_of_library_scalars(value: str, text: str) -> None:
    """The scalars of pandas and numpy: pd.NA and NaT are empty, numpy numbers are numbers."""
    assert cell_text(eval(value, {"pd": pd, "np": np})) == text  # noqa: S307 -- literal test inputs


def test_frame_kind_recognises_the_libraries_and_refuses_their_columns() -> None:
    """DataFrames and Arrow tables are recognised; a Series or a LazyFrame is refused, saying what to pass."""
    assert frame_kind(pd.DataFrame()) == "pandas"
    assert frame_kind(pl.DataFrame()) == "polars"
    assert frame_kind(pa.table({"a": [1]})) == "arrow"
    assert frame_kind(pa.record_batch({"a": [1]})) == "arrow"
    assert frame_kind([{"a": 1}]) is None
    with pytest.raises(TypeError, match="to_frame"):
        frame_kind(pd.Series([1]))
    with pytest.raises(TypeError, match="collect"):
        frame_kind(pl.DataFrame().lazy())


FRAME = {
    "org_id": ["zenroren", None, "ua-zensen", "全労連"],
    "value": [1767000.0, float("nan"), 3.5, 50000.0],
    "as_of": [dt.date(2019, 10, 1), None, dt.date(2019, 4, 1), dt.date(2020, 1, 1)],
}
EXPECTED = [
    ["zenroren", "", "ua-zensen", "全労連"],
    ["1767000", "", "3.5", "50000"],
    ["2019-10-01", "", "2019-04-01", "2020-01-01"],
]


def test_pandas_frame_as_columns_with_its_index_labels() -> None:
    """NaN and None are empty, whole floats are integers, dates are ISO; labels are kept."""
    frame = pd.DataFrame(FRAME, index=["a", "b", "c", "d"])
    frame["as_of"] = pd.to_datetime(frame["as_of"])
    names, chunks = _texts(frame, 3)
    assert names == ("org_id", "value", "as_of")
    assert [(chunk.start, len(chunk)) for chunk in chunks] == [(0, 3), (3, 1)]
    assert [[text for chunk in chunks for text in chunk.columns[at]] for at in range(3)] == EXPECTED
    label = columns_of(frame).label
    assert label is not None
    assert [label(position) for position in range(4)] == ["a", "b", "c", "d"]


def test_pandas_dtypes() -> None:
    """Nullable integers, numpy integers, categories, strings, timestamps with times, objects."""
    frame = pd.DataFrame(
        {
            "n": pd.array([1, None, 3], dtype="Int64"),
            "i": np.array([1, 2, 3], dtype="int8"),
            "u": np.array([2**64 - 1, 0, 1], dtype="uint64"),
            "c": pd.Categorical(["a", None, "b"]),
            "s": pd.array(["x", pd.NA, "y"], dtype="string"),
            "t": pd.to_datetime(["2019-10-01", None, "2019-10-01 12:00"], format="mixed"),
            "z": pd.to_datetime(["2019-10-01", None, "2019-10-02"]).tz_localize("Asia/Tokyo"),
            "o": [pd.NA, pd.NaT, dt.date(2019, 1, 2)],
            "b": pd.array([True, None, False], dtype="boolean"),
            7: ["x", "y", "z"],
        }
    )
    names, (chunk,) = _texts(frame)
    assert names[-1] == "7"
    assert chunk.columns == [
        ["1", "", "3"],
        ["1", "2", "3"],
        [str(2**64 - 1), "0", "1"],
        ["a", "", "b"],
        ["x", "", "y"],
        ["2019-10-01", "", "2019-10-01 12:00:00"],
        ["2019-10-01", "", "2019-10-02"],
        ["", "", "2019-01-02"],
        ["true", "", "false"],
        ["x", "y", "z"],
    ]
    label = columns_of(frame).label
    assert label is not None
    assert label(2) == "2"


def test_duplicate_column_names_are_kept_by_position() -> None:
    """Two columns of one name are two columns: the validator reports the second."""
    frame = pd.DataFrame([[1, 2]], columns=["value", "value"])
    names, (chunk,) = _texts(frame)
    assert names == ("value", "value")
    assert chunk.columns == [["1"], ["2"]]


def test_polars_and_arrow_give_the_same_texts_as_pandas() -> None:
    """The three libraries' frames of the same data are the same columns; Arrow keeps a pandas index."""
    frame = pd.DataFrame(FRAME, index=["a", "b", "c", "d"])
    expected = _texts(frame)[1][0].columns
    for other in (pl.DataFrame(FRAME), pa.table(FRAME)):
        names, (chunk,) = _texts(other)
        assert names == ("org_id", "value", "as_of")
        assert chunk.columns == expected
        assert columns_of(other).label is None
    names, (chunk,) = _texts(pa.Table.from_pandas(frame))
    assert names == ("org_id", "value", "as_of")
    label = columns_of(pa.Table.from_pandas(frame)).label
    assert label is not None
    assert [label(position) for position in range(4)] == ["a", "b", "c", "d"]


CELLS = st.one_of(
    st.none(),
    st.integers(-(2**62), 2**62),
    st.floats(allow_infinity=False, width=64),
    st.text(max_size=5),
    st.dates(),
)


@given(
    values=st.lists(st.integers(-(2**62), 2**62) | st.none(), min_size=1, max_size=20),
    floats=st.lists(st.floats(allow_infinity=False) | st.none(), min_size=1, max_size=20),
)
def test_differential_pandas_polars_arrow(
    values: list[int | None], floats: list[float | None]
) -> None:
    """Random integer and float columns with gaps: pandas, polars and Arrow agree with cell_text."""
    floats = (floats * len(values))[: len(values)]
    data = {"i": values, "f": floats}
    expected = [[cell_text(value) for value in column] for column in data.values()]
    for frame in (
        pd.DataFrame({"i": pd.array(values, dtype="Int64"), "f": floats}),
        pl.DataFrame(data, schema={"i": pl.Int64, "f": pl.Float64}, strict=False),
        pa.table({"i": pa.array(values, pa.int64()), "f": pa.array(floats, pa.float64())}),
    ):
        (chunk,) = _texts(frame)[1]
        assert chunk.columns == expected, type(frame)


def test_an_empty_frame_has_its_header_and_no_chunk() -> None:
    """No rows: the names, and nothing to read."""
    assert _texts(pd.DataFrame(columns=["org_id", "value"])) == (("org_id", "value"), [])
    assert _texts(pl.DataFrame({"org_id": []})) == (("org_id",), [])


def test_the_libraries_are_imported_only_when_their_objects_are_given() -> None:
    """jplabour.frames imports none of pandas, polars, pyarrow, numpy to recognise rows of dicts."""
    code = (
        "import sys, jplabour.frames as f; f.frame_kind([{}]); f.cell_text(1.0);"
        "print(sorted(m for m in ('pandas', 'polars', 'pyarrow', 'numpy') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_a_duplicate_key_in_a_pandas_frame_is_a_plain_int_line_and_dumps_as_json() -> None:
    """Issue.line is an int, not a numpy integer: the report goes through json.dumps."""
    import json

    import jplabour

    frame = pd.DataFrame(
        {"org_id": ["zenroren", "zenroren"], "value": [1, 2], "as_of": ["2019-10", "2019-10"]},
        index=["a", "b"],
    )
    report = jplabour.validate(frame, "memberships")
    (issue,) = report.errors
    assert issue.code == "duplicate-key"
    assert type(issue.line) is int
    assert issue.line == 2
    assert "line 1" in issue.message
    json.dumps([issue.line, issue.label])
