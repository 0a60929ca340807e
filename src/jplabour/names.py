"""Finding organisations and people by any name the sources use for them.

:func:`lookup` returns *every* organisation a name can mean: a name the
sources use for two organisations (see the ``ambiguous_names`` table) gives
an ambiguous result, never a silent pick. Names are compared by their keys
(:func:`jplabour.folding.normalize_name`: width, case, diacritics,
punctuation, kana and old kanji folded). It also takes the forms the
sources print names in: with a leading article ("The Japan International
Labour Foundation") and with a bracketed abbreviation or original on either
side ("Japanese Trade Union Confederation(RENGO)", "Zenrōren (全労連)",
"Japanese Communist Party (日本共産党, JCP)"), where every part must name the
same organisation. When nothing matches, the suggestions are the closest
names; a Japanese query is compared with Japanese names only, and only the
names nearly as close as the closest are offered, so that a name that merely
shares characters with the query is not suggested beside a much closer one.
:func:`search` finds organisations whose names contain a text.
:func:`find_people` finds office-holders by name, in either order.

The name index of a dataset is built once, on first use, and is read-only.
A first lookup in the embedded data builds it from generated literals
(:mod:`jplabour.name_keys` computes another dataset's) and creates the
organisations only: not the people, whose index is built on the first
:func:`find_people`, and not the other tables.
"""

from __future__ import annotations

import functools
import threading
import weakref
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, NamedTuple, TypeVar

import attrs

from jplabour._lazy import lazy_attributes
from jplabour.errors import require_text
from jplabour.folding import bracket_parts, fold_name, is_japanese, normalize_name, without_article
from jplabour.model import Organization

if TYPE_CHECKING:
    from jplabour.model import Dataset, Person
    from jplabour.name_keys import NAME_FIELDS, NameKeys, name_keys, names_of

__all__ = [
    "MAX_SUGGESTIONS",
    "NAME_FIELDS",
    "LookupResult",
    "NameKeys",
    "by_id",
    "closest",
    "find_people",
    "fold_name",
    "lookup",
    "name_keys",
    "names_of",
    "normalize_name",
    "per_dataset",
    "search",
]

#: What moved to :mod:`jplabour.name_keys`, still importable from here, loaded on first use.
_MOVED: Final = dict.fromkeys(
    ("NAME_FIELDS", "NameKeys", "name_keys", "names_of"), "jplabour.name_keys"
)
__getattr__, __dir__ = lazy_attributes(__name__, globals(), _MOVED)

#: How many ids :attr:`LookupResult.suggestions` offers at most.
MAX_SUGGESTIONS: Final = 5
#: A Japanese query is offered the names whose closeness is at least this share of the best.
_NEARLY_AS_CLOSE: Final = 0.95


def closest(
    key: str, candidates: Iterable[str], cutoff: float = 0.6, n: int = MAX_SUGGESTIONS
) -> tuple[str, ...]:
    """The candidates most like *key* (difflib), best first, at most *n*.

    A Japanese *key* (one holding kana or kanji) is compared with Japanese
    candidates only, and only those nearly as close as the closest (at least
    :data:`_NEARLY_AS_CLOSE` of its ratio) are kept: a name that merely shares
    characters with the query is not offered beside a much closer one. Of
    those, a name sharing no two adjacent characters with the query is dropped
    when another shares some.

    The answer is difflib's (``get_close_matches`` for a Latin *key*), ties
    included, found without comparing every candidate: see
    :mod:`jplabour.closeness`, which indexes each set of candidates once.
    """
    from jplabour.closeness import close_matches, nearly_closest  # only when nothing matched

    if not is_japanese(key):
        return tuple(close_matches(key, tuple(candidates), n, cutoff))
    close = nearly_closest(key, _japanese_names(tuple(candidates)), cutoff, _NEARLY_AS_CLOSE)
    # Characters in common but never two in a row ("日教祖" and 日高教) is a mere
    # share when another name holds a run of the query ("日教祖" and 日教組).
    pairs = _adjacent_pairs(key)
    if any(pairs & _adjacent_pairs(candidate) for candidate in close):
        close = [candidate for candidate in close if pairs & _adjacent_pairs(candidate)]
    return tuple(close[:n])


@functools.lru_cache(maxsize=4)
def _japanese_names(candidates: tuple[str, ...]) -> tuple[str, ...]:
    """The Japanese names among *candidates*, in their order, found once per tuple of them."""
    return tuple(filter(is_japanese, candidates))


def _adjacent_pairs(text: str) -> frozenset[str]:
    """The two-character runs of *text*."""
    return frozenset(text[at : at + 2] for at in range(len(text) - 1))


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

    # Printed short; the text is made by jplabour.results, imported only then (a lookup
    # itself does not load it).

    def __repr__(self) -> str:
        """``<LookupResult 'RENGO': rengo (on id)>``: one line, the ids matched (see :func:`~jplabour.results.lookup_repr`)."""
        from jplabour.results import lookup_repr

        return lookup_repr(self)

    def __str__(self) -> str:
        """The verdict and each match, in 80 columns (see :func:`~jplabour.results.lookup_text`)."""
        from jplabour.results import lookup_text

        return lookup_text(self)


