"""Plain CSV pieces parsed by Arrow report exactly what the Python paths report.

With pyarrow installed (it is in the test extra), plain pieces of a CSV or
TSV are parsed by Arrow and their columns checked by distinct text
(:mod:`jplabour.validator.arrow_pieces`); without it, they are split by
:meth:`str.split`; with ``--normalize``, every row goes through the csv
module. The three must give the same report, issue for issue.
"""

from __future__ import annotations

import array
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jplabour.data import DATASET
from jplabour.validator import ValidationReport, arrow_pieces, tables, validate
from jplabour.validator.cells import Checkers, ColumnChecker
from jplabour.validator.coded_keys import claim
from jplabour.validator.columns import column_specs
from jplabour.validator.lazy import Coded, Counts, objects

ORG = st.sampled_from(
    [
        "rengo",
        "zenroren",
        "ua-zensen",
        "UA ZENSEN",
        "nope",
        "",
        " rengo",
        "連合",
        "自治労",
        "日教組",
    ]
)
#: Counts at the edges of plain: 0, 18 and 19 digits, a leading 0, the bytes beside the digits.
COUNT = st.sampled_from(
    [
        "1",
        "0",
        "00",
        "01",
        "7000000",
        "9" * 18,
        "1" + "0" * 18,
        "-5",
        "１２",
        "12/",
        "1:2",
        "1 ",
        "約120万",
        "x",
        "",
        "6865000人",
    ]
)
DATE = st.sampled_from(
    [
        "2019",
        "2019-10",
        "2019-10-01",
        "1950",
        "1800-01-01",
        "2019-13",
        "令和元年10月",
        "",
        "\ufeff2019",
    ]
)
BOOL = st.sampled_from(["true", "false", "", "はい", "maybe"])
UNIT = st.sampled_from(["members", "people", "", "sheep"])
STATUS = st.sampled_from(["affiliate", "former", "", "friend"])

#: Tables and the cells of their columns: a key of one column and one of several,
#: a count with minimum 0 and one with minimum 1, an approximate mark.
TABLES: dict[str, dict[str, st.SearchStrategy[str]]] = {
    "memberships": {"org_id": ORG, "value": COUNT, "as_of": DATE},
    "memberships+": {
        "org_id": ORG,
        "value": COUNT,
        "unit": UNIT,
        "approximate": BOOL,
        "as_of": DATE,
    },
    "affiliations": {
        "member_id": ORG,
        "parent_id": ORG,
        "status": STATUS,
        "rank": COUNT,
        "as_of": DATE,
    },
}


@st.composite
def tables_with_rows(draw: st.DrawFn) -> tuple[str, list[str], list[list[str]]]:
    """A table, its header, and rows of its cells (some rows repeating earlier ones)."""
    name = draw(st.sampled_from(sorted(TABLES)))
    columns = TABLES[name]
    row = st.tuples(*columns.values()).map(list)
    rows = draw(st.lists(row, max_size=40))
    if rows and draw(st.booleans()):  # a duplicate key, later in the file
        rows.insert(draw(st.integers(0, len(rows))), list(draw(st.sampled_from(rows))))
    return name.rstrip("+"), list(columns), rows


def _report(path: Path, table: str) -> tuple[Any, ...]:
    report = validate(path, table, max_errors=10_000)
    return _summary(report)


def _summary(report: ValidationReport) -> tuple[Any, ...]:
    issues = [
        (issue.line, issue.column, issue.value, issue.code, issue.message, issue.hint)
        for issue in (*report.errors, *report.warnings)
    ]
    return report.rows, report.error_count, report.warning_count, issues


@pytest.fixture
def arrow_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many chunk columns Arrow's path checked."""
    calls: list[int] = []
    checked = arrow_pieces.checked_column

    def counting(checker: Any, column: arrow_pieces.ArrowTexts) -> Any:
        calls.append(len(column))
        return checked(checker, column)

    monkeypatch.setattr("jplabour.validator.run.checked_column", counting)
    return calls


