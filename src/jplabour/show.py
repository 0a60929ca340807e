"""``jplabour show``, ``search`` and ``affiliates``: the dataset for a reader at a terminal.

Output fits 80 columns (East Asian wide characters count two) and carries
no colour codes, so it reads the same in a terminal and through a pipe.
A name that means several organisations lists them and exits 1; an unknown
name suggests the closest ids and exits 1.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Final

from jplabour import api
from jplabour.errors import EXIT_FAILED, EXIT_OK
from jplabour.model import Affiliation, Membership, Organization, PartialDate, Position, Unit

__all__ = [
    "configure_affiliates_parser",
    "configure_search_parser",
    "configure_show_parser",
    "render_affiliates",
    "render_card",
    "render_search",
    "run_affiliates_command",
    "run_search_command",
    "run_show_command",
]

#: The terminal width every line fits in.
WIDTH: Final = 80
_INDENT: Final = "  "
_FORMATS: Final = ("table", "csv", "json")
_FIELDS: Final = (
    "member_id",
    "rank",
    "abbreviation",
    "name_en",
    "status",
    "since",
    "until",
    "as_of",
    "members",
    "members_as_of",
    "members_approximate",
)


def _char_width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def display_width(text: str) -> int:
    """The columns *text* takes in a terminal: wide characters count two."""
    return sum(_char_width(char) for char in text)


def _clip(text: str, width: int) -> str:
    """*text* cut to *width* columns, with an ellipsis when cut."""
    if display_width(text) <= width:
        return text
    kept, used = [], 1
    for char in text:
        used += _char_width(char)
        if used > width:
            break
        kept.append(char)
    return "".join(kept) + "…"


def _pad(text: str, width: int) -> str:
    clipped = _clip(text, width)
    return clipped + " " * (width - display_width(clipped))


def _wrap(text: str, indent: str = _INDENT, first: str | None = None) -> list[str]:
    """Greedy word wrap to :data:`WIDTH` columns; over-long words (Japanese) are split."""
    lines: list[str] = []
    line = indent if first is None else first
    fresh = True
    for word in text.split():
        sep = "" if fresh else " "
        if display_width(line + sep + word) <= WIDTH:
            line, fresh = line + sep + word, False
            continue
        if not fresh:
            lines.append(line)
            line, fresh = indent, True
        for char in word:
            if display_width(line + char) > WIDTH:
                lines.append(line)
                line = indent
            line, fresh = line + char, False
    if not fresh or not lines:
        lines.append(line.rstrip())
    return lines


def _field(label: str, value: str) -> list[str]:
    first = f"{_INDENT}{label:<13} "
    return _wrap(value, indent=" " * len(first), first=first)


def _dates(record: Affiliation | Position) -> str:
    parts = [
        f"{word} {date}"
        for word, date in (
            ("since", record.since),
            ("until", record.until),
            ("as of", record.as_of),
        )
        if date is not None
    ]
    return ", ".join(parts)


def _label(org_id: str) -> str:
    """An organisation as ``ABBREVIATION (id)``, or its English name when unabbreviated."""
    org = api.get(org_id)
    return f"{org.abbreviation or org.name_en} ({org.id})"


def _figure(figure: Membership) -> str:
    approx = "~" if figure.approximate else ""
    what = figure.counted.value
    if figure.unit is Unit.ORGANISATIONS:
        what += " (organisations)"
    return f"{approx}{figure.value:,} {what}"


def _card_head(org: Organization) -> list[str]:
    lines = _wrap(org.name_en, indent="", first="")
    details = [
        ("id", org.id),
        ("abbreviation", org.abbreviation),
        ("Japanese", org.name_ja),
        ("romaji", org.name_romaji),
        ("also called", "; ".join(org.aliases) or None),
        ("kind", org.kind.value.replace("_", " ")),
        ("founded", str(org.founded) if org.founded else None),
        ("dissolved", str(org.dissolved) if org.dissolved else None),
        ("address", org.address),
        ("prefecture", org.prefecture),
        ("postal code", org.postal_code),
        ("phone", org.phone),
        ("fax", org.fax),
        ("e-mail", org.email),
        *(("web", site) for site in org.websites),
        ("notes", org.notes),
    ]
    for label, value in details:
        if value:
            lines += _field(label, value)
    return lines


def _section(title: str, body: Sequence[str]) -> list[str]:
    return ["", title, *body] if body else []


def _size_lines(org: Organization) -> list[str]:
    return [
        _clip(f"{_INDENT}{figure.as_of or 'undated'!s:<10} {_figure(figure)}", WIDTH)
        for figure in api.members(org, counted=None, unit=None)
    ]


def _link_lines(links: Iterable[Affiliation], *, side: str) -> list[str]:
    lines = []
    for link in links:
        rank = f"{link.rank:>2}" if link.rank is not None else "  "
        other = _label(link.parent_id if side == "parent" else link.member_id)
        text = f"{_INDENT}{rank} {link.status.value:<14} {other}"
        dates = _dates(link)
        lines.append(_clip(f"{text}, {dates}" if dates else text, WIDTH))
    return lines


def _officer_lines(org: Organization) -> list[str]:
    lines = []
    for position in api.officers(org):
        person = api.person(position.person_id)
        role = position.role.value.replace("_", " ")
        extras = [_dates(position)]
        if position.home_org_id:
            extras.append(
                f"from {api.get(position.home_org_id).abbreviation or position.home_org_id}"
            )
        text = f"{role}: {person.given_name} {person.family_name.upper()}"
        lines += _wrap(", ".join([text, *filter(None, extras)]), indent=_INDENT * 3, first=_INDENT)
    return lines


def _lineage_lines(org: Organization) -> list[str]:
    found = api.lineage(org)
    return [
        _clip(
            f"{_INDENT}{succession.date or '?'!s:<10} {succession.predecessor_id} -> "
            f"{succession.successor_id} ({succession.kind.value})",
            WIDTH,
        )
        for succession in (*reversed(found.predecessors), *found.successors)
    ]


def _event_lines(org: Organization, *, listed: bool) -> list[str]:
    found = api.events(org)
    if not listed:
        hint = f" (list them: jplabour show {org.id} --events)" if found else ""
        return ["", f"Events: {len(found)}{hint}"]
    body = []
    for event in found:
        when = f"{event.date}" + (f" to {event.until}" if event.until else "")
        first = f"{_INDENT}{when:<10} "
        body += _wrap(f"[{event.kind.value}] {event.summary}", indent=" " * len(first), first=first)
    return _section(f"Events ({len(found)})", body)


def _source_lines(org: Organization) -> list[str]:
    lines: list[str] = []
    by_source: dict[tuple[str, str | None], list[str]] = {}
    for quote in api.citations(org):
        by_source.setdefault((quote.source_id, quote.source_title), []).append(quote.quote)
    for (source_id, title), quotes in by_source.items():
        lines += _wrap(f"{title or source_id} [{source_id}]", first=_INDENT)
        for text in quotes:
            lines += _wrap(f"“{text}”", indent=_INDENT * 3, first=_INDENT * 2)
    return lines


def render_card(org: Organization, *, list_events: bool = False) -> str:
    """Everything the data holds about *org*, as text that fits :data:`WIDTH` columns."""
    lines = _card_head(org)
    lines += _section("Size over time", _size_lines(org))
    lines += _section("Parents", _link_lines(api.parents(org), side="parent"))
    lines += _section("Affiliates", _link_lines(api.affiliates(org), side="member"))
    lines += _section("Officers", _officer_lines(org))
    lines += _section("Lineage", _lineage_lines(org))
    lines += _event_lines(org, listed=list_events)
    lines += _section("Sources", _source_lines(org))
    return "\n".join(lines) + "\n"


def render_search(found: Sequence[Organization]) -> str:
    """One line per organisation: id, then abbreviation and English name."""
    id_width = min(max((len(org.id) for org in found), default=0), 24)
    lines = []
    for org in found:
        name = f"{org.abbreviation}: {org.name_en}" if org.abbreviation else org.name_en
        lines.append(_clip(f"{org.id:<{id_width}}  {name}", WIDTH))
    return "".join(line + "\n" for line in lines)


def _latest(org_id: str, as_of: PartialDate | None) -> Membership | None:
    """The member count in force at *as_of*; without a date, the latest (undated last resort)."""
    if as_of is not None:
        return api.members(org_id, as_of)
    series = api.members(org_id)
    dated = [figure for figure in series if figure.as_of is not None]
    chosen = dated or list(series)
    return chosen[-1] if chosen else None


def _rows(links: Sequence[Affiliation], as_of: PartialDate | None) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for link in links:
        member = api.get(link.member_id)
        figure = _latest(member.id, as_of)
        rows.append(
            {
                "member_id": member.id,
                "rank": link.rank,
                "abbreviation": member.abbreviation,
                "name_en": member.name_en,
                "status": link.status.value,
                "since": str(link.since) if link.since else None,
                "until": str(link.until) if link.until else None,
                "as_of": str(link.as_of) if link.as_of else None,
                "members": figure.value if figure else None,
                "members_as_of": str(figure.as_of) if figure and figure.as_of else None,
                "members_approximate": figure.approximate if figure else None,
            }
        )
    return rows


def _table(rows: Sequence[dict[str, object]]) -> str:
    header = f"{'rank':>4}  {_pad('abbreviation', 18)}  {_pad('name', 28)}  {'status':<10}  {'members':>10}"
    lines = [header]
    for row in rows:
        rank = "" if row["rank"] is None else str(row["rank"])
        count = row["members"]
        members = (
            ""
            if not isinstance(count, int)
            else f"{'~' if row['members_approximate'] else ''}{count:,}"
        )
        abbreviation = str(row["abbreviation"] or row["member_id"])
        lines.append(
            f"{rank:>4}  {_pad(abbreviation, 18)}  {_pad(str(row['name_en']), 28)}  "
            f"{_pad(str(row['status']), 10)}  {members:>10}"
        )
    return "".join(line.rstrip() + "\n" for line in lines)


def render_affiliates(
    parent: Organization, as_of: PartialDate | None = None, output: str = "table"
) -> str:
    """*parent*'s affiliates (in force at *as_of*) as a table, CSV or JSON."""
    rows = _rows(api.affiliates(parent, as_of), as_of)
    if output == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if output == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue()
    return _table(rows)


