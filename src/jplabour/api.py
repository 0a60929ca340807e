"""The query API: organisations, their links, sizes, officers, lineage, history and quotes.

Every function takes an optional ``dataset`` (keyword) and defaults to the
embedded :data:`jplabour.DATASET`. Results are immutable (tuples of frozen
records); the indexes behind them are built once per dataset, on first use,
and are read-only.

An organisation argument (``org``, ``parent``) is an id, an
:class:`~jplabour.model.Organization`, or a name that means exactly one
organisation. A name that means several raises :class:`AmbiguousNameError`
(listing them); an unknown one raises :class:`UnknownIdError` (suggesting the
closest ids). A person argument is an id, a :class:`~jplabour.model.Person`,
or the person's full name in either order ("Rikio KOZU", "Kozu Rikio").

**When a link or an office is in force.** Dates are partial dates, read as
the intervals of days they may denote (see :class:`~jplabour.model.PartialDate`).
A record with ``since``, ``until`` and ``as_of`` is in force at a date *d*
when it is not ruled out and the data states it for *d*:

* ruled out when ``since`` is certainly after *d*, when ``until`` is
  certainly before *d*, or when one of its organisations was founded
  certainly after *d* or dissolved certainly before *d*;
* stated when ``as_of`` overlaps *d* (the source lists it at a date that may
  be *d*); or when it has a ``since`` or an ``until`` and is not ruled out
  (a missing bound is open); except that a record known to have ended at an
  unknown date (status ``former`` without ``until``; an officer followed by a
  later holder of the role whose start is unknown) is stated only where its
  ``since`` overlaps *d*;
* a record with neither ``since`` nor ``until`` is a snapshot: it is in force
  only at dates overlapping its ``as_of``, and an undated one at no date.

An officer's term with a known start ends where the next numbered holder of
the same role (same organisation and source list) begins, when that start is
known; a term of unknown start followed by a later holder is in force at no
date unless an ``as_of`` says so.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from types import MappingProxyType
from typing import Final, TypeVar, overload

import attrs

from jplabour.errors import require_text
from jplabour.model import (
    Affiliation,
    AffiliationStatus,
    Counted,
    Dataset,
    Erratum,
    Event,
    Membership,
    Organization,
    PartialDate,
    Person,
    Position,
    Record,
    Role,
    Source,
    Succession,
    Unit,
)
from jplabour.names import (
    LookupResult,
    by_id,
    closest,
    find_people,
    lookup,
    per_dataset,
    search,
)
from jplabour.semantics import ENDED_STATUSES, Lifetime, certainly_after, lifetimes

__all__ = [
    "MEMBER_STATUSES",
    "AmbiguousNameError",
    "DateLike",
    "Lineage",
    "LookupResult",
    "OrgRef",
    "PersonRef",
    "Quote",
    "RosterEntry",
    "UnknownIdError",
    "affiliates",
    "citations",
    "events",
    "get",
    "lineage",
    "lookup",
    "members",
    "officers",
    "offices",
    "parents",
    "person",
    "resolve",
    "roster",
    "search",
]

#: An organisation argument: an id, a record, or a name that means one organisation.
OrgRef = str | Organization
#: A person argument: an id, a record, or the person's full name in either order.
PersonRef = str | Person
#: A date argument: a PartialDate or its text, "2019", "2019-10" or "2019-10-01".
DateLike = PartialDate | str

_ROLE_ORDER: Final = {role: n for n, role in enumerate(Role)}


class UnknownIdError(KeyError):
    """No record has this id (or, for an organisation, this name).

    ``suggestions`` holds the closest ids; the message names them.
    """

    def __init__(self, kind: str, key: str, suggestions: Iterable[str] = ()) -> None:
        self.kind = kind
        self.key = key
        self.suggestions = tuple(suggestions)
        hint = f"; did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        self.message = f"no {kind} {key!r}{hint}"
        super().__init__(self.message)

    def __str__(self) -> str:
        """The message itself, not KeyError's quoted repr of it."""
        return self.message


