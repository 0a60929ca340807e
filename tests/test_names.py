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
        ("ｶﾞｯｺｳ", "がっこう"),  # half-width katakana -> katakana -> hiragana, marks kept
        ("センター", "せんた"),  # the long-vowel mark folds away
        ("全労連・全国一般", "全労連全国一般"),
        ("", ""),
    ],
)
def test_normalize_name_examples(text: str, key: str) -> None:
    """Width, case, macrons and punctuation fold away; kana fold to hiragana with their marks."""
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


# Every spelling the data and the sources use.


def _stored_names() -> list[tuple[str, str, str]]:
    return [
        (org.id, field, name)
        for org in DATASET.organizations
        for field, name in (
            ("id", org.id),
            ("abbreviation", org.abbreviation),
            ("name_en", org.name_en),
            ("name_romaji", org.name_romaji),
            ("name_ja", org.name_ja),
            *(("aliases", alias) for alias in org.aliases),
        )
        if name
    ]


@pytest.mark.parametrize(("org_id", "field", "name"), _stored_names())
def test_every_stored_name_finds_its_organisation(org_id: str, field: str, name: str) -> None:
    """Each name of each organisation finds it, uniquely unless ambiguous_names says otherwise."""
    result = lookup(name)
    assert org_id in {o.id for o in result.matches}, (field, name)
    if result.ambiguous:
        declared = {
            o
            for entry in DATASET.ambiguous_names
            if normalize_name(entry.name) == normalize_name(name)
            for o in entry.org_ids
        }
        assert {o.id for o in result.matches} <= declared, (name, result.matches)


def test_no_name_form_collides_undeclared() -> None:
    """No indexed form of a name (article or bracket dropped) means two organisations undeclared."""
    from jplabour.names import _index

    declared = {normalize_name(entry.name): set(entry.org_ids) for entry in DATASET.ambiguous_names}
    for key, hits in _index(None).keys.items():
        owners = {org_id for org_id, _ in hits}
        if len(owners) > 1:
            assert owners <= declared.get(key, set()), (key, owners)


def _seed(source_id: str) -> str:
    from jplabour.provenance import source_texts

    return source_texts()[source_id]


def test_brochure_affiliate_list_spellings() -> None:
    """Each "### NN. ABBREVIATION" and the name under it find RENGO's affiliate of rank NN."""
    import re

    from jplabour import api

    ranked = {link.rank: link.member_id for link in api.affiliates("rengo") if link.rank}
    entries = re.findall(
        r"^### (\d\d)\. (.+?)\s*\n\s*\n\s*(.+?)\s*$", _seed("rengo-brochure-2019"), re.MULTILINE
    )
    assert len(entries) == len(ranked)
    for rank, abbreviation, name in entries:
        for spelling in (abbreviation, name, f"{name} ({abbreviation})"):
            assert ranked[int(rank)] in {o.id for o in lookup(spelling).matches}, spelling


def test_brochure_leadership_spellings() -> None:
    """Each home federation the Leadership pages print finds the officer's home organisation."""
    import re

    from jplabour import api

    text = _seed("rengo-brochure-2019")
    leadership = text[text.index("## Leadership") : text.index("## Headquarter")]
    printed = re.findall(
        r"([A-Z][a-z]+ [A-Z]+), M[rs]\.\**\s+(?:\S.*\n)?\s*([A-Z][A-Z -]+[A-Z])", leadership
    )
    assert len(printed) == len(api.officers("rengo"))
    for person_name, home in printed:
        [position] = api.offices(person_name)
        assert position.home_org_id in {o.id for o in lookup(home).matches}, (person_name, home)


def test_zenroren_table_spellings() -> None:
    """Each row of the Zenroren article's tables: union and abbreviation find one affiliate."""
    from jplabour import api

    linked = {link.member_id for link in api.affiliates("zenroren")}
    rows = [
        [cell.strip() for cell in line.strip("|").split("|")]
        for line in _seed("zenroren-article").splitlines()
        if line.startswith("| ") and not line.startswith("| Union ")
    ]
    from_the_article = {
        link.member_id
        for link in api.affiliates("zenroren")
        if any(c.source_id == "zenroren-article" for c in link.citations)
    }
    assert len(rows) == len(from_the_article)
    for union, abbreviation, *_ in rows:
        by_name, by_abbreviation = lookup(union), lookup(abbreviation)
        assert by_name.unique, union
        assert by_name.matches[0].id in linked
        assert by_name.matches[0] in by_abbreviation.matches, (union, abbreviation)
        assert lookup(f"{union} ({abbreviation})").unique


