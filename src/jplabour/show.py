"""What ``jplabour show``, ``search`` and ``affiliates`` print: the dataset for a reader at a terminal.

The commands themselves are :mod:`jplabour.cli.show`, ``search`` and ``affiliates``.

Cards fit 80 columns (East Asian wide characters count two); tables
(``search``, ``affiliates``) fit the width they are given, wrapping long
names rather than cutting them (:mod:`jplabour.terminal`). Nothing carries
colour codes, so it reads the same in a terminal and through a pipe.
A name that means several organisations lists them (with the bodies each
belongs to, to tell them apart) and exits 1; an unknown name suggests the
closest ids and exits 1.
"""

from __future__ import annotations

import csv
import enum
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

import attrs

from jplabour import api
from jplabour.asof import Within
from jplabour.data import DATASET
from jplabour.model import (
    Affiliation,
    AffiliationStatus,
    Erratum,
    Event,
    Membership,
    Organization,
    PartialDate,
    Position,
    Record,
    Succession,
    Unit,
)
from jplabour.semantics import COUNTED_STATUSES
from jplabour.serialize import record_to_dict
from jplabour.terminal import WIDTH, display_width, table, wrap

if TYPE_CHECKING:
    from jplabour.csv_codec import ColumnKind
    from jplabour.membership import MembershipRow

__all__ = [
    "FORMATS",
    "MAX_ECHOED",
    "SORTS",
    "WIDTH",
    "count_text",
    "dates_text",
    "display_width",
    "render_affiliates",
    "render_brief",
    "render_card",
    "render_entries",
    "render_search",
    "roster_for",
    "unresolved_text",
    "wrap",
]

_INDENT: Final = "  "
FORMATS: Final = ("table", "csv", "json")
#: The columns of ``affiliates --format csv|json``: name -> (the CSV cell kind,
#: as the exports encode it, and where the value comes from: the field of the
#: roster entry's link, member or figure).
_COLUMNS: Final[Mapping[str, tuple[ColumnKind, str, str]]] = MappingProxyType(
    {
        "member_id": ("string", "member", "id"),
        "rank": ("integer", "link", "rank"),
        "abbreviation": ("string", "member", "abbreviation"),
        "name_en": ("string", "member", "name_en"),
        "status": ("enum", "link", "status"),
        "since": ("date", "link", "since"),
        "until": ("date", "link", "until"),
        "as_of": ("date", "link", "as_of"),
        "members": ("integer", "figure", "value"),
        "members_as_of": ("date", "figure", "as_of"),
        "members_approximate": ("boolean", "figure", "approximate"),
    }
)


def _field(label: str, value: str) -> list[str]:
    first = f"{_INDENT}{label:<13} "
    return wrap(value, indent=" " * len(first), first=first)


def dates_text(record: Affiliation | Position) -> str:
    """The record's since, until and as of, in words; empty when it has none."""
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


def _words(value: enum.Enum) -> str:
    """An enum's value as words: "industrial federation", not "industrial_federation"."""
    return str(value.value).replace("_", " ")


def _label(org_id: str) -> str:
    """An organisation as ``ABBREVIATION (id)``, or its English name when unabbreviated."""
    org = api.get(org_id)
    return f"{org.abbreviation or org.name_en} ({org.id})"


#: How a parent's card words the links whose status reads from the member's side.
_AS_SEEN_BY_PARENT: Final = {
    AffiliationStatus.ESTABLISHED_BY: "established",
    AffiliationStatus.PART_OF: "has part",
}


def _status(link: Affiliation, *, side: str = "parent") -> str:
    """The link's status as words: "established by", not "established_by".

    On the parent's own card (*side* "member") a one-way status reads the
    other way round: the parent "established" the member, it does not
    "established by" it.
    """
    if side == "member" and link.status in _AS_SEEN_BY_PARENT:
        return _AS_SEEN_BY_PARENT[link.status]
    return _words(link.status)


