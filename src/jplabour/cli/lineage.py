"""``jplabour lineage ORG``: what an organisation merged from, and what it became.

Predecessors walk back from ORG through every merger, unification, rename
and rebrand, nearest first; successors walk forward. Each line is one
succession: its date ("undated" in the table, empty in CSV and null in
JSON when the sources give none), the two
organisations and the kind.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, Final

from jplabour import api
from jplabour.cli.output import Column, add_format_option, nothing_found, render, resolve_named
from jplabour.errors import EXIT_FAILED, EXIT_OK
from jplabour.model import Succession

__all__ = ["COLUMNS", "configure", "lineage_rows", "run"]

COLUMNS: Final[tuple[Column, ...]] = (
    ("direction", "enum", True),
    ("date", "date", True),
    ("predecessor_id", "string", False),
    ("successor_id", "string", False),
    ("from", "string", True),
    ("to", "string", True),
    ("kind", "enum", True),
    ("succession_id", "string", False),
)


def _name(org_id: str) -> str:
    org = api.get(org_id)
    return org.abbreviation or org.name_en


def _row(direction: str, succession: Succession) -> dict[str, Any]:
    return {
        "direction": direction,
        "date": None if succession.date is None else str(succession.date),
        "predecessor_id": succession.predecessor_id,
        "successor_id": succession.successor_id,
        "from": _name(succession.predecessor_id),
        "to": _name(succession.successor_id),
        "kind": succession.kind.value,
        "succession_id": succession.id,
    }


def lineage_rows(lineage: api.Lineage) -> list[dict[str, Any]]:
    """Predecessors (nearest first), then successors."""
    return [_row("predecessor", s) for s in lineage.predecessors] + [
        _row("successor", s) for s in lineage.successors
    ]


def configure(parser: argparse.ArgumentParser) -> None:
    """``lineage ORG [--format table|csv|json]``."""
    parser.add_argument("org", metavar="ORG", help="the organisation's id or name")
    add_format_option(parser)


def run(args: argparse.Namespace) -> int:
    """Print the lineage; exit 1 when the name is unknown or the data has none."""
    org = resolve_named("lineage", args.org)
    if org is None:
        return EXIT_FAILED
    rows = lineage_rows(api.lineage(org))
    shown = rows
    if args.format == "table":
        shown = [{**row, "date": row["date"] or "undated"} for row in rows]
    sys.stdout.write(render(shown, COLUMNS, args.format))
    if not rows:
        name = org.abbreviation or org.name_en
        return nothing_found("lineage", f"no predecessor or successor of {name} in the data")
    return EXIT_OK
