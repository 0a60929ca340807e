"""The data's own prose (errata, notes, summaries) reads as English, not as Python."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs
import pytest

from jplabour.data import DATASET
from jplabour.data.errata import ERRATA

#: A Python value printed inside a sentence: "with as_of None", "since None", "until False".
#: "None of these people ..." begins a sentence, and is English.
PYTHON_VALUE: re.Pattern[str] = re.compile(r"(?<![.!?:;]\s)(?<!^)\b(?:None|True|False)\b")


def texts() -> Iterator[tuple[str, str, str]]:
    """(record id, field, text) of every text field of every record."""
    for table in attrs.fields(type(DATASET)):
        for record in getattr(DATASET, table.name):
            for field in attrs.fields(type(record)):
                value = getattr(record, field.name)
                if isinstance(value, str):
                    yield record.id, field.name, value


def test_no_text_prints_a_python_value() -> None:
    """No record's text says "since None" or "as_of None": a field left empty is said in words."""
    found = [(rid, field, text) for rid, field, text in texts() if PYTHON_VALUE.search(text)]
    assert found == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("These positions have since None; sequence is ...", True),
        ("kept as printed, with as_of None; it is not", True),
        ("The link is kept with until None and no end_reason.", True),
        ("approximate is True here", True),
        ("None of these people appears in another source", False),
        ("Kept. None of them is dated.", False),
        ("Nobody; none is printed.", False),
    ],
)
def test_the_pattern_tells_a_python_value_from_an_english_none(text: str, found: bool) -> None:
    """The check finds the three texts as they were, and passes English."""
    assert bool(PYTHON_VALUE.search(text)) is found


def test_the_leadership_erratum_claims_no_more_than_its_records() -> None:
    """It says the undated entries have no start, and keeps the one printed year it covers."""
    erratum = next(e for e in ERRATA if e.id == "zenroren-article-leadership-years-missing")
    positions = {p.id: p for p in DATASET.positions}
    undated = [rid for rid in erratum.record_ids if positions[rid].since is None]
    dated = [rid for rid in erratum.record_ids if positions[rid].since is not None]
    assert len(undated) == 5
    assert "five undated entries" in erratum.resolution
    assert [str(positions[rid].since) for rid in dated] == ["1989"]
    assert "1989" in erratum.resolution
    assert "1989" in erratum.quote
