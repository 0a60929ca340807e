"""Office-holders and the offices they held."""

from __future__ import annotations

import enum

import attrs

from jplabour.model.citations import Citation, citations_field
from jplabour.model.declaring import date_metadata, id_field, optional, required, texts_field
from jplabour.model.partial_date import PartialDate, to_optional_date

__all__ = ["Person", "Position", "Role"]


class Role(str, enum.Enum):
    """An office an officer holds."""

    PRESIDENT = "president"
    EXECUTIVE_DEPUTY_PRESIDENT = "executive_deputy_president"
    DEPUTY_PRESIDENT = "deputy_president"
    VICE_PRESIDENT = "vice_president"
    GENERAL_SECRETARY = "general_secretary"
    ASSISTANT_GENERAL_SECRETARY = "assistant_general_secretary"
    REPRESENTATIVE = "representative"


@attrs.frozen(kw_only=True)
class Person:
    """An office-holder; one record however many offices they held."""

    id: str = id_field("Stable slug, family name first.")
    family_name: str = required("Family name, in the source's romanisation.", min_length=1)
    given_name: str = required("Given name, in the source's romanisation.", min_length=1)
    citations: tuple[Citation, ...] = citations_field()
    title: str | None = optional("'Mr.' or 'Ms.' as printed.", enum=["Mr.", "Ms."])
    printed_as: tuple[str, ...] = texts_field("The name exactly as each source prints it.")


@attrs.frozen(kw_only=True)
class Position:
    """An office held by a person in an organisation."""

    id: str = id_field("Stable slug.")
    person_id: str = required("The office-holder.", ref="people")
    org_id: str = required("The organisation.", ref="organizations")
    role: Role = required("The office (closed vocabulary).")
    citations: tuple[Citation, ...] = citations_field()
    since: PartialDate | None = attrs.field(
        default=None, converter=to_optional_date, metadata=date_metadata("When the term began.")
    )
    until: PartialDate | None = attrs.field(
        default=None, converter=to_optional_date, metadata=date_metadata("When the term ended.")
    )
    sequence: int | None = optional(
        "Order within a source's list of successive holders of the role.", minimum=1
    )
    home_org_id: str | None = optional(
        "The federation the officer comes from.", ref="organizations"
    )
    as_of: PartialDate | None = attrs.field(
        default=None,
        converter=to_optional_date,
        metadata=date_metadata("The date at which the source lists the office."),
    )
