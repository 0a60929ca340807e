"""Tests of the query API (jplabour.api), on small datasets and on the embedded data."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import jplabour
from jplabour import api
from jplabour.data import DATASET
from jplabour.model import (
    Affiliation,
    AffiliationStatus,
    AmbiguousName,
    Citation,
    Dataset,
    Erratum,
    Event,
    EventKind,
    Membership,
    Organization,
    OrgKind,
    PartialDate,
    Person,
    Position,
    Role,
    Source,
    Succession,
    SuccessionKind,
    Unit,
)

CITE = (Citation(source_id="s", quote="q"),)


def _org(org_id: str, **fields: object) -> Organization:
    return Organization(
        id=org_id,
        name_en=org_id.title(),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=CITE,
        **fields,
    )


def _link(
    member: str, status: AffiliationStatus = AffiliationStatus.AFFILIATE, **dates: object
) -> Affiliation:
    return Affiliation(
        id=f"{member}-centre",
        member_id=member,
        parent_id="centre",
        status=status,
        citations=CITE,
        **dates,
    )


def _figure(org_id: str, value: int, as_of: str | None, unit: Unit = Unit.PERSONS) -> Membership:
    return Membership(
        id=f"{org_id}-{value}", org_id=org_id, value=value, unit=unit, citations=CITE, as_of=as_of
    )


def _office(number: int, since: str | None, person: str = "p") -> Position:
    return Position(
        id=f"centre-president-{number}",
        person_id=person,
        org_id="centre",
        role=Role.PRESIDENT,
        citations=CITE,
        since=since,
        sequence=number,
    )


SMALL = Dataset(
    sources=(Source(id="s", title="The Source", file="s.txt", language="en", covers="all"),),
    organizations=(
        _org("centre", founded="1989-11"),
        _org("listed"),
        _org("left", dissolved="1999"),
        _org("old"),
        _org("mid", abbreviation="MID"),
        _org("new"),
        _org("open"),
        _org("undated"),
        _org("gone"),
        _org("twin-a", aliases=("Twin",)),
        _org("twin-b", aliases=("Twin",)),
    ),
    ambiguous_names=(
        AmbiguousName(id="twin", name="Twin", org_ids=("twin-a", "twin-b"), citations=CITE),
    ),
    affiliations=(
        _link("listed", as_of="2019", rank=2),
        _link("left", AffiliationStatus.FORMER, until="1999"),
        _link("open", since="2005", rank=1),
        _link("undated", AffiliationStatus.FORMER),
        _link("gone", AffiliationStatus.FORMER, since="1995"),
    ),
    memberships=(
        _figure("centre", 100, "1990"),
        _figure("centre", 300, "2019-10"),
        _figure("centre", 200, "2010"),
        _figure("centre", 999, None),
        _figure("centre", 5, "2019", Unit.ORGANISATIONS),
    ),
    successions=(
        Succession(
            id="old-mid",
            predecessor_id="old",
            successor_id="mid",
            kind=SuccessionKind.MERGER,
            citations=CITE,
            date="1991",
        ),
        Succession(
            id="mid-new",
            predecessor_id="mid",
            successor_id="new",
            kind=SuccessionKind.MERGER,
            citations=CITE,
            date="1999",
        ),
        Succession(
            id="left-new",
            predecessor_id="left",
            successor_id="new",
            kind=SuccessionKind.MERGER,
            citations=CITE,
            date="1999",
        ),
    ),
    people=(Person(id="p", family_name="Family", given_name="Given", citations=CITE),),
    positions=(
        _office(1, "1989"),
        _office(2, "1998"),
        _office(3, None),
        _office(4, "2010"),
    ),
    events=(
        Event(
            id="e1",
            org_id="centre",
            date="1989-11",
            kind=EventKind.FOUNDING,
            summary="Founded.",
            citations=CITE,
        ),
        Event(
            id="e2",
            org_id="mid",
            date="2015-05",
            until="2015-08",
            kind=EventKind.CAMPAIGN,
            summary="Campaign.",
            citations=CITE,
            related_org_ids=("centre",),
        ),
        Event(
            id="e3",
            org_id="new",
            date="2016",
            kind=EventKind.OTHER,
            summary="Other.",
            citations=CITE,
        ),
    ),
    errata=(Erratum(id="x", source_id="s", quote="bad", problem="p", resolution="r"),),
)


def _ids(links: tuple[Affiliation, ...]) -> list[str]:
    return [link.member_id for link in links]


def test_affiliates_without_date_lists_every_link_ranked_first() -> None:
    """Without as_of every link is listed, current and former, ranked ones first."""
    assert _ids(api.affiliates("centre", dataset=SMALL)) == [
        "open",
        "listed",
        "gone",
        "left",
        "undated",
    ]


@pytest.mark.parametrize(
    ("as_of", "within", "expected"),
    [
        ("2019", None, {"listed", "open"}),
        ("2019-06", None, {"listed", "open"}),
        ("2020", None, {"listed", "open"}),
        ("2020", "1y", {"listed", "open"}),
        ("2021", "1y", {"open"}),
        ("1990", None, {"left"}),
        ("1990", "30y", {"left", "listed"}),
        ("1990", "5y", {"left"}),
        ("1995", "5y", {"left", "gone"}),
        ("1996", "5y", {"left"}),
        ("1988", None, set()),
        ("2000", "5y", set()),
        ("2000", None, set()),
        ("2018", None, {"listed", "open"}),
        ("2017", None, {"open"}),
    ],
)
def test_affiliates_in_force(as_of: str, within: str | None, expected: set[str]) -> None:
    """The documented rules: open spans, the nearest listing within the tolerance, no undated.

    Nothing is in force before the parent was founded.
    """
    found = api.affiliates("centre", as_of, within=within, dataset=SMALL)
    assert set(_ids(found)) == expected


def test_parents_at_a_date() -> None:
    """parents() applies the same rule from the member's side."""
    assert [link.parent_id for link in api.parents("left", "1995", dataset=SMALL)] == ["centre"]
    assert api.parents("left", "2005", dataset=SMALL) == ()