class AmbiguousNameError(LookupError):
    """A name that means several organisations; ``candidates`` lists them, sorted by id."""

    def __init__(self, name: str, candidates: tuple[Organization, ...]) -> None:
        self.name = name
        self.candidates = candidates
        listed = "; ".join(f"{org.id} ({org.name_en})" for org in candidates)
        super().__init__(f"{name!r} can mean {len(candidates)} organisations: {listed}")


@attrs.frozen
class Quote:
    """One quote a record rests on, with the title of its source."""

    source_id: str
    source_title: str | None
    quote: str


@attrs.frozen
class RosterEntry:
    """One of a parent's links with the member it links and the member's size.

    ``figure`` is the member's count of persons: at a date, the one in force
    then (:func:`members` with ``as_of``); without a date, its latest dated
    figure (an undated one when it has no dated one). None when the data has
    none.
    """

    link: Affiliation
    member: Organization
    figure: Membership | None


@attrs.frozen
class Lineage:
    """An organisation's predecessors and successors, transitively.

    Each tuple is ordered nearest first (breadth first), then by date and id:
    ``predecessors`` walks back (each succession's ``successor_id`` is the
    organisation or one of its predecessors), ``successors`` walks forward.
    """

    org_id: str
    predecessors: tuple[Succession, ...]
    successors: tuple[Succession, ...]


class _Direction(enum.Enum):
    BACK = "predecessor_id"
    FORWARD = "successor_id"


@attrs.frozen
class _Span:
    """The dates that decide whether a link or an office is in force."""

    since: PartialDate | None
    until: PartialDate | None
    as_of: PartialDate | None
    ended: bool
    org_ids: tuple[str, ...]


_K = TypeVar("_K")
_R = TypeVar("_R")


def _group(records: Iterable[_R], key: Callable[[_R], _K]) -> Mapping[_K, tuple[_R, ...]]:
    groups: dict[_K, list[_R]] = defaultdict(list)
    for record in records:
        groups[key(record)].append(record)
    return MappingProxyType({k: tuple(v) for k, v in groups.items()})


def _date_key(date: PartialDate | None) -> tuple[bool, tuple[int, int, int]]:
    """Chronological order with undated records last."""
    return (date is None, date.sort_key if date else (0, 0, 0))


@attrs.frozen
class _Index:
    orgs: Mapping[str, Organization]
    people: Mapping[str, Person]
    sources: Mapping[str, Source]
    by_parent: Mapping[str, tuple[Affiliation, ...]]
    by_member: Mapping[str, tuple[Affiliation, ...]]
    memberships: Mapping[str, tuple[Membership, ...]]
    positions_by_org: Mapping[str, tuple[Position, ...]]
    positions_by_person: Mapping[str, tuple[Position, ...]]
    position_spans: Mapping[str, _Span]
    successions: Mapping[_Direction, Mapping[str, tuple[Succession, ...]]]
    events: tuple[Event, ...]
    lifetimes: Mapping[str, Lifetime]


def _holder_list(position: Position) -> tuple[str, Role, str]:
    """The numbered list of holders a position belongs to: organisation, role, source."""
    source = position.citations[0].source_id if position.citations else ""
    return (position.org_id, position.role, source)


def _position_spans(positions: Collection[Position]) -> Mapping[str, _Span]:
    """Each office's span; a dated term ends where the next numbered holder's begins."""
    lists = _group((p for p in positions if p.sequence is not None), _holder_list)
    spans = {}
    for position in positions:
        until, ended = position.until, position.until is not None
        if until is None and position.sequence is not None:
            later = [
                p for p in lists[_holder_list(position)] if (p.sequence or 0) > position.sequence
            ]
            ended = bool(later)
            if position.since is not None:
                until = next((p.since for p in later if p.sequence == position.sequence + 1), None)
        org_ids = (position.org_id,)
        spans[position.id] = _Span(position.since, until, position.as_of, ended, org_ids)
    return MappingProxyType(spans)


