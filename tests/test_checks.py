"""Tests of jplabour.checks: the shipped data passes, and every check catches its faults.

Each mutation test takes the real dataset, injects one random fault of the
check's class into one random eligible record, and asserts that the check
reports that record as an error. A record that an erratum already declares a
known problem for that check is not eligible: its findings are warnings by
design.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jplabour import checks
from jplabour.checks import CHECKS, Report, available_source_texts, check, run_checks
from jplabour.data import DATASET
from jplabour.model import (
    TABLES,
    AffiliationStatus,
    Citation,
    Counted,
    Dataset,
    PartialDate,
    Unit,
)

TEXTS = available_source_texts(DATASET)
MUTATION_SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _excused_ids(check_name: str) -> set[str]:
    return {rid for e in DATASET.errata if e.check == check_name for rid in e.record_ids}


def _replace(dataset: Dataset, table: str, old: Any, new: Any) -> Dataset:
    records = tuple(new if r is old else r for r in dataset.table(table))
    return attrs.evolve(dataset, **{table: records})


def _append(dataset: Dataset, table: str, record: Any) -> Dataset:
    return attrs.evolve(dataset, **{table: (*dataset.table(table), record)})


def _reported(report: Report, check_name: str, record_id: str) -> bool:
    return any(
        f.check == check_name and f.severity == "error" and record_id in f.record_ids
        for f in report.findings
    )


def _eligible(table: str, check_name: str, keep: Callable[[Any], bool]) -> list[Any]:
    excused = _excused_ids(check_name)
    return [r for r in DATASET.table(table) if r.id not in excused and keep(r)]


def _run(dataset: Dataset, check_name: str) -> Report:
    return run_checks(dataset, TEXTS, [check_name])


# --- the shipped data ---------------------------------------------------------


def test_shipped_data_has_no_error() -> None:
    """The embedded dataset passes every check."""
    report = check()
    assert report.ok, "\n".join(f.one_line() for f in report.findings if f.severity == "error")


def test_every_warning_is_tied_to_an_erratum() -> None:
    """Real source problems appear as warnings naming their erratum, never as silence."""
    report = check()
    assert all(f.erratum_ids for f in report.findings if f.severity == "warning")
    errata_ids = {e.id for e in DATASET.errata}
    assert {i for f in report.findings for i in f.erratum_ids} <= errata_ids


def test_every_erratum_with_a_check_is_exercised() -> None:
    """An erratum that names a check excuses at least one finding of it."""
    used = {i for f in check().findings for i in f.erratum_ids}
    for erratum in DATASET.errata:
        if erratum.check is not None:
            assert erratum.id in used, f"erratum {erratum.id} excuses nothing"


def test_every_check_is_documented() -> None:
    """docs/checks.md has a section for every check."""
    doc = (Path(__file__).parent.parent / "docs" / "checks.md").read_text(encoding="utf-8")
    for name in CHECKS:
        assert f"### `{name}`" in doc


def test_report_json_shape() -> None:
    """The report serialises to the documented JSON shape."""
    document = json.loads(json.dumps(check().to_dict()))
    assert set(document) == {"ok", "errors", "warnings", "findings"}
    for finding in document["findings"]:
        assert {"check", "severity", "table", "record_ids", "message"} <= set(finding)


# --- identity -----------------------------------------------------------------


@MUTATION_SETTINGS
@given(table=st.sampled_from([t for t in TABLES if DATASET.table(t)]), data=st.data())
def test_unique_ids_catches_a_duplicate(table: str, data: st.DataObject) -> None:
    """Duplicating any record's id is reported."""
    record = data.draw(st.sampled_from(DATASET.table(table)))
    assert _reported(_run(_append(DATASET, table, record), "unique_ids"), "unique_ids", record.id)


BAD_SLUGS: list[Callable[[str], str]] = [
    str.upper,
    lambda i: i + " x",
    lambda i: i + "-",
    lambda i: "-" + i,
    lambda i: i + "--b",
    lambda i: i + "ü",
    lambda i: i.replace("-", "_") + "_",
    lambda _: "",
]


@MUTATION_SETTINGS
@given(
    table=st.sampled_from([t for t in TABLES if DATASET.table(t)]),
    data=st.data(),
    spoil=st.sampled_from(BAD_SLUGS),
)
def test_id_format_catches_a_bad_slug(
    table: str, data: st.DataObject, spoil: Callable[[str], str]
) -> None:
    """An id that is not a lowercase slug is reported."""
    record = data.draw(st.sampled_from(DATASET.table(table)))
    broken = attrs.evolve(record, id=spoil(record.id))
    report = _run(_replace(DATASET, table, record, broken), "id_format")
    assert _reported(report, "id_format", broken.id)


