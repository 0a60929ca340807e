"""Tests of jplabour.names: name normalisation, look-up and search."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jplabour.data import DATASET
from jplabour.model import AmbiguousName, Citation, Dataset, Organization, OrgKind
from jplabour.names import NAME_FIELDS, LookupResult, lookup, normalize_name, search

CITE = (Citation(source_id="s", quote="q"),)


def _org(org_id: str, name_en: str, **fields: object) -> Organization:
    return Organization(
        id=org_id, name_en=name_en, kind=OrgKind.INDUSTRIAL_FEDERATION, citations=CITE, **fields
    )


SMALL = Dataset(
    organizations=(
        _org(
            "jichiro", "All-Japan Prefectural and Municipal Workers Union", abbreviation="JICHIRO"
        ),
        _org(
            "left-jichiroren",
            "Japan Federation of Prefectural and Municipal Workers' Unions",
            abbreviation="Jichiroren",
            name_romaji="Nihon Jichitai Rōdō Kumiai Sōrengō",
            name_ja="日本自治体労働組合総連合",
        ),
        _org(
            "right-jichiroren",
            "National Federation of Prefectural and Municipal Workers' Unions",
            abbreviation="JICHI ROREN",
        ),
        _org("other", "Confederation of Japan Automobile Workers' Unions (JAW)", aliases=("JAW",)),
        _org("shadow", "Shadow Federation"),
    ),
    ambiguous_names=(
        AmbiguousName(
            id="jichiroren",
            name="Jichirōren",
            org_ids=("left-jichiroren", "right-jichiroren", "shadow"),
            citations=CITE,
        ),
    ),
)


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Jichirōren", "jichiroren"),
        ("JICHIROREN", "jichiroren"),
        ("jichi roren", "jichiroren"),
        ("Jichi-Rōren", "jichiroren"),
        ("ＪＩＣＨＩＲＯ", "jichiro"),
        ("Workers’ Union", "workersunion"),
        ("U.A. ZENSEN", "uazensen"),
        ("Zenrōren (全労連)", "zenroren全労連"),
        ("ｶﾞｯｺｳ", "ガッコウ"),
        ("全労連・全国一般", "全労連全国一般"),
        ("", ""),
    ],
)
def test_normalize_name_examples(text: str, key: str) -> None:
    """Width, case, macrons and punctuation fold away; Japanese (with voicing marks) stays."""
    assert normalize_name(text) == key


@given(st.text())
def test_normalize_name_is_idempotent(text: str) -> None:
    """Normalising a key again changes nothing."""
    key = normalize_name(text)
    assert normalize_name(key) == key


@given(st.text(alphabet=st.characters(codec="ascii", categories=("L", "N")), min_size=1))
def test_normalize_name_ignores_width_and_case(text: str) -> None:
    """Full-width and upper-case forms of an ASCII name give its key."""
    assert normalize_name(_fullwidth(text.upper())) == normalize_name(text)


@pytest.mark.parametrize(
    "query", ["Jichirōren", "JICHIROREN", "jichi roren", "Ｊｉｃｈｉｒｏｒｅｎ"]
)
def test_ambiguous_name_lists_every_candidate(query: str) -> None:
    """A name several organisations share gives all of them, never a silent pick."""
    result = lookup(query, SMALL)
    assert result.ambiguous
    assert not result.unique
    assert {o.id for o in result.matches} == {"left-jichiroren", "right-jichiroren", "shadow"}


def test_matched_on_names_the_field_per_match() -> None:
    """matched_on is aligned with matches; the ambiguous_names table counts as a field."""
    result = lookup("Jichiroren", SMALL)
    assert dict(zip((o.id for o in result.matches), result.matched_on, strict=True)) == {
        "left-jichiroren": "abbreviation",
        "right-jichiroren": "abbreviation",
        "shadow": "ambiguous_names",
    }
    assert set(result.matched_on) <= set(NAME_FIELDS)


@pytest.mark.parametrize(
    ("query", "org_id", "field"),
    [
        ("ＪＩＣＨＩＲＯ", "jichiro", "id"),
        ("All-Japan Prefectural and Municipal Workers Union", "jichiro", "name_en"),
        ("right-jichiroren", "right-jichiroren", "id"),
        ("nihon jichitai rodo kumiai sorengo", "left-jichiroren", "name_romaji"),
        ("日本自治体労働組合総連合", "left-jichiroren", "name_ja"),
        ("jaw", "other", "aliases"),
        ("Confederation of Japan Automobile Workers' Unions", "other", "name_en"),
    ],
)
def test_unique_lookup(query: str, org_id: str, field: str) -> None:
    """Each name field finds its organisation, uniquely."""
    result = lookup(query, SMALL)
    assert result.unique
    assert result.found
    assert (result.matches[0].id, result.matched_on) == (org_id, (field,))
    assert result.suggestions == ()


def test_unknown_name_suggests_close_ids() -> None:
    """Nothing matches: no matches, and the closest ids as suggestions."""
    result = lookup("jichiroo", SMALL)
    assert not result.found
    assert not result.ambiguous
    assert result.matches == ()
    assert "jichiro" in result.suggestions


def test_lookup_result_is_frozen() -> None:
    """A result cannot be changed by its user."""
    result = lookup("JAW", SMALL)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        result.matches = ()  # type: ignore[misc]
    assert isinstance(result, LookupResult)
    assert isinstance(result.matches, tuple)


def test_index_is_read_only() -> None:
    """The cached index is a read-only mapping of tuples."""
    from jplabour.names import _index

    index = _index(SMALL)
    with pytest.raises(TypeError):
        index.keys["x"] = ()  # type: ignore[index]
    assert _index(SMALL) is index


def test_search_finds_substrings() -> None:
    """Search matches normalised substrings of any name; an exact name comes first."""
    assert [o.id for o in search("roren", SMALL)] == ["left-jichiroren", "right-jichiroren"]
    assert next(o.id for o in search("JICHIRO", SMALL)) == "jichiro"
    assert search("  - ", SMALL) == ()
    assert search("no such name", SMALL) == ()


@pytest.mark.parametrize("query", ["Jichirōren", "JICHIROREN", "jichi roren"])
def test_embedded_jichiroren_is_ambiguous(query: str) -> None:
    """In the real data the two Jichirōren federations are both offered."""
    ids = {o.id for o in lookup(query).matches}
    assert {"zenroren-jichiroren", "rengo-jichiroren"} <= ids


def test_embedded_ambiguous_names_are_ambiguous() -> None:
    """Every name of the ambiguous_names table looks up to all of its organisations."""
    for entry in DATASET.ambiguous_names:
        result = lookup(entry.name)
        assert result.ambiguous
        assert set(entry.org_ids) <= {o.id for o in result.matches}


def test_embedded_fullwidth_abbreviation() -> None:
    """A full-width abbreviation finds its organisation."""
    assert [o.id for o in lookup("ＪＩＣＨＩＲＯ").matches] == ["jichiro"]


_NAMED = [
    (org.id, name)
    for org in DATASET.organizations
    for name in (org.id, org.abbreviation, org.name_en, org.name_romaji, org.name_ja, *org.aliases)
    if name
]


@pytest.mark.skipif(not _NAMED, reason="no organisations curated yet")
@given(
    st.sampled_from(_NAMED or [("", "")]),
    st.sampled_from([str.upper, str.lower, str.title, _fullwidth]),
    st.sampled_from([" ", "", "-", "  "]),
)
def test_any_name_finds_its_organisation(named: tuple[str, str], case, space: str) -> None:
    """Any name of any organisation, re-cased, re-spaced or widened, finds that organisation."""
    org_id, name = named
    variant = case(space.join(name.split()))
    assert org_id in {o.id for o in lookup(variant).matches}
