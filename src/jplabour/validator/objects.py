"""JSON rows: JSON Lines and JSON arrays read strictly and as a stream, and rows given in Python."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Final

from jplabour.errors import UnusableInputError
from jplabour.frames import cell_text
from jplabour.strict_json import StrictJSON
from jplabour.validator.reading import CHUNK_ROWS, LINE_LIMIT, TOO_LONG_LINE, Chunk
from jplabour.validator.report import Note

__all__ = ["cell_text", "json_array", "json_lines", "object_chunks"]


def json_lines(lines: Iterator[list[str]], long_lines: set[int]) -> Iterator[tuple[int, Any]]:
    """(line, object or note) per non-blank line of a JSON Lines text."""
    strict = StrictJSON()
    for line_number, line in enumerate(itertools.chain.from_iterable(lines), start=1):
        if line_number in long_lines:
            yield line_number, TOO_LONG_LINE
        elif line.strip():
            yield line_number, _whole_value(strict, line)


def _decoded(strict: StrictJSON, text: str, position: int) -> tuple[Any, int]:
    """The value at *position* of *text*, or its ``bad-json`` note, and where it ends."""
    value, end, flaw = strict.raw_decode(text, position)
    return (value if flaw is None else Note("bad-json", f"not JSON: {flaw}")), end


def _whole_value(strict: StrictJSON, text: str) -> Any:
    """The JSON value of the whole *text*, or a note saying why it is not one."""
    try:
        start = _JSON_SPACE.match(text).end()  # type: ignore[union-attr]  # * matches ""
        value, end = _decoded(strict, text, start)
        if _JSON_SPACE.match(text, end).end() != len(text):  # type: ignore[union-attr]
            return Note("bad-json", f"not JSON: extra data at column {end + 1}")
    except RecursionError:
        return Note("bad-json", "JSON nested too deeply")
    except ValueError as error:
        return Note("bad-json", f"not JSON: {error}")
    return value


def json_array(texts: Iterator[str], name: str) -> Iterator[tuple[int, Any]]:  # noqa: C901, PLR0912, PLR0915 -- a streaming parser reads best as one function
    """(line, element or note) per element of a JSON array text, parsed as the text streams in."""
    decoder = StrictJSON()
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
                    value, end = _decoded(decoder, buffer, position)
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
