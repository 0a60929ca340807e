"""Integrity checks: what no longer adds up, record by record.

``jplabour.check(dataset)`` runs every check in :data:`CHECKS` and returns a
:class:`Report` of immutable :class:`Finding` objects. Each check is a
function from a :class:`Context` to findings; docs/checks.md documents each.

A finding on a record that an erratum declares (the erratum names the check
and the record) is a known problem of the source: it is reported as a
warning tied to that erratum instead of an error.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cached_property
from itertools import pairwise
from types import MappingProxyType
from typing import Any, Final, Literal

import attrs

from jplabour.errors import EXIT_FAILED, EXIT_OK
from jplabour.model import (
    ID_PATTERN,
    TABLES,
    Affiliation,
    AffiliationStatus,
    Counted,
    Dataset,
    Event,
    EventKind,
    Membership,
    Organization,
    PartialDate,
    Unit,
)
from jplabour.provenance import date_stated, fold_space, numbers_in, quote_found, source_texts
from jplabour.semantics import (
    COUNTED_STATUSES,
    Lifetime,
    approximation_tolerance,
    certainly_after,
    lifetimes,
)

__all__ = [
    "CHECKS",
    "NOT_STATED",
    "Check",
    "Context",
    "Finding",
    "Report",
    "Severity",
    "affiliate_count",
    "affiliate_totals",
    "affiliation_dates",
    "ambiguous_names",
    "check",
    "citation_sources",
    "cited",
    "configure_parser",
    "contact_formats",
    "count_range",
    "erratum_records",
    "event_span",
    "figure_dates",
    "id_format",
    "lifetime_order",
    "numbered_events",
    "office_order",
    "quotes_verbatim",
    "rank_order",
    "references",
    "relation_dates",
    "repeated_aliases",
    "run_checks",
    "run_command",
    "term_dates",
    "unique_ids",
    "values_stated",
]

Severity = Literal["error", "warning"]

_ID_RE: Final = re.compile(ID_PATTERN)
_PREFECTURES: Final = frozenset(
    (
        "Hokkaido",
        "Aomori",
        "Iwate",
        "Miyagi",
        "Akita",
        "Yamagata",
        "Fukushima",
        "Ibaraki",
        "Tochigi",
        "Gunma",
        "Saitama",
        "Chiba",
        "Tokyo",
        "Kanagawa",
        "Niigata",
        "Toyama",
        "Ishikawa",
        "Fukui",
        "Yamanashi",
        "Nagano",
        "Gifu",
        "Shizuoka",
        "Aichi",
        "Mie",
        "Shiga",
        "Kyoto",
        "Osaka",
        "Hyogo",
        "Nara",
        "Wakayama",
        "Tottori",
        "Shimane",
        "Okayama",
        "Hiroshima",
        "Yamaguchi",
        "Tokushima",
        "Kagawa",
        "Ehime",
        "Kochi",
        "Fukuoka",
        "Saga",
        "Nagasaki",
        "Kumamoto",
        "Oita",
        "Miyazaki",
        "Kagoshima",
        "Okinawa",
    )
)
#: How many years apart a recurring event's numbered instances are, by what the source calls it.
_RECURRENCE_YEARS: Final = {"annual": 1, "biennial": 2, "triennial": 3}
#: Above these a count is absurd for a Japanese labour body.
_MAX_COUNT: Final = {Unit.PERSONS: 20_000_000, Unit.ORGANISATIONS: 10_000}
#: Fields whose value is not printed as such in the quotes, and why.
NOT_STATED: Final[Mapping[tuple[str, str], str]] = MappingProxyType(
    {
        ("positions", "sequence"): "the position in a printed list, not a printed number",
    }
)
#: How many record ids a one-line finding shows; JSON output lists them all.
_IDS_SHOWN: Final = 4


@attrs.frozen(kw_only=True)
class Finding:
    """One thing that does not add up."""

    check: str
    severity: Severity
    table: str
    record_ids: tuple[str, ...]
    message: str
    values: tuple[tuple[str, str], ...] = ()
    #: The errata that declare this finding a known problem of a source.
    erratum_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The finding as JSON values."""
        return {
            "check": self.check,
            "severity": self.severity,
            "table": self.table,
            "record_ids": list(self.record_ids),
            "message": self.message,
            "values": dict(self.values),
            "erratum_ids": list(self.erratum_ids),
        }

    def one_line(self) -> str:
        """``SEVERITY check table:id[,id]: message``; past four ids, how many more."""
        hidden = len(self.record_ids) - _IDS_SHOWN
        shown = ",".join(self.record_ids[:_IDS_SHOWN]) + (f",… (+{hidden})" if hidden > 0 else "")
        tail = f" (erratum {', '.join(self.erratum_ids)})" if self.erratum_ids else ""
        return f"{self.severity.upper()} {self.check} {self.table}:{shown}: {self.message}{tail}"


