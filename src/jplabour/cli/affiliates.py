"""``jplabour affiliates``: a parent's affiliates, optionally at a date."""

from __future__ import annotations

import argparse
import sys

from jplabour.cli.output import (
    date_argument,
    resolve_named,
    terminal_width,
    within_argument,
    within_without_date,
)
from jplabour.errors import EXIT_FAILED, EXIT_OK, EXIT_UNUSABLE
from jplabour.plural import counted
from jplabour.show import FORMATS, SORTS, render_entries, roster_for

__all__ = ["configure", "run"]


def _count_argument(text: str) -> int:
    """``--min-members``: a whole number of persons, 0 or more."""
    if not text.strip().isdecimal():
        raise argparse.ArgumentTypeError(f"not a whole number of members, 0 or more: {text!r}")
    return int(text)


def configure(parser: argparse.ArgumentParser) -> None:
    """``affiliates PARENT [--as-of DATE] [--within SPAN] [--min-members N] [--sort ...]``."""
    parser.add_argument("parent", metavar="PARENT", help="the parent's id or name")
    parser.add_argument(
        "--as-of",
        type=date_argument,
        metavar="DATE",
        help="only links in force at DATE (2019, 2019-10, 2019/10/01, 令和元年10月 ...), "
        "with the figures then",
    )
    parser.add_argument(
        "--within",
        type=within_argument,
        metavar="SPAN",
        help="with --as-of: use no listing or figure further than SPAN from DATE (5y, 18m, 90d)",
    )
    parser.add_argument(
        "--min-members",
        type=_count_argument,
        metavar="N",
        help="only members with a count of at least N persons",
    )
    parser.add_argument("--sort", choices=SORTS, default="rank", help="order of the rows")
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format")
    parser.add_argument(
        "--related",
        action="store_true",
        help="also list related bodies, parts, and bodies the parent established",
    )


def run(args: argparse.Namespace) -> int:
    """Print the parent's affiliates; exit 1 when the parent is unknown or nothing is found."""
    if within_without_date("affiliates", args):
        return EXIT_UNUSABLE
    parent = resolve_named("affiliates", args.parent)
    if parent is None:
        return EXIT_FAILED
    entries, answer = roster_for(
        parent,
        args.as_of,
        within=args.within,
        related=args.related,
        min_members=args.min_members,
        sort=args.sort,
    )
    name = parent.abbreviation or parent.name_en
    if entries or args.format != "table":
        sys.stdout.write(render_entries(entries, args.format, terminal_width()))
    if answer is not None and args.format == "table" and entries:
        sys.stdout.write(f"{name}'s links at {answer.asked}: {answer.describe()}\n")
    if not entries:
        what = f"no affiliate of {name} in the data"
        if args.min_members is not None:
            what += f" with at least {counted(args.min_members, 'member', grouped=True)}"
        if answer is not None:
            what += f" at {answer.asked} ({answer.describe()})"
        sys.stdout.flush()  # the message follows what was printed
        sys.stderr.write(f"jplabour affiliates: {what}\n")
        return EXIT_FAILED
    return EXIT_OK