_T = TypeVar("_T")
_R = TypeVar("_R", "Organization", "Person")


def by_id(records: Iterable[_R], table: str) -> Mapping[str, _R]:
    """A read-only index of *records* by id; ValueError when an id repeats.

    A dataset with a duplicate id cannot answer "which record is X?": it is
    refused rather than silently answered with one of them.
    """
    index: dict[str, _R] = {}
    for record in records:
        if record.id in index:
            raise ValueError(
                f"the dataset has two {table} with the id {record.id!r}; "
                "jplabour.check() lists its problems"
            )
        index[record.id] = record
    return MappingProxyType(index)


def _embedded_dataset() -> Dataset:
    from jplabour.data import DATASET  # built on first use

    return DATASET


def per_dataset(build: Callable[[Dataset], _T]) -> Callable[[Dataset | None], _T]:
    """Cache *build(dataset)* per dataset object, for as long as the dataset lives.

    The cached function takes None for the embedded dataset.

    Datasets are immutable, so an index built from one stays valid. The cache
    is keyed by identity (hashing a whole dataset on every call would cost
    more than the look-up) and forgets a dataset when it is garbage-collected.
    """
    cache: dict[int, tuple[weakref.ref[Dataset], _T]] = {}
    lock = threading.Lock()

    def cached(given: Dataset | None) -> _T:
        dataset = _embedded_dataset() if given is None else given
        key = id(dataset)
        entry = cache.get(key)
        if entry is not None and entry[0]() is dataset:
            return entry[1]
        value = build(dataset)
        with lock:
            cache[key] = (weakref.ref(dataset, lambda _: cache.pop(key, None)), value)
        return value

    return cached


class _NameIndex(NamedTuple):
    """Normalised name -> ((org id, field), ...); every organisation by id.

    A named tuple, not an attrs class: it is private, and creating an attrs
    class would add to the cost of a first lookup.
    """

    keys: Mapping[str, tuple[tuple[str, str], ...]]
    by_id: Mapping[str, Organization]
    searchable: tuple[tuple[Organization, tuple[str, ...]], ...]


def _assembled(
    keys: Mapping[str, tuple[tuple[str, str], ...]],
    searchable: Mapping[str, tuple[str, ...]],
    organizations: tuple[Organization, ...],
) -> _NameIndex:
    """The name index of these organisations, from their keys."""
    return _NameIndex(
        keys=MappingProxyType(dict(keys)),
        by_id=by_id(organizations, "organizations"),
        searchable=tuple((org, searchable[org.id]) for org in organizations),
    )


def _people_by_name(
    keys: Mapping[str, tuple[str, ...]], people: tuple[Person, ...]
) -> Mapping[str, tuple[Person, ...]]:
    """Normalised name -> the people it names, from their keys."""
    by_person = {person.id: person for person in people}
    return MappingProxyType({key: tuple(by_person[i] for i in ids) for key, ids in keys.items()})


@functools.cache
def _embedded_index() -> _NameIndex:
    """The index of the embedded organisations, from the generated keys, without the other tables."""
    from jplabour.data import name_index  # generated: see tools/make_name_index.py
    from jplabour.data.organizations import ORGANIZATIONS

    return _assembled(name_index.ORGS, name_index.SEARCHABLE, ORGANIZATIONS)


@functools.cache
def _embedded_people() -> Mapping[str, tuple[Person, ...]]:
    """The embedded people by name, from the generated keys."""
    from jplabour.data import name_index  # generated: see tools/make_name_index.py
    from jplabour.data.people import PEOPLE

    return _people_by_name(name_index.PEOPLE, PEOPLE)


def _is_embedded(dataset: Dataset) -> bool:
    """True for a dataset with the embedded organisations, people and ambiguous names."""
    from jplabour.data.ambiguous_names import AMBIGUOUS_NAMES
    from jplabour.data.organizations import ORGANIZATIONS
    from jplabour.data.people import PEOPLE

    return (
        dataset.organizations is ORGANIZATIONS
        and dataset.people is PEOPLE
        and dataset.ambiguous_names is AMBIGUOUS_NAMES
    )


@per_dataset
def _computed_keys(dataset: Dataset) -> NameKeys:
    """The name keys of a dataset other than the embedded one, computed once."""
    from jplabour.name_keys import name_keys  # here: the embedded data's keys are literals

    return name_keys(dataset)


@per_dataset
def _dataset_index(dataset: Dataset) -> _NameIndex:
    if _is_embedded(dataset):
        return _embedded_index()
    keys = _computed_keys(dataset)
    return _assembled(keys.orgs, keys.searchable, dataset.organizations)


