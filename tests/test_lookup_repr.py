"""A LookupResult prints short (repr one line, str in 80 columns); its records keep theirs."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import jplabour
from jplabour.data import DATASET
from jplabour.names import LookupResult, names_of
from jplabour.results import QUERY_SHOWN, REPR_WIDTH
from jplabour.terminal import WIDTH, display_width

#: Every name of every organisation, and the names that mean two.
NAMES = sorted({name for org in DATASET.organizations for _, name in names_of(org)})


def _check_widths(result: LookupResult) -> None:
    shown = repr(result)
    assert "\n" not in shown
    assert display_width(shown) <= REPR_WIDTH, shown
    for line in str(result).splitlines():
        assert display_width(line) <= WIDTH, line


def test_the_walkthroughs_case_is_short() -> None:
    """`print(jplabour.lookup("RENGO"))` printed about 3,000 characters of attrs repr."""
    result = jplabour.lookup("RENGO")
    assert repr(result) == "<LookupResult 'RENGO': rengo (on id)>"
    assert str(result).splitlines() == [
        "'RENGO': 1 match",
        "  rengo - RENGO: Japanese Trade Union Confederation (on id)",
    ]


def test_an_ambiguous_result_names_every_match() -> None:
    """Both Jichirōren federations, in repr and in str, with the way to choose."""
    result = jplabour.lookup("Jichiroren")
    assert repr(result) == (
        "<LookupResult 'Jichiroren': ambiguous, 2 matches: rengo-jichiroren, zenroren-jichiroren>"
    )
    text = str(result)
    assert text.startswith("'Jichiroren': 2 matches, ambiguous; give an id to choose one\n")
    assert "\n  rengo-jichiroren - JICHI ROREN: " in text
    assert "\n  zenroren-jichiroren - Jichiroren: " in text
    _check_widths(result)


def test_no_match_gives_the_closest_ids() -> None:
    """Nothing found: the suggestions, or just "no match"."""
    result = jplabour.lookup("rengoo")
    assert repr(result).startswith("<LookupResult 'rengoo': no match; closest: rengo, ")
    assert str(result).startswith("'rengoo': no match; closest ids: rengo, ")
    assert repr(jplabour.lookup("qqqqqqqq")) == "<LookupResult 'qqqqqqqq': no match>"


@pytest.mark.parametrize("name", NAMES)
def test_every_name_prints_within_the_widths(name: str) -> None:
    """Each of the data's names: a repr line of at most REPR_WIDTH, str lines of at most 80."""
    result = jplabour.lookup(name)
    _check_widths(result)
    for org in result.matches:
        assert org.id in repr(result) or " more>" in repr(result)
        assert f"\n  {org.id} - " in str(result)  # whole, at the start of its line


@given(st.text(max_size=300))
@example("0" * 14 + "\x1f" * 10 + "\U00018cd6\U00018d09\U00018d09\U0002ebe1")  # escapes are wide
def test_any_query_prints_within_the_widths(query: str) -> None:
    """Junk, long and wide queries are cut to QUERY_SHOWN columns when printed back."""
    result = jplabour.lookup(query)
    _check_widths(result)
    if display_width(repr(query)) > QUERY_SHOWN + 2:  # the query as a literal, quotes included
        assert "…" in repr(result)
    else:
        assert repr(query) in repr(result)


def test_many_matches_are_counted_not_all_listed() -> None:
    """A result with more ids than a line holds lists the first and says how many more."""
    organizations = DATASET.organizations[:40]
    result = LookupResult(
        query="x",
        matches=organizations,
        matched_on=("aliases",) * len(organizations),
    )
    shown = repr(result)
    assert shown.startswith("<LookupResult 'x': ambiguous, 40 matches: ")
    assert shown.endswith(" more>")
    listed = shown.split(": ", 2)[2].removesuffix(">").rsplit(" and ", 1)[0].split(", ")
    more = int(shown.rsplit(" and ", 1)[1].split()[0])
    assert listed == [org.id for org in organizations[: len(listed)]]
    assert len(listed) + more == 40
    _check_widths(result)
    assert len(str(result).splitlines()) >= 41  # the str lists every match


def test_the_records_keep_their_own_reprs() -> None:
    """The organisations in `matches` still have attrs' full repr, every field included."""
    org = jplabour.lookup("RENGO").matches[0]
    text = repr(org)
    assert text.startswith("Organization(id='rengo', ")
    for field in attrs.fields(type(org)):
        assert f"{field.name}=" in text


def test_a_lookup_does_not_load_the_text_of_its_result() -> None:
    """The text is jplabour.results', imported when a result is printed, not by a lookup.

    So `import jplabour` plus a first lookup stays as light as it was (issue 13).
    """
    import subprocess
    import sys

    code = (
        "import sys, jplabour; result = jplabour.lookup('RENGO'); "
        "before = 'jplabour.results' in sys.modules; repr(result); "
        "print(before, 'jplabour.results' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.split() == ["False", "True"]