@attrs.frozen
class Report:
    """The findings of a run of the checks."""

    findings: tuple[Finding, ...]

    @property
    def errors(self) -> int:
        """How many findings are errors."""
        return sum(f.severity == "error" for f in self.findings)

    @property
    def warnings(self) -> int:
        """How many findings are warnings."""
        return sum(f.severity == "warning" for f in self.findings)

    @property
    def ok(self) -> bool:
        """True when there is no error."""
        return self.errors == 0

    def to_dict(self) -> dict[str, Any]:
        """The report as the JSON document of ``jplabour check --format json``."""
        return {
            "ok": self.ok,
            "errors": self.errors,
            "warnings": self.warnings,
            "findings": [f.to_dict() for f in self.findings],
        }


class Context:
    """A dataset with the indexes and source texts the checks share."""

    def __init__(self, dataset: Dataset, source_texts: Mapping[str, str] | None) -> None:
        self.dataset = dataset
        #: Source id -> text, for the sources whose text is available.
        self.source_texts: Mapping[str, str] = source_texts or {}

    @cached_property
    def organizations(self) -> Mapping[str, Organization]:
        """Organisations by id (the first of duplicates)."""
        index: dict[str, Organization] = {}
        for org in self.dataset.organizations:
            index.setdefault(org.id, org)
        return index

    @cached_property
    def lifetimes(self) -> Mapping[str, Lifetime]:
        """Organisation id -> its known lifetime."""
        return lifetimes(self.dataset)

    @cached_property
    def publication_dates(self) -> Mapping[str, PartialDate]:
        """Source id -> the date it states for itself, where it does."""
        return {s.id: s.published for s in self.dataset.sources if s.published}

    @cached_property
    def figures(self) -> Mapping[str, tuple[Membership, ...]]:
        """Organisation id -> its membership figures."""
        index: dict[str, list[Membership]] = defaultdict(list)
        for figure in self.dataset.memberships:
            index[figure.org_id].append(figure)
        return {key: tuple(value) for key, value in index.items()}

    @cached_property
    def counted_children(self) -> Mapping[tuple[str, int], tuple[Affiliation, ...]]:
        """(parent id, year) -> the affiliations its counts of that year include.

        Indexed by year, so that the checks of a parent's figures cost what
        each year holds, not every year's affiliations for every figure.
        """
        index: dict[tuple[str, int], list[Affiliation]] = defaultdict(list)
        for link in self.dataset.affiliations:
            if link.status in COUNTED_STATUSES and link.as_of is not None:
                index[(link.parent_id, link.as_of.year)].append(link)
        return {key: tuple(value) for key, value in index.items()}

    @cached_property
    def member_counts(self) -> Mapping[tuple[str, int], tuple[Membership, ...]]:
        """(organisation id, year) -> its figures of members in persons dated in that year."""
        index: dict[tuple[str, int], list[Membership]] = defaultdict(list)
        for figure in self.dataset.memberships:
            if (
                figure.unit is Unit.PERSONS
                and figure.counted is Counted.MEMBERS
                and figure.as_of is not None
            ):
                index[(figure.org_id, figure.as_of.year)].append(figure)
        return {key: tuple(value) for key, value in index.items()}

    @cached_property
    def children(self) -> Mapping[str, tuple[Affiliation, ...]]:
        """Parent id -> its affiliations."""
        index: dict[str, list[Affiliation]] = defaultdict(list)
        for link in self.dataset.affiliations:
            index[link.parent_id].append(link)
        return {key: tuple(value) for key, value in index.items()}


