"""The record types of jplabour and the partial dates they carry.

Every table is one frozen attrs class. Its fields, their types, their
descriptions and their value constraints are declared here once; the
pydantic validation models, the JSON Schemas, the CSV headers and the
Frictionless table schemas are all derived from these declarations
(see :mod:`jplabour.schema` and :mod:`jplabour.export`).

This module imports only the standard library and attrs, so that
``import jplabour`` stays light.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, Final, Literal, TypeVar

import attrs

__all__ = [
    "E164_PATTERN",
    "EMAIL_PATTERN",
    "ID_PATTERN",
    "LANGUAGE_PATTERN",
    "PARTIAL_DATE_PATTERN",
    "PATTERN_END",
    "POSTAL_CODE_PATTERN",
    "TABLES",
    "URI_PATTERN",
    "Affiliation",
    "AffiliationStatus",
    "AmbiguousName",
    "Citation",
    "Counted",
    "Dataset",
    "Erratum",
    "Event",
    "EventKind",
    "Membership",
    "OrgKind",
    "Organization",
    "PartialDate",
    "Person",
    "Position",
    "Precision",
    "Record",
    "Role",
    "Source",
    "SourceKind",
    "Succession",
    "SuccessionKind",
    "Unit",
    "describe",
    "name_fields",
    "record_names",
    "to_date",
    "to_optional_date",
    "to_texts",
]

# Every pattern is anchored at both ends and reads the same in Python's re, in
# ECMA-262 (ajv, browsers) and in Rust's regex (jsonschema-rs): no \s, \w or \d,
# whose meaning differs between them, and an end that Python's ``$`` alone
# does not give, since it also matches before a final newline.

#: The end of every pattern: the end of the text, and not before a final newline.
PATTERN_END: Final = r"$(?!\n)"

#: Stable lowercase slugs: letters, digits and single hyphens.
ID_PATTERN: Final = r"^[a-z0-9]+(?:-[a-z0-9]+)*" + PATTERN_END

#: International telephone numbers: "+", a country code, at most 15 digits.
E164_PATTERN: Final = r"^\+[1-9][0-9]{6,14}" + PATTERN_END

#: Japanese postal codes: NNN-NNNN.
POSTAL_CODE_PATTERN: Final = r"^[0-9]{3}-[0-9]{4}" + PATTERN_END

#: A lowercase ISO 639 language code, the first subtag of a BCP 47 tag.
LANGUAGE_PATTERN: Final = r"^[a-z]{2,3}" + PATTERN_END

#: E-mail addresses: a local part of the printable ASCII characters RFC 5322
#: allows unquoted (so no space or control character), "@", and a domain of
#: ASCII labels.
EMAIL_PATTERN: Final = (
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+" + PATTERN_END
)

#: Absolute URIs of RFC 3986: a scheme, a colon, then URI characters only
#: (unreserved, reserved and percent-encoded), so no space or control character.
URI_PATTERN: Final = (
    r"^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=-]|%[0-9A-Fa-f]{2})+"
    + PATTERN_END
)

# The parts of a partial date. A year is 0001 to 9999; each month has its own
# last day; 29 February needs a leap year of the Gregorian calendar: a multiple
# of 4 that is not a multiple of 100 (the last two digits), or a multiple of 400.
_YEAR: Final = r"(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)"
_LEAP_YEAR: Final = (
    r"(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"
)
_MONTH_DAY: Final = (
    r"(?:(?:0[13578]|1[02])(?:-(?:0[1-9]|[12][0-9]|3[01]))?"
    r"|(?:0[469]|11)(?:-(?:0[1-9]|[12][0-9]|30))?"
    r"|02(?:-(?:0[1-9]|1[0-9]|2[0-8]))?)"
)
#: The pattern of a partial date: YYYY, YYYY-MM or YYYY-MM-DD, a date of the
#: Gregorian calendar (no year 0000, no 2019-02-29, no 2019-04-31).
PARTIAL_DATE_PATTERN: Final = rf"^(?:{_YEAR}(?:-{_MONTH_DAY})?|{_LEAP_YEAR}-02-29)" + PATTERN_END
#: The days of each month in a common year.
_MONTH_DAYS: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    """The number of days of *month* in *year* (Gregorian)."""
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _MONTH_DAYS[month - 1]


Precision = Literal["year", "month", "day"]
_T = TypeVar("_T")


@attrs.frozen(order=False)
class PartialDate:
    """A date known to the year, the month or the day: ``1989``, ``1989-11``, ``1989-11-21``.

    A partial date stands for the interval of days it may denote. Two dates are
    compared as intervals: *a* is certainly before *b* when the last day *a* may
    denote is before the first day *b* may denote. ``1989`` and ``1989-11`` are
    neither certainly before nor certainly after each other; they overlap.
    Sorting uses :attr:`sort_key` (earliest day, coarser precision first).
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range")
        if self.month is None:
            if self.day is not None:
                raise ValueError("a day needs a month")
            return
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is out of range")
        if self.day is not None:
            last = _days_in(self.year, self.month)
            if not 1 <= self.day <= last:
                raise ValueError(f"{self.year}-{self.month:02d} has no day {self.day}")

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError otherwise.

        It accepts exactly what :data:`PARTIAL_DATE_PATTERN` matches (a test
        compares them), without compiling the pattern, which ``import
        jplabour`` would otherwise pay for.
        """
        parts = text.split("-") if isinstance(text, str) else []
        widths = [len(part) for part in parts]
        if widths not in ([4], [4, 2], [4, 2, 2]) or not all(
            part.isascii() and part.isdigit() for part in parts
        ):
            raise ValueError(f"not a partial date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
        return cls(*(int(part) for part in parts))

    @classmethod
    def coerce(cls, value: PartialDate | str) -> PartialDate:
        """Return *value* as a PartialDate, parsing strings."""
        return value if isinstance(value, PartialDate) else cls.parse(value)

    @classmethod
    def coerce_optional(cls, value: PartialDate | str | None) -> PartialDate | None:
        """Like :meth:`coerce`, but pass ``None`` through."""
        return None if value is None else cls.coerce(value)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def precision(self) -> Precision:
        """How much of the date is known."""
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    @property
    def earliest(self) -> dt.date:
        """The first day this date may denote."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> dt.date:
        """The last day this date may denote."""
        month = self.month or 12
        day = self.day or _days_in(self.year, month)
        return dt.date(self.year, month, day)

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """Chronological sort key; a coarser date sorts before finer ones it contains."""
        return (self.year, self.month or 0, self.day or 0)

    def certainly_before(self, other: PartialDate) -> bool:
        """True when every day this date may denote is before every day *other* may."""
        return self.latest < other.earliest

    def certainly_after(self, other: PartialDate) -> bool:
        """True when every day this date may denote is after every day *other* may."""
        return other.certainly_before(self)

    def overlaps(self, other: PartialDate) -> bool:
        """True when the two dates may denote the same day."""
        return not (self.certainly_before(other) or self.certainly_after(other))

    def contains(self, other: PartialDate) -> bool:
        """True when every day *other* may denote is one this date may denote."""
        return self.earliest <= other.earliest and other.latest <= self.latest


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


