"""The whole dataset: one table of records per record class, in export order."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs

from jplabour.model.ambiguous_names import AmbiguousName
from jplabour.model.declaring import to_tuple
from jplabour.model.events import Event
from jplabour.model.links import Affiliation, Succession
from jplabour.model.memberships import Membership
from jplabour.model.organizations import Organization
from jplabour.model.people import Person, Position
from jplabour.model.sources import Erratum, Source

__all__ = ["TABLES", "Dataset", "Record"]

#: Any record of the dataset.
Record = (
    Source
    | Organization
    | AmbiguousName
    | Affiliation
    | Membership
    | Succession
    | Person
    | Position
    | Event
    | Erratum
)


def _table(record_type: type[Any], key: tuple[str, ...], description: str) -> Any:
    """A table of the dataset: a tuple of *record_type*, with its primary key."""
    return attrs.field(
        default=(),
        converter=to_tuple,
        metadata={"record": record_type, "primary_key": key, "description": description},
    )


@attrs.frozen(kw_only=True)
class Dataset:
    """The whole dataset: one immutable tuple of records per table.

    The field order is the table order of every export.
    """

    sources: tuple[Source, ...] = _table(Source, ("id",), "The source documents.")
    organizations: tuple[Organization, ...] = _table(
        Organization, ("id",), "Organisations and related bodies."
    )
    ambiguous_names: tuple[AmbiguousName, ...] = _table(
        AmbiguousName, ("id",), "Names the sources use for more than one organisation."
    )
    affiliations: tuple[Affiliation, ...] = _table(
        Affiliation, ("id",), "Links between member organisations and parents."
    )
    memberships: tuple[Membership, ...] = _table(
        Membership, ("id",), "Dated membership and organisation counts."
    )
    successions: tuple[Succession, ...] = _table(
        Succession, ("id",), "Mergers, unifications, renames and rebrands."
    )
    people: tuple[Person, ...] = _table(Person, ("id",), "Office-holders.")
    positions: tuple[Position, ...] = _table(Position, ("id",), "Offices held.")
    events: tuple[Event, ...] = _table(Event, ("id",), "Dated history.")
    errata: tuple[Erratum, ...] = _table(Erratum, ("id",), "Problems found in the sources.")

    def table(self, name: str) -> tuple[Any, ...]:
        """The records of the table called *name*."""
        if name not in TABLES:
            raise KeyError(f"no table {name!r}; tables: {', '.join(TABLES)}")
        records: tuple[Any, ...] = getattr(self, name)
        return records


#: Table name -> record type, in export order. Derived from :class:`Dataset`.
TABLES: Final[Mapping[str, type[Any]]] = MappingProxyType(
    {f.name: f.metadata["record"] for f in attrs.fields(Dataset)}
)
