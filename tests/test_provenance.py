"""Tests of jplabour.provenance: quote matching and the numbers and dates a text states."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jplabour.model import PartialDate
from jplabour.provenance import date_stated, fold_space, numbers_in, quote_found


@given(st.text())
def test_fold_space_is_idempotent(text: str) -> None:
    """Folding twice changes nothing more."""
    assert fold_space(fold_space(text)) == fold_space(text)


@given(st.text(alphabet=st.characters(blacklist_categories=["Zs", "Cc"]), min_size=1), st.data())
def test_any_span_of_a_text_is_found_in_it(text: str, data: st.DataObject) -> None:
    """Every non-blank slice of a text is found in it, whatever its line breaks."""
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    assert quote_found(text[start:end], "xx\n" + text + "\n  yy")


def test_quote_matching_folds_white_space_only() -> None:
    """Line breaks and indentation may differ; characters may not."""
    source = "Japanese Trade Union Confederation(RENGO)\n\n **Address** 3-2-11"
    assert quote_found("Confederation(RENGO) **Address**", source)
    assert not quote_found("Confederation (RENGO)", source)
    assert not quote_found("   ", source)


def test_numbers_in_reads_separators_leading_zeros_and_multipliers() -> None:
    """'1,767,000', '01' and '3.8 million' state 1767000, 1 and 3800000."""
    found = numbers_in("### 01. UA ZENSEN 1,767,000 with 3.8 million and 10 thousand")
    assert {1, 1767000, 3800000, 10000} <= found
    assert 3 not in numbers_in("3.8")


def test_date_stated_needs_every_part() -> None:
    """A date is stated only when its year, month and day all are."""
    assert date_stated(PartialDate.parse("1989-11-21"), "Founded: November 21, 1989")
    assert date_stated(PartialDate.parse("1995-01"), "1995** **Jan.-Mar.** Support")
    assert not date_stated(PartialDate.parse("1989-11"), "founded in 1989")
    assert not date_stated(PartialDate.parse("1989-11-22"), "November 21, 1989")