def _resolve(command: str, text: str) -> Organization | None:
    """The organisation *text* names, or None after telling stderr why not."""
    try:
        return api.resolve(text)
    except api.AmbiguousNameError as error:
        lines = [f"jplabour {command}: {text!r} can mean {len(error.candidates)} organisations:"]
        lines += [
            _clip(f"{_INDENT}{org.id:<24} {org.abbreviation or '-'}: {org.name_en}", WIDTH)
            for org in error.candidates
        ]
        lines.append("Give the id to choose one.")
    except api.UnknownIdError as error:
        lines = [f"jplabour {command}: {error}"]
    sys.stderr.write("\n".join(lines) + "\n")
    return None


def _partial_date(text: str) -> PartialDate:
    try:
        return PartialDate.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def configure_show_parser(parser: argparse.ArgumentParser) -> None:
    """``show NAME_OR_ID [--events]``."""
    parser.add_argument("name", metavar="NAME_OR_ID", help="an id, name, abbreviation or alias")
    parser.add_argument(
        "--events", action="store_true", help="list the events, not only count them"
    )


def run_show_command(args: argparse.Namespace) -> int:
    """Print the organisation's card; exit 1 when the name is ambiguous or unknown."""
    org = _resolve("show", args.name)
    if org is None:
        return EXIT_FAILED
    sys.stdout.write(render_card(org, list_events=args.events))
    return EXIT_OK


