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
import math
import operator
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import attrs

from jplabour._files import open_for_reading, read_chunk
from jplabour.errors import UnusableInputError
from jplabour.formats import show
from jplabour.validator.columns import LIST_SEPARATOR
from jplabour.validator.report import SHORT_TEXT, Note

__all__ = [
    "CHUNK_ROWS",
    "FIELD_LIMIT",
    "LINE_LIMIT",
    "READ_SIZE",
    "TOO_LONG_LINE",
    "Chunk",
    "Source",
    "TableReader",
    "cell_text",
    "json_array",
    "json_lines",
    "object_chunks",
    "table_chunks",
]

#: The longest field read, in characters; longer fields are errors.
FIELD_LIMIT: Final = 1 << 20
#: The longest line read, in characters; longer lines are errors, skipped unread.
LINE_LIMIT: Final = 2 * FIELD_LIMIT
#: Rows checked together, column by column: few enough that a chunk's cells
#: stay in the processor's cache while each column and rule passes over them
#: (profiled: 4,096 rows take half the time of 32,768). A power of two, so
#: that progress reports fall on round numbers of rows.
CHUNK_ROWS: Final = 1 << 12
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
        self.file = open_for_reading(path, stdin=True)
        try:
            first = read_chunk(self.file, READ_SIZE)
            self.encoding, skip = self._encoding(first, encoding)
        except (OSError, UnusableInputError):
            self.file.close()
            raise
        self.first = first[skip:]
        #: Shift_JIS was guessed, not named: each line is checked for UTF-8 (mixed encodings).
        self.guessed_cp932 = encoding is None and skip == 0 and self.encoding == "cp932"
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
        """The decoded text, a chunk at a time; UnusableInputError at undecodable bytes.

        A NUL character is an error whatever the encoding; so is a UTF-8 line
        in a file whose Shift_JIS was guessed (it would be read as mojibake).
        """
        try:
            decoder = codecs.getincrementaldecoder(self.encoding)(errors="strict")
        except LookupError as error:  # a codec that has no incremental decoder
            raise UnusableInputError(
                f"cannot read {self.encoding}: {error}", path=self.name
            ) from None
        mixed = _MixedEncodings(self.name) if self.guessed_cp932 else None
        chunk, lines, text_lines = self.first, 0, 0
        while True:
            final = not chunk
            if mixed is not None:
                mixed.check(chunk, final)
            pending = len(decoder.getstate()[0])
            try:
                text = decoder.decode(chunk, final)
            except UnicodeDecodeError as error:
                raise self._undecodable(
                    error, self.offset - pending, lines, self.encoding
                ) from None
            except UnicodeError as error:  # "UTF-16 stream does not start with BOM", "undefined"
                raise UnusableInputError(
                    f"cannot be read as {self.encoding}: {error}", path=self.name
                ) from None
            nul = text.find("\x00")
            if nul >= 0:
                raise UnusableInputError(
                    "a NUL character: not a text table",
                    path=self.name,
                    line=text_lines + text.count("\n", 0, nul) + 1,
                )
            self.offset += len(chunk)
            lines += chunk.count(_NEWLINE)
            text_lines += text.count("\n")
            if text:
                yield text
            if final:
                return
            chunk = read_chunk(self.file, READ_SIZE)

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


class _MixedEncodings:
    """The check of a file read as guessed Shift_JIS for lines that are UTF-8 instead.

    A line that has non-ASCII bytes and decodes as UTF-8 is UTF-8: genuine
    Shift_JIS text almost never does. Decoded as CP932 it would be mojibake.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.carry = b""
        self.line = 1

    def check(self, chunk: bytes, final: bool) -> None:
        """Check the complete lines of *chunk* (with the part line carried from the last)."""
        block = self.carry + chunk
        cut = len(block) if final else block.rfind(_NEWLINE) + 1
        complete, self.carry = block[:cut], block[cut:]
        if not complete.isascii():
            for offset, line in enumerate(complete.split(_NEWLINE)):
                if not line.isascii() and _decode_error("utf-8", line, final=True) is None:
                    raise UnusableInputError(
                        "this line is UTF-8 but the file was read as Shift_JIS (the encoding "
                        "detected from its start): mixed encodings; save the file in one",
                        path=self.name,
                        line=self.line + offset,
                    )
        self.line += complete.count(_NEWLINE)


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


def cell_text(value: Any) -> str:  # noqa: PLR0911 -- one return per JSON type
    """A JSON value as the text of a cell."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, int):
        try:
            return str(value)
        except ValueError:  # more digits than sys.get_int_max_str_digits()
            return "[a number too long to read]"
    if isinstance(value, list):
        return LIST_SEPARATOR.join(
            cell_text(item) if not isinstance(item, list | dict) else "[nested]" for item in value
        )
    if isinstance(value, Mapping):
        return "[object]"
    return str(value)


