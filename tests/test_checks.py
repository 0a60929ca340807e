"""Tests of jplabour.checks: the shipped data passes, and every check catches its faults.

Each mutation test takes the real dataset, injects one random fault of the
check's class into one random eligible record, and asserts that the check
reports that record as an error. A record that an erratum already declares a
known problem for that check is not eligible: its findings are warnings by
design.

End to end, one corruption of each class is applied to the JSON export of the
real data (not to records), and ``jplabour check COPY.json`` must exit 1 with
an error naming the corrupted record; erratum-covered records are eligible.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from jplabour import checks
from jplabour.checks import CHECKS, Report, check, run_checks
from jplabour.checks.provenance import stated_values
from jplabour.checks.registry import RUNNING_ORDER
from jplabour.checks.totals import members_counted
from jplabour.cli import main
from jplabour.data import DATASET
from jplabour.errors import EXIT_FAILED, EXIT_OK, EXIT_UNUSABLE
from jplabour.fields import field_shapes
from jplabour.model import (
    TABLES,
    AffiliationStatus,
    Citation,
    Counted,
    Dataset,
    EventKind,
    PartialDate,
    SourceKind,
    Unit,
    name_fields,
    record_names,
)
from jplabour.provenance import source_texts
from jplabour.semantics import approximation_tolerance
from jplabour.serialize import dataset_to_document

TEXTS = source_texts(DATASET)
REFERENCE_IDS = frozenset(s.id for s in DATASET.sources if s.kind is SourceKind.REFERENCE)
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


def _erratum_covered_records() -> list[tuple[str, Any]]:
    """The cited records that an erratum naming a check covers, with their tables."""
    covered = {rid for e in DATASET.errata if e.check for rid in e.record_ids}
    return [(t, r) for t, r in _cited_records() if r.id in covered and _stated_fields(t, r)]


@MUTATION_SETTINGS
@given(data=st.data(), years=st.integers(1, 40))
def test_an_erratum_excuses_only_the_printed_problem(data: st.DataObject, years: int) -> None:
    """A record an erratum covers, with a date or number moved off its quotes, is an error."""
    table, record = data.draw(st.sampled_from(_erratum_covered_records()))
    field = data.draw(st.sampled_from(_stated_fields(table, record)))
    value = getattr(record, field)
    new = (
        PartialDate(value.year - years, value.month)
        if isinstance(value, PartialDate)
        else value + 1000 * years
    )
    report = run_checks(
        _replace(DATASET, table, record, attrs.evolve(record, **{field: new})), TEXTS
    )
    assert not report.ok
    assert any(f.severity == "error" and record.id in f.record_ids for f in report.findings)


def test_every_check_is_documented() -> None:
    """docs/checks.md has a section for every check."""
    doc = (Path(__file__).parent.parent / "docs" / "checks.md").read_text(encoding="utf-8")
    for name in CHECKS:
        assert f"### `{name}`" in doc


def test_checks_run_in_the_documented_order() -> None:
    """CHECKS runs in the order of the explicit tuple, which docs/checks.md follows."""
    doc = (Path(__file__).parent.parent / "docs" / "checks.md").read_text(encoding="utf-8")
    assert [f.__name__ for f in RUNNING_ORDER] == list(CHECKS)
    assert re.findall(r"^### `(\w+)`", doc, flags=re.MULTILINE) == list(CHECKS)
    report = run_checks(DATASET, TEXTS)
    ran = [finding.check for finding in report.findings]
    assert ran == sorted(ran, key=list(CHECKS).index)


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


@MUTATION_SETTINGS
@given(data=st.data())
def test_repeated_aliases_catches_an_alias_listed_twice(data: st.DataObject) -> None:
    """An organisation listing one alias twice is reported."""
    org = data.draw(st.sampled_from(DATASET.organizations))
    alias = data.draw(st.sampled_from([*org.aliases, org.name_en]))
    broken = attrs.evolve(org, aliases=(*org.aliases, alias, alias))
    report = _run(_replace(DATASET, "organizations", org, broken), "repeated_aliases")
    assert _reported(report, "repeated_aliases", org.id)


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
    # A reference's text does not ship: its quotes are held to the record's names instead.
    if citation.source_id in REFERENCE_IDS:
        report = _run(_replace(DATASET, table, record, broken), "reference_quotes")
        assert _reported(report, "reference_quotes", record.id)
    else:
        report = _run(_replace(DATASET, table, record, broken), "quotes_verbatim")
        assert _reported(report, "quotes_verbatim", record.id)


def _stated_fields(table: str, record: Any) -> list[str]:
    return [name for name, _ in stated_values(table, record)]


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


# --- references (names only) ---------------------------------------------------


def _a_reference() -> str:
    return min(REFERENCE_IDS)


NOT_A_NAME = st.sampled_from(
    ["1989", "founded in 1989", "日本労働組合総連合会は日本のナショナルセンターである", "RENGO "]
)


@MUTATION_SETTINGS
@given(data=st.data(), quote=NOT_A_NAME)
def test_reference_quotes_catches_a_quote_that_is_not_a_name(
    data: st.DataObject, quote: str
) -> None:
    """Citing a reference for anything but one of the record's own names is reported."""
    table, record = data.draw(st.sampled_from(_cited_records()))
    assume(quote not in record_names(record))
    cited = Citation(source_id=_a_reference(), quote=quote)
    broken = attrs.evolve(record, citations=(*record.citations, cited))
    report = _run(_replace(DATASET, table, record, broken), "reference_quotes")
    assert _reported(report, "reference_quotes", record.id)


