"""The curated records of jplabour, one module per table.

The records are plain Python literals: importing this package reads no data
file. The sources table holds the seed documents and the references consulted
for names only (:mod:`jplabour.data.references`). :data:`DATASET` gathers them
into one immutable :class:`~jplabour.model.Dataset`, built on first use: a
first lookup by name needs only the organisations, and neither builds the
other tables nor creates their record classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jplabour.model import Dataset

    #: Every record of jplabour.
    DATASET: Dataset

__all__ = ["DATASET"]


def _build() -> Dataset:
    from jplabour.data.affiliations import AFFILIATIONS
    from jplabour.data.ambiguous_names import AMBIGUOUS_NAMES
    from jplabour.data.errata import ERRATA
    from jplabour.data.events import EVENTS
    from jplabour.data.memberships import MEMBERSHIPS
    from jplabour.data.organizations import ORGANIZATIONS
    from jplabour.data.people import PEOPLE
    from jplabour.data.positions import POSITIONS
    from jplabour.data.references import REFERENCES
    from jplabour.data.sources import SOURCES
    from jplabour.data.successions import SUCCESSIONS
    from jplabour.model import Dataset

    return Dataset(
        sources=tuple(sorted((*SOURCES, *REFERENCES), key=lambda source: source.id)),
        organizations=ORGANIZATIONS,
        ambiguous_names=AMBIGUOUS_NAMES,
        affiliations=AFFILIATIONS,
        memberships=MEMBERSHIPS,
        successions=SUCCESSIONS,
        people=PEOPLE,
        positions=POSITIONS,
        events=EVENTS,
        errata=ERRATA,
    )


def __getattr__(name: str) -> Any:
    """:data:`DATASET`, built once on first use (PEP 562)."""
    if name != "DATASET":
        raise AttributeError(f"module 'jplabour.data' has no attribute {name!r}")
    # Two threads may both build it; setdefault keeps the first, so all share one.
    return globals().setdefault(name, _build())
