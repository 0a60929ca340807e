"""The name keys of a dataset: every normalised name, by the id it names.

:func:`name_keys` folds every name of a dataset's organisations and people.
For the embedded data its result is generated ahead of time into
:mod:`jplabour.data.name_index` by ``tools/make_name_index.py``, so that a
first :func:`jplabour.names.lookup` folds no stored name and loads none of
this module; another dataset's keys are computed here on its first lookup.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

import attrs

from jplabour.folding import bracket_parts, normalize_name, without_article

if TYPE_CHECKING:
    from jplabour.model import Dataset, Organization, Person

__all__ = ["NAME_FIELDS", "NameKeys", "name_keys", "names_of"]

#: The fields a name is matched on, in the order
#: :attr:`jplabour.names.LookupResult.matched_on`
#: reports them (the first that matches). ``ambiguous_names`` means only the
#: ambiguous_names table lists the name for the organisation.
NAME_FIELDS: Final = (
    "id",
    "abbreviation",
    "name_en",
    "name_romaji",
    "name_ja",
    "short_names_ja",
    "readings_ja",
    "aliases",
    "ambiguous_names",
)


def names_of(org: Organization) -> tuple[tuple[str, str], ...]:
    """(field, name) for every name of *org*, in :data:`NAME_FIELDS` order.

    Besides the names as stored, a name answers to its forms without a
    leading "The" ("The Federation of Gas Workers' Unions of Japan") and
    without a trailing bracket ("Confederation of Japan Automobile Workers'
    Unions (JAW)"). The ambiguous_names table is not included.
    """
    stored: list[tuple[str, str]] = []
    for field in NAME_FIELDS[:-1]:  # the last, ambiguous_names, is another table
        value = getattr(org, field)
        values = value if isinstance(value, tuple) else (value,)
        stored += [(field, name) for name in values if name]
    names = []
    for field, name in stored:
        forms = [name, *bracket_parts(name)[:1]]
        forms += [bare for form in forms if (bare := without_article(form, only_the=True))]
        names += [(field, form) for form in forms]
    return tuple(names)


def _person_names(person: Person) -> tuple[str, ...]:
    """A person's id, both orders of the name, and the name as each source prints it."""
    full = (
        f"{person.family_name} {person.given_name}",
        f"{person.given_name} {person.family_name}",
    )
    return (person.id, *full, *person.printed_as)


@attrs.frozen
class NameKeys:
    """The name index of a dataset by ids only: what :func:`name_keys` computes.

    For the embedded data it is generated ahead of time into
    :mod:`jplabour.data.name_index` by ``tools/make_name_index.py``, so that a
    first :func:`jplabour.names.lookup` folds no stored name.
    """

    #: Normalised name -> ((org id, field), ...), sorted by id.
    orgs: Mapping[str, tuple[tuple[str, str], ...]]
    #: Org id -> its distinct normalised names, in :func:`names_of` order.
    searchable: Mapping[str, tuple[str, ...]]
    #: Normalised person name -> person ids, sorted.
    people: Mapping[str, tuple[str, ...]]


def name_keys(dataset: Dataset) -> NameKeys:
    """Every normalised name of *dataset*'s organisations and people, by id."""
    keys: dict[str, dict[str, str]] = {}
    searchable = {}
    for org in dataset.organizations:
        normalised = []
        for field, name in names_of(org):
            key = normalize_name(name)
            if key:
                keys.setdefault(key, {}).setdefault(org.id, field)
                normalised.append(key)
        searchable[org.id] = tuple(dict.fromkeys(normalised))
    for ambiguous in dataset.ambiguous_names:
        key = normalize_name(ambiguous.name)
        for org_id in ambiguous.org_ids:
            keys.setdefault(key, {}).setdefault(org_id, "ambiguous_names")
    people: dict[str, set[str]] = {}
    for person in dataset.people:
        for name in _person_names(person):
            people.setdefault(normalize_name(name), set()).add(person.id)
    return NameKeys(
        orgs={key: tuple(sorted(hits.items())) for key, hits in keys.items()},
        searchable=searchable,
        people={key: tuple(sorted(ids)) for key, ids in people.items()},
    )
