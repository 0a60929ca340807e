"""The indexes behind the query API, and the two rules it answers by.

:func:`index_of` builds, once per dataset, the read-only lookups that
:mod:`jplabour.api` answers from; :func:`in_force` and :func:`answer_at`
apply the rules that :mod:`jplabour.api`'s docstring states ("When a link
or an office is in force", "As of a date"). Nothing here is part of the
public API: use :mod:`jplabour.api`.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from types import MappingProxyType
from typing import Final, TypeVar

import attrs

from jplabour.asof import Answer, Relation, Within, nearest, read_date, read_within
from jplabour.lifetimes import Lifetime, certainly_after, lifetimes
from jplabour.model import (
    Affiliation,
    AffiliationStatus,
    Dataset,
    Event,
    Membership,
    Organization,
    PartialDate,
    Person,
    Position,
    Role,
    Source,
    Succession,
)
from jplabour.names import by_id, per_dataset

__all__ = [
    "ENDED_STATUSES",
    "ROLE_ORDER",
    "Direction",
    "Index",
    "Span",
    "affiliation_span",
    "answer_at",
    "date_key",
    "group",
    "holder_list",
    "in_force",
    "index_of",
    "record_span",
    "spans_of_positions",
    "walk",
]

ROLE_ORDER: Final = {role: n for n, role in enumerate(Role)}


class Direction(enum.Enum):
    """Which way a walk through the successions goes: the field naming the next organisation."""

    BACK = "predecessor_id"
    FORWARD = "successor_id"


@attrs.frozen
class Span:
    """The dates that decide whether a link or an office is in force."""

    since: PartialDate | None
    until: PartialDate | None
    as_of: PartialDate | None
    ended: bool
    org_ids: tuple[str, ...]


_K = TypeVar("_K")
_R = TypeVar("_R")


def group(records: Iterable[_R], key: Callable[[_R], _K]) -> Mapping[_K, tuple[_R, ...]]:
    """*records* grouped by *key*, each group in the order given, read-only."""
    groups: dict[_K, list[_R]] = defaultdict(list)
    for record in records:
        groups[key(record)].append(record)
    return MappingProxyType({k: tuple(v) for k, v in groups.items()})


def date_key(date: PartialDate | None) -> tuple[bool, tuple[int, int, int]]:
    """Chronological order with undated records last."""
    return (date is None, date.sort_key if date else (0, 0, 0))


@attrs.frozen
class Index:
    """A dataset's lookups, each read-only and each built once."""

    orgs: Mapping[str, Organization]
    people: Mapping[str, Person]
    sources: Mapping[str, Source]
    by_parent: Mapping[str, tuple[Affiliation, ...]]
    by_member: Mapping[str, tuple[Affiliation, ...]]
    memberships: Mapping[str, tuple[Membership, ...]]
    positions_by_org: Mapping[str, tuple[Position, ...]]
    positions_by_person: Mapping[str, tuple[Position, ...]]
    position_spans: Mapping[str, Span]
    successions: Mapping[Direction, Mapping[str, tuple[Succession, ...]]]
    events: tuple[Event, ...]
    lifetimes: Mapping[str, Lifetime]


def holder_list(position: Position) -> tuple[str, Role, str]:
    """The numbered list of holders a position belongs to: organisation, role, source."""
    source = position.citations[0].source_id if position.citations else ""
    return (position.org_id, position.role, source)


def spans_of_positions(positions: Collection[Position]) -> Mapping[str, Span]:
    """Each office's span; a dated term ends where the next numbered holder's begins."""
    lists = group((p for p in positions if p.sequence is not None), holder_list)
    spans = {}
    for position in positions:
        until, ended = position.until, position.until is not None
        if until is None and position.sequence is not None:
            later = [
                p for p in lists[holder_list(position)] if (p.sequence or 0) > position.sequence
            ]
            ended = bool(later)
            if position.since is not None:
                until = next((p.since for p in later if p.sequence == position.sequence + 1), None)
        org_ids = (position.org_id,)
        spans[position.id] = Span(position.since, until, position.as_of, ended, org_ids)
    return MappingProxyType(spans)


