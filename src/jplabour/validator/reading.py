"""Reading downstream files: encodings and lines, and the chunks of rows the core takes.

The readers of :mod:`~jplabour.validator.tables` (CSV, TSV) and
:mod:`~jplabour.validator.objects` (JSON Lines, JSON arrays, rows given in
Python) give the validator's core (:class:`~jplabour.validator.run.Validation`)
:class:`Chunk` s of rows with their line numbers, and the problems of rows
that could not be read (ragged rows, unreadable CSV, lines too long, values
that are no objects) as notes at their lines.
"""

from __future__ import annotations

import codecs
import io
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import attrs

from jplabour._files import open_for_reading, read_chunk
from jplabour.errors import UnusableInputError
from jplabour.validator.report import Note

__all__ = [
    "CHUNK_ROWS",
    "FIELD_LIMIT",
    "LINE_LIMIT",
    "READ_SIZE",
    "SNIFF_SIZE",
    "TOO_LONG_LINE",
    "Chunk",
    "Source",
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
#: Bytes the encoding is told from: the first read.
SNIFF_SIZE: Final = 1 << 20
#: Bytes read at a time after the first: each is held as bytes, text and pieces at once
#: (a quarter of a megabyte takes 13 MiB off the peak of a million rows, for no time).
READ_SIZE: Final = 1 << 18

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
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_NEWLINE: Final = b"\n"


class Source:
    """An opened input: its format, encoding, and the decoded text in chunks."""

    def __init__(self, path: Path, encoding: str | None) -> None:
        self.path = path
        self.name = str(path)
        # A regular file, or "-" for standard input; never a FIFO or a device by name.
        self.file = open_for_reading(path, stdin=True)
        try:
            first = read_chunk(self.file, SNIFF_SIZE)
            self.encoding, skip = self._encoding(first, encoding)
        except (OSError, UnusableInputError):
            self.file.close()
            raise
        self.first = first[skip:]
        #: Shift_JIS was guessed, not named: each line is checked for UTF-8 (mixed encodings).
        self.guessed_cp932 = encoding is None and skip == 0 and self.encoding == "cp932"
        self.offset = skip
        self.long_lines: set[int] = set()
        #: The line end: "\r" when the first text has no "\n" but a "\r" (old Mac files).
        self.newline = "\n"
        #: The "\n" in the text decoded so far (by :meth:`texts`), for the errors' lines.
        self.text_lines = 0

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
        final = len(first) < SNIFF_SIZE
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
        """The error of bytes that do not decode; *offset* and *lines* precede ``error.object``.

        The lines before are counted in the text decoded (a byte 0x0A is not
        always a line end: in UTF-16 it is half of many characters).
        """
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
        # The first read (SNIFF_SIZE bytes) is decoded READ_SIZE bytes at a time, as the others.
        first, self.first = memoryview(self.first), b""
        chunk, taken = bytes(first[:READ_SIZE]), READ_SIZE
        while True:
            final = not chunk
            if mixed is not None:
                mixed.check(chunk, final)
            pending = len(decoder.getstate()[0])
            try:
                text = decoder.decode(chunk, final)
            except UnicodeDecodeError as error:
                raise self._undecodable(
                    error, self.offset - pending, self.text_lines, self.encoding
                ) from None
            except UnicodeError as error:  # "UTF-16 stream does not start with BOM", "undefined"
                raise UnusableInputError(
                    f"cannot be read as {self.encoding}: {error}", path=self.name
                ) from None
            self._check_text(text)
            self.offset += len(chunk)
            self.text_lines += text.count("\n")
            if text:
                yield text
            if final:
                return
            if taken < len(first):
                chunk, taken = bytes(first[taken : taken + READ_SIZE]), taken + READ_SIZE
            else:
                chunk = read_chunk(self.file, READ_SIZE)

    def _check_text(self, text: str) -> None:
        """UnusableInputError at a NUL character or half a surrogate pair in decoded *text*."""
        nul = text.find("\x00")
        if nul >= 0:
            raise UnusableInputError(
                "a NUL character: not a text table",
                path=self.name,
                line=self.text_lines + text.count("\n", 0, nul) + 1,
            )
        # Only some codecs (UTF-7, the escape codecs) decode to half a surrogate pair.
        lone = None if text.isascii() else _SURROGATE.search(text)
        if lone is not None:
            raise UnusableInputError(
                f"half a surrogate pair (U+{ord(lone.group()):04X}) decoded from "
                f"{self.encoding}: not text, and no copy could hold it",
                path=self.name,
                line=self.text_lines + text.count("\n", 0, lone.start()) + 1,
            )

    def blocks(self, texts: Iterator[str]) -> Iterator[str]:
        """The text of *texts* in blocks of whole lines, with their ends; over-long lines made blank.

        Each block ends with a line end but the last, which may not; a line
        longer than :data:`LINE_LIMIT` is a bare line end (its number is in
        :attr:`long_lines`). :attr:`newline` is set before the first block.
        *texts* are those of :meth:`texts`, which counts their line ends already.
        """
        first = next(texts, "")
        newline = self.newline = "\r" if "\n" not in first and "\r" in first else "\n"
        tail, number, skipping = "", 0, False
        for text in itertools.chain((first,), texts):
            block = tail + text if tail else text
            cut = block.rfind(newline) + 1
            block, tail = block[:cut], block[cut:]
            if skipping and block:
                # The end of a line skipped as too long: its rest is left unread.
                block, skipping = newline + block[block.index(newline) + 1 :], False
            # The lines so far: each "\n" of the text so far ends one (the tail has none).
            number = self.text_lines if newline == "\n" else number + block.count(newline)
            if len(tail) > LINE_LIMIT:
                if not skipping:
                    self.long_lines.add(number + 1)
                tail, skipping = "", True
            if len(block) > LINE_LIMIT:
                block = self._without_long_lines(block, number)
            yield block
        if skipping:
            yield newline
        elif tail:
            yield tail

    def _without_long_lines(self, block: str, number: int) -> str:
        """*block*, whose last line is *number*, with lines longer than LINE_LIMIT made blank."""
        lines = self.split_lines(block)
        if max(map(len, lines)) <= LINE_LIMIT:
            return block
        start = number - len(lines) + 1
        for index, line in enumerate(lines):
            if len(line) > LINE_LIMIT:
                self.long_lines.add(start + index)
                lines[index] = self.newline
        return "".join(lines)

    def split_lines(self, block: str) -> list[str]:
        """The lines of a block of :meth:`blocks`, with their ends."""
        return io.StringIO(block, newline=self.newline).readlines()

    def lines(self, texts: Iterator[str]) -> Iterator[list[str]]:
        """The lines of *texts*, with their ends, a block at a time; over-long lines are blank."""
        for block in self.blocks(texts):
            yield self.split_lines(block)

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


TOO_LONG_LINE: Final = Note("too-long", f"line longer than {LINE_LIMIT} characters")


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
    columns: dict[int, Sequence[str]] | None = None
    objects: list[Mapping[str, Any]] = attrs.Factory(list)
    notes: list[tuple[int, Note]] = attrs.Factory(list)
    uncopied: list[int] = attrs.Factory(list)