def test_ambiguous_name_raises_with_candidates() -> None:
    """A name that means two organisations is refused, listing both."""
    with pytest.raises(api.AmbiguousNameError) as caught:
        api.affiliates("Twin", dataset=SMALL)
    assert [org.id for org in caught.value.candidates] == ["twin-a", "twin-b"]
    assert "twin-a" in str(caught.value)
    assert "twin-b" in str(caught.value)
    assert isinstance(caught.value, LookupError)


def test_unique_name_resolves() -> None:
    """A name that means one organisation works wherever an id does."""
    assert api.resolve("mid", dataset=SMALL) == api.resolve("MID", dataset=SMALL)
    assert api.lineage("MID", dataset=SMALL).org_id == "mid"


def test_roster_gives_each_link_with_its_figure() -> None:
    """roster() is affiliates() with the member and its figure: at a date, or the latest."""
    entries = api.roster("centre", "2019", dataset=SMALL)
    assert [e.link for e in entries] == list(api.affiliates("centre", "2019", dataset=SMALL))
    assert [e.member.id for e in entries] == ["open", "listed"]
    small = Dataset(
        organizations=(_org("centre"), _org("listed"), _org("open")),
        affiliations=(_link("listed", as_of="2019"), _link("open", since="2005")),
        memberships=(
            _figure("listed", 10, "2010"),
            _figure("listed", 20, "2019"),
            _figure("listed", 30, "2021"),
            _figure("open", 7, None),
        ),
    )
    at_2019 = {e.member.id: e.figure for e in api.roster("centre", "2019", dataset=small)}
    assert at_2019["listed"].value == 20
    assert at_2019["open"] is None
    latest = {e.member.id: e.figure for e in api.roster("centre", dataset=small)}
    assert latest["listed"].value == 30
    assert latest["open"].value == 7