TOO_LONG_LINE: Final = Note("too-long", f"line longer than {LINE_LIMIT} characters")


def json_lines(lines: Iterator[list[str]], long_lines: set[int]) -> Iterator[tuple[int, Any]]:
    """(line, object or note) per non-blank line of a JSON Lines text."""
    strict = _StrictJSON()
    for line_number, line in enumerate(itertools.chain.from_iterable(lines), start=1):
        if line_number in long_lines:
            yield line_number, TOO_LONG_LINE
        elif line.strip():
            yield line_number, strict.value(line)


class _StrictJSON:
    """JSON read strictly: what parsers disagree on makes the value a ``bad-json`` note.

    A key given twice (Python keeps the last silently, other tools the first),
    NaN and Infinity (not JSON; written back they make invalid JSON), a number
    beyond a double's range, and an integer too long for Python to read, which
    is an error of its own row instead of the whole file's.
    """

    def __init__(self) -> None:
        self.flaws: list[str] = []
        hooks: dict[str, Any] = {
            "object_pairs_hook": self._object,
            "parse_constant": self._constant,
            "parse_float": self._float,
        }
        self.decoder = json.JSONDecoder(**hooks)
        # Used only when the fast decoder meets an integer Python refuses to read.
        self.integers = json.JSONDecoder(**hooks, parse_int=self._integer)

    def _object(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            seen: set[str] = set()
            twice = next(key for key, _ in pairs if key in seen or seen.add(key))  # type: ignore[func-returns-value]
            self.flaws.append(f"the key {show(twice)} appears twice in one object")
        return result

    def _constant(self, name: str) -> None:
        self.flaws.append(f"{name} is not a JSON value")

    def _float(self, text: str) -> float:
        value = float(text)
        if math.isinf(value):
            self.flaws.append(f"the number {text[:SHORT_TEXT]} is beyond the range of a double")
        return value

    def _integer(self, text: str) -> int:
        digits = len(text.lstrip("-"))
        if digits > _MAX_DIGITS:
            self.flaws.append(f"an integer of {digits:,} digits")
            return 0
        return int(text)

    def raw_decode(self, text: str, position: int) -> tuple[Any, int]:
        """The value at *position* of *text* (or a note) and where it ends; ValueError as json's."""
        self.flaws.clear()
        try:
            value, end = self.decoder.raw_decode(text, position)
        except ValueError as error:
            if _INTEGER_TOO_LONG not in str(error):
                raise
            self.flaws.clear()
            value, end = self.integers.raw_decode(text, position)
        if self.flaws:
            return Note("bad-json", f"not JSON: {self.flaws[0]}"), end
        return value, end

    def value(self, text: str) -> Any:
        """The JSON value of the whole *text*, or a note saying why it is not one."""
        try:
            start = _JSON_SPACE.match(text).end()  # type: ignore[union-attr]  # * matches ""
            value, end = self.raw_decode(text, start)
            if _JSON_SPACE.match(text, end).end() != len(text):  # type: ignore[union-attr]
                return Note("bad-json", f"not JSON: extra data at column {end + 1}")
        except RecursionError:
            return Note("bad-json", "JSON nested too deeply")
        except ValueError as error:
            return Note("bad-json", f"not JSON: {error}")
        return value


#: The most digits of an integer read (Python's default limit for reading one).
_MAX_DIGITS: Final = 4300
#: What Python's error says of an integer beyond its limit of digits.
_INTEGER_TOO_LONG: Final = "integer string conversion"


def json_array(texts: Iterator[str], name: str) -> Iterator[tuple[int, Any]]:  # noqa: C901, PLR0912, PLR0915 -- a streaming parser reads best as one function
    """(line, element or note) per element of a JSON array text, parsed as the text streams in."""
    decoder = _StrictJSON()
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

    ``rows`` are lists of cells (a table's padded to the header's width), or
    ``columns`` the cells by position, when plain lines were split straight
    into columns;
    ``objects`` the JSON objects behind them, for a JSON input; ``notes``
    (line, note) of the chunk's problems that are no cell's; ``uncopied``
    the lines of rows that could not be read (unreadable CSV, lines too long,
    values that are no objects), which count as rows but are not checked,
    and which a cleaned copy cannot carry.
    """

    rows: list[list[str]] = attrs.Factory(list)
    lines: Sequence[int] = attrs.Factory(list)
    #: The cells by position, when the rows were split straight into columns (no ``rows``).
    columns: dict[int, list[str]] | None = None
    objects: list[Mapping[str, Any]] = attrs.Factory(list)
    notes: list[tuple[int, Note]] = attrs.Factory(list)
    uncopied: list[int] = attrs.Factory(list)


_LINE_OF: Final = operator.attrgetter("line_num")
_NEXT: Final = (1).__add__
_FIRST: Final = operator.itemgetter(0)
_SECOND: Final = operator.itemgetter(1)


class TableReader:
    """A CSV or TSV table read from a :class:`Source`: its header, then chunks of rows.

    Plain lines (no quote, no carriage return, none blank, each with the
    header's number of cells) are split straight into columns, which is
    what the csv module would give, without a list per row. Lines without
    quotes but otherwise irregular are read by the csv module a batch at a
    time; from the first batch with a quote on (a quoted cell may hold line
    breaks), the rest of the file is read by the csv module.
    """

    def __init__(self, source: Source, texts: Iterator[str], delimiter: str) -> None:
        self.source = source
        self.delimiter = delimiter
        self.batches = source.lines(texts)
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
            batch = next(self.batches, None)
            if batch is None:
                return
            self.batch, self.at = batch, 0

    def header(self) -> list[str]:
        """The first row that is not blank; UnusableInputError when there is none."""
        reader = csv.reader(self._lines(), delimiter=self.delimiter)
        header: list[str] | None = None
        try:
            while not header:
                header = next(reader)
        except StopIteration:
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

    def chunks(self, width: int, split: bool) -> Iterator[Chunk]:
        """Chunks of the rows after the header, *width* cells wide; plain ones *split* into columns."""
        batches = itertools.chain([self.batch[self.at :]], self.batches)
        long_lines = self.source.long_lines
        delimiter = self.delimiter
        done = 0
        for batch in batches:
            if not batch:
                continue
            block = "".join(batch)
            if '"' in block or "\r" in block:
                rest = itertools.chain(batch, itertools.chain.from_iterable(batches))
                reader = csv.reader(rest, delimiter=delimiter)
                yield from table_chunks(reader, width, long_lines, self.line)
                return
            columns = _split(batch, block, width, delimiter) if split else None
            if columns is None:
                reader = csv.reader(batch, delimiter=delimiter)
                yield from table_chunks(reader, width, long_lines, self.line)
            else:
                # Chunks end on multiples of CHUNK_ROWS rows, as the csv module's do.
                start = 0
                while start < len(batch):
                    end = start + CHUNK_ROWS - (done + start) % CHUNK_ROWS
                    lines = range(self.line + start + 1, self.line + min(end, len(batch)) + 1)
                    yield Chunk(
                        lines=lines,
                        columns={position: cells[start:end] for position, cells in columns.items()},
                    )
                    start = end
                done += len(batch)
            self.line += len(batch)


def _split(batch: list[str], block: str, width: int, delimiter: str) -> dict[int, list[str]] | None:
    """The cells of plain *batch* (joined: *block*) by position, or None unless every line is plain.

    Plain: not blank nor skipped as too long, no longer than a field may be,
    and with ``width - 1`` delimiters. (The caller checked for quotes and
    carriage returns.)
    """
    if min(map(len, batch)) == 0 or block[0] == "\n" or "\n\n" in block:
        return None
    if max(map(len, batch)) > FIELD_LIMIT:
        return None
    counts = list(map(str.count, batch, itertools.repeat(delimiter)))
    if not min(counts) == width - 1 == max(counts):
        return None
    cells = block.replace("\n", delimiter).split(delimiter)
    if block[-1] == "\n":
        cells.pop()
    return {position: cells[position::width] for position in range(width)}


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


def object_chunks(
    objects: Iterator[tuple[int, Any]], fields: Sequence[str], unknown: dict[str, int]
) -> Iterator[Chunk]:
    """Chunks of rows of JSON objects, (line, object or note) in *objects*, cells in *fields* order.

    Keys that name no field are put in *unknown* with the line each was first
    seen on (the first hundred).
    """
    lines: list[int] = []
    chunk = Chunk(lines=lines)
    known = frozenset(fields)
    for line, value in objects:
        if not isinstance(value, Mapping):
            note = (
                value
                if isinstance(value, Note)
                else Note("not-an-object", f"a row is an object, not {type(value).__name__}")
            )
            chunk.notes.append((line, note))
            chunk.uncopied.append(line)
        else:
            for key in value:
                if key not in known and key not in unknown and len(unknown) < 100:
                    unknown[str(key)] = line
            chunk.rows.append([cell_text(value.get(name)) for name in fields])
            chunk.objects.append(value)
            lines.append(line)
        if len(chunk.lines) + len(chunk.uncopied) >= CHUNK_ROWS:
            yield chunk
            lines = []
            chunk = Chunk(lines=lines)
    if chunk.lines or chunk.notes:
        yield chunk
