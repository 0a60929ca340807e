"""Edges of jplabour's checks, each run alone through ``run_checks`` on the real data with one change.

Found by tools/mutation_score.py where test_checks.py's randomised corruptions
were too slow to reach: each test here is one targeted corruption and the
exact finding it must give (and the unchanged record that must give none).
"""

from __future__ import annotations

import itertools
from typing import Any

import attrs
import pytest

from jplabour.checks import run_checks
from jplabour.data import DATASET
from jplabour.model import AffiliationStatus, Counted, Dataset, PartialDate, Unit
from jplabour.provenance import source_texts

TEXTS = source_texts(DATASET)


def _replaced(table: str, record: Any, changed: Any) -> Dataset:
    """The real dataset with *record* of *table* replaced by *changed*."""
    rows = tuple(changed if row is record else row for row in getattr(DATASET, table))
    return attrs.evolve(DATASET, **{table: rows})


def _findings(
    dataset: Dataset, name: str, texts: dict[str, str] | None = None
) -> set[tuple[Any, ...]]:
    report = run_checks(dataset, TEXTS if texts is None else texts, [name])
    return {(f.severity, f.table, f.record_ids, f.message) for f in report.findings}


def test_the_unchanged_data_passes_the_checks_used_here() -> None:
    """The baseline of every test below: no finding at all."""
    for name in ("quotes_verbatim", "values_stated", "affiliation_dates", "references"):
        assert _findings(DATASET, name) == set(), name


def test_an_edited_quote_is_found_where_the_source_text_is_known_and_only_there() -> None:
    """A quote not in its source is an error; with the source's text unknown it cannot be checked."""
    person = DATASET.people[0]
    citation = person.citations[0]
    edited = attrs.evolve(
        person, citations=(attrs.evolve(citation, quote=citation.quote + " (edited)"),)
    )
    dataset = _replaced("people", person, edited)
    assert _findings(dataset, "quotes_verbatim") == {
        ("error", "people", (person.id,), f"quote not found in {citation.source_id}")
    }
    without = {key: text for key, text in TEXTS.items() if key != citation.source_id}
    assert _findings(dataset, "quotes_verbatim", without) == set()


def test_a_membership_date_after_its_boolean_field_is_still_checked_against_the_quotes() -> None:
    """``as_of`` follows ``approximate`` in a membership: a date no quote states is an error."""
    membership = next(m for m in DATASET.memberships if m.as_of is not None)
    changed = attrs.evolve(membership, as_of=PartialDate(1901))
    found = _findings(_replaced("memberships", membership, changed), "values_stated")
    assert found == {
        (
            "error",
            "memberships",
            (membership.id,),
            "as_of 1901 is not stated in the record's quotes",
        )
    }


def test_a_position_date_after_its_list_position_is_still_checked_against_the_quotes() -> None:
    """``as_of`` follows ``sequence`` (exempt, a list position) in a position: it is checked."""
    position = next(p for p in DATASET.positions if p.as_of is not None)
    changed = attrs.evolve(position, as_of=PartialDate(1901))
    found = _findings(_replaced("positions", position, changed), "values_stated")
    assert found == {
        ("error", "positions", (position.id,), "as_of 1901 is not stated in the record's quotes")
    }


def test_a_dangling_member_id_is_a_reference_error_not_a_crash_of_the_date_checks() -> None:
    """An affiliation naming no organisation has no lifetime to compare: only ``references`` reports it."""
    link = next(
        a
        for a in DATASET.affiliations
        if a.since is not None and a.status is not AffiliationStatus.ESTABLISHED_BY
    )
    changed = attrs.evolve(link, member_id="no-such-org")
    dataset = _replaced("affiliations", link, changed)
    assert _findings(dataset, "affiliation_dates") == set()
    assert _findings(dataset, "references") == {
        (
            "error",
            "affiliations",
            (link.id,),
            "member_id names no record of organizations: 'no-such-org'",
        )
    }


# --- counts --------------------------------------------------------------------------