def test_person_by_name_in_either_order() -> None:
    """person() and offices() take an id, a Person or a full name in either order."""
    assert api.person("Given Family", dataset=SMALL).id == "p"
    assert api.person("FAMILY given", dataset=SMALL).id == "p"
    record = api.person("p", dataset=SMALL)
    assert api.person(record, dataset=SMALL) is record
    assert api.offices(record, dataset=SMALL) == api.offices("Given Family", dataset=SMALL)
    with pytest.raises(api.UnknownIdError) as caught:
        api.person("Givn Family", dataset=SMALL)
    assert isinstance(caught.value, KeyError)


def test_person_namesakes_are_never_picked() -> None:
    """Two people with one name: the name is refused, listing both ids."""
    twins = Dataset(
        people=(
            Person(id="a", family_name="Sato", given_name="Ken", citations=CITE),
            Person(id="b", family_name="Sato", given_name="Ken", citations=CITE),
        )
    )
    with pytest.raises(api.UnknownIdError) as caught:
        api.person("Ken Sato", dataset=twins)
    assert caught.value.suggestions == ("a", "b")


def test_events_between_one_date() -> None:
    """between="2015" is between=("2015", "2015")."""
    assert api.events(between="2015", dataset=SMALL) == api.events(
        between=("2015", "2015"), dataset=SMALL
    )
    assert [e.id for e in api.events(between=PartialDate(2016), dataset=SMALL)] == ["e3"]


@pytest.mark.parametrize("between", [2015, ("2015",), ("2015", "2016", "2017"), "15"])
def test_events_between_that_is_no_date_is_a_value_error(between: object) -> None:
    """A year as a number, or a tuple that is not a pair, is refused plainly: a ValueError."""
    with pytest.raises(ValueError, match=r"not a date|\(start, end\) pair"):
        api.events(between=between, dataset=SMALL)  # type: ignore[arg-type]


def test_unknown_id_suggests() -> None:
    """get() of an unknown id raises a KeyError whose message names the closest ids."""
    with pytest.raises(KeyError) as caught:
        api.get("centr", dataset=SMALL)
    assert isinstance(caught.value, api.UnknownIdError)
    assert "centre" in caught.value.suggestions
    assert "did you mean: centre" in str(caught.value)


def test_get_suggests_the_id_of_a_name() -> None:
    """get() takes ids only, but a name in its place suggests the id it names."""
    with pytest.raises(api.UnknownIdError) as caught:
        api.get("MID", dataset=SMALL)
    assert caught.value.suggestions == ("mid",)


def test_members_series_and_as_of() -> None:
    """The series is sorted by date (undated last); as_of gives the figure dated then or nearest."""
    series = api.members("centre", dataset=SMALL)
    assert [m.value for m in series] == [100, 200, 300, 999]
    assert api.members("centre", "1989", dataset=SMALL).value == 100  # the next year's, after
    assert api.members("centre", "1985", within="4y", dataset=SMALL) is None
    assert api.members("centre", "1985", within="5y", dataset=SMALL).value == 100
    assert api.members("centre", "2009", dataset=SMALL).value == 200  # 2010 is nearer than 1990
    assert api.members("centre", "1998", dataset=SMALL).value == 100  # 1990 is nearer than 2010
    assert api.members("centre", "2019", dataset=SMALL).value == 300
    assert api.members("centre", "2019-09", dataset=SMALL).value == 300  # a month after
    assert api.members("centre", "2019-06", within="2m", dataset=SMALL) is None
    assert api.members("centre", "2019", unit=Unit.ORGANISATIONS, dataset=SMALL).value == 5
    assert len(api.members("centre", unit=None, dataset=SMALL)) == 5


def _day(days: int) -> PartialDate:
    date = dt.date(1985, 1, 1) + dt.timedelta(days=days)
    return PartialDate(date.year, date.month, date.day)


