"""Finding organisations by any name the sources use for them.

:func:`normalize_name` folds the differences that do not distinguish one
name from another (width, case, macrons and other diacritics, spaces,
hyphens, dots, apostrophes, brackets and similar punctuation), so that
"Jichirōren", "JICHIROREN", "jichi roren" and "Ｊｉｃｈｉｒｏｒｅｎ" are the same key.
Japanese names fold too: half-width katakana, katakana and hiragana
("ＵＡｾﾞﾝｾﾝ", "UAゼンセン", "uaぜんせん"), the middle dot ・ and the long-vowel
mark ー with the dashes typed for it, and the old (kyūjitai) forms of kanji
that names are still printed in ("日本勞働組合總評議會" is "日本労働組合総評議会").
Kanji are otherwise kept as they are (voiced kana keep their marks).

:func:`lookup` returns *every* organisation a name can mean: a name the
sources use for two organisations (see the ``ambiguous_names`` table) gives
an ambiguous result, never a silent pick. It also takes the forms the
sources print names in: with a leading article ("The Japan International
Labour Foundation") and with a bracketed abbreviation or original on either
side ("Japanese Trade Union Confederation(RENGO)", "Zenrōren (全労連)",
"Japanese Communist Party (日本共産党, JCP)"), where every part must name the
same organisation. When nothing matches, the suggestions are the closest
names; a Japanese query is compared with Japanese names only, and only the
names nearly as close as the closest are offered, so that a name that merely
shares characters with the query is not suggested beside a much closer one.
:func:`search` finds organisations whose names contain a text. :func:`find_people` finds office-holders by name, in either order.

The name index of a dataset is built once, on first use, and is read-only.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
import weakref
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Final, TypeVar

import attrs

from jplabour.errors import require_text
from jplabour.model import Dataset, Organization, Person

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

#: The fields a name is matched on, in the order :attr:`LookupResult.matched_on`
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

#: How many ids :attr:`LookupResult.suggestions` offers at most.
MAX_SUGGESTIONS: Final = 5
#: A leading English article, which a source may print before a name or leave out.
_ARTICLE: Final = re.compile(r"(?:the|an?)\s+(?=\S)", re.IGNORECASE)
#: The article a stored name may be indexed without ("A" may begin a real name).
_THE: Final = re.compile(r"the\s+(?=\S)", re.IGNORECASE)
#: A name followed by one bracketed part: "Zenrōren (全労連)", "Name(ABBR)", "Name [Alias]".
_BRACKETED: Final = re.compile(r"(?P<head>.*?\S)\s*[(\[](?P<inner>[^()\[\]]+)[)\]]\s*", re.DOTALL)
#: What separates the parts inside a bracket: "(日本共産党, JCP)".
_PART_SEPARATOR: Final = re.compile(r"[,;、，]")
#: Kana voicing marks, which NFD splits off and which are part of the Japanese spelling.
_KANA_MARKS: Final = frozenset("\u3099\u309a")
#: Unicode categories dropped: punctuation, separators, controls and format characters.
_DROPPED_CATEGORIES: Final = frozenset("PZC")
#: Characters dropped besides those categories: the long-vowel mark ー and what is
#: typed for it (a minus sign, a tilde or a wave dash; hyphens and dashes are
#: punctuation), so that "センター", "センタ－" and "センタ" are one key.
_DROPPED_MARKS: Final = frozenset("\u30fc\u2212~\u301c")
#: The ASCII characters a key drops (the fold of pure-ASCII text needs nothing else).
_ASCII_DROPPED: Final = str.maketrans(
    "",
    "",
    "".join(
        c
        for c in map(chr, range(128))
        if unicodedata.category(c)[0] in _DROPPED_CATEGORIES or c in _DROPPED_MARKS
    ),
)
#: Old (kyūjitai) kanji -> their current (shinjitai) forms, pairwise by position.
_OLD_KANJI: Final = (
    "勞總聯會團體國縣鐵鑛氣學敎醫藝舊經濟發產從號圖廣擴賣營證變權黨關鬪鬭戰對將處觀靑專"
    "傳轉辯邊區驛樂實榮壓乘亞價繼輕檢驗險效收縱燒獎條狀讓觸眞盡數聲攝淺錢纖禪雙壯莊搜"
    "巢藏卽屬續帶滯臺擇澤擔彈斷遲晝廳聽鎭遞點當德獨讀廢拜麥髮拔濱拂佛竝寶豐每萬滿默"
    "譯藥與豫餘樣來賴亂覽龍兩綠勵禮靈齡爐灣"
)
_NEW_KANJI: Final = (
    "労総連会団体国県鉄鉱気学教医芸旧経済発産従号図広拡売営証変権党関闘闘戦対将処観青専"
    "伝転弁辺区駅楽実栄圧乗亜価継軽検験険効収縦焼奨条状譲触真尽数声摂浅銭繊禅双壮荘捜"
    "巣蔵即属続帯滞台択沢担弾断遅昼庁聴鎮逓点当徳独読廃拝麦髪抜浜払仏並宝豊毎万満黙"
    "訳薬与予余様来頼乱覧竜両緑励礼霊齢炉湾"
)
#: The fold of Japanese spellings applied to a key: katakana -> hiragana, old kanji -> new.
_JAPANESE_FOLD: Final = str.maketrans(
    {
        **{chr(code): chr(code - 0x60) for code in range(0x30A1, 0x30F7)},
        **dict(zip(_OLD_KANJI, _NEW_KANJI, strict=True)),
    }
)
#: Code point ranges of kana and kanji: a key holding any of them is a Japanese name.
#: (Compared directly: a regular expression over these ranges costs milliseconds to compile.)
_JAPANESE_RANGES: Final = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
#: A Japanese query is offered the names whose closeness is at least this share of the best.
_NEARLY_AS_CLOSE: Final = 0.95


def normalize_name(text: str) -> str:
    """The comparison key of a name.

    NFKC folds full- and half-width forms; the text is casefolded; macrons
    and other diacritics are stripped (NFD, then the combining marks dropped,
    except the kana voicing marks); spaces, hyphens, dots, apostrophes,
    brackets, quotes and other punctuation (the middle dot ・ too) are
    dropped, and so is the long-vowel mark ー. Katakana become hiragana and
    old kanji forms their current ones; other Japanese characters are kept.
    The function is idempotent.

    >>> normalize_name("Zenrōren Jichi-rōren")
    'zenrorenjichiroren'
    >>> normalize_name("ＪＩＣＨＩＲＯ")
    'jichiro'
    >>> normalize_name("ＵＡｾﾞﾝｾﾝ") == normalize_name("UAゼンセン")
    True
    """
    if text.isascii():  # most names: the same key as fold_name gives, in one cheap pass
        return text.lower().translate(_ASCII_DROPPED)
    return fold_name(text)


def fold_name(text: str) -> str:
    """The key :func:`normalize_name` defines, by the full Unicode fold alone.

    :func:`normalize_name` takes a shortcut for pure-ASCII text; this is the
    general fold it must agree with, for any text (the tests compare the two).
    Use :func:`normalize_name`, which is faster on the ASCII names most data holds.

    >>> fold_name("Rengō") == normalize_name("Rengō") == "rengo"
    True
    """
    key = _fold_once(text)
    # A few characters change again under a second pass (NFKC after casefolding
    # can make new foldable forms): repeat until the key is stable.
    while (again := _fold_once(key)) != key:
        key = again
    return key


def _fold_once(text: str) -> str:
    """One pass of the fold: width, case, marks, punctuation, kana and old kanji."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    kept = (
        char
        for char in unicodedata.normalize("NFD", folded)
        if (unicodedata.category(char) != "Mn" or char in _KANA_MARKS)
        and unicodedata.category(char)[0] not in _DROPPED_CATEGORIES
        and char not in _DROPPED_MARKS
    )
    return unicodedata.normalize("NFKC", "".join(kept)).translate(_JAPANESE_FOLD)