@per_dataset
def _index(dataset: Dataset) -> _Index:
    orgs = by_id(dataset.organizations, "organizations")

    def display_order(link: Affiliation) -> tuple[bool, int, str, str]:
        member = orgs.get(link.member_id)
        name = (member.abbreviation or member.name_en) if member else link.member_id
        return (link.rank is None, link.rank or 0, name.casefold(), link.id)

    by_rank = sorted(dataset.affiliations, key=display_order)
    successions = sorted(dataset.successions, key=lambda s: (_date_key(s.date), s.id))
    return _Index(
        orgs=orgs,
        people=by_id(dataset.people, "people"),
        sources=MappingProxyType({source.id: source for source in dataset.sources}),
        by_parent=_group(by_rank, lambda a: a.parent_id),
        by_member=_group(sorted(by_rank, key=lambda a: a.parent_id), lambda a: a.member_id),
        memberships=_group(
            sorted(dataset.memberships, key=lambda m: (_date_key(m.as_of), m.id)),
            lambda m: m.org_id,
        ),
        positions_by_org=_group(
            sorted(
                dataset.positions,
                key=lambda p: (_ROLE_ORDER[p.role], p.sequence or 0, _date_key(p.since), p.id),
            ),
            lambda p: p.org_id,
        ),
        positions_by_person=_group(
            sorted(dataset.positions, key=lambda p: (_date_key(p.since), p.org_id, p.id)),
            lambda p: p.person_id,
        ),
        position_spans=_position_spans(dataset.positions),
        successions=MappingProxyType(
            {
                _Direction.BACK: _group(successions, lambda s: s.successor_id),
                _Direction.FORWARD: _group(successions, lambda s: s.predecessor_id),
            }
        ),
        events=tuple(sorted(dataset.events, key=lambda e: (e.date.sort_key, e.id))),
        lifetimes=lifetimes(dataset),
    )


def get(org_id: str, *, dataset: Dataset | None = None) -> Organization:
    """The organisation with this exact id.

    Raises:
        UnknownIdError: no such id; the message suggests the closest ids (or
            the ids the text names, when it is a name rather than an id).
        TypeError: *org_id* is not a ``str``.
    """
    require_text(org_id, "org_id", "get")
    org = _index(dataset).orgs.get(org_id)
    if org is not None:
        return org
    named = lookup(org_id, dataset)
    suggestions = tuple(o.id for o in named.matches) or named.suggestions
    raise UnknownIdError("organisation id", org_id, suggestions)


def resolve(org: OrgRef, *, dataset: Dataset | None = None) -> Organization:
    """The organisation an id, a record or a name means.

    Raises:
        AmbiguousNameError: the name means several organisations.
        UnknownIdError: nothing has that id or name; the message suggests ids.
        TypeError: *org* is neither a ``str`` nor an Organization.
    """
    if isinstance(org, Organization):
        return org
    require_text(org, "org", "resolve")
    found = _index(dataset).orgs.get(org)
    if found is not None:
        return found
    result = lookup(org, dataset)
    if result.ambiguous:
        raise AmbiguousNameError(org, result.matches)
    if not result.found:
        raise UnknownIdError("organisation id or name", org, result.suggestions)
    return result.matches[0]


def _in_force(span: _Span, at: PartialDate, index: _Index) -> bool:
    """The rule of the module docstring."""
    if certainly_after(span.since, at) or certainly_after(at, span.until):
        return False
    if any(i in index.lifetimes and index.lifetimes[i].excludes(at) for i in span.org_ids):
        return False
    if span.as_of is not None and span.as_of.overlaps(at):
        return True
    if span.since is None:
        return span.until is not None
    return span.until is not None or not span.ended or span.since.overlaps(at)


def _affiliation_span(link: Affiliation) -> _Span:
    ended = link.until is not None or link.status in ENDED_STATUSES
    return _Span(link.since, link.until, link.as_of, ended, (link.member_id, link.parent_id))


#: The statuses of member organisations: what :func:`affiliates` returns by default.
MEMBER_STATUSES: Final = frozenset(
    {AffiliationStatus.AFFILIATE, AffiliationStatus.ASSOCIATED, AffiliationStatus.FORMER}
)


def affiliates(
    parent: OrgRef,
    as_of: DateLike | None = None,
    *,
    statuses: Collection[AffiliationStatus] | None = MEMBER_STATUSES,
    dataset: Dataset | None = None,
) -> tuple[Affiliation, ...]:
    """The links of *parent*'s members, by rank, then (unranked) by abbreviation or name.

    By default only member organisations (affiliated, associated and
    former); ``statuses=None`` adds related bodies, parts and bodies the
    parent established. Without *as_of*, every such link the data holds,
    current and former; with it, the links in force at that date (see the
    module docstring). Each link carries its ``rank``, ``status``, dates and
    citations.
    """
    index = _index(dataset)
    links = index.by_parent.get(resolve(parent, dataset=dataset).id, ())
    return _in_force_at(_with_status(links, statuses), as_of, index)


