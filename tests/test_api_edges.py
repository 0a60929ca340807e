"""Edges of jplabour's "as of" answers: same-day figures, undated figures, and the roster's choice.

Each test adds figures to a copy of the data (``dataset=``) and asks through
the public functions.
"""

from __future__ import annotations

import attrs

import jplabour
from jplabour.data import DATASET
from jplabour.model import Dataset, PartialDate

FIGURE = next(m for m in DATASET.memberships if m.id == "ua-zensen-2019-10")


def _with(*figures: object) -> Dataset:
    return attrs.evolve(DATASET, memberships=(*DATASET.memberships, *figures))


def test_of_two_figures_of_the_same_day_the_last_by_id_answers() -> None:
    """``records`` holds one figure: of those dated the same day, the last by id."""
    same_day = attrs.evolve(FIGURE, id="ua-zensen-2019-10-z", value=1_800_000)
    answer = jplabour.members_at("ua-zensen", "2019-10", dataset=_with(same_day))
    assert answer.records == (same_day,)


def test_undated_figures_are_set_apart_and_never_the_answer() -> None:
    """An undated figure is listed in ``undated``; the dated one answers."""
    undated = attrs.evolve(FIGURE, id="ua-zensen-undated", as_of=None, value=1)
    answer = jplabour.members_at("ua-zensen", "2019", dataset=_with(undated))
    assert answer.records == (FIGURE,)
    assert answer.undated == (undated,)


def test_the_roster_without_a_date_shows_each_members_latest_dated_figure() -> None:
    """An undated figure does not displace a dated one in ``roster(parent)``."""
    undated = attrs.evolve(FIGURE, id="ua-zensen-undated", as_of=None, value=1)
    later = attrs.evolve(FIGURE, id="ua-zensen-2020", as_of=PartialDate(2020), value=2)
    for dataset, expected in ((_with(undated), FIGURE), (_with(undated, later), later)):
        [entry] = [
            e for e in jplabour.roster("rengo", dataset=dataset) if e.member.id == "ua-zensen"
        ]
        assert entry.figure == expected
