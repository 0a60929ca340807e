"""jplabour.strategies: the public Hypothesis strategies give what they promise."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st

import jplabour
from jplabour import strategies as js
from jplabour import values
from jplabour.formats import era_date
from jplabour.lifetimes import lifetimes
from jplabour.model import PARTIAL_DATE_PATTERN, OrgKind, PartialDate
from jplabour.schema_vocabulary import ERA_DATE_PATTERN

LIFETIMES = lifetimes(jplabour.DATASET)


@given(
    data=st.data(),
    kind=st.sampled_from(sorted({org.kind for org in jplabour.DATASET.organizations})),
    year=st.integers(1900, 2030).map(str),
)
def test_organization_ids_keep_the_kind_and_the_lifetime(
    data: st.DataObject, kind: OrgKind, year: str
) -> None:
    """Every id drawn has the kind asked for and may exist at the date asked for."""
    try:
        strategy = js.organization_ids(kind=kind, alive_on=year)
    except ValueError:
        # none fits: check that none does
        assert all(
            org.kind is not kind or LIFETIMES[org.id].excludes(PartialDate.parse(year))
            for org in jplabour.DATASET.organizations
        )
        return
    org_id = data.draw(strategy)
    assert jplabour.get(org_id).kind is kind
    assert LIFETIMES[org_id].excludes(PartialDate.parse(year)) is None


@given(data=st.data())
def test_organization_ids_can_be_any_id(data: st.DataObject) -> None:
    """Without arguments any id may be drawn: here, one chosen at random."""
    wanted = data.draw(st.sampled_from(jplabour.DATASET.organizations)).id
    assert data.draw(js.organization_ids().filter(lambda org_id: org_id == wanted)) == wanted


def test_organization_ids_refuse_an_empty_choice() -> None:
    """A kind with nothing alive at the date is a ValueError, and so is an unknown kind.

    (Private-sector councils all have known founding dates; national centres no
    longer serve, since Zenrokyo's founding is not in the data.)
    """
    with pytest.raises(ValueError, match="no organisation"):
        js.organization_ids(kind=OrgKind.PRIVATE_SECTOR_COUNCIL, alive_on="1800")
    with pytest.raises(ValueError, match="not_a_kind"):
        js.organization_ids(kind="not_a_kind")


@given(name=js.organization_names())
def test_organization_names_resolve_to_one_organisation(name: str) -> None:
    """Every drawn spelling is one lookup resolves, to exactly one organisation."""
    assert jplabour.lookup(name).unique


@given(data=st.data(), org_id=js.organization_ids())
def test_names_of_one_organisation_resolve_to_it(data: st.DataObject, org_id: str) -> None:
    """organization_names(org) gives names of that organisation only."""
    try:
        name = data.draw(js.organization_names(org_id))
    except ValueError:
        return  # jplabour knows no unambiguous name for it (its id always is one)
    assert jplabour.lookup(name).matches[0].id == org_id


@given(name=js.ambiguous_names())
def test_ambiguous_names_mean_several(name: str) -> None:
    """Every ambiguous name drawn means more than one organisation."""
    assert jplabour.lookup(name).ambiguous


@given(data=st.data(), org_id=js.organization_ids())
def test_partial_dates_within_an_organisation_lie_within_its_lifetime(
    data: st.DataObject, org_id: str
) -> None:
    """A date drawn within an organisation is a valid partial date wholly inside its lifetime."""
    span = LIFETIMES[org_id]
    try:
        text = data.draw(js.partial_dates(within=org_id))
    except ValueError:
        assert span.founded
        assert span.ended
        assert span.founded.earliest > span.ended.latest
        return
    assert re.fullmatch(PARTIAL_DATE_PATTERN, text)
    date = PartialDate.parse(text)
    assert span.excludes(date) is None
    assert span.founded is None or span.founded.earliest <= date.earliest
    assert span.ended is None or date.latest <= span.ended.latest


@given(
    low=st.dates(dt.date(1000, 1, 1), dt.date(3000, 1, 1)),
    days=st.integers(0, 800),
    data=st.data(),
)
def test_partial_dates_stay_in_the_range(low: dt.date, days: int, data: st.DataObject) -> None:
    """min_value and max_value bound every day a drawn date may denote; an empty range is refused."""
    high = low + dt.timedelta(days=days)
    date = PartialDate.parse(data.draw(js.partial_dates(min_value=low, max_value=high)))
    assert low <= date.earliest
    assert date.latest <= high
    with pytest.raises(ValueError, match="no day"):
        js.partial_dates(min_value=high + dt.timedelta(days=1), max_value=high)


@given(text=js.era_dates())
def test_valid_era_dates_are_read_and_match_the_published_pattern(text: str) -> None:
    """era_date reads every valid era date, and the vocabulary's pattern matches it."""
    assert era_date.is_valid(text)
    assert re.search(ERA_DATE_PATTERN, text)


@given(text=js.era_dates(valid=False))
def test_invalid_era_dates_are_refused(text: str) -> None:
    """era_date refuses every invalid era date."""
    assert not era_date.is_valid(text)


@given(
    day=st.dates(era_date.ERAS[0].first, dt.date(2200, 12, 31)),
    size=st.sampled_from([4, 7, 10]),
    data=st.data(),
)
def test_era_spellings_read_back_as_the_date(day: dt.date, size: int, data: st.DataObject) -> None:
    """Every era spelling of a date reads back as that date."""
    date = PartialDate.parse(day.isoformat()[:size])
    assert era_date.parse(data.draw(js.era_spellings(date))) == date


def test_era_spellings_refuse_a_date_before_meiji() -> None:
    """1868-10-22 is in no era; 1868-10-23 is Meiji's first day."""
    js.era_spellings("1868-10-23")
    with pytest.raises(ValueError, match="no Japanese era"):
        js.era_spellings("1868-10-22")


@given(row=js.membership_rows())
def test_membership_rows_are_valid_as_they_are(row: dict[str, object]) -> None:
    """The validator accepts each row without an error or a warning."""
    report = jplabour.validate([row], "memberships")
    assert (report.error_count, report.warning_count) == (0, 0), report.render()


def _dated_figures(org_id: str) -> list[int]:
    return [
        figure.value
        for figure in jplabour.DATASET.memberships
        if figure.org_id == org_id and figure.as_of is not None
    ]


@given(row=js.membership_rows())
def test_membership_rows_stay_at_or_below_every_parents_figures(row: dict[str, object]) -> None:
    """No generated count exceeds a dated figure of any parent the data links the organisation to."""
    parents = {
        link.parent_id for link in jplabour.DATASET.affiliations if link.member_id == row["org_id"]
    }
    for parent in parents:
        assert all(row["value"] <= figure for figure in _dated_figures(parent)), parent  # type: ignore[operator]


@given(data=st.data(), row=js.membership_rows())
def test_messy_rows_are_valid_and_read_back_as_the_clean_row(
    data: st.DataObject, row: dict[str, object]
) -> None:
    """A messy version is valid for the validator, and jplabour.values reads it as the clean row."""
    messy = data.draw(js.messy_versions(row))
    report = jplabour.validate([messy], "memberships")
    assert report.valid, report.render()
    assert values.org_id(messy["org_id"]) == row["org_id"]
    assert values.member_count(messy["value"]) == row["value"]
    assert values.partial_date_text(messy["as_of"]) == row["as_of"]


@given(row=js.messy_membership_rows())
def test_messy_membership_rows_are_valid(row: dict[str, object]) -> None:
    """messy_membership_rows() gives rows the validator reads without an error."""
    assert jplabour.validate([row], "memberships").valid


_FULL_WIDTH_DIGIT = re.compile("[０-９]")
_ERA_LIGATURES = "".join(char for forms in era_date.LIGATURES.values() for char in forms)


def _messy(cell: str, condition: Callable[[object], bool]) -> Callable[[dict[str, object]], bool]:
    return lambda row: condition(row.get(cell))


#: (strategy, what its documentation promises it draws, a test of one such draw)
ADVERTISED = [
    (js.era_dates(), "a ligature such as ㍻", lambda text: any(c in _ERA_LIGATURES for c in text)),
    (js.era_dates(), "the first year as 元", lambda text: "元" in text),
    (js.era_dates(), "full-width digits", lambda text: bool(_FULL_WIDTH_DIGIT.search(text))),
    (js.era_dates(), "a lower-case letter", lambda text: text[:1].islower()),
    (js.era_dates(valid=False), "a fiscal year", lambda text: text.endswith("年度")),
    (js.era_dates(valid=False), "a year past the era's end", lambda text: text == "平成32年"),
    (js.organization_names(), "full width", lambda name: bool(re.search("[Ａ-Ｚａ-ｚ]", name))),
    (js.organization_names(), "lower case", lambda name: name.islower()),
    (
        js.messy_membership_rows(),
        "a name for the id",
        _messy(
            "org_id", lambda cell: cell not in {org.id for org in jplabour.DATASET.organizations}
        ),
    ),
    (
        js.messy_membership_rows(),
        "a count with 人",
        _messy("value", lambda cell: "人" in str(cell)),
    ),
    (
        js.messy_membership_rows(),
        "a count in full width",
        _messy("value", lambda cell: bool(_FULL_WIDTH_DIGIT.search(str(cell)))),
    ),
    (
        js.messy_membership_rows(),
        "a date in an era",
        _messy("as_of", lambda cell: not str(cell)[:1].isdigit()),
    ),
    (
        js.messy_membership_rows(),
        "a date in full width",
        _messy("as_of", lambda cell: str(cell)[:1] in "０１２"),
    ),
    (
        js.messy_membership_rows(),
        "a unit with spaces",
        _messy("unit", lambda cell: str(cell).startswith(" ")),
    ),
    (js.messy_membership_rows(), "a flag as text", _messy("approximate", lambda c: c == "yes")),
]


@pytest.mark.parametrize(
    ("strategy", "condition"),
    [pytest.param(strategy, condition, id=what) for strategy, what, condition in ADVERTISED],
)
def test_each_advertised_spelling_is_drawn(
    strategy: st.SearchStrategy[object], condition: Callable[[object], bool]
) -> None:
    """Every spelling the documentation promises turns up (a strategy that lost one fails here)."""
    find(
        strategy,
        condition,
        settings=settings(
            max_examples=5000,
            database=None,
            phases=[Phase.generate],  # one example is proof enough: no shrinking
            suppress_health_check=list(HealthCheck),
        ),
    )


def test_without_hypothesis_the_import_error_names_the_extra() -> None:
    """Importing jplabour.strategies without Hypothesis says to install jplabour[testing]."""
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n    import jplabour.strategies\n"
        "except ImportError as error:\n    print(error)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert 'pip install "jplabour[testing]"' in done.stdout
