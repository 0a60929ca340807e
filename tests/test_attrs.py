"""jplabour.attrs: the same readers for users' attrs classes."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given

import jplabour
import jplabour.attrs
from jplabour import strategies as js
from jplabour.formats import era_date
from jplabour.values import InvalidValue


@attrs.define
class Row:
    """A user's row: every field read by jplabour.attrs."""

    union: str = jplabour.attrs.org_id()
    as_of: str = jplabour.attrs.partial_date(default="2019")
    members: int = jplabour.attrs.member_count(default=0)


def test_a_name_becomes_the_id_and_an_ambiguous_name_is_refused_with_its_candidates() -> None:
    """UA ZENSEN -> ua-zensen; Jichiroren raises a ValueError naming both federations."""
    assert Row("UA ZENSEN", "令和元年10月", "1,767,000人") == Row("ua-zensen", "2019-10", 1767000)
    with pytest.raises(ValueError, match=r"rengo-jichiroren.*zenroren-jichiroren") as caught:
        Row("Jichiroren")
    assert isinstance(caught.value, InvalidValue)
    assert caught.value.candidates == ("rengo-jichiroren", "zenroren-jichiroren")
    with pytest.raises(ValueError, match="did you mean") as unknown:
        Row("Zenrorenn")
    assert unknown.value.suggestions == jplabour.lookup("Zenrorenn").suggestions


def test_assignment_runs_the_converter_and_the_validator() -> None:
    """@define classes convert and check on assignment too."""
    row = Row("rengo")
    row.union = "Zenroren"
    assert row.union == "zenroren"
    with pytest.raises(ValueError, match="at least 0"):
        row.members = -1
    assert row.members == 0
    with pytest.raises(ValueError, match="no such era date"):
        row.as_of = "平成32年"


@given(name=js.organization_names(), date=js.era_dates())
def test_every_name_and_era_date_reads_as_lookup_and_era_date_read_them(
    name: str, date: str
) -> None:
    """The converters agree with jplabour.lookup and jplabour.formats.era_date."""
    row = Row(name, date)
    assert row.union == jplabour.lookup(name).matches[0].id
    assert row.as_of == era_date.validate(date)


def test_the_validators_alone_hold_the_stored_form() -> None:
    """Without the converters, the validators accept only ids, YYYY[-MM[-DD]] and ints."""

    @attrs.define
    class Stored:
        union: str = attrs.field(validator=jplabour.attrs.is_org_id)
        as_of: str = attrs.field(validator=jplabour.attrs.is_partial_date)
        members: int = attrs.field(validator=jplabour.attrs.is_member_count)

    assert Stored("rengo", "2019-10", 5).union == "rengo"
    for bad in (("RENGO", "2019-10", 5), ("rengo", "2019/10", 5), ("rengo", "2019-10", "5")):
        with pytest.raises(ValueError, match=r"union|as_of|members"):
            Stored(*bad)
    with pytest.raises(InvalidValue, match=r"^union: ") as ambiguous:
        Stored("Jichiroren", "2019-10", 5)
    assert ambiguous.value.candidates == ("rengo-jichiroren", "zenroren-jichiroren")
    assert ambiguous.value.code == "ambiguous-name"
    assert jplabour.attrs.to_org_id(jplabour.get("rengo")) == "rengo"
    assert jplabour.attrs.to_partial_date("H31.4.30") == "2019-04-30"
    assert jplabour.attrs.to_member_count("４８名") == 48


def test_a_field_with_default_none_is_optional() -> None:
    """default=None (or optional=True) lets a field hold None; a required field still refuses it."""

    @attrs.define
    class Answer:
        union: str | None = jplabour.attrs.org_id(default=None)
        as_of: str | None = jplabour.attrs.partial_date(default=None)
        members: int | None = jplabour.attrs.member_count(default=None)
        checked: str | None = jplabour.attrs.partial_date(optional=True, kw_only=True)

    answer = Answer(checked=None)
    assert (answer.union, answer.as_of, answer.members, answer.checked) == (None,) * 4
    assert Answer("UA ZENSEN", "H31.4.30", "1,000人", checked="R1.5.1") == Answer(
        "ua-zensen", "2019-04-30", 1000, checked="2019-05-01"
    )
    answer.union = "Zenroren"
    answer.union = None
    with pytest.raises(ValueError, match="zenroren-jichiroren"):
        answer.union = "Jichiroren"
    with pytest.raises(ValueError, match="NoneType"):
        Row(None)
    with pytest.raises(ValueError, match="NoneType"):
        Row("rengo", as_of=None)
