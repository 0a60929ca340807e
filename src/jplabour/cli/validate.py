"""``jplabour validate``: the command line of the validator."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable

from jplabour import column_mapping
from jplabour.errors import EXIT_FAILED, EXIT_OK, UnusableInputError
from jplabour.model import TABLES
from jplabour.plural import counted
from jplabour.validator.inputs import validate
from jplabour.validator.report import MAX_ERRORS_CEILING
from jplabour.validator.run import PROGRESS_EVERY

__all__ = ["configure", "run"]


def configure(parser: argparse.ArgumentParser) -> None:
    """``validate PATH --table TABLE [--encoding ENC] [--format text|json] [--max-errors N] [--normalize OUT] [--column SOURCE=FIELD]... [--sheet NAME]``."""
    parser.add_argument(
        "path",
        metavar="PATH",
        help="the CSV, TSV, JSON Lines, JSON or .xlsx file; - for standard input",
    )
    parser.add_argument(
        "--table", required=True, choices=tuple(TABLES), help="the table its rows belong to"
    )
    parser.add_argument(
        "--encoding",
        metavar="ENC",
        help="the file's encoding (default: detect UTF-8, UTF-16 with BOM, Shift_JIS)",
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="the report's format"
    )
    parser.add_argument(
        "--max-errors",
        metavar="N",
        type=_count,
        help=f"keep the first N errors, at most {MAX_ERRORS_CEILING:,} (all are counted)",
    )
    parser.add_argument(
        "--normalize", metavar="OUT", help="write a cleaned copy to OUT (a new file)"
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="let --normalize replace an existing regular file (never a link, FIFO or device)",
    )
    parser.add_argument(
        "--column",
        metavar="SOURCE=FIELD",
        action="append",
        type=_column_option,
        default=[],
        help="read the file's column SOURCE as the table's FIELD (repeatable): --column 組合名=org_id",
    )
    parser.add_argument(
        "--sheet",
        metavar="NAME",
        help="the sheet of an .xlsx workbook (default: the first visible one)",
    )


def _column_option(text: str) -> tuple[str, str]:
    """A --column value: SOURCE=FIELD."""
    try:
        return column_mapping.parse_option(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _mapping(options: list[tuple[str, str]]) -> dict[str, str]:
    """The --column options as a mapping; a source given twice is refused."""
    mapping: dict[str, str] = {}
    for source, field in options:
        if source in mapping:
            raise UnusableInputError(f"--column {source}=...: {source!r} is mapped twice")
        mapping[source] = field
    return mapping


def _count(text: str) -> int:
    """A --max-errors value: a whole number from 0 to :data:`MAX_ERRORS_CEILING`."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 0 <= value <= MAX_ERRORS_CEILING:
        raise argparse.ArgumentTypeError(
            f"must be from 0 to {MAX_ERRORS_CEILING:,} (the errors past it are still counted)"
        )
    return value


def _progress() -> Callable[[int], None]:
    """Reports of rows done and rows per second, on stderr."""
    started = time.monotonic()

    def report(rows: int) -> None:
        elapsed = max(time.monotonic() - started, 1e-9)
        sys.stderr.write(f"\r{counted(rows, 'row', grouped=True)}, {rows / elapsed:,.0f} rows/s")
        sys.stderr.flush()

    return report


def run(args: argparse.Namespace) -> int:
    """Validate the file and print the report; 0 when valid, 1 when not."""
    terminal = sys.stderr.isatty()
    report = validate(
        args.path,
        args.table,
        encoding=args.encoding,
        max_errors=args.max_errors,
        normalize=args.normalize,
        progress=_progress() if terminal else None,
        force=args.force,
        columns=_mapping(args.column),
        sheet=args.sheet,
    )
    if terminal and report.rows >= PROGRESS_EVERY:
        sys.stderr.write("\n")
    if args.format == "json":
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(report.render() + "\n")
    return EXIT_OK if report.valid else EXIT_FAILED