Check = Callable[[Context], Iterable[Finding]]
_REGISTRY: dict[str, Check] = {}
#: Every check by name, in running order (read-only: the registry below fills it).
CHECKS: Final[Mapping[str, Check]] = MappingProxyType(_REGISTRY)


def _register(check_function: Check) -> Check:
    """Add a check to :data:`CHECKS` under its function name."""
    _REGISTRY[check_function.__name__] = check_function
    return check_function


def _error(table: str, record_ids: Sequence[str], message: str, **values: object) -> Finding:
    """An error finding; :func:`run_checks` stamps it with the name of the check that made it."""
    return Finding(
        check="",
        severity="error",
        table=table,
        record_ids=tuple(record_ids),
        message=message,
        values=tuple((k, str(v)) for k, v in values.items()),
    )


def _records(dataset: Dataset) -> Iterator[tuple[str, Any]]:
    for table in TABLES:
        for record in dataset.table(table):
            yield table, record


# --- identity ---------------------------------------------------------------


@_register
def unique_ids(ctx: Context) -> Iterator[Finding]:
    """Ids are unique within each table."""
    for table in TABLES:
        seen: set[str] = set()
        for record in ctx.dataset.table(table):
            if record.id in seen:
                yield _error(table, [record.id], "id used twice", id=record.id)
            seen.add(record.id)


@_register
def id_format(ctx: Context) -> Iterator[Finding]:
    """Ids are lowercase slugs."""
    for table, record in _records(ctx.dataset):
        if not _ID_RE.match(record.id):
            yield _error(table, [record.id], "id is not a lowercase slug", id=record.id)


@_register
def ambiguous_names(ctx: Context) -> Iterator[Finding]:
    """A name shared by several organisations is declared in ambiguous_names."""
    from jplabour.names import names_of, normalize_name

    declared = {
        normalize_name(entry.name): set(entry.org_ids) for entry in ctx.dataset.ambiguous_names
    }
    owners: dict[str, set[str]] = defaultdict(set)
    for org in ctx.dataset.organizations:
        for _, name in names_of(org):
            owners[normalize_name(name)].add(org.id)
    for name, org_ids in sorted(owners.items()):
        if len(org_ids) > 1 and not org_ids <= declared.get(name, set()):
            yield _error(
                "organizations",
                sorted(org_ids),
                f"the name {name!r} matches several organisations and is not declared ambiguous",
                name=name,
            )


@_register
def repeated_aliases(ctx: Context) -> Iterator[Finding]:
    """An organisation lists each alias once."""
    for org in ctx.dataset.organizations:
        seen: set[str] = set()
        for alias in org.aliases:
            if alias in seen:
                yield _error(
                    "organizations",
                    [org.id],
                    f"lists the alias {alias!r} twice",
                    alias=alias,
                )
            seen.add(alias)


# --- references -------------------------------------------------------------


@_register
def references(ctx: Context) -> Iterator[Finding]:
    """Every *_id field names a record of the right table."""
    ids = {table: {r.id for r in ctx.dataset.table(table)} for table in TABLES}
    for table, record in _records(ctx.dataset):
        for field in attrs.fields(type(record)):
            target = field.metadata.get("ref")
            value = getattr(record, field.name)
            if target is None or value is None:
                continue
            for ref in value if isinstance(value, tuple) else (value,):
                if ref not in ids[target]:
                    yield _error(
                        table,
                        [record.id],
                        f"{field.name} names no record of {target}: {ref!r}",
                        field=field.name,
                        value=ref,
                    )


