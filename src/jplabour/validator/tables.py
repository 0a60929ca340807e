"""CSV and TSV tables: the header, then chunks of rows, plain lines split straight into columns."""

from __future__ import annotations

import csv
import itertools
import operator
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import Any, Final

from jplabour.errors import UnusableInputError
from jplabour.plural import counted
from jplabour.validator.arrow_pieces import ArrowTexts, piece_parser
from jplabour.validator.reading import (
    CHUNK_ROWS,
    FIELD_LIMIT,
    LINE_LIMIT,
    TOO_LONG_LINE,
    Chunk,
    Source,
)
from jplabour.validator.report import Note

__all__ = [
    "ARROW_CHUNK_ROWS",
    "HELD_CHARACTERS",
    "PIECE",
    "HeldRows",
    "TableReader",
    "blank_row",
    "blank_tail",
    "held_back",
    "numbered_chunks",
    "table_chunks",
]

_LINE_OF: Final = operator.attrgetter("line_num")
_NEXT: Final = (1).__add__
_FIRST: Final = operator.itemgetter(0)
_SECOND: Final = operator.itemgetter(1)


class TableReader:
    """A CSV or TSV table read from a :class:`Source`: its header, then chunks of rows.

    Plain blocks of lines (no quote, none blank, each line with the
    header's number of cells, Windows line ends allowed) are split straight
    into columns, which is what the csv module would give, without a list
    per row. Blocks without quotes but otherwise irregular are read by the
    csv module; from the first block with a quote on (a quoted cell may hold
    line breaks), the rest of the file is read by the csv module.
    """

    def __init__(self, source: Source, texts: Iterator[str], delimiter: str) -> None:
        self.source = source
        self.delimiter = delimiter
        self.blocks = source.blocks(texts)
        self.batch: list[str] = []
        self.at = 0
        #: The lines read so far.
        self.line = 0

    def _lines(self) -> Iterator[str]:
        """The lines one at a time, for the header (which may span lines, or follow blank ones)."""
        while True:
            while self.at < len(self.batch):
                self.at += 1
                yield self.batch[self.at - 1]
            block = next(self.blocks, None)
            if block is None:
                return
            self.batch, self.at = self.source.split_lines(block), 0

    def header(self) -> list[str]:
        """The first row that is not blank; UnusableInputError when there is none."""
        reader = csv.reader(self._lines(), delimiter=self.delimiter)
        header: list[str] | None = None
        try:
            while not header:
                header = next(reader)
        except StopIteration:
            if self.source.long_lines:  # the only lines were skipped as too long: not empty
                raise UnusableInputError(
                    f"the header line is longer than {LINE_LIMIT:,} characters",
                    path=self.source.name,
                    line=min(self.source.long_lines),
                ) from None
            raise UnusableInputError(
                "the file is empty: no header row", path=self.source.name
            ) from None
        except csv.Error as error:
            raise UnusableInputError(
                f"unreadable header: {error}", path=self.source.name, line=reader.line_num
            ) from None
        finally:
            self.line = reader.line_num
        return header

    def chunks(
        self, width: int, split: bool, repeating: Collection[int] | None = None
    ) -> Iterator[Chunk]:
        """Chunks of the rows after the header, *width* cells wide; plain ones *split* into columns.

        Plain pieces are parsed by Arrow when pyarrow and numpy are installed
        and *repeating* is given (:mod:`~jplabour.validator.arrow_pieces`; the
        columns at those positions are dictionary-encoded), and split by
        :meth:`str.split` otherwise.
        """
        plain_ends = self.source.newline == "\n"
        arrow = split and plain_ends and repeating is not None
        parse = piece_parser(width, self.delimiter, repeating or ()) if arrow else None
        after_header, self.batch = "".join(self.batch[self.at :]), []
        blocks = _pieces(itertools.chain([after_header], self.blocks), self.source.newline)
        lines_of = self.source.split_lines
        long_lines = self.source.long_lines
        delimiter = self.delimiter
        done = 0
        for block in blocks:
            if not block:
                continue
            plain = _plain(block) if plain_ends else None
            if plain is None:
                rest = itertools.chain(
                    lines_of(block), itertools.chain.from_iterable(map(lines_of, blocks))
                )
                reader = csv.reader(rest, delimiter=delimiter)
                yield from table_chunks(reader, width, long_lines, self.line)
                return
            fits = split and _fits(plain)
            arrays = parse(plain) if fits and parse is not None else None
            shaped = _shaped(plain, width, delimiter) if fits and arrays is None else None
            if arrays is not None:
                rows = len(arrays[0])
                yield from _arrow_chunks(arrays, rows, self.line, done)
            elif shaped is not None:
                rows = shaped
                yield from _split_chunks(_cells(plain, delimiter), width, rows, self.line, done)
            else:
                texts = lines_of(block)
                reader = csv.reader(texts, delimiter=delimiter)
                yield from table_chunks(reader, width, long_lines, self.line)
                self.line += len(texts)
                continue
            done += rows
            self.line += rows


