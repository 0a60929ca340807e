"""How organisations are linked: affiliations to parent bodies, and successions."""

from __future__ import annotations

import enum

import attrs

from jplabour.model.citations import Citation, citations_field
from jplabour.model.declaring import date_metadata, id_field, optional, required
from jplabour.model.partial_date import PartialDate, to_optional_date

__all__ = ["Affiliation", "AffiliationStatus", "Succession", "SuccessionKind"]


class AffiliationStatus(str, enum.Enum):
    """How a member organisation stands towards a parent."""

    AFFILIATE = "affiliate"
    ASSOCIATED = "associated"
    FORMER = "former"
    RELATED = "related"
    ESTABLISHED_BY = "established_by"
    MEMBER = "member"
    PART_OF = "part_of"


class SuccessionKind(str, enum.Enum):
    """How one organisation led to another."""

    MERGER = "merger"
    UNIFICATION = "unification"
    RENAME = "rename"
    REBRAND = "rebrand"


@attrs.frozen(kw_only=True)
class Affiliation:
    """A member organisation's link to a parent body."""

    id: str = id_field("Stable slug.")
    member_id: str = required("The member organisation.", ref="organizations")
    parent_id: str = required("The parent organisation.", ref="organizations")
    status: AffiliationStatus = required("How the member stands towards the parent.")
    citations: tuple[Citation, ...] = citations_field()
    since: PartialDate | None = attrs.field(
        default=None, converter=to_optional_date, metadata=date_metadata("When the link began.")
    )
    until: PartialDate | None = attrs.field(
        default=None, converter=to_optional_date, metadata=date_metadata("When the link ended.")
    )
    rank: int | None = optional(
        "The member's position where the source numbers its list.", minimum=1
    )
    as_of: PartialDate | None = attrs.field(
        default=None,
        converter=to_optional_date,
        metadata=date_metadata("The date at which the source lists the link."),
    )
    end_reason: str | None = optional("Why the link ended, as the source says.")


@attrs.frozen(kw_only=True)
class Succession:
    """One organisation succeeded by another."""

    id: str = id_field("Stable slug.")
    predecessor_id: str = required("The earlier organisation.", ref="organizations")
    successor_id: str = required("The later organisation.", ref="organizations")
    kind: SuccessionKind = required("Merger, unification, rename or rebrand.")
    citations: tuple[Citation, ...] = citations_field()
    date: PartialDate | None = attrs.field(
        default=None,
        converter=to_optional_date,
        metadata=date_metadata("When the succession took effect."),
    )