@_register
def citation_sources(ctx: Context) -> Iterator[Finding]:
    """Every citation names a known source."""
    known = {s.id for s in ctx.dataset.sources}
    for table, record in _records(ctx.dataset):
        for citation in getattr(record, "citations", ()):
            if citation.source_id not in known:
                yield _error(
                    table,
                    [record.id],
                    f"cites unknown source {citation.source_id!r}",
                    source_id=citation.source_id,
                )


@_register
def erratum_records(ctx: Context) -> Iterator[Finding]:
    """Every record an erratum names exists in some table."""
    ids = {record.id for _, record in _records(ctx.dataset)}
    for erratum in ctx.dataset.errata:
        for record_id in erratum.record_ids:
            if record_id not in ids:
                yield _error(
                    "errata",
                    [erratum.id],
                    f"names no record: {record_id!r}",
                    value=record_id,
                )
        if erratum.check is not None and erratum.check not in CHECKS:
            yield _error(
                "errata",
                [erratum.id],
                f"names no check: {erratum.check!r}",
                value=erratum.check,
            )


# --- provenance -------------------------------------------------------------


@_register
def cited(ctx: Context) -> Iterator[Finding]:
    """Every record of a table with citations carries at least one."""
    for table, record in _records(ctx.dataset):
        if hasattr(record, "citations") and not record.citations:
            yield _error(table, [record.id], "has no citation")


@_register
def quotes_verbatim(ctx: Context) -> Iterator[Finding]:
    """Every quote (of a citation or an erratum) stands verbatim (white space folded) in its source's text."""
    for table, record in _records(ctx.dataset):
        for citation in getattr(record, "citations", ()):
            text = ctx.source_texts.get(citation.source_id)
            if text is not None and not quote_found(citation.quote, text):
                yield _error(
                    table,
                    [record.id],
                    f"quote not found in {citation.source_id}",
                    quote=citation.quote,
                )
    for erratum in ctx.dataset.errata:
        text = ctx.source_texts.get(erratum.source_id)
        if text is not None and not quote_found(erratum.quote, text):
            yield _error(
                "errata",
                [erratum.id],
                f"quote not found in {erratum.source_id}",
                quote=erratum.quote,
            )


def _stated_values(table: str, record: Any) -> Iterator[tuple[str, int | PartialDate]]:
    """The numbers and dates of a record that its quotes must state."""
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        if (table, field.name) in NOT_STATED or isinstance(value, bool):
            continue
        if isinstance(value, (int, PartialDate)):
            yield field.name, value


@_register
def values_stated(ctx: Context) -> Iterator[Finding]:
    """A record's numbers and dates are stated in its quotes.

    The quotes are part of the record, so this runs whether or not the source
    texts are available: a user's own source is held to the same rule.
    """
    for table, record in _records(ctx.dataset):
        citations = getattr(record, "citations", ())
        if not citations:
            continue
        quotes = fold_space(" ".join(c.quote for c in citations))
        numbers = numbers_in(quotes)
        for name, value in _stated_values(table, record):
            stated = (
                date_stated(value, quotes) if isinstance(value, PartialDate) else (value in numbers)
            )
            if not stated:
                yield _error(
                    table,
                    [record.id],
                    f"{name} {value} is not stated in the record's quotes",
                    field=name,
                    value=value,
                )


# --- dates ------------------------------------------------------------------


@_register
def lifetime_order(ctx: Context) -> Iterator[Finding]:
    """An organisation is founded before it is dissolved."""
    for org in ctx.dataset.organizations:
        if certainly_after(org.founded, org.dissolved):
            yield _error(
                "organizations",
                [org.id],
                "dissolved before it was founded",
                founded=org.founded,
                dissolved=org.dissolved,
            )