def _split_chunks(cells: list[str], width: int, rows: int, line: int, done: int) -> Iterator[Chunk]:
    """Chunks of *rows* rows of *cells* (row after row), the first on the line after *line*.

    Chunks end on multiples of CHUNK_ROWS rows (*done* rows came before), as the csv module's do.
    """
    start = 0
    while start < rows:
        end = min(start + CHUNK_ROWS - (done + start) % CHUNK_ROWS, rows)
        columns: dict[int, Sequence[str]] = {
            position: cells[start * width + position : end * width : width]
            for position in range(width)
        }
        yield Chunk(lines=range(line + start + 1, line + end + 1), columns=columns)
        start = end


#: Rows of a piece parsed by Arrow checked together: its columns are arrays, not lists of
#: cells, so a chunk costs little per row and much per chunk. A multiple of CHUNK_ROWS.
ARROW_CHUNK_ROWS: Final = 1 << 15


def _arrow_chunks(arrays: list[Any], rows: int, line: int, done: int) -> Iterator[Chunk]:
    """Chunks of the *rows* rows of a piece parsed by Arrow: *arrays*, a column each.

    Chunks end on multiples of ARROW_CHUNK_ROWS rows (*done* rows came before), which
    are multiples of CHUNK_ROWS, where the other chunks end.
    """
    start = 0
    while start < rows:
        end = min(start + ARROW_CHUNK_ROWS - (done + start) % ARROW_CHUNK_ROWS, rows)
        columns: dict[int, Sequence[str]] = {
            position: ArrowTexts(array.slice(start, end - start))
            for position, array in enumerate(arrays)
        }
        yield Chunk(lines=range(line + start + 1, line + end + 1), columns=columns)
        start = end


#: Characters of a block split into cells at a time (about 8,000 rows of 32 characters):
#: a block of 1 MB would hold 100,000 cells, and memory all of them.
PIECE: Final = 1 << 18


def _pieces(blocks: Iterable[str], newline: str) -> Iterator[str]:
    """*blocks* cut into pieces of whole lines, each of about :data:`PIECE` characters."""
    for block in blocks:
        start = 0
        while len(block) - start > PIECE:
            cut = block.find(newline, start + PIECE - 1) + 1
            if not cut or cut == len(block):
                break
            yield block[start:cut]
            start = cut
        yield block[start:] if start else block


def _plain(block: str) -> str | None:
    r"""*block* with Windows line ends made plain, or None when it has a quote or a lone ``\r``.

    A quoted cell may hold line breaks; a lone carriage return is left to the csv module.
    """
    if '"' in block:
        return None
    if "\r" in block:
        if block.count("\r") != block.count("\r\n"):
            return None
        return block.replace("\r\n", "\n")
    return block


#: The bytes that are neither the delimiter nor a line end, by delimiter: what a row's shape is not.
_NOT_SHAPE: Final = {
    delimiter: bytes(byte for byte in range(256) if byte not in (ord(delimiter), ord("\n")))
    for delimiter in (",", "\t")
}


