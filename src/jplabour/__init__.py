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
    Answer,
    DateLike,
    Lineage,
    LookupResult,
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
    lookup,
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
    from jplabour.membership import MembershipRow
    from jplabour.validator import ValidationReport

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
    "validate",
]


def check(dataset: Dataset | None = None) -> Report:
    """Run every integrity check on *dataset* (the embedded data by default).

    See :func:`jplabour.checks.check` and docs/checks.md.
    """
    from jplabour.checks import check as run_checks

    return run_checks(dataset)


def validate(  # noqa: PLR0913 - mirrors jplabour.validator.validate
    rows_or_path: str | os.PathLike[str] | Iterable[Mapping[str, Any]],
    table: str,
    encoding: str | None = None,
    max_errors: int | None = None,
    *,
    dataset: Dataset | None = None,
    normalize: str | os.PathLike[str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> ValidationReport:
    """Validate a downstream table against jplabour's vocabulary and rules.

    See :func:`jplabour.validator.validate` and docs/validator.md.
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
