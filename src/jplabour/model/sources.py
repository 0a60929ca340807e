"""The sources the dataset is curated from, and the problems found in them."""

from __future__ import annotations

import enum

import attrs

from jplabour.model.declaring import date_metadata, id_field, optional, required, texts_field
from jplabour.model.partial_date import PartialDate, to_optional_date
from jplabour.model.patterns import LANGUAGE_PATTERN, URI_PATTERN

__all__ = ["Erratum", "Source", "SourceKind"]


class SourceKind(str, enum.Enum):
    """What a source is, and so what it may back."""

    #: A document whose text ships in seeds/: it backs whatever its quotes state.
    SEED = "seed"
    #: A public page consulted for names only: it backs names, never other facts.
    REFERENCE = "reference"


@attrs.frozen(kw_only=True)
class Source:
    """A document the dataset is curated from.

    A ``seed`` ships its text in seeds/ and in the package; a ``reference`` is a
    public page, consulted for names only, whose text is not copied.
    """

    id: str = id_field("Stable slug of the source.")
    title: str = required("The title of the document, as it states it or as INDEX.md names it.")
    kind: SourceKind = attrs.field(
        default=SourceKind.SEED,
        metadata={
            "description": "'seed': a document whose text ships in seeds/; 'reference': a "
            "public page consulted for names only."
        },
    )
    file: str | None = optional(
        "The file name of the document in seeds/ (seeds only).", min_length=1
    )
    language: str = required("BCP 47 language tag of the document.", pattern=LANGUAGE_PATTERN)
    covers: str = required("What the document covers, in our words.")
    publisher: str | None = optional("Who published the document, where known.")
    published: PartialDate | None = attrs.field(
        default=None,
        converter=to_optional_date,
        metadata=date_metadata("The date the document states for itself, if any."),
    )
    url: str | None = optional(
        "Where the document was published, if it says; where a reference was read.",
        pattern=URI_PATTERN,
    )
    urls_stated: tuple[str, ...] = texts_field(
        "Every URL the document states.", pattern=URI_PATTERN
    )
    accessed: PartialDate | None = attrs.field(
        default=None,
        converter=to_optional_date,
        metadata=date_metadata("The day a reference was read at its url (references only)."),
    )


@attrs.frozen(kw_only=True)
class Erratum:
    """A problem in a source: a typo, a contradiction or an impossible value."""

    id: str = id_field("Stable slug.")
    source_id: str = required("The source with the problem.", ref="sources")
    quote: str = required("The problematic span, verbatim.", min_length=1)
    problem: str = required("What is wrong.", min_length=1)
    resolution: str = required("How the dataset treats it.", min_length=1)
    record_ids: tuple[str, ...] = texts_field("The records the problem affects.")
    check: str | None = optional(
        "The integrity check that fires on the problem, whose findings on "
        "the affected records are reported as warnings."
    )