def _quote_lines(record: Record, *, indent: str) -> list[str]:
    """Each quote behind *record*, wrapped under *indent*, with its source id."""
    lines = []
    for quote in api.citations(record):
        lines += wrap(f"“{quote.quote}” [{quote.source_id}]", indent=indent + "  ", first=indent)
    return lines


def _item(head: str, text: str, record: Record, *, quotes: bool) -> list[str]:
    """One entry of a card section, then, with *quotes*, the quotes behind *record*.

    *head* holds the entry's aligned columns, kept as they are; *text* is
    wrapped after it, its continuation lines hung under its start.
    """
    first = _INDENT + head
    hang = display_width(first)
    lines = wrap(text, indent=" " * hang, first=first)
    return lines + (_quote_lines(record, indent=" " * (hang + 2)) if quotes else [])


def count_text(figure: Membership | MembershipRow) -> str:
    """The figure's value with thousands separators, "~" marking an approximate one."""
    return f"{'~' if figure.approximate else ''}{figure.value:,}"


def _figure(figure: Membership) -> str:
    what = figure.counted.value
    if figure.unit is Unit.ORGANISATIONS:
        what += " (organisations)"
    return f"{count_text(figure)} {what}"


def _card_head(org: Organization) -> list[str]:
    lines = wrap(org.name_en, indent="", first="")
    details = [
        ("id", org.id),
        ("abbreviation", org.abbreviation),
        ("Japanese", org.name_ja),
        ("short names", "; ".join(org.short_names_ja) or None),
        ("reading", "; ".join(org.readings_ja) or None),
        ("romaji", org.name_romaji),
        ("also called", "; ".join(org.aliases) or None),
        ("kind", _words(org.kind)),
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


def _size_lines(figures: Iterable[Membership], *, quotes: bool) -> list[str]:
    lines = []
    for figure in figures:
        lines += _item(
            f"{figure.as_of or 'undated'!s:<10} ", _figure(figure), figure, quotes=quotes
        )
    return lines


def _link_lines(links: Iterable[Affiliation], *, side: str, quotes: bool) -> list[str]:
    lines = []
    for link in links:
        rank = f"{link.rank:>2}" if link.rank is not None else "  "
        other = _label(link.parent_id if side == "parent" else link.member_id)
        text = ", ".join(filter(None, [other, dates_text(link)]))
        if link.end_reason:
            text += f"; {link.end_reason}"
        lines += _item(f"{rank} {_status(link, side=side):<14} ", text, link, quotes=quotes)
    return lines


def _officer_lines(positions: Iterable[Position], *, quotes: bool) -> list[str]:
    lines = []
    for position in positions:
        person = api.person(position.person_id)
        role = _words(position.role)
        extras = [dates_text(position)]
        if position.home_org_id:
            extras.append(
                f"from {api.get(position.home_org_id).abbreviation or position.home_org_id}"
            )
        text = ", ".join(
            [f"{person.given_name} {person.family_name.upper()}", *filter(None, extras)]
        )
        lines += _item(f"{role}: ", text, position, quotes=quotes)
    return lines


def _lineage_lines(successions: Iterable[Succession], *, quotes: bool) -> list[str]:
    lines = []
    for succession in successions:
        text = f"{succession.predecessor_id} -> {succession.successor_id} ({succession.kind.value})"
        lines += _item(f"{succession.date or '?'!s:<10} ", text, succession, quotes=quotes)
    return lines


def _event_lines(
    org: Organization, found: Sequence[Event], *, listed: bool, quotes: bool
) -> list[str]:
    if not listed:
        count = f"Events: {len(found)}"
        return ["", *(_hint(f"{count}, list them:", f"{org.id} --events") if found else [count])]
    body = []
    for event in found:
        when = f"{event.date}" + (f" to {event.until}" if event.until else "")
        first = f"{_INDENT}{when:<10} "
        # An event of another organisation (one it took part in) says whose it is.
        owner = "" if event.org_id == org.id else f"{_label(event.org_id)}: "
        text = f"[{event.kind.value}] {owner}{event.summary}"
        body += wrap(text, indent=" " * len(first), first=first)
        body += _quote_lines(event, indent=" " * (len(first) + 2)) if quotes else []
    return _section(f"Events ({len(found)})", body)


def _hint(text: str, arguments: str) -> list[str]:
    """*text* and the command ``jplabour show ARGUMENTS``: one line, or two when too wide."""
    command = f"jplabour show {arguments}"
    one = f"{text} {command}"
    return [one] if display_width(one) <= WIDTH else [text, _INDENT + command]


def _errata_lines(records: Iterable[Record]) -> list[str]:
    """The errata that affect any of *records*: the organisation and those on its card."""
    ids = {record.id for record in records}
    found: list[Erratum] = [e for e in DATASET.errata if ids.intersection(e.record_ids)]
    lines = []
    for erratum in found:
        lines += wrap(f"{erratum.id} [{erratum.source_id}]", first=_INDENT)
        lines += wrap(f"“{erratum.quote}”", indent=_INDENT * 3, first=_INDENT * 2)
        lines += wrap(f"problem: {erratum.problem}", indent=_INDENT * 3, first=_INDENT * 2)
        lines += wrap(f"kept as: {erratum.resolution}", indent=_INDENT * 3, first=_INDENT * 2)
    return lines


def _source_lines(org: Organization) -> list[str]:
    lines: list[str] = []
    by_source: dict[tuple[str, str | None], list[str]] = {}
    for quote in api.citations(org):
        by_source.setdefault((quote.source_id, quote.source_title), []).append(quote.quote)
    for (source_id, title), quotes in by_source.items():
        lines += wrap(f"{title or source_id} [{source_id}]", first=_INDENT)
        for text in quotes:
            lines += wrap(f"“{text}”", indent=_INDENT * 3, first=_INDENT * 2)
    return lines


def render_card(org: Organization, *, list_events: bool = False, quotes: bool = False) -> str:
    """Everything the data holds about *org*, as text that fits :data:`WIDTH` columns.

    With *list_events*, each event is listed, not only counted; with
    *quotes*, every figure, link, office, succession and event is followed by
    the quotes it rests on. The organisation's own quotes and the errata that
    touch anything on the card are always shown.
    """
    figures = api.members(org, counted=None, unit=None)
    parents = api.parents(org)
    links = api.affiliates(org, statuses=None)
    positions = api.officers(org)
    found = api.lineage(org)
    successions = (*reversed(found.predecessors), *found.successors)
    events = api.events(org)
    lines = _card_head(org)
    lines += _section("Size over time", _size_lines(figures, quotes=quotes))
    lines += _section("Parents", _link_lines(parents, side="parent", quotes=quotes))
    lines += _section(
        "Affiliates and related bodies", _link_lines(links, side="member", quotes=quotes)
    )
    lines += _section("Officers", _officer_lines(positions, quotes=quotes))
    lines += _section("Lineage", _lineage_lines(successions, quotes=quotes))
    lines += _event_lines(org, events, listed=list_events, quotes=quotes)
    lines += _section("Sources", _source_lines(org))
    records: list[Record] = [org, *figures, *parents, *links, *positions, *successions, *events]
    lines += _section("Errata: problems in the sources, kept as printed", _errata_lines(records))
    if not quotes:
        lines += ["", *_hint("The quotes behind each line:", f"{org.id} --quotes")]
    return "\n".join(lines) + "\n"


def _latest(org: Organization) -> str | None:
    """The latest dated count of members (an undated one when none is dated), with its date."""
    series = api.members(org)
    dated = [f for f in series if f.as_of is not None] or list(series)
    if not dated:
        return None
    figure = dated[-1]
    return f"{count_text(figure)} members, {f'as of {figure.as_of}' if figure.as_of else 'undated'}"


def render_brief(org: Organization) -> str:
    """A card of about 25 lines: names, kind, dates, latest size, parents, counts of links."""
    lines = _card_head(attrs.evolve(org, notes=None, address=None, phone=None, fax=None))
    lines += _field("latest size", _latest(org) or "no figure")
    parents = [
        f"{_status(link)} {_label(link.parent_id)}"
        for link in api.parents(org)
        if link.status is not AffiliationStatus.FORMER
    ]
    former = sum(link.status is AffiliationStatus.FORMER for link in api.parents(org))
    parents += [f"formerly in {former} more"] if former else []
    lines += _field("parents", "; ".join(dict.fromkeys(parents)) or "none in the data")
    links = api.affiliates(org, statuses=None)
    current = sum(link.status in COUNTED_STATUSES for link in links)
    former = sum(link.status is AffiliationStatus.FORMER for link in links)
    besides = [f"{former} former"] if former else []
    besides += [f"{len(links) - current - former} related"] if len(links) > current + former else []
    counts = [
        ("member bodies", f"{current}" + (f" (and {', '.join(besides)})" if besides else "")),
        ("officers", str(len(api.officers(org)))),
        ("lineage", "predecessors {}, successors {}".format(*map(len, _lineage_pair(org)))),
        ("events", str(len(api.events(org)))),
        ("errata", str(len(api.errata(org)))),
    ]
    for label, value in counts:
        lines += _field(label, value)
    lines += ["", *_hint("Everything, with sources and errata:", org.id)]
    return "\n".join(lines) + "\n"


def _lineage_pair(org: Organization) -> tuple[tuple[Succession, ...], tuple[Succession, ...]]:
    found = api.lineage(org)
    return found.predecessors, found.successors


def render_search(found: Sequence[Organization], width: int = WIDTH) -> str:
    """One row per organisation: its id, then its abbreviation and English name.

    The names start in one column, after the longest id shown, and wrap
    within *width* columns rather than being cut.
    """
    rows = [
        (org.id, f"{org.abbreviation}: {org.name_en}" if org.abbreviation else org.name_en)
        for org in found
    ]
    return table(None, rows, width=width)


def _rows(entries: Sequence[api.RosterEntry]) -> list[dict[str, Any]]:
    """Each entry's columns as JSON values (as the exports write them); None where unknown."""
    rows = []
    for entry in entries:
        records = {
            "link": record_to_dict(entry.link),
            "member": record_to_dict(entry.member),
            "figure": record_to_dict(entry.figure) if entry.figure else {},
        }
        rows.append(
            {name: records[record].get(field) for name, (_, record, field) in _COLUMNS.items()}
        )
    return rows


def _table(entries: Sequence[api.RosterEntry], width: int) -> str:
    """Rank, abbreviation, name, status, members and the figure's date, wrapped to *width*."""
    rows = []
    for entry in entries:
        link, member, figure = entry.link, entry.member, entry.figure
        rows.append(
            (
                "" if link.rank is None else str(link.rank),
                member.abbreviation or member.id,
                member.name_en,
                _status(link),
                count_text(figure) if figure else "",
                str(figure.as_of) if figure and figure.as_of else "",
            )
        )
    headers = ("rank", "abbreviation", "name", "status", "members", "as of")
    return table(headers, rows, width=width, right={0, 4})


#: ``affiliates --sort``: how each orders the roster (ranked is the data's own order).
SORTS: Final = ("rank", "members", "name")


def _sorted(entries: Sequence[api.RosterEntry], sort: str) -> list[api.RosterEntry]:
    if sort == "members":  # largest first; members without a figure last
        return sorted(entries, key=lambda e: -(e.figure.value if e.figure else -1))
    if sort == "name":
        return sorted(entries, key=lambda e: (e.member.abbreviation or e.member.name_en).casefold())
    return list(entries)


def roster_for(  # noqa: PLR0913 -- the command's options, by keyword
    parent: Organization,
    as_of: PartialDate | None = None,
    *,
    within: Within | None = None,
    related: bool = False,
    min_members: int | None = None,
    sort: str = "rank",
) -> tuple[list[api.RosterEntry], api.Answer[api.RosterEntry] | None]:
    """The entries ``affiliates`` prints, and the answer at *as_of* they come from.

    *min_members* keeps the members with a count of persons of at least that
    many (members without a figure are left out); *sort* is one of
    ``rank``, ``members`` (largest first) or ``name``.
    """
    statuses = None if related else api.MEMBER_STATUSES
    answer = None
    if as_of is None:
        entries: Sequence[api.RosterEntry] = api.roster(parent, statuses=statuses)
    else:
        answer = api.roster_at(parent, as_of, within=within, statuses=statuses)
        entries = answer.records
    if min_members is not None:
        entries = [e for e in entries if e.figure is not None and e.figure.value >= min_members]
    return _sorted(entries, sort), answer


def render_affiliates(
    parent: Organization,
    as_of: PartialDate | None = None,
    output: str = "table",
    *,
    related: bool = False,
    width: int = WIDTH,
) -> str:
    """*parent*'s member organisations (in force at *as_of*) as a table, CSV or JSON.

    With *related*, also its related bodies, parts and the bodies it established.
    A table fits *width* columns, its long names wrapped.
    """
    entries, _ = roster_for(parent, as_of, related=related)
    return render_entries(entries, output, width)


def render_entries(entries: Sequence[api.RosterEntry], output: str, width: int = WIDTH) -> str:
    """Roster *entries* as a table (wrapped to *width*), CSV or JSON (*output*: one of :data:`FORMATS`)."""
    if output == "table":
        return _table(entries, width)
    rows = _rows(entries)
    if output == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    from jplabour.csv_codec import encode_cell  # the exports' CSV cells: true/false, not False

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(_COLUMNS)
    for row in rows:
        writer.writerow(encode_cell(kind, row[name]) for name, (kind, _, _) in _COLUMNS.items())
    return buffer.getvalue()


def _candidate_lines(org: Organization) -> list[str]:
    """A candidate of an ambiguous name: id, names, and the bodies it belongs to."""
    name = f"{org.abbreviation}: {org.name_en}" if org.abbreviation else org.name_en
    lines = wrap(f"{org.id} - {name}", indent=_INDENT * 3, first=_INDENT)
    belongs = [f"{_status(link)} {_label(link.parent_id)}" for link in api.parents(org)]
    japanese = (org.name_ja, *org.short_names_ja, org.name_romaji)
    if any(japanese):
        lines += wrap(" / ".join(filter(None, japanese)), indent=_INDENT * 3)
    if belongs:
        lines += wrap("; ".join(dict.fromkeys(belongs)), indent=_INDENT * 3)
    return lines


#: The longest unknown name an error message prints back (longer ones are junk, not typos).
MAX_ECHOED: Final = 60


def unresolved_text(
    command: str, text: str, error: api.AmbiguousNameError | api.UnknownIdError
) -> str:
    """Why *text* names no one organisation, as ``jplabour COMMAND`` tells it.

    An ambiguous name lists its candidates (with the bodies each belongs to)
    and how to choose one; an unknown name gets the closest ids, and junk of
    more than :data:`MAX_ECHOED` characters is described, not printed back.
    """
    if isinstance(error, api.AmbiguousNameError):
        lines = wrap(
            f"jplabour {command}: {text!r} can mean {len(error.candidates)} organisations:",
            first="",
        )
        for org in error.candidates:
            lines += _candidate_lines(org)
        lines.append(f"Give the id to choose one: jplabour {command} {error.candidates[0].id}")
    elif len(text) > MAX_ECHOED:  # junk is described, not printed back
        lines = [f"jplabour {command}: no organisation id or name of {len(text):,} characters"]
    else:
        lines = wrap(f"jplabour {command}: {error}", first="")
    return "\n".join(lines) + "\n"
