"""Plain pieces of a CSV or TSV table parsed by Arrow, and their columns checked by distinct text.

When pyarrow and numpy are installed, a piece of plain lines (no quote, no
carriage return, none blank: what :mod:`~jplabour.validator.tables` would
otherwise split with :meth:`str.split` once it knows each line has the
header's width) is parsed by Arrow's CSV reader, in compiled code, with
quoting off: no Python string is made per cell. Arrow refuses a line of
another width, and a piece that Arrow refuses is read as it would be without
Arrow. The reader dictionary-encodes each column whose texts repeat as it
parses, so a chunk's cells are codes into the piece's distinct texts: only
the distinct texts a chunk uses become Python strings and get a verdict
(:class:`~jplabour.validator.lazy.Coded`). A column of counts whose texts are
all plain is read as integers by numpy from the texts' bytes
(:class:`~jplabour.validator.lazy.Counts`). Counts that are not all plain,
and ids, which hardly repeat, are checked as texts. The verdicts, notes and
issues are those of the Python path: the tests compare the two on the same
files. Arrow's memory comes from the system allocator, which gives it back.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from typing import Any, Final

from jplabour.formats import number
from jplabour.validator.cells import CheckedColumn, ColumnChecker
from jplabour.validator.lazy import Coded, Counts, LazyItems, objects

__all__ = ["ArrowTexts", "PieceParser", "checked_column", "piece_parser"]

#: The byte of the digit 0, and the highest a digit's byte may be above it.
_ZERO: Final = ord("0")
_NINE: Final = 9
_BOM: Final = b"\xef\xbb\xbf"

#: Parses a piece of plain lines into one Arrow array per column, or None when it cannot.
PieceParser = Callable[[str], "list[Any] | None"]


class ArrowTexts(LazyItems):
    """A chunk's column of cell texts, as an Arrow array (of texts, or dictionary-encoded)."""

    __slots__ = ("array",)

    def __init__(self, array: Any) -> None:
        self.array = array

    def __len__(self) -> int:
        return len(self.array)

    def _item(self, index: int) -> str:
        text: str = self.array[index].as_py()  # IndexError out of range, as a list's
        return text

    def _items(self, where: slice) -> list[str]:
        return _texts(self.array)[where]

    def __iter__(self) -> Iterator[str]:
        return iter(_texts(self.array))


def piece_parser(width: int, delimiter: str, repeating: Collection[int]) -> PieceParser | None:
    """The parser of plain pieces *width* cells wide, or None when pyarrow or numpy is missing.

    The columns at the positions *repeating* are dictionary-encoded as they
    are parsed; the others (counts, ids) are texts.
    """
    try:
        import numpy as np  # noqa: F401 -- the columns' codes are numpy arrays
        import pyarrow as pa
        import pyarrow.csv as arrow_csv
    except ImportError:
        return None
    names = [str(position) for position in range(width)]
    parse_options = arrow_csv.ParseOptions(
        delimiter=delimiter,
        quote_char=False,
        escape_char=False,
        newlines_in_values=False,
        ignore_empty_lines=False,
    )
    convert_options = arrow_csv.ConvertOptions(
        column_types={
            name: pa.dictionary(pa.int32(), pa.string()) if position in repeating else pa.string()
            for position, name in enumerate(names)
        },
        strings_can_be_null=False,
        quoted_strings_can_be_null=False,
    )
    pool = pa.system_memory_pool()

    def parse(piece: str) -> list[Any] | None:
        data = piece.encode("utf-8", "surrogatepass")
        # Arrow skips a byte-order mark that starts its input: here it would be a cell's.
        if data.startswith(_BOM):
            return None
        read_options = arrow_csv.ReadOptions(
            column_names=names, use_threads=False, block_size=len(data) + 1
        )
        try:
            table = arrow_csv.read_csv(
                pa.py_buffer(data),
                read_options=read_options,
                parse_options=parse_options,
                convert_options=convert_options,
                memory_pool=pool,
            )
        except (pa.ArrowException, ValueError):  # a line of another width, text not UTF-8
            return None
        # Every line a row (none skipped), and one dictionary a column.
        rows = data.count(b"\n") + (not data.endswith(b"\n"))
        columns = [table.column(position) for position in range(width)]
        if table.num_rows != rows or any(column.num_chunks != 1 for column in columns):
            return None
        return [column.chunk(0) for column in columns]

    return parse


