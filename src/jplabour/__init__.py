"""jplabour: a hand-curated, validated dataset of Japanese labour organisations.

Every record is an immutable, typed object citing the verbatim quotes it
rests on. ``import jplabour`` reads no data file and loads neither pydantic
nor jsonschema: each public name loads its module on first use, so that the
checks, the validator and the exports load only when used, and a first
``jplabour.lookup`` loads the names and records but not the rest of the API.
"""

from __future__ import annotations

import gc
import importlib
import os
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final

from jplabour._version import __version__
from jplabour.data_version import DATA_VERSION

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl

    from jplabour.api import (
        MEMBER_STATUSES,
        AmbiguousNameError,
        Answer,
        DateLike,
        Lineage,
        OrgRef,
        PersonRef,
        Quote,
        Relation,
        RosterEntry,
        UnknownIdError,
        Within,
        WithinLike,
        affiliates,
        affiliates_at,
        citations,
        errata,
        events,
        get,
        lineage,
        members,
        members_at,
        officers,
        officers_at,
        offices,
        parents,
        parents_at,
        person,
        resolve,
        roster,
        roster_at,
    )
    from jplabour.checks import Report
    from jplabour.data import DATASET
    from jplabour.membership import MembershipRow
    from jplabour.model import (
        TABLES,
        Affiliation,
        AmbiguousName,
        Citation,
        Dataset,
        Erratum,
        Event,
        Membership,
        Organization,
        PartialDate,
        Person,
        Position,
        Source,
        Succession,
    )
    from jplabour.names import LookupResult, lookup, normalize_name, search
    from jplabour.validator import ValidationReport

#: Where each public name is defined: ``import jplabour`` imports none of these
#: modules; the first use of a name imports its module (PEP 562), so that
#: ``jplabour.lookup`` loads the name index but not the rest of the API.
_LAZY: Final = {
    **dict.fromkeys(
        ("MEMBER_STATUSES", "AmbiguousNameError", "Answer", "DateLike", "Lineage", "OrgRef",
         "PersonRef", "Quote", "Relation", "RosterEntry", "UnknownIdError", "Within",
         "WithinLike", "affiliates", "affiliates_at", "citations", "errata", "events", "get",
         "lineage", "members", "members_at", "officers", "officers_at", "offices", "parents",
         "parents_at", "person", "resolve", "roster", "roster_at"),
        "jplabour.api",
    ),
    **dict.fromkeys(("LookupResult", "lookup", "normalize_name", "search"), "jplabour.names"),
    "DATASET": "jplabour.data",
    **dict.fromkeys(
        ("TABLES", "Affiliation", "AmbiguousName", "Citation", "Dataset", "Erratum", "Event",
         "Membership", "Organization", "PartialDate", "Person", "Position", "Source",
         "Succession"),
        "jplabour.model",
    ),
}  # fmt: skip


def __getattr__(name: str) -> Any:
    """The public *name*, imported from its module on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'jplabour' has no attribute {name!r}")
    # Loading the records creates thousands of objects and no garbage: the cyclic
    # collector's passes over them would cost more than the rest of the import.
    collecting = gc.isenabled()
    gc.disable()
    try:
        value = getattr(importlib.import_module(module), name)
    finally:
        if collecting:
            gc.enable()
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The names of the package, the lazily imported ones included."""
    return sorted({*globals(), *_LAZY})


__all__ = [
    "DATASET",
    "DATA_VERSION",
    "MEMBER_STATUSES",
    "TABLES",
    "Affiliation",
    "AmbiguousName",
    "AmbiguousNameError",
    "Answer",
    "Citation",
    "Dataset",
    "DateLike",
    "Erratum",
    "Event",
    "Lineage",
    "LookupResult",
    "Membership",
    "OrgRef",
    "Organization",
    "PartialDate",
    "Person",
    "PersonRef",
    "Position",
    "Quote",
    "Relation",
    "RosterEntry",
    "Source",
    "Succession",
    "UnknownIdError",
    "Within",
    "WithinLike",
    "__version__",
    "affiliates",
    "affiliates_at",
    "check",
    "citations",
    "errata",
    "events",
    "get",
    "lineage",
    "lookup",
    "members",
    "members_at",
    "membership_table",
    "normalize_name",
    "officers",
    "officers_at",
    "offices",
    "parents",
    "parents_at",
    "person",
    "resolve",
    "roster",
    "roster_at",
    "search",
    "tables",
    "to_pandas",
    "to_polars",
    "validate",
]


def check(dataset: Dataset | None = None) -> Report:
    """Run every integrity check on *dataset* (the embedded data by default).

    See :func:`jplabour.checks.check` and docs/checks.md.
    """
    from jplabour.checks import check as run_checks

    return run_checks(dataset)


def validate(  # noqa: PLR0913 - mirrors jplabour.validator.validate
    rows_or_path: str | os.PathLike[str] | Iterable[Mapping[str, Any]] | Any,
    table: str,
    encoding: str | None = None,
    max_errors: int | None = None,
    *,
    dataset: Dataset | None = None,
    normalize: str | os.PathLike[str] | None = None,
    progress: Callable[[int], None] | None = None,
    columns: Mapping[Any, str] | None = None,
    sheet: str | None = None,
) -> ValidationReport:
    """Validate a downstream table against jplabour's vocabulary and rules.

    *rows_or_path* is a file (CSV, TSV, JSON, .xlsx), a pandas or polars
    DataFrame, a pyarrow Table, or an iterable of mappings; *columns* maps
    its column names to jplabour's fields. See
    :func:`jplabour.validator.validate` and docs/validator.md.
    """
    from jplabour.validator import validate as run_validation

    return run_validation(
        rows_or_path,
        table,
        encoding,
        max_errors,
        dataset=dataset,
        normalize=normalize,
        progress=progress,
        columns=columns,
        sheet=sheet,
    )


def membership_table(dataset: Dataset | None = None) -> tuple[MembershipRow, ...]:
    """One row per membership figure, with its organisation and parents then.

    See :func:`jplabour.membership.membership_table` and docs/api.md.
    """
    from jplabour.membership import membership_table as build

    return build(dataset)


def tables(dataset: Dataset | None = None) -> dict[str, list[dict[str, Any]]]:
    """Every table as a list of dicts, the rows of ``jplabour export --format json``."""
    from jplabour.export import tables as export_tables

    return export_tables(dataset)


def to_pandas(table: str, dataset: Dataset | None = None) -> pd.DataFrame:
    """One table as a pandas DataFrame (pandas is optional and not a dependency)."""
    from jplabour.export import to_pandas as export_to_pandas

    return export_to_pandas(table, dataset)


def to_polars(table: str, dataset: Dataset | None = None) -> pl.DataFrame:
    """One table as a polars DataFrame (polars is optional and not a dependency)."""
    from jplabour.export import to_polars as export_to_polars

    return export_to_polars(table, dataset)
