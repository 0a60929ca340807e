"""The checks in their running order, and running them.

:data:`CHECKS` is built from an explicit tuple, so the running order is the
order written here, whatever order the family modules are imported in.

A finding on a record that an erratum declares (the erratum names the check
and the record) is a known problem of the source: it is reported as a
warning tied to that erratum instead of an error.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Final

import attrs

from jplabour.checks.contacts import contact_formats
from jplabour.checks.context import Context, all_records
from jplabour.checks.dates import (
    affiliation_dates,
    event_span,
    figure_dates,
    lifetime_order,
    numbered_events,
    office_order,
    relation_dates,
    term_dates,
)
from jplabour.checks.findings import Finding, Report, error
from jplabour.checks.identity import ambiguous_names, id_format, repeated_aliases, unique_ids
from jplabour.checks.links import citation_sources, references
from jplabour.checks.provenance import (
    cited,
    erratum_quotes,
    quotes_verbatim,
    reference_quotes,
    reference_sources,
    references_name_only,
    values_stated,
)
from jplabour.checks.totals import affiliate_count, affiliate_totals, count_range, rank_order
from jplabour.model import Dataset
from jplabour.provenance import source_texts

__all__ = ["CHECKS", "RUNNING_ORDER", "Check", "check", "erratum_records", "run_checks"]

Check = Callable[[Context], Iterable[Finding]]


# The one check that reads the registry lives beside it, so that no family
# module imports the registry that imports it.
def erratum_records(ctx: Context) -> Iterator[Finding]:
    """Every record an erratum names exists in some table."""
    ids = {record.id for _, record in all_records(ctx.dataset)}
    for erratum in ctx.dataset.errata:
        for record_id in erratum.record_ids:
            if record_id not in ids:
                yield error(
                    "errata",
                    [erratum.id],
                    f"names no record: {record_id!r}",
                    value=record_id,
                )
        if erratum.check is not None and erratum.check not in CHECKS:
            yield error(
                "errata",
                [erratum.id],
                f"names no check: {erratum.check!r}",
                value=erratum.check,
            )


#: Every check, in running order: identity, links, provenance, dates, totals, contacts.
RUNNING_ORDER: Final[tuple[Check, ...]] = (
    unique_ids,
    id_format,
    ambiguous_names,
    repeated_aliases,
    references,
    citation_sources,
    erratum_records,
    cited,
    quotes_verbatim,
    erratum_quotes,
    values_stated,
    reference_quotes,
    references_name_only,
    reference_sources,
    lifetime_order,
    affiliation_dates,
    relation_dates,
    figure_dates,
    term_dates,
    event_span,
    office_order,
    numbered_events,
    affiliate_totals,
    affiliate_count,
    rank_order,
    count_range,
    contact_formats,
)
#: Every check by name (its function's name), in running order; read-only.
CHECKS: Final[Mapping[str, Check]] = MappingProxyType(
    {check_function.__name__: check_function for check_function in RUNNING_ORDER}
)


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
