"""Date checks: lifetimes in order, and every dated fact within the lifetimes and sources it rests on."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import pairwise
from typing import Any, Final

from jplabour.checks.context import Context
from jplabour.checks.findings import Finding, error
from jplabour.model import (
    AffiliationStatus,
    Event,
    EventKind,
    PartialDate,
)
from jplabour.plural import counted
from jplabour.semantics import (
    certainly_after,
)

__all__ = [
    "affiliation_dates",
    "event_span",
    "figure_dates",
    "lifetime_order",
    "numbered_events",
    "office_order",
    "relation_dates",
    "term_dates",
]

#: How many years apart a recurring event's numbered instances are, by what the source calls it.
_RECURRENCE_YEARS: Final = {"annual": 1, "biennial": 2, "triennial": 3}


def lifetime_order(ctx: Context) -> Iterator[Finding]:
    """An organisation is founded before it is dissolved."""
    for org in ctx.dataset.organizations:
        if certainly_after(org.founded, org.dissolved):
            yield error(
                "organizations",
                [org.id],
                "dissolved before it was founded",
                founded=org.founded,
                dissolved=org.dissolved,
            )


def _outside_lifetime(ctx: Context, org_id: str, date: PartialDate | None) -> str | None:
    """Why *date* cannot fall within the organisation's lifetime, or None when it can."""
    lifetime = ctx.lifetimes.get(org_id)
    return None if lifetime is None or date is None else lifetime.excludes(date)


def _dates_outside_lifetime(
    ctx: Context, table: str, record: Any, org_id: str
) -> Iterator[Finding]:
    """A finding for each of the record's since, until and as_of outside a lifetime."""
    for name in ("since", "until", "as_of"):
        reason = _outside_lifetime(ctx, org_id, getattr(record, name))
        if reason:
            yield error(
                table,
                [record.id],
                f"{name} {getattr(record, name)} is outside a lifetime: {reason}",
                field=name,
            )


def affiliation_dates(ctx: Context) -> Iterator[Finding]:
    """An affiliation begins before it ends and lies within both organisations' lifetimes."""
    for link in ctx.dataset.affiliations:
        if certainly_after(link.since, link.until):
            yield error(
                "affiliations",
                [link.id],
                "ends before it begins",
                since=link.since,
                until=link.until,
            )
        if link.status is AffiliationStatus.ESTABLISHED_BY:
            continue  # relation_dates covers the founding relation
        for org_id in (link.member_id, link.parent_id):
            yield from _dates_outside_lifetime(ctx, "affiliations", link, org_id)


def relation_dates(ctx: Context) -> Iterator[Finding]:
    """'Established by' and successions happen while both sides exist.

    The establishing body exists when it establishes; a successor exists at the
    succession date and a predecessor does not outlive it.
    """
    for link in ctx.dataset.affiliations:
        if link.status is not AffiliationStatus.ESTABLISHED_BY:
            continue
        reason = _outside_lifetime(ctx, link.parent_id, link.since)
        if reason:
            yield error(
                "affiliations",
                [link.id],
                f"established {link.since}, but {reason}",
                since=link.since,
            )
    for succession in ctx.dataset.successions:
        date = succession.date
        if date is None:
            continue
        for side, org_id in (
            ("successor", succession.successor_id),
            ("predecessor", succession.predecessor_id),
        ):
            reason = _outside_lifetime(ctx, org_id, date)
            if reason:
                yield error(
                    "successions",
                    [succession.id],
                    f"dated {date}, but the {side} {reason}",
                    date=date,
                )
        predecessor = ctx.organizations.get(succession.predecessor_id)
        if predecessor is not None and certainly_after(predecessor.dissolved, date):
            yield error(
                "successions",
                [succession.id],
                f"predecessor {predecessor.id} outlives the {date} succession: "
                f"dissolved {predecessor.dissolved}",
                date=date,
                dissolved=predecessor.dissolved,
            )


