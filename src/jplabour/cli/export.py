"""``jplabour export``: the dataset as JSON, JSON Lines, CSV or a data package."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jplabour.cli.output import write_bytes
from jplabour.errors import EXIT_OK, UnusableInputError
from jplabour.export import FORMATS, export, render
from jplabour.plural import counted

__all__ = ["configure", "run"]


def configure(parser: argparse.ArgumentParser) -> None:
    """``export --format json|jsonl|csv|datapackage [--out PATH] [--excel]``."""
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="json",
        help="json (one document, the default), jsonl or csv (one file per table), "
        "datapackage (the CSV files and a Frictionless datapackage.json)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="PATH",
        help="the file for json (default: standard output); the directory for the others",
    )
    parser.add_argument(
        "--excel",
        action="store_true",
        help="with --format csv: spreadsheet-safe CSV (a byte order mark, and a leading ' "
        "on each text a spreadsheet would run as a formula) instead of plain RFC 4180",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace regular files that are not a previous export (never a link, FIFO or device)",
    )


def run(args: argparse.Namespace) -> int:
    """Write the export, or print the JSON document; report the files written on standard error."""
    if args.excel and args.format != "csv":
        raise UnusableInputError("--excel applies to --format csv only")
    if args.out is None:
        if args.format != "json":
            raise UnusableInputError(
                f"--format {args.format} writes one file per table: give --out DIRECTORY"
            )
        (document,) = render("json")
        write_bytes(document.content)
        return EXIT_OK
    written = export(args.format, args.out, excel=args.excel, force=args.force)
    where = written[0] if len(written) == 1 else written[0].parent
    sys.stderr.write(f"jplabour export: wrote {counted(len(written), 'file')} to {where}\n")
    return EXIT_OK