def parents(
    org: OrgRef,
    as_of: DateLike | None = None,
    *,
    statuses: Collection[AffiliationStatus] | None = None,
    dataset: Dataset | None = None,
) -> tuple[Affiliation, ...]:
    """The links of *org* to its parent bodies, by parent id; *as_of* as in :func:`affiliates`.

    Every kind of link by default; *statuses* keeps only those.
    """
    index = _index(dataset)
    links = index.by_member.get(resolve(org, dataset=dataset).id, ())
    return _in_force_at(_with_status(links, statuses), as_of, index)


def _with_status(
    links: tuple[Affiliation, ...], statuses: Collection[AffiliationStatus] | None
) -> tuple[Affiliation, ...]:
    return links if statuses is None else tuple(link for link in links if link.status in statuses)


def _in_force_at(
    links: tuple[Affiliation, ...], as_of: DateLike | None, index: _Index
) -> tuple[Affiliation, ...]:
    """The *links* in force at *as_of*; all of them without a date."""
    at = PartialDate.coerce_optional(as_of)
    if at is None:
        return links
    return tuple(link for link in links if _in_force(_affiliation_span(link), at, index))


@overload
def members(
    org: OrgRef,
    as_of: None = None,
    *,
    counted: Counted | None = ...,
    unit: Unit | None = ...,
    dataset: Dataset | None = ...,
) -> tuple[Membership, ...]: ...


@overload
def members(
    org: OrgRef,
    as_of: DateLike,
    *,
    counted: Counted | None = ...,
    unit: Unit | None = ...,
    dataset: Dataset | None = ...,
) -> Membership | None: ...


def members(
    org: OrgRef,
    as_of: DateLike | None = None,
    *,
    counted: Counted | None = Counted.MEMBERS,
    unit: Unit | None = Unit.PERSONS,
    dataset: Dataset | None = None,
) -> tuple[Membership, ...] | Membership | None:
    """*org*'s membership figures: by default, members counted in persons.

    Without *as_of*, the series sorted by date (undated figures last). With
    it, the figure in force then: the latest dated figure whose date is not
    certainly after *as_of*, or None. ``counted`` and ``unit`` choose the
    series (None: any), so that a count of organisations never stands in for
    a count of persons.
    """
    series = tuple(
        figure
        for figure in _index(dataset).memberships.get(resolve(org, dataset=dataset).id, ())
        if counted in (None, figure.counted) and unit in (None, figure.unit)
    )
    at = PartialDate.coerce_optional(as_of)
    if at is None:
        return series
    dated = [f for f in series if f.as_of is not None and not f.as_of.certainly_after(at)]
    return dated[-1] if dated else None


def roster(
    parent: OrgRef,
    as_of: DateLike | None = None,
    *,
    statuses: Collection[AffiliationStatus] | None = MEMBER_STATUSES,
    dataset: Dataset | None = None,
) -> tuple[RosterEntry, ...]:
    """*parent*'s affiliates with each member's size: :func:`affiliates` and :func:`members` in one.

    ``roster("zenroren", "2019")`` answers "which federations belonged to
    Zenroren in 2019, and how big were they?". Ordered and filtered as
    :func:`affiliates`.
    """
    index = _index(dataset)
    entries = []
    for link in affiliates(parent, as_of, statuses=statuses, dataset=dataset):
        member = index.orgs[link.member_id]
        figure: Membership | None
        if as_of is not None:
            figure = members(member, as_of, dataset=dataset)
        else:
            series = members(member, dataset=dataset)
            dated = [f for f in series if f.as_of is not None] or list(series)
            figure = dated[-1] if dated else None
        entries.append(RosterEntry(link=link, member=member, figure=figure))
    return tuple(entries)