@given(st.integers(0, 15000), st.integers(0, 15000))
def test_members_as_of_is_monotonic(a: int, b: int) -> None:
    """A later date never gives an earlier figure."""
    early, late = sorted((a, b))
    first = api.members("centre", _day(early), dataset=SMALL)
    second = api.members("centre", _day(late), dataset=SMALL)
    if first is not None:
        assert second is not None
        assert second.as_of.sort_key >= first.as_of.sort_key


@given(st.integers(1985, 2025), st.integers(1, 12))
def test_in_force_at_a_month_means_in_force_in_its_year(year: int, month: int) -> None:
    """Whatever is in force at a month is in force at the year that contains it."""
    at_month = set(_ids(api.affiliates("centre", PartialDate(year, month), dataset=SMALL)))
    at_year = set(_ids(api.affiliates("centre", PartialDate(year), dataset=SMALL)))
    assert at_month <= at_year


def test_officers_terms_end_at_the_next_holder() -> None:
    """A numbered holder's term ends where the next begins; an unknown successor start hides it."""
    at = {
        year: [p.id for p in api.officers("centre", year, dataset=SMALL)]
        for year in ("1995", "1998", "2005", "2010", "2030")
    }
    assert at["1995"] == ["centre-president-1"]
    assert at["1998"] == ["centre-president-1", "centre-president-2"]
    assert at["2005"] == []
    assert at["2010"] == ["centre-president-4"]
    assert at["2030"] == ["centre-president-4"]
    assert len(api.officers("centre", dataset=SMALL)) == 4


def test_offices_of_a_person() -> None:
    """offices() lists a person's positions by start, undated last; unknown ids suggest."""
    assert [p.sequence for p in api.offices("p", dataset=SMALL)] == [1, 2, 4, 3]
    with pytest.raises(api.UnknownIdError):
        api.offices("q", dataset=SMALL)


def test_lineage_is_transitive() -> None:
    """Predecessors and successors are followed through every succession, nearest first."""
    assert [s.id for s in api.lineage("new", dataset=SMALL).predecessors] == [
        "left-new",
        "mid-new",
        "old-mid",
    ]
    assert [s.id for s in api.lineage("old", dataset=SMALL).successors] == ["old-mid", "mid-new"]
    mid = api.lineage("mid", dataset=SMALL)
    assert ([s.id for s in mid.predecessors], [s.id for s in mid.successors]) == (
        ["old-mid"],
        ["mid-new"],
    )


def test_lineage_survives_a_cycle() -> None:
    """A cycle in the successions is walked once."""
    cyclic = Dataset(
        organizations=(_org("a"), _org("b")),
        successions=(
            Succession(
                id="ab",
                predecessor_id="a",
                successor_id="b",
                kind=SuccessionKind.RENAME,
                citations=CITE,
            ),
            Succession(
                id="ba",
                predecessor_id="b",
                successor_id="a",
                kind=SuccessionKind.RENAME,
                citations=CITE,
            ),
        ),
    )
    assert [s.id for s in api.lineage("a", dataset=cyclic).successors] == ["ab", "ba"]


def test_events_by_org_and_between() -> None:
    """events() includes events an organisation takes part in; between overlaps, ends included."""
    assert [e.id for e in api.events("centre", dataset=SMALL)] == ["e1", "e2"]
    assert [e.id for e in api.events(between=("2015-08", "2016"), dataset=SMALL)] == ["e2", "e3"]
    assert [e.id for e in api.events(between=(None, "1989"), dataset=SMALL)] == ["e1"]
    assert [e.id for e in api.events(between=("2015-09", None), dataset=SMALL)] == ["e3"]


def test_citations_carry_source_titles() -> None:
    """citations() gives each quote with its source's title; an erratum gives its quote."""
    assert api.citations(api.get("mid", dataset=SMALL), dataset=SMALL) == (
        api.Quote("s", "The Source", "q"),
    )
    assert [q.quote for q in api.citations(SMALL.errata[0], dataset=SMALL)] == ["bad"]
    assert api.citations(SMALL.sources[0], dataset=SMALL) == ()


