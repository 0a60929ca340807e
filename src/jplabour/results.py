"""The answers of the query API that are not records: quotes, roster entries, lineages.

Defined here and re-exported by :mod:`jplabour.api` and :mod:`jplabour`. Also
the text of a :class:`~jplabour.names.LookupResult` (:func:`lookup_repr`,
:func:`lookup_text`), imported only when one is printed: a lookup itself
needs none of this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Protocol

import attrs

from jplabour.model import Affiliation, Membership, Organization, Succession

__all__ = [
    "QUERY_SHOWN",
    "REPR_WIDTH",
    "Lineage",
    "LookupAnswer",
    "Quote",
    "RosterEntry",
    "lookup_repr",
    "lookup_text",
]


class LookupAnswer(Protocol):
    """What :func:`lookup_repr` and :func:`lookup_text` read of a lookup's result."""

    @property
    def query(self) -> str:
        """The name looked up."""

    @property
    def matches(self) -> tuple[Organization, ...]:
        """Every organisation it means."""

    @property
    def matched_on(self) -> tuple[str, ...]:
        """The field each match matched on."""

    @property
    def suggestions(self) -> tuple[str, ...]:
        """The closest ids, when nothing matched."""


# A lookup's answer holds whole records; printed, it says what matched within a line's
# width, and the records keep their own full reprs (``result.matches``).


def lookup_repr(result: LookupAnswer) -> str:
    """``<LookupResult 'RENGO': rengo (on id)>``: the query, the verdict, the ids matched.

    One line of at most :data:`REPR_WIDTH` columns: an ambiguous result lists
    the ids that fit and counts the others; none lists the closest ids.
    """
    head = f"<LookupResult {_shown_query(result.query)}: "
    if len(result.matches) == 1:
        return f"{head}{result.matches[0].id} (on {result.matched_on[0]})>"
    if result.matches:
        ids = [org.id for org in result.matches]
        return _listed(f"{head}ambiguous, {len(ids)} matches: ", ids) + ">"
    if result.suggestions:
        return _listed(f"{head}no match; closest: ", result.suggestions) + ">"
    return f"{head}no match>"


def lookup_text(result: LookupAnswer) -> str:
    """The verdict, then each match (id, names, the field matched on), in 80 columns."""
    from jplabour.plural import counted
    from jplabour.terminal import wrap

    query = _shown_query(result.query)
    if not result.matches:
        closest = f"; closest ids: {', '.join(result.suggestions)}" if result.suggestions else ""
        return "\n".join(wrap(f"{query}: no match{closest}", indent="  ", first=""))
    verdict = counted(len(result.matches), "match", "matches")
    choose = "" if len(result.matches) == 1 else ", ambiguous; give an id to choose one"
    lines = wrap(f"{query}: {verdict}{choose}", indent="  ", first="")
    for org, field in zip(result.matches, result.matched_on, strict=True):
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
