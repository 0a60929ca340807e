"""A report does not depend on where the chunks of rows end.

Readers hand the checks chunks of different sizes (4,096 rows split by
``str.split`` or read by the csv module, up to 32,768 parsed by Arrow, one
whole DataFrame), and a chunk may end anywhere. What is carried from one
chunk to the next (the names looked up and given suggestions, the verdicts
remembered, the key table and the hashed keys) must give every row the same
issues whatever the chunking, even when the limits are reached: here they
are made small, so that a few hundred rows reach them all.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jplabour.data import DATASET
from jplabour.model import Dataset
from jplabour.validator import validate

#: Two organisations, so that a name's look-up is quick.
TWO_ORGS = Dataset(
    sources=DATASET.sources,
    organizations=tuple(o for o in DATASET.organizations if o.id in ("ua-zensen", "rengo")),
)
ORGS = st.sampled_from(
    ["rengo", "ua-zensen", "UA ZENSEN", " rengo", "UA ZENSENN", "no-such-a", "no-such-b", "連合"]
)
DAYS = st.integers(0, 150).map(lambda day: (dt.date(2001, 1, 1) + dt.timedelta(day)).isoformat())
ROWS = st.lists(st.tuples(ORGS, DAYS), min_size=150, max_size=200)


def _summary(rows: list[tuple[str, str]], chunk: int) -> tuple[Any, ...]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("jplabour.validator.objects.CHUNK_ROWS", chunk)
        report = validate(
            [{"org_id": org, "value": 1, "as_of": day} for org, day in rows],
            "memberships",
            dataset=TWO_ORGS,
            max_errors=10_000,
        )
    issues = [
        (issue.line, issue.column, issue.value, issue.code, issue.message, issue.hint)
        for issue in (*report.errors, *report.warnings)
    ]
    return report.rows, report.error_count, report.warning_count, issues


@settings(max_examples=25, deadline=None)
@given(rows=ROWS, chunk=st.sampled_from([1, 2, 7, 64]))
def test_the_report_is_the_same_whatever_the_chunks(
    rows: list[tuple[str, str]], chunk: int
) -> None:
    """Chunks of one row, a few rows or all rows: the same issues, with every limit reached.

    The verdict cache holds 2 texts (names are forgotten and met again), 3
    names are looked up and 2 get suggestions, the key table holds 128 slots
    of at most 100 dates (it fills), and 40 hashed keys are remembered.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("jplabour.validator.cells.CACHE_LIMIT", 2)
        patch.setattr("jplabour.validator.cells.LOOKUP_LIMIT", 3)
        patch.setattr("jplabour.validator.cells.SUGGESTION_LIMIT", 2)
        patch.setattr("jplabour.validator.rules.TABLE_LIMIT", 128)
        patch.setattr("jplabour.validator.rules.INTERN_LIMIT", 100)
        patch.setattr("jplabour.validator.rules.KEY_LIMIT", 40)
        assert _summary(rows, chunk) == _summary(rows, 10_000)