def test_results_are_immutable() -> None:
    """Every table-like result is a tuple of frozen records: a caller cannot change the data."""
    for result in (
        api.affiliates("centre", dataset=SMALL),
        api.members("centre", dataset=SMALL),
        api.events(dataset=SMALL),
    ):
        assert isinstance(result, tuple)
        assert result
        for record in result:
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                record.id = "changed"  # type: ignore[misc]
            assert record in SMALL.table(type(record).__name__.lower() + "s")
    again = api.affiliates("centre", dataset=SMALL)
    assert again == api.affiliates("centre", dataset=SMALL)


def test_package_reexports_the_api() -> None:
    """The API is importable from jplabour itself, with an explicit, sorted __all__."""
    for name in api.__all__:
        assert getattr(jplabour, name) is getattr(api, name)
    assert jplabour.__all__ == sorted(
        jplabour.__all__, key=lambda n: (not n.isupper(), not n[0].isupper(), n)
    )


# The embedded data: expectations derived from the tables themselves.

ZENROREN_2019 = PartialDate(2019)


def test_zenroren_affiliates_in_2019_are_the_2019_list() -> None:
    """Which federations belonged to Zenroren in 2019: the ones listed for 2019, not the former."""
    listed = {
        a.member_id
        for a in DATASET.affiliations
        if a.parent_id == "zenroren" and a.as_of is not None and a.as_of.overlaps(ZENROREN_2019)
    }
    found = api.affiliates("zenroren", "2019")
    assert {a.member_id for a in found} == listed
    assert all(a.status is not AffiliationStatus.FORMER for a in found)
    left_earlier = {
        a.member_id
        for a in DATASET.affiliations
        if a.parent_id == "zenroren"
        and a.until is not None
        and a.until.certainly_before(ZENROREN_2019)
    }
    assert left_earlier
    assert not left_earlier & {a.member_id for a in found}


def test_zenroren_affiliates_sizes_in_2019() -> None:
    """How big they were: the 2019 figure of each affiliate that has one in the data."""
    for link in api.affiliates("zenroren", "2019"):
        figures = [
            m
            for m in DATASET.memberships
            if m.org_id == link.member_id and m.as_of == ZENROREN_2019 and m.unit is Unit.PERSONS
        ]
        figure = api.members(link.member_id, "2019")
        assert (figure is None) == (not figures)
        if figure is not None:
            assert figure in figures


def test_rengo_affiliates_ranked() -> None:
    """RENGO's affiliates at October 2019 come in rank order."""
    ranks = [a.rank for a in api.affiliates("rengo", "2019-10") if a.rank is not None]
    assert ranks
    assert ranks == sorted(ranks)


@pytest.mark.parametrize("name", ["Jichirōren", "JICHIROREN", "jichi roren"])
def test_embedded_jichiroren_is_refused(name: str) -> None:
    """The ambiguous Jichirōren never silently resolves."""
    with pytest.raises(api.AmbiguousNameError) as caught:
        api.affiliates(name)
    assert {"zenroren-jichiroren", "rengo-jichiroren"} <= {o.id for o in caught.value.candidates}


def test_embedded_lineage_of_kenkoro() -> None:
    """Zennokyororen -> Zennichijiro -> Kenkoro: Kenkoro's lineage reaches back to both."""
    back = {s.predecessor_id for s in api.lineage("kenkoro").predecessors}
    assert {"zennichijiro", "zennokyororen"} <= back
    assert "kenkoro" in {s.successor_id for s in api.lineage("zennokyororen").successors}


def test_embedded_officers_one_holder_per_numbered_role() -> None:
    """A numbered Zenroren role has two holders in a year only when the second starts then."""
    for year in range(1989, 2025):
        at = PartialDate(year)
        for role in Role:
            held = [p for p in api.officers("zenroren", at) if p.role is role and p.sequence]
            assert len(held) <= 2, (year, role)
            if len(held) == 2:
                assert held[1].since is not None
                assert held[1].since.overlaps(at)