def _outside_lifetime(ctx: Context, org_id: str, date: PartialDate | None) -> str | None:
    """Why *date* cannot fall within the organisation's lifetime, or None when it can."""
    lifetime = ctx.lifetimes.get(org_id)
    return None if lifetime is None or date is None else lifetime.excludes(date)


def _dates_outside_lifetime(
    ctx: Context, table: str, record: Any, org_id: str
) -> Iterator[Finding]:
    """A finding for each of the record's since, until and as_of outside a lifetime."""
    for name in ("since", "until", "as_of"):
        reason = _outside_lifetime(ctx, org_id, getattr(record, name))
        if reason:
            yield _error(
                table,
                [record.id],
                f"{name} {getattr(record, name)} is outside a lifetime: {reason}",
                field=name,
            )


@_register
def affiliation_dates(ctx: Context) -> Iterator[Finding]:
    """An affiliation begins before it ends and lies within both organisations' lifetimes."""
    for link in ctx.dataset.affiliations:
        if certainly_after(link.since, link.until):
            yield _error(
                "affiliations",
                [link.id],
                "ends before it begins",
                since=link.since,
                until=link.until,
            )
        if link.status is AffiliationStatus.ESTABLISHED_BY:
            continue  # relation_dates covers the founding relation
        for org_id in (link.member_id, link.parent_id):
            yield from _dates_outside_lifetime(ctx, "affiliations", link, org_id)


@_register
def relation_dates(ctx: Context) -> Iterator[Finding]:
    """'Established by' and successions happen while both sides exist.

    The establishing body exists when it establishes; a successor exists at the
    succession date and a predecessor does not outlive it.
    """
    for link in ctx.dataset.affiliations:
        if link.status is not AffiliationStatus.ESTABLISHED_BY:
            continue
        reason = _outside_lifetime(ctx, link.parent_id, link.since)
        if reason:
            yield _error(
                "affiliations",
                [link.id],
                f"established {link.since}, but {reason}",
                since=link.since,
            )
    for succession in ctx.dataset.successions:
        date = succession.date
        if date is None:
            continue
        for side, org_id in (
            ("successor", succession.successor_id),
            ("predecessor", succession.predecessor_id),
        ):
            reason = _outside_lifetime(ctx, org_id, date)
            if reason:
                yield _error(
                    "successions",
                    [succession.id],
                    f"dated {date}, but the {side} {reason}",
                    date=date,
                )
        predecessor = ctx.organizations.get(succession.predecessor_id)
        if predecessor is not None and certainly_after(predecessor.dissolved, date):
            yield _error(
                "successions",
                [succession.id],
                f"predecessor {predecessor.id} outlives the {date} succession: "
                f"dissolved {predecessor.dissolved}",
                date=date,
                dissolved=predecessor.dissolved,
            )


def _after_publication(ctx: Context, record: Any, date: PartialDate) -> str | None:
    for citation in record.citations:
        published = ctx.publication_dates.get(citation.source_id)
        if published is not None and date.certainly_after(published):
            return f"{citation.source_id} was published {published}"
    return None


@_register
def figure_dates(ctx: Context) -> Iterator[Finding]:
    """Figures and events fall within their organisation's lifetime, not after the source."""
    dated: list[tuple[str, Any, str, PartialDate | None]] = [
        ("memberships", m, m.org_id, m.as_of) for m in ctx.dataset.memberships
    ]
    for event in ctx.dataset.events:
        dated += [("events", event, event.org_id, event.date)]
        dated += [("events", event, event.org_id, event.until)]
    for table, record, org_id, date in dated:
        if date is None:
            continue
        # Background events precede the organisation by definition.
        background = table == "events" and record.kind is EventKind.BACKGROUND
        reason = (
            None if background else _outside_lifetime(ctx, org_id, date)
        ) or _after_publication(ctx, record, date)
        if reason:
            yield _error(table, [record.id], f"dated {date}, but {reason}", date=date)


