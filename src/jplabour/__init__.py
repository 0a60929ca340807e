"""jplabour: a hand-curated, validated dataset of Japanese labour organisations.

Every record is an immutable, typed object citing the verbatim quotes it
rests on. ``import jplabour`` reads no data file and loads neither pydantic
nor jsonschema: each public name loads its module on first use, so that the
checks, the validator and the exports load only when used, and a first
``jplabour.lookup`` loads the names and records but not the rest of the API.
"""

from __future__ import annotations

from jplabour._lazy import lazy_attributes
from jplabour._version import __version__
from jplabour.data_version import DATA_VERSION

# Not typing.TYPE_CHECKING: ``import jplabour`` imports no module it does not
# need, typing included (type checkers read this name as True).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

    from jplabour.api import (
        MEMBER_STATUSES,
        Answer,
        DateLike,
        Lineage,
        Quote,
        Relation,
        RosterEntry,
        Within,
        WithinLike,
        affiliates,
        affiliates_at,
        citations,
        errata,
        events,
        lineage,
        members,
        members_at,
        officers,
        officers_at,
        offices,
        parents,
        parents_at,
        roster,
        roster_at,
    )
    from jplabour.checks import check
    from jplabour.data import DATASET
    from jplabour.export import tables, to_pandas, to_polars
    from jplabour.membership import membership_table
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
    from jplabour.resolving import (
        AmbiguousNameError,
        OrgRef,
        PersonRef,
        UnknownIdError,
        get,
        person,
        resolve,
    )
    from jplabour.validator import validate
del TYPE_CHECKING  # not a name of the module

#: Where each public name is defined: ``import jplabour`` imports none of these
#: modules; the first use of a name imports its module (PEP 562), so that
#: ``jplabour.lookup`` loads the name index but not the rest of the API.
_LAZY: Final = {
    **dict.fromkeys(
        ("MEMBER_STATUSES", "Answer", "DateLike", "Lineage", "Quote", "Relation", "RosterEntry",
         "Within", "WithinLike", "affiliates", "affiliates_at", "citations", "errata", "events",
         "lineage", "members", "members_at", "officers", "officers_at", "offices", "parents",
         "parents_at", "roster", "roster_at"),
        "jplabour.api",
    ),
    **dict.fromkeys(("LookupResult", "lookup", "normalize_name", "search"), "jplabour.names"),
    **dict.fromkeys(
        ("AmbiguousNameError", "OrgRef", "PersonRef", "UnknownIdError", "get", "person",
         "resolve"),
        "jplabour.resolving",
    ),
    "DATASET": "jplabour.data",
    "check": "jplabour.checks",
    **dict.fromkeys(("tables", "to_pandas", "to_polars"), "jplabour.export"),
    "membership_table": "jplabour.membership",
    "validate": "jplabour.validator",
    **dict.fromkeys(
        ("TABLES", "Affiliation", "AmbiguousName", "Citation", "Dataset", "Erratum", "Event",
         "Membership", "Organization", "PartialDate", "Person", "Position", "Source",
         "Succession"),
        "jplabour.model",
    ),
}  # fmt: skip


__getattr__, __dir__ = lazy_attributes(__name__, globals(), _LAZY)


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
