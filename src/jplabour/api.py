"""The query API: organisations, their links, sizes, officers, lineage, history and quotes.

Every function takes an optional ``dataset`` (keyword) and defaults to the
embedded :data:`jplabour.DATASET`. Results are immutable (tuples of frozen
records); the indexes behind them are built once per dataset, on first use,
and are read-only. An organisation or a person argument is read as
:mod:`jplabour.resolving` says: an id, a record, or a name that means one.

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
* a record with neither ``since`` nor ``until`` is a snapshot (a listing): it
  is in force at dates overlapping its ``as_of`` and, by the rule "As of a
  date" below, the nearest listing within reach answers a date no listing
  covers; an undated one answers no date.

An officer's term with a known start ends where the next numbered holder of
the same role (same organisation and source list) begins, when that start is
known; a term of unknown start followed by a later holder is in force at no
date unless an ``as_of`` says so.

**As of a date.** Every question at a date (:func:`members`,
:func:`officers`, :func:`affiliates`, :func:`parents`, :func:`roster`, and
the command line's ``--as-of``) is answered by one rule, and each has an
``..._at`` form (:func:`members_at` and so on) whose :class:`Answer` says
what the answer rests on:

* Evidence is dated: a figure's ``as_of``; a link or an office with a
  ``since`` or an ``until`` stands on those dates (the "in force" rule
  above); a link or an office with neither is a *listing*, dated by its
  ``as_of``.
* A figure, or the listing, whose date may be the date asked answers it
  (relation ``at``). Otherwise the *nearest* dated evidence within reach
  answers it, on either side, the earlier on a tie, as pandas'
  ``merge_asof(direction="nearest")``: an earlier one (``before``) is the
  last figure or list before the date; a later one (``after``) is a list or
  a figure a source published soon after, such as the December 2019 roster
  asked about October 2019, which states who held office then.
* Within reach: ``within`` bounds how far the evidence may lie on either
  side ("5y", "18m", "90d"). Without it, earlier evidence has no bound (as
  ``merge_asof(tolerance=None)``) and later evidence must be within one
  year (:data:`jplabour.asof.LATER_BY_DEFAULT`): a roster printed decades
  later says nothing about who led then. Nothing within reach gives
  relation ``stale`` with the ``nearest`` date there is; no dated evidence
  at all gives ``none``.
* Undated figures and listings never answer a date; :attr:`Answer.undated`
  carries them, so that they are reachable and marked undated.
* The answer always carries the date of its evidence (:attr:`Answer.evidence`,
  and each record's own dates), so a thirty-year-old figure never passes for
  a current one: the command line prints that date beside every answer.

Date arguments are read by :func:`jplabour.asof.read_date`: every form the
validator reads, era dates included (``"2019/10"``, ``"令和元年10月"``).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final, overload

from jplabour.asof import Answer, Relation, Within, nearest, read_date, read_range, read_within
from jplabour.data import DATASET
from jplabour.indexes import (
    Direction,
    answer_at,
    index_of,
    walk,
)
from jplabour.lifetimes import certainly_after
from jplabour.model import (
    Affiliation,
    AffiliationStatus,
    Counted,
    Dataset,
    Erratum,
    Event,
    Membership,
    PartialDate,
    Position,
    Record,
    Source,
    Unit,
)
from jplabour.names import LookupResult, lookup, search
from jplabour.resolving import (
    AmbiguousNameError,
    OrgRef,
    PersonRef,
    UnknownIdError,
    get,
    person,
    resolve,
)
from jplabour.results import Lineage, Quote, RosterEntry

__all__ = [
    "MEMBER_STATUSES",
    "AmbiguousNameError",
    "Answer",
    "DateLike",
    "Lineage",
    "LookupResult",
    "OrgRef",
    "PersonRef",
    "Quote",
    "Relation",
    "RosterEntry",
    "UnknownIdError",
    "Within",
    "WithinLike",
    "affiliates",
    "affiliates_at",
    "citations",
    "errata",
    "events",
    "get",
    "lineage",
    "lookup",
    "members",
    "members_at",
    "officers",
    "officers_at",
    "offices",
    "parents",
    "parents_at",
    "person",
    "resolve",
    "roster",
    "roster_at",
    "search",
]

#: A date argument: a PartialDate or its text in any form the validator reads
#: ("2019", "2019-10", "2019/10/01", "令和元年10月").
DateLike = PartialDate | str
#: A tolerance: "5y", "18m", "90d", or None for any distance.
WithinLike = Within | str | None


#: The statuses of member organisations: what :func:`affiliates` returns by default.
MEMBER_STATUSES: Final = frozenset(
    {AffiliationStatus.AFFILIATE, AffiliationStatus.ASSOCIATED, AffiliationStatus.FORMER}
)


def affiliates(
    parent: OrgRef,
    as_of: DateLike | None = None,
    *,
    within: WithinLike = None,
    statuses: Collection[AffiliationStatus] | None = MEMBER_STATUSES,
    dataset: Dataset | None = None,
) -> tuple[Affiliation, ...]:
    """The links of *parent*'s members, by rank, then (unranked) by abbreviation or name.

    By default only member organisations (affiliated, associated and
    former); ``statuses=None`` adds related bodies, parts and bodies the
    parent established. Without *as_of*, every such link the data holds,
    current and former; with it, the links in force at that date and the
    listing nearest to it, within *within* (the rules "When a link or an
    office is in force" and "As of a date" of the module docstring). Each
    link carries its ``rank``, ``status``, dates and citations.
    """
    index = index_of(dataset)
    links = _with_status(index.by_parent.get(resolve(parent, dataset=dataset).id, ()), statuses)
    return links if as_of is None else answer_at(links, as_of, within, index).records


def affiliates_at(
    parent: OrgRef,
    as_of: DateLike,
    *,
    within: WithinLike = None,
    statuses: Collection[AffiliationStatus] | None = MEMBER_STATUSES,
    dataset: Dataset | None = None,
) -> Answer[Affiliation]:
    """:func:`affiliates` at *as_of*, with the evidence (the rule "As of a date")."""
    index = index_of(dataset)
    links = _with_status(index.by_parent.get(resolve(parent, dataset=dataset).id, ()), statuses)
    return answer_at(links, as_of, within, index)


def parents(
    org: OrgRef,
    as_of: DateLike | None = None,
    *,
    within: WithinLike = None,
    statuses: Collection[AffiliationStatus] | None = None,
    dataset: Dataset | None = None,
) -> tuple[Affiliation, ...]:
    """The links of *org* to its parent bodies, by parent id; *as_of* as in :func:`affiliates`.

    Every kind of link by default; *statuses* keeps only those.
    """
    index = index_of(dataset)
    links = _with_status(index.by_member.get(resolve(org, dataset=dataset).id, ()), statuses)
    return links if as_of is None else answer_at(links, as_of, within, index).records


def parents_at(
    org: OrgRef,
    as_of: DateLike,
    *,
    within: WithinLike = None,
    statuses: Collection[AffiliationStatus] | None = None,
    dataset: Dataset | None = None,
) -> Answer[Affiliation]:
    """:func:`parents` at *as_of*, with the evidence (the rule "As of a date")."""
    index = index_of(dataset)
    links = _with_status(index.by_member.get(resolve(org, dataset=dataset).id, ()), statuses)
    return answer_at(links, as_of, within, index)


def _with_status(
    links: tuple[Affiliation, ...], statuses: Collection[AffiliationStatus] | None
) -> tuple[Affiliation, ...]:
    return links if statuses is None else tuple(link for link in links if link.status in statuses)


@overload
def members(
    org: OrgRef,
    as_of: None = None,
    *,
    within: WithinLike = ...,
    counted: Counted | None = ...,
    unit: Unit | None = ...,
    dataset: Dataset | None = ...,
) -> tuple[Membership, ...]: ...


@overload
def members(
    org: OrgRef,
    as_of: DateLike,
    *,
    within: WithinLike = ...,
    counted: Counted | None = ...,
    unit: Unit | None = ...,
    dataset: Dataset | None = ...,
) -> Membership | None: ...


def members(  # noqa: PLR0913 -- keyword-only choices of the series
    org: OrgRef,
    as_of: DateLike | None = None,
    *,
    within: WithinLike = None,
    counted: Counted | None = Counted.MEMBERS,
    unit: Unit | None = Unit.PERSONS,
    dataset: Dataset | None = None,
) -> tuple[Membership, ...] | Membership | None:
    """*org*'s membership figures: by default, members counted in persons.

    Without *as_of*, the series sorted by date (undated figures last). With
    it, the figure that answers for that date (the rule "As of a date" of the
    module docstring: the one dated then, else the nearest within *within*),
    or None; :func:`members_at` says how near it is and holds the undated
    figures. ``counted`` and ``unit`` choose the series (None: any), so that
    a count of organisations never stands in for a count of persons.
    """
    if as_of is None:
        return _series(org, counted, unit, dataset)
    answer = members_at(org, as_of, within=within, counted=counted, unit=unit, dataset=dataset)
    return answer.records[0] if answer.records else None


def _series(
    org: OrgRef, counted: Counted | None, unit: Unit | None, dataset: Dataset | None
) -> tuple[Membership, ...]:
    return tuple(
        figure
        for figure in index_of(dataset).memberships.get(resolve(org, dataset=dataset).id, ())
        if counted in (None, figure.counted) and unit in (None, figure.unit)
    )


def members_at(  # noqa: PLR0913 -- keyword-only choices of the series
    org: OrgRef,
    as_of: DateLike,
    *,
    within: WithinLike = None,
    counted: Counted | None = Counted.MEMBERS,
    unit: Unit | None = Unit.PERSONS,
    dataset: Dataset | None = None,
) -> Answer[Membership]:
    """The figure that answers for *as_of*, with its evidence (the rule "As of a date").

    ``records`` holds at most one figure: of those dated the same day, the
    last by id. ``undated`` holds the series' undated figures.
    """
    series = _series(org, counted, unit, dataset)
    at, tolerance = read_date(as_of), read_within(within)
    dated = [f for f in series if f.as_of is not None]
    chosen, relation, closest_date = nearest((f.as_of for f in dated if f.as_of), at, tolerance)
    picked = tuple(f for f in dated if f.as_of == chosen)[-1:]
    return Answer(
        asked=at,
        records=picked,
        relation=relation,
        evidence=chosen,
        nearest=closest_date,
        undated=tuple(f for f in series if f.as_of is None),
        within=tolerance,
    )


def roster(
    parent: OrgRef,
    as_of: DateLike | None = None,
    *,
    within: WithinLike = None,
    statuses: Collection[AffiliationStatus] | None = MEMBER_STATUSES,
    dataset: Dataset | None = None,
) -> tuple[RosterEntry, ...]:
    """*parent*'s affiliates with each member's size: :func:`affiliates` and :func:`members` in one.

    ``roster("zenroren", "2019")`` answers "which federations belonged to
    Zenroren in 2019, and how big were they?". Ordered and filtered as
    :func:`affiliates`.
    """
    if as_of is not None:
        return roster_at(parent, as_of, within=within, statuses=statuses, dataset=dataset).records
    index = index_of(dataset)
    entries = []
    for link in affiliates(parent, statuses=statuses, dataset=dataset):
        member = index.orgs[link.member_id]
        series = members(member, dataset=dataset)
        dated = [f for f in series if f.as_of is not None] or list(series)
        figure = dated[-1] if dated else None
        entries.append(RosterEntry(link=link, member=member, figure=figure))
    return tuple(entries)


def roster_at(
    parent: OrgRef,
    as_of: DateLike,
    *,
    within: WithinLike = None,
    statuses: Collection[AffiliationStatus] | None = MEMBER_STATUSES,
    dataset: Dataset | None = None,
) -> Answer[RosterEntry]:
    """:func:`roster` at *as_of*, with the evidence of its links (the rule "As of a date").

    The links are :func:`affiliates_at`'s, each member's figure
    :func:`members_at`'s, both with *within*.
    """
    index = index_of(dataset)
    links = affiliates_at(parent, as_of, within=within, statuses=statuses, dataset=dataset)
    entries = tuple(
        RosterEntry(
            link=link,
            member=index.orgs[link.member_id],
            figure=members(link.member_id, as_of, within=within, dataset=dataset),
        )
        for link in links.records
    )
    undated = tuple(
        RosterEntry(link=link, member=index.orgs[link.member_id], figure=None)
        for link in links.undated
    )
    return Answer(
        asked=links.asked,
        records=entries,
        relation=links.relation,
        evidence=links.evidence,
        nearest=links.nearest,
        undated=undated,
        within=links.within,
        outside=links.outside,
    )


def officers(
    org: OrgRef,
    as_of: DateLike | None = None,
    *,
    within: WithinLike = None,
    dataset: Dataset | None = None,
) -> tuple[Position, ...]:
    """*org*'s offices, by role, sequence and start; with *as_of*, those that answer for it.

    At a date: the offices in force then by their own dates, and the listed
    roster nearest to it within *within* (the rule "As of a date"):
    ``officers("rengo", "2019-10")`` gives the roster RENGO's brochure lists
    in December 2019; :func:`officers_at` says so.
    """
    if as_of is None:
        return index_of(dataset).positions_by_org.get(resolve(org, dataset=dataset).id, ())
    return officers_at(org, as_of, within=within, dataset=dataset).records


def officers_at(
    org: OrgRef, as_of: DateLike, *, within: WithinLike = None, dataset: Dataset | None = None
) -> Answer[Position]:
    """:func:`officers` at *as_of*, with the evidence (the rule "As of a date")."""
    index = index_of(dataset)
    positions = index.positions_by_org.get(resolve(org, dataset=dataset).id, ())
    return answer_at(positions, as_of, within, index)


def offices(who: PersonRef, *, dataset: Dataset | None = None) -> tuple[Position, ...]:
    """The offices a person held, by start (undated last), then organisation.

    Raises:
        UnknownIdError: no person has this id or name; the message suggests close ids.
    """
    return index_of(dataset).positions_by_person.get(person(who, dataset=dataset).id, ())


def lineage(org: OrgRef, *, dataset: Dataset | None = None) -> Lineage:
    """*org*'s predecessors and successors, transitively, from the successions table."""
    org_id = resolve(org, dataset=dataset).id
    index = index_of(dataset)
    return Lineage(
        org_id=org_id,
        predecessors=walk(org_id, index, Direction.BACK),
        successors=walk(org_id, index, Direction.FORWARD),
    )


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
    found = index_of(dataset).events
    if org is not None:
        org_id = resolve(org, dataset=dataset).id
        found = tuple(e for e in found if org_id in (e.org_id, *e.related_org_ids))
    if between is not None:
        start, end = read_range(between)
        found = tuple(
            e
            for e in found
            if not certainly_after(start, e.until or e.date) and not certainly_after(e.date, end)
        )
    return found


def errata(org: OrgRef | None = None, *, dataset: Dataset | None = None) -> tuple[Erratum, ...]:
    """The problems found in the sources: all, or those touching *org*, by id.

    Touching *org* means naming in ``record_ids`` the organisation itself or a
    record on its card: its figures, its links either way, its offices, its
    successions (either side) and its events (its own and those it is in).
    """
    data = DATASET if dataset is None else dataset
    if org is None:
        return tuple(sorted(data.errata, key=lambda e: e.id))
    org_id = resolve(org, dataset=dataset).id
    index = index_of(dataset)
    found = lineage(org_id, dataset=dataset)
    records: list[Record] = [
        index.orgs[org_id],
        *index.memberships.get(org_id, ()),
        *index.by_parent.get(org_id, ()),
        *index.by_member.get(org_id, ()),
        *index.positions_by_org.get(org_id, ()),
        *found.predecessors,
        *found.successors,
        *events(org_id, dataset=dataset),
    ]
    ids = {record.id for record in records}
    return tuple(
        sorted((e for e in data.errata if ids.intersection(e.record_ids)), key=lambda e: e.id)
    )


def citations(record: Record, *, dataset: Dataset | None = None) -> tuple[Quote, ...]:
    """The quotes behind *record*, with the title of each source.

    An erratum gives the problematic quote it records; a source gives none.
    """
    sources = index_of(dataset).sources
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