@_register
def term_dates(ctx: Context) -> Iterator[Finding]:
    """An office term begins before it ends and within the organisation's lifetime."""
    for position in ctx.dataset.positions:
        if certainly_after(position.since, position.until):
            yield _error(
                "positions",
                [position.id],
                "term ends before it begins",
                since=position.since,
                until=position.until,
            )
        yield from _dates_outside_lifetime(ctx, "positions", position, position.org_id)


@_register
def event_span(ctx: Context) -> Iterator[Finding]:
    """An event that spans months ends after it begins."""
    for event in ctx.dataset.events:
        if certainly_after(event.date, event.until):
            yield _error(
                "events",
                [event.id],
                "ends before it begins",
                date=event.date,
                until=event.until,
            )


@_register
def office_order(ctx: Context) -> Iterator[Finding]:
    """A list of successive office-holders agrees with their years."""
    lists: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for position in ctx.dataset.positions:
        if position.sequence is not None:
            lists[(position.org_id, position.role.value)].append(position)
    for holders in lists.values():
        dated = [
            (p, p.since) for p in sorted(holders, key=lambda p: p.sequence) if p.since is not None
        ]
        for (earlier, earlier_since), (later, later_since) in pairwise(dated):
            if earlier_since.certainly_after(later_since):
                yield _error(
                    "positions",
                    [earlier.id, later.id],
                    f"No. {earlier.sequence} began {earlier_since}, after No. {later.sequence} "
                    f"began {later_since}",
                )


def _recurrence_years(event: Event) -> int | None:
    """How many years apart the source says instances of this event are."""
    words = " ".join(c.quote for c in event.citations).lower()
    for word, years in _RECURRENCE_YEARS.items():
        if word in words:
            return years
    return None


@_register
def numbered_events(ctx: Context) -> Iterator[Finding]:
    """The Nth instances of a recurring event are in date order, spaced as the source calls them."""
    series: dict[tuple[str, str], list[tuple[int, Event]]] = defaultdict(list)
    for event in ctx.dataset.events:
        if event.number is not None:
            series[(event.org_id, event.kind.value)].append((event.number, event))
    for numbered in series.values():
        ordered = sorted(numbered, key=lambda pair: pair[0])
        for (earlier_number, earlier), (later_number, later) in pairwise(ordered):
            if earlier.date.certainly_after(later.date):
                yield _error(
                    "events",
                    [earlier.id, later.id],
                    f"No. {later_number} ({later.date}) is dated before No. {earlier_number} "
                    f"({earlier.date})",
                )
                continue
            years = _recurrence_years(later)
            if years is None:
                continue
            expected = (later_number - earlier_number) * years
            actual = later.date.year - earlier.date.year
            if actual != expected:
                yield _error(
                    "events",
                    [earlier.id, later.id],
                    f"No. {later_number} is {actual} year(s) after No. {earlier_number}; "
                    f"the source's spacing implies {expected}",
                    expected_years=expected,
                    actual_years=actual,
                )


# --- totals -----------------------------------------------------------------


def _same_year(a: PartialDate | None, b: PartialDate | None) -> bool:
    return a is not None and b is not None and a.year == b.year


def _members_counted(ctx: Context, parent_id: str, date: PartialDate) -> list[Affiliation]:
    """The affiliations of *parent_id* that its counts at *date* include."""
    return list(ctx.counted_children.get((parent_id, date.year), ()))