def _figure_changed(predicate: Any, **changes: Any) -> tuple[Any, Dataset]:
    figure = next(m for m in DATASET.memberships if predicate(m))
    return figure, _replaced("memberships", figure, attrs.evolve(figure, **changes))


@pytest.mark.parametrize(
    ("unit", "valid", "invalid"),
    [(Unit.PERSONS, 20_000_000, 20_000_001), (Unit.ORGANISATIONS, 10_000, 10_001)],
)
def test_the_largest_plausible_count_passes_and_one_more_is_an_error(
    unit: Unit, valid: int, invalid: int
) -> None:
    """``count_range``: 20 million persons (10,000 organisations) at most, and never below 0."""
    for value in (0, valid):
        _, dataset = _figure_changed(lambda m: m.unit is unit, value=value)
        assert _findings(dataset, "count_range") == set(), value
    for value in (-1, invalid):
        figure, dataset = _figure_changed(lambda m: m.unit is unit, value=value)
        assert _findings(dataset, "count_range") == {
            (
                "error",
                "memberships",
                (figure.id,),
                f"{value} {unit.value} is not a plausible count",
            )
        }


def test_a_stated_number_of_affiliates_must_equal_the_affiliations_listed() -> None:
    """``affiliate_count``: each affiliates figure is compared, not only the first of the table."""
    figure = next(m for m in DATASET.memberships if m.id == "rengo-2019-12-affiliates")
    assert (figure.unit, figure.counted, figure.value) == (
        Unit.ORGANISATIONS,
        Counted.AFFILIATES,
        48,
    )
    changed = attrs.evolve(figure, value=figure.value + 1)
    found = _findings(_replaced("memberships", figure, changed), "affiliate_count")
    assert found == {
        (
            "error",
            "memberships",
            (figure.id,),
            "states 49 affiliates, but 48 are listed for 2019",
        )
    }


def test_ranked_members_may_tie_but_a_lower_rank_may_not_count_more() -> None:
    """``rank_order``: rank 2 with as many members as rank 1 passes; one member more is an error."""
    ranked = sorted(
        (a for a in DATASET.affiliations if a.rank is not None),
        key=lambda a: (a.parent_id, a.status.value, str(a.as_of), a.rank or 0),
    )
    first_counts: dict[Any, Any] = {}
    for m in DATASET.memberships:
        if m.counted is Counted.MEMBERS:
            first_counts.setdefault((m.org_id, m.as_of), m)
    high, low = next(
        (a, b)
        for a, b in itertools.pairwise(ranked)
        if (a.parent_id, a.status, a.as_of) == (b.parent_id, b.status, b.as_of)
        and (a.member_id, a.as_of) in first_counts
        and (b.member_id, b.as_of) in first_counts
    )
    high_fig, low_fig = (
        first_counts[high.member_id, high.as_of],
        first_counts[low.member_id, low.as_of],
    )
    tie = _replaced("memberships", low_fig, attrs.evolve(low_fig, value=high_fig.value))
    assert _findings(tie, "rank_order") == set()
    more = _replaced("memberships", low_fig, attrs.evolve(low_fig, value=high_fig.value + 1))
    assert _findings(more, "rank_order") == {
        (
            "error",
            "memberships",
            (high_fig.id, low_fig.id),
            (
                f"rank {low.rank} ({low.member_id}, {high_fig.value + 1}) has more members "
                f"than rank {high.rank} ({high.member_id}, {high_fig.value})"
            ),
        )
    }


def test_source_texts_are_those_of_the_given_dataset_and_unshipped_files_are_left_out() -> None:
    """A user's dataset gets the texts of its own sources; a source whose file jplabour lacks has none."""
    first, second = DATASET.sources[0], DATASET.sources[1]
    assert first.file
    unshipped = attrs.evolve(second, file="not-shipped.md")
    mine = attrs.evolve(DATASET, sources=(first, unshipped))
    assert set(source_texts(mine)) == {first.id}
    assert source_texts(mine)[first.id] == TEXTS[first.id]
    assert set(source_texts()) == set(TEXTS)


