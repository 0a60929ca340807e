"""Tests of jplabour.csv_limits: the csv field-size limit, raised for one read only."""

from __future__ import annotations

import csv
import io

import pytest

from jplabour.csv_limits import field_size_limit


def test_limit_is_raised_inside_and_restored_after() -> None:
    """A long field reads inside the block; the previous limit is back afterwards."""
    before = csv.field_size_limit()
    text = "a\n" + "x" * (before + 10) + "\n"
    with field_size_limit(before + 100):
        assert len(list(csv.reader(io.StringIO(text)))[1][0]) == before + 10
    assert csv.field_size_limit() == before
    with pytest.raises(csv.Error):
        list(csv.reader(io.StringIO(text)))


def test_limit_is_restored_when_the_block_fails() -> None:
    """An error inside the block still restores the limit."""
    before = csv.field_size_limit()
    with pytest.raises(RuntimeError), field_size_limit(before * 2):
        raise RuntimeError
    assert csv.field_size_limit() == before
