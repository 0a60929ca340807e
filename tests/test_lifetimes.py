"""Tests of jplabour.lifetimes: when organisations existed."""

from __future__ import annotations

from jplabour.data import DATASET
from jplabour.lifetimes import lifetimes
from jplabour.model import PartialDate


def test_a_merged_predecessor_ends_at_its_merger() -> None:
    """Without a dissolution date, an organisation's lifetime ends at its earliest succession."""
    found = lifetimes(DATASET)
    for succession in DATASET.successions:
        org = next(o for o in DATASET.organizations if o.id == succession.predecessor_id)
        if org.dissolved is None and succession.date is not None:
            lifetime = found[org.id]
            assert lifetime.ended is not None
            assert not succession.date.certainly_before(lifetime.ended)
            assert lifetime.how_ended.startswith("succeeded by")


def test_dates_outside_a_lifetime_are_excluded_with_a_reason() -> None:
    """A date before the founding or after the end is excluded; one inside is not."""
    kenkoro = lifetimes(DATASET)["kenkoro"]
    assert kenkoro.founded is not None
    assert "founded" in (kenkoro.excludes(PartialDate(kenkoro.founded.year - 1)) or "")
    assert kenkoro.excludes(kenkoro.founded) is None
    zennichijiro = lifetimes(DATASET)["zennichijiro"]
    assert zennichijiro.ended is not None
    assert zennichijiro.excludes(PartialDate(zennichijiro.ended.year + 1))


def test_every_organisation_has_a_lifetime() -> None:
    """The index covers every organisation, known dates or not."""
    assert set(lifetimes(DATASET)) == {o.id for o in DATASET.organizations}