def test_an_affiliates_figure_after_an_undated_one_is_still_compared() -> None:
    """``affiliate_count`` skips an undated figure and goes on to the next one."""
    undated = next(m for m in DATASET.memberships if m.id == "jptuc-rengo-1987-affiliates")
    figure = next(m for m in DATASET.memberships if m.id == "rengo-2019-12-affiliates")
    dataset = _replaced("memberships", undated, attrs.evolve(undated, as_of=None))
    dataset = attrs.evolve(
        dataset,
        memberships=tuple(
            attrs.evolve(m, value=49) if m.id == figure.id else m for m in dataset.memberships
        ),
    )
    assert _findings(dataset, "affiliate_count") == {
        ("error", "memberships", (figure.id,), "states 49 affiliates, but 48 are listed for 2019")
    }


def test_an_until_after_the_members_dissolution_is_outside_its_lifetime() -> None:
    """``since``, ``until`` and ``as_of`` are each compared with the lifetime: ``until`` too."""
    link = next(a for a in DATASET.affiliations if a.id == "chiginren-zenroren-former")
    assert link.until == PartialDate(2006)
    later = _replaced("affiliations", link, attrs.evolve(link, until=PartialDate(2007)))
    assert _findings(later, "affiliation_dates") == {
        (
            "error",
            "affiliations",
            (link.id,),
            "until 2007 is outside a lifetime: chiginren was dissolved in 2006",
        )
    }


def test_a_name_two_organisations_share_must_be_declared_ambiguous() -> None:
    """Two organisations with the same alias are an error unless ambiguous_names declares it."""
    first, second = DATASET.organizations[0], DATASET.organizations[1]
    shared = "Shared Test Name"
    dataset = attrs.evolve(
        DATASET,
        organizations=tuple(
            attrs.evolve(o, aliases=(*o.aliases, shared)) if o in (first, second) else o
            for o in DATASET.organizations
        ),
    )
    [finding] = run_checks(dataset, TEXTS, ["ambiguous_names"]).findings
    assert finding.record_ids == tuple(sorted((first.id, second.id)))
    assert "matches several organisations and is not declared ambiguous" in finding.message


def test_a_malformed_id_is_the_id_checks_finding_not_a_contact_one() -> None:
    """``contact_formats`` checks contact fields only; ``id_format`` reports a bad id."""
    org = DATASET.organizations[0]
    dataset = _replaced("organizations", org, attrs.evolve(org, id="Bad Id"))
    assert _findings(dataset, "contact_formats") == set()
    assert {f[2] for f in _findings(dataset, "id_format")} == {("Bad Id",)}


@pytest.mark.parametrize(("word", "years"), [("annual", 1), ("biennial", 2), ("triennial", 3)])
def test_numbered_events_are_as_many_years_apart_as_the_source_says(word: str, years: int) -> None:
    """An annual (biennial, triennial) No. 3 one (two, three) years after No. 2 passes; a year later fails."""
    second = next(e for e in DATASET.events if e.id == "rengo-1991-11-2nd-biennial-convention")
    third = next(e for e in DATASET.events if e.id == "rengo-1993-10-3rd-biennial-convention")
    quoted = (attrs.evolve(third.citations[0], quote=f"the 3rd {word} convention"),)

    def dated(year: int) -> Dataset:
        changed = attrs.evolve(third, citations=quoted, date=PartialDate(year, 10))
        return _replaced("events", third, changed)

    def pair(dataset: Dataset) -> set[tuple[Any, ...]]:
        found = _findings(dataset, "numbered_events")
        return {f for f in found if f[2] == (second.id, third.id)}

    assert pair(dated(1991 + years)) == set()
    assert pair(dated(1992 + years)) == {
        (
            "error",
            "events",
            (second.id, third.id),
            f"No. 3 is {years + 1} years after No. 2; the source's spacing implies {years}",
        )
    }
