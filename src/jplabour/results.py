"""The answers of the query API that are not records: quotes, roster entries, lineages.

Defined here and re-exported by :mod:`jplabour.api` and :mod:`jplabour`.
"""

from __future__ import annotations

import attrs

from jplabour.model import Affiliation, Membership, Organization, Succession

__all__ = ["Lineage", "Quote", "RosterEntry"]


@attrs.frozen
class Quote:
    """One quote a record rests on, with the title of its source."""

    source_id: str
    source_title: str | None
    quote: str


@attrs.frozen
class RosterEntry:
    """One of a parent's links with the member it links and the member's size.

    ``figure`` is the member's count of persons: at a date, the one that
    answers for it (:func:`members` with ``as_of``, by the rule "As of a
    date"; its ``as_of`` says how near it is); without a date, its latest
    dated figure (an undated one when it has no dated one). None when the
    data has none.
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