@MUTATION_SETTINGS
@given(data=st.data())
def test_ambiguous_names_catches_a_shared_undeclared_alias(data: st.DataObject) -> None:
    """Giving one organisation another's abbreviation, undeclared, is reported."""
    from jplabour.names import normalize_name

    declared = {normalize_name(a.name) for a in DATASET.ambiguous_names}
    with_abbreviation = [
        o
        for o in DATASET.organizations
        if o.abbreviation and normalize_name(o.abbreviation) not in declared
    ]
    donor = data.draw(st.sampled_from(with_abbreviation))
    taker = data.draw(st.sampled_from([o for o in DATASET.organizations if o.id != donor.id]))
    broken = attrs.evolve(taker, aliases=(*taker.aliases, donor.abbreviation))
    report = _run(_replace(DATASET, "organizations", taker, broken), "ambiguous_names")
    assert _reported(report, "ambiguous_names", taker.id)


# --- references ---------------------------------------------------------------


def _ref_fields(record: Any) -> list[str]:
    return [
        f.name
        for f in attrs.fields(type(record))
        if "ref" in f.metadata and not isinstance(getattr(record, f.name), tuple)
    ]


@MUTATION_SETTINGS
@given(data=st.data())
def test_references_catches_a_dangling_id(data: st.DataObject) -> None:
    """Pointing any *_id field at a missing record is reported."""
    candidates = [(t, r) for t in TABLES for r in DATASET.table(t) if _ref_fields(r)]
    table, record = data.draw(st.sampled_from(candidates))
    field = data.draw(st.sampled_from(_ref_fields(record)))
    broken = attrs.evolve(record, **{field: "no-such-record"})
    report = _run(_replace(DATASET, table, record, broken), "references")
    assert _reported(report, "references", record.id)


def _cited_records() -> list[tuple[str, Any]]:
    return [(t, r) for t in TABLES for r in DATASET.table(t) if getattr(r, "citations", ())]


@MUTATION_SETTINGS
@given(data=st.data())
def test_citation_sources_catches_an_unknown_source(data: st.DataObject) -> None:
    """A citation of a source that does not exist is reported."""
    table, record = data.draw(st.sampled_from(_cited_records()))
    bad = Citation(source_id="no-such-source", quote=record.citations[0].quote)
    broken = attrs.evolve(record, citations=(*record.citations, bad))
    report = _run(_replace(DATASET, table, record, broken), "citation_sources")
    assert _reported(report, "citation_sources", record.id)


@MUTATION_SETTINGS
@given(data=st.data())
def test_erratum_records_catches_a_dangling_record_id(data: st.DataObject) -> None:
    """An erratum naming a record that does not exist is reported."""
    erratum = data.draw(st.sampled_from(DATASET.errata))
    broken = attrs.evolve(erratum, record_ids=(*erratum.record_ids, "no-such-record"))
    report = _run(_replace(DATASET, "errata", erratum, broken), "erratum_records")
    assert _reported(report, "erratum_records", erratum.id)


# --- provenance ---------------------------------------------------------------


@MUTATION_SETTINGS
@given(data=st.data())
def test_cited_catches_a_record_without_citations(data: st.DataObject) -> None:
    """Removing every citation of a record is reported."""
    table, record = data.draw(st.sampled_from(_cited_records()))
    broken = attrs.evolve(record, citations=())
    assert _reported(_run(_replace(DATASET, table, record, broken), "cited"), "cited", record.id)


@MUTATION_SETTINGS
@given(data=st.data(), insert=st.sampled_from(["zz", " not ", "0", "Ω"]))
def test_quotes_verbatim_catches_an_edited_quote(data: st.DataObject, insert: str) -> None:
    """Editing any quote so that it no longer stands in its source is reported."""
    table, record = data.draw(st.sampled_from(_cited_records()))
    index = data.draw(st.integers(0, len(record.citations) - 1))
    citation = record.citations[index]
    at = data.draw(st.integers(0, len(citation.quote)))
    edited = attrs.evolve(citation, quote=citation.quote[:at] + insert + citation.quote[at:])
    citations = (*record.citations[:index], edited, *record.citations[index + 1 :])
    broken = attrs.evolve(record, citations=citations)
    report = _run(_replace(DATASET, table, record, broken), "quotes_verbatim")
    assert _reported(report, "quotes_verbatim", record.id)


