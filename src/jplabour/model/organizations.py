"""Organisations: labour organisations and the bodies related to them."""

from __future__ import annotations

import enum

import attrs

from jplabour.model.citations import Citation, citations_field
from jplabour.model.declaring import (
    date_metadata,
    id_field,
    name_field,
    names_field,
    optional,
    required,
    texts_field,
)
from jplabour.model.partial_date import PartialDate, to_optional_date
from jplabour.model.patterns import E164_PATTERN, EMAIL_PATTERN, POSTAL_CODE_PATTERN, URI_PATTERN

__all__ = ["OrgKind", "Organization"]


class OrgKind(str, enum.Enum):
    """What kind of body an organisation is."""

    NATIONAL_CENTRE = "national_centre"
    TRADE_UNION_BODY = "trade_union_body"
    INDUSTRIAL_FEDERATION = "industrial_federation"
    ASSOCIATED_ORGANISATION = "associated_organisation"
    PREFECTURAL_OR_LOCAL_BODY = "prefectural_or_local_body"
    PRIVATE_SECTOR_COUNCIL = "private_sector_council"
    RESEARCH_INSTITUTE = "research_institute"
    FOUNDATION_OR_NGO = "foundation_or_ngo"
    EDUCATION_ASSOCIATION = "education_association"
    PENSIONERS_ORGANISATION = "pensioners_organisation"
    WELFARE_COUNCIL = "welfare_council"
    COOPERATIVE = "cooperative"
    FINANCIAL_COOPERATIVE = "financial_cooperative"
    WORKERS_COLLECTIVE_FEDERATION = "workers_collective_federation"
    NETWORK = "network"
    POLITICAL_PARTY = "political_party"
    CAMPAIGN_OR_COUNCIL = "campaign_or_council"
    INTERNATIONAL_TRADE_UNION_BODY = "international_trade_union_body"
    FOREIGN_TRADE_UNION_CENTRE = "foreign_trade_union_centre"
    EMPLOYERS_ORGANISATION = "employers_organisation"
    COMPANY = "company"
    UNIVERSITY = "university"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Organization:
    """A labour organisation or a body related to one."""

    id: str = id_field("Stable lowercase slug, never reused.")
    name_en: str = attrs.field(
        metadata={
            "description": "The English name as a source prints it.",
            "name": True,
            "min_length": 1,
        }
    )
    kind: OrgKind = required("What kind of body this is (closed vocabulary).")
    citations: tuple[Citation, ...] = citations_field()
    abbreviation: str | None = name_field(
        "The abbreviation as the source prints it, e.g. 'UA ZENSEN'.", min_length=1
    )
    aliases: tuple[str, ...] = names_field(
        "Every other spelling, romanisation or name a source uses.", min_length=1
    )
    name_ja: str | None = name_field(
        "The official Japanese name as a source or reference prints it.", min_length=1
    )
    name_romaji: str | None = name_field(
        "The Hepburn romanisation with macrons, where a source gives it.", min_length=1
    )
    short_names_ja: tuple[str, ...] = names_field(
        "Japanese short names (略称) as a source or reference prints them, e.g. '連合'.",
        min_length=1,
    )
    readings_ja: tuple[str, ...] = names_field(
        "Kana readings of the Japanese names, as a source or reference prints them.",
        min_length=1,
    )
    founded: PartialDate | None = attrs.field(
        default=None,
        converter=to_optional_date,
        metadata=date_metadata("When the organisation was founded, formed or started."),
    )
    dissolved: PartialDate | None = attrs.field(
        default=None,
        converter=to_optional_date,
        metadata=date_metadata("When it ceased to exist, e.g. by merging."),
    )
    postal_code: str | None = optional(
        "Japanese postal code NNN-NNNN.", pattern=POSTAL_CODE_PATTERN
    )
    prefecture: str | None = optional("The prefecture of the address, in English.")
    address: str | None = optional("The street address as printed.")
    phone: str | None = optional(
        "Telephone number in E.164, e.g. '+81352950526'.", pattern=E164_PATTERN
    )
    fax: str | None = optional("Fax number in E.164.", pattern=E164_PATTERN)
    email: str | None = optional("E-mail address.", pattern=EMAIL_PATTERN)
    websites: tuple[str, ...] = texts_field(
        "Web sites and social media accounts.", pattern=URI_PATTERN
    )
    notes: str | None = optional("Remarks of the curators, in our words.")