class SourceKind(str, enum.Enum):
    """What a source is, and so what it may back."""

    #: A document whose text ships in seeds/: it backs whatever its quotes state.
    SEED = "seed"
    #: A public page consulted for names only: it backs names, never other facts.
    REFERENCE = "reference"


class AffiliationStatus(str, enum.Enum):
    """How a member organisation stands towards a parent."""

    AFFILIATE = "affiliate"
    ASSOCIATED = "associated"
    FORMER = "former"
    RELATED = "related"
    ESTABLISHED_BY = "established_by"
    MEMBER = "member"
    PART_OF = "part_of"


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


class SuccessionKind(str, enum.Enum):
    """How one organisation led to another."""

    MERGER = "merger"
    UNIFICATION = "unification"
    RENAME = "rename"
    REBRAND = "rebrand"


class Role(str, enum.Enum):
    """An office an officer holds."""

    PRESIDENT = "president"
    EXECUTIVE_DEPUTY_PRESIDENT = "executive_deputy_president"
    DEPUTY_PRESIDENT = "deputy_president"
    VICE_PRESIDENT = "vice_president"
    GENERAL_SECRETARY = "general_secretary"
    ASSISTANT_GENERAL_SECRETARY = "assistant_general_secretary"
    REPRESENTATIVE = "representative"


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


def _field(description: str, **constraints: Any) -> Any:
    """A required field with its data-dictionary description and value constraints."""
    return attrs.field(metadata={"description": description, **constraints})


