"""The record types of jplabour and the partial dates they carry.

Every table is one frozen attrs class. Its fields, their types, their
descriptions and their value constraints are declared once, in the module of
its record family; the pydantic validation models, the JSON Schemas, the CSV
headers and the Frictionless table schemas are all derived from these
declarations (see :mod:`jplabour.fields`, :mod:`jplabour.schema` and
:mod:`jplabour.export`).

- :mod:`~jplabour.model.patterns`: the patterns of text fields;
- :mod:`~jplabour.model.partial_date`: :class:`PartialDate`;
- :mod:`~jplabour.model.declaring`: how fields are declared, and what the
  declarations say (:func:`describe`, :func:`name_fields`);
- :mod:`~jplabour.model.citations`: :class:`Citation`;
- the record families: :mod:`~jplabour.model.sources` (sources and errata),
  :mod:`~jplabour.model.organizations`, :mod:`~jplabour.model.ambiguous_names`,
  :mod:`~jplabour.model.links` (affiliations and successions),
  :mod:`~jplabour.model.memberships`, :mod:`~jplabour.model.people` (people
  and positions) and :mod:`~jplabour.model.events`;
- :mod:`~jplabour.model.dataset`: :class:`Dataset` and :data:`TABLES`.

``from jplabour.model import X`` is the address of every name. The package
imports a module on the first use of one of its names (PEP 562), so that a
first lookup by name creates the classes of organisations, citations and
partial dates, not those of the other tables. These modules import only the
standard library and attrs, so that ``import jplabour`` stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from jplabour._lazy import lazy_attributes

if TYPE_CHECKING:
    from jplabour.model.ambiguous_names import AmbiguousName
    from jplabour.model.citations import Citation
    from jplabour.model.dataset import TABLES, Dataset, Record
    from jplabour.model.declaring import describe, name_fields, record_names, to_texts
    from jplabour.model.events import Event, EventKind
    from jplabour.model.links import Affiliation, AffiliationStatus, Succession, SuccessionKind
    from jplabour.model.memberships import Counted, Membership, Unit
    from jplabour.model.organizations import Organization, OrgKind
    from jplabour.model.partial_date import PartialDate, Precision, to_date, to_optional_date
    from jplabour.model.patterns import (
        E164_PATTERN,
        EMAIL_PATTERN,
        ID_PATTERN,
        LANGUAGE_PATTERN,
        PARTIAL_DATE_PATTERN,
        PATTERN_END,
        POSTAL_CODE_PATTERN,
        URI_PATTERN,
    )
    from jplabour.model.people import Person, Position, Role
    from jplabour.model.sources import Erratum, Source, SourceKind

#: Where each name is defined; the package imports none of these modules itself.
_LAZY: Final = {
    "Citation": "jplabour.model.citations",
    **dict.fromkeys(("TABLES", "Dataset", "Record"), "jplabour.model.dataset"),
    **dict.fromkeys(
        ("describe", "name_fields", "record_names", "to_texts"), "jplabour.model.declaring"
    ),
    **dict.fromkeys(("Event", "EventKind"), "jplabour.model.events"),
    **dict.fromkeys(
        ("Affiliation", "AffiliationStatus", "Succession", "SuccessionKind"),
        "jplabour.model.links",
    ),
    **dict.fromkeys(("Counted", "Membership", "Unit"), "jplabour.model.memberships"),
    "AmbiguousName": "jplabour.model.ambiguous_names",
    **dict.fromkeys(("Organization", "OrgKind"), "jplabour.model.organizations"),
    **dict.fromkeys(
        ("PartialDate", "Precision", "to_date", "to_optional_date"), "jplabour.model.partial_date"
    ),
    **dict.fromkeys(
        ("E164_PATTERN", "EMAIL_PATTERN", "ID_PATTERN", "LANGUAGE_PATTERN",
         "PARTIAL_DATE_PATTERN", "PATTERN_END", "POSTAL_CODE_PATTERN", "URI_PATTERN"),
        "jplabour.model.patterns",
    ),
    **dict.fromkeys(("Person", "Position", "Role"), "jplabour.model.people"),
    **dict.fromkeys(("Erratum", "Source", "SourceKind"), "jplabour.model.sources"),
}  # fmt: skip

__getattr__, __dir__ = lazy_attributes(__name__, globals(), _LAZY)

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
