"""Total checks: parents' figures against their affiliates', ranks, and plausible counts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import pairwise
from typing import Final

from jplabour.checks.context import Context
from jplabour.checks.findings import Finding, error
from jplabour.model import (
    Affiliation,
    Counted,
    Membership,
    PartialDate,
    Unit,
)
from jplabour.semantics import (
    approximation_tolerance,
)

__all__ = ["affiliate_count", "affiliate_totals", "count_range", "members_counted", "rank_order"]

#: Above these a count is absurd for a Japanese labour body.
_MAX_COUNT: Final = {Unit.PERSONS: 20_000_000, Unit.ORGANISATIONS: 10_000}


def members_counted(ctx: Context, parent_id: str, date: PartialDate) -> list[Affiliation]:
    """The affiliations of *parent_id* that its counts at *date* include."""
    return list(ctx.counted_children.get((parent_id, date.year), ()))


def affiliate_totals(ctx: Context) -> Iterator[Finding]:
    """Affiliates' members counted in the same year do not exceed the parent's own count."""
    for figure in ctx.dataset.memberships:
        if figure.unit is not Unit.PERSONS or figure.counted is not Counted.MEMBERS:
            continue
        if figure.as_of is None:
            continue
        year = figure.as_of.year
        parts = [
            part
            for link in members_counted(ctx, figure.org_id, figure.as_of)
            for part in ctx.member_counts.get((link.member_id, year), ())
        ]
        total = sum(part.value for part in parts)
        if parts and total > figure.value + approximation_tolerance(figure):
            # The largest parts first: an inflated figure is named even in a shortened line.
            largest = sorted(parts, key=lambda part: -part.value)
            yield error(
                "memberships",
                [figure.id, *(p.id for p in largest)],
                f"affiliates count {total} members in {figure.as_of.year}, more than "
                f"{figure.org_id}'s own {figure.value}",
                parent=figure.value,
                affiliates=total,
            )


def affiliate_count(ctx: Context) -> Iterator[Finding]:
    """A stated number of affiliates equals the affiliations listed for that year."""
    for figure in ctx.dataset.memberships:
        if figure.unit is not Unit.ORGANISATIONS or figure.counted is not Counted.AFFILIATES:
            continue
        if figure.as_of is None:
            continue
        listed = {link.member_id for link in members_counted(ctx, figure.org_id, figure.as_of)}
        if listed and len(listed) != figure.value:
            yield error(
                "memberships",
                [figure.id],
                f"states {figure.value} affiliates, but {len(listed)} are listed for "
                f"{figure.as_of.year}",
                stated=figure.value,
                listed=len(listed),
            )


def rank_order(ctx: Context) -> Iterator[Finding]:
    """A ranked list is in the order its ranks claim: a higher rank has no fewer members."""
    lists: dict[tuple[str, str, str], list[Affiliation]] = defaultdict(list)
    for link in ctx.dataset.affiliations:
        if link.rank is not None:
            lists[(link.parent_id, link.status.value, str(link.as_of))].append(link)
    # The first figure of members of each organisation at each date: one look-up a link.
    first_counts: dict[tuple[str, PartialDate | None], Membership] = {}
    for m in ctx.dataset.memberships:
        if m.counted is Counted.MEMBERS:
            first_counts.setdefault((m.org_id, m.as_of), m)
    for links in lists.values():
        ranked: list[tuple[Affiliation, Membership]] = []
        for link in sorted(links, key=lambda a: a.rank or 0):
            figure = first_counts.get((link.member_id, link.as_of))
            if figure is not None:
                ranked.append((link, figure))
        for (high, high_fig), (low, low_fig) in pairwise(ranked):
            if low_fig.value > high_fig.value:
                yield error(
                    "memberships",
                    [high_fig.id, low_fig.id],
                    f"rank {low.rank} ({low.member_id}, {low_fig.value}) has more members than "
                    f"rank {high.rank} ({high.member_id}, {high_fig.value})",
                )


def count_range(ctx: Context) -> Iterator[Finding]:
    """Counts are neither negative nor absurd."""
    for figure in ctx.dataset.memberships:
        if not 0 <= figure.value <= _MAX_COUNT[figure.unit]:
            yield error(
                "memberships",
                [figure.id],
                f"{figure.value} {figure.unit.value} is not a plausible count",
                value=figure.value,
            )