@MUTATION_SETTINGS
@given(data=st.data())
def test_reference_quotes_catches_another_organisations_name(data: st.DataObject) -> None:
    """A name that belongs to another organisation is not this record's name."""
    org, other = data.draw(
        st.lists(st.sampled_from(DATASET.organizations), min_size=2, max_size=2, unique=True)
    )
    name = data.draw(st.sampled_from(sorted(record_names(other) - record_names(org))))
    broken = attrs.evolve(
        org, citations=(*org.citations, Citation(source_id=_a_reference(), quote=name))
    )
    report = _run(_replace(DATASET, "organizations", org, broken), "reference_quotes")
    assert _reported(report, "reference_quotes", org.id)


@MUTATION_SETTINGS
@given(data=st.data())
def test_reference_quotes_accepts_each_name_as_stored(data: st.DataObject) -> None:
    """The boundary's other side: quoting a name the record holds is no finding."""
    org = data.draw(st.sampled_from([o for o in DATASET.organizations if o.id != "zenrokyo"]))
    name = data.draw(st.sampled_from(sorted(record_names(org))))
    cited = Citation(source_id=_a_reference(), quote=name)
    broken = attrs.evolve(org, citations=(*org.citations, cited))
    assert not _run(_replace(DATASET, "organizations", org, broken), "reference_quotes").findings


def _non_name_fields(record: Any) -> list[str]:
    allowed = set(name_fields(type(record))) | checks.REFERENCE_ONLY_FIELDS
    return [
        f.name
        for f in attrs.fields(type(record))
        if f.name not in allowed and getattr(record, f.name) not in (None, ())
    ]


@MUTATION_SETTINGS
@given(data=st.data())
def test_references_name_only_catches_a_fact_resting_on_a_reference(data: st.DataObject) -> None:
    """A record whose only citations are references may not hold a number, date or relation."""
    candidates = [(t, r) for t, r in _cited_records() if _non_name_fields(r)]
    table, record = data.draw(st.sampled_from(candidates))
    names = sorted(record_names(record)) or ["none"]
    cited = Citation(source_id=_a_reference(), quote=data.draw(st.sampled_from(names)))
    broken = attrs.evolve(record, citations=(cited,))
    report = _run(_replace(DATASET, table, record, broken), "references_name_only")
    assert _reported(report, "references_name_only", record.id)