def _optional(description: str, **constraints: Any) -> Any:
    """A field that defaults to None: the source does not say."""
    return attrs.field(default=None, metadata={"description": description, **constraints})


def _name(description: str, **constraints: Any) -> Any:
    """An optional name of the record: a name field, which a reference may back."""
    return attrs.field(
        default=None, metadata={"description": description, "name": True, **constraints}
    )


def _names(description: str, **constraints: Any) -> Any:
    """A list of names of the record, empty when none is known; a reference may back them."""
    return attrs.field(
        default=(),
        converter=tuple,
        metadata={"description": description, "name": True, **constraints},
    )


def name_fields(record_type: type[Any]) -> tuple[str, ...]:
    """The fields of *record_type* that hold its names, in declaration order.

    A ``reference`` source may back these fields and no others.
    """
    return tuple(f.name for f in attrs.fields(record_type) if f.metadata.get("name"))


def record_names(record: Any) -> frozenset[str]:
    """Every name *record* holds in its name fields (none for a table without names)."""
    found: set[str] = set()
    for field in name_fields(type(record)):
        value = getattr(record, field)
        found.update(value if isinstance(value, tuple) else (value,) if value else ())
    return frozenset(found)


def to_date(value: PartialDate | str) -> PartialDate:
    """Converter of required date fields: a PartialDate, or its string form."""
    return PartialDate.coerce(value)


def to_optional_date(value: PartialDate | str | None) -> PartialDate | None:
    """Converter of optional date fields: None, a PartialDate, or its string form."""
    return PartialDate.coerce_optional(value)


def to_texts(values: Iterable[str]) -> tuple[str, ...]:
    """Converter of required list-of-text fields: any iterable, stored as a tuple."""
    return tuple(values)


def _to_tuple(values: Iterable[_T]) -> tuple[_T, ...]:
    """Converter of the other tuple fields.

    A Python function rather than the builtin ``tuple``: attrs reads each
    converter's signature, which for a builtin means parsing its text
    signature, a large share of the cost of ``import jplabour``.
    """
    return tuple(values)


def _date_meta(description: str) -> dict[str, Any]:
    """Metadata of a date field.

    The field itself is spelt out in each class body, with a named converter,
    so that type checkers see that strings are accepted.
    """
    return {"description": description, "partial_date": True}


def _texts(description: str, **constraints: Any) -> Any:
    """A list of strings, stored as a tuple; empty when the source gives none."""
    return attrs.field(
        default=(), converter=_to_tuple, metadata={"description": description, **constraints}
    )


def _citations() -> Any:
    return attrs.field(
        converter=_to_tuple,
        metadata={
            "description": "The quotes the record rests on: at least one (source_id, quote) pair.",
            "min_items": 1,
        },
    )


_ID = {"pattern": ID_PATTERN}


@attrs.frozen(kw_only=True)
class Citation:
    """A verbatim quote from a source that states a fact of the record."""

    source_id: str = _field("The id of the cited source.", pattern=ID_PATTERN, ref="sources")
    quote: str = _field(
        "A short span copied verbatim from the source file (whitespace may differ).",
        min_length=1,
    )


@attrs.frozen(kw_only=True)
class Source:
    """A document the dataset is curated from.

    A ``seed`` ships its text in seeds/ and in the package; a ``reference`` is a
    public page, consulted for names only, whose text is not copied.
    """

    id: str = _field("Stable slug of the source.", **_ID)
    title: str = _field("The title of the document, as it states it or as INDEX.md names it.")
    kind: SourceKind = attrs.field(
        default=SourceKind.SEED,
        metadata={
            "description": "'seed': a document whose text ships in seeds/; 'reference': a "
            "public page consulted for names only."
        },
    )
    file: str | None = _optional(
        "The file name of the document in seeds/ (seeds only).", min_length=1
    )
    language: str = _field("BCP 47 language tag of the document.", pattern=LANGUAGE_PATTERN)
    covers: str = _field("What the document covers, in our words.")
    publisher: str | None = _optional("Who published the document, where known.")
    published: PartialDate | None = attrs.field(
        default=None,
        converter=to_optional_date,
        metadata=_date_meta("The date the document states for itself, if any."),
    )
    url: str | None = _optional(
        "Where the document was published, if it says; where a reference was read.",
        pattern=URI_PATTERN,
    )
    urls_stated: tuple[str, ...] = _texts("Every URL the document states.", pattern=URI_PATTERN)
    accessed: PartialDate | None = attrs.field(
        default=None,
        converter=to_optional_date,
        metadata=_date_meta("The day a reference was read at its url (references only)."),
    )