@_register
def affiliate_totals(ctx: Context) -> Iterator[Finding]:
    """Affiliates' members counted in the same year do not exceed the parent's own count."""
    for figure in ctx.dataset.memberships:
        if figure.unit is not Unit.PERSONS or figure.counted is not Counted.MEMBERS:
            continue
        if figure.as_of is None:
            continue
        year = figure.as_of.year
        parts = [
            part
            for link in _members_counted(ctx, figure.org_id, figure.as_of)
            for part in ctx.member_counts.get((link.member_id, year), ())
        ]
        total = sum(part.value for part in parts)
        if parts and total > figure.value + approximation_tolerance(figure):
            # The largest parts first: an inflated figure is named even in a shortened line.
            largest = sorted(parts, key=lambda part: -part.value)
            yield _error(
                "memberships",
                [figure.id, *(p.id for p in largest)],
                f"affiliates count {total} members in {figure.as_of.year}, more than "
                f"{figure.org_id}'s own {figure.value}",
                parent=figure.value,
                affiliates=total,
            )


@_register
def affiliate_count(ctx: Context) -> Iterator[Finding]:
    """A stated number of affiliates equals the affiliations listed for that year."""
    for figure in ctx.dataset.memberships:
        if figure.unit is not Unit.ORGANISATIONS or figure.counted is not Counted.AFFILIATES:
            continue
        if figure.as_of is None:
            continue
        listed = {link.member_id for link in _members_counted(ctx, figure.org_id, figure.as_of)}
        if listed and len(listed) != figure.value:
            yield _error(
                "memberships",
                [figure.id],
                f"states {figure.value} affiliates, but {len(listed)} are listed for "
                f"{figure.as_of.year}",
                stated=figure.value,
                listed=len(listed),
            )


@_register
def rank_order(ctx: Context) -> Iterator[Finding]:
    """A ranked list is in the order its ranks claim: a higher rank has no fewer members."""
    lists: dict[tuple[str, str, str], list[Affiliation]] = defaultdict(list)
    for link in ctx.dataset.affiliations:
        if link.rank is not None:
            lists[(link.parent_id, link.status.value, str(link.as_of))].append(link)
    # The first figure of members of each organisation at each date: one look-up a link.
    first_counts: dict[tuple[str, PartialDate | None], Membership] = {}
    for m in ctx.dataset.memberships:
        if m.counted is Counted.MEMBERS:
            first_counts.setdefault((m.org_id, m.as_of), m)
    for links in lists.values():
        ranked: list[tuple[Affiliation, Membership]] = []
        for link in sorted(links, key=lambda a: a.rank or 0):
            figure = first_counts.get((link.member_id, link.as_of))
            if figure is not None:
                ranked.append((link, figure))
        for (high, high_fig), (low, low_fig) in pairwise(ranked):
            if low_fig.value > high_fig.value:
                yield _error(
                    "memberships",
                    [high_fig.id, low_fig.id],
                    f"rank {low.rank} ({low.member_id}, {low_fig.value}) has more members than "
                    f"rank {high.rank} ({high.member_id}, {high_fig.value})",
                )


@_register
def count_range(ctx: Context) -> Iterator[Finding]:
    """Counts are neither negative nor absurd."""
    for figure in ctx.dataset.memberships:
        if not 0 <= figure.value <= _MAX_COUNT[figure.unit]:
            yield _error(
                "memberships",
                [figure.id],
                f"{figure.value} {figure.unit.value} is not a plausible count",
                value=figure.value,
            )


# --- formats ----------------------------------------------------------------