@settings(max_examples=60, deadline=None)
@given(
    drawn=tables_with_rows(),
    delimiter=st.sampled_from([",", "\t"]),
    end=st.sampled_from(["\n", "\r\n"]),
    last_end=st.booleans(),
    piece=st.sampled_from([1, 50, tables.PIECE]),
    small_chunks=st.booleans(),
    encoding=st.sampled_from(["utf-8", "cp932"]),
)
def test_arrow_reports_what_str_split_and_the_csv_module_report(  # noqa: PLR0913, PLR0917 -- the drawn file
    drawn: tuple[str, list[str], list[list[str]]],
    delimiter: str,
    end: str,
    last_end: bool,
    piece: int,
    small_chunks: bool,
    encoding: str,
) -> None:
    """Three reads of one file, issue for issue: Arrow's, str.split's and the csv module's."""
    table, header, rows = drawn
    lines = [delimiter.join(header), *(delimiter.join(row) for row in rows)]
    text = end.join(lines) + (end if last_end else "")
    with tempfile.TemporaryDirectory() as directory, pytest.MonkeyPatch.context() as patch:
        path = Path(directory) / ("t.tsv" if delimiter == "\t" else "t.csv")
        path.write_bytes(text.encode(encoding, "replace"))
        patch.setattr(tables, "PIECE", piece)
        if small_chunks:  # many chunks a piece, ends on multiples of both
            patch.setattr(tables, "CHUNK_ROWS", 2)
            patch.setattr(tables, "ARROW_CHUNK_ROWS", 4)
        parsed: list[int] = []
        parse_pieces = arrow_pieces.piece_parser

        def counting(*args: Any) -> Any:
            parse = parse_pieces(*args)
            assert parse is not None
            return lambda piece: parsed.append(1) or parse(piece)

        patch.setattr(tables, "piece_parser", counting)
        by_arrow = _report(path, table)
        # Every file drawn has a row, and lines Arrow reads: the comparison is not vacuous.
        assert parsed or not rows
        normalized = validate(path, table, max_errors=10_000, normalize=Path(directory) / "out.csv")
        patch.setattr(tables, "piece_parser", lambda *_: None)
        by_split = _report(path, table)
    assert by_arrow == by_split
    assert by_arrow[:3] == _summary(normalized)[:3]
    not_copied = [issue for issue in _summary(normalized)[3] if issue[3] != "not-copied"]
    assert by_arrow[3] == not_copied


def _memberships(tmp_path: Path, rows: Sequence[str], name: str = "m.csv") -> Path:
    path = tmp_path / name
    path.write_text("org_id,value,as_of\n" + "".join(f"{row}\n" for row in rows), "utf-8")
    return path


def test_plain_pieces_are_parsed_by_arrow(tmp_path: Path, arrow_calls: list[int]) -> None:
    """A plain file's columns go through Arrow's path, a chunk's column at a time."""
    path = _memberships(tmp_path, [f"rengo,{n},{1990 + n}" for n in range(30)])
    report = validate(path, "memberships")
    assert report.valid
    assert report.rows == 30
    assert arrow_calls == [30, 30, 30]


def test_a_quoted_file_is_left_to_the_csv_module(tmp_path: Path, arrow_calls: list[int]) -> None:
    """A quote sends the piece to the csv module: Arrow reads no quoted cell."""
    path = _memberships(tmp_path, ['"rengo",1,2019', "zenroren,2,2019"])
    assert validate(path, "memberships").valid
    assert arrow_calls == []


@pytest.mark.parametrize(
    ("rows", "arrow", "codes"),
    [
        (["rengo,1,2019", "zenroren,2,2019"], True, []),  # every line three cells
        (["rengo,1,2019", "zenroren,2"], False, ["missing-cells", "missing-value"]),
        (["rengo,1,2019", "", "zenroren,2,2019"], False, []),  # a blank line: Arrow would keep it
    ],
)
def test_arrow_takes_only_pieces_whose_lines_are_all_rows(
    tmp_path: Path, arrow_calls: list[int], rows: list[str], arrow: bool, codes: list[str]
) -> None:
    """Arrow reads a blank line as a row of empty cells, and refuses a line of another width.

    Either piece is read without Arrow: the blank line is skipped, the short
    one read with a note, as before.
    """
    report = validate(_memberships(tmp_path, rows), "memberships")
    assert bool(arrow_calls) is arrow
    assert report.rows == 2
    assert [issue.code for issue in report.errors] == codes