@per_dataset
def _dataset_people(dataset: Dataset) -> Mapping[str, tuple[Person, ...]]:
    if _is_embedded(dataset):
        return _embedded_people()
    return _people_by_name(_computed_keys(dataset).people, dataset.people)


def _people(dataset: Dataset | None) -> Mapping[str, tuple[Person, ...]]:
    """The people of *dataset*, or of the embedded records when None, by normalised name."""
    return _embedded_people() if dataset is None else _dataset_people(dataset)


def _index(dataset: Dataset | None) -> _NameIndex:
    """The name index of *dataset*, or of the embedded records when None."""
    return _embedded_index() if dataset is None else _dataset_index(dataset)


def _exact(index: _NameIndex, name: str) -> tuple[tuple[str, str], ...]:
    """(org id, field) of every organisation *name* (or its article-less form) means."""
    hits = _exact_form(index, name)
    if hits:
        return hits
    bare = without_article(name)
    return () if bare is None else _exact_form(index, bare)


def _exact_form(index: _NameIndex, name: str) -> tuple[tuple[str, str], ...]:
    """(org id, field) of every organisation *name* means, exactly as given."""
    hits = index.keys.get(normalize_name(name), ())
    return tuple((org_id, field) for org_id, field in hits if org_id in index.by_id)


def _bracketed(index: _NameIndex, name: str) -> tuple[tuple[str, str], ...]:
    """The organisations every part of "head (part, part)" means, in the head's order.

    A part that means nothing, or parts that mean different organisations,
    give nothing: the parts must agree.
    """
    parts = bracket_parts(name)
    if not parts:
        return ()
    hits = [_named(index, part) for part in parts]
    common = set.intersection(*({org_id for org_id, _ in hit} for hit in hits))
    return tuple((org_id, field) for org_id, field in hits[0] if org_id in common)


def _named(index: _NameIndex, name: str) -> tuple[tuple[str, str], ...]:
    """(org id, field) of every organisation *name* means, as it is or as "head (part)"."""
    return _exact(index, name) or _bracketed(index, name)


def lookup(name: str, dataset: Dataset | None = None, *, suggest: bool = True) -> LookupResult:
    """Every organisation *name* can mean, matched on its normalised form.

    Matched fields: id, abbreviation, name_en, name_romaji, name_ja,
    short_names_ja, readings_ja, aliases, and the ambiguous_names table; a leading "The", "A" or "An" may be given
    or left out. A name with a bracketed part, "Zenrōren (全労連)", means
    what its head and every part inside the bracket all mean. When nothing
    matches, ``suggestions`` holds the ids whose names are closest (difflib),
    unless *suggest* is false: finding them is most of the cost of a miss.
    It never raises for a text; a *name* that is not a ``str`` (None, a
    number) is a TypeError naming the parameter.
    """
    require_text(name, "name", "lookup")
    index = _index(dataset)
    hits = _named(index, name)
    if hits:
        return LookupResult(
            query=name,
            matches=tuple(index.by_id[org_id] for org_id, _ in hits),
            matched_on=tuple(field for _, field in hits),
        )
    if not suggest:
        return LookupResult(query=name)
    # Several keys may name one organisation: take more keys than ids are wanted.
    near = closest(normalize_name(name), index.keys, n=4 * MAX_SUGGESTIONS)
    ids = dict.fromkeys(org_id for found in near for org_id, _ in index.keys[found])
    return LookupResult(query=name, suggestions=tuple(ids)[:MAX_SUGGESTIONS])


def search(text: str, dataset: Dataset | None = None) -> tuple[Organization, ...]:
    """The organisations *text* names, then those with a name containing it, by id.

    First what :func:`lookup` finds for *text* (sorted by id), then every
    other organisation with a name whose normalised form contains the
    normalised text. An empty text (after normalising) finds nothing; a
    *text* that is not a ``str`` is a TypeError.
    """
    require_text(text, "text", "search")
    key = normalize_name(text)
    if not key:
        return ()
    index = _index(dataset)
    named = tuple(index.by_id[org_id] for org_id, _ in _named(index, text))
    seen = {org.id for org in named}
    containing = (
        org
        for org, names in index.searchable
        if org.id not in seen and any(key in name for name in names)
    )
    return (*named, *sorted(containing, key=lambda org: org.id))


def find_people(name: str, dataset: Dataset | None = None) -> tuple[Person, ...]:
    """The people *name* means: an id, or a full name in either order, as printed or not.

    "Rikio KOZU", "Kozu Rikio", "kozu-rikio" and "KOZU RIKIO" all find the
    same person. Several people with one name are all returned, by id.
    """
    require_text(name, "name", "find_people")
    return _people(dataset).get(normalize_name(name), ())
