"""A JSON Schema vocabulary that other people's schemas ``$ref``: ids, names, dates, counts.

Five small draft 2020-12 schemas, written to ``schemas/`` by ``jplabour schema``
beside the table schemas (:func:`vocabulary_schemas`):

==============  ======================================================
``org-id``      an organisation id: the enum of every id in the data
``org-ref``     an id or a name, which needs resolving (``jplabour.lookup``)
``partial-date````YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``
``era-date``    a Japanese era date such as ``令和元年10月`` or ``H31.4.30``
``member-count``a count: an integer, or its text as reports print it
==============  ======================================================

Their ``$id`` is ``urn:jplabour:schema:vocabulary:NAME`` (:func:`vocabulary_id`),
which does not change with the package version: a third party's ``$ref``
stays valid across releases. ``org-id`` grows as organisations are added
(ids are never reused); a change of meaning would get a new name.

A JSON Schema validator checks the form only. The Python readers of
:mod:`jplabour.values` (behind :mod:`jplabour.pydantic` and
``jplabour validate``) check the rest: that a name means exactly one
organisation, that an era date falls within its era, that a date exists.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from jplabour.formats import DASHES, era_date
from jplabour.model import PARTIAL_DATE_PATTERN, PATTERN_END, OrgKind

__all__ = [
    "COUNT_PATTERN",
    "DRAFT",
    "ERA_DATE_PATTERN",
    "VOCABULARY",
    "org_id_schema",
    "vocabulary_id",
    "vocabulary_schemas",
]

#: The JSON Schema dialect of every schema jplabour writes.
DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"
#: The names of the vocabulary's schemas.
VOCABULARY: Final = ("org-id", "org-ref", "partial-date", "era-date", "member-count")

_DIGIT: Final = "[0-9０-９]"
#: White space the readers strip: spelled out, since ``\s`` differs between
#: Python, ECMA-262 and Rust (U+0085, U+180E).
_SPACE: Final = "[ \t\u3000]"
#: Text with no control character and at least one character that is not a space.
_NOT_BLANK: Final = r"^[^\x00-\x1f\x7f]*[^\x00-\x20\x7f\u3000][^\x00-\x1f\x7f]*" + PATTERN_END


def _era_names() -> str:
    """The era names as an alternation: kanji, the one-character ligatures (㍻, ㋿)."""
    kanji = [era.kanji for era in era_date.ERAS]
    ligatures = [char for name in kanji for char in era_date.LIGATURES[name]]
    letters = "".join(era.letter for era in era_date.ERAS)
    full_width = "".join(chr(ord(letter) + 0xFEE0) for letter in letters + letters.lower())
    return "|".join([*kanji, *ligatures, f"[{letters}{letters.lower()}{full_width}]"])


def _era_date_pattern() -> str:
    separator = "[./．／" + "".join(map(chr, DASHES)) + "-]"
    year = rf"(?:元|{_DIGIT}{{1,3}})"
    part = rf"{_DIGIT}{{1,2}}"
    space = f"{_SPACE}*"
    kanji_tail = rf"{space}年(?:{space}{part}{space}月(?:{space}{part}{space}日)?)?"
    numeric_tail = rf"{space}{separator}{space}{part}(?:{space}{separator}{space}{part})?"
    return (
        rf"^{space}(?:{_era_names()}){space}{year}(?:{kanji_tail}|{numeric_tail})?{space}"
        + PATTERN_END
    )


#: The era-date spellings of :mod:`jplabour.formats.era_date`, as an ECMA-262
#: pattern: the form only (a match may still fall outside its era).
ERA_DATE_PATTERN: Final = _era_date_pattern()
#: A count as text: digits, optionally grouped by thousands, optionally ``人``/``名``.
COUNT_PATTERN: Final = (
    rf"^{_SPACE}*(?:{_DIGIT}+|{_DIGIT}{{1,3}}(?:[,，]{_DIGIT}{{3}})+){_SPACE}*[人名]?{_SPACE}*"
    + PATTERN_END
)


def vocabulary_id(name: str) -> str:
    """The stable ``$id`` of the vocabulary schema *name*."""
    if name not in VOCABULARY:
        raise KeyError(f"no vocabulary schema {name!r}; they are: {', '.join(VOCABULARY)}")
    return f"urn:jplabour:schema:vocabulary:{name}"


# The data, the names and the value readers are imported when a schema is built,
# not with this module: jplabour.schema imports it, and reading a user's file
# (jplabour.load, through jplabour.schema) must not load the embedded data.


def org_id_schema() -> dict[str, Any]:
    """The body of ``org-id``: a string, one of the ids, sorted."""
    from jplabour.data import DATASET

    return {
        "type": "string",
        "enum": sorted(org.id for org in DATASET.organizations),
    }


def _org_ref_examples() -> list[str]:
    """The ids and short names of the national centres: names that mean one organisation."""
    from jplabour.data import DATASET
    from jplabour.names import lookup

    examples = []
    for org in DATASET.organizations:
        if org.kind is OrgKind.NATIONAL_CENTRE:
            examples += [org.id, *(name for name in (org.abbreviation,) if name)]
    return [name for name in examples if lookup(name).unique]


def _bodies() -> Mapping[str, dict[str, Any]]:
    from jplabour.values import MAX_COUNT, NAME_LIMIT

    return {
        "org-id": {
            "title": "jplabour organisation id",
            "description": "The id of an organisation in the jplabour dataset. The list grows "
            "as organisations are added; an id is never reused.",
            **org_id_schema(),
        },
        "org-ref": {
            "title": "jplabour organisation reference",
            "description": "An organisation id or any name jplabour knows for one. It needs "
            "resolving, which a JSON Schema validator cannot do: resolve it with "
            "jplabour.lookup(), jplabour.pydantic.OrgId or `jplabour validate`, which refuse "
            "an unknown name and a name that means several organisations.",
            "type": "string",
            "minLength": 1,
            "maxLength": NAME_LIMIT,
            "pattern": _NOT_BLANK,
            "examples": _org_ref_examples(),
        },
        "partial-date": {
            "title": "partial date",
            "description": "A date known to the year, the month or the day: YYYY, YYYY-MM or "
            "YYYY-MM-DD. The pattern checks the form; jplabour also checks that the day exists.",
            "type": "string",
            "pattern": PARTIAL_DATE_PATTERN,
            "examples": ["2019", "2019-10", "2019-10-01"],
        },
        "era-date": {
            "title": "Japanese era date",
            "description": "A date in a Japanese era (Meiji to Reiwa) as people write it: "
            "kanji (令和元年10月, 平成31年4月30日, ㍻31年) or letters (R1.10, H31/4/30), with "
            "ASCII or full-width digits. The pattern checks the form; jplabour also checks that "
            "the date falls within its era and reads it as YYYY[-MM[-DD]].",
            "type": "string",
            "pattern": ERA_DATE_PATTERN,
            "examples": ["令和元年10月", "平成31年4月30日", "H31.4.30", "R1.10"],
        },
        "member-count": {
            "title": "member count",
            "description": "A count of members: a whole number of at least 0, or its text as "
            "Japanese reports print it (1,767,000, full-width digits, a trailing 人 or 名). "
            "jplabour reads the text as the integer, and refuses more than 18 digits.",
            "anyOf": [
                {"type": "integer", "minimum": 0, "maximum": MAX_COUNT},
                {"type": "string", "pattern": COUNT_PATTERN},
            ],
            "examples": [1767000, "1,767,000", "１，７６７，０００人"],
        },
    }


def vocabulary_schemas() -> dict[str, dict[str, Any]]:
    """Name -> the schema of each of :data:`VOCABULARY`, with ``$schema`` and ``$id``."""
    return {
        name: {"$schema": DRAFT, "$id": vocabulary_id(name)} | body
        for name, body in _bodies().items()
    }