@MUTATION_SETTINGS
@given(field_and_value=st.sampled_from([("founded", "1989"), ("prefecture", "Tokyo")]))
def test_references_name_only_catches_a_fact_added_to_a_names_only_record(
    field_and_value: tuple[str, str],
) -> None:
    """Zenrōkyō rests on references: its names and kind pass, any other value fails."""
    (org,) = (o for o in DATASET.organizations if o.id == "zenrokyo")
    assert not _run(DATASET, "references_name_only").findings
    field, value = field_and_value
    broken = attrs.evolve(org, **{field: value})
    report = _run(_replace(DATASET, "organizations", org, broken), "references_name_only")
    assert _reported(report, "references_name_only", org.id)


@MUTATION_SETTINGS
@given(data=st.data())
def test_reference_sources_catches_a_missing_address_date_or_publisher(
    data: st.DataObject,
) -> None:
    """A reference without its url, publisher or access date, or with a file, is reported."""
    source = data.draw(st.sampled_from([s for s in DATASET.sources if s.id in REFERENCE_IDS]))
    change = data.draw(
        st.sampled_from([{"url": None}, {"publisher": None}, {"accessed": None}, {"file": "x.txt"}])
    )
    broken = attrs.evolve(source, **change)
    report = _run(_replace(DATASET, "sources", source, broken), "reference_sources")
    assert _reported(report, "reference_sources", source.id)


@MUTATION_SETTINGS
@given(data=st.data())
def test_reference_sources_catches_a_seed_without_its_file(data: st.DataObject) -> None:
    """A seed whose file is missing is reported; a seed is checkable only through its text."""
    source = data.draw(st.sampled_from([s for s in DATASET.sources if s.id not in REFERENCE_IDS]))
    broken = attrs.evolve(source, file=None)
    report = _run(_replace(DATASET, "sources", source, broken), "reference_sources")
    assert _reported(report, "reference_sources", source.id)


def test_values_stated_reads_no_reference_quote() -> None:
    """A date that only a reference's quote prints is not stated (names back no dates)."""
    (org,) = (o for o in DATASET.organizations if o.id == "zenrokyo")
    broken = attrs.evolve(
        org,
        founded="1989",
        aliases=(*org.aliases, "1989"),
        citations=(*org.citations, Citation(source_id=_a_reference(), quote="1989")),
    )
    report = _run(_replace(DATASET, "organizations", org, broken), "values_stated")
    assert _reported(report, "values_stated", org.id)


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


#: Records of an organisation, the date field that places them in its lifetime, and the check.
LIFETIME_DATED = [
    ("memberships", "as_of", "figure_dates"),
    ("events", "date", "figure_dates"),
    ("events", "until", "figure_dates"),
    ("positions", "since", "term_dates"),
    ("positions", "until", "term_dates"),
    ("positions", "as_of", "term_dates"),
    ("affiliations", "since", "affiliation_dates"),
    ("affiliations", "until", "affiliation_dates"),
    ("affiliations", "as_of", "affiliation_dates"),
]


def _org_field(table: str) -> str:
    return "member_id" if table == "affiliations" else "org_id"


def _lifetime_eligible(table: str, check_name: str) -> list[Any]:
    """Records whose organisation may be swapped for another without other findings."""
    return _eligible(
        table,
        check_name,
        lambda r: (
            getattr(r, "kind", None) is not EventKind.BACKGROUND
            and getattr(r, "status", None) is not AffiliationStatus.ESTABLISHED_BY
        ),
    )


@MUTATION_SETTINGS
@given(data=st.data(), where=st.sampled_from(LIFETIME_DATED), years=st.integers(1, 30))
def test_lifetime_checks_catch_a_record_of_a_predecessor_after_its_succession(
    data: st.DataObject, where: tuple[str, str, str], years: int
) -> None:
    """A figure, event, term or affiliation of an organisation dated after its merger is reported.

    The predecessor's dissolution is removed, so that only the succession ends it.
    """
    table, field, check_name = where
    succession = data.draw(st.sampled_from([s for s in DATASET.successions if s.date]))
    predecessor = next(o for o in DATASET.organizations if o.id == succession.predecessor_id)
    record = data.draw(st.sampled_from(_lifetime_eligible(table, check_name)))
    broken = attrs.evolve(
        record,
        **{_org_field(table): predecessor.id, field: PartialDate(succession.date.year + years)},
    )
    dataset = _replace(DATASET, table, record, broken)
    dataset = _replace(
        dataset, "organizations", predecessor, attrs.evolve(predecessor, dissolved=None)
    )
    assert _reported(_run(dataset, check_name), check_name, record.id)