@per_dataset
def index_of(dataset: Dataset) -> Index:
    """The dataset's :class:`Index` (None: the embedded data), built on first use."""
    orgs = by_id(dataset.organizations, "organizations")

    def display_order(link: Affiliation) -> tuple[bool, int, str, str]:
        member = orgs.get(link.member_id)
        name = (member.abbreviation or member.name_en) if member else link.member_id
        return (link.rank is None, link.rank or 0, name.casefold(), link.id)

    by_rank = sorted(dataset.affiliations, key=display_order)
    successions = sorted(dataset.successions, key=lambda s: (date_key(s.date), s.id))
    return Index(
        orgs=orgs,
        people=by_id(dataset.people, "people"),
        sources=MappingProxyType({source.id: source for source in dataset.sources}),
        by_parent=group(by_rank, lambda a: a.parent_id),
        by_member=group(sorted(by_rank, key=lambda a: a.parent_id), lambda a: a.member_id),
        memberships=group(
            sorted(dataset.memberships, key=lambda m: (date_key(m.as_of), m.id)),
            lambda m: m.org_id,
        ),
        positions_by_org=group(
            sorted(
                dataset.positions,
                key=lambda p: (ROLE_ORDER[p.role], p.sequence or 0, date_key(p.since), p.id),
            ),
            lambda p: p.org_id,
        ),
        positions_by_person=group(
            sorted(dataset.positions, key=lambda p: (date_key(p.since), p.org_id, p.id)),
            lambda p: p.person_id,
        ),
        position_spans=spans_of_positions(dataset.positions),
        successions=MappingProxyType(
            {
                Direction.BACK: group(successions, lambda s: s.successor_id),
                Direction.FORWARD: group(successions, lambda s: s.predecessor_id),
            }
        ),
        events=tuple(sorted(dataset.events, key=lambda e: (e.date.sort_key, e.id))),
        lifetimes=lifetimes(dataset),
    )


def in_force(span: Span, at: PartialDate, index: Index) -> bool:
    """The rule "When a link or an office is in force" of :mod:`jplabour.api`."""
    if certainly_after(span.since, at) or certainly_after(at, span.until):
        return False
    if any(i in index.lifetimes and index.lifetimes[i].excludes(at) for i in span.org_ids):
        return False
    if span.as_of is not None and span.as_of.overlaps(at):
        return True
    if span.since is None:
        return span.until is not None
    return span.until is not None or not span.ended or span.since.overlaps(at)


ENDED_STATUSES = frozenset({AffiliationStatus.FORMER, AffiliationStatus.ESTABLISHED_BY})


def affiliation_span(link: Affiliation) -> Span:
    """The dates that decide whether *link* is in force."""
    # A former link has ended; "established by" is a one-time act, not a standing link.
    ended = link.until is not None or link.status in ENDED_STATUSES
    return Span(link.since, link.until, link.as_of, ended, (link.member_id, link.parent_id))


def record_span(record: Affiliation | Position, index: Index) -> Span:
    """The span of a link or an office (an office's end may come from the next holder)."""
    if isinstance(record, Affiliation):
        return affiliation_span(record)
    return index.position_spans[record.id]


_Linked = TypeVar("_Linked", Affiliation, Position)


def answer_at(
    records: tuple[_Linked, ...],
    as_of: PartialDate | str,
    within: Within | str | None,
    index: Index,
) -> Answer[_Linked]:
    """The rule "As of a date" of :mod:`jplabour.api`, for links and offices."""
    at, tolerance = read_date(as_of), read_within(within)
    standing, listed, undated = [], [], []
    outside: str | None = None  # why a listing cannot answer: the date is outside a lifetime
    for record in records:
        span = record_span(record, index)
        if span.since is not None or span.until is not None:
            if in_force(span, at, index):
                standing.append(record)
        elif span.as_of is None:
            undated.append(record)
        else:
            reason = next(
                (
                    r
                    for i in span.org_ids
                    if i in index.lifetimes and (r := index.lifetimes[i].excludes(at))
                ),
                None,
            )
            if reason is None:
                listed.append(record)
            else:
                outside = outside or reason
    chosen, relation, closest_date = nearest((r.as_of for r in listed if r.as_of), at, tolerance)
    if chosen is not None:
        # At the date, every listing that may be the date; else the one chosen.
        picked = {
            id(r)
            for r in listed
            if r.as_of is not None
            and (r.as_of.overlaps(at) if relation is Relation.AT else r.as_of == chosen)
        }
        standing_ids = {id(r) for r in standing}
        found = tuple(r for r in records if id(r) in picked or id(r) in standing_ids)
    else:
        found = tuple(standing)
        relation = Relation.AT if standing else relation
    return Answer(
        asked=at,
        records=found,
        relation=relation,
        evidence=chosen,
        nearest=closest_date,
        undated=tuple(undated),
        within=tolerance,
        outside=None if found else outside,
    )


def walk(org_id: str, index: Index, direction: Direction) -> tuple[Succession, ...]:
    """Breadth-first through the successions from *org_id*, each organisation once."""
    steps: list[Succession] = []
    seen = {org_id}
    frontier = [org_id]
    while frontier:
        following = []
        for current in frontier:
            for succession in index.successions[direction].get(current, ()):
                steps.append(succession)
                other = getattr(succession, direction.value)
                if other not in seen:
                    seen.add(other)
                    following.append(other)
        frontier = following
    return tuple(steps)