def test_a_byte_order_mark_starting_a_piece_stays_in_its_cell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Arrow would drop a byte-order mark at the start of its input: such a piece is not its."""
    monkeypatch.setattr(tables, "PIECE", 1)  # a piece a line
    path = _memberships(tmp_path, ["rengo,1,2019", "\ufeffrengo,2,2020"])
    report = validate(path, "memberships")
    found = [(issue.line, issue.value, issue.code) for issue in report.warnings]
    assert found == [(3, "\ufeffrengo", "name-resolved")]


def test_without_pyarrow_the_pieces_are_split(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, arrow_calls: list[int]
) -> None:
    """With pyarrow not importable, the same file gives the same report, by str.split."""
    path = _memberships(tmp_path, ["rengo,1,2019", "rengo,-1,2019", "nope,2,2019-13"])
    with_arrow = _summary(validate(path, "memberships"))
    assert arrow_calls
    arrow_calls.clear()
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    assert arrow_pieces.piece_parser(3, ",", ()) is None
    assert _summary(validate(path, "memberships")) == with_arrow
    assert arrow_calls == []


# --- plain counts ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cells", "plain"),
    [
        (["0", "7", "999999999999999999"], True),  # 0 alone, 18 digits: the longest plain
        (["0", "7", "1000000000000000000"], False),  # 19 digits
        (["1", "00"], False),  # a leading 0
        (["1", "/"], False),  # the byte before "0"
        (["1", ":"], False),  # the byte after "9"
        (["1", ""], False),  # empty
        ([], True),
    ],
)
def test_plain_counts_are_told_from_the_buffers(cells: list[str], plain: bool) -> None:
    """A column is read as integers only when every cell is a plain count (boundary pairs)."""
    checker = _count_checker()
    column = arrow_pieces.checked_column(checker, _arrow(cells))
    assert isinstance(column.values, Counts) is plain
    assert list(column.texts) == cells
    if plain:
        assert list(column.values) == [int(cell) for cell in cells]


@pytest.mark.parametrize(("cells", "counts"), [(["5", "1", "3"], True), (["5", "0", "3"], False)])
def test_counts_below_the_minimum_are_checked_as_texts(cells: list[str], counts: bool) -> None:
    """A rank (minimum 1) of 1 is read as an integer; one of 0 gets its verdict, an error."""
    checker = ColumnChecker(column_specs("affiliations")["rank"], Checkers(DATASET))
    column = arrow_pieces.checked_column(checker, _arrow(cells))
    assert isinstance(column.values, Counts) is counts
    assert list(column.notes) == ([] if counts else ["0"])


def test_a_sliced_arrow_column_is_read_from_its_offset() -> None:
    """A chunk is a slice of its piece's array: its buffers start at the slice's offset."""
    whole = pa.array(["10", "20", "30", "40"])
    column = arrow_pieces.checked_column(_count_checker(), arrow_pieces.ArrowTexts(whole[1:3]))
    assert list(column.values) == [20, 30]
    coded = arrow_pieces.checked_column(
        _org_checker(),
        arrow_pieces.ArrowTexts(pa.array(["x", "rengo", "nope"]).dictionary_encode()[1:]),
    )
    assert list(coded.norms) == ["rengo", "nope"]
    assert set(coded.notes) == {"nope"}


def _arrow(cells: list[str]) -> arrow_pieces.ArrowTexts:
    """A chunk's column of counts or ids as the parser gives it: texts."""
    return arrow_pieces.ArrowTexts(pa.array(cells, pa.string()))


def _count_checker() -> ColumnChecker:
    return ColumnChecker(column_specs("memberships")["value"], Checkers(DATASET))


def _org_checker() -> ColumnChecker:
    return ColumnChecker(column_specs("memberships")["org_id"], Checkers(DATASET))


def test_arrow_texts_index_as_a_list_does() -> None:
    """ArrowTexts is a sequence of texts: indexes, negative ones, slices, and out of range."""
    texts = _arrow(["a", "b", "c"])
    assert (len(texts), texts[0], texts[-1], texts[1:], list(texts)) == (
        3,
        "a",
        "c",
        ["b", "c"],
        ["a", "b", "c"],
    )
    for index in (3, -4):
        with pytest.raises(IndexError):
            texts[index]


# --- claiming a chunk's slots ------------------------------------------------------------


def _coded(values: Sequence[str]) -> Coded:
    distinct = list(dict.fromkeys(values))
    codes = np.array([distinct.index(value) for value in values], dtype=np.int32)
    return Coded(codes, objects(distinct))


def _store(size: int = 16) -> array.array[int]:
    return array.array("I", bytes(4 * size))


BASES = {"a": 0, "b": 8}
COLUMNS = {"2019": 0, "2020": 1}