@attrs.frozen(kw_only=True)
class Organization:
    """A labour organisation or a body related to one."""

    id: str = _field("Stable lowercase slug, never reused.", **_ID)
    name_en: str = attrs.field(
        metadata={
            "description": "The English name as a source prints it.",
            "name": True,
            "min_length": 1,
        }
    )
    kind: OrgKind = _field("What kind of body this is (closed vocabulary).")
    citations: tuple[Citation, ...] = _citations()
    abbreviation: str | None = _name(
        "The abbreviation as the source prints it, e.g. 'UA ZENSEN'.", min_length=1
    )
    aliases: tuple[str, ...] = _names(
        "Every other spelling, romanisation or name a source uses.", min_length=1
    )
    name_ja: str | None = _name(
        "The official Japanese name as a source or reference prints it.", min_length=1
    )
    name_romaji: str | None = _name(
        "The Hepburn romanisation with macrons, where a source gives it.", min_length=1
    )
    short_names_ja: tuple[str, ...] = _names(
        "Japanese short names (略称) as a source or reference prints them, e.g. '連合'.",
        min_length=1,
    )
    readings_ja: tuple[str, ...] = _names(
        "Kana readings of the Japanese names, as a source or reference prints them.",
        min_length=1,
    )
    founded: PartialDate | None = attrs.field(
        default=None,
        converter=to_optional_date,
        metadata=_date_meta("When the organisation was founded, formed or started."),
    )
    dissolved: PartialDate | None = attrs.field(
        default=None,
        converter=to_optional_date,
        metadata=_date_meta("When it ceased to exist, e.g. by merging."),
    )
    postal_code: str | None = _optional(
        "Japanese postal code NNN-NNNN.", pattern=POSTAL_CODE_PATTERN
    )
    prefecture: str | None = _optional("The prefecture of the address, in English.")
    address: str | None = _optional("The street address as printed.")
    phone: str | None = _optional(
        "Telephone number in E.164, e.g. '+81352950526'.", pattern=E164_PATTERN
    )
    fax: str | None = _optional("Fax number in E.164.", pattern=E164_PATTERN)
    email: str | None = _optional("E-mail address.", pattern=EMAIL_PATTERN)
    websites: tuple[str, ...] = _texts("Web sites and social media accounts.", pattern=URI_PATTERN)
    notes: str | None = _optional("Remarks of the curators, in our words.")


@attrs.frozen(kw_only=True)
class AmbiguousName:
    """A name that the sources use for more than one organisation."""

    id: str = _field("Stable slug.", **_ID)
    name: str = attrs.field(
        metadata={
            "description": "The ambiguous name as a source or reference prints it.",
            "name": True,
            "min_length": 1,
        }
    )
    org_ids: tuple[str, ...] = attrs.field(
        converter=to_texts,
        metadata={
            "description": "The organisations the name can mean.",
            "ref": "organizations",
            "min_items": 2,
        },
    )
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True)
class Affiliation:
    """A member organisation's link to a parent body."""

    id: str = _field("Stable slug.", **_ID)
    member_id: str = _field("The member organisation.", ref="organizations")
    parent_id: str = _field("The parent organisation.", ref="organizations")
    status: AffiliationStatus = _field("How the member stands towards the parent.")
    citations: tuple[Citation, ...] = _citations()
    since: PartialDate | None = attrs.field(
        default=None, converter=to_optional_date, metadata=_date_meta("When the link began.")
    )
    until: PartialDate | None = attrs.field(
        default=None, converter=to_optional_date, metadata=_date_meta("When the link ended.")
    )
    rank: int | None = _optional(
        "The member's position where the source numbers its list.", minimum=1
    )
    as_of: PartialDate | None = attrs.field(
        default=None,
        converter=to_optional_date,
        metadata=_date_meta("The date at which the source lists the link."),
    )
    end_reason: str | None = _optional("Why the link ended, as the source says.")