def checked_column(checker: ColumnChecker, column: ArrowTexts) -> CheckedColumn:
    """The checked column of a chunk's *column*, as *checker* would check its texts."""
    array = column.array
    encoded = hasattr(array, "indices")  # a dictionary array
    if checker.counts and not encoded:
        counts = _plain_counts(checker, array)
        if counts is not None:
            return counts
    # Codes pay when texts repeat: a column of mostly distinct texts (unknown ids) is texts.
    if encoded and checker.remember and 2 * len(array.dictionary) <= len(array):
        return _coded(checker, array)
    return checker.column(_texts(array))


def _plain_counts(checker: ColumnChecker, texts: Any) -> CheckedColumn | None:
    """A column of plain counts, none below the minimum, as integers; None when it is not one."""
    numbers = _plain_numbers(texts)
    if numbers is None:
        return None
    if checker.least > 0 and len(numbers) and int(numbers.min()) < checker.least:
        return None
    counts = Counts(numbers, texts=True)
    return CheckedColumn(checker.spec.name, counts, counts, Counts(numbers, texts=False), {})


def _plain_numbers(texts: Any) -> Any:
    """The numbers of an Arrow array of texts that are all plain counts, or None when one is not.

    Plain (ASCII digits, none too long, no leading 0) is told by numpy from
    the array's offsets and bytes, and each number added up from its digits.
    """
    import numpy as np

    size = len(texts)
    offsets = np.frombuffer(
        texts.buffers()[1], dtype=np.int32, count=size + 1, offset=texts.offset * 4
    ).astype(np.intp)
    start = int(offsets[0])
    digits = np.frombuffer(texts.buffers()[2], dtype=np.uint8)[start : offsets[-1]] - _ZERO
    lengths = np.diff(offsets)
    if not size:
        return np.zeros(0, dtype=np.int64)
    if (
        int(lengths.min()) < 1
        or int(lengths.max()) > number.MAX_DIGITS
        or int(digits.max()) > _NINE  # a byte below "0" wraps round to above 9
        or bool(np.any((digits[offsets[:-1] - start] == 0) & (lengths > 1)))
    ):
        return None
    # Each digit times the power of ten of its place from its number's end.
    places = np.repeat(offsets[1:], lengths) - np.arange(start + 1, offsets[-1] + 1)
    powers = 10 ** np.arange(number.MAX_DIGITS, dtype=np.int64)
    return np.add.reduceat(digits * powers[places], offsets[:-1] - start)


def _coded(checker: ColumnChecker, array: Any) -> CheckedColumn:
    """A column checked by its distinct texts (in the order met), its cells codes into them."""
    import numpy as np

    codes = _codes(array)
    # The piece's texts that the chunk uses, in the order the piece met them.
    used = np.flatnonzero(np.bincount(codes, minlength=len(array.dictionary)))
    if len(used) < len(array.dictionary):
        local = np.zeros(len(array.dictionary), dtype=np.intp)
        local[used] = np.arange(len(used))
        codes = local[codes]
    every = array.dictionary.to_pylist()
    texts = every if len(used) == len(every) else [every[code] for code in used.tolist()]
    verdicts = checker.verdicts(texts)
    cells = [verdicts[text] for text in texts]
    coded = Coded(codes, objects(texts))
    norms = coded
    if any(cell[0] != text for text, cell in zip(texts, cells, strict=True)):
        norms = Coded(codes, objects([cell[0] for cell in cells]))
    values = coded
    if not all(cell[1] is text for text, cell in zip(texts, cells, strict=True)):
        values = Coded(codes, objects([cell[1] for cell in cells]))
    notes = {text: cell[2] for text, cell in zip(texts, cells, strict=True) if cell[2] is not None}
    distinct = {cell[1] for cell in cells}
    valid = {cell[0] for cell in cells if cell[2] is None or not cell[2].error}
    return CheckedColumn(checker.spec.name, coded, norms, values, notes, distinct, valid)


def _texts(array: Any) -> list[str]:
    """The texts of an Arrow array; a dictionary-encoded one's taken from its dictionary by numpy.

    (A dictionary array's ``to_pylist`` makes a scalar per cell: twenty times slower.)
    """
    if not hasattr(array, "indices"):
        texts: list[str] = array.to_pylist()
        return texts
    decoded: list[str] = objects(array.dictionary.to_pylist())[_codes(array)].tolist()
    return decoded


def _codes(array: Any) -> Any:
    """The codes of a dictionary-encoded Arrow array, as a numpy array over its buffer.

    (``Array.to_numpy`` costs milliseconds a call, more than the chunk's checks.)
    """
    import numpy as np

    indices = array.indices
    return np.frombuffer(
        indices.buffers()[1], dtype=np.int32, count=len(indices), offset=indices.offset * 4
    )