@MUTATION_SETTINGS
@given(data=st.data(), where=st.sampled_from(LIFETIME_DATED), years=st.integers(1, 30))
def test_lifetime_checks_catch_a_record_before_its_organisation_was_founded(
    data: st.DataObject, where: tuple[str, str, str], years: int
) -> None:
    """A figure, event, term or affiliation dated before its organisation's founding is reported."""
    table, field, check_name = where
    org = data.draw(st.sampled_from([o for o in DATASET.organizations if o.founded]))
    record = data.draw(st.sampled_from(_lifetime_eligible(table, check_name)))
    broken = attrs.evolve(
        record, **{_org_field(table): org.id, field: PartialDate(org.founded.year - years)}
    )
    report = _run(_replace(DATASET, table, record, broken), check_name)
    assert _reported(report, check_name, record.id)


@MUTATION_SETTINGS
@given(
    data=st.data(),
    years=st.integers(1, 30),
    side_and_sign=st.sampled_from([("successor", -1), ("predecessor", -1), ("predecessor", 1)]),
)
def test_relation_dates_catches_a_side_dissolved_off_the_succession(
    data: st.DataObject, years: int, side_and_sign: tuple[str, int]
) -> None:
    """A side dissolved before its succession, or a predecessor after it, is reported."""
    side, sign = side_and_sign
    succession = data.draw(
        st.sampled_from(_eligible("successions", "relation_dates", lambda s: s.date))
    )
    org = next(o for o in DATASET.organizations if o.id == getattr(succession, f"{side}_id"))
    dissolved = PartialDate(succession.date.year + sign * years)
    broken = attrs.evolve(org, dissolved=dissolved, founded=None)
    report = _run(_replace(DATASET, "organizations", org, broken), "relation_dates")
    assert _reported(report, "relation_dates", succession.id)


@MUTATION_SETTINGS
@given(data=st.data(), years=st.integers(1, 30))
def test_event_span_catches_an_end_before_the_start(data: st.DataObject, years: int) -> None:
    """An event whose end precedes its date is reported."""
    event = data.draw(st.sampled_from(_eligible("events", "event_span", lambda _: True)))
    broken = attrs.evolve(event, until=PartialDate(event.date.year - years))
    report = _run(_replace(DATASET, "events", event, broken), "event_span")
    assert _reported(report, "event_span", event.id)


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
            for link in members_counted(ctx, figure.org_id, figure.as_of):
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


def test_approximation_tolerance_is_half_the_last_significant_unit() -> None:
    """'7 million' allows 500,000 more, '1,767,000' (approximate) 500, an exact figure nothing."""
    figure = next(m for m in DATASET.memberships if m.approximate)

    def tolerance(value: int, approximate: bool = True) -> int:
        return approximation_tolerance(attrs.evolve(figure, value=value, approximate=approximate))

    assert [tolerance(7_000_000), tolerance(1_767_000), tolerance(100), tolerance(7)] == [
        500_000,
        500,
        50,
        0,
    ]
    assert tolerance(7_000_000, approximate=False) == 0
    assert tolerance(0) == 0


def _totals() -> list[tuple[Any, list[Any]]]:
    """Each parent figure with the affiliates' figures its total includes."""
    parts = set(_totalled_parts())
    ctx = checks.Context(DATASET, TEXTS)
    groups = []
    for figure in DATASET.memberships:
        if figure.counted is Counted.MEMBERS and figure.unit is Unit.PERSONS and figure.as_of:
            members = {a.member_id for a in members_counted(ctx, figure.org_id, figure.as_of)}
            mine = [
                p
                for p in parts
                if p.org_id in members and p.as_of and p.as_of.year == figure.as_of.year
            ]
            if mine:
                groups.append((figure, sorted(mine, key=lambda p: p.id)))
    return groups


