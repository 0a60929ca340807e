"""The dated history of organisations."""

from __future__ import annotations

import enum

import attrs

from jplabour.model.citations import Citation, citations_field
from jplabour.model.declaring import date_metadata, id_field, optional, required, texts_field
from jplabour.model.partial_date import PartialDate, to_date, to_optional_date

__all__ = ["Event", "EventKind"]


class EventKind(str, enum.Enum):
    """What kind of thing happened."""

    FOUNDING = "founding"
    #: A development before the organisation existed that its own history recounts.
    BACKGROUND = "background"
    CONVENTION = "convention"
    ANNIVERSARY = "anniversary"
    CAMPAIGN = "campaign"
    RALLY = "rally"
    POLICY = "policy"
    SERVICE = "service"
    BODY_ESTABLISHED = "body_established"
    INTERNATIONAL = "international"
    POLITICAL = "political"
    DISASTER_RESPONSE = "disaster_response"
    RESEARCH = "research"
    PROGRAMME = "programme"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Event:
    """A dated event in an organisation's history, summarised in our own words."""

    id: str = id_field("Stable slug.")
    org_id: str = required("The organisation whose history it belongs to.", ref="organizations")
    date: PartialDate = attrs.field(converter=to_date, metadata=date_metadata("When it happened."))
    kind: EventKind = required("What kind of event (closed vocabulary).")
    summary: str = required("A short summary in the curators' own words.", min_length=1)
    citations: tuple[Citation, ...] = citations_field()
    until: PartialDate | None = attrs.field(
        default=None,
        converter=to_optional_date,
        metadata=date_metadata("The end of an event that spans months."),
    )
    number: int | None = optional(
        "The ordinal of a numbered recurring event (the 9th convention).", minimum=1
    )
    related_org_ids: tuple[str, ...] = texts_field(
        "Other organisations involved.", ref="organizations"
    )