def test_embedded_citations_name_real_sources() -> None:
    """Every quote of every organisation comes with its source's title."""
    titles = {s.id: s.title for s in DATASET.sources}
    for org in DATASET.organizations:
        for quote in api.citations(org):
            assert quote.source_title == titles[quote.source_id]


# The four questions of the issue, each answered by one call.


def test_who_is_jichi_roren() -> None:
    """Question: Who is JICHI ROREN? two federations, both offered, none picked."""
    result = jplabour.lookup("JICHI ROREN")
    assert result.ambiguous
    assert [o.id for o in result.matches] == ["rengo-jichiroren", "zenroren-jichiroren"]
    parents = {o.id: {a.parent_id for a in api.parents(o)} for o in result.matches}
    assert parents == {"rengo-jichiroren": {"rengo"}, "zenroren-jichiroren": {"zenroren"}}


def test_zenroren_federations_in_2019_and_their_size() -> None:
    """Question: Which federations belonged to Zenroren in 2019 and how big were they? roster()."""
    entries = jplabour.api.roster("zenroren", "2019")
    listed_2019 = [
        a for a in DATASET.affiliations if a.parent_id == "zenroren" and str(a.as_of) == "2019"
    ]
    assert len(entries) == len(listed_2019)
    sizes = {e.member.abbreviation: e.figure.value if e.figure else None for e in entries}
    assert sizes["Nihoniroren"] == 154_379
    assert sizes["Jichiroren"] == 138_655
    assert sizes["Eisanro"] is None
    assert sum(v for v in sizes.values() if v) == 563_185
    assert all(e.figure is None or str(e.figure.as_of) == "2019" for e in entries)


def test_what_zennichijiro_became() -> None:
    """Question: What did Zennichijiro become? Kenkoro, through lineage()."""
    found = jplabour.lineage("Zennichijiro")
    assert [(s.successor_id, str(s.date)) for s in found.successors] == [("kenkoro", "1999")]
    assert [s.predecessor_id for s in found.predecessors] == ["zennokyororen"]
    back = [s.predecessor_id for s in jplabour.lineage("Kenkoro").predecessors]
    assert back.index("zennichijiro") < back.index("zennokyororen")


def test_who_led_rengo_in_2019() -> None:
    """Question: Who led RENGO in 2019? the 22 officers of the brochure, listed as of December 2019."""
    found = jplabour.officers("RENGO", "2019")
    assert len(found) == len([p for p in DATASET.positions if p.org_id == "rengo"])
    assert {str(p.as_of) for p in found} == {"2019-12"}
    assert found[0].role is Role.PRESIDENT
    assert api.person(found[0].person_id).family_name == "Kozu"
    assert jplabour.officers("rengo", "2019-12") == found
    assert jplabour.officers("rengo", "2019-10") == found  # listed two months later
    assert jplabour.officers_at("rengo", "2019-10").relation is jplabour.Relation.AFTER
    assert str(jplabour.officers_at("rengo", "2019-10").evidence) == "2019-12"
    assert jplabour.officers("rengo", "2018", within="6m") == ()
    assert jplabour.officers_at("rengo", "2018", within="6m").relation is jplabour.Relation.STALE
    assert [p.org_id for p in jplabour.offices("Rikio KOZU")] == ["rengo"]


# Suggestions for unknown ids.


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("rengoo", "rengo"),
        ("zenrorne", "zenroren"),
        ("zenrorn", "zenroren"),
        ("UA-ZENSEN", "ua-zensen"),
        ("ua zensen", "ua-zensen"),
        ("Zenroren", "zenroren"),
        ("ＲＥＮＧＯ", "rengo"),
        ("kenkorro", "kenkoro"),
        ("nikyoso", "nikkyoso"),
        ("Japanese Trade Union Confederaton", "rengo"),
        ("Nenkinsha-kumiai", "nenkinsha-kumia"),
        ("Shinrin Roren", "sinrin-roren"),
    ],
)
def test_get_suggests_the_closest_id_first(text: str, first: str) -> None:
    """An unknown id raises a KeyError whose first suggestion is the id meant."""
    with pytest.raises(KeyError) as caught:
        jplabour.get(text)
    assert caught.value.suggestions[0] == first
    assert f"did you mean: {first}" in str(caught.value)


