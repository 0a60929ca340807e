"""Integrity checks: what no longer adds up, record by record.

``jplabour.check(dataset)`` runs every check in :data:`CHECKS` and returns a
:class:`Report` of immutable :class:`Finding` objects. Each check is a
function from a :class:`Context` to findings; docs/checks.md documents each.

The package's modules: :mod:`~jplabour.checks.findings` (what a run
reports), :mod:`~jplabour.checks.context` (what the checks read),
:mod:`~jplabour.checks.registry` (the running order, and running them), and
one module per family of checks: identity, links (references), provenance, dates,
totals, contacts.

A finding on a record that an erratum declares (the erratum names the check
and the record) is a known problem of the source: it is reported as a
warning tied to that erratum instead of an error.
"""

from __future__ import annotations

from jplabour.checks.contacts import contact_formats
from jplabour.checks.context import Context
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
from jplabour.checks.findings import Finding, Report, Severity
from jplabour.checks.identity import ambiguous_names, id_format, repeated_aliases, unique_ids
from jplabour.checks.links import citation_sources, references
from jplabour.checks.provenance import (
    NOT_STATED,
    REFERENCE_ONLY_FIELDS,
    cited,
    erratum_quotes,
    quotes_verbatim,
    reference_quotes,
    reference_sources,
    references_name_only,
    values_stated,
)
from jplabour.checks.registry import CHECKS, Check, check, erratum_records, run_checks
from jplabour.checks.totals import affiliate_count, affiliate_totals, count_range, rank_order

__all__ = [
    "CHECKS",
    "NOT_STATED",
    "REFERENCE_ONLY_FIELDS",
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
    "contact_formats",
    "count_range",
    "erratum_quotes",
    "erratum_records",
    "event_span",
    "figure_dates",
    "id_format",
    "lifetime_order",
    "numbered_events",
    "office_order",
    "quotes_verbatim",
    "rank_order",
    "reference_quotes",
    "reference_sources",
    "references",
    "references_name_only",
    "relation_dates",
    "repeated_aliases",
    "run_checks",
    "term_dates",
    "unique_ids",
    "values_stated",
]
