"""What the cross-row rules compare a table's rows with, worked out once from jplabour's data.

The organisations' lifetimes as day numbers, and the parents' figures of
each member by year: a million rows are compared with them, so they are
plain tuples and dicts, not records.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from jplabour.model import Dataset
from jplabour.semantics import COUNTED_STATUSES, Lifetime, approximation_tolerance, lifetimes

__all__ = ["Figure", "lifespans", "parent_figures"]


def lifespans(dataset: Dataset) -> dict[str, tuple[int, int, Lifetime]]:
    """Organisation id -> (first day, last day, lifetime) of its known lifetime, where one is known.

    The lifetimes of :func:`jplabour.lifetimes.lifetimes` (which end at a
    dissolution or a succession), as day ordinals: a date is outside when it
    is certainly before the first or after the last day, as
    :meth:`~jplabour.lifetimes.Lifetime.excludes` has it.
    """
    spans = {}
    for lifetime in lifetimes(dataset).values():
        if lifetime.founded is None and lifetime.ended is None:
            continue
        first = lifetime.founded.earliest.toordinal() if lifetime.founded else 0
        last = (lifetime.ended.latest if lifetime.ended else dt.date.max).toordinal()
        spans[lifetime.org_id] = (first, last, lifetime)
    return spans


#: A parent's figure as the rule compares it: (parent, unit, counted, highest count allowed, shown).
Figure = tuple[str, str, str, int, str]


def parent_figures(dataset: Dataset) -> dict[str, dict[int, tuple[Figure, ...]]]:
    """Member id -> year -> the figures of its parents dated in that year.

    A parent's figure counts when the member is an affiliate or associated
    organisation of it (:data:`~jplabour.semantics.COUNTED_STATUSES`) and the
    figure is dated; an approximate figure allows
    :func:`~jplabour.semantics.approximation_tolerance` more.
    """
    by_org: dict[str, list[Any]] = {}
    for figure in dataset.memberships:
        if figure.as_of is not None:
            by_org.setdefault(figure.org_id, []).append(figure)
    found: dict[str, dict[int, list[Figure]]] = {}
    for link in dataset.affiliations:
        if link.status not in COUNTED_STATUSES:
            continue
        for figure in by_org.get(link.parent_id, ()):
            found.setdefault(link.member_id, {}).setdefault(figure.as_of.year, []).append(
                (
                    link.parent_id,
                    figure.unit.value,
                    figure.counted.value,
                    figure.value + approximation_tolerance(figure),
                    f"{figure.value:,}{' (approximately)' if figure.approximate else ''}",
                )
            )
    return {
        member: {year: tuple(dict.fromkeys(items)) for year, items in years.items()}
        for member, years in found.items()
    }