@_register
def contact_formats(ctx: Context) -> Iterator[Finding]:
    """Phone and fax in E.164, postal codes NNN-NNNN, e-mail, URLs, prefecture names.

    URLs are checked wherever the data holds them: organisations' web sites,
    and the sources' own address and the addresses they state.
    """
    # The patterns are the ones the model declares for each contact field.
    rules: list[tuple[str, Callable[[str], bool]]] = [
        (field.name, re.compile(field.metadata["pattern"]).fullmatch)  # type: ignore[misc]
        for field in attrs.fields(Organization)
        if "pattern" in field.metadata and field.name != "id"
    ]
    rules.append(("prefecture", _PREFECTURES.__contains__))
    for org in ctx.dataset.organizations:
        for name, valid in rules:
            value = getattr(org, name)
            if value is not None and not valid(value):
                yield _error(
                    "organizations",
                    [org.id],
                    f"{name} {value!r} is not well formed",
                    field=name,
                    value=value,
                )
        yield from _malformed_urls("organizations", org.id, "websites", org.websites)
    for source in ctx.dataset.sources:
        yield from _malformed_urls("sources", source.id, "url", (source.url,) if source.url else ())
        yield from _malformed_urls("sources", source.id, "urls_stated", source.urls_stated)


def _malformed_urls(
    table: str, record_id: str, field: str, urls: Iterable[str]
) -> Iterator[Finding]:
    """A contact_formats finding for each of *urls* that is not an http(s) URL."""
    from jplabour.formats import url as url_format

    for url in urls:
        if not url_format.is_valid(url):
            yield _error(
                table,
                [record_id],
                f"{field} {url!r} is not an http(s) URL",
                field=field,
                value=url,
            )


# --- running ----------------------------------------------------------------


def _excusing_errata(finding: Finding, dataset: Dataset) -> tuple[str, ...]:
    """The ids of the errata that declare this finding a known source problem."""
    return tuple(
        erratum.id
        for erratum in dataset.errata
        if erratum.check == finding.check and set(finding.record_ids) <= set(erratum.record_ids)
    )


def run_checks(
    dataset: Dataset, source_texts: Mapping[str, str] | None, names: Iterable[str] | None = None
) -> Report:
    """Run the named checks (all by default) on *dataset*."""
    ctx = Context(dataset, source_texts)
    findings: list[Finding] = []
    for name in CHECKS if names is None else names:
        for unnamed in CHECKS[name](ctx):
            finding = attrs.evolve(unnamed, check=name)
            erratum_ids = _excusing_errata(finding, dataset)
            if erratum_ids:
                findings.append(attrs.evolve(finding, severity="warning", erratum_ids=erratum_ids))
            else:
                findings.append(finding)
    return Report(tuple(findings))


def check(dataset: Dataset | None = None) -> Report:
    """Run every check on *dataset* (the embedded data by default)."""
    if dataset is None:
        from jplabour.data import DATASET

        dataset = DATASET
    return run_checks(dataset, source_texts(dataset))


# --- command line -----------------------------------------------------------


def configure_parser(parser: argparse.ArgumentParser) -> None:
    """``jplabour check [PATH] [--format text|json]``."""
    parser.add_argument(
        "path",
        nargs="?",
        help="a dataset file (JSON export, JSONL or CSV directory, datapackage.json); the embedded data by default",
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="the report's format"
    )


def _load_findings(path: str) -> tuple[Dataset, list[Finding]]:
    """Load a dataset file; records that cannot be built become 'schema' findings."""
    from jplabour.load import load_dataset

    result = load_dataset(path)
    findings = [
        attrs.evolve(
            _error(problem.table, [problem.record_id or "?"], problem.one_line()), check="schema"
        )
        for problem in result.problems
    ]
    return result.dataset, findings


def run_command(args: argparse.Namespace) -> int:
    """Run the checks and print the report; exit 1 when there is an error."""
    if args.path is None:
        report = check()
    else:
        dataset, load_findings = _load_findings(args.path)
        checked = check(dataset)
        report = Report((*load_findings, *checked.findings))
    if args.format == "json":
        json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for finding in report.findings:
            sys.stdout.write(finding.one_line() + "\n")
        verdict = "ok" if report.ok else "FAILED"
        sys.stdout.write(
            f"{verdict}: {report.errors} errors, {report.warnings} warnings, {len(CHECKS)} checks\n"
        )
    return EXIT_OK if report.ok else EXIT_FAILED