def _after_publication(ctx: Context, record: Any, date: PartialDate) -> str | None:
    for citation in record.citations:
        published = ctx.publication_dates.get(citation.source_id)
        if published is not None and date.certainly_after(published):
            return f"{citation.source_id} was published {published}"
    return None


def figure_dates(ctx: Context) -> Iterator[Finding]:
    """Figures and events fall within their organisation's lifetime, not after the source."""
    dated: list[tuple[str, Any, str, PartialDate | None]] = [
        ("memberships", m, m.org_id, m.as_of) for m in ctx.dataset.memberships
    ]
    for event in ctx.dataset.events:
        dated += [("events", event, event.org_id, event.date)]
        dated += [("events", event, event.org_id, event.until)]
    for table, record, org_id, date in dated:
        if date is None:
            continue
        # Background events precede the organisation by definition.
        background = table == "events" and record.kind is EventKind.BACKGROUND
        reason = (
            None if background else _outside_lifetime(ctx, org_id, date)
        ) or _after_publication(ctx, record, date)
        if reason:
            yield error(table, [record.id], f"dated {date}, but {reason}", date=date)


def term_dates(ctx: Context) -> Iterator[Finding]:
    """An office term begins before it ends and within the organisation's lifetime."""
    for position in ctx.dataset.positions:
        if certainly_after(position.since, position.until):
            yield error(
                "positions",
                [position.id],
                "term ends before it begins",
                since=position.since,
                until=position.until,
            )
        yield from _dates_outside_lifetime(ctx, "positions", position, position.org_id)


def event_span(ctx: Context) -> Iterator[Finding]:
    """An event that spans months ends after it begins."""
    for event in ctx.dataset.events:
        if certainly_after(event.date, event.until):
            yield error(
                "events",
                [event.id],
                "ends before it begins",
                date=event.date,
                until=event.until,
            )


def office_order(ctx: Context) -> Iterator[Finding]:
    """A list of successive office-holders agrees with their years."""
    lists: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for position in ctx.dataset.positions:
        if position.sequence is not None:
            lists[(position.org_id, position.role.value)].append(position)
    for holders in lists.values():
        dated = [
            (p, p.since) for p in sorted(holders, key=lambda p: p.sequence) if p.since is not None
        ]
        for (earlier, earlier_since), (later, later_since) in pairwise(dated):
            if earlier_since.certainly_after(later_since):
                yield error(
                    "positions",
                    [earlier.id, later.id],
                    f"No. {earlier.sequence} began {earlier_since}, after No. {later.sequence} "
                    f"began {later_since}",
                )


def _recurrence_years(event: Event) -> int | None:
    """How many years apart the source says instances of this event are."""
    words = " ".join(c.quote for c in event.citations).lower()
    for word, years in _RECURRENCE_YEARS.items():
        if word in words:
            return years
    return None


def numbered_events(ctx: Context) -> Iterator[Finding]:
    """The Nth instances of a recurring event are in date order, spaced as the source calls them."""
    series: dict[tuple[str, str], list[tuple[int, Event]]] = defaultdict(list)
    for event in ctx.dataset.events:
        if event.number is not None:
            series[(event.org_id, event.kind.value)].append((event.number, event))
    for numbered in series.values():
        ordered = sorted(numbered, key=lambda pair: pair[0])
        for (earlier_number, earlier), (later_number, later) in pairwise(ordered):
            if earlier.date.certainly_after(later.date):
                yield error(
                    "events",
                    [earlier.id, later.id],
                    f"No. {later_number} ({later.date}) is dated before No. {earlier_number} "
                    f"({earlier.date})",
                )
                continue
            years = _recurrence_years(later)
            if years is None:
                continue
            expected = (later_number - earlier_number) * years
            actual = later.date.year - earlier.date.year
            if actual != expected:
                yield error(
                    "events",
                    [earlier.id, later.id],
                    f"No. {later_number} is {counted(actual, 'year')} after No. {earlier_number}; "
                    f"the source's spacing implies {expected}",
                    expected_years=expected,
                    actual_years=actual,
                )