def _fits(block: str) -> bool:
    """True when no line of a *block* is blank (nor skipped as too long), nor longer than a cell may be."""
    return block[0] != "\n" and "\n\n" not in block and _lines_fit(block, FIELD_LIMIT)


def _shaped(block: str, width: int, delimiter: str) -> int | None:
    """The count of rows of a *block* that :func:`_fits`, or None unless each line has *width* cells.

    The block's shape (its delimiters and line ends alone) tells in one
    pass. (The caller checked for quotes and carriage returns.)
    """
    ends = block[-1] == "\n"
    shape = block.encode("utf-8", "surrogatepass").translate(None, _NOT_SHAPE[delimiter])
    unit = (delimiter * (width - 1) + "\n").encode()
    rows = shape.count(b"\n") + (not ends)
    if len(shape) != len(unit) * rows - (not ends) or shape != (unit * rows)[: len(shape)]:
        return None
    return rows


def _cells(block: str, delimiter: str) -> list[str]:
    """The cells of a plain block, row after row (what the csv module would read)."""
    cells = block.replace("\n", delimiter).split(delimiter)
    if block[-1] == "\n":
        cells.pop()
    return cells


def _lines_fit(block: str, limit: int) -> bool:
    """True when no line of *block*, with its end, is longer than *limit* characters."""
    start = 0
    while len(block) - start > limit:
        cut = block.rfind("\n", start, start + limit)
        if cut < 0:
            return False
        start = cut + 1
    return True


def table_chunks(reader: Any, width: int, long_lines: set[int], offset: int = 0) -> Iterator[Chunk]:
    """Chunks of the rows of a :func:`csv.reader`, *width* cells wide, *offset* lines before its first.

    Each row is paired with the reader's ``line_num`` after it, the last line
    of the row, without a Python call per row; a row starts on the line after
    the previous row's last.
    """
    previous = offset + reader.line_num
    paired = zip(
        reader,
        map(offset.__add__, map(_LINE_OF, itertools.repeat(reader))),
        strict=False,
    )
    while True:
        read: list[tuple[Any, int]] = []
        failed = False
        while len(read) < CHUNK_ROWS:
            try:
                read.extend(itertools.islice(paired, CHUNK_ROWS - len(read)))
                break
            except csv.Error as error:
                read.append((error, reader.line_num))
                failed = True
        if not read:
            return
        rows = list(map(_FIRST, read))
        first, previous = previous + 1, read[-1][1]
        chunk = Chunk()
        # Blank rows have no cells: every row the header's width means none is blank or
        # ragged, and as many lines as rows means that none spans lines.
        if (
            not failed
            and previous - first + 1 == len(rows)
            and min(map(len, rows)) == width == max(map(len, rows))
        ):
            chunk.rows, chunk.lines = rows, range(first, previous + 1)
        else:
            ends = list(map(_SECOND, read))
            starts = [first]
            starts += map(_NEXT, ends[:-1])
            _sort_rows(chunk, rows, zip(starts, ends, strict=True), width, long_lines)
        yield chunk
        if len(read) < CHUNK_ROWS:
            return


def _sort_rows(
    chunk: Chunk,
    rows: list[Any],
    spans: Iterable[tuple[int, int]],
    width: int,
    long_lines: set[int],
) -> None:
    """Put *rows* into *chunk*: blank ones dropped, ragged ones padded, unreadable ones noted.

    *spans* are the first and last line of each row.
    """
    lines: list[int] = []
    chunk.lines = lines
    for cells, (line, last) in zip(rows, spans, strict=True):
        if isinstance(cells, csv.Error):
            chunk.notes.append((line, _unreadable(cells, line, last)))
            chunk.uncopied.append(line)
            continue
        if not cells:
            if line in long_lines:
                chunk.notes.append((line, TOO_LONG_LINE))
                chunk.uncopied.append(line)
            continue
        if last > line:
            chunk.notes.append((line, _multi_line(line, last)))
        if len(cells) != width:
            chunk.notes.append((line, _ragged(len(cells), width)))
        chunk.rows.append(cells + [""] * (width - len(cells)))
        lines.append(line)


