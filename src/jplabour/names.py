"""Finding organisations by any name the sources use for them.

:func:`normalize_name` folds the differences that do not distinguish one
name from another (width, case, macrons and other diacritics, spaces,
hyphens, dots, apostrophes, brackets and similar punctuation), so that
"Jichirōren", "JICHIROREN", "jichi roren" and "Ｊｉｃｈｉｒｏｒｅｎ" are the same key.
Japanese characters are kept as they are (voiced kana keep their marks).

:func:`lookup` returns *every* organisation a name can mean: a name the
sources use for two organisations (see the ``ambiguous_names`` table) gives
an ambiguous result, never a silent pick. :func:`search` finds organisations
whose names contain a text.

The name index of a dataset is built once, on first use, and is read-only.
"""

from __future__ import annotations

import difflib
import threading
import unicodedata
import weakref
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Final, TypeVar

import attrs

from jplabour.data import DATASET
from jplabour.model import Dataset, Organization

__all__ = ["NAME_FIELDS", "LookupResult", "lookup", "normalize_name", "per_dataset", "search"]

#: The fields a name is matched on, in the order :attr:`LookupResult.matched_on`
#: reports them (the first that matches). ``ambiguous_names`` means only the
#: ambiguous_names table lists the name for the organisation.
NAME_FIELDS: Final = (
    "id",
    "abbreviation",
    "name_en",
    "name_romaji",
    "name_ja",
    "aliases",
    "ambiguous_names",
)

#: How many ids :attr:`LookupResult.suggestions` offers at most.
_MAX_SUGGESTIONS: Final = 5
#: Kana voicing marks, which NFD splits off and which are part of the Japanese spelling.
_KANA_MARKS: Final = frozenset("\u3099\u309a")
#: Unicode categories dropped: punctuation, separators, controls and format characters.
_DROPPED_CATEGORIES: Final = frozenset("PZC")


def normalize_name(text: str) -> str:
    """The comparison key of a name.

    NFKC folds full- and half-width forms; the text is casefolded; macrons
    and other diacritics are stripped (NFD, then the combining marks dropped,
    except the kana voicing marks); spaces, hyphens, dots, apostrophes,
    brackets, quotes and other punctuation are dropped. Japanese characters
    are kept. The function is idempotent.

    >>> normalize_name("Zenrōren Jichi-rōren")
    'zenrorenjichiroren'
    >>> normalize_name("ＪＩＣＨＩＲＯ")
    'jichiro'
    """
    key = _fold(text)
    # A few characters change again under a second pass (NFKC after casefolding
    # can make new foldable forms): repeat until the key is stable.
    while (again := _fold(key)) != key:
        key = again
    return key


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    kept = (
        char
        for char in unicodedata.normalize("NFD", folded)
        if (unicodedata.category(char) != "Mn" or char in _KANA_MARKS)
        and unicodedata.category(char)[0] not in _DROPPED_CATEGORIES
    )
    return unicodedata.normalize("NFKC", "".join(kept))


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


T = TypeVar("T")


def per_dataset(build: Callable[[Dataset], T]) -> Callable[[Dataset | None], T]:
    """Cache *build(dataset)* per dataset object, for as long as the dataset lives.

    The cached function takes None for the embedded dataset.

    Datasets are immutable, so an index built from one stays valid. The cache
    is keyed by identity (hashing a whole dataset on every call would cost
    more than the look-up) and forgets a dataset when it is garbage-collected.
    """
    cache: dict[int, tuple[weakref.ref[Dataset], T]] = {}
    lock = threading.Lock()

    def cached(given: Dataset | None) -> T:
        dataset = DATASET if given is None else given
        key = id(dataset)
        entry = cache.get(key)
        if entry is not None and entry[0]() is dataset:
            return entry[1]
        value = build(dataset)
        with lock:
            cache[key] = (weakref.ref(dataset, lambda _: cache.pop(key, None)), value)
        return value

    return cached


def _names_of(org: Organization) -> tuple[tuple[str, str], ...]:
    """(field, name) for every name of *org*, in :data:`NAME_FIELDS` order."""
    names = [("id", org.id)]
    names += [("abbreviation", org.abbreviation)] if org.abbreviation else []
    names.append(("name_en", org.name_en))
    # "Confederation of Japan Automobile Workers' Unions (JAW)" also answers
    # to the name without its bracketed abbreviation.
    head, bracket, _ = org.name_en.rpartition("(")
    if bracket and org.name_en.rstrip().endswith(")") and head.strip():
        names.append(("name_en", head))
    names += [("name_romaji", org.name_romaji)] if org.name_romaji else []
    names += [("name_ja", org.name_ja)] if org.name_ja else []
    names += [("aliases", alias) for alias in org.aliases]
    return tuple(names)


@attrs.frozen
class _NameIndex:
    """Normalised name -> ((org id, field), ...); every organisation by id."""

    keys: Mapping[str, tuple[tuple[str, str], ...]]
    by_id: Mapping[str, Organization]
    searchable: tuple[tuple[Organization, tuple[str, ...]], ...]


@per_dataset
def _index(dataset: Dataset) -> _NameIndex:
    keys: dict[str, dict[str, str]] = {}
    searchable = []
    for org in dataset.organizations:
        normalised = []
        for field, name in _names_of(org):
            key = normalize_name(name)
            if key:
                keys.setdefault(key, {}).setdefault(org.id, field)
                normalised.append(key)
        searchable.append((org, tuple(dict.fromkeys(normalised))))
    for ambiguous in dataset.ambiguous_names:
        key = normalize_name(ambiguous.name)
        for org_id in ambiguous.org_ids:
            keys.setdefault(key, {}).setdefault(org_id, "ambiguous_names")
    return _NameIndex(
        keys=MappingProxyType({key: tuple(sorted(hits.items())) for key, hits in keys.items()}),
        by_id=MappingProxyType({org.id: org for org in dataset.organizations}),
        searchable=tuple(searchable),
    )


def lookup(name: str, dataset: Dataset | None = None) -> LookupResult:
    """Every organisation *name* can mean, matched on its normalised form.

    Matched fields: id, abbreviation, name_en, name_romaji, name_ja, aliases,
    and the ambiguous_names table. When nothing matches, ``suggestions``
    holds the ids whose names are closest (difflib).
    """
    index = _index(dataset)
    key = normalize_name(name)
    hits = index.keys.get(key, ())
    hits = tuple((org_id, field) for org_id, field in hits if org_id in index.by_id)
    if hits:
        return LookupResult(
            query=name,
            matches=tuple(index.by_id[org_id] for org_id, _ in hits),
            matched_on=tuple(field for _, field in hits),
        )
    close = difflib.get_close_matches(key, index.keys, n=4 * _MAX_SUGGESTIONS, cutoff=0.6)
    ids = dict.fromkeys(org_id for near in close for org_id, _ in index.keys[near])
    return LookupResult(query=name, suggestions=tuple(ids)[:_MAX_SUGGESTIONS])


def search(text: str, dataset: Dataset | None = None) -> tuple[Organization, ...]:
    """The organisations with a name containing *text*, both normalised, sorted by id.

    An organisation whose name equals the text is listed first. An empty
    text (after normalising) finds nothing.
    """
    key = normalize_name(text)
    if not key:
        return ()
    found = [
        (key not in names, org.id, org)
        for org, names in _index(dataset).searchable
        if any(key in name for name in names)
    ]
    return tuple(org for _, _, org in sorted(found, key=lambda item: item[:2]))
