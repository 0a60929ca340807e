"""``jplabour officers ORG [--as-of DATE] [--within SPAN]``: who held office, and when.

Without ``--as-of``, every office the data holds. With it, the offices that
answer for DATE by the rule "As of a date" (docs/api.md): a line under the
table says what the answer rests on ("as of 2019-12, 1 month after
2019-10"). Offices the sources give no date for are listed after the
answer, marked undated (``relation`` ``undated`` in CSV and JSON).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, Final

from jplabour import api
from jplabour.asof import Answer
from jplabour.cli.output import (
    Column,
    add_as_of_options,
    add_format_option,
    nothing_found,
    render,
    resolve_named,
    within_without_date,
)
from jplabour.errors import EXIT_FAILED, EXIT_OK, EXIT_UNUSABLE
from jplabour.model import Position
from jplabour.show import dates_text

__all__ = ["COLUMNS", "configure", "officer_rows", "run"]

COLUMNS: Final[tuple[Column, ...]] = (
    ("role", "enum", True),
    ("sequence", "integer", False),
    ("name", "string", True),
    ("person_id", "string", False),
    ("since", "date", False),
    ("until", "date", False),
    ("as_of", "date", False),
    ("dates", "string", True),
    ("home_org_id", "string", False),
    ("from_org", "string", True),
    ("relation", "enum", False),
    ("position_id", "string", False),
)


def _row(position: Position, relation: str | None) -> dict[str, Any]:
    person = api.person(position.person_id)
    home = api.get(position.home_org_id) if position.home_org_id else None
    return {
        "role": position.role.value.replace("_", " "),
        "sequence": position.sequence,
        "name": f"{person.given_name} {person.family_name.upper()}",
        "person_id": person.id,
        "since": None if position.since is None else str(position.since),
        "until": None if position.until is None else str(position.until),
        "as_of": None if position.as_of is None else str(position.as_of),
        "dates": dates_text(position) or "undated",
        "home_org_id": position.home_org_id,
        "from_org": (home.abbreviation or home.id) if home else None,
        "relation": relation,
        "position_id": position.id,
    }


def officer_rows(
    positions: tuple[Position, ...], answer: Answer[Position] | None
) -> list[dict[str, Any]]:
    """One row per office; with *answer*, its records then its undated ones, marked."""
    if answer is None:
        return [_row(p, None) for p in positions]
    rows = [_row(p, answer.relation.value) for p in answer.records]
    return rows + [_row(p, "undated") for p in answer.undated]


def configure(parser: argparse.ArgumentParser) -> None:
    """``officers ORG [--as-of DATE] [--within SPAN] [--format table|csv|json]``."""
    parser.add_argument("org", metavar="ORG", help="the organisation's id or name")
    add_as_of_options(parser, "the offices")
    add_format_option(parser)


def run(args: argparse.Namespace) -> int:
    """Print the officers; exit 1 when the name is unknown or nothing answers."""
    if within_without_date("officers", args):
        return EXIT_UNUSABLE
    org = resolve_named("officers", args.org)
    if org is None:
        return EXIT_FAILED
    answer = None
    if args.as_of is None:
        positions = api.officers(org)
    else:
        answer = api.officers_at(org, args.as_of, within=args.within)
        positions = answer.records
    rows = officer_rows(positions, answer)
    sys.stdout.write(render(rows, COLUMNS, args.format))
    name = org.abbreviation or org.name_en
    if answer is not None and args.format == "table" and answer.records:
        sys.stdout.write(f"{name} officers at {answer.asked}: {answer.describe()}\n")
    if not positions:
        if answer is None:
            return nothing_found("officers", f"no officer of {name} in the data")
        return nothing_found(
            "officers", f"no officer of {name} at {answer.asked}: {answer.describe()}"
        )
    return EXIT_OK
