"""``jplabour search``: find organisations by name, abbreviation or alias."""

from __future__ import annotations

import argparse
import sys

from jplabour import api
from jplabour.cli.output import terminal_width
from jplabour.errors import EXIT_FAILED, EXIT_OK
from jplabour.show import render_search

__all__ = ["configure", "run"]


def configure(parser: argparse.ArgumentParser) -> None:
    """``search TEXT``."""
    parser.add_argument("text", metavar="TEXT", help="part of a name, abbreviation or alias")


def run(args: argparse.Namespace) -> int:
    """Print one line per matching organisation; exit 1 when none matches."""
    found = api.search(args.text)
    if not found:
        sys.stderr.write(f"jplabour search: no organisation name contains {args.text!r}\n")
        return EXIT_FAILED
    sys.stdout.write(render_search(found, terminal_width()))
    return EXIT_OK