@attrs.frozen(kw_only=True)
class Membership:
    """A dated count: members of an organisation, or organisations in it."""

    id: str = _field("Stable slug.", **_ID)
    org_id: str = _field("The counted organisation.", ref="organizations")
    value: int = _field("The count.", minimum=0)
    unit: Unit = _field("Whether persons or organisations are counted.")
    citations: tuple[Citation, ...] = _citations()
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
        metadata=_date_meta("The date of the count, where the source gives one."),
    )
    covers: str | None = _optional("What the count covers, in the source's words.")


@attrs.frozen(kw_only=True)
class Succession:
    """One organisation succeeded by another."""

    id: str = _field("Stable slug.", **_ID)
    predecessor_id: str = _field("The earlier organisation.", ref="organizations")
    successor_id: str = _field("The later organisation.", ref="organizations")
    kind: SuccessionKind = _field("Merger, unification, rename or rebrand.")
    citations: tuple[Citation, ...] = _citations()
    date: PartialDate | None = attrs.field(
        default=None,
        converter=to_optional_date,
        metadata=_date_meta("When the succession took effect."),
    )


@attrs.frozen(kw_only=True)
class Person:
    """An office-holder; one record however many offices they held."""

    id: str = _field("Stable slug, family name first.", **_ID)
    family_name: str = _field("Family name, in the source's romanisation.", min_length=1)
    given_name: str = _field("Given name, in the source's romanisation.", min_length=1)
    citations: tuple[Citation, ...] = _citations()
    title: str | None = _optional("'Mr.' or 'Ms.' as printed.", enum=["Mr.", "Ms."])
    printed_as: tuple[str, ...] = _texts("The name exactly as each source prints it.")


@attrs.frozen(kw_only=True)
class Position:
    """An office held by a person in an organisation."""

    id: str = _field("Stable slug.", **_ID)
    person_id: str = _field("The office-holder.", ref="people")
    org_id: str = _field("The organisation.", ref="organizations")
    role: Role = _field("The office (closed vocabulary).")
    citations: tuple[Citation, ...] = _citations()
    since: PartialDate | None = attrs.field(
        default=None, converter=to_optional_date, metadata=_date_meta("When the term began.")
    )
    until: PartialDate | None = attrs.field(
        default=None, converter=to_optional_date, metadata=_date_meta("When the term ended.")
    )
    sequence: int | None = _optional(
        "Order within a source's list of successive holders of the role.", minimum=1
    )
    home_org_id: str | None = _optional(
        "The federation the officer comes from.", ref="organizations"
    )
    as_of: PartialDate | None = attrs.field(
        default=None,
        converter=to_optional_date,
        metadata=_date_meta("The date at which the source lists the office."),
    )


@attrs.frozen(kw_only=True)
class Event:
    """A dated event in an organisation's history, summarised in our own words."""

    id: str = _field("Stable slug.", **_ID)
    org_id: str = _field("The organisation whose history it belongs to.", ref="organizations")
    date: PartialDate = attrs.field(converter=to_date, metadata=_date_meta("When it happened."))
    kind: EventKind = _field("What kind of event (closed vocabulary).")
    summary: str = _field("A short summary in the curators' own words.", min_length=1)
    citations: tuple[Citation, ...] = _citations()
    until: PartialDate | None = attrs.field(
        default=None,
        converter=to_optional_date,
        metadata=_date_meta("The end of an event that spans months."),
    )
    number: int | None = _optional(
        "The ordinal of a numbered recurring event (the 9th convention).", minimum=1
    )
    related_org_ids: tuple[str, ...] = _texts("Other organisations involved.", ref="organizations")


@attrs.frozen(kw_only=True)
class Erratum:
    """A problem in a source: a typo, a contradiction or an impossible value."""

    id: str = _field("Stable slug.", **_ID)
    source_id: str = _field("The source with the problem.", ref="sources")
    quote: str = _field("The problematic span, verbatim.", min_length=1)
    problem: str = _field("What is wrong.", min_length=1)
    resolution: str = _field("How the dataset treats it.", min_length=1)
    record_ids: tuple[str, ...] = _texts("The records the problem affects.")
    check: str | None = _optional(
        "The integrity check that fires on the problem, whose findings on "
        "the affected records are reported as warnings."
    )


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
        converter=_to_tuple,
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


def describe(record_type: type[Any]) -> Mapping[str, str]:
    """The description of each field of an attrs class, in declaration order.

    ``describe(Dataset)`` gives each table's description.
    """
    return {f.name: f.metadata["description"] for f in attrs.fields(record_type)}