def _unreadable(error: csv.Error, line: int, last: int) -> Note:
    """The error of a row the csv module could not read, over lines *line* to *last*."""
    if "field larger" in str(error):
        return Note(
            "too-long",
            f"unreadable row over lines {line}-{last}: a cell longer than {FIELD_LIMIT:,} "
            "characters",
            "a quote that is never closed makes the following lines one cell",
        )
    span = f" over lines {line}-{last}" if last > line else ""
    return Note("csv", f"unreadable row{span}: {error}")


def _multi_line(line: int, last: int) -> Note:
    """The warning of a row whose quoted cells hold line breaks."""
    return Note(
        "multi-line-row",
        f"one row over lines {line}-{last}: a quoted cell holds line breaks",
        "if it should not, a quote is left open",
        error=False,
    )


def _ragged(found: int, width: int) -> Note:
    if found > width:
        return Note(
            "extra-cells", f"{found} cells, the header has {width}", "quote cells with commas"
        )
    return Note(
        "missing-cells",
        f"{found} cells, the header has {width}",
        "the missing cells are read as empty",
    )


# --- empty rows at the end ------------------------------------------------------------


def blank_tail(size: int, blank: Callable[[int], bool]) -> int:
    """Where the trailing run of blank rows of *size* rows starts (*size* when there is none)."""
    start = size
    while start and blank(start - 1):
        start -= 1
    return start


def blank_row(cells: Sequence[str]) -> bool:
    """True when every cell of a row is empty or spaces (``,,,,``, a sheet's emptied row)."""
    return not any(cell.strip() for cell in cells)


class HeldRows:
    """Empty rows held back at the end of what was read so far.

    Rows whose cells are all empty are held until a row with a value comes:
    then they are rows like others (their required cells are missing). Those
    still held at the end of the table are ignored, with one warning
    (:meth:`warning`). They are kept as runs of lines, so memory stays small
    however many there are (a sheet formatted to its last row).
    """

    def __init__(self) -> None:
        self.runs: list[list[int]] = []
        self.notes: list[tuple[int, Note]] = []
        self.count = 0
        #: The cells of the rows held that are not all empty (spaces), by line, up to
        #: HELD_CHARACTERS: a row released is given back as it was read.
        self.cells: dict[int, Sequence[str]] = {}
        self.characters = 0

    def hold(
        self,
        lines: Sequence[int],
        notes: Sequence[tuple[int, Note]] = (),
        rows: Iterable[Sequence[str]] = (),
    ) -> None:
        """Hold the rows at *lines*, with the notes of those lines and the *rows*' cells, if given."""
        for line in lines:
            if self.runs and self.runs[-1][1] == line - 1:
                self.runs[-1][1] = line
            else:
                self.runs.append([line, line])
            self.count += 1
        self.notes += notes
        for line, cells in zip(lines, rows, strict=False):
            characters = sum(map(len, cells))
            size = characters + len(cells)  # a cell's own memory counts too
            if characters and self.characters + size <= HELD_CHARACTERS:
                self.cells[line] = cells
                self.characters += size

    def take(self) -> tuple[list[list[int]], list[tuple[int, Note]], dict[int, Sequence[str]]]:
        """The runs of lines held (first and last), their notes and kept cells; none held after."""
        taken = (self.runs, self.notes, self.cells)
        self.runs, self.notes, self.count, self.cells, self.characters = [], [], 0, {}, 0
        return taken

    def release(self) -> tuple[list[int], list[tuple[int, Note]]]:
        """The lines and notes of the rows held, which are rows after all; none is held after."""
        runs, notes, _ = self.take()
        return [line for first, last in runs for line in range(first, last + 1)], notes

    def warning(self) -> tuple[int, Note] | None:
        """The warning of the rows still held at the end, or None."""
        if not self.runs:
            return None
        first, last = self.runs[0][0], self.runs[-1][1]
        lines = f"line {first}" if first == last else f"lines {first}-{last}"
        note = Note(
            "empty-rows",
            f"{counted(self.count, 'empty row')} at the end ({lines}) ignored",
            "nothing to do; --normalize leaves them out",
            error=False,
        )
        return first, note