def _stated_fields(table: str, record: Any) -> list[str]:
    return [name for name, _ in checks._stated_values(table, record)]


@MUTATION_SETTINGS
@given(data=st.data(), shift=st.integers(1, 50))
def test_values_stated_catches_an_unstated_number_or_date(data: st.DataObject, shift: int) -> None:
    """Changing a record's number or year to one its quotes do not state is reported."""
    candidates = [(t, r) for t, r in _cited_records() if _stated_fields(t, r)]
    table, record = data.draw(st.sampled_from(candidates))
    field = data.draw(st.sampled_from(_stated_fields(table, record)))
    value = getattr(record, field)
    quotes = " ".join(c.quote for c in record.citations)
    if isinstance(value, PartialDate):
        new: Any = attrs.evolve(value, year=value.year + shift, day=None)
        while str(new.year) in quotes:
            new = attrs.evolve(new, year=new.year + 1)
    else:
        new = value * 1000 + shift
    broken = attrs.evolve(record, **{field: new})
    report = _run(_replace(DATASET, table, record, broken), "values_stated")
    assert _reported(report, "values_stated", record.id)


# --- dates --------------------------------------------------------------------


@MUTATION_SETTINGS
@given(data=st.data(), years=st.integers(1, 30))
def test_lifetime_order_catches_dissolution_before_founding(
    data: st.DataObject, years: int
) -> None:
    """Dissolving an organisation before its founding is reported."""
    org = data.draw(
        st.sampled_from(_eligible("organizations", "lifetime_order", lambda o: o.founded))
    )
    broken = attrs.evolve(org, dissolved=PartialDate(org.founded.year - years))
    report = _run(_replace(DATASET, "organizations", org, broken), "lifetime_order")
    assert _reported(report, "lifetime_order", org.id)


@MUTATION_SETTINGS
@given(data=st.data(), years=st.integers(1, 30))
def test_affiliation_dates_catches_an_end_before_the_start(data: st.DataObject, years: int) -> None:
    """An affiliation whose until precedes its since is reported."""
    link = data.draw(
        st.sampled_from(_eligible("affiliations", "affiliation_dates", lambda _: True))
    )
    start = link.since or link.until or link.as_of or PartialDate(2000)
    broken = attrs.evolve(
        link, since=PartialDate(start.year), until=PartialDate(start.year - years)
    )
    report = _run(_replace(DATASET, "affiliations", link, broken), "affiliation_dates")
    assert _reported(report, "affiliation_dates", link.id)


@MUTATION_SETTINGS
@given(data=st.data(), years=st.integers(1, 30))
def test_affiliation_dates_catches_a_link_before_the_member_existed(
    data: st.DataObject, years: int
) -> None:
    """An affiliation listed before its member was founded is reported."""
    orgs = {o.id: o for o in DATASET.organizations}
    links = _eligible(
        "affiliations",
        "affiliation_dates",
        lambda a: a.status is not AffiliationStatus.ESTABLISHED_BY and orgs[a.member_id].founded,
    )
    link = data.draw(st.sampled_from(links))
    broken = attrs.evolve(link, as_of=PartialDate(orgs[link.member_id].founded.year - years))
    report = _run(_replace(DATASET, "affiliations", link, broken), "affiliation_dates")
    assert _reported(report, "affiliation_dates", link.id)


@MUTATION_SETTINGS
@given(data=st.data(), years=st.integers(1, 30))
def test_relation_dates_catches_a_succession_before_the_successor(
    data: st.DataObject, years: int
) -> None:
    """A succession dated before its successor was founded is reported."""
    orgs = {o.id: o for o in DATASET.organizations}
    successions = _eligible(
        "successions", "relation_dates", lambda s: orgs[s.successor_id].founded is not None
    )
    succession = data.draw(st.sampled_from(successions))
    broken = attrs.evolve(
        succession, date=PartialDate(orgs[succession.successor_id].founded.year - years)
    )
    report = _run(_replace(DATASET, "successions", succession, broken), "relation_dates")
    assert _reported(report, "relation_dates", succession.id)


