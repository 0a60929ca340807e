"""Ambiguous names: names the sources use for more than one organisation."""

from __future__ import annotations

import attrs

from jplabour.model.citations import Citation, citations_field
from jplabour.model.declaring import id_field, to_texts

__all__ = ["AmbiguousName"]


@attrs.frozen(kw_only=True)
class AmbiguousName:
    """A name that the sources use for more than one organisation."""

    id: str = id_field("Stable slug.")
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
    citations: tuple[Citation, ...] = citations_field()