#: How many characters of the blank rows held (spaces) are kept, to give them back as
#: read, each cell counting one more: about 4 MB at most. Past it, they come back empty.
HELD_CHARACTERS: Final = 1 << 16


def _blank_rows_start(chunk: Chunk) -> int:
    """Where the chunk's trailing run of blank rows starts."""
    if chunk.columns is not None:
        if not chunk.lines or not blank_row([cells[-1] for cells in chunk.columns.values()]):
            return len(chunk.lines)
        cells = [list(column) for column in chunk.columns.values()]  # Arrow's, at once
        return blank_tail(len(chunk.lines), lambda index: not any(c[index].strip() for c in cells))
    rows = chunk.rows
    return blank_tail(len(rows), lambda index: blank_row(rows[index]))


def held_back(chunks: Iterator[Chunk], width: int, held: HeldRows) -> Iterator[Chunk]:
    """*chunks* of a table with the blank rows at the end of each held in *held* until a row follows."""
    for chunk in chunks:
        start = _blank_rows_start(chunk)
        if held.runs and (start or chunk.uncopied):
            yield from _released(held, width)
        if start < len(chunk.lines):
            tail = chunk.lines[start:]
            lines_held = set(tail)
            if chunk.columns is not None:
                rows: Iterable[Sequence[str]] = zip(
                    *(cells[start:] for cells in chunk.columns.values()), strict=True
                )
            else:
                rows = chunk.rows[start:]
            held.hold(tail, [note for note in chunk.notes if note[0] in lines_held], rows)
            chunk.notes = [note for note in chunk.notes if note[0] not in lines_held]
            chunk.lines = chunk.lines[:start]
            if chunk.columns is not None:
                chunk.columns = {
                    position: list(cells[:start]) for position, cells in chunk.columns.items()
                }
            else:
                del chunk.rows[start:]
        if chunk.lines or chunk.notes or chunk.uncopied:
            yield chunk


def _released(held: HeldRows, width: int) -> Iterator[Chunk]:
    """The rows *held*, rows after all, in chunks of CHUNK_ROWS: a million of them take no more."""
    runs, notes, kept = held.take()
    notes.sort(key=_FIRST)
    blank = [""] * width
    lines = itertools.chain.from_iterable(range(first, last + 1) for first, last in runs)
    noted = 0
    while batch := list(itertools.islice(lines, CHUNK_ROWS)):
        chunk = Chunk(rows=[list(kept.get(line, blank)) for line in batch], lines=batch)
        while noted < len(notes) and notes[noted][0] <= batch[-1]:
            chunk.notes.append(notes[noted])
            noted += 1
        yield chunk


def numbered_chunks(rows: Iterator[tuple[int, list[str]]], width: int) -> Iterator[Chunk]:
    """Chunks of rows that know their lines (a sheet's), padded to *width* cells.

    A row longer than *width* (cells with values beyond the header's) is
    noted ``extra-cells``; a shorter one is padded without a note (a sheet
    does not store its rows' empty cells).
    """
    while True:
        chunk = Chunk()
        lines = []
        for line, cells in itertools.islice(rows, CHUNK_ROWS):
            if len(cells) > width:
                chunk.notes.append((line, _ragged(len(cells), width)))
                del cells[width:]
            cells.extend([""] * (width - len(cells)))
            chunk.rows.append(cells)
            lines.append(line)
        if not chunk.rows and not chunk.notes:
            return
        chunk.lines = lines
        yield chunk
