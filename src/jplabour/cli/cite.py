"""``jplabour cite``: how to cite jplabour and its sources (BibTeX, APA, CFF)."""

from __future__ import annotations

import argparse
import sys

from jplabour.cite import CITE_FORMATS, cite
from jplabour.errors import EXIT_OK

__all__ = ["configure", "run"]


def configure(parser: argparse.ArgumentParser) -> None:
    """``cite [--format bibtex|apa|cff] [SOURCE...]``."""
    parser.add_argument(
        "--format",
        choices=CITE_FORMATS,
        default=CITE_FORMATS[0],
        help="bibtex (the default), apa (Markdown) or cff (CITATION.cff)",
    )
    parser.add_argument(
        "sources",
        nargs="*",
        metavar="SOURCE",
        help="the ids of the sources to cite after jplabour (default: the seed documents; "
        "a reference consulted for names is cited when named)",
    )


def run(args: argparse.Namespace) -> int:
    """Print the citations."""
    sys.stdout.write(cite(args.format, args.sources))
    return EXIT_OK
