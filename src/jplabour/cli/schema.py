"""``jplabour schema``: print, write or check the JSON Schemas and the data dictionary."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jplabour._files import write_atomically
from jplabour.errors import EXIT_FAILED, EXIT_OK, UnusableInputError
from jplabour.schema import (
    REGENERATE,
    data_dictionary,
    document_schema,
    is_data_dictionary,
    schema_files,
    schema_text,
    stale_files,
    write_schemas,
)

__all__ = ["configure", "run"]


def configure(parser: argparse.ArgumentParser) -> None:
    """``schema [--out DIR] [--docs FILE] [--check]``."""
    parser.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="write TABLE.schema.json for each table and document.schema.json into DIR "
        "(without --out or --docs: print the document schema)",
    )
    parser.add_argument(
        "--docs",
        type=Path,
        metavar="FILE",
        help="write the data dictionary (Markdown), rendered from the schemas, to FILE",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 naming each file under --out/--docs that is stale",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace regular files that jplabour did not write (never a link, FIFO or device)",
    )


def run(args: argparse.Namespace) -> int:
    """Print, write or check the schemas and the data dictionary."""
    expected: dict[Path, str] = {}
    if args.out is not None:
        expected |= {args.out / name: text for name, text in schema_files().items()}
    if args.docs is not None:
        expected[args.docs] = data_dictionary()
    if args.check:
        if not expected:
            raise UnusableInputError("--check needs --out DIR or --docs FILE")
        problems = stale_files(expected, args.out)
        for problem in problems:
            sys.stdout.write(f"stale: {problem}\n")
        if problems:
            sys.stderr.write(f"jplabour schema: regenerate with: {REGENERATE}\n")
        return EXIT_FAILED if problems else EXIT_OK
    if not expected:
        sys.stdout.write(schema_text(document_schema()))
        return EXIT_OK
    if args.docs is not None:
        write_atomically(
            [(args.docs, expected[args.docs].encode("utf-8"))],
            recognise=is_data_dictionary,
            force=args.force,
        )
    if args.out is not None:
        write_schemas(args.out, force=args.force)
    return EXIT_OK