def test_new_keys_are_claimed_at_once() -> None:
    """Every key new: each slot holds its row's line plus 1."""
    store = _store()
    keys = (_coded(["a", "a", "b"]), _coded(["2019", "2020", "2019"]))
    assert claim(store, BASES, COLUMNS, keys, range(3, 6))
    assert (store[0], store[1], store[8]) == (3, 4, 5)


@pytest.mark.parametrize(
    ("groups", "days"),
    [
        (["a", "b", "a"], ["2019", "2019", "2019"]),  # a key twice in the chunk
        (["a", "c"], ["2019", "2019"]),  # a group the table has not learnt
        (["a", "a"], ["2019", "2021"]),  # a date it has not learnt
    ],
)
def test_a_chunk_that_cannot_be_claimed_changes_nothing(groups: list[str], days: list[str]) -> None:
    """A repeat within the chunk, or a key not in the table: False, and the slots as they were."""
    store = _store()
    store[9] = 7  # ("b", "2020") seen on line 6
    before = store.tolist()
    assert not claim(
        store, BASES, COLUMNS, (_coded(groups), _coded(days)), range(1, len(groups) + 1)
    )
    assert store.tolist() == before


def test_a_key_seen_in_an_earlier_chunk_is_not_claimed() -> None:
    """A slot taken already: False, and the slots as they were."""
    store = _store()
    assert claim(store, BASES, COLUMNS, (_coded(["b"]), _coded(["2020"])), range(1, 2))
    before = store.tolist()
    assert not claim(
        store, BASES, COLUMNS, (_coded(["a", "b"]), _coded(["2020", "2020"])), range(2, 4)
    )
    assert store.tolist() == before


def test_the_store_can_grow_after_a_claim() -> None:
    """No numpy view keeps the store's buffer: the table may widen again."""
    store = _store()
    assert claim(store, BASES, COLUMNS, (_coded(["a"]), _coded(["2019"])), range(1, 2))
    store.frombytes(bytes(64))  # BufferError if a view were still exported
    assert len(store) == 32


@settings(max_examples=60, deadline=None)
@given(
    chunks=st.lists(
        st.lists(st.tuples(st.sampled_from("ab"), st.sampled_from(["2019", "2020"])), max_size=5),
        max_size=6,
    )
)
def test_claims_agree_with_a_set_of_keys(chunks: list[list[tuple[str, str]]]) -> None:
    """A chunk is claimed exactly when its keys are distinct and none was claimed before."""
    store, seen, line = _store(), set[tuple[str, str]](), 1
    for chunk in chunks:
        keys = (_coded([key[0] for key in chunk]), _coded([key[1] for key in chunk]))
        fresh = len(set(chunk)) == len(chunk) and seen.isdisjoint(chunk)
        assert claim(store, BASES, COLUMNS, keys, range(line, line + len(chunk))) is fresh
        if fresh:
            seen.update(chunk)
        line += len(chunk)
    assert sum(1 for slot in store if slot) == len(seen)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 10**18 - 1), max_size=50))
def test_plain_counts_are_added_up_from_their_digits(numbers: list[int]) -> None:
    """Every plain count, up to 18 digits, is read as the number int() reads."""
    cells = [str(value) for value in numbers]
    column = arrow_pieces.checked_column(_count_checker(), _arrow(cells))
    assert isinstance(column.values, Counts)
    assert list(column.values) == numbers
    assert list(column.texts) == cells


@pytest.mark.parametrize(
    ("piece", "rows"),
    [
        ("a,1\nb,2\n", [["a", "1"], ["b", "2"]]),
        ("a,1\nb,2", [["a", "1"], ["b", "2"]]),  # no line end after the last line
        ('a\\,"1"\n', [["a\\", '"1"']]),  # no escape, no quoting: as str.split reads it
        ("a,1\nb\n", None),  # a line of another width: refused
        ("a,1,2\n", None),
        ("\ufeffa,1\n", None),  # Arrow would drop the mark
    ],
)
def test_the_parser_reads_every_line_as_a_row_or_refuses_the_piece(
    piece: str, rows: list[list[str]] | None
) -> None:
    """Each line is a row of the header's width, cut at each delimiter; else the piece is refused."""
    parse = arrow_pieces.piece_parser(2, ",", (0,))
    assert parse is not None
    arrays = parse(piece)
    if rows is None:
        assert arrays is None
        return
    assert arrays is not None
    assert [list(arrow_pieces.ArrowTexts(array)) for array in arrays] == [
        list(column) for column in zip(*rows, strict=True)
    ]


