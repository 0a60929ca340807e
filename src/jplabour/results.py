"""The answers of the query API that are not records: lookups, quotes, roster entries, lineages.

Defined here and re-exported by :mod:`jplabour.api` and :mod:`jplabour`
(:class:`LookupResult` also by :mod:`jplabour.names`, which makes it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from jplabour.model import Affiliation, Membership, Organization, Succession

__all__ = ["QUERY_SHOWN", "REPR_WIDTH", "Lineage", "LookupResult", "Quote", "RosterEntry"]


@attrs.frozen
class LookupResult:
    """Every organisation a name can mean.

    ``matches`` is sorted by id; ``matched_on[i]`` names the field on which
    ``matches[i]`` matched (the first of :data:`NAME_FIELDS` that did).
    ``suggestions`` holds the closest organisation ids when nothing matched.
    """

    query: str
    matches: tuple[Organization, ...] = ()
    matched_on: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()

    @property
    def found(self) -> bool:
        """True when the name means at least one organisation."""
        return bool(self.matches)

    @property
    def unique(self) -> bool:
        """True when the name means exactly one organisation."""
        return len(self.matches) == 1

    @property
    def ambiguous(self) -> bool:
        """True when the name means more than one organisation: never pick one silently."""
        return len(self.matches) > 1

    # A result holds whole records; printed, it says what matched, within a line's width.
    # The records keep their own full reprs (``result.matches``).

    def __repr__(self) -> str:
        """``<LookupResult 'RENGO': rengo (on id)>``: the query, the verdict, the ids matched."""
        head = f"<LookupResult {_shown_query(self.query)}: "
        if self.unique:
            return f"{head}{self.matches[0].id} (on {self.matched_on[0]})>"
        if self.matches:
            ids = [org.id for org in self.matches]
            return _listed(f"{head}ambiguous, {len(ids)} matches: ", ids) + ">"
        if self.suggestions:
            return _listed(f"{head}no match; closest: ", self.suggestions) + ">"
        return f"{head}no match>"

    def __str__(self) -> str:
        """The verdict, then each match (id, names, the field matched on), in 80 columns."""
        from jplabour.plural import counted
        from jplabour.terminal import wrap

        query = _shown_query(self.query)
        if not self.matches:
            closest = f"; closest ids: {', '.join(self.suggestions)}" if self.suggestions else ""
            return "\n".join(wrap(f"{query}: no match{closest}", indent="  ", first=""))
        verdict = counted(len(self.matches), "match", "matches")
        choose = "" if self.unique else ", ambiguous; give an id to choose one"
        lines = wrap(f"{query}: {verdict}{choose}", indent="  ", first="")
        for org, field in zip(self.matches, self.matched_on, strict=True):
            name = f"{org.abbreviation}: {org.name_en}" if org.abbreviation else org.name_en
            lines += wrap(f"{org.id} - {name} (on {field})", indent="      ", first="  ")
        return "\n".join(lines)


#: The widest line of a :class:`LookupResult`'s repr: room for the longest query shown
#: (:data:`QUERY_SHOWN`), the longest id and the field it matched on. Its str fits 80 columns.
REPR_WIDTH: Final = 120
#: The most of a query a :class:`LookupResult` prints back, in columns.
QUERY_SHOWN: Final = 40


def _listed(head: str, ids: Sequence[str]) -> str:
    """*head* and as many of *ids* as fit :data:`REPR_WIDTH`, then how many more there are.

    Room is left for the closing ">".
    """
    from jplabour.terminal import display_width

    text = head
    for shown, org_id in enumerate(ids):
        item = f"{', ' if shown else ''}{org_id}"
        left = len(ids) - shown - 1
        tail = f" and {left} more" if left else ""
        if display_width(text + item + tail) + 1 > REPR_WIDTH and shown:
            return f"{text} and {len(ids) - shown} more"
        text += item
    return text


def _shown_query(query: str) -> str:
    """*query* as a Python string literal of at most :data:`QUERY_SHOWN` columns and its quotes.

    Junk can be long, and a control character takes four columns as an escape.
    """
    from jplabour.terminal import display_width

    literal = repr(query)
    if display_width(literal) <= QUERY_SHOWN + 2:
        return literal
    kept = ""
    for char in query:  # room for the quotes and the ellipsis
        if display_width(repr(kept + char)) > QUERY_SHOWN + 1:
            break
        kept += char
    literal = repr(kept)
    return literal[:-1] + "…" + literal[-1]


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