# No global state a user can corrupt.


def _assert_deeply_immutable(value: object, path: str = "result") -> None:
    """No list, dict or set anywhere inside *value*; attrs records are frozen."""
    import attrs as attrs_module

    assert not isinstance(value, list | dict | set | bytearray), path
    if isinstance(value, tuple | frozenset):
        for n, item in enumerate(value):
            _assert_deeply_immutable(item, f"{path}[{n}]")
    elif attrs_module.has(type(value)):
        with pytest.raises(attrs_module.exceptions.FrozenInstanceError):
            setattr(value, attrs_module.fields(type(value))[0].name, None)
        for field in attrs_module.fields(type(value)):
            _assert_deeply_immutable(getattr(value, field.name), f"{path}.{field.name}")


def _every_answer() -> list[object]:
    return [
        jplabour.DATASET,
        jplabour.get("rengo"),
        jplabour.lookup("Jichirōren"),
        jplabour.lookup("rengoo"),
        jplabour.search("ren"),
        jplabour.affiliates("rengo", "2019-10"),
        jplabour.parents("zennichijiro"),
        jplabour.members("ua-zensen"),
        jplabour.members("ua-zensen", "2019"),
        jplabour.api.roster("zenroren", "2019"),
        jplabour.officers("rengo"),
        jplabour.offices("kozu-rikio"),
        jplabour.lineage("kenkoro"),
        jplabour.events("rengo", between=("2015", "2016")),
        jplabour.citations(jplabour.get("zenroren")),
    ]


def test_answers_are_deeply_immutable() -> None:
    """Every answer, and the dataset itself, holds only tuples and frozen records."""
    for answer in _every_answer():
        _assert_deeply_immutable(answer)


def test_indexes_are_read_only_and_survive_misuse() -> None:
    """The cached indexes refuse writes; answers after attempted misuse are unchanged."""
    from jplabour import names
    from jplabour.indexes import index_of

    before = _every_answer()
    index = index_of(None)
    for mapping in (index.orgs, index.by_parent, index.memberships, index.successions):
        with pytest.raises(TypeError):
            mapping["rengo"] = ()  # type: ignore[index]
    with pytest.raises(TypeError):
        names._index(None).keys["rengo"] = ()  # type: ignore[index]
    with pytest.raises(TypeError):
        names._people(None)["kozu"] = ()  # type: ignore[index]
    with pytest.raises(AttributeError):
        jplabour.affiliates("rengo").append(None)  # type: ignore[attr-defined]
    with pytest.raises(api.UnknownIdError) as first:
        jplabour.get("rengoo")
    first.value.suggestions += ("zzz",)  # rebinding an attribute of one error object
    with pytest.raises(api.UnknownIdError) as second:
        jplabour.get("rengoo")
    assert "zzz" not in second.value.suggestions
    assert _every_answer() == before


def test_a_dataset_of_ones_own_does_not_leak_into_the_default() -> None:
    """Queries on a user's dataset use its own indexes; the embedded data's are untouched."""
    assert api.get("centre", dataset=SMALL).id == "centre"
    with pytest.raises(KeyError):
        jplabour.get("centre")
    assert jplabour.lookup("Twin").matches == ()


def test_a_dataset_with_a_duplicate_id_is_refused_not_half_answered() -> None:
    """Two organisations with one id: lookups raise rather than pick one of them."""
    duplicate = attrs.evolve(DATASET.organizations[1], id=DATASET.organizations[0].id)
    broken = attrs.evolve(DATASET, organizations=(*DATASET.organizations, duplicate))
    with pytest.raises(ValueError, match="two organizations with the id"):
        api.get(DATASET.organizations[0].id, dataset=broken)
    with pytest.raises(ValueError, match="two organizations"):
        jplabour.lookup("RENGO", broken)
