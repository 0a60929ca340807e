"""What the query commands share: their options, their three output formats, "nothing found".

Every query command takes ``--format table|csv|json``. ``table`` fits the
terminal's width (``COLUMNS`` honoured; 80 through a pipe), wrapping long
cells onto more lines rather than cutting them (wide characters count two);
``csv`` writes cells as the CSV export does (``true``/``false``, empty for
unknown); ``json`` writes a list of objects. A command that finds nothing
says so on stderr and exits 1 (:data:`~jplabour.errors.EXIT_FAILED`); its
CSV still has the header line and its JSON is ``[]``, so that a pipeline
reads an empty table.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from jplabour import api
from jplabour.asof import Within, read_date, read_within
from jplabour.errors import EXIT_FAILED
from jplabour.model import Organization, PartialDate
from jplabour.show import unresolved_text
from jplabour.terminal import WIDTH, table

if TYPE_CHECKING:
    from jplabour.csv_codec import ColumnKind

__all__ = [
    "FORMATS",
    "Column",
    "add_as_of_options",
    "add_format_option",
    "date_argument",
    "nothing_found",
    "render",
    "resolve_named",
    "terminal_width",
    "within_argument",
    "within_without_date",
    "write_bytes",
]

FORMATS: Final = ("table", "csv", "json")

#: A column: its name, its CSV cell kind, and whether the table shows it (CSV and JSON
#: hold every column).
Column = tuple[str, "ColumnKind", bool]


def add_format_option(parser: argparse.ArgumentParser) -> None:
    """``--format table|csv|json``."""
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format")


def add_as_of_options(parser: argparse.ArgumentParser, what: str) -> None:
    """``--as-of DATE`` and ``--within SPAN``, the rule "As of a date" of docs/api.md."""
    parser.add_argument(
        "--as-of",
        type=date_argument,
        metavar="DATE",
        help=f"{what} at DATE (2019, 2019-10, 2019/10/01, 令和元年10月, R1.10 ...)",
    )
    parser.add_argument(
        "--within",
        type=within_argument,
        metavar="SPAN",
        help="with --as-of: use no evidence further than SPAN from DATE (5y, 18m, 90d)",
    )


def terminal_width() -> int:
    """The width tables fit: ``COLUMNS`` when set, else the terminal's, else 80 (a pipe).

    Standard output's own terminal is asked, so that output captured or piped
    does not depend on the terminal the command was started from.
    """
    columns = os.environ.get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        if sys.stdout.isatty():
            return os.get_terminal_size(sys.stdout.fileno()).columns or WIDTH
    except (AttributeError, OSError, ValueError):
        pass
    return WIDTH


def _table(rows: Sequence[Mapping[str, Any]], columns: Sequence[Column], width: int) -> str:
    shown = [name for name, _, in_table in columns if in_table]
    headers = [name.replace("_", " ") for name in shown]
    cells = [["" if row[n] is None else str(row[n]) for n in shown] for row in rows]
    return table(headers, cells, width=width)


def render(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[Column],
    output: str,
    width: int | None = None,
) -> str:
    """*rows* (JSON values by column name) as a table, CSV or JSON.

    A table fits *width* columns (default: :func:`terminal_width`), its long
    cells wrapped onto more lines, never cut.
    """
    if output == "json":
        names = [name for name, _, _ in columns]
        return (
            json.dumps([{n: row[n] for n in names} for row in rows], ensure_ascii=False, indent=2)
            + "\n"
        )
    if output == "table":
        return _table(rows, columns, terminal_width() if width is None else width) if rows else ""
    from jplabour.csv_codec import encode_cell  # the exports' CSV cells

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(name for name, _, _ in columns)
    for row in rows:
        writer.writerow(encode_cell(kind, row[name]) for name, kind, _ in columns)
    return buffer.getvalue()


def resolve_named(command: str, text: str) -> Organization | None:
    """The organisation *text* names, or None after telling stderr why not."""
    try:
        return api.resolve(text)
    except (api.AmbiguousNameError, api.UnknownIdError) as error:
        sys.stderr.write(unresolved_text(command, text, error))
        return None


def write_bytes(content: bytes) -> None:
    """Write *content* to standard output as it is (through its binary buffer when it has one)."""
    sys.stdout.flush()
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:
        sys.stdout.write(content.decode("utf-8"))
    else:
        stream.write(content)
        stream.flush()


def nothing_found(command: str, message: str) -> int:
    """Say on stderr that *command* found nothing, and return the exit code 1.

    Standard output is flushed first, so that the message follows what was
    printed when both go to one place.
    """
    sys.stdout.flush()
    sys.stderr.write(f"jplabour {command}: {message}\n")
    return EXIT_FAILED


def date_argument(text: str) -> PartialDate:
    """``--as-of``: every date form the validator reads, era dates included."""
    try:
        return read_date(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def within_argument(text: str) -> Within | None:
    """``--within``: ``5y``, ``18m`` or ``90d``."""
    try:
        return read_within(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def within_without_date(command: str, args: argparse.Namespace) -> bool:
    """True, after saying so on stderr, when ``--within`` comes without ``--as-of``.

    A tolerance bounds an answer at a date; alone it means nothing, so the
    command refuses it (exit 2) rather than ignore it.
    """
    if getattr(args, "within", None) is None or getattr(args, "as_of", None) is not None:
        return False
    sys.stderr.write(f"jplabour {command}: error: --within needs --as-of\n")
    return True
