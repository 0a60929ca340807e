"""``jplabour errata [ORG]``: what is wrong in the sources, and how the data treats it.

Every erratum, or those touching ORG (the organisation or any record on its
card: figures, links, offices, successions, events). Each gives the source,
the problematic quote verbatim, the problem and how the records keep it.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, Final

from jplabour import api
from jplabour.cli.output import Column, add_format_option, nothing_found, render, resolve_named
from jplabour.errors import EXIT_FAILED, EXIT_OK
from jplabour.model import Erratum
from jplabour.show import wrap

__all__ = ["COLUMNS", "configure", "erratum_row", "run"]

COLUMNS: Final[tuple[Column, ...]] = (
    ("id", "string", False),
    ("source_id", "string", False),
    ("quote", "string", False),
    ("problem", "string", False),
    ("resolution", "string", False),
    ("record_ids", "list", False),
    ("check", "string", False),
)


def erratum_row(erratum: Erratum) -> dict[str, Any]:
    """The erratum's fields as JSON values."""
    return {
        "id": erratum.id,
        "source_id": erratum.source_id,
        "quote": erratum.quote,
        "problem": erratum.problem,
        "resolution": erratum.resolution,
        "record_ids": list(erratum.record_ids),
        "check": erratum.check,
    }


def _block(erratum: Erratum) -> list[str]:
    return [
        f"{erratum.id} [{erratum.source_id}]",
        *wrap(f"“{erratum.quote}”", indent="    ", first="  "),
        *wrap(f"problem: {erratum.problem}", indent="    ", first="  "),
        *wrap(f"kept as: {erratum.resolution}", indent="    ", first="  "),
        *wrap(f"records: {', '.join(erratum.record_ids)}", indent="    ", first="  "),
    ]


def configure(parser: argparse.ArgumentParser) -> None:
    """``errata [ORG] [--format table|csv|json]``."""
    parser.add_argument(
        "org", metavar="ORG", nargs="?", help="only the errata touching this organisation"
    )
    add_format_option(parser)


def run(args: argparse.Namespace) -> int:
    """Print the errata; exit 1 when the name is unknown or no erratum touches it."""
    org = None
    if args.org is not None:
        org = resolve_named("errata", args.org)
        if org is None:
            return EXIT_FAILED
    found = api.errata(org)
    if args.format == "table":
        blocks = ["\n".join(_block(e)) for e in found]
        sys.stdout.write("".join(block + "\n\n" for block in blocks[:-1]) + "".join(blocks[-1:]))
        sys.stdout.write("\n" if blocks else "")
    else:
        sys.stdout.write(render([erratum_row(e) for e in found], COLUMNS, args.format))
    if not found:
        name = org.abbreviation or org.name_en if org is not None else "the data"
        return nothing_found("errata", f"no erratum touches {name}")
    return EXIT_OK