def officers(
    org: OrgRef, as_of: DateLike | None = None, *, dataset: Dataset | None = None
) -> tuple[Position, ...]:
    """*org*'s offices, by role, sequence and start; with *as_of*, those in force then."""
    index = _index(dataset)
    positions = index.positions_by_org.get(resolve(org, dataset=dataset).id, ())
    at = PartialDate.coerce_optional(as_of)
    if at is None:
        return positions
    return tuple(p for p in positions if _in_force(index.position_spans[p.id], at, index))


def person(who: PersonRef, *, dataset: Dataset | None = None) -> Person:
    """The person with this id, or with this full name in either order ("Rikio KOZU").

    Raises:
        UnknownIdError: no person has this id or name, or several share the
            name; the message suggests the closest ids (or the namesakes' ids).
        TypeError: *who* is neither a ``str`` nor a Person.
    """
    if isinstance(who, Person):
        return who
    require_text(who, "who", "person")
    people = _index(dataset).people
    if who in people:
        return people[who]
    named = find_people(who, dataset)
    if len(named) == 1:
        return named[0]
    suggestions = tuple(p.id for p in named) or closest(who, people, cutoff=0.5)
    raise UnknownIdError("person id or name", who, suggestions)


def offices(who: PersonRef, *, dataset: Dataset | None = None) -> tuple[Position, ...]:
    """The offices a person held, by start (undated last), then organisation.

    Raises:
        UnknownIdError: no person has this id or name; the message suggests close ids.
    """
    return _index(dataset).positions_by_person.get(person(who, dataset=dataset).id, ())


def lineage(org: OrgRef, *, dataset: Dataset | None = None) -> Lineage:
    """*org*'s predecessors and successors, transitively, from the successions table."""
    org_id = resolve(org, dataset=dataset).id
    index = _index(dataset)
    return Lineage(
        org_id=org_id,
        predecessors=_walk(org_id, index, _Direction.BACK),
        successors=_walk(org_id, index, _Direction.FORWARD),
    )


def _walk(org_id: str, index: _Index, direction: _Direction) -> tuple[Succession, ...]:
    """Breadth-first through the successions, each organisation once."""
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


def events(
    org: OrgRef | None = None,
    between: tuple[DateLike | None, DateLike | None] | DateLike | None = None,
    *,
    dataset: Dataset | None = None,
) -> tuple[Event, ...]:
    """Events by date: all, or those of *org* (its own and those it is involved in).

    *between* is ``(start, end)``, either may be None (open); an event is in
    it when its span (``date`` to ``until``) overlaps the range, ends
    included: ``between=("2015", "2015")`` finds every event that may have
    happened in 2015, and so does ``between="2015"``.
    """
    found = _index(dataset).events
    if org is not None:
        org_id = resolve(org, dataset=dataset).id
        found = tuple(e for e in found if org_id in (e.org_id, *e.related_org_ids))
    if between is not None:
        start, end = _date_range(between)
        found = tuple(
            e
            for e in found
            if not certainly_after(start, e.until or e.date) and not certainly_after(e.date, end)
        )
    return found


def _date_range(
    between: tuple[DateLike | None, DateLike | None] | DateLike,
) -> tuple[PartialDate | None, PartialDate | None]:
    """*between* as (start, end): a pair as given, one date as (date, date).

    Raises:
        ValueError: not a pair and not a date (``between=1995`` rather than ``"1995"``).
    """
    if isinstance(between, tuple | list):
        if len(between) != 2:
            raise ValueError(f"between is a date or a (start, end) pair, not {between!r}")
        start, end = between
    else:
        start = end = between
    return PartialDate.coerce_optional(start), PartialDate.coerce_optional(end)


def citations(record: Record, *, dataset: Dataset | None = None) -> tuple[Quote, ...]:
    """The quotes behind *record*, with the title of each source.

    An erratum gives the problematic quote it records; a source gives none.
    """
    sources = _index(dataset).sources
    pairs: tuple[tuple[str, str], ...]
    if isinstance(record, Erratum):
        pairs = ((record.source_id, record.quote),)
    elif isinstance(record, Source):
        pairs = ()
    else:
        pairs = tuple((c.source_id, c.quote) for c in record.citations)
    return tuple(
        Quote(
            source_id=source_id,
            source_title=sources[source_id].title if source_id in sources else None,
            quote=quote,
        )
        for source_id, quote in pairs
    )