def configure_search_parser(parser: argparse.ArgumentParser) -> None:
    """``search TEXT``."""
    parser.add_argument("text", metavar="TEXT", help="part of a name, abbreviation or alias")


def run_search_command(args: argparse.Namespace) -> int:
    """Print one line per matching organisation; exit 1 when none matches."""
    found = api.search(args.text)
    if not found:
        sys.stderr.write(f"jplabour search: no organisation name contains {args.text!r}\n")
        return EXIT_FAILED
    sys.stdout.write(render_search(found))
    return EXIT_OK


def configure_affiliates_parser(parser: argparse.ArgumentParser) -> None:
    """``affiliates PARENT [--as-of DATE] [--format table|csv|json]``."""
    parser.add_argument("parent", metavar="PARENT", help="the parent's id or name")
    parser.add_argument(
        "--as-of",
        type=_partial_date,
        metavar="DATE",
        help="only links in force at DATE (YYYY, YYYY-MM or YYYY-MM-DD), with the figures then",
    )
    parser.add_argument("--format", choices=_FORMATS, default="table", help="output format")


def run_affiliates_command(args: argparse.Namespace) -> int:
    """Print the parent's affiliates; exit 1 when the parent is ambiguous or unknown."""
    parent = _resolve("affiliates", args.parent)
    if parent is None:
        return EXIT_FAILED
    sys.stdout.write(render_affiliates(parent, args.as_of, args.format))
    return EXIT_OK