def _without_article(text: str, article: re.Pattern[str] = _ARTICLE) -> str | None:
    """*text* without a leading "The", "A" or "An", or None when it has none."""
    text = unicodedata.normalize("NFKC", text).strip()
    found = article.match(text)
    return text[found.end() :] if found else None


def _bracket_parts(text: str) -> tuple[str, ...]:
    """("head", "part", ...) of "head (part, part)"; () when *text* is not of that form."""
    found = _BRACKETED.fullmatch(unicodedata.normalize("NFKC", text).strip())
    if found is None:
        return ()
    inner = [part for part in _PART_SEPARATOR.split(found["inner"]) if normalize_name(part)]
    return (found["head"], *inner) if inner else ()


def _is_japanese(text: str) -> bool:
    """True when *text* holds a kana or a kanji."""
    return any(low <= ord(char) <= high for char in text for low, high in _JAPANESE_RANGES)


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
    """
    import difflib  # only when nothing matched: a first lookup that matches does without it

    if not _is_japanese(key):
        return tuple(difflib.get_close_matches(key, list(candidates), n, cutoff))
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(key)
    scored = []
    for candidate in candidates:
        if not _is_japanese(candidate):
            continue
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff:
            ratio = matcher.ratio()
            if ratio >= cutoff:
                scored.append((ratio, candidate))
    if not scored:
        return ()
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    floor = scored[0][0] * _NEARLY_AS_CLOSE
    close = [candidate for ratio, candidate in scored if ratio >= floor]
    # Characters in common but never two in a row ("日教祖" and 日高教) is a mere
    # share when another name holds a run of the query ("日教祖" and 日教組).
    pairs = _adjacent_pairs(key)
    if any(pairs & _adjacent_pairs(candidate) for candidate in close):
        close = [candidate for candidate in close if pairs & _adjacent_pairs(candidate)]
    return tuple(close[:n])


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
_R = TypeVar("_R", Organization, Person)


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
        forms = [name, *_bracket_parts(name)[:1]]
        forms += [bare for form in forms if (bare := _without_article(form, _THE))]
        names += [(field, form) for form in forms]
    return tuple(names)


@attrs.frozen
class _NameIndex:
    """Normalised name -> ((org id, field), ...); every organisation by id; people by name."""

    keys: Mapping[str, tuple[tuple[str, str], ...]]
    by_id: Mapping[str, Organization]
    searchable: tuple[tuple[Organization, tuple[str, ...]], ...]
    people: Mapping[str, tuple[Person, ...]]


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
    first :func:`lookup` folds no stored name.
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


def _assembled(
    keys: NameKeys, organizations: tuple[Organization, ...], people: tuple[Person, ...]
) -> _NameIndex:
    """The name index of these records, from their keys."""
    by_person = {person.id: person for person in people}
    return _NameIndex(
        keys=MappingProxyType(dict(keys.orgs)),
        by_id=by_id(organizations, "organizations"),
        searchable=tuple((org, keys.searchable[org.id]) for org in organizations),
        people=MappingProxyType(
            {key: tuple(by_person[i] for i in ids) for key, ids in keys.people.items()}
        ),
    )


@functools.cache
def _embedded_index() -> _NameIndex:
    """The index of the embedded records, from the generated keys, without the other tables."""
    from jplabour.data import name_index  # generated: see tools/make_name_index.py
    from jplabour.data.organizations import ORGANIZATIONS
    from jplabour.data.people import PEOPLE

    keys = NameKeys(
        orgs=name_index.ORGS, searchable=name_index.SEARCHABLE, people=name_index.PEOPLE
    )
    return _assembled(keys, ORGANIZATIONS, PEOPLE)


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
def _dataset_index(dataset: Dataset) -> _NameIndex:
    if _is_embedded(dataset):
        return _embedded_index()
    return _assembled(name_keys(dataset), dataset.organizations, dataset.people)


def _index(dataset: Dataset | None) -> _NameIndex:
    """The name index of *dataset*, or of the embedded records when None."""
    return _embedded_index() if dataset is None else _dataset_index(dataset)


def _exact(index: _NameIndex, name: str) -> tuple[tuple[str, str], ...]:
    """(org id, field) of every organisation *name* (or its article-less form) means."""
    for form in (name, _without_article(name)):
        if form is None:
            continue
        hits = index.keys.get(normalize_name(form), ())
        hits = tuple((org_id, field) for org_id, field in hits if org_id in index.by_id)
        if hits:
            return hits
    return ()


def _bracketed(index: _NameIndex, name: str) -> tuple[tuple[str, str], ...]:
    """The organisations every part of "head (part, part)" means, in the head's order.

    A part that means nothing, or parts that mean different organisations,
    give nothing: the parts must agree.
    """
    parts = _bracket_parts(name)
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
    return _index(dataset).people.get(normalize_name(name), ())
