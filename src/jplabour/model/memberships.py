"""Membership figures: dated counts of persons or organisations."""

from __future__ import annotations

import enum

import attrs

from jplabour.model.citations import Citation, citations_field
from jplabour.model.declaring import date_metadata, id_field, optional, required
from jplabour.model.partial_date import PartialDate, to_optional_date

__all__ = ["Counted", "Membership", "Unit"]


class Unit(str, enum.Enum):
    """What a count counts."""

    PERSONS = "persons"
    ORGANISATIONS = "organisations"


class Counted(str, enum.Enum):
    """Which group a count covers."""

    MEMBERS = "members"
    AFFILIATES = "affiliates"
    LOCALS = "locals"
    PARTICIPANTS = "participants"


@attrs.frozen(kw_only=True)
class Membership:
    """A dated count: members of an organisation, or organisations in it."""

    id: str = id_field("Stable slug.")
    org_id: str = required("The counted organisation.", ref="organizations")
    value: int = required("The count.", minimum=0)
    unit: Unit = required("Whether persons or organisations are counted.")
    citations: tuple[Citation, ...] = citations_field()
    counted: Counted = attrs.field(
        default=Counted.MEMBERS,
        metadata={"description": "Which group the count covers."},
    )
    approximate: bool = attrs.field(
        default=False,
        metadata={"description": "True for a rounded figure ('7 million', 'approximately 100')."},
    )
    as_of: PartialDate | None = attrs.field(
        default=None,
        converter=to_optional_date,
        metadata=date_metadata("The date of the count, where the source gives one."),
    )
    covers: str | None = optional("What the count covers, in the source's words.")
