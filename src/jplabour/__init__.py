"""jplabour: a hand-curated, validated dataset of Japanese labour organisations.

Every record is an immutable, typed object citing the verbatim quotes it
rests on. ``import jplabour`` reads no data file and loads neither pydantic
nor jsonschema: the checks, the validator and the exports load when used.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from jplabour._version import __version__
from jplabour.api import (
    MEMBER_STATUSES,
    AmbiguousNameError,
    DateLike,
    Lineage,
    LookupResult,
    OrgRef,
    PersonRef,
    Quote,
    RosterEntry,
    UnknownIdError,
    affiliates,
    citations,
    events,
    get,
    lineage,
    lookup,
    members,
    officers,
    offices,
    parents,
    person,
    resolve,
    roster,
    search,
)
from jplabour.data import DATASET
from jplabour.data_version import DATA_VERSION
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
from jplabour.names import normalize_name

if TYPE_CHECKING:
    import pandas as pd

    from jplabour.checks import Report
    from jplabour.validator import ValidationReport

__all__ = [
    "DATASET",
    "DATA_VERSION",
    "MEMBER_STATUSES",
    "TABLES",
    "Affiliation",
    "AmbiguousName",
    "AmbiguousNameError",
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
    "RosterEntry",
    "Source",
    "Succession",
    "UnknownIdError",
    "__version__",
    "affiliates",
    "check",
    "citations",
    "events",
    "get",
    "lineage",
    "lookup",
    "members",
    "normalize_name",
    "officers",
    "offices",
    "parents",
    "person",
    "resolve",
    "roster",
    "search",
    "tables",
    "to_pandas",
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


def tables(dataset: Dataset | None = None) -> dict[str, list[dict[str, Any]]]:
    """Every table as a list of dicts, the rows of ``jplabour export --format json``."""
    from jplabour.export import tables as export_tables

    return export_tables(dataset)


def to_pandas(table: str, dataset: Dataset | None = None) -> pd.DataFrame:
    """One table as a pandas DataFrame (pandas is optional and not a dependency)."""
    from jplabour.export import to_pandas as export_to_pandas

    return export_to_pandas(table, dataset)
