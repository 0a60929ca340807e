"""Reading downstream files: encodings, lines, CSV and TSV rows, JSON Lines and JSON arrays.

The readers give the validator's core (:class:`~jplabour.validator.run.Validation`)
chunks of rows with their line numbers, and the problems of rows that could
not be read (ragged rows, unreadable CSV, lines too long, values that are no
objects) as notes at their lines.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, Final

import attrs

from jplabour._files import open_for_reading
from jplabour.errors import UnusableInputError
from jplabour.frames import cell_text
from jplabour.validator.report import Note

__all__ = [
    "CHUNK_ROWS",
    "FIELD_LIMIT",
    "LINE_LIMIT",
    "READ_SIZE",
    "TOO_LONG_LINE",
    "Chunk",
    "HeldRows",
    "Source",
    "blank_row",
    "blank_tail",
    "cell_text",
    "held_back",
    "json_array",
    "json_lines",
    "numbered_chunks",
    "object_chunks",
    "table_chunks",
]

#: The longest field read, in characters; longer fields are errors.
FIELD_LIMIT: Final = 1 << 20
#: The longest line read, in characters; longer lines are errors, skipped unread.
LINE_LIMIT: Final = 2 * FIELD_LIMIT
#: Rows checked together, column by column. A power of two, so that progress
#: reports fall on round numbers of rows.
CHUNK_ROWS: Final = 1 << 15
#: Bytes read at a time.
READ_SIZE: Final = 1 << 20

_EXTENSIONS: Final = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}
_ENCODING_ALIASES: Final = {
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "ms932": "cp932",
    "windows-31j": "cp932",
}
_NUL: Final = b"\x00"
_NEWLINE: Final = b"\n"


class Source:
    """An opened input: its format, encoding, and the decoded text in chunks."""

    def __init__(self, path: Path, encoding: str | None) -> None:
        self.path = path
        self.name = str(path)
        # A regular file, or "-" for standard input; never a FIFO or a device by name.
        self.file: IO[bytes] = open_for_reading(path, stdin=True)
        try:
            first = self.file.read(READ_SIZE)
            self.encoding, skip = self._encoding(first, encoding)
        except (OSError, UnusableInputError):
            self.file.close()
            raise
        self.first = first[skip:]
        self.offset = skip
        self.long_lines: set[int] = set()

    def close(self) -> None:
        """Close the file."""
        self.file.close()

    def _encoding(self, first: bytes, named: str | None) -> tuple[str, int]:
        """The codec of the file and the length of its byte order mark."""
        boms = (
            (codecs.BOM_UTF32_LE, None),
            (codecs.BOM_UTF32_BE, None),
            (codecs.BOM_UTF8, "utf-8"),
            (codecs.BOM_UTF16_LE, "utf-16-le"),
            (codecs.BOM_UTF16_BE, "utf-16-be"),
        )
        for bom, codec in boms:
            if first.startswith(bom):
                if codec is None:
                    raise UnusableInputError(
                        "UTF-32 is not read; save the file as UTF-8", path=self.name
                    )
                return codec, len(bom)
        if named is not None:
            return self._named(named), 0
        nul = first.find(_NUL)
        if nul >= 0:
            raise UnusableInputError(
                f"a NUL byte at byte offset {nul}: not a text table "
                "(UTF-16 needs a byte order mark, or --encoding utf-16-le)",
                path=self.name,
            )
        final = len(first) < READ_SIZE
        utf8_error = _decode_error("utf-8", first, final)
        if utf8_error is None:
            return "utf-8", 0
        if _decode_error("cp932", first, final) is None:
            if _looks_like_euc_jp(first, final):
                raise UnusableInputError(
                    "the text looks like EUC-JP, which is not detected: name the encoding "
                    "with --encoding euc-jp (or --encoding shift_jis if it is Shift_JIS)",
                    path=self.name,
                )
            return "cp932", 0
        raise self._undecodable(utf8_error, 0, 0, "UTF-8, UTF-16 or Shift_JIS")

    def _undecodable(
        self, error: UnicodeDecodeError, offset: int, lines: int, encoding: str
    ) -> UnusableInputError:
        """The error of bytes that do not decode; *offset* and *lines* precede ``error.object``."""
        line = lines + error.object[: error.start].count(_NEWLINE) + 1
        return UnusableInputError(
            f"undecodable bytes at byte offset {offset + error.start} (line {line}): "
            f"not {encoding}; name the encoding with --encoding",
            path=self.name,
        )

    def _named(self, named: str) -> str:
        codec = _ENCODING_ALIASES.get(named.lower(), named)
        try:
            info = codecs.lookup(codec)
        except LookupError:
            raise UnusableInputError(f"unknown encoding {named!r}", path=self.name) from None
        if not getattr(info, "_is_text_encoding", True):
            raise UnusableInputError(f"{named!r} is not a text encoding", path=self.name)
        return info.name

    def texts(self) -> Iterator[str]:
        """The decoded text, a chunk at a time; UnusableInputError at undecodable bytes."""
        decoder = codecs.getincrementaldecoder(self.encoding)(errors="strict")
        chunk, lines = self.first, 0
        while True:
            final = not chunk
            pending = len(decoder.getstate()[0])
            try:
                text = decoder.decode(chunk, final)
            except UnicodeDecodeError as error:
                raise self._undecodable(
                    error, self.offset - pending, lines, self.encoding
                ) from None
            self.offset += len(chunk)
            lines += chunk.count(_NEWLINE)
            if text:
                yield text
            if final:
                return
            chunk = self.file.read(READ_SIZE)

    def lines(self, texts: Iterator[str]) -> Iterator[list[str]]:
        """The lines of *texts*, with their ends, in lists; over-long lines become empty ones."""
        first = next(texts, "")
        newline = "\r" if "\n" not in first and "\r" in first else "\n"
        tail, number, skipping = "", 0, False
        for text in itertools.chain((first,), texts):
            lines = io.StringIO(tail + text, newline=newline).readlines()
            tail = lines.pop() if lines and not lines[-1].endswith(newline) else ""
            if skipping and lines:
                lines[0], skipping = "", False
            number += len(lines)
            if len(tail) > LINE_LIMIT:
                if not skipping:
                    self.long_lines.add(number + 1)
                tail, skipping = "", True
            if lines and max(map(len, lines)) > LINE_LIMIT:
                start = number - len(lines) + 1
                for index, line in enumerate(lines):
                    if len(line) > LINE_LIMIT:
                        self.long_lines.add(start + index)
                        lines[index] = ""
            yield lines
        if skipping:
            yield [""]
        elif tail:
            yield [tail]

    def format(self, first_text: str) -> str:
        """csv, tsv, jsonl or json: from the extension, then from the content."""
        by_extension = _EXTENSIONS.get(self.path.suffix.lower())
        start = first_text.lstrip()[:1]
        if by_extension in ("json", "jsonl"):
            return "json" if start == "[" else "jsonl"
        if by_extension is None and start in ("[", "{"):
            return "json" if start == "[" else "jsonl"
        header = first_text.split("\n", 1)[0]
        if by_extension == "tsv" or ("\t" in header and "," not in header):
            return "tsv"
        return "csv"


def _looks_like_euc_jp(data: bytes, final: bool) -> bool:
    """True when *data*, which decodes as CP932, is more likely EUC-JP.

    EUC-JP kanji and kana are pairs of bytes from 0xA1 to 0xFE, which CP932
    mostly reads as half-width katakana: a text that is also valid EUC-JP and
    that CP932 reads as at least half half-width katakana is taken for EUC-JP.
    Genuine Shift_JIS text is mostly full-width.
    """
    if data.isascii() or _decode_error("euc_jp", data, final) is not None:
        return False
    text = codecs.getincrementaldecoder("cp932")().decode(data, final)
    wide = [char for char in text if not char.isascii()]
    halfwidth = sum(1 for char in wide if "\uff61" <= char <= "\uff9f")
    return 2 * halfwidth >= len(wide)


def _decode_error(codec: str, data: bytes, final: bool) -> UnicodeDecodeError | None:
    """Why *data* is not *codec*, or None when it is (or may be, when not *final*)."""
    try:
        codecs.getincrementaldecoder(codec)().decode(data, final)
    except UnicodeDecodeError as error:
        return error
    return None


TOO_LONG_LINE: Final = Note("too-long", f"line longer than {LINE_LIMIT} characters")


def json_lines(lines: Iterator[list[str]], long_lines: set[int]) -> Iterator[tuple[int, Any]]:
    """(line, object or note) per non-blank line of a JSON Lines text."""
    for line_number, line in enumerate(itertools.chain.from_iterable(lines), start=1):
        if line_number in long_lines:
            yield line_number, TOO_LONG_LINE
        elif line.strip():
            yield line_number, _json_value(line)


def _json_value(text: str) -> Any:
    """The JSON value of *text*, or a note saying why it is not one."""
    try:
        return json.loads(text)
    except RecursionError:
        return Note("bad-json", "JSON nested too deeply")
    except ValueError as error:
        return Note("bad-json", f"not JSON: {error}")


def json_array(texts: Iterator[str], name: str) -> Iterator[tuple[int, Any]]:  # noqa: C901, PLR0912, PLR0915 -- a streaming parser reads best as one function
    """(line, element) per element of a JSON array text, parsed as the text streams in."""
    decoder = json.JSONDecoder()
    buffer, position, line, exhausted = "", 0, 1, False

    def need(count: int = 1) -> bool:
        """Read on until *count* characters are buffered; False when the text ends first."""
        nonlocal buffer, position, exhausted
        while len(buffer) - position < count and not exhausted:
            text = next(texts, None)
            if text is None:
                exhausted = True
            else:
                buffer, position = buffer[position:] + text, 0
        return len(buffer) - position >= count

    def skip_space() -> None:
        nonlocal position, line
        while need():
            end = _JSON_SPACE.match(buffer, position).end()  # type: ignore[union-attr]  # * matches ""
            line += buffer.count("\n", position, end)
            position = end
            if position < len(buffer):
                return

    def unusable(message: str) -> UnusableInputError:
        return UnusableInputError(message, path=name, line=line)

    skip_space()
    if not need() or buffer[position] != "[":
        raise unusable("not a JSON array")
    position += 1
    skip_space()
    if need() and buffer[position] == "]":
        position += 1
    else:
        while True:
            skip_space()
            while True:
                try:
                    value, end = decoder.raw_decode(buffer, position)
                except RecursionError:
                    raise unusable("JSON nested too deeply") from None
                except ValueError as error:
                    if len(buffer) - position > LINE_LIMIT or not need(len(buffer) - position + 1):
                        raise unusable(f"not JSON: {error}") from None
                    continue
                if end < len(buffer) or not need(len(buffer) - position + 1):
                    break
            start = line
            line += buffer.count("\n", position, end)
            position = end
            yield start, value
            skip_space()
            if not need():
                raise unusable("the JSON array does not end")
            position += 1
            if buffer[position - 1] == "]":
                break
            if buffer[position - 1] != ",":
                raise unusable("expected , or ] in the JSON array")
    skip_space()
    if need():
        raise unusable("text after the end of the JSON array")


_JSON_SPACE: Final = re.compile(r"[ \t\r\n]*")


# --- chunks of rows -----------------------------------------------------------------


@attrs.define
class Chunk:
    """Rows read together: their cells and lines, and the notes of rows that could not be read.

    ``rows`` are lists of cells (a table's padded to the header's width);
    ``objects`` the JSON objects behind them, for a JSON input; ``notes``
    (line, note) of lines that are no row to check; ``unchecked`` how many of
    those count as rows (JSON values that are no objects).
    """

    rows: list[list[str]] = attrs.Factory(list)
    lines: list[int] = attrs.Factory(list)
    objects: list[Mapping[str, Any]] = attrs.Factory(list)
    notes: list[tuple[int, Note]] = attrs.Factory(list)
    unchecked: int = 0


_LINE_OF: Final = operator.attrgetter("line_num")
_NEXT: Final = (1).__add__


def table_chunks(reader: Any, width: int, long_lines: set[int]) -> Iterator[Chunk]:
    """Chunks of the rows of a :func:`csv.reader` after its header row, *width* cells wide.

    Each row is paired with the reader's ``line_num`` after it, the last line
    of the row, without a Python call per row; a row starts on the line after
    the previous row's last.
    """
    previous = reader.line_num
    paired = zip(reader, map(_LINE_OF, itertools.repeat(reader)), strict=False)
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
        rows, ends = map(list, zip(*read, strict=True))
        starts = [previous + 1]
        starts += map(_NEXT, ends[:-1])
        previous = ends[-1]
        chunk = Chunk()
        # Blank rows have no cells: every row the header's width means none is blank or ragged.
        if not failed and min(map(len, rows)) == width == max(map(len, rows)):
            chunk.rows, chunk.lines = rows, starts
        else:
            _sort_rows(chunk, rows, starts, width, long_lines)
        yield chunk
        if len(read) < CHUNK_ROWS:
            return


def _sort_rows(
    chunk: Chunk, rows: list[Any], starts: list[int], width: int, long_lines: set[int]
) -> None:
    """Put *rows* into *chunk*: blank ones dropped, ragged ones padded, unreadable ones noted."""
    for cells, line in zip(rows, starts, strict=True):
        if isinstance(cells, csv.Error):
            code = "too-long" if "field larger" in str(cells) else "csv"
            chunk.notes.append((line, Note(code, f"unreadable row: {cells}")))
            continue
        if not cells:
            if line in long_lines:
                chunk.notes.append((line, TOO_LONG_LINE))
            continue
        if len(cells) != width:
            chunk.notes.append((line, _ragged(len(cells), width)))
        chunk.rows.append(cells + [""] * (width - len(cells)))
        chunk.lines.append(line)


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


def object_chunks(
    objects: Iterator[tuple[int, Any]], fields: Sequence[str], unknown: dict[str, int]
) -> Iterator[Chunk]:
    """Chunks of rows of JSON objects, (line, object or note) in *objects*, cells in *fields* order.

    Keys that name no field are put in *unknown* with the line each was first
    seen on (the first hundred).
    """
    chunk = Chunk()
    known = frozenset(fields)
    for line, value in objects:
        if not isinstance(value, Mapping):
            note = (
                value
                if isinstance(value, Note)
                else Note("not-an-object", f"a row is an object, not {type(value).__name__}")
            )
            chunk.notes.append((line, note))
            chunk.unchecked += 1
        else:
            for key in value:
                if key not in known and key not in unknown and len(unknown) < 100:
                    unknown[str(key)] = line
            chunk.rows.append([cell_text(value.get(name)) for name in fields])
            chunk.lines.append(line)
            chunk.objects.append(value)
        if len(chunk.lines) + chunk.unchecked >= CHUNK_ROWS:
            yield chunk
            chunk = Chunk()
    if chunk.lines or chunk.notes:
        yield chunk


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

    def hold(self, lines: Iterable[int], notes: Sequence[tuple[int, Note]] = ()) -> None:
        """Hold the rows at *lines*, with the notes of those lines."""
        for line in lines:
            if self.runs and self.runs[-1][1] == line - 1:
                self.runs[-1][1] = line
            else:
                self.runs.append([line, line])
            self.count += 1
        self.notes += notes

    def release(self) -> tuple[list[int], list[tuple[int, Note]]]:
        """The lines and notes of the rows held, which are rows after all; none is held after."""
        lines = [line for first, last in self.runs for line in range(first, last + 1)]
        notes = self.notes
        self.runs, self.notes, self.count = [], [], 0
        return lines, notes

    def warning(self) -> tuple[int, Note] | None:
        """The warning of the rows still held at the end, or None."""
        if not self.runs:
            return None
        first, last = self.runs[0][0], self.runs[-1][1]
        lines = f"line {first}" if first == last else f"lines {first}-{last}"
        plural = "s" if self.count > 1 else ""
        note = Note(
            "empty-rows",
            f"{self.count} empty row{plural} at the end ({lines}) ignored",
            "nothing to do; --normalize leaves them out",
            error=False,
        )
        return first, note


def _blank_rows_start(rows: Sequence[Sequence[str]]) -> int:
    return blank_tail(len(rows), lambda index: blank_row(rows[index]))


def held_back(chunks: Iterator[Chunk], width: int, held: HeldRows) -> Iterator[Chunk]:
    """*chunks* of a table with the blank rows at the end of each held in *held* until a row follows."""
    for chunk in chunks:
        start = _blank_rows_start(chunk.rows)
        if start and held.runs:
            lines, notes = held.release()
            chunk.rows[:0] = [[""] * width for _ in lines]
            chunk.lines[:0] = lines
            chunk.notes[:0] = notes
            start += len(lines)
        if start < len(chunk.rows):
            tail = set(chunk.lines[start:])
            held.hold(chunk.lines[start:], [note for note in chunk.notes if note[0] in tail])
            chunk.notes = [note for note in chunk.notes if note[0] not in tail]
            del chunk.rows[start:], chunk.lines[start:]
        if chunk.rows or chunk.notes:
            yield chunk


def numbered_chunks(rows: Iterator[tuple[int, list[str]]], width: int) -> Iterator[Chunk]:
    """Chunks of rows that know their lines (a sheet's), padded to *width* cells.

    A row longer than *width* (cells with values beyond the header's) is
    noted ``extra-cells``; a shorter one is padded without a note (a sheet
    does not store its rows' empty cells).
    """
    while True:
        chunk = Chunk()
        for line, cells in itertools.islice(rows, CHUNK_ROWS):
            if len(cells) > width:
                chunk.notes.append((line, _ragged(len(cells), width)))
                del cells[width:]
            cells.extend([""] * (width - len(cells)))
            chunk.rows.append(cells)
            chunk.lines.append(line)
        if not chunk.rows and not chunk.notes:
            return
        yield chunk