@pytest.mark.parametrize(
    ("header", "row", "arrow"),
    [
        ("name_en,kind,founded,notes", "A union,union,1989,x", True),  # half repeat: enough
        ("name_en,kind,notes", "A union,union,x", False),  # one of three: texts anyway
        ("org_id,value,as_of", "rengo,1,2019", True),
        ("id,org_id,value,as_of", "m-1,rengo,1,2019", False),  # hashed ids' memory beside Arrow's
    ],
)
def test_arrow_reads_a_table_only_when_most_columns_repeat_and_it_has_no_ids(
    tmp_path: Path, arrow_calls: list[int], header: str, row: str, arrow: bool
) -> None:
    """Columns of repeating texts and counts gain from Arrow; free texts and ids do not (pairs)."""
    table = "memberships" if "value" in header else "organizations"
    path = tmp_path / "t.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    with_arrow = _summary(validate(path, table))
    assert bool(arrow_calls) is arrow
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tables, "piece_parser", lambda *_: None)
        assert _summary(validate(path, table)) == with_arrow


def test_a_chunk_using_part_of_its_pieces_texts_gets_their_verdicts_in_order() -> None:
    """A chunk's codes are renumbered to the texts it uses; norms and values follow its cells."""
    cells = ["x", *["UA ZENSEN", "nope", "rengo"] * 4]
    column = arrow_pieces.checked_column(
        _org_checker(), arrow_pieces.ArrowTexts(pa.array(cells).dictionary_encode()[1:])
    )
    assert isinstance(column.texts, Coded)  # read by codes, not as texts
    assert list(column.texts) == cells[1:]
    assert list(column.norms) == ["ua-zensen", "nope", "rengo"] * 4
    assert list(column.values) == ["ua-zensen", None, "rengo"] * 4
    assert sorted(column.notes) == ["UA ZENSEN", "nope"]
    assert column.valid_norms == {"ua-zensen", "rengo"}


def test_a_coded_column_of_dates_has_texts_norms_and_values_of_its_own() -> None:
    """An era date's norm is its ISO text and its value a span of days: three different cells."""
    cells = ["令和元年10月", "2019-10", "2019"] * 4
    checker = ColumnChecker(column_specs("memberships")["as_of"], Checkers(DATASET))
    column = arrow_pieces.checked_column(
        checker, arrow_pieces.ArrowTexts(pa.array(cells).dictionary_encode())
    )
    assert isinstance(column.norms, Coded)
    assert list(column.texts) == cells
    assert list(column.norms) == ["2019-10", "2019-10", "2019"] * 4
    values = list(column.values)
    assert values[0] == values[1] != values[2]
    assert all(isinstance(value, tuple) for value in values)


def test_a_text_column_of_digits_is_checked_as_texts(
    tmp_path: Path, arrow_calls: list[int]
) -> None:
    """A language of digits is no language: only count columns are read as numbers."""
    path = tmp_path / "s.csv"
    path.write_text("kind,language,published\nseed,12,2019\nseed,34,2020\n", encoding="utf-8")
    report = validate(path, "sources")
    assert arrow_calls
    assert [(i.line, i.column, i.code) for i in report.errors if i.column == "language"] == [
        (2, "language", "pattern"),
        (3, "language", "pattern"),
    ]


def test_a_coded_column_whose_every_text_changes_has_the_changed_norms() -> None:
    """When no text is its own norm (era dates only), the norms are still the ISO dates."""
    cells = ["令和元年10月", "R1.10"] * 4
    checker = ColumnChecker(column_specs("memberships")["as_of"], Checkers(DATASET))
    column = arrow_pieces.checked_column(
        checker, arrow_pieces.ArrowTexts(pa.array(cells).dictionary_encode())
    )
    assert list(column.norms) == ["2019-10"] * 8


def test_coded_cells_answer_for_the_rows_they_hold() -> None:
    """Membership, flags, tallies and kept rows of codes count only the rows' cells."""
    coded = Coded(np.array([0, 2, 2, 0], dtype=np.intp), objects(["a", "b", ""]))
    assert list(coded) == ["a", "", "", "a"]
    assert "" in coded
    assert "b" not in coded  # a distinct cell no row has
    assert coded.flags({"", "b"}) == [False, True, True, False]
    assert coded.tally() == {"a": 2, "": 2}
    kept = coded.kept([True, False, False, True])
    assert list(kept) == ["a", "a"]
    assert "" not in kept
    assert kept.tally() == {"a": 2}
