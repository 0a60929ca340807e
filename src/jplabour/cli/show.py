"""``jplabour show``: everything the data knows about one organisation."""

from __future__ import annotations

import argparse
import sys

from jplabour.cli.output import resolve_named
from jplabour.errors import EXIT_FAILED, EXIT_OK
from jplabour.show import render_brief, render_card

__all__ = ["configure", "run"]


def configure(parser: argparse.ArgumentParser) -> None:
    """``show NAME_OR_ID [--events] [--quotes] [--brief]``."""
    parser.add_argument("name", metavar="NAME_OR_ID", help="an id, name, abbreviation or alias")
    parser.add_argument(
        "--events", action="store_true", help="list the events, not only count them"
    )
    parser.add_argument(
        "--quotes",
        action="store_true",
        help="print the quotes behind every figure, link, office, succession and event",
    )
    parser.add_argument(
        "--brief",
        action="store_true",
        help="a short card: names, kind, dates, latest size, parents and counts of links",
    )


def run(args: argparse.Namespace) -> int:
    """Print the organisation's card; exit 1 when the name is ambiguous or unknown."""
    org = resolve_named("show", args.name)
    if org is None:
        return EXIT_FAILED
    if args.brief:
        sys.stdout.write(render_brief(org))
    else:
        sys.stdout.write(render_card(org, list_events=args.events, quotes=args.quotes))
    return EXIT_OK