@MUTATION_SETTINGS
@given(data=st.data(), years=st.integers(1, 30))
def test_relation_dates_catches_an_establisher_that_did_not_exist(
    data: st.DataObject, years: int
) -> None:
    """An 'established by' link dated before the establishing body existed is reported."""
    orgs = {o.id: o for o in DATASET.organizations}
    links = _eligible(
        "affiliations",
        "relation_dates",
        lambda a: a.status is AffiliationStatus.ESTABLISHED_BY and orgs[a.parent_id].founded,
    )
    link = data.draw(st.sampled_from(links))
    broken = attrs.evolve(link, since=PartialDate(orgs[link.parent_id].founded.year - years))
    report = _run(_replace(DATASET, "affiliations", link, broken), "relation_dates")
    assert _reported(report, "relation_dates", link.id)


@MUTATION_SETTINGS
@given(data=st.data(), years=st.integers(1, 30))
def test_figure_dates_catches_a_figure_after_publication(data: st.DataObject, years: int) -> None:
    """A figure or event dated after its source was published is reported."""
    published = {s.id: s.published for s in DATASET.sources if s.published}
    table = data.draw(st.sampled_from(["memberships", "events"]))
    field = "as_of" if table == "memberships" else "date"
    records = _eligible(table, "figure_dates", lambda r: r.citations[0].source_id in published)
    record = data.draw(st.sampled_from(records))
    when = published[record.citations[0].source_id]
    broken = attrs.evolve(record, **{field: PartialDate(when.year + years)})
    report = _run(_replace(DATASET, table, record, broken), "figure_dates")
    assert _reported(report, "figure_dates", record.id)


@MUTATION_SETTINGS
@given(data=st.data(), years=st.integers(1, 30))
def test_term_dates_catches_an_end_before_the_start(data: st.DataObject, years: int) -> None:
    """An office term ending before it begins is reported."""
    position = data.draw(st.sampled_from(_eligible("positions", "term_dates", lambda _: True)))
    start = position.since or PartialDate(2000)
    broken = attrs.evolve(position, since=start, until=PartialDate(start.year - years))
    report = _run(_replace(DATASET, "positions", position, broken), "term_dates")
    assert _reported(report, "term_dates", position.id)


@MUTATION_SETTINGS
@given(data=st.data())
def test_office_order_catches_swapped_years(data: st.DataObject) -> None:
    """Giving an earlier holder in a list a later start than the next holder is reported."""
    dated = _eligible("positions", "office_order", lambda p: p.sequence and p.since)
    pairs = [
        (a, b)
        for a in dated
        for b in dated
        if (a.org_id, a.role) == (b.org_id, b.role)
        and a.sequence < b.sequence
        and a.since.certainly_before(b.since)
    ]
    earlier, later = data.draw(st.sampled_from(pairs))
    broken = attrs.evolve(earlier, since=PartialDate(later.since.year + 1))
    report = _run(_replace(DATASET, "positions", earlier, broken), "office_order")
    assert _reported(report, "office_order", earlier.id)


@MUTATION_SETTINGS
@given(data=st.data(), years=st.integers(1, 9))
def test_numbered_events_catches_a_shifted_instance(data: st.DataObject, years: int) -> None:
    """Moving a numbered event (the Nth convention) off its spacing is reported."""
    series = Counter((e.org_id, e.kind) for e in DATASET.events if e.number is not None)
    numbered = _eligible(
        "events",
        "numbered_events",
        lambda e: e.number is not None and series[(e.org_id, e.kind)] > 1,
    )
    event = data.draw(st.sampled_from(numbered))
    broken = attrs.evolve(event, date=PartialDate(event.date.year + years, event.date.month))
    report = _run(_replace(DATASET, "events", event, broken), "numbered_events")
    assert _reported(report, "numbered_events", event.id)


# --- totals -------------------------------------------------------------------


def _totalled_parts() -> list[Any]:
    """Affiliates' member figures that some parent's dated total includes."""
    ctx = checks.Context(DATASET, TEXTS)
    parts = []
    for figure in DATASET.memberships:
        if figure.unit is Unit.PERSONS and figure.counted is Counted.MEMBERS and figure.as_of:
            for link in checks._members_counted(ctx, figure.org_id, figure.as_of):
                parts.extend(
                    m
                    for m in ctx.figures.get(link.member_id, ())
                    if m.counted is Counted.MEMBERS
                    and m.unit is Unit.PERSONS
                    and m.as_of
                    and m.as_of.year == figure.as_of.year
                )
    return parts