@MUTATION_SETTINGS
@given(data=st.data(), beyond=st.integers(-3, 3))
def test_affiliate_totals_fires_exactly_beyond_the_tolerance(
    data: st.DataObject, beyond: int
) -> None:
    """The affiliates' total may reach the parent's figure plus its tolerance, not one more."""
    figure, parts = data.draw(st.sampled_from(_totals()))
    part = data.draw(st.sampled_from(parts))
    limit = figure.value + approximation_tolerance(figure)
    others = sum(p.value for p in parts if p is not part)
    assume(limit + beyond - others >= 0)
    broken = attrs.evolve(part, value=limit + beyond - others)
    report = _run(_replace(DATASET, "memberships", part, broken), "affiliate_totals")
    assert _reported(report, "affiliate_totals", figure.id) == (beyond > 0)


@MUTATION_SETTINGS
@given(data=st.data(), delta=st.integers(1, 20))
def test_affiliate_count_catches_a_wrong_stated_count(data: st.DataObject, delta: int) -> None:
    """A stated number of affiliates that no longer matches the list is reported."""
    ctx = checks.Context(DATASET, TEXTS)
    counts = _eligible(
        "memberships",
        "affiliate_count",
        lambda m: (
            m.counted is Counted.AFFILIATES and m.as_of and members_counted(ctx, m.org_id, m.as_of)
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


@MUTATION_SETTINGS
@given(
    data=st.data(),
    field_and_value=st.sampled_from(
        [("url", "jtuc-rengo.org"), ("url", "mailto:office"), ("urls_stated", ("ftp:/x",))]
    ),
)
def test_contact_formats_catches_a_malformed_source_url(
    data: st.DataObject, field_and_value: tuple[str, Any]
) -> None:
    """A source whose own URL or a URL it states is not an http(s) URL is reported."""
    source = data.draw(st.sampled_from(DATASET.sources))
    field, value = field_and_value
    broken = attrs.evolve(source, **{field: value})
    report = _run(_replace(DATASET, "sources", source, broken), "contact_formats")
    assert _reported(report, "contact_formats", source.id)


@given(st.data())
def test_erratum_quotes_catches_a_person_named_but_not_quoted(data: st.DataObject) -> None:
    """An erratum whose problem names a person its quote does not show is reported."""
    erratum = data.draw(st.sampled_from(DATASET.errata))
    person = data.draw(st.sampled_from(DATASET.people))
    quote = erratum.quote
    for form in (*person.printed_as, person.given_name, person.family_name):
        quote = re.sub(re.escape(form), "someone", quote, flags=re.IGNORECASE)
    named = f"{erratum.problem} ({person.given_name} {person.family_name})"
    broken = attrs.evolve(erratum, quote=quote, problem=named)
    report = _run(_replace(DATASET, "errata", erratum, broken), "erratum_quotes")
    assert _reported(report, "erratum_quotes", erratum.id)


def test_every_check_has_a_mutation_test() -> None:
    """A check that no mutation test exercises is a defect."""
    source = Path(__file__).read_text(encoding="utf-8")
    for name in CHECKS:
        assert f'"{name}")' in source, f"no mutation test for {name}"


@pytest.mark.parametrize("name", list(CHECKS))
def test_every_check_has_a_docstring(name: str) -> None:
    """Every check explains itself in a sentence of its own, which docs/checks.md states as what it checks."""
    docstring = CHECKS[name].__doc__
    assert docstring is not None
    summary = docstring.strip().splitlines()[0]
    assert summary[:1].isupper() or summary[:1] == "'", summary
    assert summary.endswith("."), summary
    assert len(summary.split()) >= 4, summary
    others = [CHECKS[other].__doc__ or "" for other in CHECKS if other != name]
    assert all(not other.strip().startswith(summary) for other in others), summary
    doc = (Path(__file__).parent.parent / "docs" / "checks.md").read_text(encoding="utf-8")
    section = doc.split(f"### `{name}`", 1)[1].split("### ", 1)[0]
    assert f"**Checks:** {summary}" in section


# --- end to end: one corruption of an exported copy fails `jplabour check COPY.json` --------

#: The embedded dataset as the JSON export document, parsed afresh for each corruption.
EXPORTED = json.dumps(dataset_to_document(DATASET), ensure_ascii=False)
Document = dict[str, Any]
Row = dict[str, Any]
#: Applies one random fault to a document and returns the id of the corrupted record.
Corruption = Callable[[Document, st.DataObject], str]
CORRUPTIONS: dict[str, Corruption] = {}
#: Which field ends the span that which field begins, by table.
SPANS = {
    "organizations": ("founded", "dissolved"),
    "affiliations": ("since", "until"),
    "positions": ("since", "until"),
    "events": ("date", "until"),
}
MALFORMED_CONTACTS: list[tuple[str, str, Any]] = [
    ("organizations", "phone", "03-5295-0526"),
    ("organizations", "fax", "81352950548"),
    ("organizations", "postal_code", "1010062"),
    ("organizations", "email", "office at rengo"),
    ("organizations", "prefecture", "Tokio"),
    ("organizations", "websites", ["www.jtuc-rengo.org"]),
    ("sources", "url", "mailto:office"),
    ("sources", "urls_stated", ["ftp:/www.jilaf.or.jp"]),
]


def _corruption(function: Corruption) -> Corruption:
    CORRUPTIONS[function.__name__] = function
    return function


def _pick(
    document: Document, data: st.DataObject, keep: Callable[[str, Row], bool] | None = None
) -> tuple[str, Row]:
    """A random record of the document (one that *keep* accepts), with its table."""
    rows = [
        (t, row)
        for t, table in document["tables"].items()
        for row in table
        if keep is None or keep(t, row)
    ]
    return data.draw(st.sampled_from(rows))


def _pick_in(document: Document, data: st.DataObject, table: str) -> Row:
    """A random record of one table of the document."""
    row: Row = data.draw(st.sampled_from(document["tables"][table]))
    return row


def _field_names(table: str, key: str) -> list[str]:
    """The fields of *table* whose metadata has *key* (``ref``, ``partial_date``)."""
    return [f.name for f in attrs.fields(TABLES[table]) if f.metadata.get(key)]


def _stated_field_names(table: str, row: Row) -> list[str]:
    """The fields of a cited row whose number or date its quotes must state."""
    if not row.get("citations"):
        return []
    dates = _field_names(table, "partial_date")
    return [
        name
        for name, value in row.items()
        if (table, name) not in checks.NOT_STATED
        and value is not None
        and (name in dates or (isinstance(value, int) and not isinstance(value, bool)))
    ]


@_corruption
def duplicate_id(document: Document, data: st.DataObject) -> str:
    """A record appended a second time."""
    table, row = _pick(document, data)
    document["tables"][table].append(dict(row))
    return str(row["id"])


@_corruption
def bad_slug(document: Document, data: st.DataObject) -> str:
    """An id that is not a lowercase slug."""
    _, row = _pick(document, data)
    row["id"] = data.draw(st.sampled_from(BAD_SLUGS[:-1]))(row["id"])
    return str(row["id"])


@_corruption
def dangling_reference(document: Document, data: st.DataObject) -> str:
    """A reference or a citation's source pointing at nothing."""
    table, row = _pick(
        document, data, lambda t, r: bool(_field_names(t, "ref") or "citations" in r)
    )
    field = data.draw(
        st.sampled_from(_field_names(table, "ref") + ["citations"] * ("citations" in row))
    )
    if field == "citations":
        data.draw(st.sampled_from(row["citations"]))["source_id"] = "no-such-source"
    elif isinstance(row[field], list) and row[field]:
        row[field][data.draw(st.integers(0, len(row[field]) - 1))] = "no-such-record"
    else:
        row[field] = "no-such-record"
    return str(row["id"])


@_corruption
def wrong_type(document: Document, data: st.DataObject) -> str:
    """A field of the wrong JSON type."""
    table, row = _pick(document, data)
    shape = data.draw(st.sampled_from([s for s in field_shapes(TABLES[table]) if s.name != "id"]))
    wrong: list[Any] = [{"a": 1}, 3.5, [3.5], True, "many"]
    row[shape.name] = data.draw(
        st.sampled_from([v for v in wrong if shape.array or type(v) is not shape.scalar])
    )
    return str(row["id"])


@_corruption
def bad_date_string(document: Document, data: st.DataObject) -> str:
    """A date that is not a calendar-valid partial date."""
    table, row = _pick(document, data, lambda t, _: bool(_field_names(t, "partial_date")))
    field = data.draw(st.sampled_from(_field_names(table, "partial_date")))
    bad = ["2019-13", "2019-02-30", "19-05", "May 1989", "1989/11", "", "0000", "1989-11-21T00"]
    row[field] = data.draw(st.sampled_from(bad))
    return str(row["id"])


@_corruption
def reference_quoting_a_fact(document: Document, data: st.DataObject) -> str:
    """A citation of a reference whose quote is not one of the record's names."""
    _, row = _pick(
        document,
        data,
        lambda _, r: any(c["source_id"] in REFERENCE_IDS for c in r.get("citations", [])),
    )
    cited = data.draw(
        st.sampled_from([c for c in row["citations"] if c["source_id"] in REFERENCE_IDS])
    )
    cited["quote"] = data.draw(st.sampled_from(["1989年に結成された", "founded 1989", "約700万人"]))
    return str(row["id"])


@_corruption
def fact_on_a_reference_only(document: Document, data: st.DataObject) -> str:
    """A record citing references only given a date: references back names only."""
    row = next(r for r in document["tables"]["organizations"] if r["id"] == "zenrokyo")
    row[data.draw(st.sampled_from(["founded", "dissolved"]))] = "1989"
    return str(row["id"])


@_corruption
def no_citation(document: Document, data: st.DataObject) -> str:
    """A record stripped of its citations."""
    _, row = _pick(document, data, lambda _, r: "citations" in r)
    row["citations"] = []
    return str(row["id"])


@_corruption
def edited_quote(document: Document, data: st.DataObject) -> str:
    """A quote (of a citation or an erratum) that no longer stands in its source."""
    _, row = _pick(document, data, lambda _, r: "citations" in r or "quote" in r)
    holder = row if "quote" in row else data.draw(st.sampled_from(row["citations"]))
    at = data.draw(st.integers(0, len(holder["quote"])))
    insert = data.draw(st.sampled_from(["zz", "Ω", " not ", "0"]))
    holder["quote"] = holder["quote"][:at] + insert + holder["quote"][at:]
    return str(row["id"])


@_corruption
def unstated_value(document: Document, data: st.DataObject) -> str:
    """A number or date moved to one the record's quotes do not state."""
    table, row = _pick(document, data, lambda t, r: bool(_stated_field_names(t, r)))
    field = data.draw(st.sampled_from(_stated_field_names(table, row)))
    quotes = " ".join(c["quote"] for c in row["citations"])
    if isinstance(row[field], int):
        row[field] = row[field] * 1000 + data.draw(st.integers(1, 999))
        return str(row["id"])
    year = int(row[field][:4]) + data.draw(st.sampled_from([-1, 1]) | st.integers(-40, 40))
    while str(year) in quotes:
        year -= 1
    row[field] = f"{year:04d}{row[field][4:7]}"
    return str(row["id"])


@_corruption
def end_before_start(document: Document, data: st.DataObject) -> str:
    """A dissolution, affiliation end, term end or event end moved before its start."""
    table, row = _pick(document, data, lambda t, r: t in SPANS and r[SPANS[t][0]] is not None)
    start, end = SPANS[table]
    row[end] = f"{int(row[start][:4]) - data.draw(st.integers(1, 30)):04d}"
    return str(row["id"])


@_corruption
def outside_lifetime(document: Document, data: st.DataObject) -> str:
    """A record of an organisation dated after its dissolution or before its founding."""
    orgs = {o["id"]: o for o in document["tables"]["organizations"]}
    dated = {
        "memberships": "as_of",
        "events": "date",
        "positions": "since",
        "affiliations": "as_of",
    }

    def eligible(table: str, row: Row) -> bool:
        if table not in dated or row.get("kind") == "background":  # background may precede
            return False
        org = orgs[row.get("org_id") or row["member_id"]]
        return bool(org["dissolved"] or org["founded"])

    table, row = _pick(document, data, eligible)
    org = orgs[row.get("org_id") or row["member_id"]]
    years = data.draw(st.integers(1, 30))
    if org["dissolved"] and (not org["founded"] or data.draw(st.booleans())):
        row[dated[table]] = f"{int(org['dissolved'][:4]) + years:04d}"
    else:
        row[dated[table]] = f"{int(org['founded'][:4]) - years:04d}"
    return str(row["id"])


@_corruption
def inflated_count(document: Document, data: st.DataObject) -> str:
    """A count made negative or absurd."""
    row = _pick_in(document, data, "memberships")
    row["value"] = data.draw(st.sampled_from([-5, row["value"] + 19_000_000, 10**9]))
    return str(row["id"])


@_corruption
def malformed_contact(document: Document, data: st.DataObject) -> str:
    """A malformed phone, fax, postal code, e-mail, prefecture or URL."""
    table, field, value = data.draw(st.sampled_from(MALFORMED_CONTACTS))
    row = _pick_in(document, data, table)
    row[field] = value
    return str(row["id"])


@_corruption
def borrowed_name(document: Document, data: st.DataObject) -> str:
    """An organisation given another's abbreviation as an alias, undeclared."""
    donor = _pick_in(document, data, "organizations")
    taker = _pick_in(document, data, "organizations")
    assume(donor["abbreviation"] and taker is not donor)
    taker["aliases"].append(donor["abbreviation"])
    return str(taker["id"])


@_corruption
def dangling_erratum(document: Document, data: st.DataObject) -> str:
    """An erratum naming a record that does not exist."""
    row = _pick_in(document, data, "errata")
    row["record_ids"].append(data.draw(st.sampled_from(["no-such-record", "jam-2099"])))
    return str(row["id"])


def _check_copy(document: Document, directory: Path, *options: str) -> tuple[int, str]:
    """Write *document* as COPY.json and run ``jplabour check`` on it: exit code and output."""
    path = directory / "COPY.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    output = io.StringIO()
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        code = main(["check", str(path), *options])
    return code, output.getvalue()


@pytest.mark.parametrize(
    ("name", "content"),
    [("missing.json", None), ("COPY.json", "{not json"), ("COPY.json", "[1, 2]")],
    ids=["missing", "not-json", "wrong-shape"],
)
def test_unusable_input_exits_2_with_one_line(
    tmp_path: Path, name: str, content: str | None
) -> None:
    """A missing file, a file that is not JSON or not an export: exit 2, one line, no report."""
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["check", str(path)])
    assert code == EXIT_UNUSABLE
    assert out.getvalue() == ""
    assert err.getvalue().count("\n") == 1
    assert str(path) in err.getvalue()
    assert "Traceback" not in err.getvalue()


def test_an_untouched_copy_passes(tmp_path: Path) -> None:
    """The exported dataset, checked as a file, has no error."""
    code, output = _check_copy(json.loads(EXPORTED), tmp_path)
    assert code == EXIT_OK, output


@pytest.mark.parametrize("corruption", list(CORRUPTIONS))
def test_one_corruption_of_a_copy_fails_naming_the_record(
    corruption: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Any one corruption of an exported copy makes the CLI exit 1 with an error naming the record."""
    directory = tmp_path_factory.mktemp(corruption)

    @settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        document = json.loads(EXPORTED)
        record_id = CORRUPTIONS[corruption](document, data)
        code, output = _check_copy(document, directory, "--format", "json")
        errors = [f for f in json.loads(output)["findings"] if f["severity"] == "error"]
        assert code == EXIT_FAILED, output
        assert any(record_id in f["record_ids"] for f in errors), (record_id, errors)
        text_code, text = _check_copy(document, directory)
        assert text_code == EXIT_FAILED
        assert any(line.startswith("ERROR") and record_id in line for line in text.splitlines())

    run()
