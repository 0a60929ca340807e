"""The context every check reads: the dataset, its indexes and its sources' texts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from functools import cached_property
from typing import Any

from jplabour.model import (
    TABLES,
    Affiliation,
    Counted,
    Dataset,
    Membership,
    Organization,
    PartialDate,
    SourceKind,
    Unit,
)
from jplabour.semantics import (
    COUNTED_STATUSES,
    Lifetime,
    lifetimes,
)

__all__ = ["Context", "all_records"]


class Context:
    """A dataset with the indexes and source texts the checks share."""

    def __init__(self, dataset: Dataset, source_texts: Mapping[str, str] | None) -> None:
        self.dataset = dataset
        #: Source id -> text, for the sources whose text is available.
        self.source_texts: Mapping[str, str] = source_texts or {}

    @cached_property
    def reference_ids(self) -> frozenset[str]:
        """The ids of the sources of kind ``reference``: names only."""
        return frozenset(s.id for s in self.dataset.sources if s.kind is SourceKind.REFERENCE)

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


def all_records(dataset: Dataset) -> Iterator[tuple[str, Any]]:
    """(table, record) for every record of *dataset*, table by table."""
    for table in TABLES:
        for record in dataset.table(table):
            yield table, record