@MUTATION_SETTINGS
@given(data=st.data())
def test_affiliate_totals_catches_an_inflated_affiliate(data: st.DataObject) -> None:
    """Inflating one affiliate's members beyond the parent's total is reported."""
    excused = _excused_ids("affiliate_totals")
    part = data.draw(st.sampled_from([p for p in _totalled_parts() if p.id not in excused]))
    broken = attrs.evolve(part, value=part.value + 19_000_000)
    report = _run(_replace(DATASET, "memberships", part, broken), "affiliate_totals")
    assert _reported(report, "affiliate_totals", part.id)


@MUTATION_SETTINGS
@given(data=st.data(), delta=st.integers(1, 20))
def test_affiliate_count_catches_a_wrong_stated_count(data: st.DataObject, delta: int) -> None:
    """A stated number of affiliates that no longer matches the list is reported."""
    ctx = checks.Context(DATASET, TEXTS)
    counts = _eligible(
        "memberships",
        "affiliate_count",
        lambda m: (
            m.counted is Counted.AFFILIATES
            and m.as_of
            and checks._members_counted(ctx, m.org_id, m.as_of)
        ),
    )
    figure = data.draw(st.sampled_from(counts))
    broken = attrs.evolve(figure, value=figure.value + delta)
    report = _run(_replace(DATASET, "memberships", figure, broken), "affiliate_count")
    assert _reported(report, "affiliate_count", figure.id)


@MUTATION_SETTINGS
@given(data=st.data())
def test_rank_order_catches_an_out_of_order_figure(data: st.DataObject) -> None:
    """Raising a ranked member's figure above the member ranked just above it is reported."""
    top_rank: dict[tuple[str, str, str], int] = {}
    for a in DATASET.affiliations:
        if a.rank:
            group = (a.parent_id, a.status.value, str(a.as_of))
            top_rank[group] = min(a.rank, top_rank.get(group, a.rank))
    ranked = {
        (a.member_id, str(a.as_of)): a
        for a in DATASET.affiliations
        if a.rank and a.rank > top_rank[(a.parent_id, a.status.value, str(a.as_of))]
    }
    figures = _eligible("memberships", "rank_order", lambda m: (m.org_id, str(m.as_of)) in ranked)
    figure = data.draw(st.sampled_from(figures))
    broken = attrs.evolve(figure, value=figure.value * 10 + 10_000_000)
    report = _run(_replace(DATASET, "memberships", figure, broken), "rank_order")
    assert _reported(report, "rank_order", figure.id)


@MUTATION_SETTINGS
@given(data=st.data(), value=st.one_of(st.integers(max_value=-1), st.integers(min_value=10**9)))
def test_count_range_catches_an_absurd_count(data: st.DataObject, value: int) -> None:
    """A negative or absurdly large count is reported."""
    figure = data.draw(st.sampled_from(DATASET.memberships))
    broken = attrs.evolve(figure, value=value)
    report = _run(_replace(DATASET, "memberships", figure, broken), "count_range")
    assert _reported(report, "count_range", figure.id)


# --- formats ------------------------------------------------------------------


@MUTATION_SETTINGS
@given(
    data=st.data(),
    field_and_value=st.sampled_from(
        [
            ("phone", "03-5295-0526"),
            ("phone", "+81(0)3-5295-0526"),
            ("fax", "81352950548"),
            ("postal_code", "1010062"),
            ("email", "not an address"),
            ("prefecture", "Tokio"),
            ("websites", ("www.example",)),
        ]
    ),
)
def test_contact_formats_catches_a_malformed_contact(
    data: st.DataObject, field_and_value: tuple[str, Any]
) -> None:
    """A malformed phone, fax, postal code, e-mail, prefecture or URL is reported."""
    org = data.draw(st.sampled_from(DATASET.organizations))
    field, value = field_and_value
    broken = attrs.evolve(org, **{field: value})
    report = _run(_replace(DATASET, "organizations", org, broken), "contact_formats")
    assert _reported(report, "contact_formats", org.id)


def test_every_check_has_a_mutation_test() -> None:
    """A check that no mutation test exercises is a defect."""
    source = Path(__file__).read_text(encoding="utf-8")
    for name in CHECKS:
        assert f'"{name}")' in source, f"no mutation test for {name}"


@pytest.mark.parametrize("name", list(CHECKS))
def test_every_check_has_a_docstring(name: str) -> None:
    """Every check explains itself; docs/checks.md draws on it."""
    assert CHECKS[name].__doc__
