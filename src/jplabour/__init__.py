"""jplabour: a hand-curated, validated dataset of Japanese labour organisations."""

from jplabour._version import __version__
from jplabour.api import (
    AmbiguousNameError,
    Lineage,
    LookupResult,
    Quote,
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
    search,
)
from jplabour.data import DATASET
from jplabour.names import normalize_name

__all__ = [
    "DATASET",
    "AmbiguousNameError",
    "Lineage",
    "LookupResult",
    "Quote",
    "UnknownIdError",
    "__version__",
    "affiliates",
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
    "search",
]
