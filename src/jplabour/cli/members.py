"""``jplabour members ORG [--as-of DATE] [--within SPAN] | --all``: membership figures.

``members ORG`` prints the organisation's figures over time: every count the
data holds, of persons and of organisations, each with its unit. With
``--as-of``, the count of members (persons) that answers for DATE by the rule
"As of a date" (docs/api.md), with the date of its evidence; the undated
figures follow, marked undated. ``--all`` prints :func:`jplabour.membership_table`:
one row per figure of every organisation (or of ORG), with its names, kind
and parents at the figure's date. An approximate figure always carries its
``~`` in the table, and ``approximate`` is a column of CSV and JSON.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any, Final

from jplabour import api
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
from jplabour.model import Membership, Organization
from jplabour.show import count_text

if TYPE_CHECKING:
    from jplabour.csv_codec import ColumnKind

__all__ = ["COLUMNS", "configure", "figure_row", "run", "table_columns"]

#: ``members ORG``: one row per figure.
COLUMNS: Final[tuple[Column, ...]] = (
    ("membership_id", "string", False),
    ("org_id", "string", False),
    ("as_of", "date", True),
    ("value", "integer", False),
    ("figure", "string", True),
    ("approximate", "boolean", False),
    ("unit", "enum", True),
    ("counted", "enum", True),
    ("covers", "string", True),
    ("relation", "enum", False),
    ("source_id", "string", False),
)

#: ``members --all``: the cell kinds of :data:`jplabour.membership.COLUMNS` that are not
#: text, and the columns the table shows (the others are in CSV and JSON only).
_ALL_KINDS: Final[dict[str, ColumnKind]] = {
    "kind": "enum",
    "value": "integer",
    "unit": "enum",
    "counted": "enum",
    "approximate": "boolean",
    "as_of": "date",
}
_ALL_SHOWN: Final = frozenset({"abbreviation", "parents", "figure", "unit", "counted", "as_of"})


def table_columns(output: str) -> list[Column]:
    """The columns of ``members --all``: the membership table's.

    A table adds the figure as printed ("~" marking approximate) beside ``value``.
    """
    from jplabour.membership import COLUMNS as TABLE

    names = list(TABLE)
    if output == "table":
        names.insert(names.index("value") + 1, "figure")
    return [(n, _ALL_KINDS.get(n, "string"), n in _ALL_SHOWN) for n in names]


def figure_row(figure: Membership, relation: str | None = None) -> dict[str, Any]:
    """One figure as JSON values; ``figure`` is the value as printed, "~" marking approximate."""
    return {
        "membership_id": figure.id,
        "org_id": figure.org_id,
        "as_of": "undated" if figure.as_of is None else str(figure.as_of),
        "value": figure.value,
        "figure": count_text(figure),
        "approximate": figure.approximate,
        "unit": figure.unit.value,
        "counted": figure.counted.value,
        "covers": figure.covers,
        "relation": relation,
        "source_id": figure.citations[0].source_id if figure.citations else None,
    }


def _machine(rows: list[dict[str, Any]], output: str) -> list[dict[str, Any]]:
    """For CSV and JSON, an undated figure's as_of is null, not the word."""
    if output == "table":
        return rows
    return [{**row, "as_of": None if row["as_of"] == "undated" else row["as_of"]} for row in rows]


def _all(org: Organization | None, output: str) -> int:
    from jplabour.membership import membership_table

    table = [
        {**row.to_dict(), "figure": count_text(row)}
        for row in membership_table()
        if org is None or row.org_id == org.id
    ]
    sys.stdout.write(render(table, table_columns(output), output))
    if not table:
        return nothing_found("members", "no membership figure in the data")
    return EXIT_OK


def configure(parser: argparse.ArgumentParser) -> None:
    """``members [ORG] [--as-of DATE] [--within SPAN] [--all] [--format table|csv|json]``."""
    parser.add_argument("org", metavar="ORG", nargs="?", help="the organisation's id or name")
    add_as_of_options(parser, "the count of members")
    parser.add_argument(
        "--all",
        action="store_true",
        help="one row per figure of every organisation (or of ORG), with names and parents; no --as-of",
    )
    add_format_option(parser)


def _misused(args: argparse.Namespace) -> bool:
    """True, after saying so on stderr, when neither ORG nor --all is given, or --all with a date.

    ``--all`` lists every figure with its own date; a date asked of it would
    be ignored, so it is refused.
    """
    if args.org is None and not args.all:
        sys.stderr.write("jplabour members: error: give ORG, or --all for every organisation\n")
        return True
    if args.all and args.as_of is not None:
        sys.stderr.write(
            "jplabour members: error: --all takes no --as-of; ask one ORG with --as-of\n"
        )
        return True
    return False


def run(args: argparse.Namespace) -> int:
    """Print the figures; exit 1 when the name is unknown or nothing answers."""
    if within_without_date("members", args) or _misused(args):
        return EXIT_UNUSABLE
    org = None
    if args.org is not None:
        org = resolve_named("members", args.org)
        if org is None:
            return EXIT_FAILED
    if args.all:
        return _all(org, args.format)
    assert org is not None  # noqa: S101 -- checked above
    name = org.abbreviation or org.name_en
    if args.as_of is None:
        rows = [figure_row(f) for f in api.members(org, counted=None, unit=None)]
        columns = [c for c in COLUMNS if c[0] != "relation"]
        sys.stdout.write(render(_machine(rows, args.format), columns, args.format))
        return EXIT_OK if rows else nothing_found("members", f"no figure of {name} in the data")
    answer = api.members_at(org, args.as_of, within=args.within)
    rows = [figure_row(f, answer.relation.value) for f in answer.records]
    rows += [figure_row(f, "undated") for f in answer.undated]
    sys.stdout.write(render(_machine(rows, args.format), COLUMNS, args.format))
    if args.format == "table" and answer.records:
        sys.stdout.write(f"{name} members at {answer.asked}: {answer.describe()}\n")
    if not answer.records:
        return nothing_found(
            "members", f"no count of members of {name} at {answer.asked}: {answer.describe()}"
        )
    return EXIT_OK