#: Spellings read by hand from the five sources, as printed, with the organisation meant.
SOURCE_SPELLINGS = [
    ("Japanese Trade Union Confederation(RENGO)", "rengo"),
    ("JAPANESE TRADE UNION CONFEDERATION", "rengo"),
    ("RENGO (Japanese Trade Union Confederation)", "rengo"),
    ("RENGU", "rengo"),
    ("RENO", "rengo"),
    ("Rengo", "rengo"),
    ("Rengō", "rengo"),
    ("Local RENGOs", "rengo-locals"),
    ("RENGU locals", "rengo-locals"),
    ("A Conference of Trade Unions for the Furtherance of Policies (SEISUI KAIGI)", "seisui-kaigi"),
    ("Preparatory Committee for the Unification of Laborers", "unification-preparatory-committee"),
    ("National Council of Trade Unions in the Private Sector (ZENMIN ROKYO)", "zenmin-rokyo"),
    ("Japanese Private Sector Trade Union Confederation (JPTUC-RENGO)", "jptuc-rengo"),
    ("SOHYO", "sohyo"),
    ("DOMEI", "domei"),
    ("CHURITSU ROREN", "churitsu-roren"),
    ("SHIN-SANBETSU", "shin-sanbetsu"),
    ("All-China Federation of Trade Unions (ACFTU)", "acftu"),
    ("ICFTU-APRO", "icftu-apro"),
    ("ICFTU", "icftu"),
    ("Nikkeiren (Japan Federation of Employers' Associations)", "nikkeiren"),
    ("RENGO International Cooperation Center", "rengo-international-cooperation-center"),
    ("WORKNET Co. Ltd.", "worknet"),
    ("Burma Office Japan", "burma-office-japan"),
    ("The Democratic Party of Japan (DPJ)", "dpj"),
    ("The Department of Non-Regular Employment", "rengo-non-regular-employment-department"),
    ("Institute for Solidarity-based Society of Hosei University (ISS-HU)", "iss-hu"),
    ("RENGO Graduate School", "iss-hu"),
    ("LDP", "ldp"),
    ("Komeito", "komeito"),
    ("JOHO ROREN", "joho-roren"),
    ("連合総研", "rengo-rials"),
    ("RENGO-RIALS", "rengo-rials"),
    ("RENGO Research Institute for Advancement of Living Standards", "rengo-rials"),
    ("The Japan International Labour Foundation", "jilaf"),
    ("The Institute of Labor Education and Culture", "ilec"),
    ("Japan Labour Culture Foundation", "japan-labour-culture-foundation"),
    ("Japanese Confederation of Retired Persons(JCRP)", "taishokusha-rengo"),
    ("The Central Council of Worker Welfare Associations", "chuo-rofukukyo"),
    ("Labour Banks", "labour-bank"),
    ("Kokumin Kyosai co-op", "kokumin-kyosai-coop"),
    ("National Federation of Workers and Consumers Kyosai Cooperatives", "kokumin-kyosai-coop"),
    ("Zenosai", "zenosai"),
    ("ITUC-AP", "ituc-ap"),
    ("Nihon Jichitai Rōdō Kumiai Sōrengō (Jichirōren)", "zenroren-jichiroren"),
    ("Zenrōren (全労連)", "zenroren"),
    ("Japanese Communist Party (日本共産党, JCP)", "jcp"),
    ("Article 9 Association (九条の会)", "article-9-association"),
    ("Kenpō Caravan", "kenpo-caravan"),
    ("Jichrōren", "zenroren-jichiroren"),
    ("Zenkoku Jichi Dantai Rōdō Kumiai Rengō (全国自治団体労働組合連合)", "rengo-jichiroren"),
    ("Zenrōren Jichirōren", "zenroren-jichiroren"),
    ("Rengō Jichirōren", "rengo-jichiroren"),
    ("Tokyo Jichitai Rōdō Kumiai Sōrengō [Jichirōren Tokyo]", "tokyo-jichiroren"),
    ("東京自治体労働組合総連合", "tokyo-jichiroren"),
    ("Liberal Democratic Party", "ldp"),
    (
        "anti-constitutional corruption department (東京自治労連憲法改悪阻止闘争本部)",
        "tokyo-jichiroren-anti-revision-hq",
    ),
    ("National Confederation of Trade Unions", "zenroren"),
    ("Japan Communist Party", "jcp"),
    ("prefectural Federations", "zenroren-prefectural-federations"),
    ("JMITU", "jmitu"),
    ("Kinyuroren", "kinyuroren"),
    ("Kanagawa Workers’ Collective Federation", "kanagawa-wcf"),
    ("Seikatsu club cooperative association", "seikatsu-club"),
    ("Seikatsu club", "seikatsu-club"),
    ("Workers’ Collective Network Japan (WNJ)", "wnj"),
    ("WNJ", "wnj"),
    ("Japan International Labour Foundation", "jilaf"),
]


