"""Which organisation or person an argument of the query API means.

An organisation argument (``org``, ``parent``) is an id, an
:class:`~jplabour.model.Organization`, or a name that means exactly one
organisation. A name that means several raises :class:`AmbiguousNameError`
(listing them); an unknown one raises :class:`UnknownIdError` (suggesting the
closest ids). A person argument is an id, a :class:`~jplabour.model.Person`,
or the person's full name in either order ("Rikio KOZU", "Kozu Rikio").

These are the first step of every function of :mod:`jplabour.api`, which
exports them all.
"""

from __future__ import annotations

from collections.abc import Iterable

from jplabour.errors import require_text
from jplabour.indexes import index_of
from jplabour.model import Dataset, Organization, Person
from jplabour.names import closest, find_people, lookup

__all__ = [
    "AmbiguousNameError",
    "OrgRef",
    "PersonRef",
    "UnknownIdError",
    "get",
    "person",
    "resolve",
]

#: An organisation argument: an id, a record, or a name that means one organisation.
OrgRef = str | Organization
#: A person argument: an id, a record, or the person's full name in either order.
PersonRef = str | Person


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


def get(org_id: str, *, dataset: Dataset | None = None) -> Organization:
    """The organisation with this exact id.

    Raises:
        UnknownIdError: no such id; the message suggests the closest ids (or
            the ids the text names, when it is a name rather than an id).
        TypeError: *org_id* is not a ``str``.
    """
    require_text(org_id, "org_id", "get")
    org = index_of(dataset).orgs.get(org_id)
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
    found = index_of(dataset).orgs.get(org)
    if found is not None:
        return found
    result = lookup(org, dataset)
    if result.ambiguous:
        raise AmbiguousNameError(org, result.matches)
    if not result.found:
        raise UnknownIdError("organisation id or name", org, result.suggestions)
    return result.matches[0]


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
    people = index_of(dataset).people
    if who in people:
        return people[who]
    named = find_people(who, dataset)
    if len(named) == 1:
        return named[0]
    suggestions = tuple(p.id for p in named) or closest(who, people, cutoff=0.5)
    raise UnknownIdError("person id or name", who, suggestions)
