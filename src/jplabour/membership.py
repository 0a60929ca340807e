"""A tidy membership table for analysis: one row per figure, names and parents beside it.

:func:`membership_table` joins each membership figure with its
organisation (name, abbreviation, kind) and the parents it belonged to at
the figure's date, so that a chart needs no merge. Each row keeps its
``unit`` and ``counted`` beside ``value``: a count of organisations never
passes for a count of persons.
"""

from __future__ import annotations

from typing import Any, Final

import attrs

from jplabour.api import MEMBER_STATUSES
from jplabour.api import get as get_org
from jplabour.api import members as member_figures
from jplabour.api import parents as parent_links
from jplabour.asof import Within
from jplabour.data import DATASET
from jplabour.model import Dataset, Membership
from jplabour.semantics import COUNTED_STATUSES

__all__ = ["COLUMNS", "MembershipRow", "membership_table"]

_SAME_DATE: Final = Within(0, "days")


@attrs.frozen
class MembershipRow:
    """One membership figure, with its organisation and its parents at the figure's date."""

    membership_id: str
    org_id: str
    name_en: str
    abbreviation: str | None
    kind: str
    parent_ids: str | None  #: the parents' ids, ";"-separated; None for none
    parents: str | None  #: the parents' abbreviations (or names), ";"-separated
    value: int
    unit: str  #: "persons" or "organisations": always read value with it
    counted: str  #: members, affiliates, locals ...
    approximate: bool
    as_of: str | None  #: None: the source gives no date
    source_id: str
    covers: str | None

    def to_dict(self) -> dict[str, Any]:
        """The row as a dict, in column order."""
        return attrs.asdict(self)


#: The columns, in order: the fields of :class:`MembershipRow`, declared once there.
COLUMNS: Final = tuple(field.name for field in attrs.fields(MembershipRow))


def _parent_links(figure: Membership, dataset: Dataset | None) -> tuple[str, ...]:
    """The parents of the figure's organisation at its date, by the rule "As of a date".

    At the figure's date means: in force by the links' own dates, or listed at
    a date that may be the figure's (a listing of another year does not
    count); a link now former counts where it was in force then. An undated
    figure takes the current affiliations (affiliate or associated).
    """
    if figure.as_of is None:
        links = parent_links(figure.org_id, statuses=COUNTED_STATUSES, dataset=dataset)
    else:
        links = parent_links(
            figure.org_id,
            figure.as_of,
            within=_SAME_DATE,
            statuses=MEMBER_STATUSES,  # a former link may have been in force then
            dataset=dataset,
        )
    return tuple(dict.fromkeys(link.parent_id for link in links))


def membership_table(dataset: Dataset | None = None) -> tuple[MembershipRow, ...]:
    """One :class:`MembershipRow` per membership figure, by organisation id then date.

    ``pandas.DataFrame([row.to_dict() for row in jplabour.membership_table()])``
    gives a frame to filter on ``unit == "persons"`` and ``counted ==
    "members"`` before summing: the table holds counts of people and counts
    of organisations side by side, each with its unit.
    """
    rows = []
    for org in sorted((dataset or DATASET).organizations, key=lambda o: o.id):
        for figure in member_figures(org, counted=None, unit=None, dataset=dataset):
            parent_ids = _parent_links(figure, dataset)
            parents = [get_org(i, dataset=dataset) for i in parent_ids]
            rows.append(
                MembershipRow(
                    membership_id=figure.id,
                    org_id=org.id,
                    name_en=org.name_en,
                    abbreviation=org.abbreviation,
                    kind=org.kind.value,
                    parent_ids=";".join(parent_ids) or None,
                    parents=";".join(p.abbreviation or p.name_en for p in parents) or None,
                    value=figure.value,
                    unit=figure.unit.value,
                    counted=figure.counted.value,
                    approximate=figure.approximate,
                    as_of=None if figure.as_of is None else str(figure.as_of),
                    source_id=figure.citations[0].source_id if figure.citations else "",
                    covers=figure.covers,
                )
            )
    return tuple(rows)