@pytest.mark.parametrize(("spelling", "org_id"), SOURCE_SPELLINGS)
def test_source_spellings_find_their_organisation(spelling: str, org_id: str) -> None:
    """Names as the sources print them, brackets, articles and misprints included."""
    assert [o.id for o in lookup(spelling).matches] == [org_id], spelling


def test_source_spellings_are_in_the_sources() -> None:
    """The hand-read spellings above are copied from the sources, not invented."""
    from jplabour.provenance import source_texts

    texts = source_texts().values()
    for spelling, _ in SOURCE_SPELLINGS:
        assert any(spelling in text for text in texts), spelling


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Confederation of Japan Automobile Workers' Unions (JAW)", ["other"]),
        ("JAW (Confederation of Japan Automobile Workers' Unions)", ["other"]),
        ("Confederation of Japan Automobile Workers' Unions(JAW)", ["other"]),
        ("Confederation of Japan Automobile Workers' Unions［JAW］", ["other"]),
        ("The Shadow Federation", ["shadow"]),
        ("a shadow federation", ["shadow"]),
        ("Nihon Jichitai Rōdō Kumiai Sōrengō (Jichirōren)", ["left-jichiroren"]),
        ("日本自治体労働組合総連合 (Jichirōren, JICHI ROREN)", ["left-jichiroren"]),
        ("JICHIRO (Jichirōren)", []),
        ("Jichirōren (日本自治体労働組合総連合)", ["left-jichiroren"]),
        ("JAW (Shadow Federation)", []),
        ("JAW (no such name)", []),
        ("The", []),
        ("()", []),
    ],
)
def test_bracketed_and_article_forms(query: str, expected: list[str]) -> None:
    """A bracket's parts must all name the organisation; a leading article is optional."""
    assert [o.id for o in lookup(query, SMALL).matches] == expected


def test_only_the_is_dropped_from_stored_names() -> None:
    """A stored name is indexed without "The", never without "A": "A" may begin a name."""
    small = Dataset(organizations=(_org("a-team", "A Team"), _org("team", "Team")))
    assert [o.id for o in lookup("Team", small).matches] == ["team"]
    assert [o.id for o in lookup("A Team", small).matches] == ["a-team"]


def test_search_lists_what_the_text_names_first() -> None:
    """search() puts the organisations lookup() finds first, then those containing the text."""
    assert [o.id for o in search("jichiro", SMALL)] == [
        "jichiro",
        "left-jichiroren",
        "right-jichiroren",
    ]
    assert [
        o.id for o in search("JAW (Confederation of Japan Automobile Workers' Unions)", SMALL)
    ] == ["other"]


def test_find_people_in_either_order() -> None:
    """A person is found by id, or by full name in either order, as printed or not."""
    from jplabour.names import find_people

    for name in ("Rikio KOZU", "Kozu Rikio", "kozu-rikio", "ＲＩＫＩＯ ＫＯＺＵ", "Rikio Kozu"):
        assert [p.id for p in find_people(name)] == ["kozu-rikio"], name
    assert find_people("Kozu") == ()


# --- the generated name index ----------------------------------------------------


def test_the_generated_name_index_is_current() -> None:
    """src/jplabour/data/name_index.py is what tools/make_name_index.py writes for the data.

    Rerun the tool after changing the data or normalize_name.
    """
    import subprocess
    import sys
    from pathlib import Path

    tool = Path(__file__).parent.parent / "tools" / "make_name_index.py"
    result = subprocess.run(
        [sys.executable, str(tool), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout


def test_the_generated_name_index_is_the_computed_one() -> None:
    """The literals the embedded data's lookups use equal the index computed from the data."""
    from jplabour.data import DATASET, name_index
    from jplabour.names import name_keys

    computed = name_keys(DATASET)
    assert computed.orgs == name_index.ORGS
    assert computed.searchable == name_index.SEARCHABLE
    assert computed.people == name_index.PEOPLE


def test_another_dataset_gets_a_computed_index() -> None:
    """A dataset other than the embedded one is indexed from its own records, not the literals."""
    from jplabour.data import DATASET

    only_rengo = attrs.evolve(
        DATASET,
        organizations=tuple(o for o in DATASET.organizations if o.id == "rengo"),
        ambiguous_names=(),
    )
    assert [o.id for o in lookup("RENGO", only_rengo).matches] == ["rengo"]
    assert not lookup("Zenroren", only_rengo).found
    assert lookup("Zenroren").found
